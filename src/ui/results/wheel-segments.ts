/**
 * The words of every wheel segment (tooltip, live announcement, hidden data table), ring by ring in
 * dataset order. Plain functions over the layout and the scores; the component memoises them.
 */
import type { DecimalStyle } from '../../engine/parse';
import { aggBandText, datapointCode, datapointName, fmtCoverage, fmtPercent, fmtPoints, fmtQuantity, fmtTarget, itemBandText } from './format';
import { resultWords } from '../strings/results';
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
      ring: resultWords.ringDatapoint,
      code: datapointCode(ref),
      name: localIds.has(ref.id) ? `${datapointName(ref)} (${local!.mark})` : datapointName(ref),
      value: item ? fmtQuantity(item.value, ref, decimal) : resultWords.dash,
      target: item ? fmtTarget(item, ref, decimal) : resultWords.dash,
      points: item ? fmtPoints(item) : resultWords.dash,
      band: item ? itemBandText(item) : resultWords.noScore,
      status: item ? resultWords.stateText[item.state] : resultWords.dash,
    };
  });
  const agg = (ring: string, code: string, name: string): Segment => {
    const a = index.aggregate(code);
    return {
      ring,
      code,
      name,
      value: a ? fmtPercent(a.percent, decimal) : resultWords.dash,
      target: '',
      points: a && a.maxPoints > 0 ? resultWords.pointsOf(a.points, a.maxPoints) : resultWords.dash,
      band: a ? aggBandText(a) : resultWords.noScore,
      status: a ? fmtCoverage(a) : resultWords.dash,
    };
  };
  // A local group's category is its own sub-dimension (wheel-model.ts): its name is said once.
  const cats = layout.categories.map((c) =>
    agg(resultWords.ringCategory, c.group.code, c.subdimension === c.group ? groupName(c.group) : `${groupName(c.group)} (${groupName(c.subdimension)})`),
  );
  const dims = layout.dimensions.map((d) => agg(resultWords.ringDimension, d.group.code, groupName(d.group)));
  return [dps, cats, dims];
}

/** The lines of a segment's tooltip (and of its live announcement). */
export function tooltipLines(s: Segment, ring: number): string[] {
  if (ring === RING_DATAPOINTS) {
    return [
      resultWords.tipCode(s.code),
      resultWords.tipValue(s.value),
      resultWords.tipTarget(s.target),
      resultWords.tipPoints(s.points),
      resultWords.tipBand(s.band),
      resultWords.tipStatus(s.status),
    ];
  }
  return [
    resultWords.tipCode(s.code),
    resultWords.tipScore(s.value),
    resultWords.tipBand(s.band),
    resultWords.tipPoints(s.points),
    resultWords.tipCoverage(s.status),
  ];
}
