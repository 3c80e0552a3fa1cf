/**
 * Results and comparison follow the framework an assessment names (issue #30): a national selection's
 * results show U4SSC's aggregates and the selection's own side by side, each labelled with its framework
 * and number of KPIs, in the results view and the report; the Compare view's grid has the shared
 * framework's local KPIs as rows, marked local in words.
 */
import { render } from 'solid-js/web';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import v9 from '../fixtures/frozen/assessment-v9.json';
import demovilleFramework from '../fixtures/local-framework/demoville-local.framework.json';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { readAssessment } from '../../src/engine/assessment-read';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { parseFrameworkFile } from '../../src/engine/framework-file';
import { localKpis } from '../../src/engine/local-kpis';
import { formatNumber } from '../../src/ui/format';
import { WorkbenchDb } from '../../src/storage/db';
import { saveLocalFramework } from '../../src/storage/local-framework';
import ResultsView from '../../src/ui/ResultsView';
import ComparisonView from '../../src/ui/time/ComparisonView';
import '../../src/ui/app.css';

let dispose: (() => void) | null = null;
let db: WorkbenchDb | null = null;
afterEach(async () => {
  dispose?.();
  dispose = null;
  document.body.replaceChildren();
  db?.close();
  if (db) await db.delete();
  db = null;
});
beforeAll(async () => {
  await page.viewport(1400, 900);
});

const doc = (): AssessmentDoc => {
  const r = readAssessment(structuredClone(v9), u4ssc);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

async function withFramework(): Promise<WorkbenchDb> {
  db = new WorkbenchDb(`ssc-framework-results-${Date.now()}`);
  await db.open();
  await saveLocalFramework(db, JSON.stringify(demovilleFramework));
  return db;
}

function mount(view: () => ReturnType<typeof ResultsView>): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  dispose = render(view, container);
  return container;
}

describe('results that follow the named framework', () => {
  it.each(['results', 'report'] as const)('%s: a selection shows U4SSC’s aggregates and its own, each labelled with its KPIs and coverage', async (mode) => {
    const database = await withFramework();
    const d = doc();
    const scores = score(u4ssc, referenceTargets, d);
    const c = mount(() => <ResultsView mode={mode} db={database} doc={d} scores={scores} decimal="point" onSelect={() => {}} />);
    const table = () => c.querySelector('[data-testid="selection-aggregates"]');
    await expect.poll(() => table() !== null, { timeout: 30_000 }).toBe(true);
    const headers = [...table()!.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual([
      'Group',
      'U4SSC, 91 KPIs: score',
      'U4SSC, 91 KPIs: coverage (reported / benchmarked / expected)',
      'Demoville local KPIs (fictional), 93 KPIs: score',
      'Demoville local KPIs (fictional), 93 KPIs: coverage (reported / benchmarked / expected)',
    ]);
    expect(table()!.textContent).toContain('2 KPIs of its own, 0 U4SSC KPIs left out');
    const overall = [...c.querySelectorAll('[data-testid="selection-aggregates-row-overall"] td')].map((td) => td.textContent);
    // U4SSC's overall is the assessment's own, unchanged; the selection's counts its two local KPIs more.
    expect(overall[0]).toContain(`${scores.overall.percent!.toFixed(1)}`);
    expect(overall[1]).toBe(`${scores.overall.reported} / ${scores.overall.benchmarked} / ${scores.overall.expected}`);
    expect(overall[3]).toMatch(new RegExp(`/ ${scores.overall.expected + 2}$`));
    expect(c.querySelectorAll('[data-testid^="selection-aggregates-row-"]')).toHaveLength(1 + scores.dimensions.length);
  });

  it('an assessment naming another version of the framework shows U4SSC’s aggregates alone', async () => {
    const database = await withFramework();
    const other = doc();
    other.localFramework = { ...other.localFramework!, version: '2026.1' };
    const scores = score(u4ssc, referenceTargets, other);
    const c = mount(() => <ResultsView mode="results" db={database} doc={other} scores={scores} decimal="point" onSelect={() => {}} />);
    // Once the held framework is read, the results say it is not the one named, and show no second set.
    await expect.poll(() => c.querySelector('[data-testid="local-results-not-held"]') !== null, { timeout: 30_000 }).toBe(true);
    expect(c.querySelector('[data-testid="selection-aggregates"]')).toBeNull();
  });

  it('the Compare view’s grid has the shared framework’s local KPIs as rows, marked local', async () => {
    const database = await withFramework();
    const a = doc();
    const b = { ...doc(), id: 'demoville-2024', year: 2024, localValues: { 'LOCAL: MOB: 1|': { numerator: 900, status: 'reported' as const } } };
    await database.assessments.bulkPut([a, b]);
    const c = mount(() => <ComparisonView db={database} doc={a} decimal="point" />);
    await expect.poll(() => c.querySelector('[data-testid="comparison-status"]')?.textContent, { timeout: 60_000 }).toBe('2 assessments compared.');
    await userEvent.fill(page.getByRole('searchbox'), 'LOCAL:');
    const rows = () => [...c.querySelectorAll('.comparison-host .ht_master tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    await expect.poll(() => rows().map((r) => r[0]), { timeout: 30_000 }).toEqual(['LOCAL: MOB: 1', 'LOCAL: PSN: 1']);
    expect(rows()[0][1]).toContain('(local KPI)');
    // 2024 then 2025, as the engine scores each under the framework file.
    const held = parseFrameworkFile(JSON.stringify(demovilleFramework));
    if (!held.ok) throw new Error('framework');
    const value = (x: AssessmentDoc) => {
      const l = localKpis(x, held.value, u4ssc);
      return l.kind === 'scored' ? formatNumber(l.items[0].value!, 'point', 2) : '';
    };
    expect(rows()[0].slice(2, 4)).toEqual([value(b), value(a)]);
    expect(value(a)).not.toBe(value(b));
  });
});
