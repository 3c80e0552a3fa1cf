import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { LibraryEntry } from '../../src/storage/library-summaries';
import { AssessmentPicker, PICKER_LIMIT } from '../../src/ui/interchange/AssessmentPicker';
import '../../src/ui/app.css';

/** A library of `n` summaries: city i in one of three countries, years 2000–2024. */
function library(n: number): LibraryEntry[] {
  const countries = ['Portugal', 'Brasil', 'Kenya'];
  return Array.from({ length: n }, (_, i) => ({
    id: `id-${i}`,
    city: i === 7777 ? 'São Tomé' : `City ${i}`,
    country: countries[i % 3],
    year: 2000 + (i % 25),
    notes: '',
    createdAt: 0,
    updatedAt: 0,
    revision: 1,
    frozen: false,
    reported: 0,
    expected: 112,
    version: { versionNumber: 1, verified: false, updatedAt: 0 },
  }));
}

let dispose: (() => void) | null = null;
afterEach(() => {
  dispose?.();
  dispose = null;
  document.body.replaceChildren();
});

function mount(entries: LibraryEntry[], initial: string, disabled = false) {
  const container = document.createElement('div');
  document.body.append(container);
  const [value, setValue] = createSignal(initial);
  const picked: string[] = [];
  dispose = render(
    () => (
      <div class="field">
        <label for="pick">Assessment to update</label>
        <AssessmentPicker
          id="pick"
          entries={() => entries}
          value={value()}
          disabled={disabled}
          onPick={(id) => {
            picked.push(id);
            setValue(id);
          }}
        />
        <button type="button">elsewhere</button>
      </div>
    ),
    container,
  );
  const scope = page.elementLocator(container);
  return { container, scope, picked, box: scope.getByRole('combobox', { name: 'Assessment to update' }) };
}

describe('the import panel’s assessment picker with a library of 10 000 (issue #32)', () => {
  it('shows the chosen one, renders at most a page of matches with their count, and narrows as the user types', async () => {
    const { container, scope, box } = mount(library(10_000), 'id-42');
    await expect.element(box).toHaveValue('City 42 2017');
    expect(container.querySelectorAll('[role=option]')).toHaveLength(0);

    await userEvent.click(box);
    await expect.element(scope.getByRole('listbox')).toBeVisible();
    expect(container.querySelectorAll('[role=option]')).toHaveLength(PICKER_LIMIT);
    await expect.element(scope.getByRole('status')).toHaveTextContent(`${PICKER_LIMIT} of 10000 listed`);

    // City, country and year, any order, accents ignored (as the library's own search).
    await userEvent.fill(box, 'sao tome');
    await expect.poll(() => container.querySelectorAll('[role=option]').length).toBe(1);
    await expect.element(scope.getByRole('option')).toHaveTextContent('São Tomé');
    await userEvent.fill(box, '2024 kenya city 9974');
    await expect.poll(() => [...container.querySelectorAll('[role=option]')].map((o) => o.textContent)).toEqual(['City 9974 2024 · Kenya']);
    await userEvent.fill(box, 'nowhere');
    await expect.element(scope.getByRole('status')).toHaveTextContent('No stored assessment matches.');
    expect(container.querySelectorAll('[role=option]')).toHaveLength(0);
  });

  it('is worked with the keyboard: arrows move the active option, Enter picks it, Escape keeps the choice', async () => {
    const { container, picked, box } = mount(library(10_000), 'id-0');
    await userEvent.click(box);
    await userEvent.fill(box, 'portugal 2003');
    await expect.poll(() => container.querySelectorAll('[role=option]').length).toBe(PICKER_LIMIT);
    const active = () => document.getElementById(box.element().getAttribute('aria-activedescendant') ?? '')?.textContent;
    expect(active()).toBe('City 3 2003 · Portugal');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(active()).toBe('City 153 2003 · Portugal');
    await userEvent.keyboard('{ArrowUp}');
    expect(active()).toBe('City 78 2003 · Portugal');
    await userEvent.keyboard('{Enter}');
    expect(picked).toEqual(['id-78']);
    await expect.element(box).toHaveValue('City 78 2003');
    expect(box.element().getAttribute('aria-expanded')).toBe('false');

    // Escape closes the list and keeps what was chosen; typing was only a search.
    await userEvent.keyboard('{ArrowDown}');
    expect(box.element().getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('City 5{Escape}');
    expect(box.element().getAttribute('aria-expanded')).toBe('false');
    await expect.element(box).toHaveValue('City 78 2003');
    expect(picked).toEqual(['id-78']);

    // Leaving the box closes it too, with nothing picked.
    await userEvent.click(box);
    await userEvent.keyboard('{Tab}');
    expect(box.element().getAttribute('aria-expanded')).toBe('false');
    expect(picked).toEqual(['id-78']);
  });

  it('picks with the pointer, and does nothing while the update is not chosen', async () => {
    const first = mount(library(30), 'id-0');
    await userEvent.click(first.box);
    await userEvent.click(first.scope.getByRole('option', { name: 'City 12 2012 · Portugal' }));
    expect(first.picked).toEqual(['id-12']);
    await expect.element(first.box).toHaveValue('City 12 2012');
    dispose?.();
    document.body.replaceChildren();

    const off = mount(library(30), 'id-3', true);
    await expect.element(off.box).toBeDisabled();
    await expect.element(off.box).toHaveValue('City 3 2003');
    expect(off.container.querySelectorAll('[role=option]')).toHaveLength(0);
  });
});
