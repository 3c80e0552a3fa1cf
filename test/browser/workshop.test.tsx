import axe from 'axe-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { DEMO_CITIES, demoCityInput } from '../../src/engine/frameworks/u4ssc/demo';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { compareMethods, exclusionEffect } from '../../src/engine/methods';
import { sensitivity } from '../../src/engine/sensitivity';
import { fewestChanges } from '../../src/engine/exercises';
import { assessmentIdOf, captureBrowserDownloads, createThroughForm, freshAppPerTest, stored, typeInto, waitForGrid, type Mounted } from './helpers';

const NET = 'EC: ICT: ICT: 1C|';
const { mount, dbName } = freshAppPerTest();

beforeAll(async () => {
  await page.viewport(1400, 900);
});

describe('the demo cities', () => {
  it('load in one click beside the user’s own assessment, never twice, and "Reset demo cities" restores them all with undo', async () => {
    const app = mount();
    const own = await createThroughForm(app, 'Own City', '2024');
    await typeInto(own, NET, 'value', '55');
    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    const ownId = await assessmentIdOf(dbName(), 'Own City', 2024);
    await expect.poll(async () => (await stored(dbName(), ownId))?.values[NET]?.value).toBe(55);

    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    const grid = await waitForGrid(app);
    await expect.element(app.scope.getByText(`Added ${DEMO_CITIES.length} fictional demo cities.`)).toBeInTheDocument();
    // Demoville 2025 is open; edit it.
    await typeInto(grid, NET, 'value', '12');
    const demoville = await assessmentIdOf(dbName(), 'Demoville (fictional)', 2025);
    await expect.poll(async () => (await stored(dbName(), demoville))?.values[NET]?.value).toBe(12);

    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    for (const c of DEMO_CITIES) await expect.element(app.scope.getByRole('button', { name: `Open ${c.city} ${c.year}` })).toBeInTheDocument();
    await expect.poll(() => app.container.querySelectorAll('.library-table tbody tr').length).toBe(DEMO_CITIES.length + 1);
    // A second click adds nothing and opens the same Demoville.
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await waitForGrid(app);
    await expect.element(app.scope.getByText('Opened the existing Demoville (fictional) 2025', { exact: false })).toBeInTheDocument();
    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    await expect.poll(() => app.container.querySelectorAll('.library-table tbody tr').length).toBe(DEMO_CITIES.length + 1);

    await userEvent.click(app.scope.getByTestId('reset-demos'));
    await expect.element(app.scope.getByText(`Put the shipped values back into the ${DEMO_CITIES.length} demo cities`, { exact: false })).toBeInTheDocument();
    await userEvent.click(app.scope.getByRole('button', { name: 'Reset demo cities', exact: true }));
    const shipped = demoCityInput(u4ssc, DEMO_CITIES[0]).values[NET];
    await expect.poll(async () => (await stored(dbName(), demoville))?.values[NET]).toEqual(shipped);
    const verdania = DEMO_CITIES.find((c) => c.key === 'verdania-2025')!;
    const verdaniaDoc = (await stored(dbName(), await assessmentIdOf(dbName(), verdania.city, verdania.year)))!;
    expect(verdaniaDoc.values).toEqual(demoCityInput(u4ssc, verdania).values);
    // The user's own assessment is untouched.
    expect((await stored(dbName(), ownId))?.values[NET]?.value).toBe(55);

    await userEvent.click(app.scope.getByRole('button', { name: 'Undo' }));
    await expect.poll(async () => (await stored(dbName(), demoville))?.values[NET]?.value).toBe(12);
    expect(app.container.querySelectorAll('.library-table tbody tr')).toHaveLength(DEMO_CITIES.length + 1);
  });
});

