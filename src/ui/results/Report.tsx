/**
 * City snapshot: a print-ready page with the wheel, every score with its band and coverage, the table of
 * every KPI data point with its source, the KPIs not reported, and the methodology and target statement.
 * Text from the assessment (city, sources, notes) is rendered as text only.
 */
import { createMemo, createUniqueId, For, Show } from 'solid-js';
import type { AssessmentDoc } from '../../engine/assessment';
import { coverageByGroup } from '../../engine/coverage';
import type { DatapointRef, Framework } from '../../engine/framework';
import type { DecimalStyle } from '../../engine/parse';
import type { TargetSet } from '../../engine/targets';
import type { AggregateResult, ItemResult, Scores } from '../../engine/types';
import { aggBandText, datapointCode, datapointName, fmtCoverage, fmtPercent, fmtPoints, fmtQuantity, fmtTarget } from './format';
import { getNumberLocale } from '../format';
import { Headline, ProvisionalTag } from '../Headline';
import { bandName } from './palette';
import { Swatch } from './Legend';
import { resultWords } from '../strings/results';
import { timeWords } from '../strings/time';
import { scoringTargetsText } from '../time/ScoringTargets';
import type { LocalWheelGroup } from './wheel-model';
import { Wheel } from './Wheel';
import { ActionsSection, QueryAnnex, reviewCell, useReviewRows, VerificationSection } from '../review/ReportParts';
import { reviewWords } from '../strings/review';
import './results.css';
import { numeric, TableHead } from './table-head';
import { groupName } from '../strings/kpi-names';

export interface ReportProps {
  framework: Framework;
  targets: TargetSet;
  doc: AssessmentDoc;
  scores: Scores;
  decimal?: DecimalStyle;
  /** The date shown as "Printed" (default: now). */
  printedAt?: Date;
  /** Size of the wheel in CSS pixels (default 560, fits an A4 page). */
  wheelSize?: number;
  onSelect?: (id: string) => void;
  /** The city's local KPIs (issue #30), drawn on the report's wheel as a group named with their framework. */
  local?: LocalWheelGroup | null;
  onSelectLocal?: (id: string) => void;
}

// The printed date in the display language; English (the default number locale 'en' too) writes day month year.
const printedDate = (d: Date) =>
  new Intl.DateTimeFormat(getNumberLocale() === 'en' ? 'en-GB' : getNumberLocale(), { day: 'numeric', month: 'long', year: 'numeric' }).format(d);

