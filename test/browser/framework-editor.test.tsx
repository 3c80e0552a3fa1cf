/**
 * The library's framework editor (issue #30, item 4): a local KPI is written with a formula whose
 * error is shown at its character, fixed, saved; the file is exported and opened again, and what is
 * stored survives a reload. A validation rule written there warns in an assessment's grid.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { readFrameworkFile } from '../../src/engine/framework-file';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { useLanguage } from '../../src/ui/strings/language';
import { captureBrowserDownloads, chooseFile, freshAppPerTest, mountApp, type Mounted } from './helpers';

const { mount, dbName } = freshAppPerTest();

beforeAll(async () => {
  await page.viewport(1400, 900);
});
afterEach(() => vi.restoreAllMocks());

async function openEditor(a: Mounted): Promise<void> {
  await userEvent.click(a.scope.getByText('Your framework: local KPIs and rules'));
  await expect.element(a.scope.getByRole('button', { name: 'Start from the U4SSC KPIs' })).toBeVisible();
}

const status = (a: Mounted) => a.scope.getByTestId('framework-status').element().textContent ?? '';

describe('the framework editor', () => {
  it('checks each side of a rule as it is typed, with its own words and marked character', async () => {
    const a = mount();
    await openEditor(a);
    await userEvent.click(a.scope.getByRole('button', { name: 'Start from the U4SSC KPIs' }));
    await expect.poll(() => status(a)).toContain('0 of them local');
    await userEvent.fill(a.scope.getByLabelText('Left side'), '[EC: ICT: ICT: 1C] +');
    await userEvent.fill(a.scope.getByLabelText('Right side'), '90');
    const left = a.scope.getByTestId('fw-rule-left-check-at');
    await expect.element(left).toBeInTheDocument();
    expect(a.container.querySelector('#fw-rule-left-check')?.getAttribute('role')).toBe('alert');
    // The right side is sound: its own check says so, and no problem is marked there.
    await expect.poll(() => a.container.querySelector('#fw-rule-right-check')?.getAttribute('role')).toBe('status');
    expect(a.container.querySelector('[data-testid="fw-rule-right-check-at"]')).toBeNull();
    expect(a.scope.getByLabelText('Left side').element().getAttribute('aria-describedby')).toBe('fw-rule-left-check');
  });

  it('writes a local KPI with a formula error shown at its character, fixes it, exports the file and opens it again', async () => {
    const a = mount();
    const downloads = captureBrowserDownloads();
    await openEditor(a);
    await userEvent.click(a.scope.getByRole('button', { name: 'Start from the U4SSC KPIs' }));
    await expect.poll(() => status(a)).toContain(`${u4ssc.data.kpis.length} KPIs, 0 of them local`);

    await userEvent.fill(a.scope.getByLabelText('Code'), 'LOCAL: MOB: 1');
    await userEvent.fill(a.scope.getByLabelText('Name', { exact: true }), 'Shared bicycles per 1 000 inhabitants');
    await userEvent.fill(a.scope.getByLabelText('Unit'), 'per 1 000 inhabitants');
    await userEvent.fill(a.scope.getByLabelText('Input 1: name in the formula'), 'bikes');
    await userEvent.fill(a.scope.getByLabelText('Input 1: what is counted'), 'Shared bicycles in service');
    await userEvent.fill(a.scope.getByLabelText('Source', { exact: true }), 'City mobility plan 2024');
    // A typo: "bikez" is not an input; the words say where, and the character is marked.
    await userEvent.fill(a.scope.getByLabelText('Formula', { exact: true }), 'bikez / profile.population * 1000');
    const check = a.scope.getByRole('alert').filter({ hasText: 'is not an input' });
    await expect.element(check).toHaveTextContent('"bikez" is not an input of this data point (its inputs: bikes) (character 1).');
    expect(a.container.querySelector('[data-testid="fw-kpi-formula-check-at"] mark')?.textContent).toBe('b');
    expect(a.scope.getByLabelText('Formula', { exact: true }).element().getAttribute('aria-invalid')).toBe('true');
    // An unclosed bracket: the mark moves to it.
    await userEvent.fill(a.scope.getByLabelText('Formula', { exact: true }), 'bikes / (profile.population * 1000');
    await expect.poll(() => a.container.querySelector('#fw-kpi-formula-check')?.textContent ?? '').toContain('(character 9)');
    expect(a.container.querySelector('[data-testid="fw-kpi-formula-check-at"] mark')?.textContent).toBe('(');
    // Saving while the formula is wrong keeps nothing.
    await userEvent.click(a.scope.getByRole('button', { name: 'Save the KPI' }));
    await expect.poll(() => status(a)).toContain('0 of them local');

    await userEvent.fill(a.scope.getByLabelText('Formula', { exact: true }), 'bikes / profile.population * 1000');
    await expect.element(a.scope.getByText('The formula reads.')).toBeVisible();
    expect(a.scope.getByLabelText('Formula', { exact: true }).element().getAttribute('aria-invalid')).toBe('false');
    // A reference target with its basis.
    await userEvent.click(a.scope.getByLabelText('No target'));
    await userEvent.fill(a.scope.getByLabelText('Reference target', { exact: true }), '10');
    await userEvent.selectOptions(a.scope.getByLabelText('Basis of the target'), 'judgement');
    await userEvent.fill(a.scope.getByLabelText('Why this target (or why none)'), 'The plan aims at ten per 1 000.');
    await userEvent.click(a.scope.getByRole('button', { name: 'Save the KPI' }));
    await expect.poll(() => status(a)).toContain('1 of them local');
    await expect.element(a.scope.getByText('LOCAL: MOB: 1 · Shared bicycles per 1 000 inhabitants (per 1 000 inhabitants)')).toBeVisible();

    await userEvent.click(a.scope.getByRole('button', { name: 'Export the framework file' }));
    expect(downloads.names).toEqual([`${u4ssc.data.id}-${u4ssc.data.frameworkVersion}.framework.json`]);
    const exported = await downloads.blobs[0].text();
    const read = readFrameworkFile(JSON.parse(exported));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    // The file holds the formula as typed (the reader gives the engine a ratio of it).
    const raw = JSON.parse(exported) as { kpis: { code: string; datapoints: { formula: unknown }[] }[] };
    expect(raw.kpis.find((k) => k.code === 'LOCAL: MOB: 1')?.datapoints[0].formula).toEqual({
      kind: 'formula',
      expression: 'bikes / profile.population * 1000',
      inputs: [{ name: 'bikes', label: 'Shared bicycles in service' }],
    });
    expect(read.value.targets?.targets.find((t) => t.code === 'LOCAL: MOB: 1')).toMatchObject({
      target: 10,
      basis: 'judgement',
      source: 'City mobility plan 2024',
    });

    // Removed here, then the exported file opened again: the local KPI is back.
    await userEvent.click(a.scope.getByRole('button', { name: 'Remove LOCAL: MOB: 1' }));
    await expect.poll(() => status(a)).toContain('0 of them local');
    chooseFile(a.container.querySelector('details.framework-editor')!, new File([exported], 'mine.framework.json', { type: 'application/json' }));
    await expect.poll(() => status(a)).toContain('1 of them local');

    // Stored in this browser: a new app on the same database shows it.
    a.dispose();
    const again = mountApp(dbName());
    try {
      await openEditor(again);
      await expect.poll(() => status(again)).toContain('1 of them local');
      await userEvent.click(again.scope.getByRole('button', { name: 'Edit LOCAL: MOB: 1' }));
      await expect.element(again.scope.getByLabelText('Formula', { exact: true })).toHaveValue('bikes / profile.population * 1000');
      await expect.element(again.scope.getByLabelText('Reference target', { exact: true })).toHaveValue(10);
    } finally {
      again.dispose();
    }
  });

  it('refuses a file that is not a framework file and says why, keeping what was there', async () => {
    const a = mount();
    await openEditor(a);
    chooseFile(a.container.querySelector('details.framework-editor')!, new File(['{"format": "ssc-workbench/framework", "version": 9}'], 'x.json'));
    await expect.element(a.scope.getByTestId('framework-problems')).toHaveTextContent('This framework file is of version 9');
    expect(status(a)).toContain('No framework file yet.');
  });

  it('in French, speaks French from its message files, the texts with arguments included', async () => {
    await useLanguage('fr');
    try {
      const a = mount();
      await userEvent.click(a.scope.getByText('Votre référentiel : KPI locaux et règles'));
      await userEvent.click(a.scope.getByRole('button', { name: 'Partir des KPI U4SSC' }));
      await expect.poll(() => status(a)).toContain(`: ${u4ssc.data.kpis.length} KPI, dont 0 locaux ;`);
      expect(status(a)).toContain(`${u4ssc.data.name} ouvert.`);
      // No English shown in its place (a missing French message would be English, marked U+2068…U+2069).
      expect(status(a)).not.toMatch(/[\u2068\u2069]/);
      await userEvent.click(a.scope.getByRole('button', { name: 'Enregistrer le KPI' }));
      await expect.element(a.scope.getByRole('alert')).toHaveTextContent('Renseignez le code, le nom, l’unité, la source et la première donnée.');
      await userEvent.fill(a.scope.getByLabelText('Code'), 'EC: ICT: ICT: 1C');
      await userEvent.fill(a.scope.getByLabelText('Nom', { exact: true }), 'Foyers connectés');
      await userEvent.fill(a.scope.getByLabelText('Unité'), '%');
      await userEvent.fill(a.scope.getByLabelText('Donnée 1 : nom dans la formule'), 'foyers');
      await userEvent.fill(a.scope.getByLabelText('Donnée 1 : ce qui est compté'), 'Foyers connectés');
      await userEvent.fill(a.scope.getByLabelText('Source', { exact: true }), 'Recensement 2024');
      await userEvent.click(a.scope.getByRole('button', { name: 'Enregistrer le KPI' }));
      await expect.element(a.scope.getByRole('alert')).toHaveTextContent('EC: ICT: ICT: 1C est un KPI U4SSC, pas un KPI local : choisissez un autre code.');
    } finally {
      await useLanguage('en');
    }
  });
});
