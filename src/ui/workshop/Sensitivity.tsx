/**
 * The sensitivity run: options, a progress bar with Cancel, and per aggregate the probability that its
 * band changes. The Monte Carlo runs in its own worker (src/worker/sensitivity-client.ts), started on
 * the first run and stopped when the view closes.
 */
import { createSignal, createUniqueId, For, onCleanup, Show, type JSX } from 'solid-js';
import type { AssessmentDoc } from '../../engine/assessment';
import { METHOD_IDS, type MethodId } from '../../engine/methods';
import { parseNumber, type DecimalStyle } from '../../engine/parse';
import type { SensitivityResult } from '../../engine/sensitivity';
import { createSensitivityClient, type SensitivityClient } from '../../worker/sensitivity-client';
import { formatNumber, formatPercent } from '../format';
import { bandName } from '../results/palette';
import { shellWords } from '../strings';
import { workshopWords } from '../strings/workshop';
import { TableHead } from '../results/table-head';
import { errorName } from '../errors';
import { catalogueName } from '../strings/kpi-names';

export const MAX_DRAWS = 1_000_000;

export function Sensitivity(props: { doc: AssessmentDoc; decimal: DecimalStyle }): JSX.Element {
  const id = createUniqueId();
  const [spread, setSpread] = createSignal('10');
  const [methods, setMethods] = createSignal<MethodId[]>([...METHOD_IDS]);
  const [draws, setDraws] = createSignal('10000');
  const [seed, setSeed] = createSignal('1');
  const [error, setError] = createSignal<string | null>(null);
  const [progress, setProgress] = createSignal<{ done: number; total: number } | null>(null);
  const [status, setStatus] = createSignal<string | null>(null);
  const [result, setResult] = createSignal<SensitivityResult | null>(null);
  let client: SensitivityClient | undefined;
  onCleanup(() => client?.dispose());
  const n = (v: number) => formatNumber(v, props.decimal, 0);

  const whole = (text: string, min: number, max: number) => {
    const p = parseNumber(text, props.decimal);
    return p.ok && Number.isInteger(p.value) && p.value >= min && p.value <= max ? p.value : null;
  };

  const run = async (e: SubmitEvent) => {
    e.preventDefault();
    const sp = parseNumber(spread(), props.decimal);
    if (!sp.ok || sp.value < 0 || sp.value >= 100) return setError(workshopWords.sensitivityBadSpread(spread()));
    const d = whole(draws(), 1, MAX_DRAWS);
    if (d === null) return setError(workshopWords.sensitivityBadDraws(draws(), n(MAX_DRAWS)));
    const s = whole(seed(), 0, 4294967295);
    if (s === null) return setError(workshopWords.sensitivityBadSeed(seed()));
    if (methods().length === 0) return setError(workshopWords.sensitivityNoMethod);
    setError(null);
    setStatus(null);
    setResult(null);
    setProgress({ done: 0, total: d });
    client ??= createSensitivityClient();
    const started = performance.now();
    // The worker reports progress through its own message channel, so its last report can arrive after
    // the run's result: once the run has ended, a late report must not bring the progress bar (and the
    // disabled Run button) back.
    let running = true;
    try {
      const outcome = await client.run(
        {
          profile: props.doc.profile,
          values: props.doc.values,
          targets: props.doc.targets,
          method: props.doc.method,
          // Drawn around the targets in force: the city's own where the assessment is scored against them.
          ...(props.doc.ownTargets && { ownTargets: props.doc.ownTargets }),
          scoringTargets: props.doc.scoringTargets,
        },
        { spread: sp.value / 100, methods: methods(), draws: d, seed: s },
        (done, total) => {
          if (running) setProgress({ done, total });
        },
      );
      if (outcome.kind === 'cancelled') setStatus(workshopWords.sensitivityCancelled(n(outcome.done), n(outcome.total)));
      else {
        setResult(outcome.result);
        setStatus(workshopWords.sensitivityDone(n(outcome.result.draws), String(s), n(performance.now() - started)));
      }
    } catch (err) {
      setStatus(workshopWords.sensitivityFailed(errorName(err)));
    } finally {
      running = false;
      setProgress(null);
    }
  };

  const toggle = (m: MethodId, on: boolean) => setMethods(METHOD_IDS.filter((x) => (x === m ? on : methods().includes(x))));

  return (
    <section class="ws-section" aria-labelledby="ws-sens-title" data-testid="sensitivity">
      <h3 id="ws-sens-title">{workshopWords.sensitivityTitle}</h3>
      <p class="hint">{workshopWords.sensitivityHint}</p>
      <form class="ws-form" onSubmit={(e) => void run(e)}>
        <div class="field">
          <label for={`${id}-spread`}>{workshopWords.sensitivitySpread}</label>
          <input id={`${id}-spread`} inputmode="decimal" value={spread()} onInput={(e) => setSpread(e.currentTarget.value)} size={6} />
        </div>
        <fieldset class="ws-methods">
          <legend>{workshopWords.sensitivityMethods}</legend>
          <For each={METHOD_IDS}>
            {(m) => (
              <label>
                <input type="checkbox" checked={methods().includes(m)} onChange={(e) => toggle(m, e.currentTarget.checked)} /> {workshopWords.methodName[m]}
              </label>
            )}
          </For>
        </fieldset>
        <div class="field">
          <label for={`${id}-draws`}>{workshopWords.sensitivityDraws}</label>
          <input id={`${id}-draws`} inputmode="numeric" value={draws()} onInput={(e) => setDraws(e.currentTarget.value)} size={9} />
        </div>
        <div class="field">
          <label for={`${id}-seed`}>{workshopWords.sensitivitySeed}</label>
          <input id={`${id}-seed`} inputmode="numeric" value={seed()} onInput={(e) => setSeed(e.currentTarget.value)} size={10} />
        </div>
        <button type="submit" class="primary" disabled={progress() !== null}>
          {workshopWords.sensitivityRun}
        </button>
        <Show when={error()}>
          <p class="form-error" role="alert">
            {error()}
          </p>
        </Show>
      </form>
      <Show when={progress()}>
        {(p) => (
          <div class="ws-progress" data-testid="sensitivity-progress">
            <progress max={p().total} value={p().done} aria-label={workshopWords.sensitivityProgress(n(p().done), n(p().total))} />{' '}
            <span>{workshopWords.sensitivityProgress(n(p().done), n(p().total))}</span>{' '}
            <button type="button" onClick={() => void client?.cancel()}>
              {workshopWords.sensitivityCancel}
            </button>
          </div>
        )}
      </Show>
      <p role="status" data-testid="sensitivity-status">
        {status()}
      </p>
      <Show when={result()}>
        {(r) => (
          <div class="ws-table-wrap">
            <table class="ws-table" data-testid="sensitivity-result">
              <TableHead columns={[workshopWords.colAggregate, workshopWords.colBandNow, workshopWords.colPChange]} />
              <tbody>
                <For each={r().rows}>
                  {(row) => (
                    <tr data-code={row.code} classList={{ 'ws-band-changed': row.pChange > 0 }}>
                      <th scope="row">{row.code === 'overall' ? shellWords.overall : `${row.code} ${catalogueName('group', row.code, row.name)}`}</th>
                      <td>{bandName(row.baseBand)}</td>
                      <td>{formatPercent(row.pChange * 100, props.decimal)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        )}
      </Show>
    </section>
  );
}
