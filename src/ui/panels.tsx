import { For, Index, Show, Suspense, createMemo, createSignal, type JSX } from 'solid-js';
import { coverageByGroup } from '../engine/coverage';
import type { Explanation } from '../engine/explain';
import type { AggregateExplanation } from '../engine/explain-aggregate';
import { AggregateExplain, JsonStatFill } from './lazy-panels';
import { u4ssc } from '../engine/frameworks/u4ssc';
import type { DecimalStyle } from '../engine/parse';
import type { AggregateResult, MethodName, NumInput, ProfileField, Scores } from '../engine/types';
import { bandLabel, flagMessage, formatNumber, formatPercent, inputText, readInput } from './format';
import { Headline, ProvisionalTag } from './Headline';
import { sourceOf, type ProvenancePlace, type Provenance, type TableSource } from '../engine/provenance';
import { jsonstat, sourcedText } from './strings/jsonstat';
import { shellWords } from './strings';
import { catalogueTexts, changeText } from './strings/catalogue';
import type { CatalogueReview } from '../engine/catalogue-version';
import { workshopWords } from './strings/workshop';
import { datapointTitle, datapointUnit, groupName, profileDefinition, profileLabel, profileUnit } from './strings/kpi-names';
import { timeWords } from './strings/time';

// ---------------------------------------------------------------------------------------------------
// Summary

export function BandBadge(props: { band: AggregateResult['band'] }): JSX.Element {
  return (
    <Show when={props.band} fallback={<span class="band band-none">{shellWords.notScored}</span>}>
      {(b) => <span class={`band band-${b()}`}>{bandLabel(b())}</span>}
    </Show>
  );
}

