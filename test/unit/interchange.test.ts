import { describe, expect, it } from 'vitest';
import { createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { compareInputs } from '../../src/engine/compare';
import { valuesCsv } from '../../src/engine/csv';
import { demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { encodeLink } from '../../src/share/link';
import { assessmentFileName, MAX_IMPORT_BYTES, sanitiseFileName, suggestFromFileName } from '../../src/ui/interchange/files';
import { readImportFile, readTargetFile } from '../../src/ui/interchange/import-file';
import { formatForFile } from '../../src/interchange/formats';
import { openLinkFromLocation, openSharedLink, shareLinkFromHash, shareUrl, stripShareHash } from '../../src/ui/interchange/link';
import { differenceSide, docFromTable, enteredCount, mergeAssessments, targetChanges, withImportIds } from '../../src/ui/interchange/model';

const doc = (city = 'Testville', year = 2024): AssessmentDoc =>
  createAssessment({ city, country: 'Testland', year }, u4ssc, referenceTargets.data.id, 1_700_000_000_000);
const demo = (): AssessmentDoc => ({ ...doc('Demoville (fictional)', 2025), ...demoInput(u4ssc) });

describe('file names', () => {
  it('keeps letters and digits of any script and collapses everything else', () => {
    expect(sanitiseFileName('São Paulo')).toBe('São-Paulo');
    expect(sanitiseFileName('Zürich / Nord')).toBe('Zürich-Nord');
    expect(sanitiseFileName('東京都')).toBe('東京都');
    expect(sanitiseFileName('Demoville (fictional)')).toBe('Demoville-(fictional)');
  });
  it('refuses paths, hidden files, control and bidi characters and device names', () => {
    expect(sanitiseFileName('../../etc/passwd')).toBe('etc-passwd');
    expect(sanitiseFileName('C:\\Windows\\system32')).toBe('C-Windows-system32');
    expect(sanitiseFileName('.hidden')).toBe('hidden');
    expect(sanitiseFileName('a\u0000b\nc\td')).toBe('a-b-c-d');
    expect(sanitiseFileName('evil\u202Egpj.exe')).toBe('evil-gpj.exe');
    expect(sanitiseFileName('CON')).toBe('CON-file');
    expect(sanitiseFileName('nul')).toBe('nul-file');
    expect(sanitiseFileName('<>:"|?*')).toBe('assessment');
    expect(sanitiseFileName('', 'city')).toBe('city');
    expect(sanitiseFileName('...')).toBe('assessment');
  });
  it('cuts long names at 80 characters without splitting a character', () => {
    const long = sanitiseFileName('𝔄'.repeat(200));
    expect(Array.from(long)).toHaveLength(80);
    expect(long.isWellFormed()).toBe(true);
    expect(sanitiseFileName('a'.repeat(79) + ' b')).toBe('a'.repeat(79));
  });
  it('names assessment files after city and year', () => {
    expect(assessmentFileName({ city: 'Zürich / Nord', year: 2024 }, '.ssc.json')).toBe('Zürich-Nord-2024.ssc.json');
    expect(assessmentFileName({ city: '', year: 2024 }, '-values.csv')).toBe('assessment-2024-values.csv');
    expect(assessmentFileName({ city: 'X', year: NaN }, '.ssc.json')).toBe('X.ssc.json');
  });
  it('tells file formats by extension, then MIME type', () => {
    const kind = (name: string, type = '') => formatForFile(name, type, ['assessments', 'values'])?.id ?? null;
    expect(kind('a.SSC.JSON')).toBe('assessment-json');
    expect(kind('values.csv')).toBe('values-csv');
    expect(kind('book.xlsx')).toBe('values-xlsx');
    expect(kind('book.xls')).toBeNull();
    expect(kind('noext', 'application/json')).toBe('assessment-json');
    expect(kind('noext', 'text/plain')).toBeNull();
    // The target panel reads a .csv as a target file.
    expect(formatForFile('targets.csv', '', ['targets'])?.id).toBe('targets-csv');
  });
  it('guesses city and year from a file name', () => {
    expect(suggestFromFileName('Lisbon-2024-values.csv')).toEqual({ city: 'Lisbon', year: 2024 });
    expect(suggestFromFileName('porto_2023.xlsx')).toEqual({ city: 'porto', year: 2023 });
    expect(suggestFromFileName('C:\\fakepath\\São Paulo.csv')).toEqual({ city: 'São Paulo', year: null });
    expect(suggestFromFileName('New-York-City-2019-export.csv')).toEqual({ city: 'New York City', year: 2019 });
    expect(suggestFromFileName('district 12345.csv')).toEqual({ city: 'district 12345', year: null });
  });
});

describe('share links in the page address', () => {
  it('finds a share link in the hash and ignores other hashes', () => {
    expect(shareLinkFromHash('#k1.abc.def')).toEqual({ fragment: '#k1.abc.def', mode: 'key' });
    expect(shareLinkFromHash('#w1.abc')).toEqual({ fragment: '#w1.abc', mode: 'passphrase' });
    expect(shareLinkFromHash('k1.abc.def')).toEqual({ fragment: '#k1.abc.def', mode: 'key' });
    expect(shareLinkFromHash('#/a/some-id')).toBeNull();
    expect(shareLinkFromHash('')).toBeNull();
    expect(shareLinkFromHash('#')).toBeNull();
    expect(openLinkFromLocation({ hash: '#w1.xyz' })).toEqual({ fragment: '#w1.xyz', mode: 'passphrase' });
    expect(openLinkFromLocation({ hash: '#/' })).toBeNull();
    expect(openLinkFromLocation(undefined)).toBeNull();
  });
  it('builds the address to share from origin, path and fragment only', () => {
    expect(shareUrl({ origin: 'https://example.org', pathname: '/ssc/' }, '#k1.a.b')).toBe('https://example.org/ssc/#k1.a.b');
    expect(shareUrl({ origin: 'http://127.0.0.1:5173', pathname: '/' }, 'w1.a')).toBe('http://127.0.0.1:5173/#w1.a');
  });
  it('strips only a share link from the address, keeping path and query', () => {
    const calls: string[] = [];
    const win = (hash: string) =>
      ({
        location: { hash, pathname: '/app/', search: '?x=1' },
        history: { state: null, replaceState: (_s: unknown, _t: string, url: string) => calls.push(url) },
      }) as unknown as Window;
    stripShareHash(win('#k1.a.b'));
    stripShareHash(win('#/a/id'));
    expect(calls).toEqual(['/app/?x=1']);
  });
  it('opens a link into a validated assessment, and types every failure', async () => {
    const d = demo();
    const link = await encodeLink(JSON.stringify(d));
    const r = await openSharedLink(link, u4ssc);
    expect(r.ok && r.doc.values).toEqual(d.values);
    expect(await openSharedLink(link.slice(0, 40), u4ssc)).toMatchObject({ ok: false, stage: 'link' });
    const notADoc = await encodeLink(JSON.stringify({ format: 'something-else' }));
    expect(await openSharedLink(notADoc, u4ssc)).toMatchObject({ ok: false, stage: 'document', error: { kind: 'not-an-assessment' } });
  });
});

describe('import helpers', () => {
  it('gives new ids to documents already stored or repeated, unless replacing was confirmed', () => {
    const a = doc('A');
    const b = doc('B');
    const r = withImportIds([a, b, a], new Set([b.id]));
    expect(r.renamed).toBe(2);
    expect(r.docs[0].id).toBe(a.id);
    expect(r.docs[1].id).not.toBe(b.id);
    expect(r.docs[2].id).not.toBe(a.id);
    expect(new Set(r.docs.map((d) => d.id)).size).toBe(3);
    expect(r.docs[1]).toMatchObject({ city: 'B', revision: 0 });
    const kept = withImportIds([b], new Set([b.id]), new Set([b.id]));
    expect(kept).toEqual({ docs: [b], renamed: 0 });
  });
  it('makes a new assessment from a values table', () => {
    const input = demoInput(u4ssc);
    const made = docFromTable(input, { city: 'Lisbon', country: 'Portugal', year: 2024, notes: 'n' }, u4ssc, referenceTargets.data.id);
    expect(made).toMatchObject({ city: 'Lisbon', country: 'Portugal', year: 2024, notes: 'n', revision: 0 });
    expect(made.values).toEqual(input.values);
    expect(made.profile).toEqual(input.profile);
    expect(enteredCount(made)).toBeGreaterThan(80);
  });
  it('refuses a file over 50 MB without reading it', async () => {
    const huge = { name: 'big.json', size: MAX_IMPORT_BYTES + 1, type: 'application/json', text: () => Promise.reject(new Error('read')) } as unknown as File;
    const r = await readImportFile(huge, u4ssc);
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/larger than 50 MB/) });
    expect(await readTargetFile(huge, u4ssc)).toMatchObject({ ok: false, message: expect.stringMatching(/larger than 50 MB/) });
  });
  it('reads JSON, workspace and CSV files, and lists problems with their line', async () => {
    const d = demo();
    const one = await readImportFile(new File([JSON.stringify(d)], 'x.ssc.json'), u4ssc);
    expect(one.ok && one.kind === 'json' && one.docs[0].values).toEqual(d.values);
    const csv = await readImportFile(new File([valuesCsv(u4ssc, d)], 'Demoville-2025-values.csv'), u4ssc);
    expect(csv).toMatchObject({ ok: true, kind: 'table', suggestion: { city: 'Demoville', year: 2025 } });
    const bad = await readImportFile(new File(['code,datapoint,value\nXX: 1C,,5\n'], 'v.csv'), u4ssc);
    expect(bad).toMatchObject({ ok: false, problems: [{ row: 2, column: 'code', message: 'Unknown KPI code "XX: 1C".' }] });
    expect(await readImportFile(new File(['{}'], 'notes.pdf'), u4ssc)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/\.json, \.csv, \.tsv, \.txt, \.xlsx or \.open-sdg\.zip/),
    });
  });
});

