import { describe, expect, it } from 'vitest';
import { createAssessment, nextYearAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { parseAssessmentJson, readAssessment } from '../../src/engine/assessment-read';
import { mergeInputs } from '../../src/engine/compare';
import { mergeCycle } from '../../src/engine/cycle-merge';
import { canonicalForm, fingerprint } from '../../src/engine/fingerprint';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import {
  basisOf,
  carryActions,
  effectiveReview,
  REVIEW_STATES,
  reviewRows,
  reviewUnderway,
  threadOpen,
  transition,
  TRANSITIONS,
  valueBasis,
  verificationStatement,
  type Action,
  type CycleDoc,
  type ReviewStamp,
  type ThreadEntry,
} from '../../src/engine/review';
import { applyEdits } from '../../src/session/edits';
import { emptyInput, mini } from './fixtures/mini';
import { worded } from './support/words';

const DP = 'SC: EH: ED: 1C|';
const DP2 = 'SC: EH: ED: 2C|';

describe('review state machine', () => {
  it('runs the cycle draft → submitted → queried → answered → verified, stamping who and when', () => {
    // The city submits and answers, the verifier queries and verifies (one name cannot verify what it submitted).
    const path = [
      ['submitted', ' Ana '],
      ['queried', 'Vera'],
      ['answered', 'Ana'],
      ['verified', 'Vera'],
    ] as const;
    let from: (typeof REVIEW_STATES)[number] = 'draft';
    let previous: ReviewStamp | undefined;
    for (const [i, [to, who]] of path.entries()) {
      const r = transition(from, to, who, 1000 + i, { basis: 'b', standing: 'valid', previous, text: 'Which year?' });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.stamp).toMatchObject({ state: to, by: who.trim(), at: 1000 + i, submittedBy: 'Ana' });
      from = r.stamp.state;
      previous = r.stamp;
    }
  });

  it('refuses a change the cycle does not allow, an empty name, and "not verifiable" without a reason', () => {
    expect(transition('draft', 'verified', 'Ana', 1)).toEqual({ ok: false, problem: { kind: 'not-allowed', from: 'draft', to: 'verified' } });
    expect(transition('verified', 'answered', 'Ana', 1)).toEqual({ ok: false, problem: { kind: 'not-allowed', from: 'verified', to: 'answered' } });
    expect(transition('submitted', 'queried', '  ', 1)).toEqual({ ok: false, problem: { kind: 'no-name' } });
    expect(transition('submitted', 'not-verifiable', 'Ana', 1, { reason: ' ' })).toEqual({ ok: false, problem: { kind: 'reason-required' } });
    const nv = transition('submitted', 'not-verifiable', 'Ana', 1, { reason: 'No register exists' });
    expect(nv).toEqual({ ok: true, stamp: { state: 'not-verifiable', by: 'Ana', at: 1, reason: 'No register exists' } });
  });

  it('every state can be left, and every state but draft can be reached', () => {
    const reached = new Set(Object.values(TRANSITIONS).flat());
    for (const s of REVIEW_STATES) {
      expect(TRANSITIONS[s].length).toBeGreaterThan(0);
      if (s !== 'draft') expect(reached.has(s)).toBe(true);
    }
  });

  it('a verified value that changed afterwards reads as submitted again (stale), never as verified', () => {
    const basis = valueBasis({ value: 50 });
    const stamp: ReviewStamp = { state: 'verified', by: 'V', at: 5, basis };
    expect(effectiveReview(stamp, basis)).toMatchObject({ state: 'verified', stale: false });
    expect(effectiveReview(stamp, valueBasis({ value: 51 }))).toMatchObject({ state: 'submitted', stale: true });
    // Provenance (source, note) is not part of what a verification vouches for.
    expect(valueBasis({ value: 50, source: 'x', note: 'y' })).toBe(basis);
    expect(effectiveReview(undefined, basis).state).toBe('draft');
  });

  it('a thread is open from a question until a resolution', () => {
    const e = (id: string, kind: ThreadEntry['kind'], at: number): ThreadEntry => ({ id, kind, text: id, by: 'x', at });
    expect(threadOpen([])).toBe(false);
    expect(threadOpen([e('q', 'question', 1)])).toBe(true);
    expect(threadOpen([e('q', 'question', 1), e('a', 'answer', 2)])).toBe(true);
    expect(threadOpen([e('r', 'resolution', 3), e('q', 'question', 1), e('a', 'answer', 2)])).toBe(false);
    expect(threadOpen([e('q', 'question', 1), e('r', 'resolution', 3), e('q2', 'question', 4)])).toBe(true);
  });

  it('counts N of M verified, by whom and when; not-applicable data points are not counted', () => {
    const doc: CycleDoc = {
      ...emptyInput(),
      values: { [DP]: { value: 50 }, [DP2]: { status: 'not-applicable' } },
      review: {
        [DP]: { state: 'verified', by: 'Vera', at: 20, basis: valueBasis({ value: 50 }) },
        'SC: EH: ED: 3C|': { state: 'verified', by: 'Vera', at: 30, basis: valueBasis({ value: 1 }) },
      },
      threads: { 'SC: EH: ED: 4C|': [{ id: 'q', kind: 'question', text: '?', by: 'Vera', at: 10 }] },
    };
    const rows = reviewRows(doc, mini.datapoints);
    expect(rows.length).toBe(mini.datapoints.length - 1);
    const st = verificationStatement(rows);
    expect(st).toMatchObject({ verified: 1, total: mini.datapoints.length - 1, openQueries: 1, verifiers: ['Vera'], from: 20, to: 20 });
  });
});