export function SummaryPanel(props: {
  scores: Scores | null;
  decimal: DecimalStyle;
  method: MethodName;
  onMethod: (m: MethodName) => void;
  /** A row's name explains it in the explain panel (issue #25); `explained` is the aggregate explained now. */
  onExplain?: (code: string) => void;
  explained?: string | null;
}): JSX.Element {
  const rows = () => {
    const s = props.scores;
    if (!s) return [];
    const out: AggregateResult[] = [s.overall];
    for (const d of s.dimensions) {
      out.push(d);
      for (const sub of s.subdimensions.filter((x) => x.code.startsWith(`${d.code}: `))) {
        out.push(sub);
        out.push(...s.categories.filter((c) => c.code.startsWith(`${sub.code}: `)));
      }
    }
    return out;
  };
  const coverage = createMemo(() => (props.scores ? coverageByGroup(u4ssc, props.scores) : new Map()));
  return (
    <section class="panel summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{shellWords.summaryTitle}</h2>
      <fieldset class="method">
        <legend>{shellWords.method}</legend>
        <label>
          <input type="radio" name="method" value="u4ssc-points" checked={props.method === 'u4ssc-points'} onChange={() => props.onMethod('u4ssc-points')} />
          {shellWords.methodPoints}
        </label>
        <label>
          <input type="radio" name="method" value="continuous" checked={props.method === 'continuous'} onChange={() => props.onMethod('continuous')} />
          {shellWords.methodContinuous}
        </label>
      </fieldset>
      <Show when={props.scores} fallback={<p>{shellWords.scoresPending}</p>}>
        <Headline agg={props.scores!.overall} coverage={coverage().get('overall')} decimal={props.decimal} testid="summary-headline" />
        <div class="summary-scroll" tabindex="0" role="group" aria-labelledby="summary-title">
          <table class="summary-table">
            <thead>
              <tr>
                <th scope="col">{shellWords.level}</th>
                <th scope="col">{shellWords.percent}</th>
                <th scope="col">{shellWords.band}</th>
                <th scope="col">
                  <abbr title={shellWords.coverage}>{shellWords.coverageShort}</abbr>
                </th>
              </tr>
            </thead>
            <tbody>
              <Index each={rows()}>
                {(agg) => (
                  <tr class={`agg agg-${agg().level}`} data-code={agg().code}>
                    <th scope="row">
                      <Show
                        when={props.onExplain}
                        fallback={
                          <>
                            <span class="agg-code">{agg().level === 'overall' ? '' : agg().code}</span>{' '}
                            {agg().level === 'overall' ? shellWords.overall : groupName(agg())}
                          </>
                        }
                      >
                        <button
                          type="button"
                          class="agg-explain"
                          aria-pressed={props.explained === agg().code}
                          title={shellWords.explainAggSelect(agg().level === 'overall' ? shellWords.overall : groupName(agg()))}
                          onClick={() => props.onExplain!(agg().code)}
                        >
                          <span class="agg-code">{agg().level === 'overall' ? '' : agg().code}</span>{' '}
                          {agg().level === 'overall' ? shellWords.overall : groupName(agg())}
                        </button>
                      </Show>
                    </th>
                    <td class="num agg-percent">{agg().percent === null ? shellWords.none : formatPercent(agg().percent, props.decimal)}</td>
                    <td>
                      <BandBadge band={agg().band} />
                      <ProvisionalTag coverage={coverage().get(agg().code)} />
                    </td>
                    <td class="num">{shellWords.coverageValue(agg().reported, agg().benchmarked, agg().expected)}</td>
                  </tr>
                )}
              </Index>
            </tbody>
          </table>
        </div>
      </Show>
      <p class="hint">{shellWords.illustrativeTargets}</p>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------------
// City profile

export function ProfilePanel(props: {
  fields: ProfileField[];
  profile: Record<string, NumInput>;
  decimal: DecimalStyle;
  onChange: (field: string, value: NumInput) => void;
  /** Where the figures filled from a statistics table came from (format 8); shown under each. */
  provenance?: Provenance;
  frozen?: boolean;
  /** A figure filled from a statistics table, with its source. */
  onFill?: (field: string, value: number, source: TableSource) => void;
}): JSX.Element {
  const w = jsonstat;
  // A source is shown only while the field holds the number it gave (engine/provenance.ts).
  const source = (field: string) => sourceOf({ profile: props.profile, values: {}, provenance: props.provenance }, { profile: field });
  return (
    <section class="panel profile" aria-labelledby="profile-title">
      <h2 id="profile-title">{shellWords.profileTitle}</h2>
      <p class="hint">{shellWords.profileHelp}</p>
      <div class="profile-fields">
        <For each={props.fields}>
          {(f) => (
            <ProfileInput
              field={f}
              value={props.profile[f.id] ?? null}
              decimal={props.decimal}
              onChange={props.onChange}
              source={source(f.id)}
              readOnly={!!props.frozen}
            />
          )}
        </For>
      </div>
      {/* Its own boundary: the profile fields above never wait for this section's chunk. */}
      <Suspense>
        <JsonStatFill
          places={props.fields.map((f) => ({ place: { profile: f.id }, label: profileLabel(f) }))}
          decimal={props.decimal}
          idPrefix="profile"
          placeLabel={w.field}
          frozen={!!props.frozen}
          onFill={(place, value, src) => {
            if ('profile' in place) (props.onFill ?? ((f, v) => props.onChange(f, v)))(place.profile, value, src);
          }}
        />
      </Suspense>
    </section>
  );
}

function ProfileInput(props: {
  field: ProfileField;
  value: NumInput;
  decimal: DecimalStyle;
  onChange: (field: string, value: NumInput) => void;
  source: TableSource | null;
  /** A frozen assessment: the field cannot be typed into, as the grid cannot (the session refuses the edit too). */
  readOnly?: boolean;
}): JSX.Element {
  const id = `profile-${props.field.id}`;
  const [local, setLocal] = createSignal<string | null>(null);
  const reason = () => {
    const v = props.value;
    return typeof v === 'string' ? readInput(v, props.decimal).reason : null;
  };
  const commit = (text: string) => {
    setLocal(null);
    const parsed = readInput(text, props.decimal);
    if (parsed.value !== props.value) props.onChange(props.field.id, parsed.value);
  };
  return (
    <div class="field">
      <label for={id}>
        {profileLabel(props.field)} <span class="unit">({profileUnit(props.field)})</span>
      </label>
      <input
        id={id}
        inputmode="decimal"
        autocomplete="off"
        title={profileDefinition(props.field)}
        readOnly={props.readOnly}
        value={local() ?? inputText(props.value, props.decimal)}
        aria-invalid={reason() ? 'true' : undefined}
        aria-describedby={[reason() ? `${id}-error` : '', props.source ? `${id}-source` : ''].filter(Boolean).join(' ') || undefined}
        classList={{ invalid: !!reason() }}
        onInput={(e) => setLocal(e.currentTarget.value)}
        onChange={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value)}
      />
      <Show when={reason()}>
        <span id={`${id}-error`} class="field-error">
          {reason()}
        </span>
      </Show>
      <Show when={props.source}>
        {(s) => (
          <span id={`${id}-source`} class="hint provenance" data-testid={`${id}-source`}>
            {sourcedText(s())}
          </span>
        )}
      </Show>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------------
// Explain this number

export function ExplainPanel(props: {
  explanation: Explanation | null;
  decimal: DecimalStyle;
  /** The assessment's catalogue review: the selected data point's changes are shown, with a way to mark them as read. */
  review?: CatalogueReview;
  onAcknowledge?: (id: string) => void;
  /** More about the data point (its query thread), shown with the explanation. */
  children?: JSX.Element;
  /** The selected aggregate's explanation (a summary or group row): shown instead of the data point's. */
  aggregate?: AggregateExplanation | null;
  /** More about the aggregate (its trend), shown with its explanation. */
  aggregateMore?: JSX.Element;
  /** The source of the figure a place holds, when it was filled from a statistics table (format 8). */
  sourceOf?: (place: ProvenancePlace) => TableSource | null;
}): JSX.Element {
  const num = (n: number | null, frac = 3) => (n === null ? shellWords.none : formatNumber(n, props.decimal, frac));
  /** An input as stored: a number in the user's format, rejected text quoted, or a dash. */
  const input = (v: NumInput | undefined) =>
    v === undefined || v === null || v === '' ? shellWords.none : typeof v === 'number' ? num(v, 6) : shellWords.quoted(v);
  const yesno = (x: Explanation) => x.datapoint.direction === 'yesno';
  const unit = (x: Explanation) => (yesno(x) || !x.datapoint.unit || x.datapoint.unit === 'number' ? '' : ` ${x.datapoint.unit}`);
  const value = (x: Explanation) => {
    const c = x.value.calculation;
    if (!c) return shellWords.none;
    if (c.kind === 'yesno') return c.yes ? shellWords.yes : shellWords.no;
    if (c.kind === 'reported') {
      const e = x.value.entered;
      return e
        ? catalogueTexts.entered({ value: num(e.value, 6), unit: e.unit, factor: num(e.factor, 6), result: num(c.value), target: x.datapoint.unit })
        : `${num(c.value)}${unit(x)}`;
    }
    return `${shellWords.explainWorking(num(c.numerator, 6), num(c.denominator, 6), c.multiplier === 1 ? null : num(c.multiplier), num(c.value))}${unit(x)}`;
  };
  /** Where an input is stored: the data point's entry, or the profile field a ratio divides by. */
  const placeOf = (x: Explanation, i: Explanation['inputs'][number]): ProvenancePlace => {
    if (i.role === 'reported') return { id: x.id, field: 'value' };
    const f = u4ssc.byId.get(x.id)?.def.formula;
    if (i.role === 'denominator' && i.fromProfile && f?.kind === 'ratio' && 'profile' in f.denominator) return { profile: f.denominator.profile };
    return { id: x.id, field: i.role };
  };
  const inputSource = (x: Explanation, i: Explanation['inputs'][number]) => props.sourceOf?.(placeOf(x, i)) ?? null;
  const inputName = (x: Explanation, i: Explanation['inputs'][number]) => {
    if (i.role === 'reported') return x.formulaKind === 'ratio' ? shellWords.explainReportedWins : shellWords.explainReported;
    return i.fromProfile ? shellWords.explainFromProfile(i.name ?? '') : (i.name ?? '');
  };
  const targetRationale = (x: Explanation) => {
    if (x.target.rationale !== null) return x.target.rationale;
    if (x.target.from === 'own') return timeWords.scoring.ownRationale;
    if (x.target.from === 'assessment') return x.target.origin === 'none' ? shellWords.explainTargetRemoved : shellWords.explainTargetOverride;
    return shellWords.explainTargetNoEntry;
  };
  const target = (x: Explanation) => {
    const t = x.target.value;
    if (t === null) return shellWords.explainOrigin.none;
    const shown = yesno(x) ? (t >= 1 ? shellWords.yes : shellWords.no) : `${num(t)}${unit(x)}`;
    return `${shown} (${shellWords.explainOrigin[x.target.origin]})`;
  };
  /** A value of a data point (this one or another) in its unit; yes / no for yes/no data points. */
  const quantity = (x: Explanation, direction: string, v: number, id?: string) => {
    const ref = id ? u4ssc.byId.get(id) : undefined;
    const u = ref ? datapointUnit(ref) : x.datapoint.unit;
    if (direction === 'yesno') return v >= 1 ? shellWords.yes : shellWords.no;
    return `${num(v)}${!u || u === 'number' ? '' : ` ${u}`}`;
  };
  const nextBand = (x: Explanation) => {
    const n = x.nextBand;
    switch (n.kind) {
      case 'reach':
        return workshopWords.nextBandReach(quantity(x, x.datapoint.direction, n.value), bandLabel(n.band));
      case 'top':
        return workshopWords.nextBandTop;
      case 'unreachable':
        return workshopWords.nextBandUnreachable(quantity(x, x.datapoint.direction, n.value), quantity(x, x.datapoint.direction, n.limit), bandLabel(n.band));
      case 'not-scored':
        return workshopWords.nextBandNotScored;
    }
  };
  return (
    <section class="panel explain" aria-labelledby="explain-title" aria-live="polite">
      <h2 id="explain-title">{shellWords.explainTitle}</h2>
      <Show when={props.aggregate}>
        {(a) => (
          <Suspense>
            <AggregateExplain x={a()} decimal={props.decimal}>
              {props.aggregateMore}
            </AggregateExplain>
          </Suspense>
        )}
      </Show>
      <Show when={!props.aggregate && props.explanation} fallback={props.aggregate ? undefined : <p class="hint">{shellWords.explainEmpty}</p>}>
        {(x) => (
          <div class="explain-body">
            <h3 class="explain-kpi">
              <span class="agg-code">{x().kpi.code}</span> {x().kpi.name}
              <Show when={x().datapoint.key}> — {x().datapoint.label}</Show>
            </h3>
            <dl>
              <dt>{shellWords.explainDefinition}</dt>
              <dd>{x().kpi.definition}</dd>
              <dt>{shellWords.explainFormula}</dt>
              <dd class="explain-formula">
                {x().expression !== undefined ? (
                  // A framework file's formula, as written in the formula language.
                  <code>{x().expression}</code>
                ) : x().formulaParts ? (
                  shellWords.explainFormulaRatio(
                    x().formulaParts!.numerator,
                    x().formulaParts!.denominatorFromProfile ? shellWords.explainFromProfile(x().formulaParts!.denominator) : x().formulaParts!.denominator,
                    x().formulaParts!.multiplier === 1 ? null : num(x().formulaParts!.multiplier),
                  )
                ) : (
                  shellWords.explainFormulaKind[x().formulaKind as 'direct' | 'yesno']
                )}
              </dd>
              <dt>{shellWords.explainInputs}</dt>
              <dd>
                <ul>
                  <For each={x().inputs}>
                    {(i) => (
                      <li>
                        {inputName(x(), i)}: <strong>{input(i.value)}</strong>
                        <Show when={inputSource(x(), i)}>
                          {(src) => (
                            <>
                              <br />
                              <span class="hint provenance" data-testid="explain-source">
                                {sourcedText(src())}
                              </span>
                            </>
                          )}
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              </dd>
              <Show when={props.review?.datapoints[x().id]}>
                {(changes) => (
                  <>
                    <dt>{catalogueTexts.explainChanges}</dt>
                    <dd class="explain-changes" data-testid="explain-changes">
                      {catalogueTexts.explainChangesIntro({ from: props.review!.from, to: props.review!.to })}
                      <ul>
                        <For each={changes()}>{(c) => <li>{changeText(c, (n) => num(n))}</li>}</For>
                      </ul>
                      <Show when={props.onAcknowledge}>
                        <button type="button" title={catalogueTexts.reviewReadHint} onClick={() => props.onAcknowledge!(x().id)}>
                          {catalogueTexts.reviewRead}
                        </button>
                      </Show>
                    </dd>
                  </>
                )}
              </Show>
              <Show when={x().datapoint.conversions.length > 0}>
                <dt>{catalogueTexts.conversionsOffered}</dt>
                <dd>
                  {x()
                    .datapoint.conversions.map((c) => catalogueTexts.conversionItem({ unit: c.unit, factor: num(c.factor), source: c.source }))
                    .join('; ')}
                  <br />
                  <span class="hint">
                    {catalogueTexts.conversionHint({
                      units: x()
                        .datapoint.conversions.map((c) => c.unit)
                        .join(', '),
                    })}
                  </span>
                </dd>
              </Show>
              <dt>{shellWords.explainValue}</dt>
              <dd class="explain-value">{value(x())}</dd>
              <dt>{shellWords.explainTarget}</dt>
              <dd class="explain-target">
                {target(x())}
                <br />
                {shellWords.explainRationale}: {targetRationale(x())}
                <br />
                {shellWords.explainSource}: {x().target.from === 'assessment' ? shellWords.explainTargetThisAssessment : (x().target.source ?? shellWords.none)}
                <Show when={x().target.basis}>
                  <br />
                  <span class={`target-basis basis-${x().target.basis}`} data-testid="target-basis">
                    {catalogueTexts.explainBasis}: {x().target.basis === 'judgement' ? catalogueTexts.basisJudgement : catalogueTexts.basisPublic}
                  </span>
                </Show>
              </dd>
              <dt>{shellWords.explainAchievement}</dt>
              <dd class="explain-achievement">
                {x().achievement.value === null ? shellWords.none : formatPercent(x().achievement.value! * 100, props.decimal)}
                <Show when={x().achievement.rule}>{(rule) => <>{` (${shellWords.explainRule[rule()]})`}</>}</Show>
              </dd>
              <dt>{shellWords.explainPoints}</dt>
              <dd>
                <Show
                  when={x().points.points !== null && x().points.band}
                  fallback={x().state === 'invalid' ? shellWords.explainNotScoredInvalid : shellWords.explainNotScored(shellWords.itemState[x().state])}
                >
                  {shellWords.pointsBand(x().points.points!, x().points.band!)}
                </Show>
                <br />
                <span class="hint">{shellWords.explainPointsRule}</span>
              </dd>
              <Show when={x().flags.length > 0}>
                <dt>{shellWords.explainFlags}</dt>
                <dd>
                  <ul class="flags">
                    <For each={x().flags}>{(f) => <li class={`flag flag-${f.level}`}>{flagMessage(f, props.decimal)}</li>}</For>
                  </ul>
                </dd>
              </Show>
              <dt>{workshopWords.nextBandTitle}</dt>
              <dd class="explain-next-band">{nextBand(x())}</dd>
              <dt>{shellWords.explainAggregates}</dt>
              <dd>
                <ul>
                  <For each={x().aggregates}>
                    {(a, i) => (
                      <li>
                        {a.level === 'overall' ? shellWords.overall : `${a.code} ${groupName(a)}`}:{' '}
                        {a.percent === null ? shellWords.notScored : formatPercent(a.percent, props.decimal)} ·{' '}
                        {shellWords.coverageValue(a.reported, a.benchmarked, a.expected)}
                        <Show when={(x().levers[i()] ?? []).length > 0}>
                          <div class="explain-levers">
                            {workshopWords.leversIntro}
                            <ol>
                              <For each={x().levers[i()]}>
                                {(l) => {
                                  const ref = u4ssc.byId.get(l.id)!;
                                  return (
                                    <li data-id={l.id}>
                                      {workshopWords.leverLine(
                                        datapointTitle(l.id),
                                        quantity(x(), ref.def.direction, l.from, l.id),
                                        quantity(x(), ref.def.direction, l.to, l.id),
                                        formatPercent(l.percentBefore, props.decimal),
                                        formatPercent(l.percentAfter, props.decimal),
                                        bandLabel(l.aggregateBandAfter),
                                      )}
                                    </li>
                                  );
                                }}
                              </For>
                            </ol>
                          </div>
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              </dd>
              <Show when={x().kpi.notes}>
                <dt>{shellWords.explainNotes}</dt>
                <dd class="explain-notes">{x().kpi.notes}</dd>
              </Show>
              <Show when={x().kpi.alternatives.length > 0}>
                <dt>{catalogueTexts.explainAlternatives}</dt>
                <dd class="explain-alternatives" data-testid="explain-alternatives">
                  <ul>
                    <For each={x().kpi.alternatives}>
                      {(a) => <li>{catalogueTexts.alternative({ about: a.about, choice: a.choice, alternative: a.alternative, source: a.source })}</li>}
                    </For>
                  </ul>
                </dd>
              </Show>
            </dl>
            <Show when={x().kpi.sourceNotes}>
              <details class="explain-source-notes">
                <summary>{shellWords.explainSourceNotes}</summary>
                <p class="hint">{shellWords.explainSourceNotesHint}</p>
                <p>{x().kpi.sourceNotes}</p>
              </details>
            </Show>
            {props.children}
          </div>
        )}
      </Show>
    </section>
  );
}
