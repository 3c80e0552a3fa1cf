/**
 * "Explain this number" follows the selected row (issue #25): the achievement rule, the value, the
 * target, the achievement and the points are those of the row selected now, whatever was selected
 * before. The rule stuck to an earlier row: EC: ICT: ICT: 1C (higher is better) then EC: P: EM: 1C
 * (lower is better) read "46.9 % (higher is better: value ÷ target)". The expected figures come from
 * the engine's scores of the same demo city, not from the panel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { achievementOf } from '../../src/engine/achievement';
import { BAND_LABELS } from '../../src/engine/bands';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { DEMO_CITIES, demoCityInput } from '../../src/engine/frameworks/u4ssc/demo';
import { formatNumber, formatPercent } from '../../src/ui/format';
import { S } from '../../src/ui/strings';
import { freshAppPerTest, waitForGrid, type Mounted } from './helpers';

const HIGHER = 'EC: ICT: ICT: 1C|';
const LOWER = 'EC: P: EM: 1C|';
const NOT_REPORTED = 'EC: ICT: ES: 2A|';
const UNBENCHMARKED = 'EC: ICT: ICT: 5A|';

const demo2025 = score(
  u4ssc,
  referenceTargets,
  demoCityInput(
    u4ssc,
    DEMO_CITIES.find((c) => c.key === 'demoville-2025')!,
  ),
);
const item = (id: string) => demo2025.items.find((i) => i.id === id)!;

/** What the panel must say of a row, from the engine's scores. */
function expected(id: string): { code: string; achievement: string; points: string } {
  const it = item(id);
  const ref = u4ssc.byId.get(id)!;
  if (it.state !== 'scored') return { code: ref.kpi.code, achievement: S.none, points: S.explainNotScored(S.itemState[it.state]) };
  const { rule } = achievementOf(ref.def.direction, it.value!, it.target!);
  return {
    code: ref.kpi.code,
    achievement: `${formatPercent(it.achievement! * 100)} (${S.explainRule[rule]})`,
    points: S.pointsBand(it.points!, BAND_LABELS[it.band!]),
  };
}

const { mount } = freshAppPerTest();
beforeAll(async () => {
  await page.viewport(1280, 800);
});
afterAll(async () => {
  await page.viewport(1280, 800);
});

function read(app: Mounted): { code: string; achievement: string; points: string } {
  const panel = app.container.querySelector('.explain')!;
  const dds = [...panel.querySelectorAll('dl > dt')];
  const pointsDt = dds.find((dt) => dt.textContent === S.explainPoints)!;
  return {
    code: panel.querySelector('.explain-kpi .agg-code')?.textContent ?? '',
    achievement: (panel.querySelector('.explain-achievement')?.textContent ?? '').trim(),
    // The points line, without the hint under it.
    points: pointsDt.nextElementSibling?.firstChild?.textContent ?? '',
  };
}

describe('the explanation of the selected row', () => {
  it('states the rule and numbers of each row, in any order of selection', { timeout: 60_000 }, async () => {
    expect(item(HIGHER).state).toBe('scored');
    expect(item(LOWER).state).toBe('scored');
    expect(u4ssc.byId.get(HIGHER)!.def.direction).toBe('higher');
    expect(u4ssc.byId.get(LOWER)!.def.direction).toBe('lower');
    expect(item(NOT_REPORTED).state).toBe('not-reported');
    expect(item(UNBENCHMARKED).state).toBe('unbenchmarked');

    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    const grid = await waitForGrid(app);
    const orders = [
      [HIGHER, LOWER, NOT_REPORTED, HIGHER],
      [NOT_REPORTED, LOWER, HIGHER, LOWER],
      [LOWER, UNBENCHMARKED, HIGHER, NOT_REPORTED, LOWER],
      [UNBENCHMARKED, HIGHER, UNBENCHMARKED, LOWER, HIGHER],
    ];
    for (const order of orders) {
      for (const id of order) {
        grid.selectCell(id, 'value');
        const want = expected(id);
        await expect.poll(() => read(app), { timeout: 10_000 }).toEqual(want);
      }
    }
    // The two readings of the issue, word for word.
    grid.selectCell(HIGHER, 'value');
    await expect.poll(() => read(app).code).toBe('EC: ICT: ICT: 1C');
    grid.selectCell(LOWER, 'value');
    await expect.poll(() => read(app).achievement).toBe('46.9 % (lower is better: target ÷ value)');
    grid.selectCell(NOT_REPORTED, 'value');
    await expect.poll(() => read(app).achievement).toBe('—');
    grid.selectCell(LOWER, 'value');
    grid.selectCell(HIGHER, 'value');
    await expect.poll(() => read(app).achievement).toBe('91.5 % (higher is better: value ÷ target)');
  });
});

describe("the trend's baseline", () => {
  const WATER_LOSS = 'EC: I: WS: 3C|';
  const demo2023 = score(
    u4ssc,
    referenceTargets,
    demoCityInput(
      u4ssc,
      DEMO_CITIES.find((c) => c.key === 'demoville-2023')!,
    ),
  );
  /** The earliest year of Demoville as the trend words it: "(2023: 6.72 %)". */
  const earliest = (id: string) => {
    const v = demo2023.items.find((i) => i.id === id)!.value!;
    const unit = u4ssc.byId.get(id)!.def.unit;
    return `(2023: ${formatNumber(v, 'point', 2)} ${unit})`;
  };
  const basis = (app: Mounted) => app.container.querySelector('[data-testid="trend-basis"]')?.textContent ?? '';

  it("is each data point's own earliest year, and its own baseline once one is set", { timeout: 90_000 }, async () => {
    // The figures of the issue: household Internet access, unemployment and water supply loss in 2023.
    expect([HIGHER, LOWER, WATER_LOSS].map(earliest)).toEqual(['(2023: 68.5 %)', '(2023: 6.72 %)', '(2023: 18.6 %)']);
    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    const grid = await waitForGrid(app);
    for (const id of [HIGHER, LOWER, WATER_LOSS, HIGHER, WATER_LOSS, LOWER]) {
      grid.selectCell(id, 'value');
      await expect.poll(() => basis(app), { timeout: 15_000 }).toContain(`the earliest year with a value ${earliest(id)}`);
    }
    // An own baseline of unemployment replaces the earliest year, for that data point only.
    await userEvent.fill(app.scope.getByLabelText('Baseline value (%)'), '8');
    await userEvent.fill(app.scope.getByLabelText('Baseline year'), '2022');
    await userEvent.click(app.scope.getByRole('button', { name: 'Save own target' }));
    await expect.poll(() => basis(app), { timeout: 15_000 }).toContain("the city's own baseline (2022: 8 %)");
    grid.selectCell(HIGHER, 'value');
    await expect.poll(() => basis(app), { timeout: 15_000 }).toContain(`the earliest year with a value ${earliest(HIGHER)}`);
    grid.selectCell(LOWER, 'value');
    await expect.poll(() => basis(app), { timeout: 15_000 }).toContain("the city's own baseline (2022: 8 %)");
  });
});
