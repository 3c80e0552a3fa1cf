/**
 * The words of every wheel segment (tooltip, live announcement, hidden data table), ring by ring in
 * dataset order. Plain functions over the layout and the scores; the component memoises them.
 */
import type { DecimalStyle } from '../../engine/parse';
import { aggBandText, datapointCode, datapointName, fmtCoverage, fmtPercent, fmtPoints, fmtQuantity, fmtTarget, itemBandText } from './format';
import { R } from '../strings/results';
import { RING_DATAPOINTS, type LocalWheelGroup, type ScoreIndex, type WheelLayout } from './wheel-model';
import { groupName } from '../strings/kpi-names';

export interface Segment {
  ring: string;
  code: string;
  name: string;
  value: string;
  target: string;
  points: string;
  band: string;
  status: string;
}

/** Tooltip and table text of every segment, ring by ring in dataset order. */
export function wheelSegments(layout: WheelLayout, index: ScoreIndex, decimal: DecimalStyle, local?: LocalWheelGroup | null): Segment[][] {
  const localIds = new Set(local?.datapoints.map((d) => d.id));
  const dps = layout.datapoints.map((ref): Segment => {
    const item = index.item(ref.id);
    return {
      ring: R.ringDatapoint,
      code: datapointCode(ref),
      name: localIds.has(ref.id) ? `${datapointName(ref)} (${local!.mark})` : datapointName(ref),
      value: item ? fmtQuantity(item.value, ref, decimal) : R.dash,
      target: item ? fmtTarget(item, ref, decimal) : R.dash,
      points: item ? fmtPoints(item) : R.dash,
      band: item ? itemBandText(item) : R.noScore,
      status: item ? R.stateText[item.state] : R.dash,
    };
  });
  const agg = (ring: string, code: string, name: string): Segment => {
    const a = index.aggregate(code);
    return {
      ring,
      code,
      name,
      value: a ? fmtPercent(a.percent, decimal) : R.dash,
      target: '',
      points: a && a.maxPoints > 0 ? R.pointsOf(a.points, a.maxPoints) : R.dash,
      band: a ? aggBandText(a) : R.noScore,
      status: a ? fmtCoverage(a) : R.dash,
    };
  };
  // A local group's category is its own sub-dimension (wheel-model.ts): its name is said once.
  const cats = layout.categories.map((c) =>
    agg(R.ringCategory, c.group.code, c.subdimension === c.group ? groupName(c.group) : `${groupName(c.group)} (${groupName(c.subdimension)})`),
  );
  const dims = layout.dimensions.map((d) => agg(R.ringDimension, d.group.code, groupName(d.group)));
  return [dps, cats, dims];
}

/** The lines of a segment's tooltip (and of its live announcement). */
export function tooltipLines(s: Segment, ring: number): string[] {
  if (ring === RING_DATAPOINTS) {
    return [R.tipCode(s.code), R.tipValue(s.value), R.tipTarget(s.target), R.tipPoints(s.points), R.tipBand(s.band), R.tipStatus(s.status)];
  }
  return [R.tipCode(s.code), R.tipScore(s.value), R.tipBand(s.band), R.tipPoints(s.points), R.tipCoverage(s.status)];
}
