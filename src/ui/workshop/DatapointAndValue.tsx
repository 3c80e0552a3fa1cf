import type { JSX } from 'solid-js';
import { u4ssc } from '../../engine/frameworks/u4ssc';
import { ItemPicker } from '../picker/ItemPicker';
import { pickItems } from '../picker/items';

/** A data point picked from the catalogue and a value typed for it: the wrong value a trainer plants, a change an answer proposes. */
export function DatapointAndValue(props: {
  ids: { value: string };
  labels: { datapoint: string; value: string };
  datapoint: string;
  onDatapoint: (id: string) => void;
  value: string;
  onValue: (text: string) => void;
  invalid?: boolean;
}): JSX.Element {
  return (
    <>
      <div class="field">
        {/* Found by a fragment of its name or its code (issue #24); text that names none keeps the last one picked, and the picker says so. */}
        <ItemPicker
          label={props.labels.datapoint}
          items={() => pickItems(u4ssc, 'datapoint')}
          picked={props.datapoint}
          onPick={(id) => id !== null && props.onDatapoint(id)}
        />
      </div>
      <div class="field">
        <label for={props.ids.value}>{props.labels.value}</label>
        <input
          id={props.ids.value}
          inputmode="decimal"
          autocomplete="off"
          value={props.value}
          aria-invalid={props.invalid}
          onInput={(e) => props.onValue(e.currentTarget.value)}
        />
      </div>
    </>
  );
}
