/**
 * Pickers by name or code (issue #24, item 5): where the review cycle has the user choose a data point,
 * a category or a dimension (a recommendation's subject, an action's data points, "open a data point"
 * on the Review tab), typing part of the name in the interface language or of the code finds it, and
 * the keyboard alone picks it. Text that finds nothing is said, never saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { shellWords } from '../../src/ui/strings';
import { useLanguage } from '../../src/ui/strings/language';
import { createThroughForm, freshAppPerTest, stored, onlyAssessmentId, waitForGrid, type Mounted } from './helpers';

const { mount, dbName } = freshAppPerTest();
beforeAll(async () => {
  await page.viewport(1280, 800);
});
afterAll(async () => {
  await useLanguage('en');
});

/** The options the picker of `testid` lists now. */
const options = (app: Mounted, testid: string): string[] => {
  const input = app.container.querySelector(`[data-testid="${testid}"]`)!;
  const list = document.getElementById(input.getAttribute('aria-controls')!)!;
  return list.hidden ? [] : [...list.querySelectorAll('[role="option"]')].map((o) => o.textContent ?? '');
};

async function reviewTab(app: Mounted): Promise<void> {
  await userEvent.click(page.elementLocator(app.container.querySelector('#tab-review')!));
  await expect.poll(() => app.container.querySelector('[data-testid="review-find"]')).not.toBeNull();
}

