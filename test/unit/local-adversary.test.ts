/**
 * The user's own framework inside an assessment (format 9) off the happy path: every path that copies,
 * merges, updates, backs up or shares an assessment keeps its framework and local KPIs' values; a
 * freeze refuses local edits; bad local input is refused by the readers and the journal replay.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workspaceDoc, type AssessmentDoc } from '../../src/engine/assessment';
import { parseAssessmentJson, parseWorkspaceJson, readAssessment } from '../../src/engine/assessment-read';
import { checkFingerprint } from '../../src/engine/fingerprint';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { mergeLocal } from '../../src/engine/local-merge';
import { assessmentBlob } from '../../src/interchange/formats/assessment-json';
import { decodeLink, encodeLink } from '../../src/share/link';
import { applyEdits, type Edit } from '../../src/session/edits';
import { applyUnlessFrozen } from '../../src/session/freeze-rule';
import { inverseEdits, previewUpdate, updateEdits } from '../../src/session/import-update';
import { replayChecked } from '../../src/session/replay-check';
import { mergeAssessments, mergeConflicts } from '../../src/ui/interchange/model';
import { reviewWords } from '../../src/ui/strings/review';
import { nextVersionOf } from '../../src/ui/workbench-versions';

const v9 = JSON.parse(readFileSync(new URL('../fixtures/frozen/assessment-v9.json', import.meta.url), 'utf8'));
const read = (raw: unknown): AssessmentDoc => {
  const r = readAssessment(raw, u4ssc);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const BIKES = 'LOCAL: MOB: 1|';
const TREES = 'LOCAL: PSN: 1|';
/** The v9 fixture, not frozen (an assessment being worked on). */
const open = (): AssessmentDoc => {
  const d = read(v9);
  delete d.frozen;
  return d;
};
const local = (d: AssessmentDoc) => ({ localFramework: d.localFramework, localValues: d.localValues });

describe('nothing of the local framework is lost on the way', () => {
  it('import as update brings the file’s local values and framework, and its undo puts the stored ones back', () => {
    const stored = open();
    const file = open();
    file.localValues![BIKES] = { ...file.localValues![BIKES], numerator: 2500, note: 'recounted' };
    delete file.localValues![TREES];
    file.localValues!['LOCAL: MOB: 2|'] = { value: 7 };
    file.localFramework = { id: 'demoville-local', version: '2025.2' };
    const edits = updateEdits(stored, { kind: 'doc', doc: file });
    const after = applyEdits(stored, edits);
    expect(local(after)).toEqual(local(file));
    const preview = previewUpdate(stored, { kind: 'doc', doc: file });
    expect(preview.after.localValues).toEqual(file.localValues);
    // The preview says it: three local KPIs (one changed, one cleared, one added) and another framework.
    expect(preview.local).toEqual({ values: 3, framework: true });
    expect(previewUpdate(stored, { kind: 'doc', doc: open() }).local).toEqual({ values: 0, framework: false });
    expect(local(applyEdits(after, inverseEdits(stored, edits)))).toEqual(local(stored));
  });

  it('import as update from a file without a framework of its own (format 8 or earlier) keeps the stored local values', () => {
    const stored = open();
    const file = open();
    delete file.localFramework;
    delete file.localValues;
    const edits = updateEdits(stored, { kind: 'doc', doc: file });
    expect(edits.filter((e) => e.kind.startsWith('local'))).toEqual([]);
    expect(local(applyEdits(stored, edits))).toEqual(local(stored));
  });

  it('a merge keeps the local values only side B holds, keeps A’s where both differ, and says which', () => {
    const a = open();
    const b = open();
    delete a.localValues![TREES];
    b.localValues![BIKES] = { ...b.localValues![BIKES], numerator: 9999 };
    const merged = mergeAssessments(u4ssc, a, b, new Set());
    expect(merged.localFramework).toEqual(a.localFramework);
    expect(merged.localValues?.[TREES]).toEqual(b.localValues![TREES]);
    expect(merged.localValues?.[BIKES]).toEqual(a.localValues![BIKES]);
    expect(mergeLocal(a, b).differing).toEqual([BIKES]);
    // B alone names the framework: the merge names it.
    const bare = open();
    delete bare.localFramework;
    delete bare.localValues;
    expect(local(mergeAssessments(u4ssc, bare, b, new Set()))).toEqual(local(b));
    // Neither: nothing appears.
    const merged0 = mergeAssessments(u4ssc, bare, bare, new Set());
    expect('localFramework' in merged0 || 'localValues' in merged0).toBe(false);
  });

  it('two copies naming different frameworks keep A’s, and the merge says they differ', () => {
    const a = open();
    const b = open();
    b.localFramework = { id: 'other-local', version: '1' };
    expect(mergeLocal(a, b)).toMatchObject({ localFramework: a.localFramework, frameworkDiffers: true });
  });

  it('what the merge does not take of B’s local KPIs is listed before merging, in words', () => {
    const a = open();
    const b = open();
    expect(mergeConflicts(u4ssc, a, b, new Set()).filter((c) => c.kind.startsWith('local'))).toEqual([]);
    b.localValues![BIKES] = { ...b.localValues![BIKES], numerator: 9999 };
    b.localFramework = { id: 'other-local', version: '1' };
    const listed = mergeConflicts(u4ssc, a, b, new Set()).filter((c) => c.kind.startsWith('local'));
    expect(listed).toEqual([
      { kind: 'local-framework-differs', a: 'demoville-local 2025.1', b: 'other-local 1' },
      { kind: 'local-differs', id: BIKES },
    ]);
    expect(listed.map((c) => reviewWords.conflict(c, (id) => id))).toEqual([
      "The two sides name different frameworks of their own (demoville-local 2025.1 and other-local 1); side A's is kept.",
      `${BIKES}: the local KPI's value differs on side B; side A's is kept.`,
    ]);
  });

  it('a new version of a frozen assessment keeps its framework and local values', () => {
    const frozen = read(v9);
    expect(frozen.frozen).toBeDefined();
    expect(local(nextVersionOf(frozen))).toEqual(local(frozen));
  });

  it('the library backup, the JSON file and the share link restore the framework and the local values, and the freeze matches', async () => {
    const doc = read(v9);
    const backup = parseWorkspaceJson(JSON.stringify(workspaceDoc([doc])), u4ssc);
    expect(backup.ok && local(backup.value.docs[0])).toEqual(local(doc));
    const file = parseAssessmentJson(await assessmentBlob(doc).text(), u4ssc);
    expect(file.ok && local(file.value)).toEqual(local(doc));
    const link = await decodeLink(await encodeLink(JSON.stringify(doc)));
    expect(link.ok).toBe(true);
    const shared = link.ok ? parseAssessmentJson(link.text, u4ssc) : null;
    expect(shared?.ok && local(shared.value)).toEqual(local(doc));
    expect(shared?.ok && (await checkFingerprint(shared.value, u4ssc)).matches).toBe(true);
  });
});

