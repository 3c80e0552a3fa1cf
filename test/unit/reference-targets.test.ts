import { describe, expect, it } from 'vitest';
import targetsJson from '../../src/engine/frameworks/u4ssc/reference-targets.json';
import catalogueJson from '../../src/engine/frameworks/u4ssc/catalogue.json';
import type { FrameworkData, TargetSetData } from '../../src/engine/types';

/**
 * The shipped reference target set is illustrative: every target carries a rationale and a public
 * source, empty targets say why, and nothing in it claims to be the official U4SSC benchmarks.
 */
const set = targetsJson as unknown as TargetSetData;
const catalogue = catalogueJson as unknown as FrameworkData;

const pair = (code: string, datapoint: string) => `${code}|${datapoint}`;
const NULL_PREFIX = 'No public basis for a single benchmark: ';

/** Data points the catalogue scores as yes/no, read from the catalogue itself. */
const yesnoPairs = new Set(catalogue.kpis.flatMap((k) => k.datapoints.filter((d) => d.direction === 'yesno').map((d) => pair(k.code, d.key))));

/** True if the text claims to hold the official benchmarks; negations ("not the official ...") are allowed. */
function claimsOfficial(text: string): boolean {
  const withoutNegations = text.replace(/\bnot\s+(the\s+|an?\s+)?official\b/gi, '');
  return /\bofficial\b[^.;]*\b(benchmark|target)s?\b/i.test(withoutNegations);
}

