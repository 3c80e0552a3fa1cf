/**
 * How many generated cases a property test runs. The counts written in the tests are CI's (`CI` is set
 * there): thorough, on a machine with nothing else to do. Locally a tenth runs (at least 20), so that a
 * developer's run on a busy machine stays short; `FUZZ_SCALE` sets the share either way
 * (`FUZZ_SCALE=1 npx vitest run test/unit/fuzz.test.ts` runs CI's counts, `FUZZ_SCALE=10` ten times them).
 */
const scale = process.env.FUZZ_SCALE !== undefined ? Number(process.env.FUZZ_SCALE) : process.env.CI ? 1 : 0.1;

export function fuzzRuns(ciRuns: number): number {
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`FUZZ_SCALE must be a positive number, not ${process.env.FUZZ_SCALE}`);
  return Math.max(20, Math.round(ciRuns * scale));
}
