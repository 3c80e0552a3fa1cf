/**
 * A new catalogue version migrates (#12): an assessment made with catalogue 2017.1 (the frozen file of
 * format version 1) opens under the current catalogue (2017.4, through 2017.2 and 2017.3) with every value kept, the data points whose definitions
 * changed listed for review until acknowledged, and every other data point scored exactly as the old
 * catalogue scored it (a frozen copy of catalogue 2017.1 and its targets is kept for this comparison).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { readAssessment } from '../../src/engine/assessment-read';
import { acknowledgeChanges, changesSince, definitionChanged, upgradeCatalogue } from '../../src/engine/catalogue-version';
import { score } from '../../src/engine/evaluator';
import { loadFramework } from '../../src/engine/framework';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { loadTargetSet } from '../../src/engine/targets';
import type { FrameworkData, TargetSetData } from '../../src/engine/types';
import { applyEdits } from '../../src/session/edits';
import { changeText } from '../../src/ui/strings/catalogue';

const frozen = (path: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/frozen/${path}`, import.meta.url), 'utf8'));
const oldFw = loadFramework(frozen('catalogue-2017.1/catalogue.json') as FrameworkData);
const oldTargets = loadTargetSet(frozen('catalogue-2017.1/reference-targets.json') as TargetSetData, oldFw);
const v1 = frozen('assessment-v1.json') as AssessmentDoc;

const opened = () => {
  const r = readAssessment(structuredClone(v1), u4ssc);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

const current = u4ssc.data.frameworkVersion;

describe('an assessment of catalogue 2017.1 opened under the current catalogue', () => {
  it('records the catalogue version it was made with, then the one it was brought to', () => {
    expect(v1.framework.version).toBe('2017.1');
    const doc = opened();
    expect(doc.framework.version).toBe(current);
    expect(doc.catalogueReview).toMatchObject({ from: '2017.1', to: current });
  });

  it('keeps every value, input, status and target override exactly', () => {
    const doc = opened();
    expect(doc.values).toEqual(v1.values);
    expect(doc.profile).toEqual(v1.profile);
    expect(doc.targets).toEqual(v1.targets);
  });

  it('marks for review the changed data points that hold a value, and only those', () => {
    const review = opened().catalogueReview!;
    const changed = Object.keys(changesSince(u4ssc, '2017.1')!);
    const holding = changed.filter((id) => {
      const e = v1.values[id];
      return e && (e.value !== undefined || e.numerator !== undefined || e.denominator !== undefined);
    });
    expect(Object.keys(review.datapoints).sort()).toEqual(holding.sort());
    // The corrections the city's values meet: SO2 and O3 (now annual means), enrolment, child care, ...
    for (const id of ['EN: EN: AQ: 1C|SO2', 'EN: EN: AQ: 1C|O3', 'SC: EH: ED: 2C|', 'SC: SH: SI: 5A|', 'EN: EN: WS: 4C|Tertiary']) {
      expect(review.datapoints[id], id).toBeDefined();
    }
    // Para-transport is marked not applicable with no value: nothing to review.
    expect(review.datapoints['EC: I: T: 4A|Para-transport']).toBeUndefined();
  });

  it('says in words what changed and what it means (SO2 is now an annual mean)', () => {
    const [measure, targetChange] = opened().catalogueReview!.datapoints['EN: EN: AQ: 1C|SO2'];
    expect(changeText(measure)).toMatch(/now the annual mean, no longer the 24-hour mean.*Verification Manual \(2022\), p\. 95.*enter the annual mean/);
    expect(changeText(targetChange)).toMatch(/reference target is now 20, no longer 40/);
  });

  it('scores every data point whose definition did not change exactly as catalogue 2017.1 did', () => {
    const before = score(oldFw, oldTargets, v1);
    const after = score(u4ssc, referenceTargets, opened());
    const changed = new Set(Object.keys(changesSince(u4ssc, '2017.1')!));
    const unchanged = after.items.filter((i) => !changed.has(i.id));
    expect(unchanged.length).toBe(112 - changed.size);
    for (const i of unchanged) {
      const old = before.items.find((o) => o.id === i.id)!;
      const pick = ({ value, target, achievement, points, state }: typeof i) => ({ value, target, achievement, points, state });
      expect(pick(i), i.id).toEqual(pick(old));
    }
  });

  it('lists no reference-target change for a data point whose target the assessment overrides', () => {
    const doc = structuredClone(v1);
    doc.targets['EN: EN: AQ: 1C|SO2'] = { target: 30 };
    const review = upgradeCatalogue(doc, u4ssc).catalogueReview!;
    expect(review.datapoints['EN: EN: AQ: 1C|SO2'].map((c) => c.kind)).toEqual(['measure']);
  });

  it('keeps the review until each data point is acknowledged, then drops it', () => {
    let doc = opened();
    const ids = Object.keys(doc.catalogueReview!.datapoints);
    doc = applyEdits(doc, [{ kind: 'acknowledge', id: ids[0] }]);
    expect(Object.keys(doc.catalogueReview!.datapoints)).toEqual(ids.slice(1));
    doc = applyEdits(
      doc,
      ids.slice(1).map((id) => ({ kind: 'acknowledge' as const, id })),
    );
    expect(doc.catalogueReview).toBeUndefined();
    expect(doc.values).toEqual(v1.values);
  });

  it('reads a saved review back, and opening the brought-up document again changes nothing', () => {
    const doc = opened();
    const again = readAssessment(JSON.parse(JSON.stringify(doc)), u4ssc);
    expect(again.ok && again.value.catalogueReview).toEqual(doc.catalogueReview);
    expect(upgradeCatalogue(doc, u4ssc)).toBe(doc);
  });

  it('leaves a document of an unknown catalogue version as it is', () => {
    const doc = { ...opened(), framework: { id: 'u4ssc-kpi', version: '2099.1' } };
    delete doc.catalogueReview;
    expect(upgradeCatalogue(doc, u4ssc)).toBe(doc);
    expect(changesSince(u4ssc, '2099.1')).toBeNull();
  });

  it('refuses a review naming an unknown data point or change kind', () => {
    const bad = { ...opened(), catalogueReview: { from: '2017.1', to: '2017.2', datapoints: { 'XX: 1C|': [{ kind: 'measure', source: 'x' }] } } };
    expect(readAssessment(bad, u4ssc).ok).toBe(false);
    const odd = { ...opened(), catalogueReview: { from: '2017.1', to: '2017.2', datapoints: { 'SC: EH: ED: 2C|': [{ kind: 'rescored', source: 'x' }] } } };
    expect(readAssessment(odd, u4ssc).ok).toBe(false);
  });

  it('acknowledging a data point that is not in the review changes nothing', () => {
    const doc = opened();
    expect(acknowledgeChanges(doc, 'EC: ICT: ICT: 1C|')).toBe(doc);
  });
});

describe('the change list of the catalogue', () => {
  it('names only data points of the catalogue, each change with its source', () => {
    const changes = changesSince(u4ssc, '2017.1')!;
    for (const [id, list] of Object.entries(changes)) {
      expect(u4ssc.byId.has(id), id).toBe(true);
      for (const c of list) expect(c.source.length, id).toBeGreaterThan(2);
    }
  });
  it('steps from the version of the frozen catalogue to the current one', () => {
    expect(u4ssc.data.changes!.map((s) => [s.from, s.to])).toEqual([
      [oldFw.data.frameworkVersion, '2017.2'],
      ['2017.2', '2017.3'],
      ['2017.3', u4ssc.data.frameworkVersion],
    ]);
  });
  it('lists every data point whose definition differs from the frozen catalogue 2017.1', () => {
    const changes = changesSince(u4ssc, '2017.1')!;
    const shape = (id: string, fw: typeof u4ssc) => {
      const d = fw.byId.get(id)!.def;
      return JSON.stringify([d.unit, d.formula, d.min, d.max, (d.checks ?? []).map((c) => [c.kind, 'value' in c ? c.value : null])]);
    };
    const differing = u4ssc.datapoints.filter((r) => shape(r.id, u4ssc) !== shape(r.id, oldFw)).map((r) => r.id);
    expect(differing.length).toBeGreaterThan(0);
    for (const id of differing) expect(changes[id], id).toBeDefined();
  });

  it('records every target change the target files show', () => {
    const changes = changesSince(u4ssc, '2017.1')!;
    for (const [id, t] of referenceTargets.byId) {
      const before = oldTargets.byId.get(id)?.target ?? null;
      const listed = (changes[id] ?? []).find((c) => c.kind === 'target');
      if (before === t.target) expect(listed, id).toBeUndefined();
      else expect(listed, id).toMatchObject({ before, after: t.target });
    }
  });
});

/**
 * Catalogue 2017.2 → 2017.3 (VM22-p73): the "90 %+ is normal" check moves from Basic Water Supply to
 * Household Sanitation, the KPI whose page gives it. An assessment of catalogue 2017.2 (the frozen file
 * of format version 3) opens under the current catalogue with every value kept, the two data points
 * listed for review, and every score identical (a check warns, it never scores) but those of the data
 * points that catalogue 2017.4 changed.
 */