/** Opens with the workbench's own judgement (after an optional direction sentence). */
const JUDGEMENT_WORDS = /^(Lower is better\. )?Workbench judgement/;
/** Says anywhere that the number, or its use here, is the workbench's judgement. */
const JUDGEMENT_ANYWHERE = /\bworkbench(?:'s)? judgement\b/i;

/**
 * Why a target's basis and its own texts disagree, or null: a number is `public` only when no text of
 * it says it is the workbench's judgement, and `judgement` says so at the head of its source (#28).
 */
function basisDisagreement(t: Pick<TargetSetData['targets'][number], 'target' | 'rationale' | 'source' | 'basis'>): string | null {
  if (t.target === null) return null;
  if (t.basis === 'public' && JUDGEMENT_WORDS.test(t.source)) return 'source says judgement, basis public';
  if (t.basis === 'public' && JUDGEMENT_WORDS.test(t.rationale)) return 'rationale says judgement, basis public';
  // A published number applied where its publisher did not set it (a global land share to one city) is
  // judgement too, and a rationale that says so anywhere may not sit under basis public.
  if (t.basis === 'public' && (JUDGEMENT_ANYWHERE.test(t.source) || JUDGEMENT_ANYWHERE.test(t.rationale))) return 'a text says judgement, basis public';
  if (t.basis === 'judgement' && !t.source.startsWith('Workbench judgement')) return 'basis judgement, source does not say so';
  if (t.basis !== 'public' && t.basis !== 'judgement') return 'no basis';
  return null;
}

describe('reference target set: header', () => {
  it('is a version-1 target file for the U4SSC framework, marked illustrative', () => {
    expect(set.format).toBe('ssc-workbench/targets');
    expect(set.version).toBe(1);
    expect(set.illustrative).toBe(true);
    expect(set.frameworkId).toBe('u4ssc-kpi');
    expect(set.id).toBe('u4ssc-reference-illustrative');
  });
  it('says in its name and statement that it is not the official benchmark set', () => {
    expect(set.name).toMatch(/illustrative/i);
    expect(set.name).toMatch(/not the official/i);
    expect(set.statement).toMatch(/not the official/i);
    expect(set.statement).toMatch(/not public/i);
  });
});

describe('reference target set: entries', () => {
  it('has one entry per data point: 112, no duplicate (code, datapoint)', () => {
    expect(set.targets).toHaveLength(112);
    const keys = set.targets.map((t) => pair(t.code, t.datapoint));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    expect(new Set(set.targets.map((t) => t.code)).size).toBe(91);
  });

  it('gives every entry a non-empty rationale and source', () => {
    const missing = set.targets.filter(
      (t) => typeof t.rationale !== 'string' || t.rationale.trim().length < 20 || typeof t.source !== 'string' || t.source.trim() === '',
    );
    expect(missing.map((t) => pair(t.code, t.datapoint))).toEqual([]);
  });

  it('explains every empty target', () => {
    const unexplained = set.targets.filter((t) => t.target === null && !(t.rationale.startsWith(NULL_PREFIX) && t.rationale.length > NULL_PREFIX.length + 40));
    expect(unexplained.map((t) => pair(t.code, t.datapoint))).toEqual([]);
    // ...and only empty targets use the "no public basis" wording.
    const contradictory = set.targets.filter((t) => t.target !== null && t.rationale.startsWith('No public basis'));
    expect(contradictory.map((t) => pair(t.code, t.datapoint))).toEqual([]);
  });

  it("says its basis in its own words: a target whose source or rationale opens with the workbench's judgement is basis judgement, and only those (#28)", () => {
    const disagree = set.targets.filter((t) => basisDisagreement(t) !== null);
    expect(disagree.map((t) => `${pair(t.code, t.datapoint)}: ${basisDisagreement(t)}`)).toEqual([]);
    // The check itself catches both directions, and leaves an empty target alone.
    const t = { code: 'X', datapoint: '', target: 6, rationale: 'A rationale long enough to read.' };
    expect(basisDisagreement({ ...t, source: 'Workbench judgement; OECD statistics', basis: 'public' })).toBe('source says judgement, basis public');
    expect(basisDisagreement({ ...t, rationale: 'Lower is better. Workbench judgement: ...', source: 'OECD', basis: 'public' })).toBe(
      'rationale says judgement, basis public',
    );
    expect(basisDisagreement({ ...t, source: 'WHO 2021 guideline', basis: 'judgement' })).toBe('basis judgement, source does not say so');
    expect(basisDisagreement({ ...t, rationale: 'A global target. Applying it to the city is workbench judgement.', source: 'GBF', basis: 'public' })).toBe(
      'a text says judgement, basis public',
    );
    expect(basisDisagreement({ ...t, source: 'WHO 2021 guideline', basis: 'public' })).toBeNull();
    expect(basisDisagreement({ ...t, target: null, source: 'Karmøy 2020 p14' })).toBeNull();
  });

  it('never claims to be the official U4SSC benchmarks', () => {
    const texts = [set.name, set.statement, ...set.targets.flatMap((t) => [t.rationale, t.source])];
    expect(texts.filter(claimsOfficial)).toEqual([]);
    // The check itself: a claim is caught, a negation is not.
    expect(claimsOfficial('This is the official U4SSC benchmark.')).toBe(true);
    expect(claimsOfficial('These are not the official U4SSC benchmarks.')).toBe(false);
  });

  it('gives numeric targets that are finite and >= 0, or null', () => {
    const bad = set.targets.filter((t) => t.target !== null && !(typeof t.target === 'number' && Number.isFinite(t.target) && t.target >= 0));
    expect(bad.map((t) => pair(t.code, t.datapoint))).toEqual([]);
  });

  it('sets yes/no targets to 1 (yes)', () => {
    const yesno = set.targets.filter((t) => yesnoPairs.has(pair(t.code, t.datapoint)));
    expect(yesno.length).toBe(6);
    expect(yesno.filter((t) => t.target !== 1).map((t) => pair(t.code, t.datapoint))).toEqual([]);
  });

  it('keeps percentages within 0–100 and targets for higher/band data points above 0', () => {
    const dp = new Map(catalogue.kpis.flatMap((k) => k.datapoints.map((d) => [pair(k.code, d.key), d] as const)));
    const bad = set.targets.filter((t) => {
      const d = dp.get(pair(t.code, t.datapoint));
      if (!d || t.target === null) return false;
      if ((d.direction === 'higher' || d.direction === 'band') && !(t.target > 0)) return true;
      if (d.max !== undefined && t.target > d.max) return true;
      return d.min !== undefined && t.target < d.min;
    });
    expect(bad.map((t) => pair(t.code, t.datapoint))).toEqual([]);
  });

  it('uses a target of 0 only where zero is the stated intent', () => {
    const zeros = set.targets.filter((t) => t.target === 0);
    expect(zeros.filter((t) => !/target 0 is intended/i.test(t.rationale)).map((t) => pair(t.code, t.datapoint))).toEqual([]);
  });

  it('pins a few targets with a clear public basis', () => {
    const get = (code: string, datapoint = '') => set.targets.find((t) => t.code === code && t.datapoint === datapoint)?.target;
    expect(get('EN: EN: AQ: 1C', 'PM2.5')).toBe(5);
    expect(get('EN: EN: AQ: 1C', 'PM10')).toBe(15);
    expect(get('EN: EN: AQ: 1C', 'NO2')).toBe(10);
    // Annual means (VM22-p95): EU's annual SO2 level; no public annual-mean benchmark for ozone.
    expect(get('EN: EN: AQ: 1C', 'SO2')).toBe(20);
    expect(get('EN: EN: AQ: 1C', 'O3')).toBeNull();
    expect(get('EN: EN: WA: 1C', 'Landfill')).toBe(10);
    expect(get('EC: I: WS: 1C')).toBe(100);
    expect(get('SC: EH: H: 2C')).toBe(70);
    expect(get('SC: SH: SI: 1C')).toBe(1);
    expect(get('EC: ICT: ICT: 5A')).toBeNull();
  });
});

describe('reference target set matches the catalogue', () => {
  const catalogueKeys = catalogue.kpis.flatMap((k) => k.datapoints.map((d) => pair(k.code, d.key)));
  const targetKeys = set.targets.map((t) => pair(t.code, t.datapoint));

  it('names only catalogue data points', () => {
    const known = new Set(catalogueKeys);
    expect(targetKeys.filter((k) => !known.has(k))).toEqual([]);
  });
  it('covers every catalogue data point', () => {
    const covered = new Set(targetKeys);
    expect(catalogueKeys.filter((k) => !covered.has(k))).toEqual([]);
  });
  it('is for the catalogue it ships with', () => {
    expect(set.frameworkId).toBe(catalogue.id);
  });
});