export function Report(props: ReportProps) {
  const titleId = createUniqueId();
  const items = createMemo(() => new Map(props.scores.items.map((i) => [i.id, i])));
  const rows = createMemo(() => props.framework.datapoints.map((ref) => ({ ref, item: items().get(ref.id), entry: props.doc.values[ref.id] })));
  const coverage = createMemo(() => coverageByGroup(props.framework, props.scores));
  const kpiCount = () => new Set(props.framework.datapoints.map((r) => r.kpi.code)).size;
  const byState = (state: ItemResult['state']) => rows().filter((r) => r.item?.state === state);
  const review = useReviewRows(props.framework, () => props.doc);

  /** Dimension, then its sub-dimensions, each followed by its categories. */
  const aggregates = createMemo(() => {
    const out: AggregateResult[] = [];
    const subs = props.scores.subdimensions;
    const cats = props.scores.categories;
    for (const d of props.scores.dimensions) {
      out.push(d);
      for (const s of subs.filter((s) => s.code.startsWith(`${d.code}: `))) {
        out.push(s);
        out.push(...cats.filter((c) => c.code.startsWith(`${s.code}: `)));
      }
    }
    return out;
  });
  const levelName = (a: AggregateResult) =>
    a.level === 'dimension' ? resultWords.levelDimension : a.level === 'subdimension' ? resultWords.levelSubdimension : resultWords.levelCategory;
  const overrides = () => Object.keys(props.doc.targets ?? {}).length;
  /** Scored data points whose target in force is a reference target of basis judgement (no public document sets it). */
  const judged = createMemo(() => {
    const scored = props.scores.items.filter((i) => i.state === 'scored');
    const n = scored.filter((i) => i.targetOrigin === 'reference' && props.targets.byId.get(i.id)?.basis === 'judgement').length;
    return { n, of: scored.length };
  });
  /** The target in force is a reference target that is the workbench's judgement (said beside it in the table). */
  const judgedTarget = (item: ItemResult | undefined): boolean =>
    item !== undefined && item.targetOrigin === 'reference' && item.target !== null && props.targets.byId.get(item.id)?.basis === 'judgement';
  /**
   * Beside the target in force: the city's own target and deadline where it has one that does not score
   * (the reference set is chosen), or the reference target where the own one scores.
   */
  const ownNote = (ref: DatapointRef, item: ItemResult | undefined): string | null => {
    const own = props.doc.ownTargets?.[ref.id];
    if (!own || !item) return null;
    if (item.targetOrigin === 'own') {
      const override = props.doc.targets[ref.id];
      const reference = override ? (override.target === 'none' ? null : override.target) : (props.targets.byId.get(ref.id)?.target ?? null);
      return reference === null ? null : timeWords.scoring.referenceDetail(fmtQuantity(reference, ref, props.decimal));
    }
    if (own.target !== undefined) return timeWords.scoring.ownDetail(fmtQuantity(own.target, ref, props.decimal), own.deadline ?? null);
    return own.deadline !== undefined ? timeWords.scoring.deadlineOnly(own.deadline) : null;
  };
  const source = (r: { entry?: { source?: string; year?: number | null } }) => {
    const s = r.entry?.source ?? '';
    const y = r.entry?.year;
    return y ? (s ? `${s} (${y})` : String(y)) : s;
  };

  return (
    <article class="r-report" aria-labelledby={titleId}>
      <header class="r-report-head">
        <div>
          <h1 id={titleId}>
            {resultWords.reportTitle}: {props.doc.city}
          </h1>
          <p class="r-report-subtitle">{resultWords.reportSubtitle}</p>
          <dl class="r-facts">
            <dt>{resultWords.reportCity}</dt>
            <dd data-testid="report-city">{props.doc.city}</dd>
            <dt>{resultWords.reportCountry}</dt>
            <dd>{props.doc.country}</dd>
            <dt>{resultWords.reportYear}</dt>
            <dd>{props.doc.year}</dd>
            <dt>{resultWords.reportPrinted}</dt>
            <dd>{printedDate(props.printedAt ?? new Date())}</dd>
            <dt>{resultWords.reportTargets}</dt>
            <dd>{props.targets.data.name}</dd>
            <dt>{timeWords.scoring.reportLabel}</dt>
            <dd data-testid="report-scoring-targets">{scoringTargetsText(props.doc.scoringTargets ?? 'reference', props.scores)}</dd>
            <dt>{resultWords.reportMethod}</dt>
            <dd>{resultWords.methodNames[props.scores.method] ?? props.scores.method}</dd>
          </dl>
          <div class="r-overall">
            <Swatch band={props.scores.overall.band} />
            <div>
              <Headline
                agg={props.scores.overall}
                coverage={coverage().get('overall')}
                decimal={props.decimal}
                label={resultWords.overall}
                testid="report-headline"
              />
              <p class="r-muted">{resultWords.coverage(props.scores.overall.reported, props.scores.overall.benchmarked, props.scores.overall.expected)}</p>
            </div>
          </div>
        </div>
        <button type="button" class="r-no-print" onClick={() => window.print()}>
          {resultWords.printButton}
        </button>
      </header>

      <VerificationSection fw={props.framework} doc={props.doc} />

      <Show when={props.doc.notes}>
        <section>
          <h2>{resultWords.reportNotes}</h2>
          <p class="r-notes">{props.doc.notes}</p>
        </section>
      </Show>

      <section>
        <h2>{resultWords.sectionWheel}</h2>
        <div class="r-wheel-section">
          <Wheel
            framework={props.framework}
            scores={props.scores}
            city={props.doc.city}
            year={props.doc.year}
            size={props.wheelSize ?? 560}
            table={false}
            exportButton={false}
            headline={false}
            decimal={props.decimal}
            onSelect={props.onSelect}
            local={props.local}
            onSelectLocal={props.onSelectLocal}
          />
        </div>
      </section>

      <section>
        <h2>{resultWords.sectionScores}</h2>
        <div class="r-table-scroll" role="region" tabIndex={0} aria-label={resultWords.sectionScores}>
          <table class="r-table" role="table" data-testid="report-scores">
            <caption class="r-visually-hidden">{resultWords.sectionScores}</caption>
            <thead>
              <tr>
                <th scope="col">{resultWords.colLevel}</th>
                <th scope="col">{resultWords.colCode}</th>
                <th scope="col">{resultWords.colName}</th>
                <th scope="col" class="r-num">
                  {resultWords.colScore}
                </th>
                <th scope="col">{resultWords.colBand}</th>
                <th scope="col" class="r-num">
                  {resultWords.colPoints}
                </th>
                <th scope="col" class="r-num">
                  {resultWords.colCoverage}
                  <span class="r-col-note">{resultWords.colCoverageNote}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={aggregates()}>
                {(a) => (
                  <tr class={`r-level-${a.level}`} data-code={a.code}>
                    <td>{levelName(a)}</td>
                    <td class="r-code">{a.code}</td>
                    <th scope="row">{groupName(a)}</th>
                    <td class="r-num r-nowrap">{fmtPercent(a.percent, props.decimal)}</td>
                    <td class="r-band-cell">
                      <Swatch band={a.band} />
                      {aggBandText(a)}
                      <ProvisionalTag coverage={coverage().get(a.code)} />
                    </td>
                    <td class="r-num r-nowrap">{a.maxPoints > 0 ? resultWords.pointsShort(a.points, a.maxPoints) : resultWords.dash}</td>
                    <td class="r-num r-nowrap">{fmtCoverage(a)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </section>

      <section class="r-kpi-section">
        <h2>{resultWords.sectionKpis}</h2>
        <p class="r-muted">{resultWords.kpiCount(kpiCount(), rows().length)}</p>
        <div class="r-table-scroll" role="region" tabIndex={0} aria-label={resultWords.sectionKpis}>
          <table class="r-table r-kpi-table" role="table" data-testid="report-kpis">
            <caption class="r-visually-hidden">{resultWords.sectionKpis}</caption>
            <colgroup>
              <col class="r-col-code" />
              <col class="r-col-name" />
              <col class="r-col-value" />
              <col class="r-col-value" />
              <col class="r-col-points" />
              <col class="r-col-band" />
              <col class="r-col-status" />
              <col class="r-col-status" />
              <col class="r-col-source" />
            </colgroup>
            <TableHead
              columns={[
                resultWords.colCode,
                resultWords.colIndicator,
                numeric(resultWords.colValue),
                numeric(resultWords.colTarget),
                numeric(resultWords.colPoints),
                resultWords.colBand,
                resultWords.colStatus,
                reviewWords.reviewCol,
                resultWords.colSource,
              ]}
            />
            <tbody>
              <For each={rows()}>
                {(r) => (
                  <tr data-id={r.ref.id}>
                    <td class="r-code">{datapointCode(r.ref)}</td>
                    <th scope="row">{datapointName(r.ref)}</th>
                    <td class="r-num">{r.item ? fmtQuantity(r.item.value, r.ref, props.decimal) : resultWords.dash}</td>
                    <td class="r-num">
                      {r.item ? fmtTarget(r.item, r.ref, props.decimal) : resultWords.dash}
                      <Show when={ownNote(r.ref, r.item)}>{(note) => <span class="r-own-target">{note()}</span>}</Show>
                      <Show when={judgedTarget(r.item)}>
                        <span class="r-own-target" data-testid="target-judgement">
                          {resultWords.targetJudgement}
                        </span>
                      </Show>
                    </td>
                    <td class="r-num">{r.item ? fmtPoints(r.item) : resultWords.dash}</td>
                    <td class="r-band-cell">
                      <Swatch band={r.item?.band ?? null} />
                      {bandName(r.item?.band)}
                    </td>
                    <td>{r.item ? resultWords.stateText[r.item.state] : resultWords.dash}</td>
                    <td class="r-review">{reviewCell(review().get(r.ref.id)) || resultWords.dash}</td>
                    <td>{source(r)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </section>

      <section data-testid="report-not-reported">
        <h2>{resultWords.sectionNotReported}</h2>
        <Show when={byState('not-reported').length > 0} fallback={<p>{resultWords.notReportedNone}</p>}>
          <DatapointList rows={byState('not-reported')} />
        </Show>
        <Show when={byState('invalid').length > 0}>
          <h3>{resultWords.invalidTitle}</h3>
          <DatapointList rows={byState('invalid')} />
        </Show>
        <Show when={byState('not-applicable').length > 0}>
          <h3>{resultWords.notApplicableTitle}</h3>
          <DatapointList rows={byState('not-applicable')} />
        </Show>
      </section>

      <ActionsSection fw={props.framework} doc={props.doc} scores={props.scores} decimal={props.decimal} />

      <section class="r-method">
        <h2>{resultWords.sectionMethod}</h2>
        <p>{resultWords.methodPoints}</p>
        <p>{resultWords.methodAggregate}</p>
        <Show when={props.scores.method === 'continuous'}>
          <p>{resultWords.methodContinuous}</p>
        </Show>
        <Show when={props.targets.data.illustrative} fallback={<p>{resultWords.methodOwnTargets}</p>}>
          <p>
            <strong>{resultWords.methodIllustrative}</strong>
          </p>
        </Show>
        <Show when={overrides() > 0}>
          <p>{resultWords.methodOverrides(overrides())}</p>
        </Show>
        <Show when={judged().n > 0}>
          <p data-testid="report-judgement">{resultWords.methodJudgement(judged().n, judged().of)}</p>
        </Show>
        <Show when={props.doc.scoringTargets === 'own'}>
          <p>{timeWords.scoring.hint}</p>
        </Show>
        <h3>
          {resultWords.targetSetStatement}: {props.targets.data.name}
        </h3>
        <p class="r-statement">{props.targets.data.statement}</p>
      </section>

      <QueryAnnex fw={props.framework} doc={props.doc} />
    </article>
  );
}

/** Codes and names of data points, one per line (the report's not-reported / invalid / N/A lists). */
function DatapointList(props: { rows: { ref: DatapointRef }[] }) {
  return (
    <ul class="r-list">
      <For each={props.rows}>
        {(r) => (
          <li data-id={r.ref.id}>
            <span class="r-code">{datapointCode(r.ref)}</span> {datapointName(r.ref)}
          </li>
        )}
      </For>
    </ul>
  );
}

export default Report;
