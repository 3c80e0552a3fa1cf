import { createEffect, createMemo, createSignal, on, onCleanup, onMount, Show, Suspense, untrack, type JSX } from 'solid-js';
import { lazyView } from './stale-chunks';
import type { AssessmentDoc } from '../engine/assessment';
import type { Explanation } from '../engine/explain';
import { explainAggregate } from '../engine/explain-aggregate';
import { referenceTargets, u4ssc } from '../engine/frameworks/u4ssc';
import type { DecimalStyle } from '../engine/parse';
import type { MethodName, NumInput, Scores } from '../engine/types';
import type { Patch } from '../engine/evaluator';
import { reviewRows, reviewUnderway, sortThread } from '../engine/review';
import type { EngineClient } from '../worker/client';
import { addAssessment, getSetting, setSetting, storageProblem } from '../storage/db';
import { checkEdit, loadForEditing, Session, type Clash, type Edit, type LostEdit, type SaveState } from '../session';
import type { AppContext } from './context';
import { describeEdit, setAsideReport, show } from './edit-wording';
import { freezeEdit, nextVersionOf } from './workbench-versions';
import { KpiGrid, NO_FILTERS, type ColumnSet, type Filters, type FlagCounts } from './grid';
import { rereadProfile } from './decimal';
import { localeDecimal } from './format';
import { localiseExplanation, localiseScores } from './strings/kpi-names';
import { ColumnSetToggle, GridFilters, GridMessage } from './GridTools';
import { GridFind } from './GridFind';
import { findMatches } from './grid/find';
import { createMediaQuery, NARROW_QUERY } from './media';
import { VIEWS, type View } from './views';
import { isFictional } from './Library';
import { ExplainPanel, ProfilePanel, SummaryPanel } from './panels';
import { FirstSteps, focusNextStep } from './FirstSteps';
import { GridLegend } from './GridLegend';
import { CatalogueReview } from './CatalogueReview';
import { S } from './strings';
import { D } from './strings/saving';
import { V } from './strings/review';
import { DatapointFill, NarrowEntry, OwnTargetForm, preloadPanels, ReviewPanel, ThreadList } from './lazy-panels';
import { fillEdits } from '../session/fill-edits';
import { sourceOf } from '../engine/provenance';
import { ScoringTargetsChoice, scoringTargetLine } from './time/ScoringTargets';
import { flushBeforeReload } from './before-reload';
import { guardUnload } from './unsaved-guard';
import { assessmentJsonBlob } from './interchange/ExportPanel';
import { assessmentFileName, downloadBlob, FILE_SUFFIX } from './interchange/files';
import { localRules, type LocalRules } from '../storage/local-framework';

/** The settings key of the name that signs review steps. */
const REVIEWER_SETTING = 'reviewerName';

