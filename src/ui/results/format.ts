import type { DatapointRef } from '../../engine/framework';
import type { DecimalStyle } from '../../engine/parse';
import type { AggregateResult, ItemResult } from '../../engine/types';
import { formatNumber, formatPercent } from '../format';
import { bandName } from './palette';
import { resultWords } from '../strings/results';
import { OWN_TARGET_MARK, timeWords } from '../strings/time';
import { datapointUnit, kpiName } from '../strings/kpi-names';

/** A number for display (the app's one formatter, `../format`), or a dash. */
export const fmtNumber = (n: number | null | undefined, decimal: DecimalStyle = 'point', maxFraction = 2): string =>
  formatNumber(n, decimal, maxFraction) || resultWords.dash;

/** A percentage for display (never rounded up across a band threshold), or a dash. */
export const fmtPercent = (p: number | null | undefined, decimal: DecimalStyle = 'point'): string => formatPercent(p, decimal) || resultWords.dash;

/** A data point's value (or target) with its unit: `91.5 %`, `yes`, `19 µg/m³ (annual mean)`. */
export function fmtQuantity(v: number | null, ref: DatapointRef, decimal: DecimalStyle = 'point'): string {
  if (v === null || !Number.isFinite(v)) return resultWords.dash;
  if (ref.def.direction === 'yesno' || ref.def.formula.kind === 'yesno') return v >= 1 ? resultWords.yes : resultWords.no;
  const unit = datapointUnit(ref);
  const n = fmtNumber(v, decimal);
  if (!unit || unit === 'number') return n;
  return unit === '%' ? resultWords.percent(n) : `${n} ${unit}`;
}

/** `Wireless Broadband Coverage (3G)`; the KPI name alone for single-point KPIs. */
export const datapointName = (ref: DatapointRef): string => (ref.def.key ? `${kpiName(ref.kpi)} (${ref.def.key})` : kpiName(ref.kpi));

/** `EC: ICT: ICT: 4C 3G`. */
export const datapointCode = (ref: DatapointRef): string => (ref.def.key ? `${ref.kpi.code} ${ref.def.key}` : ref.kpi.code);

export const statusText = (item: ItemResult): string => resultWords.stateText[item.state];

/** Band label for a table cell: `66–95 % of target`, or the reason there is no score. */
export const itemBandText = (item: ItemResult): string => (item.band ? bandName(item.band) : `${resultWords.noScore}: ${statusText(item).toLowerCase()}`);

export const aggBandText = (a: AggregateResult): string => (a.band ? bandName(a.band) : resultWords.noScore);

export function fmtTarget(item: ItemResult, ref: DatapointRef, decimal: DecimalStyle = 'point'): string {
  if (item.target === null) return resultWords.noTarget;
  const t = fmtQuantity(item.target, ref, decimal);
  if (item.targetOrigin === 'own') return `${OWN_TARGET_MARK} ${t} (${timeWords.scoring.ownShort})`;
  return item.targetOrigin === 'override' ? `${t} (${resultWords.targetOverride})` : t;
}

export const fmtPoints = (item: ItemResult): string => (item.points === null ? resultWords.dash : String(item.points));

export const fmtCoverage = (a: AggregateResult): string => resultWords.coverageShort(a.reported, a.benchmarked, a.expected);

export const prefersReducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
