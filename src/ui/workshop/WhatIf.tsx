/**
 * The what-if sandbox: trial values for any data points, scored in this thread against the saved
 * assessment (one assessment scores in about a millisecond), never stored. Every aggregate and data
 * point that changes is listed before → after with an arrow and a word (never colour alone), and two
 * wheels show the saved and the trial state side by side. Leaving the view drops the trial values;
 * "Keep as new assessment" stores them as a separate assessment.
 */
import { createMemo, createSignal, createUniqueId, For, Show, type JSX } from 'solid-js';
import { createAssessment, type AssessmentDoc } from '../../engine/assessment';
import { score } from '../../engine/evaluator';
import { referenceTargets, u4ssc } from '../../engine/frameworks/u4ssc';
import { parseNumber, type DecimalStyle } from '../../engine/parse';
import type { AggregateResult, Band, Scores } from '../../engine/types';
import { applyWhatIf, diffScores, type Trend, type WhatIfChange } from '../../engine/whatif';
import { addAssessment, storageProblem, type WorkbenchDb } from '../../storage/db';
import { aggBandText, datapointCode, datapointName, fmtPercent, fmtQuantity, itemBandText } from '../results/format';
import { Wheel } from '../results/Wheel';
import { workshopWords } from '../strings/workshop';
import { TableHead } from '../results/table-head';
import { savingWords } from '../strings/saving';
import { ItemPicker } from '../picker/ItemPicker';
import { pickItems } from '../picker/items';
import { groupName } from '../strings/kpi-names';

export function TrendMark(props: { trend: Trend }): JSX.Element {
  const [arrow, word] =
    props.trend === 'up'
      ? [workshopWords.arrowUp, workshopWords.rises]
      : props.trend === 'down'
        ? [workshopWords.arrowDown, workshopWords.falls]
        : [workshopWords.arrowSame, workshopWords.unchanged];
  return (
    <span class={`ws-trend ws-trend-${props.trend}`}>
      <span aria-hidden="true">{arrow}</span> {word}
    </span>
  );
}

const aggName = (a: AggregateResult) => (a.level === 'overall' ? a.name : `${a.code} ${groupName(a)}`);

