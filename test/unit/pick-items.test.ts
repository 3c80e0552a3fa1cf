/**
 * The pickers' finding (issue #24, item 5): a data point, a category or a dimension is found by its
 * code or by its name in the interface language, with accents, case and the codes' separators ignored.
 */
import { describe, expect, it } from 'vitest';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { exactItem, findItems, fold, pickItems, type PickItem } from '../../src/ui/picker/items';

const ids = (items: PickItem[]) => items.map((i) => i.id);

describe('finding a data point, category or dimension by name or code', () => {
  const dps = pickItems(u4ssc, 'datapoint');
  it('lists every data point, category and dimension of the framework', () => {
    expect(dps).toHaveLength(u4ssc.datapoints.length);
    expect(pickItems(u4ssc, 'dimension').map((i) => i.id)).toEqual(u4ssc.data.dimensions.map((d) => d.code));
    const cats = pickItems(u4ssc, 'category');
    expect(cats.find((c) => c.id === 'SC: EH: H')?.name).toBe('Health');
  });

  it('finds by a fragment of the name, in any case, and by a code typed without its separators', () => {
    expect(ids(findItems(dps, 'wifi'))).toEqual(['EC: ICT: ICT: 5A|']);
    expect(ids(findItems(dps, 'internet access'))).toContain('EC: ICT: ICT: 1C|');
    expect(ids(findItems(dps, 'ec ict ict 1c'))[0]).toBe('EC: ICT: ICT: 1C|');
    // Words in any order, each somewhere in the code or the name.
    expect(ids(findItems(dps, 'loss water'))).toContain('EC: I: WS: 3C|');
    expect(findItems(dps, 'zzzz-no-such-thing')).toEqual([]);
    expect(findItems(dps, '  ')).toHaveLength(dps.length);
  });

  it('puts the code typed whole first, then codes that start with the text', () => {
    const found = findItems(dps, 'EC: ICT: ICT: 1C');
    expect(found[0].id).toBe('EC: ICT: ICT: 1C|');
    // Codes that start the same way come next, before items that only hold each word somewhere (EC: ICT: WS: 1C).
    const prefixed = found.map((i) => fold(i.code).startsWith('ec ict ict 1c'));
    expect(prefixed.indexOf(false)).toBeGreaterThan(0);
    expect(prefixed.slice(prefixed.indexOf(false))).not.toContain(true);
  });

  it('names the exact item by its code as shown or its id as in a file, and nothing by a fragment', () => {
    expect(exactItem(dps, 'EC: ICT: ICT: 5A')?.id).toBe('EC: ICT: ICT: 5A|');
    expect(exactItem(dps, 'ec: ict: ict: 5a|')?.id).toBe('EC: ICT: ICT: 5A|');
    const multi = u4ssc.datapoints.find((d) => d.def.key)!;
    expect(exactItem(dps, multi.id)?.id).toBe(multi.id);
    expect(exactItem(dps, `${multi.kpi.code} · ${multi.def.key}`)?.id).toBe(multi.id);
    expect(exactItem(dps, 'EC: ICT: ICT')).toBeUndefined();
    expect(exactItem(dps, '')).toBeUndefined();
  });

  it('finds names in the interface language: accents and Arabic short vowels ignored, Chinese by any run of characters', () => {
    const items: PickItem[] = [
      { id: 'a', code: 'EC: I: WS: 3C', name: 'Pertes du réseau d’eau' },
      { id: 'b', code: 'EC: ICT: ICT: 5A', name: 'Disponibilité du Wi-Fi dans les espaces publics' },
      { id: 'c', code: 'SC: EH: H', name: 'الصِّحَّة' },
      { id: 'd', code: 'EC: ICT: ICT: 1C', name: '家庭互联网接入' },
      { id: 'e', code: 'EC: ICT: ICT: 2C', name: 'Доступ домохозяйств к Интернету' },
    ];
    expect(ids(findItems(items, 'reseau'))).toEqual(['a']);
    expect(ids(findItems(items, 'DISPONIBILITE wi fi'))).toEqual(['b']);
    expect(ids(findItems(items, 'الصحة'))).toEqual(['c']);
    expect(ids(findItems(items, '互联网'))).toEqual(['d']);
    expect(ids(findItems(items, 'интернет'))).toEqual(['e']);
  });
});
