import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import { sensitivity } from '../../src/engine/sensitivity';
import { createSensitivityApi, SENSITIVITY_STEP, type SensitivityApi } from '../../src/worker/sensitivity-api';
import { wrapSensitivity } from '../../src/worker/sensitivity-client';

// The worker's API over a real MessageChannel: the same structured-clone boundary as a Worker.
let ports: MessageChannel | undefined;
afterEach(() => {
  ports?.port1.close();
  ports?.port2.close();
});
function connect() {
  ports = new MessageChannel();
  Comlink.expose(createSensitivityApi(u4ssc, referenceTargets), ports.port1);
  return wrapSensitivity(Comlink.wrap<SensitivityApi>(ports.port2));
}
const options = { spread: 0.1, methods: ['u4ssc-points', 'continuous'] as const, draws: 5 * SENSITIVITY_STEP, seed: 11 };

describe('the sensitivity worker over Comlink', () => {
  it('reports progress step by step and gives the engine’s result for the same seed', async () => {
    const client = connect();
    const seen: number[] = [];
    const outcome = await client.run(demoInput(u4ssc), options, (done) => seen.push(done));
    expect(outcome).toEqual({ kind: 'done', result: sensitivity(u4ssc, referenceTargets, demoInput(u4ssc), options) });
    await expect.poll(() => seen.length).toBe(5);
    expect(seen).toEqual([1, 2, 3, 4, 5].map((k) => k * SENSITIVITY_STEP));
  });

  it('stops a run when cancelled, saying how far it got', async () => {
    const client = connect();
    let cancelled = false;
    const outcome = await client.run(demoInput(u4ssc), { ...options, draws: 1_000_000 }, () => {
      if (!cancelled) {
        cancelled = true;
        void client.cancel();
      }
    });
    expect(outcome.kind).toBe('cancelled');
    if (outcome.kind === 'cancelled') {
      expect(outcome.done).toBeLessThan(1_000_000);
      expect(outcome.total).toBe(1_000_000);
    }
  });
});
