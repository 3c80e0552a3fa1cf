import { createEffect, createMemo, createSignal, on, onCleanup, onMount, Show, Suspense, untrack, type JSX } from 'solid-js';
import { lazyView } from './stale-chunks';
import type { AssessmentDoc } from '../engine/assessment';
import { explainAggregate } from '../engine/explain-aggregate';
import { referenceTargets, u4ssc } from '../engine/frameworks/u4ssc';
import type { DecimalStyle } from '../engine/parse';
import type { MethodName, NumInput } from '../engine/types';
import { reviewRows, reviewUnderway, sortThread } from '../engine/review';
import type { EngineClient } from '../worker/client';
import type { AppContext } from './context';
import { describeEdit, show } from './edit-wording';
import { createWorkbenchController, tabAfter } from './workbench-controller';
import { afterNextPaint } from './after-paint';
import { KpiGrid, NO_FILTERS, type ColumnSet, type Filters, type FlagCounts } from './grid';
import { ColumnSetToggle, GridFilters, GridMessage } from './GridTools';
import { GridFind } from './GridFind';
import { findMatches } from './grid/find';
import type { ReadFramework } from '../engine/framework-file';
import { loadLocalFramework } from '../storage/local-framework';
import { GridFollowsNotice, sameFollows, type GridFollows } from './frameworks/GridFollows';
import { createMediaQuery, NARROW_QUERY } from './media';
import { VIEWS } from './views';
import { isFictional } from './Library';
import { ExplainPanel, ProfilePanel, SummaryPanel } from './panels';
import { FirstSteps, focusNextStep } from './FirstSteps';
import { GridLegend } from './GridLegend';
import { CatalogueReview } from './CatalogueReview';
import { shellWords } from './strings';
import { savingWords } from './strings/saving';
import { reviewWords } from './strings/review';
import { DatapointFill, NarrowEntry, OwnTargetForm, preloadPanels, ReviewPanel, ThreadList } from './lazy-panels';
import { fillEdits } from '../session/fill-edits';
import { sourceOf } from '../engine/provenance';
import { ScoringTargetsChoice, scoringTargetLine } from './time/ScoringTargets';
import { flushBeforeReload } from './before-reload';
import { guardUnload } from './unsaved-guard';
import { assessmentJsonBlob } from './interchange/ExportPanel';
import { assessmentFileName, downloadBlob, FILE_SUFFIX } from './interchange/files';

/** The lossless JSON file, offered at once when saving fails (quota) and from the toolbar. */
export function downloadJson(doc: AssessmentDoc): void {
  downloadBlob(assessmentJsonBlob(doc), assessmentFileName(doc, FILE_SUFFIX.json));
}

/**
 * One open assessment: renders the workbench controller's state (workbench-controller.ts, which holds
 * the session, the engine, the held Enter, the frozen and version paths and the tabs) and dispatches
 * to it. Kept here: the grid's element, the page's events and where things scroll.
 */
