import axe from 'axe-core';
import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createThroughForm, freshAppPerTest, typeInto } from './helpers';

const { mount } = freshAppPerTest();

afterAll(async () => {
  await page.viewport(1400, 900);
});

async function seriousViolations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

describe('accessibility of the grid view (axe-core)', () => {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    it(`has no serious or critical violations at ${width}×${height}`, async () => {
      await page.viewport(width, height);
      const a = mount();
      const grid = await createThroughForm(a, `Axeville ${width}`);
      await userEvent.fill(a.scope.getByLabelText(/^Households/), '1000');
      await userEvent.keyboard('{Enter}');
      if (width > 700) {
        await typeInto(grid, 'EC: ICT: ICT: 1C|', 'numerator', '900');
        await typeInto(grid, 'EC: ICT: WS: 1C|', 'numerator', 'abc');
      }
      await expect.poll(() => a.container.querySelector('.explain .explain-kpi') !== null || width > 700).toBe(true);
      expect(await seriousViolations(a.container)).toEqual([]);
    });
  }
});
