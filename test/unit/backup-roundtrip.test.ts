import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAssessment, MAX_NUM_TEXT, MAX_SHORT, MAX_TEXT, MAX_YEAR, MIN_YEAR, workspaceDoc, type AssessmentDoc } from '../../src/engine/assessment';
import { parseAssessmentJson, parseWorkspaceJson } from '../../src/engine/assessment-read';
import { fitBasis, sameBasis } from '../../src/engine/basis-fit';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { basisOf, reviewOf, transition } from '../../src/engine/review';
import { assessmentBlob } from '../../src/interchange/formats/assessment-json';
import { applyEdits, checkEdit, type Edit } from '../../src/session';

/**
 * What the app writes, the app reads (issue #33): for any sequence of user actions, each through the
 * gate the app applies where the value enters (`checkEdit`, as the Workbench does before storing), the
 * backup ("Back up all") and the assessment's JSON file restore to the same data.
 */
// Few data points, so that actions meet on the same one (long text in each input, then a verification).
const dps = u4ssc.datapoints.slice(0, 4);
const ids = dps.map((d) => d.id);
const profileFields = u4ssc.data.profile.slice(0, 4).map((p) => p.id);

/** Text at and around every limit the readers apply, with characters that count double in UTF-16. */
const textOf = (limits: number[]) =>
  fc
    .tuple(fc.constantFrom(0, 1, ...limits.flatMap((l) => [l - 1, l, l + 1])), fc.constantFrom('x', 'é', '😀', ' ', '"', '\\'))
    .map(([n, ch]) => ch.repeat(Math.max(0, n)));
const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 0.1 + 0.2));
const numInput = fc.oneof(number, textOf([MAX_NUM_TEXT]), fc.constant(null));

type Action =
  | { kind: 'edit'; edit: Edit }
  | { kind: 'edits'; edits: Edit[] }
  | { kind: 'verify'; id: string; who: string }
  | { kind: 'not-verifiable'; id: string; who: string; reason: string };

const action: fc.Arbitrary<Action> = fc.oneof(
  // Kept text at the limit in every input of a data point at once (what made a verification's basis too long).
  fc.record({ id: fc.constantFrom(...ids), text: textOf([MAX_NUM_TEXT]) }).map((e): Action => ({
    kind: 'edits',
    edits: (['numerator', 'denominator', 'value'] as const).map((field) => ({ kind: 'value', id: e.id, field, value: e.text })),
  })),
  fc
    .record({ id: fc.constantFrom(...ids), field: fc.constantFrom('numerator', 'denominator', 'value'), value: numInput })
    .map((e): Action => ({ kind: 'edit', edit: { kind: 'value', id: e.id, field: e.field as 'value', value: e.value } })),
  fc
    .record({ id: fc.constantFrom(...ids), field: fc.constantFrom('source', 'note'), value: textOf([MAX_TEXT]) })
    .map((e): Action => ({ kind: 'edit', edit: { kind: 'value', id: e.id, field: e.field as 'note', value: e.value } })),
  fc
    .record({ id: fc.constantFrom(...ids), value: fc.constantFrom(MIN_YEAR, MAX_YEAR, 2024, null) })
    .map((e): Action => ({ kind: 'edit', edit: { kind: 'value', id: e.id, field: 'year', value: e.value } })),
  fc
    .record({ id: fc.constantFrom(...ids), value: fc.constantFrom('reported', 'not-reported', 'not-applicable', undefined) })
    .map((e): Action => ({ kind: 'edit', edit: { kind: 'value', id: e.id, field: 'status', value: e.value as 'reported' } })),
  fc
    .record({ field: fc.constantFrom(...profileFields), value: numInput })
    .map((e): Action => ({ kind: 'edit', edit: { kind: 'profile', field: e.field, value: e.value } })),
  fc
    .record({ field: fc.constantFrom('city', 'country', 'notes'), value: textOf([MAX_TEXT]) })
    .map((e): Action => ({ kind: 'edit', edit: { kind: 'info', field: e.field as 'city', value: e.value } })),
  fc.constantFrom(MIN_YEAR, MAX_YEAR).map((year): Action => ({ kind: 'edit', edit: { kind: 'info', field: 'year', value: year } })),
  fc
    .record({
      id: fc.constantFrom(...ids),
      t: fc.oneof(
        number.filter((n) => n >= 0),
        fc.constant('none' as const),
      ),
      why: textOf([MAX_TEXT]),
    })
    .map((e): Action => ({ kind: 'edit', edit: { kind: 'target', id: e.id, override: { target: e.t, rationale: e.why } } })),
  fc.record({ id: fc.constantFrom(...ids), who: textOf([MAX_SHORT]).filter((w) => w.trim() !== '') }).map((e): Action => ({ kind: 'verify', ...e })),
  fc
    .record({ id: fc.constantFrom(...ids), who: textOf([MAX_SHORT]).filter((w) => w.trim() !== ''), reason: textOf([MAX_TEXT]).filter((r) => r.trim() !== '') })
    .map((e): Action => ({ kind: 'not-verifiable', ...e })),
);

