/**
 * The framework editor's national selection and links (issue #30, item 4): starting from U4SSC, a KPI
 * is left out and put back, another moved up (the focus stays on its button), the exported file holds
 * the selection in its order; a link to an SDG 11 indicator is added to a data point and removed.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { readFrameworkFile, type FrameworkFile } from '../../src/engine/framework-file';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { captureBrowserDownloads, freshAppPerTest, type Mounted } from './helpers';

const { mount } = freshAppPerTest();

beforeAll(async () => {
  await page.viewport(1400, 900);
});
afterEach(() => vi.restoreAllMocks());

const total = u4ssc.data.kpis.length;
const [first, second, third] = u4ssc.data.kpis.map((k) => k.code);
const AIR = 'EN: EN: AQ: 1C';

async function startU4ssc(a: Mounted): Promise<void> {
  await userEvent.click(a.scope.getByText('Your framework: local KPIs and rules'));
  await userEvent.click(a.scope.getByRole('button', { name: 'Start from the U4SSC KPIs' }));
  await expect.poll(() => summary(a)).toBe(`U4SSC KPIs kept: ${total} of ${total}; left out: 0; local KPIs: 0.`);
}

const summary = (a: Mounted) => a.container.querySelector('[data-testid="framework-selection"]')?.textContent ?? '';
const order = (a: Mounted) => [...a.container.querySelectorAll('.framework-order > li > span')].map((s) => s.textContent?.split(' · ')[0]);

describe('a national selection in the framework editor', () => {
  it('leaves a KPI out, puts it back, moves another, and exports the selection in its order', async () => {
    const a = mount();
    const downloads = captureBrowserDownloads();
    await startU4ssc(a);

    await userEvent.click(a.scope.getByRole('button', { name: `Leave out ${AIR}` }));
    await expect.poll(() => summary(a)).toBe(`U4SSC KPIs kept: ${total - 1} of ${total}; left out: 1; local KPIs: 0.`);
    await expect.element(a.scope.getByTestId('framework-removed')).toHaveTextContent(AIR);
    expect(order(a)).not.toContain(AIR);

    await userEvent.click(a.scope.getByRole('button', { name: `Move ${third} up` }));
    await expect.poll(() => order(a).slice(0, 3)).toEqual([first, third, second]);
    // The focus stays on the button pressed; at the top, where "up" is disabled, it goes to "down".
    await expect.poll(() => document.activeElement?.getAttribute('aria-label')).toBe(`Move ${third} up`);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => order(a).slice(0, 3)).toEqual([third, first, second]);
    await expect.poll(() => document.activeElement?.getAttribute('aria-label')).toBe(`Move ${third} down`);
    expect(a.scope.getByTestId('framework-status').element().textContent).toContain(`${third} moved.`);

    await userEvent.click(a.scope.getByRole('button', { name: 'Export the framework file' }));
    const exported = JSON.parse(await downloads.blobs[0].text()) as FrameworkFile;
    expect(readFrameworkFile(exported).ok).toBe(true);
    expect(exported.kpis.slice(0, 3).map((k) => k.code)).toEqual([third, first, second]);
    expect(exported.kpis.some((k) => k.code === AIR)).toBe(false);
    expect(exported.kpis).toHaveLength(total - 1);

    await userEvent.click(a.scope.getByRole('button', { name: `Put back ${AIR}` }));
    await expect.poll(() => summary(a)).toBe(`U4SSC KPIs kept: ${total} of ${total}; left out: 0; local KPIs: 0.`);
    expect(order(a)).toContain(AIR);
  });

  it('shows a data point’s links to SDG 11, adds one and removes it', async () => {
    const a = mount();
    await startU4ssc(a);
    // The crosswalk the U4SSC file starts with: housing's link to 11.1.1.
    await userEvent.selectOptions(a.scope.getByLabelText('Data point', { exact: true }), 'SC: SH: HO: 1C|');
    await expect.element(a.scope.getByTestId('framework-links')).toHaveTextContent('sdg-11 11.1.1| · close match');

    await userEvent.selectOptions(a.scope.getByLabelText('Data point', { exact: true }), `${AIR}|PM2.5`);
    // Without a source the link is not kept, and the words say why.
    await userEvent.selectOptions(a.scope.getByLabelText('Its indicator'), '11.2.1|');
    await userEvent.click(a.scope.getByRole('button', { name: 'Save the link' }));
    await expect.element(a.scope.getByRole('alert').filter({ hasText: 'Choose an indicator' })).toBeVisible();

    await userEvent.selectOptions(a.scope.getByLabelText('How close'), 'related');
    await userEvent.fill(a.scope.getByLabelText('Source of the link'), 'City air plan');
    await userEvent.click(a.scope.getByRole('button', { name: 'Save the link' }));
    await expect.element(a.scope.getByTestId('framework-links')).toHaveTextContent('sdg-11 11.2.1| · related (City air plan)');
    expect(a.scope.getByTestId('framework-status').element().textContent).toContain(`Link from ${AIR}|PM2.5 to sdg-11 11.2.1| saved.`);

    await userEvent.click(a.scope.getByRole('button', { name: 'Remove the link to sdg-11 11.2.1|' }));
    await expect.poll(() => a.container.querySelector('[data-testid="framework-links"]')?.textContent ?? '').not.toContain('11.2.1|');
  });
});
