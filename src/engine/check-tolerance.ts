/**
 * How far past its bound a value must be for a plausibility check to warn: floating-point noise (a sum
 * of shares of 100.0000000001, a part of 1e-310 against a whole of 0) is not a finding. The engine's
 * checks (evaluator.ts) and the validation rules (rules.ts) compare with this same tolerance, so a
 * check and the rule made from it always agree.
 */
export const CHECK_TOLERANCE = 1e-9;