describe('pickers by name or code', () => {
  it('a recommendation on a data point and on a category, and an action, are picked by typing a name and the keyboard', { timeout: 90_000 }, async () => {
    const app = mount();
    await createThroughForm(app, 'Pickville');
    await reviewTab(app);
    const view = page.elementLocator(app.container.querySelector('#view-review')!);
    await userEvent.fill(view.getByLabelText('Your name'), 'Vera');
    await userEvent.click(view.getByRole('button', { name: 'Save name' }));
    const actions = app.scope.getByTestId('actions-panel');

    // A data point by a fragment of its name, in any case: the list shows its code and name; Enter picks.
    const target = actions.getByRole('combobox', { name: 'Which' });
    await userEvent.click(target);
    await userEvent.keyboard('wifi');
    await expect.poll(() => options(app, 'rec-target')).toEqual(['EC: ICT: ICT: 5A Availability of WIFI in Public Areas']);
    await expect.element(app.scope.getByTestId('rec-target-count')).toHaveTextContent('Matches: 1.');
    await userEvent.keyboard('{Enter}');
    await expect.element(target).toHaveValue('EC: ICT: ICT: 5A — Availability of WIFI in Public Areas');
    expect(target.element().getAttribute('aria-expanded')).toBe('false');
    await userEvent.fill(actions.getByTestId('rec-text'), 'Public WiFi in every square.');
    await userEvent.click(actions.getByTestId('rec-add'));
    await expect.element(actions.getByTestId('recommendations')).toHaveTextContent('Data point EC: ICT: ICT: 5A · Vera');

    // A category, by its name: the scope changes what the picker finds (and empties it).
    await userEvent.selectOptions(actions.getByTestId('rec-scope'), 'category');
    await expect.element(target).toHaveValue('');
    await userEvent.click(target);
    await userEvent.keyboard('healt');
    await expect.poll(() => options(app, 'rec-target')).toEqual(['SC: EH: H Health']);
    await userEvent.keyboard('{Enter}');
    await userEvent.fill(actions.getByTestId('rec-text'), 'Publish waiting times.');
    await userEvent.click(actions.getByTestId('rec-add'));
    await expect.element(actions.getByTestId('recommendations')).toHaveTextContent('Category SC: EH: H · Vera');

    // Off the happy path: text that finds nothing is said, and nothing is added.
    await userEvent.selectOptions(actions.getByTestId('rec-scope'), 'datapoint');
    await userEvent.click(target);
    await userEvent.keyboard('no such thing');
    await expect.element(app.scope.getByTestId('rec-target-count')).toHaveTextContent('Nothing matches.');
    expect(options(app, 'rec-target')).toEqual([]);
    await userEvent.fill(actions.getByTestId('rec-text'), 'Lost words.');
    await userEvent.click(actions.getByTestId('rec-add'));
    await expect.element(actions.getByText('Not a data point: no such thing.')).toBeVisible();
    expect(app.container.querySelectorAll('[data-testid="recommendations"] li')).toHaveLength(2);

    // An action from the first recommendation holds its data point; another is added by name with ↓ ↑ and Enter; one removed.
    await userEvent.click(actions.getByRole('button', { name: 'Make an action of it' }).first());
    await expect.element(actions.getByTestId('action-datapoints-picked')).toHaveTextContent('EC: ICT: ICT: 5A');
    const dps = actions.getByRole('combobox', { name: 'Data points it should move' });
    await userEvent.click(dps);
    await userEvent.keyboard('supply loss');
    await expect.poll(() => options(app, 'action-datapoints')[0]).toBe('EC: I: WS: 3C Water Supply Loss');
    const n = options(app, 'action-datapoints').length;
    // Down to the last and back up to the first, round the list.
    await userEvent.keyboard('{ArrowUp}');
    expect(document.getElementById(dps.element().getAttribute('aria-activedescendant')!)?.textContent).toBe(options(app, 'action-datapoints')[n - 1]);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect.element(actions.getByTestId('action-datapoints-picked')).toHaveTextContent('EC: I: WS: 3C');
    await expect.element(dps).toHaveValue('');
    await userEvent.click(actions.getByRole('button', { name: 'Remove EC: ICT: ICT: 5A' }));
    await userEvent.fill(actions.getByTestId('action-owner'), 'Water utility');
    await userEvent.click(actions.getByTestId('action-add'));
    await expect.element(actions.getByTestId('actions')).toHaveTextContent('Water utility');
    const doc = await stored(dbName(), await onlyAssessmentId(dbName()));
    await expect.poll(async () => (await stored(dbName(), doc!.id))?.actions?.map((a) => a.datapoints)).toEqual([['EC: I: WS: 3C|']]);
    expect((await stored(dbName(), doc!.id))?.recommendations?.map((r) => [r.scope, r.target])).toEqual([
      ['datapoint', 'EC: ICT: ICT: 5A|'],
      ['category', 'SC: EH: H'],
    ]);
  });

  it(
    'in French, "open a data point" on the Review tab finds one by its French name typed without accents and opens its review beside the grid',
    { timeout: 90_000 },
    async () => {
      await useLanguage('fr');
      const app = mount();
      await userEvent.click(app.scope.getByRole('button', { name: shellWords.demoCity }));
      await waitForGrid(app);
      await reviewTab(app);
      const find = app.scope.getByTestId('review-find');
      await userEvent.click(find);
      await userEvent.keyboard('pertes reseau');
      await expect.poll(() => options(app, 'review-find')).toEqual(['EC: I: WS: 3C Pertes du réseau d’eau']);
      await userEvent.keyboard('{Enter}');
      // The grid, with that data point explained and its review panel heading the side column.
      await expect
        .poll(() => app.container.querySelector('#view-grid') !== null && app.container.querySelector('.explain')?.textContent?.includes('EC: I: WS: 3C'))
        .toBe(true);
      await expect.poll(() => app.container.querySelector('.wb-side')?.classList.contains('review-first')).toBe(true);
      const panel = app.container.querySelector('[data-testid="review-panel"]')!.getBoundingClientRect();
      expect(panel.top).toBeLessThan(app.container.querySelector('.explain')!.getBoundingClientRect().top);
      // By code too, in any language.
      await reviewTab(app);
      await userEvent.click(app.scope.getByTestId('review-find'));
      await userEvent.keyboard('ec ict ict 1c');
      await expect.poll(() => options(app, 'review-find')[0]).toBe('EC: ICT: ICT: 1C Accès des ménages à Internet');
    },
  );
});

