/**
 * Two years' wheels of one city side by side (issue #14), in the Compare view when a series has two
 * years or more. Side by side, not overlaid: each wheel already uses colour and pattern for its band in
 * three rings, and an overlay would need a second encoding per segment (or hide one year under the
 * other); two wheels of the same layout read segment by segment, and the table below says what changed,
 * with an arrow and in words. The wheels are results/Wheel.tsx as the Results view draws them (each with
 * its own data table); they stack one above the other on a narrow screen.
 */
import { createMemo, createSignal, createUniqueId, For, Show, type JSX } from 'solid-js';
import type { Comparison, ComparisonMember } from '../../engine/comparison';
import { u4ssc } from '../../engine/frameworks/u4ssc';
import type { DecimalStyle } from '../../engine/parse';
import type { Band } from '../../engine/types';
import { formatPercent } from '../format';
import { BandLegend } from '../results/Legend';
import { bandName } from '../results/palette';
import { numeric, TableHead } from '../results/table-head';
import { Wheel } from '../results/Wheel';
import { shellWords } from '../strings';
import { timeCompareWords } from '../strings/time-compare';
import { columnLabel } from './comparison-grid';
import { defaultPair, seriesWithYears, wheelChanges, type BandChange, type WheelChange } from './two-wheels';

const ARROW: Record<BandChange, string> = { up: '▲', down: '▼', same: '=', none: '—' };

export function TwoWheels(props: { comparison: Comparison; members: readonly ComparisonMember[]; openId: string; decimal: DecimalStyle }): JSX.Element {
  const uid = createUniqueId();
  const [choice, setChoice] = createSignal<{ series: number; a: string; b: string } | null>(null);
  /** The pair shown: the user's choice while it is still in the comparison, else the default. */
  const pair = createMemo(() => {
    const cmp = props.comparison;
    const c = choice();
    const ids = (s: number) => cmp.series[s]?.columns.map((i) => cmp.columns[i].id) ?? [];
    if (c && cmp.series[c.series]?.columns.length >= 2 && ids(c.series).includes(c.a) && ids(c.series).includes(c.b)) return c;
    return defaultPair(cmp, props.openId);
  });
  const byId = createMemo(() => new Map(props.members.map((m) => [m.id, m])));
  const side = (id: string) => {
    const m = byId().get(id);
    return m ? { city: m.city, year: m.year, scores: m.scores } : null;
  };
  const a = () => (pair() ? side(pair()!.a) : null);
  const b = () => (pair() ? side(pair()!.b) : null);
  const changes = createMemo(() => {
    const x = a();
    const y = b();
    return x && y ? wheelChanges(u4ssc, x.scores, y.scores) : [];
  });
  /** The table lists the aggregates and the data points whose band changed or lost or gained a score. */
  const listed = () =>
    changes().filter((c) => c.level !== 'datapoint' || c.change === 'up' || c.change === 'down' || (c.a.band === null) !== (c.b.band === null));
  const counts = () => {
    const dps = changes().filter((c) => c.level === 'datapoint');
    return {
      up: dps.filter((c) => c.change === 'up').length,
      down: dps.filter((c) => c.change === 'down').length,
      same: dps.filter((c) => c.change === 'same').length,
    };
  };
  const score = (c: WheelChange, s: { score: number | null; band: Band | null }) => {
    if (s.score === null) return '—';
    const v = c.level === 'datapoint' ? shellWords.pointsBand(s.score, s.band ? bandName(s.band) : '—') : formatPercent(s.score, props.decimal);
    return c.level === 'datapoint' || s.band === null ? v : `${v} · ${bandName(s.band)}`;
  };
  const years = () => {
    const p = pair();
    return p ? props.comparison.series[p.series].columns.map((i) => props.comparison.columns[i]) : [];
  };
  const set = (patch: Partial<{ series: number; a: string; b: string }>) => {
    const p = pair();
    if (!p) return;
    if (patch.series !== undefined && patch.series !== p.series) {
      const cols = props.comparison.series[patch.series].columns;
      const ids = cols.map((i) => props.comparison.columns[i].id);
      setChoice({ series: patch.series, a: ids[ids.length - 2], b: ids[ids.length - 1] });
    } else setChoice({ ...p, ...patch, series: p.series });
  };

  return (
    <Show when={seriesWithYears(props.comparison).length > 0}>
      <section class="two-wheels" aria-labelledby={`${uid}-t`} data-testid="two-wheels">
        <h3 id={`${uid}-t`}>{timeCompareWords.wheelsTitle}</h3>
        <p class="hint">{timeCompareWords.wheelsHint}</p>
        <div class="comparison-tools">
          <Show when={seriesWithYears(props.comparison).length > 1}>
            <label>
              {timeCompareWords.wheelsSeries}{' '}
              <select value={pair()?.series ?? ''} onChange={(e) => set({ series: Number(e.currentTarget.value) })}>
                <For each={seriesWithYears(props.comparison)}>
                  {(s) => (
                    <option value={s}>
                      {props.comparison.series[s].city}
                      {props.comparison.series[s].country ? ` (${props.comparison.series[s].country})` : ''}
                    </option>
                  )}
                </For>
              </select>
            </label>
          </Show>
          <label>
            {timeCompareWords.wheelsFirst}{' '}
            <select value={pair()?.a ?? ''} onChange={(e) => set({ a: e.currentTarget.value })} data-testid="wheels-a">
              <For each={years()}>{(c) => <option value={c.id}>{columnLabel(c)}</option>}</For>
            </select>
          </label>
          <label>
            {timeCompareWords.wheelsSecond}{' '}
            <select value={pair()?.b ?? ''} onChange={(e) => set({ b: e.currentTarget.value })} data-testid="wheels-b">
              <For each={years()}>{(c) => <option value={c.id}>{columnLabel(c)}</option>}</For>
            </select>
          </label>
        </div>
        <Show when={a() && b()}>
          <div class="two-wheels-pair">
            <Wheel framework={u4ssc} scores={a()!.scores} city={a()!.city} year={a()!.year} decimal={props.decimal} legend={false} exportButton={false} />
            <Wheel framework={u4ssc} scores={b()!.scores} city={b()!.city} year={b()!.year} decimal={props.decimal} legend={false} exportButton={false} />
          </div>
          <BandLegend />
          <p data-testid="wheels-summary">{timeCompareWords.wheelsSummary({ a: a()!.year, b: b()!.year, ...counts() })}</p>
          <details class="two-wheels-changes">
            <summary>{timeCompareWords.wheelsChanges({ a: a()!.year, b: b()!.year })}</summary>
            <table data-testid="wheels-table">
              <caption class="visually-hidden">{timeCompareWords.wheelsChanges({ a: a()!.year, b: b()!.year })}</caption>
              <TableHead
                columns={[
                  timeCompareWords.colCode,
                  timeCompareWords.colName,
                  numeric(String(a()!.year)),
                  numeric(String(b()!.year)),
                  timeCompareWords.wheelsChange,
                ]}
              />
              <tbody>
                <For each={listed()}>
                  {(c) => (
                    <tr data-change={c.change}>
                      <td>{c.level === 'overall' ? '' : c.code}</td>
                      <th scope="row">{c.level === 'overall' ? shellWords.overall : c.name}</th>
                      <td class="r-num">{score(c, c.a)}</td>
                      <td class="r-num">{score(c, c.b)}</td>
                      <td>
                        {ARROW[c.change]} {timeCompareWords.wheelsChangeText[c.change]}
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </details>
        </Show>
      </section>
    </Show>
  );
}