describe("a review cycle under way (what heads the grid's side column)", () => {
  const stamp = (state: ReviewStamp['state']): ReviewStamp => ({ state, by: 'Vera', at: 10 });
  it('is not under way while every data point is a draft, with no thread', () => {
    expect(reviewUnderway({})).toBe(false);
    expect(reviewUnderway({ review: {}, threads: { [DP]: [] } })).toBe(false);
    // Submitted, then taken back to draft: the evaluator is filling it again.
    expect(reviewUnderway({ review: { [DP]: stamp('draft') } })).toBe(false);
  });
  it('is under way once any data point left draft, or has a thread', () => {
    for (const s of REVIEW_STATES.filter((x) => x !== 'draft')) expect(reviewUnderway({ review: { [DP]: stamp('draft'), [DP2]: stamp(s) } }), s).toBe(true);
    expect(reviewUnderway({ threads: { [DP]: [{ id: 'q', kind: 'question', text: '?', by: 'Vera', at: 10 }] } })).toBe(true);
  });
  it('is over once the assessment is frozen (no review step is left to take)', () => {
    expect(reviewUnderway({ review: { [DP]: stamp('verified') }, frozen: { at: 1, by: 'Vera', fingerprint: 'x' } })).toBe(false);
  });
});

const q = (id: string, kind: ThreadEntry['kind'], at: number, by = 'x'): ThreadEntry => ({ id, kind, text: `${kind} ${id}`, by, at });
const ref = mini.byId.get(DP)!;