describe('the what-if sandbox', () => {
  it('shows every affected score before → after with arrows, reverts on leaving, and keeps a trial as a new assessment', async () => {
    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await waitForGrid(app);
    const demoville = await assessmentIdOf(dbName(), 'Demoville (fictional)', 2025);
    const savedBefore = (await stored(dbName(), demoville))!;

    await userEvent.click(app.scope.getByRole('tab', { name: 'Workshop' }));
    const sandbox = app.scope.getByTestId('whatif');
    await expect.element(sandbox).toBeInTheDocument();
    // The data point is found by a fragment of its name and picked with the keyboard (issue #24).
    const which = sandbox.getByRole('combobox', { name: 'Data point' });
    await userEvent.click(which);
    await userEvent.keyboard('{Control>}a{/Control}household intern');
    await expect
      .poll(() => [...app.container.querySelectorAll('[data-testid="whatif"] [role="option"]')].map((o) => o.textContent))
      .toEqual(['EC: ICT: ICT: 1C Household Internet Access']);
    await userEvent.keyboard('{Enter}');
    await expect.element(which).toHaveValue('EC: ICT: ICT: 1C — Household Internet Access');
    await userEvent.fill(sandbox.getByLabelText(/^Trial value/), 'lots');
    await userEvent.click(sandbox.getByRole('button', { name: 'Try this value' }));
    await expect.element(sandbox.getByRole('alert')).toHaveTextContent('"lots" is not a number, so Household Internet Access keeps its value');

    await userEvent.fill(sandbox.getByLabelText(/^Trial value/), '20');
    await userEvent.click(sandbox.getByRole('button', { name: 'Try this value' }));
    const effect = () => app.container.querySelector('[data-testid="whatif-effect"]');
    await expect.poll(() => effect() !== null).toBe(true);
    // The data point and every aggregate above it, each with its arrow and its word.
    const rows = [...effect()!.querySelectorAll('tbody tr')].map((r) => (r as HTMLElement).dataset.code ?? (r as HTMLElement).dataset.id);
    expect(rows).toEqual(['overall', 'EC', 'EC: ICT', 'EC: ICT: ICT', NET]);
    const netRow = effect()!.querySelector(`tr[data-id="${NET}"]`)!;
    expect(netRow.textContent).toContain('▼ falls');
    expect(netRow.textContent).toContain('91.5 % (91.5 % of target)');
    expect(netRow.textContent).toContain('66–95 % of target → 0–33 % of target');
    expect(netRow.classList.contains('ws-band-changed')).toBe(true);
    expect(effect()!.querySelector('tr[data-code="overall"]')!.textContent).toContain('▼ falls');
    // The trial wheel colours the data point by its new band; the saved wheel keeps the saved one.
    expect(app.container.querySelectorAll('[data-testid="whatif"] .r-wheel')).toHaveLength(2);
    const segment = [...app.container.querySelectorAll('[data-testid="whatif-wheel-after"] tbody tr')].find((r) =>
      r.textContent!.includes('Household Internet Access'),
    );
    expect(segment?.textContent).toContain('0–33 %');

    // Nothing was stored.
    expect((await stored(dbName(), demoville))!.values).toEqual(savedBefore.values);

    // Leaving the view drops the trial.
    await userEvent.click(app.scope.getByRole('tab', { name: 'Grid' }));
    await userEvent.click(app.scope.getByRole('tab', { name: 'Workshop' }));
    await expect.element(app.scope.getByText('No trial value yet', { exact: false })).toBeInTheDocument();
    expect(effect()).toBeNull();

    // Keep a trial as a new assessment: the saved one is unchanged, the new one holds the trial value.
    // A data point's id or code typed whole picks it.
    await userEvent.fill(app.scope.getByTestId('whatif').getByRole('combobox', { name: 'Data point' }), NET);
    await userEvent.fill(app.scope.getByTestId('whatif').getByLabelText(/^Trial value/), '20');
    await userEvent.click(app.scope.getByTestId('whatif').getByRole('button', { name: 'Try this value' }));
    await userEvent.click(app.scope.getByTestId('whatif-keep'));
    await expect.element(app.scope.getByText('Stored the what-if as a new assessment', { exact: false })).toBeInTheDocument();
    const keptId = await assessmentIdOf(dbName(), 'Demoville (fictional) (what-if)', 2025);
    const kept = (await stored(dbName(), keptId))!;
    expect(kept.values[NET]).toMatchObject({ value: 20, status: 'reported' });
    expect(kept.notes).toContain('What-if of Demoville (fictional) 2025');
    expect((await stored(dbName(), demoville))!.values).toEqual(savedBefore.values);
  });
});

