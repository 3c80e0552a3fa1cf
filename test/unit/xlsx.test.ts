import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine/evaluator';
import { parseValuesXlsx, valuesXlsx } from '../../src/share/xlsx';
import { emptyInput, mini, miniTargets } from './fixtures/mini';
import { worded } from './support/words';

describe('values spreadsheet (.xlsx)', () => {
  it('round-trips every value, status, quality grade, source and note with identical scores', async () => {
    const input = {
      ...emptyInput(),
      profile: { population: 250000 },
      values: {
        'SC: EH: ED: 1C|': {
          numerator: 80.25,
          denominator: 100,
          status: 'reported' as const,
          quality: 'survey' as const,
          source: 'Census 2020, table 4',
          year: 2020,
          note: 'ünïcode ✓ "quotes"',
        },
        'SC: EH: ED: 2C|': { status: 'not-applicable' as const, note: 'none here' },
        'SC: EH: H: 3C|': { numerator: 600, quality: 'accurate' as const },
        'SC: EH: H: 8A|': { value: 'no', quality: 'personal' as const },
        'EN: EN: AQ: 1C|PM2.5': { value: 7.5, source: '+ station network' },
      },
      targets: { 'EN: EN: AQ: 1C|PM2.5': { target: 10 }, 'SC: EH: ED: 4C|': { target: 'none' as const } },
    };
    const blob = await valuesXlsx(mini, input, miniTargets);
    expect(blob.size).toBeGreaterThan(1000);
    const back = await parseValuesXlsx(await blob.arrayBuffer(), mini);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.input.values).toEqual(input.values);
    expect(back.input.profile).toEqual(input.profile);
    expect(back.input.targets).toEqual(input.targets);
    expect(score(mini, miniTargets, back.input)).toEqual(score(mini, miniTargets, input));
  });

  it('reports a file that is not a spreadsheet', async () => {
    const r = await parseValuesXlsx(new TextEncoder().encode('code,datapoint\n').buffer as ArrayBuffer, mini);
    expect(worded(r)).toMatchObject({ ok: false, problems: [{ row: 1, message: expect.stringMatching(/not a readable \.xlsx/) }] });
  });
});
