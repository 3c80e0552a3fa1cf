/** Median and 95th percentile of a set of timings (ms). */
export interface Stat {
  median: number;
  p95: number;
  runs: number;
}

/** Median: the middle sample, or the mean of the middle two; p95: nearest rank (the largest below 20 runs). */
export function stat(samples: number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return { median: NaN, p95: NaN, runs: 0 };
  const median = n % 2 === 1 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  const p95 = s[Math.min(n - 1, Math.ceil(0.95 * n) - 1)];
  return { median, p95, runs: n };
}
