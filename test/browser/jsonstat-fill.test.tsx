import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import type { NumInput } from '../../src/engine/types';
import { ProfilePanel } from '../../src/ui/panels';
import galicia from '../fixtures/jsonstat/galicia.json?raw';
import sparse from '../fixtures/jsonstat/sparse-eurostat.json?raw';
import { chooseFile } from './helpers';
import '../../src/ui/app.css';

let dispose: (() => void) | null = null;
afterEach(() => {
  dispose?.();
  dispose = null;
  document.body.replaceChildren();
});

function mount() {
  const container = document.createElement('div');
  document.body.append(container);
  const changes: [string, NumInput][] = [];
  dispose = render(() => <ProfilePanel fields={u4ssc.data.profile} profile={{}} decimal="point" onChange={(f, v) => changes.push([f, v])} />, container);
  return { container, changes, scope: page.elementLocator(container) };
}

describe('filling the city profile from a JSON-stat table', () => {
  it('a statistics office table sets the population once the area, period and other dimensions are chosen', async () => {
    const { container, changes, scope } = mount();
    await userEvent.click(scope.getByText('Fill from a JSON-stat table'));
    chooseFile(container, new File([galicia], 'galicia.json', { type: 'application/json' }));
    // Two geographic dimensions: the user says which one is the area.
    await userEvent.selectOptions(scope.getByLabelText('Dimension of the area'), 'residence');
    await userEvent.selectOptions(scope.getByLabelText('province of residence'), '36');
    await userEvent.selectOptions(scope.getByLabelText('year', { exact: true }), '2011');
    await userEvent.click(scope.getByRole('button', { name: 'Fill in' }));
    // Birth, age and gender are still open: nothing is filled, the first is named.
    await expect.element(scope.getByRole('alert')).toHaveTextContent('place of birth');
    expect(changes).toEqual([]);
    await userEvent.selectOptions(scope.getByLabelText('place of birth'), 'T');
    await userEvent.selectOptions(scope.getByLabelText('age group'), 'T');
    await userEvent.selectOptions(scope.getByLabelText('gender', { exact: true }), 'T');
    await userEvent.click(scope.getByRole('button', { name: 'Fill in' }));
    await expect.element(scope.getByRole('status')).toHaveTextContent('INE and IGE');
    expect(changes).toEqual([['population', 954877]]);
  });

  it('a confidential value is refused and nothing is filled', async () => {
    const { container, changes, scope } = mount();
    await userEvent.click(scope.getByText('Fill from a JSON-stat table'));
    chooseFile(container, new File([sparse], 'demo_pjan.json', { type: 'application/json' }));
    await userEvent.selectOptions(scope.getByLabelText('Geopolitical entity (reporting)'), 'LU');
    await userEvent.selectOptions(scope.getByLabelText('Time', { exact: true }), '2023');
    await userEvent.click(scope.getByRole('button', { name: 'Fill in' }));
    await expect.element(scope.getByRole('alert')).toHaveTextContent('confidential');
    expect(changes).toEqual([]);
  });
});