/** Plays actions as the app does: each becomes an edit, refused when over a limit, else applied. */
function play(actions: Action[]): AssessmentDoc {
  let doc = createAssessment({ city: 'Roundtrip', country: 'Nowhere', year: 2024 }, u4ssc, referenceTargets.data.id, 1_700_000_000_000);
  let at = 1_700_000_000_000;
  for (const a of actions) {
    let edit: Edit | null = null;
    if (a.kind === 'edit') edit = a.edit;
    else if (a.kind === 'edits') {
      for (const e of a.edits) if (checkEdit(e) === null) doc = applyEdits(doc, [e]);
      continue;
    } else {
      const ref = u4ssc.byId.get(a.id)!;
      const to = a.kind === 'verify' ? 'verified' : 'not-verifiable';
      // A draft is submitted first, as the review panel does before a verifier can act.
      const submitted = transition(reviewOf(doc, ref).state, 'submitted', a.who, ++at);
      if (submitted.ok && checkEdit({ kind: 'review', id: a.id, stamp: submitted.stamp }) === null)
        doc = applyEdits(doc, [{ kind: 'review', id: a.id, stamp: submitted.stamp }]);
      const r = transition(reviewOf(doc, ref).state, to, a.who, ++at, { reason: a.kind === 'not-verifiable' ? a.reason : undefined, basis: basisOf(doc, ref) });
      if (r.ok) edit = { kind: 'review', id: a.id, stamp: r.stamp };
    }
    if (edit && checkEdit(edit) === null) doc = { ...applyEdits(doc, [edit]), revision: doc.revision + 1, updatedAt: ++at };
  }
  return doc;
}

const plain = (v: unknown) => JSON.parse(JSON.stringify(v));

describe('what the app writes, the app reads', { timeout: 120_000 }, () => {
  it('for any sequence of user actions, the backup and the JSON file restore to the same data', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (actions) => {
        const doc = play(actions);
        const backup = parseWorkspaceJson(JSON.stringify(workspaceDoc([doc])), u4ssc);
        if (!backup.ok) throw new Error(JSON.stringify(backup.error).slice(0, 2000));
        expect(backup.value.refused).toEqual([]);
        expect(backup.value.docs[0]).toEqual(plain(workspaceDoc([doc]).assessments[0]));
        // Every verification still reads as it did.
        for (const id of ids) expect(reviewOf(backup.value.docs[0], u4ssc.byId.get(id)!).state).toBe(reviewOf(doc, u4ssc.byId.get(id)!).state);
      }),
      { numRuns: 300 },
    );
  });

  it('the longest kept text in each input cannot be verified (#24: only a valid value can), and its file restores with the text', async () => {
    const ratio = u4ssc.datapoints.find((d) => d.def.formula.kind === 'ratio' && !('profile' in d.def.formula.denominator))!;
    const long = 'k'.repeat(MAX_NUM_TEXT);
    const doc = play([
      ...(['numerator', 'denominator', 'value'] as const).map((field): Action => ({ kind: 'edit', edit: { kind: 'value', id: ratio.id, field, value: long } })),
      { kind: 'edit', edit: { kind: 'value', id: ratio.id, field: 'status', value: 'reported' } },
      { kind: 'verify', id: ratio.id, who: 'Verifier' },
    ]);
    expect(doc.review?.[ratio.id]?.state).not.toBe('verified');
    const read = parseAssessmentJson(await assessmentBlob(doc).text(), u4ssc);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.value.values[ratio.id]).toEqual(doc.values[ratio.id]);
      expect(reviewOf(read.value, ratio)).toEqual(reviewOf(doc, ratio));
    }
  });

  it('a verification stored before digests (a basis over the limit) still names its value, and its files restore', async () => {
    const ratio = u4ssc.datapoints.find((d) => d.def.formula.kind === 'ratio' && !('profile' in d.def.formula.denominator))!;
    const long = 'k'.repeat(MAX_NUM_TEXT);
    let doc = play(
      ['numerator', 'denominator', 'value'].map((field): Action => ({
        kind: 'edit',
        edit: { kind: 'value', id: ratio.id, field: field as 'value', value: long },
      })),
    );
    const oldBasis = JSON.stringify([long, long, long, null, null]);
    expect(oldBasis.length).toBeGreaterThan(MAX_SHORT);
    doc = { ...doc, review: { [ratio.id]: { state: 'verified', by: 'Verifier', at: 1, basis: oldBasis } } };
    expect(sameBasis(oldBasis, fitBasis(oldBasis))).toBe(true);
    // The stamp still names this value (not stale), but since #24 a verification of a rejected value
    // vouches for nothing: it reads as submitted, unfounded, the same before and after the file.
    expect(reviewOf(doc, ratio)).toMatchObject({ state: 'submitted', stale: false, unfounded: 'rejected' });
    const read = parseAssessmentJson(await assessmentBlob(doc).text(), u4ssc);
    expect(read.ok).toBe(true);
    // The file holds the basis as a digest (basis-fit.ts), which reads the same.
    if (read.ok) expect(reviewOf(read.value, ratio)).toMatchObject({ state: 'submitted', stale: false, unfounded: 'rejected' });
    const backup = parseWorkspaceJson(JSON.stringify(workspaceDoc([doc])), u4ssc);
    expect(backup.ok && backup.value.docs.length).toBe(1);
  });
});
