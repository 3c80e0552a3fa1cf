import { beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { checkFingerprint, groupedFingerprint } from '../../src/engine/fingerprint';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { WorkbenchDb } from '../../src/storage/db';
import { cellText, createThroughForm, freshAppPerTest, onlyAssessmentId, stored, typeInto, waitForGrid } from './helpers';

const HOTSPOTS = 'EC: ICT: ICT: 5A|'; // a directly reported number, higher is better

beforeAll(async () => {
  await page.viewport(1400, 900);
});

const { mount, dbName } = freshAppPerTest();

describe('the review cycle in one browser', () => {
  it('signs with a name typed once, submits, queries, answers and verifies a data point; the grid, its filters, "explain" and the Review view follow, and the store keeps it', async () => {
    const app = mount();
    const grid = await createThroughForm(app, 'Reviewtown');
    await typeInto(grid, HOTSPOTS, 'value', '800');
    grid.selectCell(HOTSPOTS, 'value');
    const panel = app.scope.getByTestId('review-panel');
    await expect.element(panel).toBeVisible();
    expect(cellText(grid, HOTSPOTS, 'review')).toBe('Draft');

    // Without a name nothing is signed.
    await userEvent.click(panel.getByTestId('review-submitted'));
    await expect.element(panel.getByText('Type your name first')).toBeVisible();
    await userEvent.fill(panel.getByLabelText('Your name'), 'Carla City');
    await userEvent.click(panel.getByRole('button', { name: 'Save name' }));
    await expect.element(panel.getByText('Signing as Carla City.')).toBeVisible();

    await userEvent.click(panel.getByTestId('review-submitted'));
    await expect.poll(() => cellText(grid, HOTSPOTS, 'review')).toBe('Submitted');
    // The cycle allows no jump from submitted to answered: no such button.
    expect(panel.getByTestId('review-answered').query()).toBeNull();
    // A query is asked with its text (one way: the thread's Question), never as a bare state change.
    expect(panel.getByTestId('review-queried').query()).toBeNull();

    await userEvent.fill(panel.getByTestId('thread-text'), 'Which year is the household count from?');
    await userEvent.click(panel.getByTestId('thread-question'));
    await expect.poll(() => cellText(grid, HOTSPOTS, 'review')).toBe('Queried · open query');
    await expect.element(app.scope.getByTestId('filter-open-queries')).toBeVisible();
    expect(app.container.querySelector('[data-testid=filter-open-queries]')!.parentElement!.textContent).toContain('(1)');

    // "Explain this number" shows the thread.
    await expect
      .poll(() => app.container.querySelector('.explain [data-testid=thread]')?.textContent ?? '')
      .toContain('Which year is the household count from?');

    await userEvent.fill(panel.getByTestId('thread-text'), '2024 register.');
    await userEvent.click(panel.getByTestId('thread-answer'));
    await expect.poll(() => cellText(grid, HOTSPOTS, 'review')).toBe('Answered · open query');
    await userEvent.fill(panel.getByTestId('thread-text'), 'Thanks, settled.');
    await userEvent.click(panel.getByTestId('thread-resolution'));
    // The name that submitted cannot verify in silence: said, with the explicit "verify my own value" offered.
    await userEvent.click(panel.getByTestId('review-verified'));
    await expect.element(panel.getByText('Carla City submitted or last changed this value.', { exact: false })).toBeVisible();
    await expect.element(panel.getByTestId('review-self-verified')).toBeVisible();
    expect(cellText(grid, HOTSPOTS, 'review')).toBe('Answered');
    await userEvent.click(panel.getByRole('button', { name: 'Change' }));
    await userEvent.fill(panel.getByLabelText('Your name'), 'Vera Verifier');
    await userEvent.click(panel.getByRole('button', { name: 'Save name' }));
    await userEvent.click(panel.getByTestId('review-verified'));
    await expect.poll(() => cellText(grid, HOTSPOTS, 'review')).toBe('Verified');

    // A value edit afterwards voids the verification, visibly.
    await typeInto(grid, HOTSPOTS, 'value', '801');
    await expect.poll(() => cellText(grid, HOTSPOTS, 'review')).toBe('Submitted (changed since verified)');

    // The filter "not yet verified" keeps that row and drops none that is unverified.
    await userEvent.click(app.scope.getByTestId('filter-unverified'));
    expect(grid.isShown(HOTSPOTS)).toBe(true);

    // The Review view counts it and lists it.
    await userEvent.click(app.scope.getByRole('tab', { name: 'Review' }));
    const counts = app.scope.getByTestId('review-counts');
    await expect.element(counts).toBeVisible();
    expect(app.container.querySelector('[data-testid=review-counts] tr[data-state=submitted] td')?.textContent).toBe('1');
    // Every other data point is empty: listed as not submittable, and there is nothing "submit all" could submit.
    await expect.element(app.scope.getByTestId('not-submittable')).toHaveTextContent(/Not submitted, listed here first: empty \d+, rejected 0/);
    expect(app.container.querySelector('[data-testid=submit-all]')).toBeNull();

    const id = await onlyAssessmentId(dbName());
    await expect
      .poll(async () => {
        const doc = await stored(dbName(), id);
        return [doc?.review?.[HOTSPOTS]?.state, doc?.threads?.[HOTSPOTS]?.map((e) => `${e.kind}:${e.by}`).join(',')];
      })
      .toEqual(['verified', 'question:Carla City,answer:Carla City,resolution:Carla City']);
  });

  it('records a reason for "not verifiable" and evidence references with the value', async () => {
    const app = mount();
    const grid = await createThroughForm(app, 'Evidenceville');
    await typeInto(grid, HOTSPOTS, 'value', '12');
    grid.selectCell(HOTSPOTS, 'value');
    const panel = app.scope.getByTestId('review-panel');
    await userEvent.fill(panel.getByLabelText('Your name'), 'Vera');
    await userEvent.click(panel.getByRole('button', { name: 'Save name' }));
    await userEvent.click(panel.getByTestId('review-submitted'));
    await userEvent.click(panel.getByTestId('review-not-verifiable'));
    await userEvent.click(panel.getByRole('button', { name: 'Mark not verifiable' }));
    await expect.element(panel.getByText('Say why the value cannot be verified.')).toBeVisible();
    await userEvent.fill(panel.getByTestId('review-reason'), 'No register exists');
    await userEvent.click(panel.getByRole('button', { name: 'Mark not verifiable' }));
    await expect.poll(() => cellText(grid, HOTSPOTS, 'review')).toBe('Not verifiable');

    await userEvent.fill(panel.getByTestId('evidence-title'), 'Household survey 2024');
    await userEvent.fill(panel.getByTestId('evidence-location'), 'survey-2024.pdf');
    await userEvent.fill(panel.getByTestId('evidence-page'), '7');
    await userEvent.click(panel.getByTestId('evidence-add'));
    await expect.element(panel.getByTestId('evidence')).toHaveTextContent('Household survey 2024 · survey-2024.pdf · p. 7');

    const id = await onlyAssessmentId(dbName());
    await expect
      .poll(async () => {
        const doc = await stored(dbName(), id);
        return [doc?.review?.[HOTSPOTS]?.reason, doc?.evidence?.[HOTSPOTS]?.[0]?.title];
      })
      .toEqual(['No register exists', 'Household survey 2024']);
  });

  it('freezes a verified assessment: the report prints the verification statement and the fingerprint, edits are refused, and a new version records its parent', async () => {
    const app = mount();
    const grid = await createThroughForm(app, 'Freezeburg');
    await typeInto(grid, HOTSPOTS, 'value', '800');
    grid.selectCell(HOTSPOTS, 'value');
    const panel = app.scope.getByTestId('review-panel');
    await userEvent.fill(panel.getByLabelText('Your name'), 'Vera Verifier');
    await userEvent.click(panel.getByRole('button', { name: 'Save name' }));
    await userEvent.click(panel.getByTestId('review-submitted'));
    await userEvent.click(panel.getByTestId('review-verified'));
    await userEvent.click(panel.getByTestId('review-self-verified'));
    await expect.poll(() => cellText(grid, HOTSPOTS, 'review')).toBe('Verified');

    await userEvent.click(app.scope.getByRole('tab', { name: 'Review' }));
    await userEvent.click(app.scope.getByTestId('freeze-button'));
    // Freeze asks, with the summary of what it seals.
    await expect.element(app.scope.getByTestId('freeze-summary')).toHaveTextContent(/Verified: 1\. Not verified: \d+\. Rejected values: 0\. Open queries: 0\./);
    await userEvent.click(app.scope.getByTestId('freeze-confirm'));
    await expect.element(app.scope.getByTestId('frozen-fingerprint')).toBeVisible();
    const id = await onlyAssessmentId(dbName());
    await expect.poll(async () => (await stored(dbName(), id))?.frozen?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const doc = (await stored(dbName(), id))!;
    expect(await checkFingerprint(doc, u4ssc)).toMatchObject({ matches: true, scheme: 2, coversSeal: true });
    await expect.element(app.scope.getByTestId('freeze-check')).toHaveTextContent('The fingerprint matches');
    expect(app.container.querySelector('[data-testid=frozen-fingerprint]')!.textContent).toBe(groupedFingerprint(doc.frozen!.fingerprint));

    // The printable report: the statement, the fingerprint, each data point's review state.
    await userEvent.click(app.scope.getByRole('tab', { name: 'City report' }));
    await expect.element(app.scope.getByTestId('verification-statement')).toBeVisible();
    const total = doc.values ? app.container.querySelectorAll('[data-testid=report-kpis] tbody tr').length : 0;
    expect(app.container.querySelector('[data-testid=verification-statement]')!.textContent).toContain(`1 of ${total} data points verified.`);
    expect(app.container.querySelector('[data-testid=verification-statement]')!.textContent).toContain('Verified by Vera Verifier');
    expect(app.container.querySelector('[data-testid=statement-self]')!.textContent).toBe('Of these, verified by the name that submitted them: 1.');
    await expect.poll(() => app.container.querySelector('[data-testid=report-fingerprint]')?.textContent).toBe(groupedFingerprint(doc.frozen!.fingerprint));
    expect(app.container.querySelector(`[data-testid=report-kpis] tr[data-id="${HOTSPOTS}"] .r-review`)!.textContent).toBe('Verified');

    // Frozen: a typed value is refused and said; the data stay as frozen.
    await userEvent.click(app.scope.getByRole('tab', { name: 'Grid' }));
    grid.handsontableForTests().setDataAtRowProp(grid.rowOf.get(HOTSPOTS)!, 'value', '900');
    // The refusal is said (the positive signal); the session refused before it journalled or saved.
    await expect.element(app.scope.getByText(/This assessment is frozen: the change was refused/).first()).toBeInTheDocument();
    expect((await stored(dbName(), id))!.values[HOTSPOTS].value).toBe(800);

    // A new version: editable, recording its parent.
    await userEvent.click(app.scope.getByRole('tab', { name: 'Review' }));
    await userEvent.click(app.scope.getByTestId('new-version'));
    await expect
      .poll(() => app.grid()?.handsontableForTests().getSettings().readOnly === false && app.container.textContent?.includes('Freezeburg'))
      .toBe(true);
    const next = await waitForGrid(app);
    expect(next.handsontableForTests().getSettings().readOnly).toBe(false);
    const db = new WorkbenchDb(dbName());
    const all = await db.assessments.toArray();
    db.close();
    const child = all.find((d) => d.id !== id)!;
    expect(child.parent).toEqual({ id, fingerprint: doc.frozen!.fingerprint });
    expect(child.frozen).toBeUndefined();
  });

  it('the verifier recommends, the city plans an action; "Duplicate as next year" carries the open action and the report of next year shows its progress', async () => {
    const app = mount();
    const grid = await createThroughForm(app, 'Planville', '2024');
    await typeInto(grid, HOTSPOTS, 'value', '60');
    await userEvent.click(app.scope.getByRole('tab', { name: 'Review' }));
    const view = app.scope.getByRole('tabpanel', { name: 'Review' });
    await userEvent.fill(view.getByLabelText('Your name'), 'Vera');
    await userEvent.click(view.getByRole('button', { name: 'Save name' }));
    const actions = app.scope.getByTestId('actions-panel');
    await userEvent.fill(actions.getByTestId('rec-target'), 'EC: ICT: ICT: 5A');
    await userEvent.fill(actions.getByTestId('rec-text'), 'Extend broadband to every household.');
    await userEvent.click(actions.getByTestId('rec-add'));
    await expect.element(actions.getByTestId('recommendations')).toHaveTextContent('Extend broadband to every household.');
    await userEvent.click(actions.getByRole('button', { name: 'Make an action of it' }));
    await userEvent.fill(actions.getByTestId('action-owner'), 'ICT office');
    await userEvent.selectOptions(actions.getByTestId('action-band'), '4');
    await userEvent.click(actions.getByTestId('action-add'));
    await expect.element(actions.getByTestId('actions')).toHaveTextContent('ICT office');
    expect(app.container.querySelector('[data-testid=actions]')!.textContent).toContain('EC: ICT: ICT: 5A');

    // Next year: back to the library, duplicate, open the copy, improve the value, read the report.
    await userEvent.click(app.scope.getByRole('button', { name: /All assessments/ }));
    await userEvent.click(app.scope.getByRole('button', { name: 'Duplicate as next year: Planville 2024' }));
    await userEvent.click(app.scope.getByRole('button', { name: 'Open Planville 2025' }));
    const next = await waitForGrid(app);
    await expect.poll(() => cellText(next, HOTSPOTS, 'review')).toBe('Draft');
    await typeInto(next, HOTSPOTS, 'value', '90');
    await expect.poll(() => next.item(HOTSPOTS)?.value ?? null).toBe(90);
    await userEvent.click(app.scope.getByRole('tab', { name: 'City report' }));
    const progress = app.scope.getByTestId('report-progress');
    await expect.element(progress).toBeVisible();
    const row = [...app.container.querySelectorAll('[data-testid=report-progress] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(row).toHaveLength(1);
    expect(row[0][0]).toBe('Extend broadband to every household.');
    expect(row[0][1]).toBe('Planned');
    expect(row[0][2]).toBe('EC: ICT: ICT: 5A');
    expect(Number(row[0][4])).toBeGreaterThan(Number(row[0][3]));
    expect(row[0][5]).toMatch(/^\+/);
  });
});