export function WhatIf(props: {
  db: WorkbenchDb;
  doc: AssessmentDoc;
  scores: Scores;
  decimal: DecimalStyle;
  onOpenOther: (id: string) => void;
  toast: (message: string) => void;
}): JSX.Element {
  const ids = { value: createUniqueId(), error: createUniqueId() };
  const [changes, setChanges] = createSignal<WhatIfChange[]>([]);
  const [chosen, setChosen] = createSignal(u4ssc.datapoints[0].id);
  const [text, setText] = createSignal('');
  const [yesNo, setYesNo] = createSignal<'yes' | 'no'>('yes');
  const [error, setError] = createSignal<string | null>(null);

  const ref = () => u4ssc.byId.get(chosen())!;
  const isYesNo = () => ref().def.formula.kind === 'yesno';
  const trial = createMemo(() => applyWhatIf(props.doc, changes()));
  const after = createMemo(() => (changes().length === 0 ? props.scores : score(u4ssc, referenceTargets, trial())));
  const diff = createMemo(() => diffScores(u4ssc, props.scores, after()));
  const savedValue = (id: string) => {
    const r = u4ssc.byId.get(id)!;
    const v = props.scores.items[r.index].value;
    return v === null ? workshopWords.savedValueNone : fmtQuantity(v, r, props.decimal);
  };
  const trialValue = (c: WhatIfChange) =>
    typeof c.value === 'number'
      ? fmtQuantity(c.value, u4ssc.byId.get(c.id)!, props.decimal)
      : c.value === 'yes'
        ? workshopWords.whatIfYes
        : workshopWords.whatIfNo;

  const tryValue = (e: SubmitEvent) => {
    e.preventDefault();
    let value: WhatIfChange['value'];
    if (isYesNo()) value = yesNo();
    else {
      const parsed = parseNumber(text(), props.decimal);
      if (!parsed.ok) return setError(workshopWords.whatIfNotNumber(text(), datapointName(ref())));
      value = parsed.value;
    }
    setError(null);
    setChanges([...changes().filter((c) => c.id !== chosen()), { id: chosen(), value }]);
    setText('');
  };

  const keep = async () => {
    const d = props.doc;
    const list = changes()
      .map((c) => workshopWords.whatIfChangeLine(datapointCode(u4ssc.byId.get(c.id)!), savedValue(c.id), trialValue(c)))
      .join('; ');
    const base = createAssessment(
      { city: workshopWords.whatIfCityName(d.city), country: d.country, year: d.year, notes: workshopWords.whatIfNotes(d.city, d.year, list) },
      u4ssc,
      d.targetSetId,
    );
    const t = trial();
    try {
      const stored = await addAssessment(props.db, {
        ...base,
        profile: { ...t.profile },
        values: structuredClone(t.values),
        targets: { ...t.targets },
        method: { ...t.method },
      });
      props.toast(workshopWords.whatIfKept(`${stored.city} ${stored.year}`));
      props.onOpenOther(stored.id);
    } catch (err) {
      props.toast(savingWords.problem(storageProblem(err)));
    }
  };

  const pct = (a: number | null) => fmtPercent(a === null ? null : a * 100, props.decimal);
  const bandText = (b: Band | null, a: AggregateResult) => aggBandText({ ...a, band: b });

  return (
    <section class="ws-section" aria-labelledby="ws-whatif-title" data-testid="whatif">
      <h3 id="ws-whatif-title">{workshopWords.whatIfTitle}</h3>
      <p class="hint">{workshopWords.whatIfHint}</p>
      <form class="ws-form" onSubmit={tryValue}>
        <div class="field">
          {/* Found by a fragment of its name or its code (issue #24), as the review's pickers are. */}
          <ItemPicker
            label={workshopWords.whatIfDatapoint}
            items={() => pickItems(u4ssc, 'datapoint')}
            picked={chosen()}
            // Text that names no data point yet keeps the last one picked (the form always has one); the picker says which.
            onPick={(id) => id !== null && setChosen(id)}
            testid="whatif-datapoint"
          />
        </div>
        <div class="field">
          <label for={ids.value}>{workshopWords.whatIfValue}</label>
          <Show
            when={isYesNo()}
            fallback={
              <input
                id={ids.value}
                inputmode="decimal"
                autocomplete="off"
                value={text()}
                placeholder={savedValue(chosen())}
                aria-invalid={error() !== null}
                aria-describedby={error() ? ids.error : undefined}
                onInput={(e) => setText(e.currentTarget.value)}
              />
            }
          >
            <select id={ids.value} value={yesNo()} onChange={(e) => setYesNo(e.currentTarget.value as 'yes' | 'no')}>
              <option value="yes">{workshopWords.whatIfYes}</option>
              <option value="no">{workshopWords.whatIfNo}</option>
            </select>
          </Show>
        </div>
        <button type="submit" class="primary">
          {workshopWords.whatIfTry}
        </button>
        <Show when={error()}>
          <p id={ids.error} class="form-error" role="alert">
            {error()}
          </p>
        </Show>
      </form>

      <h4>{workshopWords.whatIfChanges}</h4>
      <Show when={changes().length > 0} fallback={<p class="hint">{workshopWords.whatIfNoChanges}</p>}>
        <ul class="ws-changes" data-testid="whatif-changes">
          <For each={changes()}>
            {(c) => {
              const r = u4ssc.byId.get(c.id)!;
              return (
                <li>
                  {workshopWords.whatIfChangeLine(`${datapointCode(r)} ${datapointName(r)}`, savedValue(c.id), trialValue(c))}{' '}
                  <button
                    type="button"
                    class="link"
                    aria-label={workshopWords.whatIfRemove(datapointName(r))}
                    onClick={() => setChanges(changes().filter((x) => x.id !== c.id))}
                  >
                    ✕
                  </button>
                </li>
              );
            }}
          </For>
        </ul>
        <div class="ws-actions">
          <button type="button" onClick={() => setChanges([])} data-testid="whatif-revert">
            {workshopWords.whatIfRevert}
          </button>
          <button type="button" class="primary" onClick={() => void keep()} data-testid="whatif-keep">
            {workshopWords.whatIfKeep}
          </button>
        </div>
      </Show>

      <h4>{workshopWords.effectTitle}</h4>
      <Show when={diff().aggregates.length + diff().items.length > 0} fallback={<p class="hint">{workshopWords.effectNone}</p>}>
        <div class="ws-table-wrap">
          <table class="ws-table" data-testid="whatif-effect">
            <TableHead
              columns={[workshopWords.colWhat, workshopWords.colBefore, workshopWords.colAfter, workshopWords.colChange, workshopWords.colBandChange]}
            />
            <tbody>
              <For each={diff().aggregates}>
                {(a) => (
                  <tr data-code={a.code} classList={{ 'ws-band-changed': a.band !== 'same' }}>
                    <th scope="row">{aggName(a.before)}</th>
                    <td>{fmtPercent(a.before.percent, props.decimal)}</td>
                    <td>{fmtPercent(a.after.percent, props.decimal)}</td>
                    <td>
                      <TrendMark trend={a.percent} />
                    </td>
                    <td>
                      <Show when={a.band !== 'same'}>
                        <TrendMark trend={a.band} />{' '}
                      </Show>
                      {workshopWords.bandMove(bandText(a.before.band, a.before), bandText(a.after.band, a.after))}
                    </td>
                  </tr>
                )}
              </For>
              <For each={diff().items}>
                {(i) => {
                  const r = u4ssc.byId.get(i.id)!;
                  return (
                    <tr data-id={i.id} classList={{ 'ws-band-changed': i.band !== 'same' }}>
                      <th scope="row">{`${datapointCode(r)} ${datapointName(r)}`}</th>
                      <td>{workshopWords.valueAndAchievement(fmtQuantity(i.before.value, r, props.decimal), pct(i.before.achievement))}</td>
                      <td>{workshopWords.valueAndAchievement(fmtQuantity(i.after.value, r, props.decimal), pct(i.after.achievement))}</td>
                      <td>
                        <TrendMark trend={i.achievement} />
                      </td>
                      <td>
                        <Show when={i.band !== 'same'}>
                          <TrendMark trend={i.band} />{' '}
                        </Show>
                        {workshopWords.bandMove(itemBandText(i.before), itemBandText(i.after))}
                      </td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
      <div class="ws-wheels">
        <div>
          <h4>{workshopWords.wheelBefore}</h4>
          <Wheel
            framework={u4ssc}
            scores={props.scores}
            city={props.doc.city}
            year={props.doc.year}
            decimal={props.decimal}
            size={340}
            table={false}
            exportButton={false}
            legend={false}
          />
        </div>
        <div data-testid="whatif-wheel-after">
          <h4>{workshopWords.wheelAfter}</h4>
          <Wheel framework={u4ssc} scores={after()} city={props.doc.city} year={props.doc.year} decimal={props.decimal} size={340} exportButton={false} />
        </div>
      </div>
    </section>
  );
}
