/**
 * The Compare view (issue #14): assessments of the library side by side in a read-only grid, years
 * of a city as a series with its trend, a base column whose differences are marked, a filter, and a
 * CSV download; the ranking across cities and the charts below it. Scores and the comparison are
 * computed in the batch worker (scores-cache.ts), scores kept per assessment revision so that re-opening
 * costs nothing; this view renders what comes back. The pick list is the library's summaries (issue #32:
 * a library of 10 000 is 180 MB of rows, 2 MB of summaries); only the picked assessments are read in full.
 */
import { batch, createEffect, createMemo, createSignal, createUniqueId, For, onCleanup, onMount, Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../../engine/assessment';
import type { Comparison, ComparisonMember } from '../../engine/comparison';
import { writeCsv } from '../../engine/csv';
import type { DecimalStyle } from '../../engine/parse';
import { seriesKey } from '../../engine/trend';
import type { WorkbenchDb } from '../../storage/db';
import { listSummaries, readDocs, type LibraryEntry } from '../../storage/library-summaries';
import { downloadBlob, sanitiseFileName } from '../interchange/files';
import { timeCompareWords } from '../strings/time-compare';
import { columnLabel, comparisonTable, ComparisonGrid, type GridView, type RowLevel, type ShowWhat } from './comparison-grid';
import { compareAll, revisionKey, scoreAll } from './scores-cache';
import { Ranking, TrendChart } from './TimeCharts';
import { TwoWheels } from './TwoWheels';
import { heldFramework } from '../frameworks/held';
import { LocalCompare } from '../frameworks/LocalCompare';
import { localComparison, withLocalRows } from '../../engine/local-kpis';
import { u4ssc } from '../../engine/frameworks/u4ssc';
import './time.css';

export default function ComparisonView(props: { db: WorkbenchDb; doc: AssessmentDoc; decimal: DecimalStyle }): JSX.Element {
  const uid = createUniqueId();
  const [stored, setStored] = createSignal<readonly LibraryEntry[]>([]);
  /** The library has been read once: until then "All" would pick the open assessment alone. */
  const [listed, setListed] = createSignal(false);
  const sub = listSummaries(props.db).subscribe((listing) => {
    batch(() => {
      setStored(listing.entries);
      setListed(true);
    });
  });
  onCleanup(() => sub.unsubscribe());
  /** The library, with the open assessment as it is on screen (edits not yet folded into storage included). */
  const library = createMemo((): Pick<LibraryEntry, 'id' | 'city' | 'country' | 'year' | 'revision' | 'updatedAt'>[] => {
    const rows = stored().filter((d) => d.id !== props.doc.id);
    return [props.doc, ...rows].sort((a, b) => a.city.localeCompare(b.city) || a.year - b.year);
  });
  // First picked: the open assessment's city series (its other years).
  const [picked, setPicked] = createSignal<Set<string> | null>(null);
  const chosen = createMemo(() => {
    const p = picked();
    if (p) return library().filter((d) => p.has(d.id));
    const key = seriesKey(props.doc.city, props.doc.country);
    return library().filter((d) => seriesKey(d.city, d.country) === key);
  });
  /** The picked ids, for the pick list's checkboxes (one look-up each, not a search of the picked list). */
  const chosenIds = createMemo(() => new Set(chosen().map((d) => d.id)));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen().map((d) => d.id));
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
  };

  const [cmp, setCmp] = createSignal<Comparison | null>(null);
  const [members, setMembers] = createSignal<ComparisonMember[]>([]);
  /** The compared assessments in the comparison's column order, for their local KPIs (issue #30). */
  const [compared, setCompared] = createSignal<AssessmentDoc[]>([]);
  const held = heldFramework(props.db);
  const [status, setStatus] = createSignal('');
  let run = 0;
  /** The picked assessments read in full, by id. */
  const full = new Map<string, AssessmentDoc>();
  createEffect(() => {
    const picks = chosen();
    const open = props.doc;
    const mine = ++run;
    setStatus(timeCompareWords.loading);
    // The picked rows in full, each read once per stored revision (its summary says which; another
    // tab's edit changes it), and the open assessment as it is on screen, with edits not yet stored.
    const stale = picks.filter((d) => d.id !== open.id && !(full.get(d.id) && revisionKey(full.get(d.id)!) === revisionKey(d)));
    const cancelled = () => mine !== run;
    void readDocs(
      props.db,
      stale.map((d) => d.id),
    ).then(async (rows) => {
      if (cancelled()) return;
      for (const d of rows) full.set(d.id, d);
      const docs = picks.map((d) => (d.id === open.id ? open : full.get(d.id))).filter((d): d is AssessmentDoc => d !== undefined);
      // The scores come from the batch worker, which also builds the comparison: the page only receives
      // its tables and renders them (issue #27, item 5).
      const members = await scoreAll(docs, cancelled, open);
      if (!members || cancelled()) return;
      const c = await compareAll(docs, cancelled, open);
      if (!c || cancelled()) return;
      const byId = new Map(docs.map((d) => [d.id, d]));
      batch(() => {
        setMembers(members);
        setCmp(c);
        setCompared(c.columns.map((col) => byId.get(col.id)).filter((d): d is AssessmentDoc => d !== undefined));
      });
      // How long it took is for the bench (the mark below), not for the user.
      setStatus(timeCompareWords.scored({ n: members.length }));
      performance.mark('ssc:comparison-built');
    });
  });
  onCleanup(() => run++);

  const [show, setShow] = createSignal<ShowWhat>('value');
  const [base, setBase] = createSignal<string>('');
  const [filter, setFilter] = createSignal('');
  const [level, setLevel] = createSignal<RowLevel>('all');
  const view = (): GridView => {
    const c = cmp();
    return { show: show(), base: c ? c.columns.findIndex((x) => x.id === base()) : -1, filter: filter(), level: level(), decimal: props.decimal };
  };

  /**
   * The comparison as the grid and its CSV show it: with the local KPIs of the framework every compared
   * assessment names (id and version), as rows after the U4SSC ones, when this browser holds it (issue #30).
   */
  const shown = createMemo((): Comparison | null => {
    const c = cmp();
    const h = held();
    if (!c || !h) return c;
    const docs = compared();
    return withLocalRows(
      c,
      localComparison(docs, h, u4ssc),
      docs.map((d) => d.id),
    );
  });

  let host!: HTMLDivElement;
  let grid: ComparisonGrid | null = null;
  onMount(() => {
    createEffect(() => {
      const c = shown();
      const v = view();
      if (!c) return;
      if (!grid) grid = new ComparisonGrid(host, c, v);
      else grid.load(c, v);
      performance.mark('ssc:comparison-shown');
    });
  });
  onCleanup(() => grid?.destroy());

  const download = () => {
    const c = shown();
    if (!c) return;
    const blob = new Blob(['\ufeff', writeCsv(comparisonTable(c, view()))], { type: 'text/csv;charset=utf-8' });
    downloadBlob(blob, `${sanitiseFileName(`comparison-${props.doc.city}`, 'comparison')}.csv`);
  };

  return (
    <div class="comparison-view" data-testid="comparison-view">
      <h2 id={`${uid}-title`}>{timeCompareWords.title}</h2>
      <p class="hint">{timeCompareWords.hint}</p>
      <details class="comparison-pick" open={library().length <= 12}>
        <summary>
          {timeCompareWords.pick} ({chosen().length}/{library().length})
        </summary>
        <div class="comparison-pick-actions">
          <button type="button" disabled={!listed()} onClick={() => setPicked(new Set(library().map((d) => d.id)))}>
            {timeCompareWords.pickAll}
          </button>
          <button type="button" disabled={!listed()} onClick={() => setPicked(new Set())}>
            {timeCompareWords.pickNone}
          </button>
        </div>
        <fieldset>
          <legend class="visually-hidden">{timeCompareWords.pick}</legend>
          <ul class="comparison-pick-list">
            <For each={library()}>
              {(d) => (
                <li>
                  <label>
                    <input type="checkbox" checked={chosenIds().has(d.id)} onChange={(e) => toggle(d.id, e.currentTarget.checked)} /> {d.city} {d.year}
                    <Show when={d.country}> ({d.country})</Show>
                  </label>
                </li>
              )}
            </For>
          </ul>
        </fieldset>
      </details>
      <div class="comparison-tools">
        <label>
          {timeCompareWords.show}{' '}
          <select value={show()} onChange={(e) => setShow(e.currentTarget.value as ShowWhat)}>
            <For each={['value', 'points', 'percent'] as const}>{(k) => <option value={k}>{timeCompareWords.showWhat[k]}</option>}</For>
          </select>
        </label>
        <label title={timeCompareWords.baseHint}>
          {timeCompareWords.base}{' '}
          <select value={base()} onChange={(e) => setBase(e.currentTarget.value)} data-testid="comparison-base">
            <option value="">—</option>
            <For each={cmp()?.columns ?? []}>{(c) => <option value={c.id}>{columnLabel(c)}</option>}</For>
          </select>
        </label>
        <label>
          {timeCompareWords.filter}{' '}
          <input type="search" value={filter()} placeholder={timeCompareWords.filterPlaceholder} onInput={(e) => setFilter(e.currentTarget.value)} />
        </label>
        <label>
          {timeCompareWords.level}{' '}
          <select value={level()} onChange={(e) => setLevel(e.currentTarget.value as RowLevel)}>
            <For each={['all', 'aggregates', 'datapoints'] as const}>{(k) => <option value={k}>{timeCompareWords.levels[k]}</option>}</For>
          </select>
        </label>
        <button type="button" onClick={download} disabled={!cmp()}>
          {timeCompareWords.exportCsv}
        </button>
      </div>
      <p class="hint" id={`${uid}-sort`}>
        {timeCompareWords.sortHint} {timeCompareWords.baseHint}
      </p>
      <p role="status" class="comparison-status" data-testid="comparison-status">
        {!listed() ? timeCompareWords.listing : chosen().length === 0 ? timeCompareWords.empty : status()}
      </p>
      <div
        class="grid-host comparison-host"
        ref={host}
        role="region"
        aria-labelledby={`${uid}-title`}
        aria-describedby={`${uid}-sort`}
        data-testid="comparison-grid"
      />
      <Show when={held() !== undefined && compared().length > 0}>
        <LocalCompare docs={compared()} held={held() ?? null} decimal={props.decimal} />
      </Show>
      <Show when={cmp()}>
        {(c) => (
          <>
            <TrendChart comparison={c()} decimal={props.decimal} openId={props.doc.id} />
            <TwoWheels comparison={c()} members={members()} openId={props.doc.id} decimal={props.decimal} />
            <Ranking comparison={c()} decimal={props.decimal} />
          </>
        )}
      </Show>
    </div>
  );
}
