/**
 * The presenter view in the room (issue #25, item 6): at 1920 × 1080 and 1280 × 720 the wheel, its band
 * legend and the side column show whole without scrolling, and the data point being presented is marked
 * on the wheel by a dark outline round its segment (and a pointer where there is room), not by colour alone.
 */
import { Chart } from 'chart.js';
import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { RING_DATAPOINTS } from '../../src/ui/results/Wheel';
import { freshAppPerTest, waitForGrid } from './helpers';

const { mount } = freshAppPerTest();
afterAll(async () => {
  await page.viewport(1280, 800);
});

/** Whether segment `i` carries the marker's dark outline (#111827) at its outer edge, in its middle (a few pixels either side). */
function markedAt(canvas: HTMLCanvasElement, i: number): boolean {
  const chart = Chart.getChart(canvas)!;
  const arc = chart.getDatasetMeta(RING_DATAPOINTS).data[i] as unknown as { x: number; y: number; startAngle: number; endAngle: number; outerRadius: number };
  const mid = (arc.startAngle + arc.endAngle) / 2;
  const scale = canvas.width / canvas.clientWidth;
  const ctx = canvas.getContext('2d')!;
  return [-3, -2, -1, 0, 1, 2, 3].some((d) => {
    const r = arc.outerRadius + d;
    const [red, green, blue, alpha] = ctx.getImageData(
      Math.round((arc.x + Math.cos(mid) * r) * scale),
      Math.round((arc.y + Math.sin(mid) * r) * scale),
      1,
      1,
    ).data;
    return alpha > 250 && Math.abs(red - 0x11) <= 6 && Math.abs(green - 0x18) <= 6 && Math.abs(blue - 0x27) <= 6;
  });
}

describe('the presenter view fits the screen', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    it(`at ${width} × ${height}: wheel, legend and side whole, the current data point marked`, async () => {
      await page.viewport(width, height);
      const app = mount();
      await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
      await waitForGrid(app);
      await userEvent.click(app.scope.getByRole('tab', { name: 'Workshop' }));
      await userEvent.click(app.scope.getByTestId('open-presenter'));
      const presenter = app.container.querySelector<HTMLElement>('[data-testid="presenter"]')!;
      const canvas = () => presenter.querySelector<HTMLCanvasElement>('[data-testid="presenter-wheel"] canvas[role="img"]');
      await expect.poll(() => (canvas()?.getBoundingClientRect().width ?? 0) > 300).toBe(true);
      const outside = [canvas()!, presenter.querySelector('.r-legend')!, ...presenter.querySelectorAll('.ws-presenter-side button, .ws-presenter-facts dd')]
        .map((el) => [el, el.getBoundingClientRect()] as const)
        .filter(([, r]) => r.top < 0 || r.left < 0 || r.bottom > window.innerHeight + 0.5 || r.right > window.innerWidth + 0.5)
        .map(([el, r]) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.top)}–${Math.round(r.bottom)}`);
      expect(outside).toEqual([]);
      expect(presenter.scrollHeight).toBeLessThanOrEqual(presenter.clientHeight);
      // The first data point is marked; the next key moves the mark.
      await expect.poll(() => markedAt(canvas()!, 0)).toBe(true);
      expect(markedAt(canvas()!, 1)).toBe(false);
      await userEvent.keyboard('n');
      await expect.poll(() => markedAt(canvas()!, 1)).toBe(true);
      expect(markedAt(canvas()!, 0)).toBe(false);
    });
  }
});
