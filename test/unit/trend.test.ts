import { describe, expect, it } from 'vitest';
import { trendOf } from '../../src/engine/trend';

describe('progress toward a target over time', () => {
  it('projects the year a rising series reaches its target and compares it with the deadline', () => {
    const t = trendOf(
      [
        { year: 2020, value: 60 },
        { year: 2024, value: 80 },
      ],
      'higher',
      100,
      2030,
    );
    expect(t.slope).toBe(5);
    expect(t.projectedYear).toBe(2028);
    expect(t.status).toBe('on-track');
    expect(t.annualGrowth).toBeCloseTo((80 / 60) ** 0.25 - 1, 12);
  });
  it('is off track when the trend arrives after the deadline', () => {
    expect(
      trendOf(
        [
          { year: 2020, value: 60 },
          { year: 2024, value: 64 },
        ],
        'higher',
        100,
        2030,
      ),
    ).toMatchObject({ projectedYear: 2060, status: 'off-track' });
  });
  it('lower is better: falling toward the target', () => {
    expect(
      trendOf(
        [
          { year: 2018, value: 20 },
          { year: 2022, value: 16 },
        ],
        'lower',
        10,
        2030,
      ),
    ).toMatchObject({ slope: -1, projectedYear: 2028, status: 'on-track' });
  });
  it('moving away from the target', () => {
    expect(
      trendOf(
        [
          { year: 2018, value: 12 },
          { year: 2022, value: 16 },
        ],
        'lower',
        10,
        2030,
      ).status,
    ).toBe('moving-away');
    expect(
      trendOf(
        [
          { year: 2018, value: 0.8 },
          { year: 2022, value: 0.75 },
        ],
        'band',
        1,
        2030,
      ).status,
    ).toBe('moving-away');
  });
  it('achieved, whatever the trend', () => {
    expect(trendOf([{ year: 2022, value: 4 }], 'lower', 5, 2030).status).toBe('achieved');
    expect(trendOf([{ year: 2022, value: 1 }], 'yesno', 1, 2030).status).toBe('achieved');
  });
  it('one observation, or growth from zero, is not enough for a rate', () => {
    expect(trendOf([{ year: 2022, value: 40 }], 'higher', 100, 2030).status).toBe('insufficient-data');
    expect(trendOf([], 'higher', 100, 2030).status).toBe('insufficient-data');
    expect(
      trendOf(
        [
          { year: 2020, value: 0 },
          { year: 2022, value: 10 },
        ],
        'higher',
        100,
        2040,
      ),
    ).toMatchObject({ annualGrowth: null, projectedYear: 2040, status: 'on-track' });
  });
});
