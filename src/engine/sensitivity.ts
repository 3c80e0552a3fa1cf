/**
 * Sensitivity of the bands to target uncertainty and to the choice of method: a seeded Monte Carlo.
 *
 * Each draw multiplies every benchmarked data point's target by (1 + u × spread), u uniform in
 * [−1, 1] independently per data point, and picks one method uniformly from those chosen; it then
 * scores every aggregate and counts, per aggregate, the draws whose band differs from the band of the
 * assessment as it stands (its own targets and method). The result is that count ÷ draws.
 *
 * The hot path is built once from one full `score`: only scored data points are affected by a target
 * (a not reported, not applicable, invalid or unbenchmarked one stays out whatever its target), so a
 * draw recomputes, for those only, `achievementOf` and `bandOf` against the drawn target, and adds
 * them into flat per-aggregate sums. No evaluator, object or string is built per draw.
 */
import { achievementValue } from './achievement';
import { bandOf } from './bands';
import { score } from './evaluator';
import type { Framework } from './framework';
import { goalpostScore, type MethodId } from './methods';
import type { TargetSet } from './targets';
import type { AggregateResult, AssessmentInput, Band, Direction, Scores } from './types';

export interface SensitivityOptions {
  /** Relative target uncertainty: 0.1 draws each target within ±10 %. */
  spread: number;
  /** Methods a draw chooses from (uniformly); at least one. */
  methods: readonly MethodId[];
  draws: number;
  seed: number;
}

export interface SensitivityRow {
  code: string;
  name: string;
  level: AggregateResult['level'];
  /** The band as the assessment stands, under its own method; null when nothing is scored. */
  baseBand: Band | null;
  /** Share of the draws so far whose band differs from `baseBand`. */
  pChange: number;
  /** Draws per resulting band (index 0: no score, 1–4: bands). */
  bandCounts: [number, number, number, number, number];
}

export interface SensitivityResult {
  draws: number;
  seed: number;
  rows: SensitivityRow[];
}

/** sfc32: a small, fast, well-tested 32-bit generator (PractRand-clean); floats in [0, 1). */
export function sfc32(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Mix the seed in before the first value is used.
  for (let i = 0; i < 15; i++) next();
  return next;
}

const aggregatesOf = (s: Scores): AggregateResult[] => [s.overall, ...s.dimensions, ...s.subdimensions, ...s.categories];

/**
 * A Monte Carlo run that advances in steps (`run(n)`), so that a caller (the worker) can report progress
 * and stop between steps. The same seed and options give the same result, however the steps are cut.
 */
export class SensitivityRun {
  readonly total: number;
  private done = 0;
  private readonly random: () => number;
  private readonly aggs: AggregateResult[];
  private readonly baseBands: (Band | null)[];
  private readonly counts: Uint32Array;
  private readonly changed: Uint32Array;
  // One entry per scored data point.
  private readonly value: Float64Array;
  private readonly target: Float64Array;
  private readonly refs: Framework['datapoints'];
  private readonly directions: Direction[];
  /** Aggregate indices of each scored data point: 4 per data point (overall, dimension, sub-dimension, category). */
  private readonly groups: Int32Array;
  private readonly methods: MethodId[];
  // Per-draw scratch sums.
  private readonly sumPoints: Float64Array;
  private readonly sumScore: Float64Array;
  private readonly n: Float64Array;

  constructor(
    fw: Framework,
    targets: TargetSet,
    input: AssessmentInput,
    private readonly options: SensitivityOptions,
  ) {
    if (options.methods.length === 0) throw new RangeError('Choose at least one method.');
    if (!(options.spread >= 0 && options.spread < 1)) throw new RangeError('The spread must be at least 0 and below 1 (100 %).');
    if (!(Number.isInteger(options.draws) && options.draws > 0)) throw new RangeError('The number of draws must be a whole number above 0.');
    this.total = options.draws;
    this.methods = [...options.methods];
    this.random = sfc32(options.seed);
    const base = score(fw, targets, input);
    this.aggs = aggregatesOf(base);
    this.baseBands = this.aggs.map((a) => a.band);
    const index = new Map(this.aggs.map((a, i) => [a.code, i]));
    const scored = fw.datapoints.filter((ref) => base.items[ref.index].state === 'scored');
    this.refs = scored;
    this.directions = scored.map((ref) => ref.def.direction);
    this.value = Float64Array.from(scored.map((ref) => base.items[ref.index].value!));
    this.target = Float64Array.from(scored.map((ref) => base.items[ref.index].target!));
    this.groups = Int32Array.from(scored.flatMap((ref) => ['overall', ref.path.dimension, ref.path.subdimension, ref.path.category].map((c) => index.get(c)!)));
    const k = this.aggs.length;
    this.counts = new Uint32Array(k * 5);
    this.changed = new Uint32Array(k);
    this.sumPoints = new Float64Array(k);
    this.sumScore = new Float64Array(k);
    this.n = new Float64Array(k);
  }

  get completed(): number {
    return this.done;
  }

  /** Runs up to `n` more draws; returns how many are done in all. */
  run(steps: number): number {
    const end = Math.min(this.total, this.done + steps);
    const { value, target, groups, refs, directions, sumPoints, sumScore, counts, changed, baseBands, random } = this;
    const n = this.n;
    const k = this.aggs.length;
    const spread = this.options.spread;
    for (; this.done < end; this.done++) {
      const method = this.methods[this.methods.length === 1 ? 0 : Math.floor(random() * this.methods.length)];
      sumPoints.fill(0);
      sumScore.fill(0);
      n.fill(0);
      for (let i = 0; i < refs.length; i++) {
        const t = spread === 0 ? target[i] : target[i] * (1 + (2 * random() - 1) * spread);
        const x = value[i];
        let s: number;
        let p = 0;
        if (method === 'goalposts') s = goalpostScore(refs[i], x, t);
        else {
          const a = achievementValue(directions[i], x, t);
          if (method === 'continuous') s = a < 1 ? a : 1;
          else {
            p = bandOf(a * 100);
            s = 0;
          }
        }
        for (let g = i * 4; g < i * 4 + 4; g++) {
          const j = groups[g];
          sumPoints[j] += p;
          sumScore[j] += s;
          n[j] += 1;
        }
      }
      for (let j = 0; j < k; j++) {
        let band = 0;
        if (n[j] > 0) {
          const percent = method === 'u4ssc-points' ? (sumPoints[j] / (4 * n[j])) * 100 : (sumScore[j] / n[j]) * 100;
          band = bandOf(percent);
        }
        counts[j * 5 + band]++;
        if (band !== (baseBands[j] ?? 0)) changed[j]++;
      }
    }
    return this.done;
  }

  result(): SensitivityResult {
    const d = Math.max(this.done, 1);
    return {
      draws: this.done,
      seed: this.options.seed,
      rows: this.aggs.map((a, j) => ({
        code: a.code,
        name: a.name,
        level: a.level,
        baseBand: this.baseBands[j],
        pChange: this.changed[j] / d,
        bandCounts: Array.from(this.counts.subarray(j * 5, j * 5 + 5)) as SensitivityRow['bandCounts'],
      })),
    };
  }
}

/** The whole run at once (tests, the bench, the command line). */
export function sensitivity(fw: Framework, targets: TargetSet, input: AssessmentInput, options: SensitivityOptions): SensitivityResult {
  const run = new SensitivityRun(fw, targets, input, options);
  run.run(options.draws);
  return run.result();
}
