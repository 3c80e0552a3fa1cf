import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runConvert } from '../../src/cli/convert';
import { runCli } from '../../src/cli/score';
import { parseAssessmentJson } from '../../src/engine/assessment-read';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { sourceOf } from '../../src/engine/provenance';
import { toScoresJson } from '../../src/engine/report';

const text = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const files: Record<string, string> = { 'city.json': text('sample-assessment.json'), 'galicia.json': text('jsonstat/galicia.json') };
const read = (f: string) => {
  if (!(f in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
  return files[f]!;
};
const size = (f: string) => (files[f] ?? '').length;
const PONTEVEDRA = [
  '--profile-from',
  'galicia.json',
  '--area-dimension',
  'residence',
  '--area',
  '36',
  '--period',
  '2011',
  '--dim',
  'birth=T',
  '--dim',
  'age=T',
  '--dim',
  'gender=T',
];

describe('npm run score -- FILE --profile-from TABLE.json (#29 item 4)', () => {
  it('scores with the population of Pontevedra in 2011 from the INE/IGE table instead of the file’s', async () => {
    const r = await runCli(['city.json', ...PONTEVEDRA], read, size);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = parseAssessmentJson(files['city.json']!, u4ssc);
    if (!doc.ok) throw new Error('sample not read');
    expect(doc.value.profile.population).not.toBe(954877);
    const expected = toScoresJson(score(u4ssc, referenceTargets, { ...doc.value, profile: { ...doc.value.profile, population: 954877 } }));
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(JSON.parse(r.stdout)).not.toEqual(JSON.parse(JSON.stringify(toScoresJson(score(u4ssc, referenceTargets, doc.value)))));
  });

  it('names a category the table has not, in the language asked, and prints no scores', async () => {
    const wrong = PONTEVEDRA.map((a) => (a === '36' ? '99' : a));
    const en = await runCli(['city.json', ...wrong], read, size);
    expect(en).toMatchObject({ code: 1, stdout: '' });
    expect(en.stderr).toMatch(/^galicia\.json: The area "99" is not in dimension "residence" \(it has e\.g\. .*36.*\)\.\n$/);
    const fr = await runCli(['city.json', ...wrong, '--lang', 'fr'], read, size);
    expect(fr.stderr).toContain('Le territoire « 99 » n’est pas dans la dimension « residence »');
  });

  it('asks for a dimension left open, and refuses a field the profile has not', async () => {
    const open = await runCli(['city.json', ...PONTEVEDRA.slice(0, -2)], read, size);
    expect(open.code).toBe(1);
    expect(open.stderr).toMatch(/^galicia\.json: .*gender/);
    const field = await runCli(['city.json', ...PONTEVEDRA, '--field', 'inhabitants'], read, size);
    expect(field.code).toBe(1);
    expect(field.stderr).toContain('inhabitants');
  });

  it('wrong usage exits 2: an area without the table, a table without its period, a --dim without =', async () => {
    expect((await runCli(['city.json', '--area', '36'], read, size)).code).toBe(2);
    expect((await runCli(['city.json', '--profile-from', 'galicia.json', '--area', '36'], read, size)).stderr).toMatch(
      /^--profile-from needs --area and --period/,
    );
    expect((await runCli(['city.json', ...PONTEVEDRA, '--dim', 'birth'], read, size)).code).toBe(2);
  });

  it('a table that is not there is said, not thrown', async () => {
    const r = await runCli(['city.json', ...PONTEVEDRA.map((a) => (a === 'galicia.json' ? 'gone.json' : a))], read, size);
    expect(r).toMatchObject({ code: 1, stderr: 'gone.json: ENOENT\n' });
  });
});

describe('npm run convert -- IN OUT --profile-from TABLE.json (#29 item 4)', () => {
  const convert = async (args: string[]) => {
    const written: Record<string, Uint8Array> = {};
    const r = await runConvert(args, { read, size }, (f, b) => (written[f] = b));
    return { ...r, written };
  };
  const docOf = (bytes: Uint8Array | undefined) => {
    const doc = parseAssessmentJson(new TextDecoder().decode(bytes), u4ssc);
    if (!doc.ok) throw new Error('not an assessment');
    return doc.value;
  };

  it('writes the assessment with Pontevedra’s 2011 population and the table as its source, scored as score --profile-from scores it', async () => {
    const r = await convert(['city.json', 'out.ssc.json', ...PONTEVEDRA]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const doc = docOf(r.written['out.ssc.json']);
    expect(doc.profile.population).toBe(954877);
    const source = doc.provenance?.profile?.population;
    expect(source).toMatchObject({ kind: 'json-stat', value: 954877, source: 'INE and IGE', file: 'galicia.json' });
    expect(source?.picked.map((p) => `${p.dimension}=${p.category}`)).toEqual(expect.arrayContaining(['residence=36', 'birth=T', 'age=T', 'gender=T']));
    expect(sourceOf(doc, { profile: 'population' })).toBe(source);
    // The rest of the file is as it was.
    const before = docOf(new TextEncoder().encode(files['city.json']));
    expect(doc.values).toEqual(before.values);
    expect({ ...doc.profile, population: before.profile.population }).toEqual(before.profile);
    const scored = await runCli(['city.json', ...PONTEVEDRA], read, size);
    expect(toScoresJson(score(u4ssc, referenceTargets, doc))).toEqual(JSON.parse(scored.stdout));
  });

  it('a values CSV made into an assessment takes the figure too, and SDMX names the table where a data point’s source is blank', async () => {
    files['pontevedra-2011-values.csv'] = (await runCli(['--template'])).stdout.replace('EC: ICT: ICT: 3C,,,,', 'EC: ICT: ICT: 3C,,120000,,');
    const r = await convert(['pontevedra-2011-values.csv', 'p.ssc.json', ...PONTEVEDRA]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(docOf(r.written['p.ssc.json']).provenance?.profile?.population?.value).toBe(954877);
    const sdmx = await convert(['pontevedra-2011-values.csv', 'p-sdmx.csv', ...PONTEVEDRA]);
    const text = new TextDecoder().decode(sdmx.written['p-sdmx.csv']);
    expect(text).toMatch(/EC_ICT_ICT_3C.*INE and IGE, Population by province of residence.*galicia\.json/);
    const without = await convert(['pontevedra-2011-values.csv', 'p-sdmx.csv']);
    expect(new TextDecoder().decode(without.written['p-sdmx.csv'])).not.toContain('galicia.json');
    // score's statistical formats carry the source the same way.
    expect((await runCli(['pontevedra-2011-values.csv', ...PONTEVEDRA, '--format', 'sdmx-csv'], read, size)).stdout).toContain('galicia.json');
  });

  it('the same errors as score’s, in the language asked, and nothing written', async () => {
    const wrong = PONTEVEDRA.map((a) => (a === '36' ? '99' : a));
    for (const lang of ['en', 'fr']) {
      const c = await convert(['city.json', 'out.ssc.json', ...wrong, '--lang', lang]);
      const s = await runCli(['city.json', ...wrong, '--lang', lang], read, size);
      expect(c).toMatchObject({ code: 1, stdout: '', stderr: s.stderr, written: {} });
    }
    const gone = await convert(['city.json', 'out.ssc.json', ...PONTEVEDRA.map((a) => (a === 'galicia.json' ? 'gone.json' : a))]);
    expect(gone).toMatchObject({ code: 1, stderr: 'gone.json: ENOENT\n', written: {} });
    const field = await convert(['city.json', 'out.ssc.json', ...PONTEVEDRA, '--field', 'inhabitants']);
    expect(field).toMatchObject({ code: 1, written: {} });
    expect(field.stderr).toContain('inhabitants');
  });

  it('wrong usage exits 2 with score’s words: an area without the table, a table without its period, a --dim without =', async () => {
    for (const args of [
      ['--area', '36'],
      ['--profile-from', 'galicia.json', '--area', '36'],
      [...PONTEVEDRA, '--dim', 'birth'],
    ]) {
      const c = await convert(['city.json', 'out.ssc.json', ...args]);
      const s = await runCli(['city.json', ...args], read, size);
      expect(c).toMatchObject({ code: 2, written: {} });
      expect(c.stderr.split('\n')[0]).toBe(s.stderr.split('\n')[0]);
    }
  });
});