describe('merge rules of the round trip', () => {
  it('both sides adding to one thread: every entry is kept once, in time order', () => {
    const a: CycleDoc = { ...emptyInput(), threads: { [DP]: [q('1', 'question', 1), q('2', 'answer', 3)] } };
    const b: CycleDoc = { ...emptyInput(), threads: { [DP]: [q('1', 'question', 1), q('3', 'question', 2)] } };
    const { fields } = mergeCycle(mini.datapoints, a, b, mergeInputs(mini, a, b, new Set()));
    expect(fields.threads![DP].map((e) => e.id)).toEqual(['1', '3', '2']);
  });

  it('the same query resolved on both sides: both resolutions kept, the thread closed', () => {
    const base = [q('1', 'question', 1)];
    const a: CycleDoc = { ...emptyInput(), threads: { [DP]: [...base, q('ra', 'resolution', 5, 'city')] } };
    const b: CycleDoc = { ...emptyInput(), threads: { [DP]: [...base, q('rb', 'resolution', 6, 'verifier')] } };
    const { fields, conflicts } = mergeCycle(mini.datapoints, a, b, mergeInputs(mini, a, b, new Set()));
    expect(fields.threads![DP].map((e) => e.id)).toEqual(['1', 'ra', 'rb']);
    expect(threadOpen(fields.threads![DP])).toBe(false);
    expect(conflicts).toEqual([]);
  });

  it('a value changed after it was verified: the later "verified" does not win over the changed value', () => {
    // The verifier verified 50; the city then changed it to 55 (its stamp is older: submitted at 4).
    const verifier: CycleDoc = {
      ...emptyInput(),
      values: { [DP]: { value: 50 } },
      review: { [DP]: { state: 'verified', by: 'V', at: 10, basis: valueBasis({ value: 50 }) } },
    };
    const city: CycleDoc = { ...emptyInput(), values: { [DP]: { value: 55 } }, review: { [DP]: { state: 'submitted', by: 'C', at: 4 } } };
    // The user keeps the city's value (55): the verification is dropped and said.
    const merged = mergeInputs(mini, city, verifier, new Set());
    const r = mergeCycle(mini.datapoints, city, verifier, merged);
    expect(r.fields.review![DP]).toMatchObject({ state: 'submitted', by: 'C' });
    expect(r.conflicts).toEqual([{ kind: 'review-dropped', id: DP, dropped: verifier.review![DP], kept: city.review![DP] }]);
    // The user keeps the verified value (50): the later verification wins.
    const merged2 = mergeInputs(mini, city, verifier, new Set([`value:${DP}`]));
    const r2 = mergeCycle(mini.datapoints, city, verifier, merged2);
    expect(r2.fields.review![DP]).toMatchObject({ state: 'verified', by: 'V' });
    expect(effectiveReview(r2.fields.review![DP], basisOf(merged2, ref)).state).toBe('verified');
    expect(r2.conflicts).toEqual([]);
  });

  it('a verification is the only stamp and its value was replaced: kept, but reads as changed since verified', () => {
    const verifier: CycleDoc = {
      ...emptyInput(),
      values: { [DP]: { value: 50 } },
      review: { [DP]: { state: 'verified', by: 'V', at: 10, basis: valueBasis({ value: 50 }) } },
    };
    const city: CycleDoc = { ...emptyInput(), values: { [DP]: { value: 55 } } };
    const merged = mergeInputs(mini, city, verifier, new Set());
    const r = mergeCycle(mini.datapoints, city, verifier, merged);
    expect(effectiveReview(r.fields.review![DP], basisOf(merged, ref))).toMatchObject({ state: 'submitted', stale: true });
  });

  it('the later change of a review state wins when the value is the same', () => {
    const a: CycleDoc = { ...emptyInput(), values: { [DP]: { value: 1 } }, review: { [DP]: { state: 'queried', by: 'V', at: 10 } } };
    const b: CycleDoc = { ...emptyInput(), values: { [DP]: { value: 1 } }, review: { [DP]: { state: 'answered', by: 'C', at: 20 } } };
    expect(mergeCycle(mini.datapoints, a, b, mergeInputs(mini, a, b, new Set())).fields.review![DP].state).toBe('answered');
    expect(mergeCycle(mini.datapoints, b, a, mergeInputs(mini, b, a, new Set())).fields.review![DP].state).toBe('answered');
  });

  it('actions: the later change wins; one changed at the same time to different contents is listed', () => {
    const act = (status: Action['status'], at: number): Action => ({ id: 'x', title: 'Bus lanes', owner: 'City', deadline: '', status, datapoints: [DP], at });
    const a: CycleDoc = { ...emptyInput(), actions: [act('planned', 1)] };
    const b: CycleDoc = { ...emptyInput(), actions: [act('done', 2)] };
    expect(mergeCycle(mini.datapoints, a, b, a).fields.actions![0].status).toBe('done');
    const c: CycleDoc = { ...emptyInput(), actions: [act('dropped', 1)] };
    const r = mergeCycle(mini.datapoints, a, c, a);
    expect(r.fields.actions![0].status).toBe('planned');
    expect(r.conflicts).toEqual([{ kind: 'same-time', what: 'action', id: 'x' }]);
  });
});

const fresh = (): AssessmentDoc => {
  const doc = createAssessment({ city: 'Testville', country: 'X', year: 2025 }, u4ssc, referenceTargets.data.id, 1000);
  const id = u4ssc.datapoints[0].id;
  return {
    ...doc,
    values: { [id]: { value: 42, source: 'Register' } },
    review: { [id]: { state: 'verified', by: 'Vera', at: 2000, basis: basisOf({ ...doc, values: { [id]: { value: 42 } } }, u4ssc.datapoints[0]) } },
    threads: { [id]: [{ id: 't1', kind: 'question', text: 'Which year?', by: 'Vera', at: 1500 }] },
    evidence: { [id]: [{ id: 'e1', title: 'Annual report', location: 'https://example.org/r.pdf', page: '12', date: '2025-01-31' }] },
    recommendations: [{ id: 'r1', scope: 'dimension', target: 'EC', text: 'Publish open data', by: 'Vera', at: 3000 }],
    actions: [
      {
        id: 'a1',
        recommendation: 'r1',
        title: 'Open data portal',
        owner: 'IT',
        deadline: '2026-06-30',
        status: 'planned',
        datapoints: [id],
        aimedBand: 3,
        at: 3100,
      },
    ],
  };
};