describe('a frozen assessment refuses local edits', () => {
  it.each<Edit>([
    { kind: 'local-value', id: BIKES, field: 'numerator', value: 1 },
    { kind: 'local-value', id: 'LOCAL: NEW: 1|', field: 'value', value: 3 },
    { kind: 'local-framework', ref: null },
  ])('refuses %o and leaves the document as it was', (edit) => {
    const frozen = read(v9);
    const r = applyUnlessFrozen(frozen, [edit]);
    expect(local(r.doc)).toEqual(local(frozen));
    expect(r.refused).toHaveLength(1);
  });
});

describe('bad local input', () => {
  it('a framework id over 80 characters is refused with its path', () => {
    const bad = structuredClone(v9);
    bad.localFramework.id = 'x'.repeat(81);
    const r = readAssessment(bad, u4ssc);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.kind === 'invalid' && r.error.problems.some((p) => p.path.startsWith('localFramework.id'))).toBe(true);
  });

  it('local values for KPIs the framework does not have, and text as a figure, are kept as written (unscored), not dropped', () => {
    const raw = structuredClone(v9);
    raw.localValues['LOCAL: GONE: 9|'] = { numerator: 12 };
    raw.localValues[BIKES].numerator = 'about 2000';
    const doc = read(raw);
    expect(doc.localValues?.['LOCAL: GONE: 9|']).toEqual({ numerator: 12 });
    expect(doc.localValues?.[BIKES]?.numerator).toBe('about 2000');
  });

  const row = (edit: unknown, at = 1) => ({ assessmentId: 'x', tabId: 't', at, edit });
  it.each<[string, unknown]>([
    ['an object as a figure', { kind: 'local-value', id: BIKES, field: 'numerator', value: { $gt: 1 } }],
    ['an unknown field', { kind: 'local-value', id: BIKES, field: 'colour', value: 'red' }],
    ['a key that is not a data point key', { kind: 'local-value', id: 'LOCAL', field: 'value', value: 1 }],
    ['a status that is not one', { kind: 'local-value', id: BIKES, field: 'status', value: 'maybe' }],
    ['a framework without its version', { kind: 'local-framework', ref: { id: 'demoville-local' } }],
    ['a framework id over 80 characters', { kind: 'local-framework', ref: { id: 'x'.repeat(81), version: '1' } }],
  ])('the journal replay sets aside a local edit with %s, and keeps the good one after it', (_name, edit) => {
    const stored = open();
    const good = { kind: 'local-value', id: TREES, field: 'note', value: 'counted twice' };
    const r = replayChecked(stored, [row(edit), row(good, 2)], u4ssc);
    expect(r.setAside).toHaveLength(1);
    // The set-aside entry is named by kind, place and, for a local value, the field it wrote.
    const e = edit as { kind: string; id?: string; field?: string };
    expect(r.setAside[0]).toMatchObject(
      e.kind === 'local-value' ? { kind: 'local-value', place: e.id, field: e.field } : { kind: 'local-framework', field: null },
    );
    expect(r.applied).toBe(1);
    expect(r.doc.localValues?.[TREES]?.note).toBe('counted twice');
    expect(readAssessment(r.doc, u4ssc).ok).toBe(true);
  });
});