describe('methods side by side', () => {
  it('lists every aggregate under the three methods, marks the differing bands in words, and the exclusion effect', async () => {
    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await waitForGrid(app);
    await userEvent.click(app.scope.getByRole('tab', { name: 'Workshop' }));
    const table = () => app.container.querySelector('[data-testid="methods"] table');
    await expect.poll(() => table() !== null).toBe(true);
    const expected = compareMethods(u4ssc, referenceTargets, demoCityInput(u4ssc, DEMO_CITIES[0]));
    expect(table()!.querySelectorAll('tbody tr')).toHaveLength(expected.length);
    const differing = [...table()!.querySelectorAll('tbody tr.ws-band-changed')].map((r) => (r as HTMLElement).dataset.code);
    expect(differing).toEqual(expected.filter((r) => r.differs).map((r) => r.code));
    expect(differing.length).toBeGreaterThan(0);
    expect(table()!.querySelector(`tr[data-code="${differing[0]}"]`)!.textContent).toContain('differ');
    // Where the goalposts come from: the best from published practice, the worst ones said to be judgement.
    const caveat = app.container.querySelector('[data-testid="goalposts-caveat"]')!.textContent!;
    expect(caveat).toContain('2.5th percentile');
    expect(caveat).toContain('judgement');
    const lower = app.container.querySelector('[data-testid="goalposts"] tr[data-direction="lower"]')!.textContent!;
    expect(lower).toContain('three times the target');
    expect(lower).toContain('published practice (SDG Index); the workbench’s judgement');
    const exclusions = exclusionEffect(u4ssc, referenceTargets, demoCityInput(u4ssc, DEMO_CITIES[0]));
    expect(app.container.querySelectorAll('[data-testid="exclusions"] li')).toHaveLength(exclusions.length);
  });
});

describe('the sensitivity run', () => {
  it('runs 10 000 draws in the worker with progress, gives a probability per aggregate, and can be cancelled', async () => {
    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await waitForGrid(app);
    await userEvent.click(app.scope.getByRole('tab', { name: 'Workshop' }));
    const section = app.scope.getByTestId('sensitivity');
    await expect.element(section).toBeInTheDocument();

    await userEvent.fill(section.getByLabelText('Draws'), 'many');
    await userEvent.click(section.getByRole('button', { name: 'Run' }));
    await expect.element(section.getByRole('alert')).toHaveTextContent('Draws "many" is not a whole number from 1 to 1,000,000.');

    await userEvent.fill(section.getByLabelText('Draws'), '10000');
    await userEvent.fill(section.getByLabelText('Seed'), '7');
    await userEvent.click(section.getByRole('button', { name: 'Run' }));
    await expect.element(section.getByTestId('sensitivity-status'), { timeout: 20_000 }).toHaveTextContent(/^10,000 draws with seed 7 in [\d,]+ ms\.$/);
    const expected = sensitivity(u4ssc, referenceTargets, demoCityInput(u4ssc, DEMO_CITIES[0]), {
      spread: 0.1,
      methods: ['u4ssc-points', 'continuous', 'goalposts'],
      draws: 10_000,
      seed: 7,
    });
    const rows = [...app.container.querySelectorAll('[data-testid="sensitivity-result"] tbody tr')];
    expect(rows).toHaveLength(expected.rows.length);
    // The worker's figures are the engine's for the same seed.
    expected.rows.forEach((r, i) => expect(rows[i].querySelector('td:last-child')!.textContent).toBe(`${(Math.round(r.pChange * 1000) / 10).toString()} %`));

    await userEvent.fill(section.getByLabelText('Draws'), '1000000');
    await userEvent.click(section.getByRole('button', { name: 'Run' }));
    await expect.element(section.getByTestId('sensitivity-progress')).toBeInTheDocument();
    await userEvent.click(section.getByRole('button', { name: 'Cancel' }));
    await expect.element(section.getByTestId('sensitivity-status'), { timeout: 20_000 }).toHaveTextContent(/^Cancelled after [\d,]+ of 1,000,000 draws/);
    expect(app.container.querySelector('[data-testid="sensitivity-result"]')).toBeNull();
  });
});