describe('canonical form and fingerprint', () => {
  it('is stable across export and re-import (and a copy under another id)', async () => {
    const doc = fresh();
    const printed = await fingerprint(doc);
    expect(printed).toMatch(/^[0-9a-f]{64}$/);
    const back = parseAssessmentJson(JSON.stringify(doc, null, 2), u4ssc);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(await fingerprint(back.value)).toBe(printed);
    expect(await fingerprint({ ...back.value, id: 'other', revision: 9, updatedAt: 5 })).toBe(printed);
    // Empty fields say nothing: a hand-written "note": "" or an empty list changes nothing.
    const id = u4ssc.datapoints[0].id;
    expect(canonicalForm({ ...doc, values: { [id]: { ...doc.values[id], note: '' } }, evidence: { ...doc.evidence, [u4ssc.datapoints[1].id]: [] } })).toBe(
      canonicalForm(doc),
    );
  });

  it('is changed by any value edit, and by the cycle', async () => {
    const doc = fresh();
    const id = u4ssc.datapoints[0].id;
    const printed = await fingerprint(doc);
    const changed = [
      applyEdits(doc, [{ kind: 'value', id, field: 'value', value: 42.0001 }]),
      applyEdits(doc, [{ kind: 'value', id: u4ssc.datapoints[5].id, field: 'value', value: 1 }]),
      applyEdits(doc, [{ kind: 'value', id, field: 'source', value: 'Census' }]),
      applyEdits(doc, [{ kind: 'profile', field: 'population', value: 1 }]),
      applyEdits(doc, [{ kind: 'info', field: 'year', value: 2026 }]),
      applyEdits(doc, [{ kind: 'thread', id, entry: { id: 't2', kind: 'answer', text: '2024', by: 'City', at: 1600 } }]),
      applyEdits(doc, [{ kind: 'review', id, stamp: null }]),
    ];
    const prints = await Promise.all(changed.map(fingerprint));
    for (const p of prints) expect(p).not.toBe(printed);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('thread order and the freeze mark do not change it', async () => {
    const doc = fresh();
    const id = u4ssc.datapoints[0].id;
    const two = applyEdits(doc, [{ kind: 'thread', id, entry: { id: 't0', kind: 'answer', text: 'a', by: 'C', at: 1400 } }]);
    const reordered = { ...two, threads: { [id]: [...two.threads![id]].reverse() } };
    expect(await fingerprint(reordered)).toBe(await fingerprint(two));
    expect(await fingerprint({ ...doc, frozen: { at: 1, by: 'V', fingerprint: 'f'.repeat(64) } })).toBe(await fingerprint(doc));
  });
});

describe('the cycle in the assessment file', () => {
  it('reads every cycle field back as written', () => {
    const doc = { ...fresh(), frozen: { at: 4000, by: 'Vera', fingerprint: 'a'.repeat(64) }, parent: { id: 'p', fingerprint: 'b'.repeat(64) } };
    const r = readAssessment(JSON.parse(JSON.stringify(doc)), u4ssc);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toEqual(doc);
  });

  it('a version-1 file opens unchanged, with no cycle fields (every data point in draft)', () => {
    const doc = createAssessment({ city: 'Old', country: '', year: 2020 }, u4ssc, referenceTargets.data.id, 1);
    const r = readAssessment({ ...doc, version: 1 }, u4ssc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual(doc);
    expect(reviewRows(r.value, u4ssc.datapoints).every((x) => x.state === 'draft')).toBe(true);
  });

  it('names each bad cycle field and where it is', () => {
    const id = u4ssc.datapoints[0].id;
    const bad = {
      ...fresh(),
      review: { [id]: { state: 'approved', by: 'V', at: 1 }, nope: { state: 'draft', by: 'V', at: 1 } },
      threads: { [id]: [{ id: 'q', kind: 'question', text: '', by: 'V', at: 1 }] },
      actions: [{ id: 'a', title: 't', status: 'planned', at: 1, deadline: '30/06/2026', datapoints: ['nope'] }],
      frozen: { at: 1, by: 'V', fingerprint: 'xyz' },
    };
    const r = readAssessment(bad, u4ssc);
    expect(r.ok).toBe(false);
    if (r.ok || r.error.kind !== 'invalid') return;
    expect(worded(r).error.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`review["${id}"].state: "approved"`),
        'review: unknown data point "nope".',
        expect.stringContaining(`threads["${id}"][0].text`),
        'actions[0].deadline: "30/06/2026" is not a date as YYYY-MM-DD.',
        'actions[0].datapoints[0]: unknown data point "nope".',
        expect.stringContaining('frozen.fingerprint: "xyz" is not a 64-digit hexadecimal SHA-256'),
      ]),
    );
  });
});

