/**
 * The sensitivity Monte Carlo (issue #15): 10 000 draws on one assessment (the demo city, targets ±10 %,
 * all three methods) must take under 1 s. Timed in this process, as the worker runs the same engine code;
 * the first run (JIT warm-up) is reported apart.
 *
 *   npm run bench -- --only sensitivity [--quick]
 */
import { referenceTargets, u4ssc } from '../src/engine/frameworks/u4ssc';
import { demoInput } from '../src/engine/frameworks/u4ssc/demo';
import { sensitivity } from '../src/engine/sensitivity';
import { score } from '../src/engine/evaluator';
import { stat, type Stat } from './stat';

export const SENSITIVITY_DRAWS = 10_000;
export const SENSITIVITY_BUDGET_MS = 1000;

export interface SensitivityBench {
  draws: number;
  first: number;
  steady: Stat;
  /** One full recompute of the same assessment, for scale (10 000 of them is what a naive run costs). */
  fullScore: Stat;
}

export function sensitivityBench(quick: boolean): SensitivityBench {
  const input = demoInput(u4ssc);
  const options = { spread: 0.1, methods: ['u4ssc-points', 'continuous', 'goalposts'] as const, draws: SENSITIVITY_DRAWS, seed: 1 };
  let t = performance.now();
  sensitivity(u4ssc, referenceTargets, input, options);
  const first = performance.now() - t;
  const runs: number[] = [];
  for (let i = 0; i < (quick ? 5 : 15); i++) {
    t = performance.now();
    sensitivity(u4ssc, referenceTargets, input, { ...options, seed: i + 2 });
    runs.push(performance.now() - t);
  }
  const full: number[] = [];
  for (let i = 0; i < 50; i++) {
    t = performance.now();
    score(u4ssc, referenceTargets, input);
    full.push(performance.now() - t);
  }
  return { draws: SENSITIVITY_DRAWS, first, steady: stat(runs), fullScore: stat(full) };
}

export function sensitivityLines(b: SensitivityBench): string[] {
  const f = (v: number) => `${v.toFixed(1)} ms`;
  return [
    `Monte Carlo, ${b.draws.toLocaleString('en')} draws (demo city, targets ±10 %, 3 methods): median ${f(b.steady.median)}, p95 ${f(b.steady.p95)} (${b.steady.runs} runs); first run ${f(b.first)}`,
    `one full recompute of the same assessment: median ${b.fullScore.median.toFixed(3)} ms (× ${b.draws.toLocaleString('en')} = ${f(b.fullScore.median * b.draws)})`,
    `budget (issue #15): ${b.draws.toLocaleString('en')} draws under ${SENSITIVITY_BUDGET_MS} ms: ${b.steady.p95 < SENSITIVITY_BUDGET_MS ? 'met' : 'MISSED'} (p95 ${f(b.steady.p95)})`,
  ];
}
