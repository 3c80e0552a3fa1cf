import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_VERSION, createAssessment, type AssessmentDoc } from '../../src/engine/assessment';
import { parseAssessmentJson, readAssessment } from '../../src/engine/assessment-read';
import { checkFingerprint, freezeMark } from '../../src/engine/fingerprint';
import { u4ssc } from '../../src/engine/frameworks/u4ssc';
import { pickJsonStat, readJsonStat } from '../../src/engine/jsonstat';
import { migrateAssessment } from '../../src/engine/migrations';
import { sourceLine, sourceOf, tableSource, type TableSource } from '../../src/engine/provenance';
import { applyEdits, applyUnlessFrozen, type Edit } from '../../src/session';
import { inverseEdits, updateEdits } from '../../src/session/import-update';
import { sourcedTextIn } from '../../src/ui/strings/jsonstat-in';
import { sdmxObservations } from '../../src/engine/sdmx';
import { score } from '../../src/engine/evaluator';
import { referenceTargets } from '../../src/engine/frameworks/u4ssc';
import { LANGUAGES } from '../../src/ui/strings/languages';

const dir = new URL('../fixtures/frozen/', import.meta.url);
const v7 = JSON.parse(readFileSync(new URL('assessment-v7.json', dir), 'utf8'));
const v8 = JSON.parse(readFileSync(new URL('assessment-v8.json', dir), 'utf8'));
const galicia = readFileSync(new URL('../fixtures/jsonstat/galicia.json', import.meta.url), 'utf8');
const WS = 'EC: ICT: WS: 1C|';

/** Pontevedra's population in 2011 from the committed INE/IGE table, as the profile panel stores it. */
function pontevedra(): TableSource {
  const read = readJsonStat(galicia, { areaDimension: 'residence' });
  if (!read.ok) throw new Error('galicia.json not read');
  const picked = pickJsonStat(read.value, { area: '36', period: '2011', others: { birth: 'T', age: 'T', gender: 'T' } });
  if (!picked.ok) throw new Error('not picked');
  return tableSource(read.value, picked.value, 'galicia.json', '2026-12-07');
}

const fillPopulation = (s: TableSource): Edit[] => [
  { kind: 'profile', field: 'population', value: s.value },
  { kind: 'provenance', place: { profile: 'population' }, source: s },
];
const newDoc = () => createAssessment({ city: 'Pontevedra', country: 'Spain', year: 2011 }, u4ssc, 'reference', 1000);

describe('assessment format 7 → 8 (where a figure came from, #29)', () => {
  it('converts nothing: a version-7 file opens with no provenance, and its freeze still matches', async () => {
    const migrated = migrateAssessment(v7);
    expect(migrated.ok && migrated.value.version).toBe(ASSESSMENT_VERSION);
    expect(migrated.ok && 'provenance' in migrated.value).toBe(false);
    const read = readAssessment(migrated.ok ? migrated.value : null, u4ssc);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.provenance).toBeUndefined();
    expect((await checkFingerprint(read.value, u4ssc)).matches).toBe(true);
  });

  it('the frozen version-8 file reads with a profile figure’s and a denominator’s source, and its freeze matches', async () => {
    const read = readAssessment(v8, u4ssc);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const population = sourceOf(read.value, { profile: 'population' });
    expect(population).toMatchObject({ source: 'Demoville statistics office (fictional)', file: 'demoville-population.json', retrieved: '2025-03-02' });
    expect(population?.picked.map((p) => p.category)).toEqual(['DV', 'T', '2025']);
    expect(sourceOf(read.value, { id: WS, field: 'denominator' })).toMatchObject({ value: 58000, multiplier: 3 });
    expect((await checkFingerprint(read.value, u4ssc)).matches).toBe(true);
  });

  it('is sealed by a freeze: another office, or a source removed, reads "does not match"', async () => {
    const swapped = structuredClone(v8);
    swapped.provenance.profile.population.source = 'Another office';
    const removed = structuredClone(v8);
    delete removed.provenance.values;
    for (const forged of [swapped, removed]) {
      const read = readAssessment(forged, u4ssc);
      expect(read.ok).toBe(true);
      if (read.ok) expect((await checkFingerprint(read.value, u4ssc)).matches).toBe(false);
    }
  });

  it.each<[string, (d: typeof v8) => void]>([
    ['a profile field the framework has not', (d) => (d.provenance.profile.inhabitants = d.provenance.profile.population)],
    ['an unknown data point', (d) => (d.provenance.values['XX: YY: ZZ: 1C|'] = d.provenance.values[WS])],
    ['an input that is not a figure', (d) => (d.provenance.values[WS].note = d.provenance.values[WS].denominator)],
    ['a retrieval date that is not a day', (d) => (d.provenance.profile.population.retrieved = 'March 2025')],
    ['a source without its file', (d) => delete d.provenance.profile.population.file],
    ['a source of another kind', (d) => (d.provenance.profile.population.kind = 'sdmx')],
    ['a value that is not a number', (d) => (d.provenance.profile.population.value = '250000')],
    ['a picked category without its dimension', (d) => delete d.provenance.profile.population.picked[0].dimension],
    ['a field the format does not know', (d) => (d.provenance.profile.population.fetchedBy = 'robot')],
  ])('refuses %s', (_, damage) => {
    const bad = structuredClone(v8);
    damage(bad);
    expect(readAssessment(bad, u4ssc).ok).toBe(false);
  });
});