/** The lossless JSON file, offered at once when saving fails (quota) and from the toolbar. */
export function downloadJson(doc: AssessmentDoc): void {
  downloadBlob(assessmentJsonBlob(doc), assessmentFileName(doc, FILE_SUFFIX.json));
}

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
  const [doc, setDoc] = createSignal<AssessmentDoc | null>(null);
  /** Why the assessment cannot be shown: not stored, or stored by a newer app version. */
  const [missing, setMissing] = createSignal<string | false>(false);
  const [scores, setScores] = createSignal<Scores | null>(null);
  const [decimal, setDecimal] = createSignal<DecimalStyle>(localeDecimal());
  const [saveState, setSaveState] = createSignal<SaveState>({ kind: 'saved', at: 0 });
  const [notice, setNotice] = createSignal<string | null>(null);
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
  /** Values of this tab another tab wrote over, offered back. */
  const [lost, setLost] = createSignal<LostEdit[]>([]);
  /** Leaving was asked while edits are not stored: the choice is the user's. */
  const [leaving, setLeaving] = createSignal(false);
  /**
   * A newer app took the database over (another tab): edits already typed are in the journal, which
   * the newer app replays; further typing is paused so that nothing is typed that cannot be stored.
   */
  const [paused, setPaused] = createSignal(db.replaced);
  const stopVersionWatch = db.onVersionChange(() => {
    setPaused(true);
    grid?.makeReadOnly();
  });
  const [selected, setSelected] = createSignal<string | null>(null);
  const [explanation, setExplanation] = createSignal<Explanation | null>(null);
  /** The aggregate explained (a summary row or a group row of the grid), derived from the scores shown; a data point's selection clears it. */
  const [explained, setExplained] = createSignal<string | null>(null);
  const aggregateExplanation = createMemo(() => {
    const code = explained();
    const s = scores();
    return code && s ? explainAggregate(u4ssc, s, code) : null;
  });
  const [filters, setFilters] = createSignal<Filters>({ ...NO_FILTERS });
  const [flagCounts, setFlagCounts] = createSignal<FlagCounts | null>(null);
  const [gridMessage, setGridMessage] = createSignal<string | null>(null);
  scrollIntoViewOnChange(gridMessage, () => gridMessageElement);
  const [columnSet, setColumnSet] = createSignal<ColumnSet>('work');
  const [gridReady, setGridReady] = createSignal<KpiGrid | null>(null);
  const narrow = createMediaQuery(NARROW_QUERY);
  /** Two columns (grid and side column), as in app.css. */
  const wide = createMediaQuery('(min-width: 1101px)');
  // Opened from an exercise link in the address bar: straight into the Workshop (exercise-link.ts).
  const [view, setView] = createSignal<View>(untrack(() => props.start) ? 'workshop' : 'grid');
  /** The name that signs review steps, typed once per browser (a setting in IndexedDB). */
  const [who, setWho] = createSignal('');
  const saveWho = (name: string) => {
    setWho(name);
    void setSetting(db, REVIEWER_SETTING, name).catch(() => {});
  };
  /** Freezes the assessment as it is saved now, with the fingerprint of its data. */
  const freeze = async () => {
    await session?.flush();
    const current = session?.doc;
    if (!current || current.frozen) return;
    if (!who().trim()) return setNotice(V.problem({ kind: 'no-name' }));
    const edit = await freezeEdit(current, who().trim());
    // Edits typed while the fingerprint was computed would not be in it: freeze only the data fingerprinted.
    if (session?.doc !== current) return setNotice(V.frozenNoEdit);
    send([edit]);
  };
  /** Editing a frozen assessment: a new version (new id) recording this one as its parent, opened at once. */
  const newVersion = async () => {
    const current = session?.doc;
    if (!current?.frozen) return;
    const next = nextVersionOf(current);
    try {
      await addAssessment(db, next);
    } catch (e) {
      return setNotice(D.problem(storageProblem(e)));
    }
    props.onOpenOther(next.id);
  };
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
  let session: Session | undefined;
  let engine: EngineClient | undefined;
  let engineLoaded = false;
  /** The stored framework file's validation rules this assessment runs (read once, when it opens). */
  let rules: LocalRules | null = null;
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

  const refreshExplain = () => {
    const id = selected();
    // Not before the assessment is sent to the worker: it answers in order, and an explain ahead of the
    // load was refused as "no assessment loaded" (the grid selects a cell before the load is sent).
    if (!id || !engine || !engineLoaded) return setExplanation(null);
    engine.explain(id).then(
      (x) => {
        if (disposed || selected() !== id) return;
        const another = explanation()?.id !== id;
        const localised = localiseExplanation(x);
        setExplanation(rules ? rules.explanation(localised, scores()) : localised);
        if (another) bringExplanationIntoView();
      },
      () => {
        setExplanation(null);
        engineFailed();
      },
    );
  };

  const receive = (received: Scores | null) => {
    if (!received || disposed) return;
    // The user's validation rules (the library's framework editor) warn on their rows like the engine's checks.
    const localised = localiseScores(received);
    const s = rules ? rules.scores(localised, session?.doc.profile ?? {}) : localised;
    performance.mark('ssc:scores-received');
    setScores(s);
    performance.mark('ssc:summary-updated');
    grid?.setScores(s);
    performance.mark('ssc:grid-updated');
    refreshExplain();
  };

  const send = (edits: Edit[]) => {
    if (!session || !engine) return;
    // Refused edits (over a length limit every reader applies) are said and undone on screen.
    const refused = edits.map(checkEdit).filter((p) => p !== null);
    if (refused.length > 0) {
      edits = edits.filter((e) => !refused.some((p) => p.edit === e));
      if (!disposed) {
        setNotice(refused.map((p) => D.tooLong(describeEdit(p.edit), p.limit)).join(' '));
        grid?.load(session.doc);
        const s = scores();
        if (s) grid?.setScores(s);
      }
      if (edits.length === 0) return;
    }
    if (paused()) return;
    const ahead = held;
    held = null;
    let patches: Patch[] = [];
    if (ahead?.key === JSON.stringify(edits)) ahead.shown = true;
    else {
      performance.mark('ssc:edit');
      patches = session.edit(edits);
    }
    // A field committed while the view closes (a blur on unmount): the journal keeps it; nothing to draw.
    if (disposed) return;
    setDoc(session.doc);
    grid?.setDoc(session.doc);
    if (session.doc.frozen) grid?.makeReadOnly();
    if (edits.some((e) => e.kind === 'profile')) grid?.refreshProfile(session.doc);
    performance.mark('ssc:patched');
    // The scores of a held Enter, if already here, are drawn now: in the same frame as the commit.
    if (ahead?.shown && ahead.scores) receive(ahead.scores);
    if (patches.length > 0) void engine.apply(patches).then(receive, engineFailed);
  };

  /**
   * An Enter the grid holds (KpiGrid.holdEnter): its edits are stored and sent to the engine now, in
   * the keystroke's own task (so the hold never delays storing them), but drawn only when the grid
   * commits them, with their scores if these have arrived. Returns null when the grid must not hold.
   */
  let held: { key: string; scores: Scores | null; shown: boolean } | null = null;
  const sendAhead = (edits: Edit[]): Promise<unknown> | null => {
    if (!session || !engine || paused() || disposed || edits.some((e) => checkEdit(e) !== null) || session.refusal(edits)) return null;
    performance.mark('ssc:edit');
    const patches = session.edit(edits);
    const ahead = { key: JSON.stringify(edits), scores: null as Scores | null, shown: false };
    held = ahead;
    return engine.apply(patches).then((s) => {
      if (ahead.shown) receive(s);
      else ahead.scores = s;
    }, engineFailed);
  };

  /** Marks catalogue changes as read: saved edits like any other; the values and scores are untouched. */
  const acknowledge = (ids: string[]) => {
    send(ids.map((id) => ({ kind: 'acknowledge' as const, id })));
    grid?.redraw();
  };

  /** Edits the frozen assessment refused (session.ts, freeze-rule.ts): said, and the frozen values shown again. */
  const refusedFrozen = () => {
    if (disposed || !session) return;
    setNotice(V.frozenRefused);
    grid?.load(session.doc);
    grid?.makeReadOnly();
    const s = scores();
    if (s) grid?.setScores(s);
  };

  /** A rejected worker call: the edits are stored all the same; the scores on screen are stale, and said so. */
  const engineFailed = () => !disposed && setNotice(S.engineFailed);

  const onExternal = (next: AssessmentDoc, clashes: Clash[]) => {
    if (disposed) return;
    setDoc(next);
    grid?.load(next);
    if (next.frozen) grid?.makeReadOnly();
    void engine?.load(next).then(receive, engineFailed);
    setNotice(
      clashes.length > 0 ? `${S.externalUpdate} ${S.clashList(clashes.map((c) => S.clashItem(describeEdit(c.edit), show(c.theirs))))}` : D.replacedOrChanged,
    );
  };
  const putBack = () => {
    const edits = lost().map((l) => l.edit);
    setLost([]);
    send(edits);
  };
  /** Back to the library; edits not stored are never dropped without asking. */
  const leave = async () => {
    await session?.flush();
    if (session && session.atRisk > 0) return setLeaving(true);
    props.onClose();
  };

  const flush = () => void session?.flush();
  const onVisibility = () => document.visibilityState === 'hidden' && flush();

  onMount(async () => {
    // Read before the first await: App's prop getter makes a computation, which past an await has no
    // owner and was never disposed (Solid's "computations created outside a createRoot" warning).
    const start = props.start;
    let opened: Awaited<ReturnType<typeof loadForEditing>>;
    let dec: DecimalStyle;
    try {
      // Edits journalled before a crash or a closed tab are folded in before anything is shown.
      let name: unknown;
      [opened, dec, name, rules] = await Promise.all([
        loadForEditing(db, props.id),
        getSetting<DecimalStyle>(db, 'decimal', localeDecimal()),
        getSetting<unknown>(db, REVIEWER_SETTING, ''),
        localRules(db, u4ssc),
      ]);
      if (typeof name === 'string') setWho(name);
    } catch (e) {
      if (!disposed) setMissing(D.problem(storageProblem(e)));
      return;
    }
    if (disposed) return;
    const stored = opened?.doc;
    const recovered = opened?.recovered ?? 0;
    const setAside = opened?.setAside ?? [];
    if (!stored) {
      setMissing(S.notFound);
      return;
    }
    setDecimal(dec === 'comma' ? 'comma' : 'point');
    session = new Session(db, stored, {
      notifier,
      tabId,
      onState: (s) => !disposed && setSaveState(s),
      onExternal,
      onLost: (l) => !disposed && setLost(l),
      onDeleted: () => !disposed && setNotice(S.deletedElsewhere),
      onRefused: refusedFrozen,
      signer: () => who().trim(),
    });
    setSaveState(session.state);
    if (recovered > 0 || setAside.length > 0) setNotice([recovered > 0 ? D.recovered(recovered) : '', setAsideReport(setAside)].filter(Boolean).join(' '));
    engine = props.engine();
    setDoc(stored);
    grid = new KpiGrid(host, {
      fw: u4ssc,
      decimal,
      height: Math.max(320, Math.min(900, window.innerHeight - 240)),
      onEdits: send,
      onHold: sendAhead,
      referenceTarget: (id) => referenceTargets.byId.get(id)?.target ?? null,
      onSelect: (id) => {
        setSelected(id);
        setExplained(null);
        refreshExplain();
      },
      onSelectGroup: setExplained,
      onCounts: setFlagCounts,
      onMessage: setGridMessage,
      onColumnSet: setColumnSet,
    });
    grid.load(stored);
    if (stored.frozen) grid.makeReadOnly();
    setGridReady(grid);
    preloadPanels();
    props.onGrid?.(grid);
    const loading = engine.load(stored);
    engineLoaded = true;
    await loading.then(receive, engineFailed);
    // Focus goes to the next step once the first scores are drawn: the side column grows with them, and a
    // profile field focused before was pushed below the screen (issue #25).
    // On a phone the grid is hidden: selecting its cell made Handsontable take the keys typed into the
    // data point's fields (Enter never committed); the data point is shown instead, with no keyboard popped up.
    if (!disposed && !start) focusNextStep(u4ssc, stored, (id, column) => (narrow() ? (setSelected(id), refreshExplain()) : grid?.selectCell(id, column)));
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    stopFlushOnReload = flushBeforeReload(() => session?.flush() ?? Promise.resolve());
    // In memory only, every edit is lost on reload; otherwise the ones not yet stored.
    stopUnloadGuard = guardUnload(() => !!session && (session.atRisk > 0 || (session.state.kind === 'memory' && session.doc !== stored)));
  });

  onCleanup(() => {
    disposed = true;
    stopFlushOnReload?.();
    stopUnloadGuard?.();
    stopVersionWatch();
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', flush);
    props.onGrid?.(null);
    void session?.close();
    engine?.dispose();
    grid?.destroy();
  });

  const changeDecimal = (d: DecimalStyle) => {
    const from = decimal();
    setDecimal(d);
    void setSetting(db, 'decimal', d);
    const current = doc();
    if (current && grid) {
      // The cells are written under the new mark; the undo history stays (its numbers rewritten too).
      grid.redecimal(current, from);
      const s = scores();
      if (s) grid.setScores(s);
      // Kept text that reads under the new mark becomes a value (grid cells and profile fields alike).
      const profile = rereadProfile(current, d);
      if (profile.length > 0) send(profile);
      const n = grid.rereadKeptText() + profile.length;
      setGridMessage(n > 0 ? S.rereadReport(n) : null);
    }
  };
  const setFilter = (key: keyof Filters, on: boolean) => {
    const next = { ...filters(), [key]: on };
    setFilters(next);
    grid?.setFilters(next);
  };
  const showView = (next: View) => {
    setView(next);
    // Handsontable measures itself; it was hidden while another view was shown.
    if (next === 'grid') queueMicrotask(() => grid?.refreshDimensions());
  };
  /** From the wheel or the report: back to the grid on that data point, with its explanation. */
  const goTo = (id: string) => {
    showView('grid');
    queueMicrotask(() => grid?.selectCell(id, 'computed'));
    setSelected(id);
    setExplained(null);
    refreshExplain();
  };
  const undoRedo = (which: 'undo' | 'redo') => grid?.undoRedo(which);

  const saveText = () => {
    const s = saveState();
    switch (s.kind) {
      case 'saved':
        return D.saved;
      case 'saving':
        return D.saving(s.count);
      case 'memory':
        return D.memory;
      case 'error':
        // Edits that only lost races to other tabs are all in the journal: "Not saved" alone would overstate it.
        return s.problem.kind === 'conflict' && s.atRisk === 0 ? D.problem(s.problem) : D.notSaved(s.atRisk, D.problem(s.problem));
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
            ✕ <span class="visually-hidden">{S.cancel}</span>
          </button>
        </p>
      </Show>
      <Show when={lost().length > 0}>
        <div class="notice notice-warning" role="alert" data-testid="lost">
          <p>{D.lost(lost().map((l) => D.lostItem(describeEdit(l.edit), show(l.mine), show(l.theirs))))}</p>
          <button type="button" class="primary" onClick={putBack}>
            {D.putMineBack}
          </button>{' '}
          <button type="button" onClick={() => setLost([])}>
            {D.dismiss}
          </button>
        </div>
      </Show>
      <Show when={paused()}>
        <p class="notice notice-warning" role="alert">
          {D.readOnlyReplaced}
        </p>
      </Show>
    </div>
  );
  /** The toolbar's tools other than undo and redo (a menu of them on a phone). */
  const moreTools = () => (
    <>
      <label class="tool tool-decimal">
        {S.decimalMark}{' '}
        <select value={decimal()} onChange={(e) => changeDecimal(e.currentTarget.value as DecimalStyle)} data-testid="decimal">
          <option value="point">{S.decimalPoint}</option>
          <option value="comma">{S.decimalComma}</option>
        </select>
      </label>
      <ColumnSetToggle value={columnSet()} onChange={(set) => grid?.setColumnSet(set)} />
      <GridFilters filters={filters()} counts={flagCounts()} review={reviewCounts()} onChange={setFilter} />
      <GridFind
        value={filters().find}
        total={u4ssc.datapoints.length}
        shown={findMatches(filters().find)}
        onFind={(text) => {
          const next = { ...filters(), find: text };
          setFilters(next);
          grid?.setFilters(next);
        }}
      />
      <button type="button" onClick={() => grid?.setAllCollapsed(false)}>
        {S.expandAll}
      </button>
      <button type="button" onClick={() => grid?.setAllCollapsed(true)}>
        {S.collapseAll}
      </button>
      <button type="button" onClick={() => doc() && downloadJson(session?.doc ?? doc()!)}>
        {S.exportJson}
      </button>
    </>
  );
  return (
    <section class="workbench" aria-labelledby="wb-title">
      <Show when={!missing()} fallback={<MissingNotice message={missing() || S.notFound} onClose={props.onClose} />}>
        <div class="wb-head">
          <button type="button" class="link" onClick={() => void leave()}>
            ← {S.backToLibrary}
          </button>
          <h2 id="wb-title">
            <Show when={doc()}>{(d) => <>{`${d().city} ${d().year}${d().country ? ` · ${d().country}` : ''}`}</>}</Show>
          </h2>
          <p class={`save-status${saveError() ? ' save-error' : ''}`} role={saveError() ? 'alert' : 'status'} aria-live="polite" data-testid="save-status">
            {saveText()}
            <Show when={saveError() && doc()}>
              {' '}
              <button type="button" class="primary" onClick={() => downloadJson(session?.doc ?? doc()!)}>
                {S.exportNow}
              </button>
            </Show>
          </p>
        </div>
        <Show when={doc() && isFictional(doc()!)}>
          <p class="fictional-banner" role="note">
            {S.fictionalNotice}
          </p>
        </Show>
        {/* Notices never cover controls: in grid view on a wide screen they head the side column, beside the
            grid (which they never shift under a typing user); otherwise they take their place above the views. */}
        <Show when={!(view() === 'grid' && wide())}>{notices()}</Show>
        <Show when={leaving()}>
          <div class="notice notice-warning" role="alertdialog" aria-labelledby="leave-text" data-testid="leave-unsaved">
            <p id="leave-text">{D.leaveUnsaved(session?.atRisk ?? 0)}</p>
            <button
              type="button"
              class="primary"
              onClick={() => {
                if (session) downloadJson(session.doc);
                props.onClose();
              }}
            >
              {D.exportAndLeave}
            </button>{' '}
            <button type="button" onClick={props.onClose}>
              {D.leaveAnyway}
            </button>{' '}
            <button type="button" onClick={() => setLeaving(false)}>
              {D.stay}
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
          {(d) => <FirstSteps fw={u4ssc} doc={d()} scores={scores()} onView={showView} focusCell={(id, c) => grid?.selectCell(id, c)} />}
        </Show>
        <Show when={doc()}>
          {(d) => (
            <Suspense>
              <LocalKpis db={db} doc={d()} decimal={decimal()} send={send} />
            </Suspense>
          )}
        </Show>

        <div class="view-tabs" role="tablist" aria-label={S.views}>
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
                const i = VIEWS.indexOf(v);
                // Right to left, the next tab is on the left.
                const forward = document.documentElement.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
                const back = forward === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
                const next = e.key === forward ? VIEWS[(i + 1) % VIEWS.length] : e.key === back ? VIEWS[(i + VIEWS.length - 1) % VIEWS.length] : null;
                if (next) {
                  e.preventDefault();
                  showView(next);
                  document.getElementById(`tab-${next}`)?.focus();
                }
              }}
            >
              {S.viewLabel(v)}
            </button>
          ))}
        </div>

        <Show when={(view() === 'results' || view() === 'report') && doc() && scores()}>
          <div id={`view-${view()}`} role="tabpanel" aria-labelledby={`tab-${view()}`}>
            <Suspense fallback={<p>{S.loadingView}</p>}>
              <ResultsView mode={view() as 'results' | 'report'} db={db} doc={doc()!} scores={scores()!} decimal={decimal()} onSelect={goTo} />
            </Suspense>
          </div>
        </Show>
        <Show when={view() === 'review' && doc()}>
          <div id="view-review" role="tabpanel" aria-labelledby="tab-review">
            <Suspense fallback={<p>{S.loadingView}</p>}>
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
                onFreeze={() => void freeze()}
                onNewVersion={() => void newVersion()}
                itemState={(id) => scores()?.items[u4ssc.byId.get(id)?.index ?? -1]?.state}
              />
            </Suspense>
          </div>
        </Show>
        <Show when={view() === 'share' && doc()}>
          <div id="view-share" role="tabpanel" aria-labelledby="tab-share">
            <Suspense fallback={<p>{S.loadingView}</p>}>
              <ShareView
                db={db}
                doc={session?.doc ?? doc()!}
                onTargets={(targets) => send(Object.entries(targets).map(([id, override]) => ({ kind: 'target' as const, id, override })))}
                onMerged={props.onOpenOther}
              />
            </Suspense>
          </div>
        </Show>

        <Show when={view() === 'workshop' && doc() && scores()}>
          <div id="view-workshop" role="tabpanel" aria-labelledby="tab-workshop">
            <Suspense fallback={<p>{S.loadingView}</p>}>
              <WorkshopView
                db={db}
                doc={session?.doc ?? doc()!}
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
            <Suspense fallback={<p>{S.loadingView}</p>}>
              <ComparisonView db={db} doc={doc()!} decimal={decimal()} />
            </Suspense>
          </div>
        </Show>

        <div id="view-grid" role="tabpanel" aria-labelledby="tab-grid" hidden={view() !== 'grid'}>
          <div class="toolbar" role="toolbar" aria-label={S.toolbar}>
            <button type="button" onClick={() => undoRedo('undo')} title={S.undoShortcut}>
              {S.undoEdit}
            </button>
            <button type="button" onClick={() => undoRedo('redo')} title={S.redoShortcut}>
              {S.redoEdit}
            </button>
            {/* On a phone the rest folds into a menu, so the entry of a data point starts on the first screen (issue #25). */}
            <Show when={narrow()} fallback={moreTools()}>
              <details class="toolbar-more" data-testid="toolbar-more">
                <summary>{S.moreTools}</summary>
                <div class="toolbar-more-body">{moreTools()}</div>
              </details>
            </Show>
          </div>

          <div class="wb-body">
            <div class="wb-grid">
              <p id="grid-help" class="hint">
                {S.gridHelp}
              </p>
              <GridLegend />
              <Show when={narrow() && gridReady()}>
                {(g) => (
                  <Suspense>
                    <NarrowEntry
                      grid={g()}
                      doc={doc()}
                      scores={scores()}
                      refresh={flagCounts()}
                      selected={selected()}
                      onSelect={(id) => {
                        setSelected(id);
                        setExplained(null);
                        refreshExplain();
                      }}
                    />
                  </Suspense>
                )}
              </Show>
              <div class="grid-host" ref={host} role="region" aria-label={S.gridLabel} aria-describedby="grid-help" data-testid="grid" />
            </div>
            <aside class="wb-side" classList={{ 'review-first': reviewFirst() }} ref={side}>
              <Show when={view() === 'grid' && wide()}>{notices()}</Show>
              <SummaryPanel
                scores={scores()}
                decimal={decimal()}
                method={doc()?.method.name ?? 'u4ssc-points'}
                onMethod={(m: MethodName) => send([{ kind: 'method', method: { name: m } }])}
                onExplain={(code) => {
                  setExplained(code);
                  queueMicrotask(() => bringExplanationIntoView('aggregate'));
                }}
                explained={explained()}
              />
              <Show when={doc()}>
                {(d) => (
                  <ScoringTargetsChoice
                    choice={d().scoringTargets ?? 'reference'}
                    scores={scores()}
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
                    itemState={scores()?.items[selectedRef()!.index]?.state}
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
                  <h4 id="explain-thread">{V.threadTitle}</h4>
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
        {S.backToLibrary}
      </button>
    </div>
  );
}
