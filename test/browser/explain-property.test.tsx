/**
 * The explain panel over the whole catalogue, in random orders of selection (issue #25): one panel
 * stays mounted, as in the app, and is handed the explanation of each selected data point in turn;
 * what it shows of the direction rule, value, target, achievement and points is each time that of the
 * engine's fresh scores of the data point, never of a row selected before. It failed on the panel whose
 * rule was a string returned from a <Show> child.
 */
import fc from 'fast-check';
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { describe, expect, it } from 'vitest';
import { achievementOf } from '../../src/engine/achievement';
import { BAND_LABELS } from '../../src/engine/bands';
import { Evaluator, score } from '../../src/engine/evaluator';
import { explain, type Explanation } from '../../src/engine/explain';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { demoInput } from '../../src/engine/frameworks/u4ssc/demo';
import type { AssessmentInput, TargetOverride } from '../../src/engine/types';
import { formatPercent } from '../../src/ui/format';
import { ExplainPanel } from '../../src/ui/panels';
import { shellWords } from '../../src/ui/strings';

const fw = u4ssc;
const ids = fw.datapoints.map((d) => d.id);

/** The demo city with some targets replaced and some values removed, so each direction is scored and not scored. */
const input: fc.Arbitrary<AssessmentInput> = fc
  .record({
    targets: fc.dictionary(
      fc.constantFrom(...ids),
      fc.oneof(
        fc.constant<TargetOverride>({ target: 'none' }),
        fc.integer({ min: 1, max: 400 }).map((t): TargetOverride => ({ target: t })),
      ),
      {
        maxKeys: 20,
      },
    ),
    cleared: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 20 }),
  })
  .map(({ targets, cleared }) => {
    const base = demoInput(fw);
    for (const id of cleared) delete base.values[id];
    return { ...base, targets };
  });

describe('the explain panel, over the catalogue', () => {
  it('shows the rule and numbers of the selected data point, whatever was selected before', { timeout: 120_000 }, () => {
    const host = document.createElement('div');
    document.body.append(host);
    const [shown, setShown] = createSignal<Explanation | null>(null);
    const dispose = render(() => <ExplainPanel explanation={shown()} decimal="point" />, host);
    const text = (sel: string) => (host.querySelector(sel)?.textContent ?? '').trim();
    try {
      fc.assert(
        fc.property(input, fc.array(fc.constantFrom(...ids), { minLength: 3, maxLength: 20 }), (inp, order) => {
          const ev = new Evaluator(fw, referenceTargets, inp);
          const fresh = score(fw, referenceTargets, inp);
          for (const id of order) {
            setShown(explain(fw, referenceTargets, ev, id));
            const ref = fw.byId.get(id)!;
            const item = fresh.items[ref.index];
            expect(text('.explain-kpi .agg-code')).toBe(ref.kpi.code);
            const points = host.querySelector('.explain-achievement')!.nextElementSibling!.nextElementSibling!.firstChild?.textContent;
            if (item.state === 'scored') {
              const rule = achievementOf(ref.def.direction, item.value!, item.target!).rule;
              expect(text('.explain-achievement')).toBe(`${formatPercent(item.achievement! * 100)} (${shellWords.explainRule[rule]})`);
              expect(points).toBe(shellWords.pointsBand(item.points!, BAND_LABELS[item.band!]));
            } else {
              expect(text('.explain-achievement')).toBe(shellWords.none);
              expect(points).toBe(
                item.state === 'invalid' ? shellWords.explainNotScoredInvalid : shellWords.explainNotScored(shellWords.itemState[item.state]),
              );
            }
          }
        }),
        { numRuns: 25 },
      );
    } finally {
      dispose();
      host.remove();
    }
  });
});
