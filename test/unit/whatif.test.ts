import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import { applyWhatIf, diffScores } from '../../src/engine/whatif';

const NET = 'EC: ICT: ICT: 1C|';

describe('the what-if sandbox', () => {
  const saved = demoInput(u4ssc);
  const before = score(u4ssc, referenceTargets, saved);

  it('replaces only the changed values, keeps provenance and leaves the saved inputs untouched', () => {
    const trial = applyWhatIf(saved, [{ id: NET, value: 20 }]);
    expect(trial.values[NET]).toMatchObject({ value: 20, status: 'reported', source: saved.values[NET].source });
    expect(saved.values[NET].value).toBeUndefined();
    expect(trial.values['EC: ICT: ICT: 2C|']).toBe(saved.values['EC: ICT: ICT: 2C|']);
  });

  it('lists the changed data point and every aggregate over it, with the direction of each change', () => {
    const after = score(u4ssc, referenceTargets, applyWhatIf(saved, [{ id: NET, value: 20 }]));
    const diff = diffScores(u4ssc, before, after);
    expect(diff.items.map((i) => i.id)).toEqual([NET]);
    expect(diff.items[0]).toMatchObject({ achievement: 'down', band: 'down' });
    expect(diff.aggregates.map((a) => a.code)).toEqual(['overall', 'EC', 'EC: ICT', 'EC: ICT: ICT']);
    expect(diff.aggregates.every((a) => a.percent === 'down')).toBe(true);
  });

  it('reports a yes/no turned to yes as a band rise, and no change as an empty difference', () => {
    expect(before.items[u4ssc.byId.get('EC: I: UP: 2A|Integrated')!.index].band).toBe(1);
    const after = score(u4ssc, referenceTargets, applyWhatIf(saved, [{ id: 'EC: I: UP: 2A|Integrated', value: 'yes' }]));
    const diff = diffScores(u4ssc, before, after);
    expect(diff.items[0]).toMatchObject({ id: 'EC: I: UP: 2A|Integrated', band: 'up' });
    expect(diffScores(u4ssc, before, score(u4ssc, referenceTargets, saved))).toEqual({ aggregates: [], items: [] });
  });
});