describe('the presenter view', () => {
  it('at 1920 × 1080 and 150 % zoom shows the whole wheel, large type, keyboard steps, and exports SVG and a PNG of 2 400 px', async () => {
    // 150 % zoom of a 1920 × 1080 screen leaves a CSS viewport of 1280 × 720, drawn at device pixel ratio 1.5.
    await page.viewport(1280, 720);
    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await waitForGrid(app);
    await userEvent.click(app.scope.getByRole('tab', { name: 'Workshop' }));
    await userEvent.click(app.scope.getByTestId('open-presenter'));
    const dialog = app.scope.getByRole('dialog', { name: 'Presenter view of Demoville (fictional) 2025' });
    await expect.element(dialog).toBeInTheDocument();
    const canvas = () => app.container.querySelector<HTMLCanvasElement>('[data-testid="presenter-wheel"] canvas[role="img"]');
    await expect.poll(() => (canvas()?.getBoundingClientRect().width ?? 0) > 400).toBe(true);
    const box = canvas()!.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
    expect(box.right).toBeLessThanOrEqual(window.innerWidth);
    const title = app.container.querySelector<HTMLElement>('[data-testid="presenter-title"]')!;
    expect(parseFloat(getComputedStyle(title).fontSize)).toBeGreaterThanOrEqual(32);
    expect(parseFloat(getComputedStyle(app.container.querySelector('.ws-presenter-facts dd')!).fontSize)).toBeGreaterThanOrEqual(24);
    expect(title.textContent).toContain('EC: ICT: ICT: 1C');

    // One data point at a time, by keyboard.
    await userEvent.keyboard('{ArrowRight}');
    expect(title.textContent).toContain('EC: ICT: ICT: 2C');
    await userEvent.keyboard('{PageDown}');
    expect(title.textContent).toMatch(/^EC: ICT: WS: /);
    await userEvent.keyboard('{PageUp}');
    expect(title.textContent).toContain('EC: ICT: ICT: 1C');

    const { blobs, names } = captureBrowserDownloads();
    await userEvent.click(app.scope.getByTestId('export-svg'));
    await expect.poll(() => blobs.length).toBe(1);
    const svg = await blobs[0].text();
    expect(svg).toMatch(/^<svg [^>]*width="2400"/);
    expect(svg.match(/<path /g)).toHaveLength(u4ssc.datapoints.length + 27 + 3);
    expect(names[0]).toMatch(/-wheel\.svg$/);
    await userEvent.click(app.scope.getByTestId('export-png'));
    await expect.poll(() => blobs.length).toBe(2);
    const png = await createImageBitmap(blobs[1]);
    expect(png.width).toBeGreaterThanOrEqual(2000);
    expect(png.height).toBeGreaterThanOrEqual(2000);
    expect(names[1]).toMatch(/-wheel-2400\.png$/);
    vi.restoreAllMocks();

    await userEvent.keyboard('{Escape}');
    await expect.poll(() => app.container.querySelector('[data-testid="presenter"]')).toBeNull();
    await page.viewport(1400, 900);
  });
});