describe('an assessment of catalogue 2017.2 opened under the current catalogue', () => {
  const since4 = new Set(Object.keys(u4ssc.data.changes!.find((s) => s.from === '2017.3')!.datapoints));
  const fw2 = loadFramework(frozen('catalogue-2017.2/catalogue.json') as FrameworkData);
  const targets2 = loadTargetSet(frozen('catalogue-2017.2/reference-targets.json') as TargetSetData, fw2);
  const v3 = frozen('assessment-v3.json') as AssessmentDoc;
  const open3 = () => {
    const r = readAssessment(structuredClone(v3), u4ssc);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };

  it('is brought from 2017.2 to the current catalogue, values kept, the moved check listed for the data points that hold a value', () => {
    expect(v3.framework.version).toBe('2017.2');
    const doc = open3();
    expect(doc.framework.version).toBe(current);
    expect(doc.values).toEqual(v3.values);
    const holds = (id: string) => v3.values[id] !== undefined && (v3.values[id].value !== undefined || v3.values[id].numerator !== undefined);
    for (const id of ['EC: I: WS: 5C|', 'EC: I: WS: 1C|']) {
      if (holds(id)) expect(doc.catalogueReview?.datapoints[id], id).toHaveLength(1);
      else expect(doc.catalogueReview?.datapoints[id], id).toBeUndefined();
    }
    expect(Object.keys(doc.catalogueReview?.datapoints ?? {}).every((id) => id === 'EC: I: WS: 5C|' || id === 'EC: I: WS: 1C|' || since4.has(id))).toBe(true);
  });

  it('says in words that the check moved', () => {
    const step = u4ssc.data.changes!.find((s) => s.from === '2017.2')!;
    expect(changeText(step.datapoints['EC: I: WS: 5C|'][0])).toMatch(
      /check now applies: a lower bound of what is normal \(Verification Manual \(2022\), p\. 73\)/,
    );
    expect(changeText(step.datapoints['EC: I: WS: 1C|'][0])).toMatch(
      /^A lower bound of what is normal no longer applies to this data point \(Verification Manual \(2022\), p\. 73\)/,
    );
  });

  it('scores every data point exactly as catalogue 2017.2 did, but those catalogue 2017.4 lists', () => {
    const before = score(fw2, targets2, v3);
    const after = score(u4ssc, referenceTargets, open3());
    const pick = ({ id, value, target, achievement, points, state }: (typeof after.items)[number]) => ({ id, value, target, achievement, points, state });
    const kept = (items: typeof after.items) => items.filter((i) => !since4.has(i.id)).map(pick);
    expect(kept(after.items)).toEqual(kept(before.items));
    expect(kept(after.items)).toHaveLength(112 - since4.size);
  });
});

