/**
 * "Fill from a JSON-stat table", in the profile panel (a profile field) and in a data point's side panel
 * (its value, numerator or denominator): the user picks a file, the area and period and every other
 * dimension of several categories, and the place to fill; the figure and where it came from
 * (engine/provenance.ts) go out through `onFill`, stored like typing it. A frozen assessment refuses the
 * fill here with its reason (the session refuses it too). Reading and picking are src/engine/jsonstat.ts;
 * this only renders and dispatches.
 */
import { For, Show, createMemo, createSignal, type JSX } from 'solid-js';
import { pickJsonStat, readJsonStat } from '../engine/jsonstat';
import type { DecimalStyle } from '../engine/parse';
import { tableSource, type ProvenancePlace, type TableSource } from '../engine/provenance';
import { formatNumber } from './format';
import { jsonstat, jsonStatProblemText } from './strings/jsonstat';

/** A place the table can fill, with its name on screen. */
export interface FillPlace {
  place: ProvenancePlace;
  label: string;
}

export function JsonStatFill(props: {
  places: FillPlace[];
  decimal: DecimalStyle;
  /** Tells the ids of two of these on one page apart (`profile`, `datapoint`). */
  idPrefix: string;
  /** The label of the place picker (a profile field, or a data point's input). */
  placeLabel: string;
  frozen: boolean;
  onFill: (place: ProvenancePlace, value: number, source: TableSource) => void;
}): JSX.Element {
  const w = jsonstat;
  const [file, setFile] = createSignal<{ name: string; text: string } | null>(null);
  const [names, setNames] = createSignal<{ areaDimension?: string; timeDimension?: string }>({});
  const [choice, setChoice] = createSignal<Record<string, string>>({});
  const [field, setField] = createSignal(0);
  const id = (name: string) => `${props.idPrefix}-jsonstat-${name}`;
  const [message, setMessage] = createSignal<{ error: boolean; text: string } | null>(null);
  const [open, setOpen] = createSignal(false);

  const read = createMemo(() => {
    const f = file();
    return f ? readJsonStat(f.text, names()) : null;
  });
  const dims = () => {
    const r = read();
    return r?.ok ? r.value.dimensions.filter((d) => d.categories.length > 1) : [];
  };
  /** The dimension picker a missing role asks for, with every dimension of the file. */
  const roleAsked = () => {
    const r = read();
    return r && !r.ok && (r.problem.kind === 'no-area-dimension' || r.problem.kind === 'no-time-dimension') ? r.problem : null;
  };

  const onFile = async (input: HTMLInputElement) => {
    const f = input.files?.[0];
    setMessage(null);
    setNames({});
    setChoice({});
    setFile(f ? { name: f.name, text: await f.text() } : null);
  };

  const fill = () => {
    const r = read();
    if (!r?.ok) return;
    const ds = r.value;
    const c = choice();
    const others = Object.fromEntries(Object.entries(c).filter(([d]) => d !== ds.area && d !== ds.time));
    // An area or period of one category (a table of one year) is not shown to choose: it is that one.
    const only = (dim: string) => {
      const cats = ds.dimensions.find((d) => d.id === dim)?.categories ?? [];
      return cats.length === 1 ? cats[0]!.id : '';
    };
    const picked = pickJsonStat(ds, { area: c[ds.area] || only(ds.area), period: c[ds.time] || only(ds.time), others });
    // An area or period left unchosen is "choose", not "not found": the empty text is never a category.
    if (!picked.ok) {
      const dim = ds.dimensions.find((d) => (d.id === ds.area || d.id === ds.time) && d.categories.length > 1 && !c[d.id]);
      const problem = dim
        ? { kind: 'choose' as const, dimension: dim.id, label: dim.label, categories: dim.categories.slice(0, 10).map((x) => x.id) }
        : picked.problem;
      setMessage({ error: true, text: jsonStatProblemText(problem) });
      return;
    }
    const target = props.places[field()] ?? props.places[0];
    if (!target) return;
    if (props.frozen) {
      setMessage({ error: true, text: w.frozen });
      return;
    }
    // The retrieval date is the day the user read the file here, in their own calendar.
    const now = new Date();
    const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const source = tableSource(ds, picked.value, file()!.name, day);
    props.onFill(target.place, picked.value.value, source);
    setMessage({
      error: false,
      text: w.filled({
        field: target.label,
        value: formatNumber(picked.value.value, props.decimal),
        source: source.table ? `${source.source}, ${source.table}` : source.source,
        retrieved: source.retrieved,
      }),
    });
  };

  return (
    <details class="jsonstat-fill" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{w.title}</summary>
      {/* Rendered only while open: a closed panel adds no file input to the page (the import panel's is the one). */}
      <Show when={open()}>
        <p class="hint">{w.help}</p>
        <div class="field">
          <label for={id('file')}>{w.file}</label>
          <input id={id('file')} type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget)} />
        </div>
        <Show when={roleAsked()}>
          {(p) => (
            <div class="field">
              <label for={id('role')}>{p().kind === 'no-area-dimension' ? w.areaDimension : w.timeDimension}</label>
              <select
                id={id('role')}
                onChange={(e) =>
                  setNames({ ...names(), [p().kind === 'no-area-dimension' ? 'areaDimension' : 'timeDimension']: e.currentTarget.value || undefined })
                }
              >
                <option value="">{w.choose}</option>
                <For each={p().dimensions}>{(d) => <option value={d}>{d}</option>}</For>
              </select>
            </div>
          )}
        </Show>
        <Show when={read() && !read()!.ok && !roleAsked() ? read() : null}>
          {(r) => (
            <p class="field-error" role="alert">
              {!r().ok ? jsonStatProblemText((r() as Extract<ReturnType<typeof readJsonStat>, { ok: false }>).problem) : ''}
            </p>
          )}
        </Show>
        <Show when={read()?.ok}>
          <For each={dims()}>
            {(d) => (
              <div class="field">
                <label for={id(`dim-${d.id}`)}>{d.label}</label>
                <select id={id(`dim-${d.id}`)} onChange={(e) => setChoice({ ...choice(), [d.id]: e.currentTarget.value })}>
                  <option value="">{w.choose}</option>
                  <For each={d.categories}>{(c) => <option value={c.id}>{c.label === c.id ? c.id : `${c.label} (${c.id})`}</option>}</For>
                </select>
              </div>
            )}
          </For>
          <div class="field">
            <label for={id('field')}>{props.placeLabel}</label>
            <select id={id('field')} value={String(field())} onChange={(e) => setField(Number(e.currentTarget.value))}>
              <For each={props.places}>{(f, i) => <option value={String(i())}>{f.label}</option>}</For>
            </select>
          </div>
          <button type="button" onClick={fill}>
            {w.fill}
          </button>
        </Show>
        <Show when={message()}>
          {(m) => (
            <p class={m().error ? 'field-error' : 'hint'} role={m().error ? 'alert' : 'status'}>
              {m().text}
            </p>
          )}
        </Show>
      </Show>
    </details>
  );
}