/** The note under a picker's box (its text picks nothing; which pick is still in use), or null when none. */
const noteOf = (input: Element): string | null => {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').slice(1);
  return ids.length === 0 ? null : (document.getElementById(ids[0])?.textContent ?? null);
};

// Issue #24's leftover: in the what-if, the exercises and the trend chart, text that named nothing kept
// the last pick, and nothing on screen said so: "Try this value" then changed a data point the box no
// longer showed.
describe('a picker whose text picks nothing says so, and names the pick still in use', () => {
  it('in the what-if and the exercises', async () => {
    await useLanguage('en');
    const app = mount();
    await userEvent.click(app.scope.getByRole('button', { name: 'Demo city (fictional)' }));
    await waitForGrid(app);
    await userEvent.click(app.scope.getByRole('tab', { name: 'Workshop' }));
    const sandbox = app.scope.getByTestId('whatif');
    const which = sandbox.getByRole('combobox', { name: 'Data point' });
    await userEvent.click(which);
    await userEvent.keyboard('{Control>}a{/Control}household intern');
    await expect.poll(() => options(app, 'whatif-datapoint')).toEqual(['EC: ICT: ICT: 1C Household Internet Access']);
    await userEvent.keyboard('{Enter}');
    await expect.element(which).toHaveValue('EC: ICT: ICT: 1C — Household Internet Access');
    expect(noteOf(which.element())).toBeNull();
    expect(which.element().getAttribute('aria-invalid')).toBe('false');

    // Text that names nothing: said under the box, with the data point a trial would still change.
    await userEvent.keyboard('{Control>}a{/Control}no such thing');
    const still = 'Still using EC: ICT: ICT: 1C — Household Internet Access: choose another from the list to change it.';
    await expect.element(app.scope.getByTestId('whatif-datapoint-note')).toHaveTextContent(`"no such thing" matches nothing. ${still}`);
    await expect.element(app.scope.getByTestId('whatif-datapoint-note')).toBeVisible();
    expect(which.element().getAttribute('aria-invalid')).toBe('true');
    expect(noteOf(which.element())).toBe(`"no such thing" matches nothing. ${still}`);
    // A fragment that finds some but is not yet picked, and an emptied box, still name the pick in use.
    await userEvent.keyboard('{Control>}a{/Control}wifi');
    await expect.element(app.scope.getByTestId('whatif-datapoint-note')).toHaveTextContent(still, { normalizeWhitespace: true });
    expect(noteOf(which.element())).toBe(still);
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await expect.poll(() => noteOf(which.element())).toBe(still);
    // A pick clears the note.
    await userEvent.keyboard('wifi');
    await expect.poll(() => options(app, 'whatif-datapoint')).toEqual(['EC: ICT: ICT: 5A Availability of WIFI in Public Areas']);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => noteOf(which.element())).toBeNull();
    expect(which.element().getAttribute('aria-invalid')).toBe('false');

    // An exercise's data point, the same way.
    const made = app.scope.getByTestId('exercises');
    await userEvent.selectOptions(made.getByLabelText('Task'), 'find-wrong');
    const wrong = made.getByRole('combobox', { name: 'Data point to make wrong' });
    await userEvent.click(wrong);
    await userEvent.keyboard('{Control>}a{/Control}wifi');
    await userEvent.keyboard('{Enter}');
    await expect.element(wrong).toHaveValue('EC: ICT: ICT: 5A — Availability of WIFI in Public Areas');
    expect(noteOf(wrong.element())).toBeNull();
    await userEvent.keyboard('{Control>}a{/Control}zzz');
    await expect
      .poll(() => noteOf(wrong.element()))
      .toBe('"zzz" matches nothing. Still using EC: ICT: ICT: 5A — Availability of WIFI in Public Areas: choose another from the list to change it.');
  });
});