/**
 * Catalogue 2017.3 → 2017.4 (#28): the Travel Time Index is computed from the peak and free-flow travel
 * times (VM22-p82) against the page's "Good" threshold of 1.5, and Freshwater Consumption is m³ per
 * capita (CM17-p79), no longer a % share. An assessment of catalogue 2017.3 (the frozen format-5 file,
 * marked 2017.3) opens under 2017.4 with every value kept, exactly these two data points listed with
 * their changes, and every other data point scored exactly as the frozen catalogue 2017.3 scored it.
 */
describe('an assessment of catalogue 2017.3 opened under 2017.4', () => {
  const fw3 = loadFramework(frozen('catalogue-2017.3/catalogue.json') as FrameworkData);
  const targets3 = loadTargetSet(frozen('catalogue-2017.3/reference-targets.json') as TargetSetData, fw3);
  const v5 = frozen('assessment-v5.json') as AssessmentDoc;
  // Scored against the reference targets, the index's own override removed: the target change then applies.
  const made3 = (): AssessmentDoc => {
    const doc: AssessmentDoc = { ...structuredClone(v5), framework: { id: 'u4ssc-kpi', version: '2017.3' }, scoringTargets: 'reference' };
    delete doc.targets['EC: I: T: 5A|'];
    return doc;
  };
  const open = (doc: AssessmentDoc) => {
    const r = readAssessment(structuredClone(doc), u4ssc);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  const TTI = 'EC: I: T: 5A|';
  const FW = 'EN: EN: WS: 3C|';

  it('is frozen as it was: catalogue 2017.3 read the index directly and the freshwater share in %', () => {
    expect(fw3.data.frameworkVersion).toBe('2017.3');
    expect(fw3.byId.get(TTI)!.def.formula.kind).toBe('direct');
    expect(fw3.byId.get(FW)!.def.unit).toBe('%');
    expect(targets3.byId.get(TTI)!.target).toBe(1.2);
  });

  it('keeps every value and lists exactly the travel time index and freshwater, each change with its page', () => {
    const doc = open(made3());
    expect(doc.framework.version).toBe('2017.4');
    expect(doc.values).toEqual(v5.values);
    expect(doc.catalogueReview).toMatchObject({ from: '2017.3', to: '2017.4' });
    const review = doc.catalogueReview!.datapoints;
    expect(Object.keys(review).sort()).toEqual([TTI, FW].sort());
    expect(review[TTI].map((c) => [c.kind, c.source])).toEqual([
      ['numerator', 'VM22-p82'],
      ['denominator', 'VM22-p82'],
      ['target', 'VM22-p82'],
    ]);
    expect(review[FW].map((c) => [c.kind, c.source])).toEqual([
      ['measure', 'CM17-p79'],
      ['denominator', 'CM17-p79'],
      ['max-lifted', 'CM17-p79'],
    ]);
  });

  it('says in words what changed', () => {
    const review = open(made3()).catalogueReview!.datapoints;
    expect(changeText(review[FW][0])).toMatch(
      /^It is now the freshwater consumed per inhabitant \(m³ per year\), no longer the share of the water consumed that comes from freshwater sources \(%\) \(Collection Methodology \(2017\), p\. 79\)/,
    );
    expect(changeText(review[TTI][0])).toMatch(/numerator is now "Travel time during peak periods \(min\)".*\(Verification Manual \(2022\), p\. 82\)/);
    expect(changeText(review[TTI][2])).toMatch(/reference target is now 1\.5, no longer 1\.2/);
  });

  it('scores every other data point exactly as catalogue 2017.3 did', () => {
    const before = score(fw3, targets3, made3());
    const after = score(u4ssc, referenceTargets, open(made3()));
    const pick = ({ id, value, target, achievement, points, state }: (typeof after.items)[number]) => ({ id, value, target, achievement, points, state });
    const others = (items: typeof after.items) => items.filter((i) => i.id !== TTI && i.id !== FW).map(pick);
    expect(others(after.items)).toHaveLength(110);
    expect(others(after.items)).toEqual(others(before.items));
  });

  it('scores the index entered directly under the page target, and computes freshwater per inhabitant from the same numerator', () => {
    const after = score(u4ssc, referenceTargets, open(made3()));
    const before = score(fw3, targets3, made3());
    const tti = after.items.find((i) => i.id === TTI)!;
    expect(v5.values[TTI].value).toBe(1.31);
    expect(before.items.find((i) => i.id === TTI)).toMatchObject({ value: 1.31, target: 1.2, points: 3 });
    expect(tti).toMatchObject({ value: 1.31, target: 1.5, points: 4 });
    const fw = after.items.find((i) => i.id === FW)!;
    expect(fw.value).toBeCloseTo((v5.values[FW].numerator as number) / (v5.profile.population as number), 10);
    expect(fw.state).toBe('unbenchmarked');
    expect(before.items.find((i) => i.id === FW)!.state).toBe('unbenchmarked');
  });

  it('a verification made under 2017.3 reads as changed for both (the inputs and the measure changed)', () => {
    const doc = open(made3());
    for (const id of [TTI, FW]) expect(definitionChanged(doc.catalogueReview, id), id).toEqual({ from: '2017.3', to: '2017.4' });
    expect(definitionChanged(doc.catalogueReview, 'EC: ICT: ICT: 1C|')).toBeNull();
  });
});