describe('exercises', () => {
  async function toWorkshop(app: Mounted) {
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await waitForGrid(app);
    await userEvent.click(app.scope.getByRole('tab', { name: 'Workshop' }));
    await expect.element(app.scope.getByTestId('exercises')).toBeInTheDocument();
    return app.scope.getByTestId('exercises');
  }

  it("find the wrong value: the trainer plants it and the participant names it, each by typing part of the data point's name (issue #24)", async () => {
    const app = mount();
    const made = await toWorkshop(app);
    await userEvent.selectOptions(made.getByLabelText('Task'), 'find-wrong');
    const wrong = made.getByRole('combobox', { name: 'Data point to make wrong' });
    await userEvent.click(wrong);
    await userEvent.keyboard('{Control>}a{/Control}wifi');
    await userEvent.keyboard('{Enter}');
    await expect.element(wrong).toHaveValue('EC: ICT: ICT: 5A — Availability of WIFI in Public Areas');
    await userEvent.fill(made.getByLabelText(/^Wrong value/), '1');
    await userEvent.click(made.getByRole('button', { name: 'Make the exercise' }));
    await expect.element(made.getByTestId('exercise-current')).toBeInTheDocument();
    const answer = made.getByTestId('exercise-answer');
    const named = answer.getByRole('combobox', { name: 'The data point that is wrong' });
    // Nothing named yet: the check says so.
    await userEvent.click(answer.getByRole('button', { name: 'Check my answer' }));
    await expect.element(made.getByTestId('exercise-feedback')).toHaveTextContent('No data point is named as wrong.');
    await userEvent.click(named);
    await userEvent.keyboard('public area wi');
    await expect
      .poll(() => [...app.container.querySelectorAll('[data-testid="exercise-answer"] [role="option"]')].map((o) => o.textContent))
      .toEqual(['EC: ICT: ICT: 5A Availability of WIFI in Public Areas']);
    await userEvent.keyboard('{Enter}');
    await userEvent.click(answer.getByRole('button', { name: 'Check my answer' }));
    await expect.element(made.getByTestId('exercise-feedback')).toHaveTextContent('Yes:');
    await expect.element(made.getByTestId('exercise-feedback')).toHaveTextContent('is the wrong value.');
  });

  it('a trainer hands out "raise Energy into the next band with the fewest changes" as a link, three answers (right, wrong, partly right) come back as links and a file, each with feedback in words, side by side', async () => {
    const fewest = fewestChanges(u4ssc, referenceTargets, demoCityInput(u4ssc, DEMO_CITIES[0]), 'EN: E')!;
    expect(fewest.count).toBeGreaterThan(1);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    // The trainer makes the exercise and its link.
    const trainer = mount();
    const made = await toWorkshop(trainer);
    await userEvent.selectOptions(made.getByLabelText('Task'), 'next-band');
    // The score is found by a fragment of its name (issue #24).
    await userEvent.click(made.getByRole('combobox', { name: 'Score to raise' }));
    await userEvent.keyboard('{Control>}a{/Control}energy');
    await expect
      .poll(() => [...trainer.container.querySelectorAll('[data-testid="exercises"] [role="option"]')].map((o) => o.textContent))
      .toContain('EN: E Energy');
    await userEvent.fill(made.getByRole('combobox', { name: 'Score to raise' }), 'EN: E');
    await userEvent.click(made.getByRole('button', { name: 'Make the exercise' }));
    await expect
      .element(made.getByTestId('exercise-current'))
      .toHaveTextContent('Exercise: Raise EN: E Energy of Demoville (fictional) 2025 into the next band');
    await userEvent.click(made.getByRole('button', { name: 'Make exercise link' }));
    await expect.poll(() => trainer.container.querySelector<HTMLTextAreaElement>('[data-testid="exercise-link"]')?.value ?? '').toMatch(/#x\.k1\./);
    const exerciseLink = trainer.container.querySelector<HTMLTextAreaElement>('[data-testid="exercise-link"]')!.value;

    // A participant opens it from the link (in the room each does so in their own browser; the link carries
    // everything, so this app's own state plays no part: opening it starts the exercise afresh).
    {
      const room = made;
      await userEvent.fill(room.getByLabelText('Exercise or answer links (one per line)'), 'https://example.org/#x.k1.damaged');
      await userEvent.click(room.getByRole('button', { name: 'Open the links' }));
      await expect.element(room.getByTestId('exercise-problems')).toHaveTextContent('Link 1: the link is damaged or incomplete');
      await userEvent.fill(room.getByLabelText('Exercise or answer links (one per line)'), exerciseLink);
      await userEvent.click(room.getByRole('button', { name: 'Open the links' }));
      await expect.element(trainer.scope.getByText('Opened the exercise', { exact: false })).toBeInTheDocument();
      await expect.element(room.getByTestId('exercise-current')).toHaveTextContent('Change as few values as you can');
      const participant = trainer;
      const answerForm = room.getByTestId('exercise-answer');
      const add = async (id: string, value: number | 'yes' | 'no') => {
        await userEvent.fill(answerForm.getByRole('combobox', { name: 'Data point to change' }), id);
        await userEvent.fill(answerForm.getByLabelText('New value'), String(value));
        await userEvent.click(answerForm.getByRole('button', { name: 'Add this change' }));
      };
      const answerLink = async () => {
        const before = participant.container.querySelector<HTMLTextAreaElement>('[data-testid="answer-link"]')?.value ?? '';
        await userEvent.click(room.getByRole('button', { name: 'Make answer link' }));
        await expect.poll(() => participant.container.querySelector<HTMLTextAreaElement>('[data-testid="answer-link"]')?.value ?? before).not.toBe(before);
        return participant.container.querySelector<HTMLTextAreaElement>('[data-testid="answer-link"]')!.value;
      };

      // Ana: the fewest changes. She checks her answer first.
      await userEvent.fill(answerForm.getByLabelText('Your name'), 'Ana');
      for (const c of fewest.changes) await add(c.id, c.value);
      await userEvent.click(answerForm.getByRole('button', { name: 'Check my answer' }));
      const own = room.getByTestId('exercise-feedback');
      await expect.element(own).toHaveTextContent('✓ Right');
      await expect
        .element(own)
        .toHaveTextContent(
          `EN: E Energy moves from 66–95 % of target to 95 %+ of target with ${fewest.count} changes; the fewest possible is ${fewest.count}.`,
        );
      const ana = await answerLink();

      // Cy: one change more than needed, handed back as a file.
      await userEvent.fill(answerForm.getByLabelText('Your name'), 'Cy');
      await add('EN: EN: AQ: 1C|NO2', 5);
      await userEvent.click(room.getByRole('button', { name: 'Download answer file' }));
      await expect.poll(() => blobs.length).toBe(1);
      const cyFile = new File([await blobs[0].text()], 'cy.answer.json', { type: 'application/json' });

      // Ben: only the first change.
      await userEvent.fill(answerForm.getByLabelText('Your name'), 'Ben');
      for (const c of [...fewest.changes.slice(1), { id: 'EN: EN: AQ: 1C|NO2' }]) {
        const name = u4ssc.byId.get(c.id)!;
        await userEvent.click(
          room.getByRole('button', { name: `Remove the change of ${name.def.key ? `${name.kpi.name} (${name.def.key})` : name.kpi.name}` }),
        );
      }
      const ben = await answerLink();

      // The trainer opens the two links and the file.
      await userEvent.fill(made.getByLabelText('Exercise or answer links (one per line)'), `${ana}\n${ben}`);
      await userEvent.click(made.getByRole('button', { name: 'Open the links' }));
      await expect.element(made.getByText('Answers from the room (2)')).toBeInTheDocument();
      const input = trainer.container.querySelector<HTMLInputElement>('[data-testid="exercise-files"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(cyFile);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await expect.element(made.getByText('Answers from the room (3)')).toBeInTheDocument();

      const rows = [...trainer.container.querySelectorAll<HTMLTableRowElement>('[data-testid="exercise-verdicts"] tbody tr')];
      expect(rows.map((r) => [r.querySelector('th')!.textContent, r.dataset.verdict])).toEqual([
        ['Ana', 'right'],
        ['Ben', 'wrong'],
        ['Cy', 'partly'],
      ]);
      expect(rows[0].textContent).toContain('✓ Right');
      expect(rows[1].textContent).toContain('✗ Wrong');
      expect(rows[1].textContent).toMatch(/EN: E Energy goes from [\d.]+ % to [\d.]+ %, but the next band starts at 95 %\./);
      expect(rows[2].textContent).toContain('◐ Partly right');
      expect(rows[2].textContent).toContain(`${fewest.count} changes are enough, you made ${fewest.count + 1}`);

      // Side by side: the answer (the fewest changes, computed) and the three, with the band differences said.
      const side = trainer.container.querySelector('[data-testid="exercise-side"]')!;
      expect([...side.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Score', 'Fewest changes (computed)', 'Ana', 'Ben', 'Cy']);
      const en = side.querySelector('tr[data-code="EN: E"]')!;
      const cells = [...en.querySelectorAll('td')];
      expect(cells[0].textContent).toContain('95 %+');
      expect(cells.map((c) => c.classList.contains('ws-cell-differs'))).toEqual([false, false, true, false]);
      expect(cells[2].textContent).toContain('band differs');
      for (const c of fewest.changes) expect(side.querySelector(`tr[data-id="${c.id}"]`)).not.toBeNull();
      // The room's answers and the side-by-side table pass axe-core (no serious or critical violation).
      const found = await axe.run(trainer.container.querySelector('[data-testid="exercises"]')!, { resultTypes: ['violations'] });
      expect(found.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    }
    vi.restoreAllMocks();
  });

  it('fill the blanks: an exercise file opens, each blank ratio shows the inputs it is computed from, and the check says which blanks are right', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const app = mount();
    const section = await toWorkshop(app);
    // The defaults: fill in the blanks of the first category of Demoville 2025.
    await userEvent.click(section.getByRole('button', { name: 'Make the exercise' }));
    await userEvent.click(section.getByRole('button', { name: 'Download exercise file' }));
    await expect.poll(() => blobs.length).toBe(1);
    const file = new File([await blobs[0].text()], 'exercise.json', { type: 'application/json' });
    const input = app.container.querySelector<HTMLInputElement>('[data-testid="exercise-files"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await expect.element(app.scope.getByText('Opened the exercise', { exact: false })).toBeInTheDocument();

    const demo = demoCityInput(u4ssc, DEMO_CITIES[0]);
    const blank = section.getByLabelText('Value of EC: ICT: ICT: 1C Household Internet Access');
    await expect
      .element(blank)
      .toHaveAccessibleDescription(
        `Given: Households with Internet access (fixed or mobile) = ${(demo.values[NET].numerator as number).toLocaleString('en')}; Households = 112,000; the value is the first ÷ the second × 100.`,
      );
    await userEvent.fill(blank, '91.5');
    await userEvent.click(section.getByRole('button', { name: 'Check my answer' }));
    const feedback = section.getByTestId('exercise-feedback');
    await expect.element(feedback).toHaveTextContent('◐ Partly right');
    await expect.element(feedback).toHaveTextContent('EC: ICT: ICT: 1C Household Internet Access: 91.5 % is right.');
    await expect.element(feedback).toHaveTextContent('EC: ICT: ICT: 2C Fixed Broadband Subscriptions is still blank.');
    vi.restoreAllMocks();
  });
});
