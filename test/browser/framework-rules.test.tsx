/**
 * A validation rule of the user's framework file (issue #30, item 3) warns on its row in the grid and
 * in the row's explanation, the same way the engine's own checks do, and never refuses the value.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { frameworkFile } from '../../src/engine/framework-file';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import type { ValidationRule } from '../../src/engine/rules';
import { saveLocalFramework } from '../../src/storage/local-framework';
import { cellElement, createThroughForm, freshAppPerTest, typeInto, type Mounted } from './helpers';

const NET = 'EC: ICT: ICT: 1C|'; // households with Internet ÷ households (profile) × 100

const rule: ValidationRule = {
  id: 'net-90',
  name: 'Internet access above 90 % of households is unusual in this region',
  left: '[EC: ICT: ICT: 1C]',
  operator: '<=',
  right: '90',
  importance: 'medium',
  missing: 'skip-if-any-missing',
  source: 'Regional statistics office, 2024 survey',
};

const { mount } = freshAppPerTest();

beforeAll(async () => {
  await page.viewport(1400, 900);
});

const withRule = () => mount((db) => saveLocalFramework(db, JSON.stringify(frameworkFile(u4ssc.data, referenceTargets.data, [rule]))));

const explanationText = (a: Mounted) => a.container.querySelector('.explain')?.textContent ?? '';

describe('a rule of the framework file', () => {
  it('warns on the row and in its explanation when a typed value breaks it, and is silent when it holds', async () => {
    const app = await withRule();
    const grid = await createThroughForm(app, 'Ruleville');
    await userEvent.fill(app.scope.getByLabelText(/^Households/), '1000');
    await userEvent.keyboard('{Enter}');

    await typeInto(grid, NET, 'numerator', '500');
    await expect.poll(() => grid.item(NET)?.value).toBe(50);
    expect(grid.item(NET)?.flags.some((f) => f.kind === 'rule')).toBe(false);
    expect(cellElement(grid, NET, 'computed')!.classList.contains('cell-warning')).toBe(false);

    await typeInto(grid, NET, 'numerator', '950');
    await expect.poll(() => grid.item(NET)?.flags.find((f) => f.kind === 'rule')).toMatchObject({ rule: 'net-90', left: 95, right: 90 });
    // Scored all the same: a rule warns, it does not refuse.
    expect(grid.item(NET)?.state).toBe('scored');
    await expect.poll(() => cellElement(grid, NET, 'computed')!.classList.contains('cell-warning')).toBe(true);
    expect(cellElement(grid, NET, 'computed')!.getAttribute('aria-description') ?? '').toContain(rule.name);

    grid.selectCell(NET, 'numerator');
    await expect.poll(() => explanationText(app)).toContain(`${rule.name} (${rule.source}; here 95 ≤ 90 does not hold.)`);

    // Back within the rule: the warning goes from the row and the explanation.
    await typeInto(grid, NET, 'numerator', '800');
    await expect.poll(() => grid.item(NET)?.value).toBe(80);
    expect(grid.item(NET)?.flags.some((f) => f.kind === 'rule')).toBe(false);
    await expect.poll(() => explanationText(app)).not.toContain(rule.name);
  });

  it('is not run when the stored framework file no longer reads (nothing breaks)', async () => {
    const app = await mount((db) => saveLocalFramework(db, '{"format": "ssc-workbench/framework", "version": 2'));
    const grid = await createThroughForm(app, 'Brokenville');
    await userEvent.fill(app.scope.getByLabelText(/^Households/), '1000');
    await userEvent.keyboard('{Enter}');
    await typeInto(grid, NET, 'numerator', '950');
    await expect.poll(() => grid.item(NET)?.value).toBe(95);
    expect(grid.item(NET)?.flags.some((f) => f.kind === 'rule')).toBe(false);
  });
});
