/**
 * An exercise link opened from the address bar of a fresh profile (issue #25, item 6): the app waits for
 * its library, adds the demo city the exercise starts from, and opens it in the Workshop with the
 * exercise, for a participant who sees none of the trainer's tools. A damaged link says so.
 */
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { EXERCISE_FORMAT, EXERCISE_VERSION, type Exercise } from '../../src/engine/exercises';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { DEMO_CITIES } from '../../src/engine/frameworks/u4ssc/demo';
import { encodeLink } from '../../src/share/link';
import { App } from '../../src/ui/App';
import { shellWords } from '../../src/ui/strings';
import { workshopWords } from '../../src/ui/strings/workshop';
import { deleteDb, uniqueDbName } from './helpers';
import '../../src/ui/app.css';

const address = location.href;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
  history.replaceState(null, '', address);
});

/** The real app, started as main.tsx starts it (the open assessment kept in the address), on a fresh profile opened at `hash`. */
function openAt(hash: string): HTMLElement {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  const dbName = uniqueDbName();
  const container = document.createElement('div');
  document.body.appendChild(container);
  const dispose = render(() => <App dbName={dbName} useHash />, container);
  cleanups.push(async () => {
    dispose();
    container.remove();
    await deleteDb(dbName);
  });
  return container;
}

const city = DEMO_CITIES.find((c) => c.key !== DEMO_CITIES[0].key)!;
const exercise: Exercise = {
  format: EXERCISE_FORMAT,
  version: EXERCISE_VERSION,
  id: 'ex-from-the-address-bar',
  title: 'Raise Energy a band',
  instructions: 'Change as few values as you can.',
  city: city.key,
  frameworkVersion: u4ssc.data.frameworkVersion,
  task: { kind: 'next-band', aggregate: 'EN: E' },
};

describe('an exercise link in the address bar', () => {
  it('opens the exercise in the Workshop of its own demo city, for a participant without the trainer tools', async () => {
    const link = `#x.${(await encodeLink(JSON.stringify(exercise))).slice(1)}`;
    const app = openAt(link);
    const scope = page.elementLocator(app);
    await expect.element(scope.getByTestId('exercise-current')).toHaveTextContent(`Exercise: ${exercise.title}`);
    // In the Workshop of the city the exercise starts from, which the fresh profile did not have.
    expect(app.querySelector('[role="tab"][aria-selected="true"]')!.textContent).toBe(shellWords.viewLabel('workshop'));
    expect(app.querySelector('#wb-title')!.textContent).toContain(`${city.city} ${city.year}`);
    expect(location.hash).toMatch(/^#\/a\//);
    // The participant answers; the trainer's tools are not there.
    await expect.element(scope.getByTestId('exercise-student')).toHaveTextContent(workshopWords.exStudentHint);
    await expect.element(scope.getByTestId('exercise-answer')).toBeVisible();
    expect(app.querySelector('[data-testid="exercise-make"]')).toBeNull();
    expect(app.querySelector('[data-testid="exercise-links"]')).toBeNull();
    expect(app.textContent).not.toContain(workshopWords.exRoomTitle(0));
    expect(app.textContent).not.toContain(workshopWords.exMakeLink);
    expect(app.querySelector('[data-testid="open-presenter"]')).toBeNull();
  });

  it('says a damaged link could not be opened, on the library', async () => {
    const app = openAt('#x.k1.not-a-real-link');
    await expect.element(page.elementLocator(app).getByText(workshopWords.exLinkOpenFailed(workshopWords.exLinkDamaged))).toBeVisible();
    expect(app.querySelector('.library')).not.toBeNull();
  });
});

describe('a trainer opening the workshop from the library', () => {
  it('still has every tool', async () => {
    const app = openAt('');
    const scope = page.elementLocator(app);
    await scope.getByRole('button', { name: shellWords.demoCity }).click();
    await scope.getByRole('tab', { name: shellWords.viewLabel('workshop') }).click();
    await expect.element(scope.getByTestId('exercise-make')).toBeVisible();
    expect(app.querySelector('[data-testid="exercise-student"]')).toBeNull();
    expect(app.querySelector<HTMLElement>('[data-testid="open-presenter"]')!.checkVisibility()).toBe(true);
  });
});
