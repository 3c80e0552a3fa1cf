/**
 * The profile panel's "fill from a JSON-stat table": the user picks a file, the area and period and
 * every other dimension of several categories, and a profile field; the figure goes through the same
 * `onChange` as typing it. Reading and picking are src/engine/jsonstat.ts; this only renders and dispatches.
 */
import { For, Show, createMemo, createSignal, type JSX } from 'solid-js';
import { jsonStatProvenance, pickJsonStat, readJsonStat, withJsonStatFigure } from '../engine/jsonstat';
import type { DecimalStyle } from '../engine/parse';
import type { NumInput, ProfileField } from '../engine/types';
import { formatNumber } from './format';
import { JSONSTAT_WORDS, jsonStatProblemText } from './strings/jsonstat';
import { currentLanguage } from './strings/language';

export function JsonStatFill(props: {
  fields: ProfileField[];
  profile: Record<string, NumInput>;
  decimal: DecimalStyle;
  onChange: (field: string, value: NumInput) => void;
}): JSX.Element {
  const lang = currentLanguage();
  const w = JSONSTAT_WORDS[lang];
  const [file, setFile] = createSignal<{ name: string; text: string } | null>(null);
  const [names, setNames] = createSignal<{ areaDimension?: string; timeDimension?: string }>({});
  const [choice, setChoice] = createSignal<Record<string, string>>({});
  const [field, setField] = createSignal(props.fields[0]?.id ?? '');
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
    const picked = pickJsonStat(ds, { area: c[ds.area] ?? '', period: c[ds.time] ?? '', others });
    // An area or period left unchosen is "choose", not "not found": the empty text is never a category.
    if (!picked.ok) {
      const dim = ds.dimensions.find((d) => (d.id === ds.area || d.id === ds.time) && d.categories.length > 1 && !c[d.id]);
      const problem = dim
        ? { kind: 'choose' as const, dimension: dim.id, label: dim.label, categories: dim.categories.slice(0, 10).map((x) => x.id) }
        : picked.problem;
      setMessage({ error: true, text: jsonStatProblemText(problem, lang) });
      return;
    }
    const next = withJsonStatFigure(props.profile, props.fields, field(), picked.value);
    if (!next.ok) {
      setMessage({ error: true, text: jsonStatProblemText(next.problem, lang) });
      return;
    }
    props.onChange(field(), picked.value.value);
    const prov = jsonStatProvenance(ds, picked.value, file()!.name, new Date().toISOString().slice(0, 10));
    const label = props.fields.find((f) => f.id === field())?.label ?? field();
    setMessage({
      error: false,
      text: w.filled(label, formatNumber(picked.value.value, props.decimal), prov.table ? `${prov.source}, ${prov.table}` : prov.source, prov.retrieved),
    });
  };

  return (
    <details class="jsonstat-fill" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{w.title}</summary>
      {/* Rendered only while open: a closed panel adds no file input to the page (the import panel's is the one). */}
      <Show when={open()}>
        <p class="hint">{w.help}</p>
        <div class="field">
          <label for="jsonstat-file">{w.file}</label>
          <input id="jsonstat-file" type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget)} />
        </div>
        <Show when={roleAsked()}>
          {(p) => (
            <div class="field">
              <label for="jsonstat-role">{p().kind === 'no-area-dimension' ? w.areaDimension : w.timeDimension}</label>
              <select
                id="jsonstat-role"
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
              {!r().ok ? jsonStatProblemText((r() as Extract<ReturnType<typeof readJsonStat>, { ok: false }>).problem, lang) : ''}
            </p>
          )}
        </Show>
        <Show when={read()?.ok}>
          <For each={dims()}>
            {(d) => (
              <div class="field">
                <label for={`jsonstat-dim-${d.id}`}>{d.label}</label>
                <select id={`jsonstat-dim-${d.id}`} onChange={(e) => setChoice({ ...choice(), [d.id]: e.currentTarget.value })}>
                  <option value="">{w.choose}</option>
                  <For each={d.categories}>{(c) => <option value={c.id}>{c.label === c.id ? c.id : `${c.label} (${c.id})`}</option>}</For>
                </select>
              </div>
            )}
          </For>
          <div class="field">
            <label for="jsonstat-field">{w.field}</label>
            <select id="jsonstat-field" value={field()} onChange={(e) => setField(e.currentTarget.value)}>
              <For each={props.fields}>{(f) => <option value={f.id}>{f.label}</option>}</For>
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