describe('next year', () => {
  it("carries open actions forward with last year's values as their baseline; done ones stay behind", () => {
    const doc = fresh();
    const id = u4ssc.datapoints[0].id;
    doc.actions!.push({ id: 'a2', title: 'Done thing', owner: '', deadline: '', status: 'done', datapoints: [], at: 1 });
    const next = nextYearAssessment(doc, { year: 2026 }, (x) => (x === id ? 42 : null), 9000);
    expect(next.year).toBe(2026);
    expect(next.id).not.toBe(doc.id);
    expect(next.actions).toEqual([{ ...doc.actions![0], at: 9000, carriedFrom: { id: doc.id, year: 2025, baseline: { [id]: 42 } } }]);
    expect(next.recommendations?.map((r) => r.id)).toEqual(['r1']);
    expect(next.review).toBeUndefined();
    expect(next.threads).toBeUndefined();
    expect(next.evidence).toBeUndefined();
    expect(next.frozen).toBeUndefined();
    expect(next.values).toEqual(doc.values);
    expect(carryActions({ id: 'x', year: 1, actions: [] }, 1)).toEqual([]);
  });
});

describe('cycle edits in the editing session', () => {
  it('two tabs adding entries to one thread both keep theirs, without a clash; an entry added twice is kept once', async () => {
    const { rebase, isEdit, checkEdit } = await import('../../src/session/edits');
    const base = fresh();
    const id = u4ssc.datapoints[0].id;
    const mine = { kind: 'thread' as const, id, entry: { id: 'm', kind: 'answer' as const, text: 'mine', by: 'C', at: 1700 } };
    const stored = applyEdits(base, [{ kind: 'thread', id, entry: { id: 'o', kind: 'question', text: 'other', by: 'V', at: 1650 } }]);
    const { doc, clashes } = rebase(base, stored, [mine, mine]);
    expect(clashes).toEqual([]);
    expect(doc.threads![id].map((e) => e.id)).toEqual(['t1', 'o', 'm']);
    expect(isEdit(JSON.parse(JSON.stringify(mine)))).toBe(true);
    expect(isEdit({ kind: 'thread', id, entry: 'x' })).toBe(false);
    expect(checkEdit({ ...mine, entry: { ...mine.entry, by: 'x'.repeat(501) } })).toMatchObject({ kind: 'too-long', limit: 500 });
  });

  it('a review step does not reach the engine; a value edit does', async () => {
    const { patchesFor } = await import('../../src/session/edits');
    const doc = fresh();
    const id = u4ssc.datapoints[0].id;
    expect(patchesFor(doc, [{ kind: 'review', id, stamp: null }])).toEqual([]);
    expect(patchesFor(doc, [{ kind: 'value', id, field: 'value', value: 1 }])).toHaveLength(1);
  });
});

describe('the round trip through compare and merge', () => {
  it("the merged assessment keeps both sides' threads and the verification of a value it kept, and is a new unfrozen version", async () => {
    const { mergeAssessments, mergeConflicts } = await import('../../src/ui/interchange/model');
    const id = u4ssc.datapoints[0].id;
    const city = { ...fresh(), frozen: { at: 1, by: 'x', fingerprint: 'a'.repeat(64) } };
    const verifier = applyEdits(fresh(), [
      { kind: 'thread', id, entry: { id: 'v1', kind: 'resolution', text: 'ok', by: 'Vera', at: 2500 } },
      { kind: 'review', id, stamp: { state: 'verified', by: 'Vera', at: 9000, basis: basisOf(city, u4ssc.datapoints[0]) } },
    ]);
    const cityLater = applyEdits(city, [{ kind: 'thread', id, entry: { id: 'c1', kind: 'answer', text: 'done', by: 'Carla', at: 2400 } }]);
    const merged = mergeAssessments(u4ssc, cityLater, verifier, new Set());
    expect(merged.threads![id].map((e) => e.id)).toEqual(['t1', 'c1', 'v1']);
    expect(merged.review![id]).toMatchObject({ state: 'verified', at: 9000 });
    expect(merged.frozen).toBeUndefined();
    expect(merged.id).not.toBe(city.id);
    expect(mergeConflicts(u4ssc, cityLater, verifier, new Set())).toEqual([]);
    // The city changed the value the verifier verified; kept as the city's, the verification no longer counts.
    const changed = applyEdits(cityLater, [{ kind: 'value', id, field: 'value', value: 43 }]);
    const merged2 = mergeAssessments(u4ssc, changed, verifier, new Set());
    expect(effectiveReview(merged2.review![id], basisOf(merged2, u4ssc.datapoints[0])).state).toBe('submitted');
    expect(mergeConflicts(u4ssc, changed, verifier, new Set()).map((c) => c.kind)).toEqual(['review-dropped']);
  });
});
