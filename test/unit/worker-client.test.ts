import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { score } from '../../src/engine/evaluator';
import { createEngineApi, type EngineApi } from '../../src/worker/engine-api';
import { wrapEngine } from '../../src/worker/client';
import { emptyInput, mini, miniTargets } from './fixtures/mini';

// The worker shell's API exposed over a real MessageChannel: the same structured-clone boundary as a Worker.
let ports: MessageChannel | undefined;
afterEach(() => {
  ports?.port1.close();
  ports?.port2.close();
});
function connect() {
  ports = new MessageChannel();
  Comlink.expose(createEngineApi(mini, miniTargets), ports.port1);
  return wrapEngine(Comlink.wrap<EngineApi>(ports.port2));
}

describe('engine client over Comlink', () => {
  it('loads and scores exactly as the engine does in-process', async () => {
    const engine = connect();
    const input = { ...emptyInput(), values: { 'SC: EH: ED: 1C|': { numerator: 70, denominator: 100 } } };
    expect(await engine.load(input)).toEqual(score(mini, miniTargets, input));
  });

  it('applies every edit but delivers only the latest result', async () => {
    const engine = connect();
    await engine.load(emptyInput());
    const id = 'SC: EH: ED: 1C|';
    const calls = [10, 50, 100].map((v) => engine.apply([{ kind: 'value', id, entry: { value: v } }]));
    const [first, second, last] = await Promise.all(calls);
    expect(first).toBeNull();
    expect(second).toBeNull();
    expect(last!.items[0].value).toBe(100);
    // The superseded edits were applied too: a later edit to another item keeps the last value.
    const after = await engine.apply([{ kind: 'value', id: 'SC: EH: ED: 2C|', entry: { value: 5 } }]);
    expect(after!.items[0].value).toBe(100);
    expect(after!.items[1].value).toBe(5);
  });

  it('explains a number through the worker', async () => {
    const engine = connect();
    await engine.load({ ...emptyInput(), values: { 'SC: EH: ED: 1C|': { numerator: 70, denominator: 100 } } });
    const e = await engine.explain('SC: EH: ED: 1C|');
    expect(e.value.calculation).toEqual({ kind: 'ratio', numerator: 70, denominator: 100, multiplier: 100, value: 70 });
    expect(e.achievement.rule).toBe('higher');
    expect(e.points).toMatchObject({ points: 3, band: '66–95 %' });
    expect(e.aggregates.map((a) => a.code)).toEqual(['SC: EH: ED', 'SC: EH', 'SC', 'overall']);
  });

  it('reports an edit before any load as an error, not a crash of the worker', async () => {
    const engine = connect();
    await expect(engine.apply([])).rejects.toThrow(/No assessment loaded/);
    expect(await engine.load(emptyInput())).not.toBeNull();
  });
});
