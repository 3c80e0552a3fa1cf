/**
 * The workbench on a phone: one data point at a time, with its inputs, its result and (below it, in
 * the side column) its explanation, and previous / next. Every edit is written into the grid's cell
 * (KpiGrid.writeCell), so it passes the same validation, lands in the same undo history and reaches
 * the same onEdits path (autosave, scores) as typing into the grid.
 */
import { createMemo, For, onMount, Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../engine/assessment';
import type { Scores } from '../engine/types';
import type { ColumnKey, KpiGrid } from './grid';
import { dpCode, dpName } from './grid/columns';
import { ItemPicker } from './picker/ItemPicker';
import { shellWords } from './strings';
import { OWN_TARGET_MARK, timeWords } from './strings/time';

export function NarrowEntry(props: {
  grid: KpiGrid;
  doc: AssessmentDoc | null;
  scores: Scores | null;
  /** Changes each time the grid has shown new scores (its onCounts), so results are read again after it. */
  refresh: unknown;
  selected: string | null;
  onSelect: (id: string) => void;
}): JSX.Element {
  const dps = () => props.grid.rows.flatMap((r) => (r.kind === 'dp' ? [r] : []));
  /** Data points shown by the grid's filters (all of them if a filter leaves none). */
  const shown = createMemo(() => {
    void props.refresh;
    const list = dps().filter((r) => props.grid.isShown(r.ref.id));
    return list.length > 0 ? list : dps();
  });
  const current = createMemo(() => {
    const list = shown();
    return list.find((r) => r.ref.id === props.selected) ?? dps().find((r) => r.ref.id === props.selected) ?? list[0];
  });
  const index = () => shown().indexOf(current());
  const step = (by: number) => {
    const list = shown();
    const i = index();
    const next = list[i < 0 ? 0 : Math.min(list.length - 1, Math.max(0, i + by))];
    if (next) props.onSelect(next.ref.id);
  };
  /** The row's text, read again whenever the document or the scores change. */
  const text = (key: ColumnKey) => {
    void props.doc;
    void props.refresh;
    return props.grid.rowText(current().ref.id)?.[key] ?? '';
  };
  const marks = (key: ColumnKey) => {
    void props.doc;
    void props.refresh;
    return props.grid.marks(current().ref.id, key);
  };
  // The explanation below follows the data point shown, from the first one on.
  onMount(() => props.selected === null && props.onSelect(current().ref.id));
  const item = () => props.scores?.items.find((i) => i.id === current().ref.id);

  const Field = (f: { key: ColumnKey; label: string; options?: string[]; text?: boolean; unit?: boolean }) => {
    const id = () => `narrow-${f.key}`;
    const commit = (value: string) => props.grid.writeCell(current().ref.id, f.key, value);
    const mark = () => marks(f.key);
    /** The unit the value is read in ("%", "per 100,000 inhabitants"), beside its field. */
    const unit = () => (f.unit ? text('unit') : '');
    const described = () => [mark() ? `${id()}-mark` : '', unit() ? `${id()}-unit` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div class="field">
        <label for={id()}>{f.label}</label>
        <Show
          when={f.options}
          fallback={
            <input
              id={id()}
              inputmode={f.text ? 'text' : 'decimal'}
              autocomplete="off"
              value={text(f.key)}
              aria-invalid={mark()?.kind === 'error' ? 'true' : undefined}
              aria-describedby={described()}
              onChange={(e) => commit(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value)}
            />
          }
        >
          {(options) => (
            <select id={id()} value={text(f.key)} onChange={(e) => commit(e.currentTarget.value)}>
              <option value="" />
              <For each={options()}>{(o) => <option value={o}>{o}</option>}</For>
            </select>
          )}
        </Show>
        <Show when={unit()}>
          <span id={`${id()}-unit`} class="field-unit">
            {unit()}
          </span>
        </Show>
        <Show when={mark()}>
          {(m) => (
            <span id={`${id()}-mark`} class={`field-mark field-${m().kind}`}>
              {shellWords.flagKindLabel[m().kind]}: {m().reasons.join(' ')}
            </span>
          )}
        </Show>
      </div>
    );
  };

  return (
    <section class="narrow-entry panel" aria-labelledby="narrow-title" data-testid="narrow-entry">
      <div class="narrow-nav">
        <button type="button" onClick={() => step(-1)} disabled={index() <= 0}>
          ‹ {shellWords.previous}
        </button>
        <span class="narrow-position">{shellWords.position(index() + 1, shown().length)}</span>
        <button type="button" onClick={() => step(1)} disabled={index() >= shown().length - 1}>
          {shellWords.next} ›
        </button>
      </div>
      {/* Names with their codes: a code alone told a newcomer nothing (issue #25). */}
      {/* Found by a fragment of its name or its code (issue #24): a phone's select of 112 names was a long scroll. */}
      <div class="narrow-pick">
        <ItemPicker
          label={shellWords.dataPoint}
          items={() => shown().map((r) => ({ id: r.ref.id, code: dpCode(r.ref), name: dpName(r.ref) }))}
          picked={current().ref.id}
          // Text that names no data point yet leaves the one shown.
          onPick={(id) => id !== null && props.onSelect(id)}
          testid="narrow-pick"
        />
      </div>
      <h3 id="narrow-title">
        <span class="agg-code">{text('code')}</span> {text('name')}
      </h3>
      <div class="narrow-fields">
        <Show when={current().ratio}>
          <Field key="numerator" label={shellWords.columns.numerator} />
          <Show when={!current().profileField} fallback={<p class="hint">{`${shellWords.columns.denominator}: ${text('denominator') || shellWords.none}`}</p>}>
            <Field key="denominator" label={shellWords.columns.denominator} />
          </Show>
        </Show>
        <Show when={current().yesno} fallback={<Field key="value" label={shellWords.columns.value} unit />}>
          <Field key="value" label={shellWords.columns.value} options={[shellWords.yes, shellWords.no]} />
        </Show>
        <Field key="status" label={shellWords.columns.status} options={Object.values(shellWords.statusLabels)} />
      </div>
      <dl class="narrow-result" data-testid="narrow-result">
        <div>
          <dt>{shellWords.columns.computed}</dt>
          <dd>{text('computed') ? `${text('computed')} ${text('unit')}`.trim() : shellWords.none}</dd>
        </div>
        <div>
          <dt>{shellWords.columns.target}</dt>
          <dd>
            {text('target') || shellWords.none}
            <Show when={item()?.targetOrigin === 'own'}> {`${OWN_TARGET_MARK} ${timeWords.scoring.ownShort}`}</Show>
          </dd>
        </div>
        <div>
          <dt>{shellWords.columns.achievement}</dt>
          <dd>{text('achievement') || shellWords.none}</dd>
        </div>
        <div>
          <dt>{shellWords.columns.band}</dt>
          <dd class={item()?.band ? `band band-${item()!.band}` : undefined} data-testid="narrow-points">
            {text('band') || shellWords.notScored}
          </dd>
        </div>
      </dl>
      <details class="narrow-provenance">
        <summary>{shellWords.columnSetLabel.provenance}</summary>
        <div class="narrow-fields">
          <Field key="quality" label={shellWords.columns.quality} options={Object.values(shellWords.qualityLabels)} />
          <Field key="source" label={shellWords.columns.source} text />
          <Field key="year" label={shellWords.columns.year} />
          <Field key="note" label={shellWords.columns.note} text />
        </div>
      </details>
    </section>
  );
}