describe('merge and target changes', () => {
  it('merges the chosen rows from B into a new assessment named after A', () => {
    const a = demo();
    const b: AssessmentDoc = structuredClone(a);
    b.city = 'Other';
    b.profile.population = 260_000;
    b.values['EC: ICT: ICT: 1C|'] = { ...b.values['EC: ICT: ICT: 1C|'], source: 'Census 2025' };
    b.values['EC: ICT: ICT: 2C|'] = { value: 50 };
    b.targets['EC: ICT: ICT: 1C|'] = { target: 99, rationale: 'plan' };
    const keys = compareInputs(u4ssc, a, b).map((d) => d.key);
    expect(keys).toHaveLength(4);
    const take = new Set(['profile:population', 'target:EC: ICT: ICT: 1C|']);
    const m = mergeAssessments(u4ssc, a, b, take);
    expect(m.id).not.toBe(a.id);
    expect(m).toMatchObject({ city: a.city, year: a.year, revision: 0 });
    expect(m.notes).toMatch(/^Merged from Demoville \(fictional\) 2025 \(A\) and Other 2025 \(B\): 2 items taken from B/);
    expect(
      compareInputs(u4ssc, a, m)
        .map((d) => d.key)
        .sort(),
    ).toEqual([...take].sort());
    expect(
      compareInputs(u4ssc, m, b)
        .map((d) => d.key)
        .sort(),
    ).toEqual(keys.filter((k) => !take.has(k)).sort());
  });
  it('a merged assessment keeps the own targets and the target set chosen, from either side', () => {
    const a = demo();
    const b: AssessmentDoc = { ...structuredClone(a), ownTargets: { 'EC: ICT: ICT: 1C|': { target: 95, deadline: 2028 } }, scoringTargets: 'own' };
    const diffs = compareInputs(u4ssc, a, b);
    expect(diffs.map((d) => d.key)).toEqual(['own:EC: ICT: ICT: 1C|', 'scoring-targets']);
    expect(differenceSide(diffs[0], 'b')).toEqual(['target 95, by 2028']);
    expect(differenceSide(diffs[1], 'a')).toEqual(['Reference targets']);
    const m = mergeAssessments(u4ssc, a, b, new Set(diffs.map((d) => d.key)));
    expect(m.ownTargets).toEqual(b.ownTargets);
    expect(m.scoringTargets).toBe('own');
    const kept = mergeAssessments(u4ssc, b, a, new Set());
    expect(kept.ownTargets).toEqual(b.ownTargets);
    expect(kept.scoringTargets).toBe('own');
  });
  it('describes each side of a difference by the fields that differ', () => {
    const a = doc();
    const b = doc();
    a.values['EC: ICT: ICT: 1C|'] = { value: 90, source: 'Survey', quality: 'survey' };
    b.values['EC: ICT: ICT: 1C|'] = { value: 90, source: 'Register', quality: 'accurate' };
    b.targets['EC: ICT: ICT: 1C|'] = { target: 'none', rationale: 'not relevant' };
    const [value, target] = compareInputs(u4ssc, a, b);
    expect(differenceSide(value, 'a')).toEqual(['quality: survey', 'source: Survey']);
    expect(differenceSide(value, 'b')).toEqual(['quality: accurate', 'source: Register']);
    expect(differenceSide(target, 'a')).toEqual(['(empty)']);
    expect(differenceSide(target, 'b')).toEqual(['none (no benchmark) — not relevant']);
  });
  it('counts only the targets a file changes in force', () => {
    const id = 'EC: ICT: ICT: 1C|';
    const ref = referenceTargets.byId.get(id)!;
    const changes = targetChanges(
      u4ssc,
      referenceTargets,
      {},
      {
        [id]: { target: ref.target as number },
        'EC: ICT: ICT: 2C|': { target: 12345 },
      },
    );
    expect(changes.map((c) => c.id)).toEqual(['EC: ICT: ICT: 2C|']);
    expect(changes[0].after).toBe('12345');
    expect(targetChanges(u4ssc, referenceTargets, { [id]: { target: 1 } }, { [id]: { target: ref.target as number } })).toHaveLength(1);
  });
});
