import { afterAll, describe, expect, it } from 'vitest';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { findMatches, findWords, matchesFind } from '../../src/ui/grid/find';
import { dpName } from '../../src/ui/grid/columns';
import { useLanguage } from '../../src/ui/strings/language';

/** The grid's find box (issue #25): by code (any spacing) or words of the name, in the interface language. */
const names = (query: string) =>
  u4ssc.datapoints.filter((r) => matchesFind(findWords(query), r.kpi.code, dpName(r))).map((r) => (r.def.key ? `${r.kpi.code} ${r.def.key}` : r.kpi.code));

afterAll(async () => {
  await useLanguage('en');
});

describe('the find box', () => {
  it('finds a data point by its code, with or without spaces, in any case', () => {
    expect(names('EC: P: EM: 1C')).toEqual(['EC: P: EM: 1C']);
    expect(names('ec:p:em:1c')).toEqual(['EC: P: EM: 1C']);
    expect(names('EM: 1C')).toEqual(['EC: P: EM: 1C']);
    // A code is one phrase: not every data point whose code holds ICT and 1C somewhere.
    expect(names('ict:ict:1c')).toEqual(['EC: ICT: ICT: 1C']);
    // A category's code: all its data points.
    expect(names('EN: EN: AQ').length).toBe(u4ssc.datapoints.filter((r) => r.path.category === 'EN: EN: AQ').length);
  });

  it('finds by every word of the name, in any order, and nothing for words that do not go together', () => {
    expect(names('unemployment youth')).toEqual(['EC: P: EM: 2C']);
    expect(names('Unemployment')).toEqual(expect.arrayContaining(['EC: P: EM: 1C', 'EC: P: EM: 2C']));
    expect(names('unemployment zebra')).toEqual([]);
    expect(findMatches('')).toBeNull();
    expect(findMatches('   ')).toBeNull();
    expect(findMatches('unemployment youth')).toBe(1);
  });

  it('finds by the name in the interface language, ignoring accents', async () => {
    await useLanguage('fr');
    const fr = names('chomage');
    expect(fr).toContain('EC: P: EM: 1C');
    expect(names('chômage')).toEqual(fr);
    await useLanguage('en');
    expect(names('chomage')).toEqual([]);
  });
});
