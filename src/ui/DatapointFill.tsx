/**
 * "Fill from a JSON-stat table" in a data point's side panel (#29 item 4, "and any input"): its
 * numerator, its denominator (or the profile field a ratio divides by) or its reported value, from a
 * statistics office's table. The picking is JsonStatFill's; this only names the places.
 */
import { Show, type JSX } from 'solid-js';
import type { Explanation } from '../engine/explain';
import { u4ssc } from '../engine/frameworks/u4ssc';
import type { DecimalStyle } from '../engine/parse';
import type { ProvenancePlace, TableSource } from '../engine/provenance';
import { JsonStatFill, type FillPlace } from './JsonStatFill';
import { shellWords } from './strings';
import { jsonstat } from './strings/jsonstat';

/** The inputs of a data point a table can fill: numbers only (a yes/no answer is not a statistic). */
export function fillPlaces(x: Explanation): FillPlace[] {
  if (x.formulaKind === 'yesno') return [];
  const w = jsonstat;
  const f = u4ssc.byId.get(x.id)?.def.formula;
  const out: FillPlace[] = [];
  for (const i of x.inputs) {
    if (i.role === 'reported') out.push({ place: { id: x.id, field: 'value' }, label: w.inputs.value });
    else if (i.role === 'denominator' && i.fromProfile && f?.kind === 'ratio' && 'profile' in f.denominator)
      out.push({ place: { profile: f.denominator.profile }, label: `${shellWords.profileTitle} · ${i.name ?? f.denominator.profile}` });
    else out.push({ place: { id: x.id, field: i.role }, label: i.name ? `${w.inputs[i.role]} · ${i.name}` : w.inputs[i.role] });
  }
  return out;
}

export function DatapointFill(props: {
  explanation: Explanation;
  decimal: DecimalStyle;
  frozen: boolean;
  onFill: (place: ProvenancePlace, value: number, source: TableSource) => void;
}): JSX.Element {
  const places = () => fillPlaces(props.explanation);
  return (
    <Show when={places().length > 0}>
      <JsonStatFill places={places()} decimal={props.decimal} idPrefix="datapoint" placeLabel={jsonstat.input} frozen={props.frozen} onFill={props.onFill} />
    </Show>
  );
}