describe('a figure filled from a statistics table keeps its source', () => {
  it('round-trips through the JSON file: the INE/IGE table, Pontevedra (36), 2011, the file and the day', () => {
    const s = pontevedra();
    expect(s).toMatchObject({ value: 954877, source: 'INE and IGE', file: 'galicia.json', retrieved: '2026-12-07', unit: 'persons' });
    expect(s.picked.find((p) => p.dimension === 'residence')).toEqual({
      dimension: 'residence',
      dimensionLabel: 'province of residence',
      category: '36',
      label: 'Pontevedra',
    });
    const doc = applyEdits(newDoc(), fillPopulation(s));
    const back = parseAssessmentJson(JSON.stringify(doc), u4ssc);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.profile.population).toBe(954877);
    expect(back.value.provenance).toEqual(doc.provenance);
    expect(sourceOf(back.value, { profile: 'population' })).toEqual(s);
  });

  it('holds only while the field holds the table’s number: typing another drops it, typing the same keeps it', () => {
    const s = pontevedra();
    const filled = applyEdits(newDoc(), fillPopulation(s));
    expect(applyEdits(filled, [{ kind: 'profile', field: 'population', value: 954877 }]).provenance?.profile?.population).toEqual(s);
    const typed = applyEdits(filled, [{ kind: 'profile', field: 'population', value: 960000 }]);
    expect(typed.provenance).toBeUndefined();
    expect(sourceOf(typed, { profile: 'population' })).toBeNull();
  });

  it('a denominator filled from a table: its source goes with a change of that input only', () => {
    const s = { ...pontevedra(), value: 58000 };
    const doc = applyEdits(newDoc(), [
      { kind: 'value', id: WS, field: 'denominator', value: 58000 },
      { kind: 'provenance', place: { id: WS, field: 'denominator' }, source: s },
    ]);
    expect(sourceOf(doc, { id: WS, field: 'denominator' })).toEqual(s);
    const numerator = applyEdits(doc, [{ kind: 'value', id: WS, field: 'numerator', value: 1 }]);
    expect(sourceOf(numerator, { id: WS, field: 'denominator' })).toEqual(s);
    expect(applyEdits(doc, [{ kind: 'value', id: WS, field: 'denominator', value: 1 }]).provenance).toBeUndefined();
  });

  it('a frozen assessment refuses the fill: neither the figure nor its source is applied', async () => {
    const doc: AssessmentDoc = newDoc();
    const frozen = { ...doc, frozen: await freezeMark(doc, 'Vera', 2000) };
    const r = applyUnlessFrozen(frozen, fillPopulation(pontevedra()));
    expect(r.applied).toEqual([]);
    expect(r.refused.map((e) => e.kind)).toEqual(['profile', 'provenance']);
    expect(r.doc.provenance).toBeUndefined();
  });

  it('an import as update brings the file’s sources with its figures, and its undo takes them back', () => {
    const stored = newDoc();
    const file = applyEdits(newDoc(), fillPopulation(pontevedra()));
    const edits = updateEdits(stored, { kind: 'doc', doc: file });
    expect(edits.map((e) => e.kind)).toEqual(['profile', 'provenance']);
    const updated = applyEdits(stored, edits);
    expect(sourceOf(updated, { profile: 'population' })).toEqual(pontevedra());
    expect(applyEdits(updated, inverseEdits(stored, edits)).provenance).toBeUndefined();
  });

  it('SDMX: a data point divided by the population, with no source typed, names the table in SOURCE_DETAIL; a typed source wins', () => {
    const WIRELESS = 'EC: ICT: ICT: 3C|';
    const doc = applyEdits(newDoc(), [...fillPopulation(pontevedra()), { kind: 'value', id: WIRELESS, field: 'numerator', value: 100000 }]);
    const detail = (d: AssessmentDoc) =>
      sdmxObservations(u4ssc, [{ about: d, scores: score(u4ssc, referenceTargets, d) }]).find((o) => o.KPI === 'EC_ICT_ICT_3C')?.SOURCE_DETAIL;
    expect(detail(doc)).toBe(sourceLine(pontevedra()));
    expect(detail(applyEdits(doc, [{ kind: 'value', id: WIRELESS, field: 'source', value: 'Telecom regulator' }]))).toBe('Telecom regulator');
    expect(detail(newDoc())).toBe('');
  });

  it('is said in every language, and in one line for a CSV cell', () => {
    const s = pontevedra();
    for (const lang of LANGUAGES) {
      const text = sourcedTextIn(s, lang);
      for (const part of ['INE and IGE', 'Pontevedra (36)', '2011', 'galicia.json', '2026-12-07']) expect(text).toContain(part);
    }
    expect(sourceLine(s)).toContain('INE and IGE, Population by province of residence');
    expect(sourceLine(s)).toContain('(galicia.json, 2026-12-07; ');
  });
});