export function Workbench(props: {
  ctx: AppContext;
  id: string;
  onClose: () => void;
  /** Opens another assessment (a merge result). */
  onOpenOther: (id: string) => void;
  engine: () => EngineClient;
  onGrid?: (grid: KpiGrid | null) => void;
  /** Opened from an exercise or answers link (App.tsx): shown in the Workshop with the link. */
  start?: { exerciseLink: string; student: boolean };
}): JSX.Element {
  const { db, notifier, tabId } = props.ctx;
  const ctl = createWorkbenchController({
    db,
    notifier,
    tabId,
    id: untrack(() => props.id),
    engine: () => props.engine(),
    onOpenOther: (id) => props.onOpenOther(id),
    onClose: () => props.onClose(),
    onExplanationShown: () => bringExplanationIntoView(),
    // Opened from an exercise link in the address bar: straight into the Workshop (exercise-link.ts).
    view: untrack(() => props.start) ? 'workshop' : 'grid',
    // The grid and the summary are painted first; the other panels follow an edit a frame later.
    afterPaint: afterNextPaint,
  });
  const { doc, missing, scores, panelScores, decimal, saveState, notice, setNotice, lost, leaving, paused, selected, explanation, explained, view, who } = ctl;
  const { send, acknowledge, saveWho, showView } = ctl;
  // A notice sits in the page's flow (it never covers a control), so on a small or zoomed screen it can
  // appear out of view, above the button that caused it: each new notice is scrolled into view.
  // The grid's own message (a refused paste) sits in the same block and is scrolled the same way.
  let noticeElement: HTMLParagraphElement | undefined;
  let gridMessageElement: HTMLParagraphElement | undefined;
  const scrollIntoViewOnChange = (text: () => string | null, element: () => HTMLElement | undefined) =>
    createEffect(
      on(text, (shown) => {
        if (shown) requestAnimationFrame(() => element()?.scrollIntoView({ block: 'nearest' }));
      }),
    );
  scrollIntoViewOnChange(notice, () => noticeElement);
  const aggregateExplanation = createMemo(() => {
    const code = explained();
    const s = panelScores();
    return code && s ? explainAggregate(u4ssc, s, code) : null;
  });
  const [filters, setFilters] = createSignal<Filters>({ ...NO_FILTERS });
  const [flagCounts, setFlagCounts] = createSignal<FlagCounts | null>(null);
  const [gridMessage, setGridMessage] = createSignal<string | null>(null);
  scrollIntoViewOnChange(gridMessage, () => gridMessageElement);
  const [columnSet, setColumnSet] = createSignal<ColumnSet>('work');
  const [gridReady, setGridReady] = createSignal<KpiGrid | null>(null);
  /**
   * The framework file held in this browser (the library's framework editor), read once as the
   * assessment opens (null: none, or one that no longer reads): the grid follows it where the
   * assessment names it (frameworks/grid-layout.ts).
   */
  const [held, setHeld] = createSignal<ReadFramework | null>(null);
  /** The code that lays the grid out after a framework (loaded only when one is held or named: most assessments have none). */
  const [follower, setFollower] = createSignal<typeof import('./frameworks/grid-layout') | null>(null);
  const follows = createMemo((): GridFollows => {
    const d = doc();
    const f = follower();
    return d && f ? f.gridFollows(d, held()) : { kind: 'u4ssc' };
  });
  /** What the grid's rows follow; changes only when they must be built anew. */
  const rowsFollow = createMemo(follows, undefined, { equals: sameFollows });
  /** Whether the U4SSC KPIs a selection leaves out are shown (off for each framework followed). */
  const [showLeftOut, setShowLeftOut] = createSignal(false);
  /** Counted again when the grid's rows change (the find box's counts read the grid). */
  const [rowsVersion, setRowsVersion] = createSignal(0);
  const narrow = createMediaQuery(NARROW_QUERY);
  /** Two columns (grid and side column), as in app.css. */
  const wide = createMediaQuery('(min-width: 1101px)');
  const reviewCounts = createMemo(() => {
    const d = doc();
    if (!d) return null;
    const rows = reviewRows(d, u4ssc.datapoints);
    return {
      unverified: rows.filter((r) => r.state !== 'verified' && r.state !== 'not-verifiable').length,
      openQueries: rows.filter((r) => r.openQuery).length,
    };
  });
  /** The user came to the grid from the Review tab's "open in the grid": reviewing, whatever the stamps say. */
  const [cameToReview, setCameToReview] = createSignal(false);
  /**
   * The selected data point's review heads the side column, above its explanation, while a review cycle
   * is under way (or the user came from the Review tab): the verifier's steps are on the first screen. An
   * evaluator filling a draft keeps the explanation of the row being typed first (issue #24, item 5).
   */
  const reviewFirst = createMemo(() => {
    const d = doc();
    return !!d && !d.frozen && (cameToReview() || reviewUnderway(d));
  });
  const selectedRef = () => {
    const id = selected();
    return id ? u4ssc.byId.get(id) : undefined;
  };
  let host!: HTMLDivElement;
  let grid: KpiGrid | undefined;
  let disposed = false;
  let stopFlushOnReload: (() => void) | undefined;
  let stopUnloadGuard: (() => void) | undefined;

  let side: HTMLElement | undefined;
  /**
   * The side column scrolls on its own (sticky beside the grid). Left scrolled down (at the city profile,
   * say), a newly selected row's explanation would be out of sight above: it is brought back into view.
   * Runs when the explanation of another data point arrives, after the paint, never in an edit's task.
   */
  const bringExplanationIntoView = (what: 'row' | 'aggregate' = 'row') => {
    // While reviewing, a row's panels are its review, then its explanation: the review's actions come first (issue #24).
    const panel = (what === 'row' && reviewFirst() ? side?.querySelector<HTMLElement>('.review-panel') : null) ?? side?.querySelector<HTMLElement>('.explain');
    if (!side || !panel) return;
    const at = panel.getBoundingClientRect().top;
    const view = side.getBoundingClientRect();
    if (at < view.top - 1 || at > view.bottom - 40) side.scrollTop += at - view.top;
  };

  const flush = () => void ctl.flush();
  const onVisibility = () => document.visibilityState === 'hidden' && flush();

  onMount(async () => {
    // Read before the first await: App's prop getter makes a computation, which past an await has no
    // owner and was never disposed (Solid's "computations created outside a createRoot" warning).
    const start = props.start;
    const [stored, read] = await Promise.all([ctl.open(), loadLocalFramework(db).catch(() => null)]);
    if (!stored || disposed) return;
    setHeld(read?.ok ? read.value : null);
    if (read?.ok || stored.localFramework) {
      const f = await import('./frameworks/grid-layout');
      if (disposed) return;
      setFollower(() => f);
    }
    const first = untrack(rowsFollow);
    grid = new KpiGrid(host, {
      fw: u4ssc,
      layout: first.kind === 'framework' ? first.layout : null,
      decimal,
      height: Math.max(320, Math.min(900, window.innerHeight - 240)),
      onEdits: send,
      onHold: ctl.sendAhead,
      referenceTarget: (id) => referenceTargets.byId.get(id)?.target ?? null,
      onSelect: ctl.select,
      onSelectGroup: ctl.explain,
      onCounts: setFlagCounts,
      onMessage: setGridMessage,
      onColumnSet: setColumnSet,
    });
    ctl.attach(grid);
    setGridReady(grid);
    setRowsVersion((n) => n + 1);
    preloadPanels();
    props.onGrid?.(grid);
    await ctl.score();
    // Focus goes to the next step once the first scores are drawn: the side column grows with them, and a
    // profile field focused before was pushed below the screen (issue #25).
    // On a phone the grid is hidden: selecting its cell made Handsontable take the keys typed into the
    // data point's fields (Enter never committed); the data point is shown instead, with no keyboard popped up.
    if (!disposed && !start) focusNextStep(u4ssc, stored, (id, column) => (narrow() ? ctl.select(id) : grid?.selectCell(id, column)));
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    stopFlushOnReload = flushBeforeReload(ctl.flush);
    stopUnloadGuard = guardUnload(ctl.unsavedOnUnload);
  });

  onCleanup(() => {
    disposed = true;
    stopFlushOnReload?.();
    stopUnloadGuard?.();
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', flush);
    props.onGrid?.(null);
    ctl.close();
    grid?.destroy();
  });

  // The framework followed changed (chosen or given up in the local KPIs panel, another tab, an import):
  // the rows are built anew from the assessment as it is now; nothing of it changes.
  createEffect(
    on(
      rowsFollow,
      (f) => {
        const g = gridReady();
        const current = ctl.current();
        if (!g || !current) return;
        setShowLeftOut(false);
        g.setLayout(f.kind === 'framework' ? f.layout : null, current);
        if (current.frozen || paused()) g.makeReadOnly();
        setRowsVersion((n) => n + 1);
      },
      { defer: true },
    ),
  );
  // The local KPIs are scored in the page from the assessment (they make no engine patch), each time it changes.
  createEffect(() => {
    const g = gridReady();
    const d = doc();
    const h = held();
    const f = follower();
    if (!g || !d || !f) return;
    g.setLocalScores(d.localFramework && h ? f.localItems(d, h) : []);
  });

  const changeDecimal = (d: DecimalStyle) => {
    const n = ctl.changeDecimal(d);
    if (n !== null) setGridMessage(n > 0 ? shellWords.rereadReport(n) : null);
  };
  const setFilter = (key: keyof Filters, on: boolean) => {
    const next = { ...filters(), [key]: on };
    setFilters(next);
    grid?.setFilters(next);
  };
  /** From the wheel or the report: back to the grid on that data point, with its explanation. */
  const goTo = (id: string) => {
    showView('grid');
    queueMicrotask(() => grid?.selectCell(id, 'computed'));
    ctl.select(id);
  };
  const undoRedo = (which: 'undo' | 'redo') => grid?.undoRedo(which);

  const saveText = () => {
    const s = saveState();
    switch (s.kind) {
      case 'saved':
        return savingWords.saved;
      case 'saving':
        return savingWords.saving(s.count);
      case 'memory':
        return savingWords.memory;
      case 'error':
        // Edits that only lost races to other tabs are all in the journal: "Not saved" alone would overstate it.
        return s.problem.kind === 'conflict' && s.atRisk === 0
          ? savingWords.problem(s.problem)
          : savingWords.notSaved(s.atRisk, savingWords.problem(s.problem));
    }
  };
  const saveError = () => saveState().kind === 'error' || saveState().kind === 'memory';

  /** What the open assessment tells the user (recovered edits, a refused paste, edits lost to another tab); see `wide` for where. */
  const notices = () => (
    <div class="wb-notices">
      {/* What the grid did or refused (a paste). */}
      <GridMessage text={gridMessage()} onClose={() => setGridMessage(null)} ref={(el) => (gridMessageElement = el)} />
      <Show when={notice()}>
        <p class="notice" role="alert" data-testid="notice" ref={noticeElement}>
          {notice()}{' '}
          <button type="button" class="link" onClick={() => setNotice(null)}>
            ✕ <span class="visually-hidden">{shellWords.cancel}</span>
          </button>
        </p>
      </Show>
      <Show when={lost().length > 0}>
        <div class="notice notice-warning" role="alert" data-testid="lost">
          <p>{savingWords.lost(lost().map((l) => savingWords.lostItem(describeEdit(l.edit), show(l.mine), show(l.theirs))))}</p>
          <button type="button" class="primary" onClick={ctl.putBack}>
            {savingWords.putMineBack}
          </button>{' '}
          <button type="button" onClick={ctl.dismissLost}>
            {savingWords.dismiss}
          </button>
        </div>
      </Show>
      <Show when={paused()}>
        <p class="notice notice-warning" role="alert">
          {savingWords.readOnlyReplaced}
        </p>
      </Show>
    </div>
  );
  /** The toolbar's tools other than undo and redo (a menu of them on a phone). */
  const moreTools = () => (
    <>
      <label class="tool tool-decimal">
        {shellWords.decimalMark}{' '}
        <select value={decimal()} onChange={(e) => changeDecimal(e.currentTarget.value as DecimalStyle)} data-testid="decimal">
          <option value="point">{shellWords.decimalPoint}</option>
          <option value="comma">{shellWords.decimalComma}</option>
        </select>
      </label>
      <ColumnSetToggle value={columnSet()} onChange={(set) => grid?.setColumnSet(set)} />
      <GridFilters filters={filters()} counts={flagCounts()} review={reviewCounts()} onChange={setFilter} />
      <GridFind
        value={filters().find}
        total={(rowsVersion(), gridReady()?.datapointCount ?? u4ssc.datapoints.length)}
        shown={(rowsVersion(), gridReady()?.findCount(filters().find) ?? findMatches(filters().find))}
        onFind={(text) => {
          const next = { ...filters(), find: text };
          setFilters(next);
          grid?.setFilters(next);
        }}
      />
      <button type="button" onClick={() => grid?.setAllCollapsed(false)}>
        {shellWords.expandAll}
      </button>
      <button type="button" onClick={() => grid?.setAllCollapsed(true)}>
        {shellWords.collapseAll}
      </button>
      <button type="button" onClick={() => doc() && downloadJson(ctl.current()!)}>
        {shellWords.exportJson}
      </button>
    </>
  );
  return (
    <section class="workbench" aria-labelledby="wb-title">
      <Show when={!missing()} fallback={<MissingNotice message={missing() || shellWords.notFound} onClose={props.onClose} />}>
        <div class="wb-head">
          <button type="button" class="link" onClick={() => void ctl.leave()}>
            ← {shellWords.backToLibrary}
          </button>
          <h2 id="wb-title">
            <Show when={doc()}>{(d) => <>{`${d().city} ${d().year}${d().country ? ` · ${d().country}` : ''}`}</>}</Show>
          </h2>
          <p class={`save-status${saveError() ? ' save-error' : ''}`} role={saveError() ? 'alert' : 'status'} aria-live="polite" data-testid="save-status">
            {saveText()}
            <Show when={saveError() && doc()}>
              {' '}
              <button type="button" class="primary" onClick={() => downloadJson(ctl.current()!)}>
                {shellWords.exportNow}
              </button>
            </Show>
          </p>
        </div>
        <Show when={doc() && isFictional(doc()!)}>
          <p class="fictional-banner" role="note">
            {shellWords.fictionalNotice}
          </p>
        </Show>
        {/* Notices never cover controls: in grid view on a wide screen they head the side column, beside the
            grid (which they never shift under a typing user); otherwise they take their place above the views. */}
        <Show when={!(view() === 'grid' && wide())}>{notices()}</Show>
        <Show when={leaving()}>
          <div class="notice notice-warning" role="alertdialog" aria-labelledby="leave-text" data-testid="leave-unsaved">
            <p id="leave-text">{savingWords.leaveUnsaved(ctl.atRisk())}</p>
            <button
              type="button"
              class="primary"
              onClick={() => {
                const current = ctl.current();
                if (current) downloadJson(current);
                props.onClose();
              }}
            >
              {savingWords.exportAndLeave}
            </button>{' '}
            <button type="button" onClick={props.onClose}>
              {savingWords.leaveAnyway}
            </button>{' '}
            <button type="button" onClick={ctl.stay}>
              {savingWords.stay}
            </button>
          </div>
        </Show>

        <Show when={doc()?.catalogueReview}>
          {(review) => (
            <CatalogueReview
              fw={u4ssc}
              review={review()}
              decimal={decimal()}
              onShow={(id) => {
                showView('grid');
                grid?.selectCell(id, 'value');
              }}
              onRead={acknowledge}
              stamps={doc()?.review}
            />
          )}
        </Show>
        <Show when={doc()}>
          {(d) => <FirstSteps fw={u4ssc} doc={d()} scores={panelScores()} onView={showView} focusCell={(id, c) => grid?.selectCell(id, c)} />}
        </Show>
        <Show when={doc()}>
          {(d) => (
            <Suspense>
              <LocalKpis db={db} doc={d()} decimal={decimal()} send={send} />
            </Suspense>
          )}
        </Show>

        <div class="view-tabs" role="tablist" aria-label={shellWords.views}>
          {VIEWS.map((v) => (
            <button
              type="button"
              role="tab"
              id={`tab-${v}`}
              aria-selected={view() === v}
              aria-controls={`view-${v}`}
              tabIndex={view() === v ? 0 : -1}
              onClick={() => showView(v)}
              onKeyDown={(e) => {
                const next = tabAfter(v, e.key, document.documentElement.dir === 'rtl');
                if (next) {
                  e.preventDefault();
                  showView(next);
                  document.getElementById(`tab-${next}`)?.focus();
                }
              }}
            >
              {shellWords.viewLabel(v)}
            </button>
          ))}
        </div>

        <Show when={(view() === 'results' || view() === 'report') && doc() && scores()}>
          <div id={`view-${view()}`} role="tabpanel" aria-labelledby={`tab-${view()}`}>
            <Suspense fallback={<p>{shellWords.loadingView}</p>}>
              <ResultsView mode={view() as 'results' | 'report'} db={db} doc={doc()!} scores={scores()!} decimal={decimal()} onSelect={goTo} />
            </Suspense>
          </div>
        </Show>
        <Show when={view() === 'review' && doc()}>
          <div id="view-review" role="tabpanel" aria-labelledby="tab-review">
            <Suspense fallback={<p>{shellWords.loadingView}</p>}>
              <ReviewView
                fw={u4ssc}
                doc={doc()!}
                who={who()}
                onWho={saveWho}
                send={send}
                onSelect={(id) => {
                  setCameToReview(true);
                  goTo(id);
                }}
                onNotice={setNotice}
                onFreeze={() => void ctl.freeze()}
                onNewVersion={() => void ctl.newVersion()}
                itemState={(id) => scores()?.items[u4ssc.byId.get(id)?.index ?? -1]?.state}
              />
            </Suspense>
          </div>
        </Show>
        <Show when={view() === 'share' && doc()}>
          <div id="view-share" role="tabpanel" aria-labelledby="tab-share">
            <Suspense fallback={<p>{shellWords.loadingView}</p>}>
              <ShareView
                db={db}
                doc={ctl.current()!}
                onTargets={(targets) => send(Object.entries(targets).map(([id, override]) => ({ kind: 'target' as const, id, override })))}
                onMerged={props.onOpenOther}
              />
            </Suspense>
          </div>
        </Show>

        <Show when={view() === 'workshop' && doc() && scores()}>
          <div id="view-workshop" role="tabpanel" aria-labelledby="tab-workshop">
            <Suspense fallback={<p>{shellWords.loadingView}</p>}>
              <WorkshopView
                db={db}
                doc={ctl.current()!}
                scores={scores()!}
                decimal={decimal()}
                onOpenOther={props.onOpenOther}
                toast={(message) => props.ctx.toast({ message })}
                start={props.start}
              />
            </Suspense>
          </div>
        </Show>

        <Show when={view() === 'compare' && doc()}>
          <div id="view-compare" role="tabpanel" aria-labelledby="tab-compare">
            <Suspense fallback={<p>{shellWords.loadingView}</p>}>
              <ComparisonView db={db} doc={doc()!} decimal={decimal()} />
            </Suspense>
          </div>
        </Show>

        <div id="view-grid" role="tabpanel" aria-labelledby="tab-grid" hidden={view() !== 'grid'}>
          <div class="toolbar" role="toolbar" aria-label={shellWords.toolbar}>
            <button type="button" onClick={() => undoRedo('undo')} title={shellWords.undoShortcut}>
              {shellWords.undoEdit}
            </button>
            <button type="button" onClick={() => undoRedo('redo')} title={shellWords.redoShortcut}>
              {shellWords.redoEdit}
            </button>
            {/* On a phone the rest folds into a menu, so the entry of a data point starts on the first screen (issue #25). */}
            <Show when={narrow()} fallback={moreTools()}>
              <details class="toolbar-more" data-testid="toolbar-more">
                <summary>{shellWords.moreTools}</summary>
                <div class="toolbar-more-body">{moreTools()}</div>
              </details>
            </Show>
          </div>

          <div class="wb-body">
            <div class="wb-grid">
              <p id="grid-help" class="hint">
                {shellWords.gridHelp}
              </p>
              <GridLegend />
              <GridFollowsNotice
                follows={follows()}
                left={(rowsVersion(), gridReady()?.outsideCount ?? 0)}
                showLeftOut={showLeftOut()}
                onShowLeftOut={(on) => {
                  setShowLeftOut(on);
                  gridReady()?.setShowOutside(on);
                  setRowsVersion((n) => n + 1);
                }}
              />
              <Show when={narrow() && gridReady()}>
                {(g) => (
                  <Suspense>
                    <NarrowEntry grid={g()} doc={doc()} scores={scores()} refresh={flagCounts()} selected={selected()} onSelect={ctl.select} />
                  </Suspense>
                )}
              </Show>
              <div class="grid-host" ref={host} role="region" aria-label={shellWords.gridLabel} aria-describedby="grid-help" data-testid="grid" />
            </div>
            <aside class="wb-side" classList={{ 'review-first': reviewFirst() }} ref={side}>
              <Show when={view() === 'grid' && wide()}>{notices()}</Show>
              <SummaryPanel
                scores={scores()}
                decimal={decimal()}
                method={doc()?.method.name ?? 'u4ssc-points'}
                onMethod={(m: MethodName) => send([{ kind: 'method', method: { name: m } }])}
                onExplain={(code) => {
                  ctl.explain(code);
                  queueMicrotask(() => bringExplanationIntoView('aggregate'));
                }}
                explained={explained()}
              />
              <Show when={doc()}>
                {(d) => (
                  <ScoringTargetsChoice
                    choice={d().scoringTargets ?? 'reference'}
                    scores={panelScores()}
                    readOnly={!!d().frozen || paused()}
                    onChoose={(choice) => send([{ kind: 'scoring-targets', choice }])}
                  />
                )}
              </Show>
              <Show when={doc() && selectedRef()}>
                <Suspense>
                  <ReviewPanel
                    doc={doc()!}
                    datapoint={selectedRef()!}
                    who={who()}
                    onWho={saveWho}
                    send={send}
                    itemState={panelScores()?.items[selectedRef()!.index]?.state}
                  />
                </Suspense>
              </Show>
              <ExplainPanel
                explanation={explanation()}
                aggregate={aggregateExplanation()}
                decimal={decimal()}
                review={doc()?.catalogueReview}
                onAcknowledge={(id) => acknowledge([id])}
                sourceOf={(place) => (doc() ? sourceOf(doc()!, place) : null)}
                aggregateMore={
                  <Show when={doc() && aggregateExplanation()}>
                    {(a) => (
                      <Suspense>
                        <ExplainAggregateTrend
                          db={db}
                          docId={doc()!.id}
                          city={doc()!.city}
                          country={doc()!.country}
                          year={doc()!.year}
                          explanation={a()}
                          decimal={decimal()}
                        />
                      </Suspense>
                    )}
                  </Show>
                }
              >
                <Show when={doc() && selected() && (doc()!.threads?.[selected()!]?.length ?? 0) > 0}>
                  <h4 id="explain-thread">{reviewWords.threadTitle}</h4>
                  <Suspense>
                    <ThreadList entries={sortThread(doc()!.threads![selected()!])} labelledBy="explain-thread" />
                  </Suspense>
                </Show>
                <Show when={doc() && explanation()}>
                  {(x) => (
                    <>
                      <p class="explain-scoring-target" data-testid="explain-scoring-target">
                        {scoringTargetLine(x())}
                      </p>
                      <Suspense>
                        <OwnTargetForm
                          id={x().id}
                          own={doc()!.ownTargets?.[x().id]}
                          direction={x().datapoint.direction}
                          unit={x().datapoint.unit}
                          decimal={decimal()}
                          readOnly={!!doc()!.frozen || paused()}
                          onSave={(own) => send([{ kind: 'own-target', id: x().id, own }])}
                        />
                      </Suspense>
                      <Suspense>
                        <DatapointFill
                          explanation={x()}
                          decimal={decimal()}
                          frozen={!!doc()!.frozen}
                          onFill={(place, value, source) => send(fillEdits(place, value, source))}
                        />
                      </Suspense>
                      <Suspense>
                        <ExplainTrend
                          db={db}
                          docId={doc()!.id}
                          city={doc()!.city}
                          country={doc()!.country}
                          year={doc()!.year}
                          ownTargets={doc()!.ownTargets}
                          explanation={x()}
                          decimal={decimal()}
                        />
                      </Suspense>
                    </>
                  )}
                </Show>
              </ExplainPanel>
              <Show when={doc()}>
                {(d) => (
                  <ProfilePanel
                    fields={u4ssc.data.profile}
                    profile={d().profile}
                    decimal={decimal()}
                    onChange={(field: string, value: NumInput) => send([{ kind: 'profile', field, value }])}
                    provenance={d().provenance}
                    frozen={!!d().frozen}
                    onFill={(field, value, source) => send(fillEdits({ profile: field }, value, source))}
                  />
                )}
              </Show>
            </aside>
          </div>
        </div>
      </Show>
    </section>
  );
}

const ResultsView = lazyView(() => import('./ResultsView'));
const ShareView = lazyView(() => import('./ShareView'));
const ReviewView = lazyView(() => import('./review/ReviewView'));
const WorkshopView = lazyView(() => import('./workshop/WorkshopView'));
const ComparisonView = lazyView(() => import('./time/ComparisonView'));
/** The trend of the selected data point over the city's years: loaded when a data point is first explained. */
const ExplainTrend = lazyView(() => import('./time/ExplainTrend'));
/** The trend of an explained aggregate over the city's years: loaded when an aggregate is first explained. */
const ExplainAggregateTrend = lazyView(() => import('./time/ExplainAggregateTrend'));
/** The local KPIs of the user's framework (format 9): loaded with the assessment, after its first screen. */
const LocalKpis = lazyView(() => import('./frameworks/LocalKpis').then((m) => ({ default: m.LocalKpis })));

function MissingNotice(props: { message: string; onClose: () => void }): JSX.Element {
  return (
    <div class="notice" role="alert">
      {props.message}{' '}
      <button type="button" onClick={props.onClose}>
        {shellWords.backToLibrary}
      </button>
    </div>
  );
}
