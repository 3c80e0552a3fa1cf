import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import {
  JSONSTAT_MAX_CELLS,
  JSONSTAT_MAX_CHARS,
  jsonStatProvenance,
  pickJsonStat,
  readJsonStat,
  withJsonStatFigure,
  type JsonStatChoice,
  type JsonStatDataset,
  type JsonStatProblem,
} from '../../src/engine/jsonstat';
import { LANGUAGES } from '../../src/ui/strings/languages';
import { jsonStatProblemIn } from '../../src/ui/strings/jsonstat-in';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/jsonstat/${name}`, import.meta.url), 'utf8');

function dataset(text: string, names?: Parameters<typeof readJsonStat>[1]): JsonStatDataset {
  const read = readJsonStat(text, names);
  if (!read.ok) throw new Error(`not read: ${JSON.stringify(read.problem)}`);
  return read.value;
}
function problemOfRead(text: string, names?: Parameters<typeof readJsonStat>[1]): JsonStatProblem {
  const read = readJsonStat(text, names);
  if (read.ok) throw new Error('read, expected a problem');
  return read.problem;
}
function problemOfPick(ds: JsonStatDataset, choice: JsonStatChoice): JsonStatProblem {
  const picked = pickJsonStat(ds, choice);
  if (picked.ok) throw new Error(`picked ${picked.value.value}, expected a problem`);
  return picked.problem;
}

/** A small dataset: area × year, `value` given by the test. */
const small = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: '2.0',
    class: 'dataset',
    id: ['area', 'year'],
    size: [2, 2],
    role: { geo: ['area'], time: ['year'] },
    dimension: {
      area: { label: 'Area', category: { index: ['X', 'Y'], label: { X: 'Xville', Y: 'Yton' } } },
      year: { label: 'Year', category: { index: { '2020': 0, '2021': 1 } } },
    },
    value: [10, 11, 20, 21],
    ...over,
  });

describe('a statistics office table (INE and IGE, Galicia, committed with its source)', () => {
  const galicia = fixture('galicia.json');

  it('has two geographic dimensions, so the area dimension is not guessed', () => {
    expect(problemOfRead(galicia)).toEqual({ kind: 'no-area-dimension', dimensions: ['birth', 'age', 'gender', 'time', 'residence', 'concept'] });
  });

  it('fills the population of Pontevedra in 2011 once the area dimension and the other dimensions are named', () => {
    const ds = dataset(galicia, { areaDimension: 'residence' });
    expect(ds.time).toBe('time');
    // Birth, age and gender have several categories each: the first left unnamed is asked for.
    expect(problemOfPick(ds, { area: '36', period: '2011' })).toMatchObject({ kind: 'choose', dimension: 'birth', label: 'place of birth' });
    expect(problemOfPick(ds, { area: '36', period: '2011', others: { birth: 'T', age: 'T' } })).toMatchObject({ kind: 'choose', dimension: 'gender' });
    const picked = pickJsonStat(ds, { area: 'Pontevedra', period: '2011', others: { birth: 'total', age: 'T', gender: 'T' } });
    expect(picked.ok && picked.value.value).toBe(954877); // value[4 + 5] of the file, read independently with Python
    if (!picked.ok) return;
    expect(picked.value.unit).toBe('persons');
    expect(picked.value.picked.map((p) => p.category)).toEqual(['T', 'T', 'T', '2011', '36', 'pop']);
    const profile = withJsonStatFigure({ population: null, households: 1000 }, u4ssc.data.profile, 'population', picked.value);
    expect(profile).toEqual({ ok: true, value: { population: 954877, households: 1000 } });
    expect(jsonStatProvenance(ds, picked.value, 'galicia.json', '2026-12-07')).toMatchObject({
      source: 'INE and IGE',
      table: 'Population by province of residence, place of birth, age, gender and year in Galicia',
      updated: '2012-12-27T12:25:09Z',
      href: 'http://json-stat.org/samples/galicia.json',
      file: 'galicia.json',
      retrieved: '2026-12-07',
    });
  });

  it('reads a female count of Lugo in 2001 (index as an array and as an object, a dimension without index)', () => {
    const ds = dataset(galicia, { areaDimension: 'residence' });
    const picked = pickJsonStat(ds, { area: '27', period: '2001', others: { birth: 'T', age: 'T', gender: 'F' } });
    expect(picked.ok && picked.value.value).toBe(184309);
  });
});

describe('unit multiplier (json-stat.org us-gsp sample: population in millions)', () => {
  it('scales 18.8 million to persons', () => {
    const ds = dataset(fixture('us-gsp.json'));
    const picked = pickJsonStat(ds, { area: 'Florida', period: '2013', others: { concept: 'pop' } });
    expect(picked.ok && [picked.value.value, picked.value.multiplier, picked.value.unit]).toEqual([18_800_000, 6, 'million']);
  });

  it('asks for the metric when it is not named', () => {
    expect(problemOfPick(dataset(fixture('us-gsp.json')), { area: '12', period: '2013' })).toMatchObject({ kind: 'choose', dimension: 'concept' });
  });
});

describe('sparse values and statuses (Eurostat shape)', () => {
  const ds = dataset(fixture('sparse-eurostat.json'));

  it('reads a value of a sparse object, with its status and what it means', () => {
    const picked = pickJsonStat(ds, { area: 'DE', period: '2023' });
    expect(picked.ok && [picked.value.value, picked.value.status, picked.value.statusLabel]).toEqual([974583, 'b', 'break in time series']);
  });

  it('refuses a confidential value', () => {
    expect(problemOfPick(ds, { area: 'Luxembourg', period: '2023' })).toEqual({ kind: 'confidential', status: 'c', statusLabel: 'confidential' });
  });

  it('refuses a value left out, naming its status', () => {
    expect(problemOfPick(ds, { area: 'MT', period: '2024' })).toEqual({ kind: 'missing-value', status: ':', statusLabel: 'not available' });
  });

  it('refuses a cell with neither value nor status', () => {
    const ds2 = dataset(small({ value: { '0': 10 } }));
    expect(problemOfPick(ds2, { area: 'Y', period: '2021' })).toEqual({ kind: 'missing-value', status: null, statusLabel: null });
  });

  it('names the area or period that is not in the table', () => {
    expect(problemOfPick(ds, { area: 'FR', period: '2023' })).toMatchObject({
      kind: 'not-found',
      role: 'area',
      dimension: 'geo',
      examples: ['DE', 'LU', 'MT'],
    });
    expect(problemOfPick(ds, { area: 'DE', period: '1999' })).toMatchObject({ kind: 'not-found', role: 'period', dimension: 'time' });
  });
});

describe('the area and period are chosen, never guessed', () => {
  it('takes the dimensions by name when the file has no role', () => {
    const ds = dataset(small({ role: undefined, id: ['region', 'year'], dimension: JSON.parse(small()).dimension }).replace('"area":', '"region":'));
    expect([ds.area, ds.time]).toEqual(['region', 'year']);
  });

  it('says when no dimension is the period', () => {
    const text = small({ role: { geo: ['area'] }, id: ['area', 'kind'] }).replace('"year":', '"kind":');
    expect(problemOfRead(text)).toEqual({ kind: 'no-time-dimension', dimensions: ['area', 'kind'] });
    expect(dataset(text, { timeDimension: 'kind' }).time).toBe('kind');
  });

  it('a null value in an array is missing, a text value is not a number', () => {
    expect(problemOfPick(dataset(small({ value: [10, null, 20, 21] })), { area: 'X', period: '2021' })).toMatchObject({ kind: 'missing-value' });
    expect(problemOfPick(dataset(small({ value: [10, 'n/a', 20, 21] })), { area: 'X', period: '2021' })).toMatchObject({ kind: 'not-a-number' });
    const picked = pickJsonStat(dataset(small()), { area: 'Yton', period: '2020' });
    expect(picked.ok && picked.value.value).toBe(20);
  });

  it('a status as one string applies to every cell', () => {
    expect(problemOfPick(dataset(small({ status: 'c' })), { area: 'X', period: '2020' })).toMatchObject({ kind: 'confidential', status: 'c' });
  });
});

describe('files that are not a usable dataset', () => {
  it.each<[string, string, JsonStatProblem['kind'], Partial<JsonStatProblem>?]>([
    ['not JSON', '{"class": "dataset",', 'not-json'],
    ['a JSON-stat 1.0 bundle', fixture('v1-bundle.json'), 'not-dataset', { found: 'version-1' }],
    ['a collection', JSON.stringify({ version: '2.0', class: 'collection', link: {} }), 'not-dataset', { found: 'collection' }],
    ['an array', '[1, 2]', 'not-dataset', { found: null }],
    ['no id', small({ id: undefined }), 'bad-structure', { part: 'id' }],
    ['size and id of different lengths', small({ size: [2] }), 'bad-structure', { part: 'size' }],
    ['a dimension without category', small({ dimension: { area: {}, year: {} } }), 'bad-structure', { part: 'category', dimension: 'area' }],
    ['no value', small({ value: undefined }), 'bad-structure', { part: 'value' }],
    ['fewer values than cells', small({ value: [1, 2, 3] }), 'size-mismatch', { expected: 4, found: 3 }],
    ['a sparse key beyond the cells', small({ value: { '7': 1 } }), 'size-mismatch', { expected: 4 }],
    ['a size that disagrees with the categories', small({ size: [3, 2] }), 'size-mismatch', { dimension: 'area', expected: 3, found: 2 }],
    ['too many cells', small({ size: [JSONSTAT_MAX_CELLS, 2], value: {} }), 'too-large', { unit: 'cells' }],
    // JSON.parse would keep the second value of cell 1 in silence: 21 read where the office wrote 10.
    ['a sparse value written twice', small({ value: { '0': 10 } }).replace('"0":10', '"0":10,"1":11,"1":21'), 'repeated-key', { path: 'value["1"]' }],
    ['a status written twice', small({ status: { '0': 'c' } }).replace('"0":"c"', '"0":"c","0":"p"'), 'repeated-key', { path: 'status["0"]' }],
  ])('%s', (_name, text, kind, more) => {
    const problem = problemOfRead(text);
    expect(problem.kind).toBe(kind);
    if (more) expect(problem).toMatchObject(more);
  });

  it('refuses a text longer than the limit before parsing it', () => {
    expect(problemOfRead(' '.repeat(JSONSTAT_MAX_CHARS + 1))).toEqual({ kind: 'too-large', limit: JSONSTAT_MAX_CHARS, unit: 'chars' });
  });

  it('refuses a profile field the catalogue does not have', () => {
    const picked = pickJsonStat(dataset(small()), { area: 'X', period: '2020' });
    if (!picked.ok) throw new Error('not picked');
    expect(withJsonStatFigure({}, u4ssc.data.profile, 'inhabitants', picked.value)).toMatchObject({ ok: false, problem: { kind: 'unknown-profile-field' } });
  });
});

describe('every problem is worded in the six languages', () => {
  const problems: JsonStatProblem[] = [
    { kind: 'not-json' },
    { kind: 'repeated-key', path: 'value["1"]' },
    { kind: 'too-large', limit: JSONSTAT_MAX_CHARS, unit: 'chars' },
    { kind: 'too-large', limit: JSONSTAT_MAX_CELLS, unit: 'cells' },
    { kind: 'not-dataset', found: 'version-1' },
    { kind: 'not-dataset', found: 'collection' },
    { kind: 'bad-structure', part: 'category', dimension: 'geo' },
    { kind: 'size-mismatch', expected: 4, found: 3 },
    { kind: 'size-mismatch', expected: 3, found: 2, dimension: 'geo' },
    { kind: 'no-area-dimension', dimensions: ['a', 'b'] },
    { kind: 'no-time-dimension', dimensions: ['a', 'b'] },
    { kind: 'not-found', role: 'area', dimension: 'geo', asked: { text: 'FR', length: 2 }, examples: ['DE'] },
    { kind: 'not-found', role: 'period', dimension: 'time', asked: { text: '1999', length: 4 }, examples: ['2023'] },
    { kind: 'choose', dimension: 'sex', label: 'Sex', categories: ['T', 'M', 'F'] },
    { kind: 'missing-value', status: ':', statusLabel: 'not available' },
    { kind: 'confidential', status: 'c', statusLabel: null },
    { kind: 'not-a-number', text: { text: 'n/a', length: 3 } },
    { kind: 'unknown-profile-field', field: { text: 'pop', length: 3 }, fields: ['population'] },
  ];

  it.each(LANGUAGES)('%s: each problem has its own words, naming what it concerns', (lang) => {
    const texts = problems.map((p) => jsonStatProblemIn(p, lang));
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.find((t) => t.trim() === '')).toBeUndefined();
    expect(jsonStatProblemIn(problems[13]!, lang)).toContain('sex');
    expect(jsonStatProblemIn(problems[11]!, lang)).toContain('FR');
    expect(jsonStatProblemIn(problems[1]!, lang)).toContain('value["1"]');
    if (lang !== 'en') expect(texts).not.toEqual(problems.map((p) => jsonStatProblemIn(p, 'en')));
  });
});

describe('counts in Russian agree with their number', () => {
  it.each([
    [1, 'объявляет 1 ячейку'],
    [3, 'объявляет 3 ячейки'],
    [5, 'объявляет 5 ячеек'],
    [21, 'объявляет 21 ячейку'],
  ])('%i cells', (expected, words) => {
    expect(jsonStatProblemIn({ kind: 'size-mismatch', expected, found: 0 }, 'ru')).toContain(words);
  });
  it('categories of a dimension', () => {
    expect(jsonStatProblemIn({ kind: 'size-mismatch', expected: 2, found: 3, dimension: 'geo' }, 'ru')).toContain('объявляет 2 категории');
    expect(jsonStatProblemIn({ kind: 'size-mismatch', expected: 11, found: 3, dimension: 'geo' }, 'ru')).toContain('объявляет 11 категорий');
  });
});
