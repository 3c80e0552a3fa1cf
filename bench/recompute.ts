/**
 * Full recompute before and after issue #14, in one run on one machine: the evaluator as it was
 * (bench/evaluator-before.ts, frozen at commit 7c696b2) against src/engine/evaluator.ts, on the same
 * seeded workspaces of 1 000 and 10 000 assessments. Runs alternate between the two (before, after,
 * before, ...) so a change in the machine's load falls on both. Before timing, every assessment's
 * scores are checked to be identical (deep equality of items and aggregates; not of the flags, which
 * are English text in the frozen evaluator and typed problems in the engine).
 *
 * Two forms of the same inputs: as the worker and IndexedDB hand them over (a structured clone: entries
 * of one shape share V8's hidden class, 5 classes for 112 000 entries), which is what the app scores;
 * and as bench/workspace.ts builds them with object spreads (about one hidden class per entry, so every
 * read of an entry's field misses V8's caches), which is what the engine table above uses.
 *
 *   npm run bench -- --only recompute [--quick]
 */
import { isDeepStrictEqual } from 'node:util';
import { Evaluator } from '../src/engine/evaluator';
import type { Framework } from '../src/engine/framework';
import type { TargetSet } from '../src/engine/targets';
import type { AssessmentInput } from '../src/engine/types';
import { Evaluator as EvaluatorBefore } from './evaluator-before';
import { stat, type Stat } from './stat';
import { workspace } from './workspace';

export interface RecomputeRow {
  assessments: number;
  inputs: 'structured clone' | 'as generated';
  before: Stat;
  after: Stat;
  /** before median ÷ after median. */
  speedup: number;
  /** The same from this process's CPU time (user + system), less sensitive to other work on the machine. */
  beforeCpu: Stat;
  afterCpu: Stat;
  cpuSpeedup: number;
  /** Per data point, after (µs). */
  perDatapointMicros: number;
  /** Assessments whose scores were compared (all of them) and the first difference found, if any. */
  checked: number;
  problem?: string;
}

const now = () => performance.now();
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Scores without the items' flags: the frozen evaluator's flags are English text, the engine's are
 * typed problems (and it has checks the old one had not), so only values, targets, achievements,
 * points, bands, states and aggregates are compared.
 */
function withoutFlags(scores: { items: { flags: unknown }[] }): unknown {
  return { ...scores, items: scores.items.map(({ flags: _flags, ...rest }) => rest) };
}

/** Wall and CPU milliseconds of one full recompute of every input. */
function fullRecompute(make: (input: AssessmentInput) => { scores(): unknown }, inputs: AssessmentInput[]): [number, number] {
  const c0 = cpu();
  const t0 = now();
  for (const input of inputs) make(input).scores();
  return [now() - t0, cpu() - c0];
}

export function recomputeBench(fw: Framework, targets: TargetSet, sizes: number[], quick: boolean): RecomputeRow[] {
  const rows: RecomputeRow[] = [];
  const before = (input: AssessmentInput) => new EvaluatorBefore(fw, targets, input);
  const after = (input: AssessmentInput) => new Evaluator(fw, targets, input);
  for (const n of sizes)
    for (const form of ['structured clone', 'as generated'] as const) {
      const generated = workspace(fw, n);
      const inputs = form === 'structured clone' ? structuredClone(generated) : generated;
      let problem: string | undefined;
      for (const [i, input] of inputs.entries()) {
        if (!isDeepStrictEqual(withoutFlags(before(input).scores()), withoutFlags(after(input).scores()))) {
          problem = `assessment ${i}: scores differ between the evaluators`;
          break;
        }
      }
      const runs = n >= 10_000 ? (quick ? 1 : 3) : quick ? 3 : 7;
      // One warm-up run of each, then alternate.
      fullRecompute(before, inputs);
      fullRecompute(after, inputs);
      const tb: number[] = [];
      const ta: number[] = [];
      const cb: number[] = [];
      const ca: number[] = [];
      for (let r = 0; r < runs; r++) {
        const [wb, xb] = fullRecompute(before, inputs);
        const [wa, xa] = fullRecompute(after, inputs);
        tb.push(wb);
        cb.push(xb);
        ta.push(wa);
        ca.push(xa);
      }
      const b = stat(tb);
      const a = stat(ta);
      const beforeCpu = stat(cb);
      const afterCpu = stat(ca);
      rows.push({
        assessments: n,
        inputs: form,
        before: b,
        after: a,
        speedup: b.median / a.median,
        beforeCpu,
        afterCpu,
        cpuSpeedup: beforeCpu.median / afterCpu.median,
        perDatapointMicros: (a.median * 1000) / (n * fw.datapoints.length),
        checked: inputs.length,
        problem,
      });
    }
  return rows;
}
