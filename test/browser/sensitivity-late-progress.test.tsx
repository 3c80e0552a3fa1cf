/**
 * The sensitivity worker reports progress on a message channel of its own (a Comlink proxy), so under
 * load its last report can reach the page after the run's result. Found by a full run beside eight
 * helpers (load 25): the late report brought the progress bar back and left Run disabled.
 */
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { Sensitivity } from '../../src/ui/workshop/Sensitivity';
import type { SensitivityClient } from '../../src/worker/sensitivity-client';
import sample from '../fixtures/sample-assessment.json';

/** A client whose run resolves first and reports its last progress afterwards, as a busy machine can. */
const late: { report?: () => void } = {};
vi.mock('../../src/worker/sensitivity-client', () => ({
  createSensitivityClient: (): SensitivityClient => ({
    run: (_input, options, onProgress) => {
      late.report = () => onProgress(options.draws, options.draws);
      return Promise.resolve({ kind: 'cancelled', done: options.draws / 2, total: options.draws });
    },
    cancel: () => Promise.resolve(),
    dispose: () => {},
  }),
}));

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

describe('a progress report arriving after the run ended', () => {
  it('does not bring the progress bar back, and Run stays enabled', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    dispose = render(() => <Sensitivity doc={structuredClone(sample) as unknown as AssessmentDoc} decimal="point" />, host);
    const section = page.elementLocator(host);
    await userEvent.click(section.getByRole('button', { name: 'Run' }));
    await expect.element(section.getByTestId('sensitivity-status')).toHaveTextContent(/^Cancelled after/);
    expect(late.report).toBeDefined();
    late.report!();
    expect(host.querySelector('[data-testid="sensitivity-progress"]')).toBeNull();
    expect((section.getByRole('button', { name: 'Run' }).element() as HTMLButtonElement).disabled).toBe(false);
  });
});
