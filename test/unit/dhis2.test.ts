import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { readAssessment } from '../../src/engine/assessment-read';
import { cocCode, commentFields, dataElementCode, dhis2Metadata, dhis2Uid } from '../../src/engine/dhis2';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { toScoresJson } from '../../src/engine/report';
import type { FileSource, FormatContext } from '../../src/interchange/formats';
import { dhis2MetadataFormat, dhis2ValuesFormat } from '../../src/interchange/formats/dhis2';

const ctx: FormatContext = { fw: u4ssc, targets: referenceTargets };
const read = readAssessment(JSON.parse(readFileSync(new URL('../fixtures/sample-assessment.json', import.meta.url), 'utf8')), u4ssc);
if (!read.ok) throw new Error('the sample assessment does not read');
const doc: AssessmentDoc = read.value;
const source = (name: string, text: string): FileSource => {
  const blob = new Blob([text]);
  return { name, text: () => blob.text(), arrayBuffer: () => blob.arrayBuffer() };
};
const marked: AssessmentDoc = {
  ...doc,
  values: {
    ...doc.values,
    'EC: ICT: ICT: 1C|': { status: 'not-reported' },
    'EC: ICT: ICT: 2C|': { status: 'not-applicable' },
    'EC: ICT: ICT: 3C|': { ...doc.values['EC: ICT: ICT: 3C|'], source: 'Office; status=verified? year=1 source=x', quality: 'survey', year: 2024 },
  },
};

interface DataValueSet {
  dataSet: string;
  dataValues: { dataElement: string; period: string; orgUnit: string; categoryOptionCombo: string; value?: string; comment?: string }[];
}

describe('DHIS2 metadata package', () => {
  const pkg = dhis2Metadata(u4ssc) as Record<string, { id: string; code: string; [k: string]: unknown }[]>;

  it('a data element per KPI with its code, a category combination for each KPI with several data points, and the data set', () => {
    expect(pkg.dataElements).toHaveLength(u4ssc.data.kpis.length);
    expect(pkg.dataElements.map((d) => d.code)).toEqual(u4ssc.data.kpis.map(dataElementCode));
    const multi = u4ssc.data.kpis.filter((k) => k.datapoints.length > 1);
    expect(pkg.categoryCombos).toHaveLength(multi.length);
    expect(pkg.categoryOptionCombos.map((c) => c.code)).toEqual(multi.flatMap((k) => k.datapoints.map((d) => cocCode({ kpi: k, def: d }))));
    expect(pkg.categoryOptionCombos.map((c) => c.code)).toContain('U4SSC_EN_EN_AQ_1C_PM2_5');
    expect(pkg.dataSets[0]).toMatchObject({ code: 'U4SSC_KPI', periodType: 'Yearly' });
    expect((pkg.dataSets[0].dataSetElements as unknown[]).length).toBe(u4ssc.data.kpis.length);
    for (const de of pkg.dataElements) expect((de.shortName as string).length).toBeLessThanOrEqual(50);
  });

  it('uids are valid DHIS2 uids, unique, derived from the codes, and every reference points into the package', () => {
    const all = Object.values(pkg).flat();
    for (const o of all) expect(o.id).toMatch(/^[a-zA-Z][a-zA-Z0-9]{10}$/);
    expect(new Set(all.map((o) => o.id)).size).toBe(all.length);
    expect(new Set(all.map((o) => o.code)).size).toBe(all.length);
    expect(dhis2Uid('U4SSC_EC_ICT_ICT_1C')).toBe(dhis2Uid('U4SSC_EC_ICT_ICT_1C'));
    const ids = new Set(all.map((o) => o.id));
    const refs = JSON.stringify(pkg).match(/\{"id":"[a-zA-Z0-9]{11}"\}/g) ?? [];
    expect(refs.length).toBeGreaterThan(100);
    for (const r of refs) expect(ids.has(JSON.parse(r).id)).toBe(true);
  });

  it('is offered as an export of the catalogue', async () => {
    const blob = await dhis2MetadataFormat.write(doc, ctx);
    expect(JSON.parse(await blob.text())).toEqual(pkg);
  });
});

describe('DHIS2 data value set by code', () => {
  it('one data value per data point, by code; not reported and not applicable carry no value, only their status', async () => {
    const set = JSON.parse(await (await dhis2ValuesFormat.write(marked, ctx)).text()) as DataValueSet;
    expect(set.dataValues).toHaveLength(u4ssc.datapoints.length);
    expect(set.dataValues[0]).toEqual({
      dataElement: 'U4SSC_EC_ICT_ICT_1C',
      period: '2025',
      orgUnit: 'DEMOVILLE_FICTIONAL',
      categoryOptionCombo: 'default',
      comment: 'status=not-reported',
    });
    expect(set.dataValues[1]).not.toHaveProperty('value');
    expect(commentFields(set.dataValues[2].comment!)).toEqual({
      status: 'reported',
      quality: 'survey',
      year: '2024',
      source: 'Office; status=verified? year=1 source=x',
    });
    const yesno = u4ssc.datapoints.findIndex((r) => r.def.formula.kind === 'yesno' && doc.values[r.id]?.value !== undefined);
    expect(['true', 'false']).toContain(set.dataValues[yesno].value);
  });

  it('round trip: the data value set reads back to the same scores, statuses and provenance', async () => {
    const blob = await dhis2ValuesFormat.write(marked, ctx);
    const r = await dhis2ValuesFormat.read(source('city-dhis2.json', await blob.text()), ctx);
    expect(r.ok).toBe(true);
    if (!r.ok || r.holds !== 'values') return;
    expect(toScoresJson(score(u4ssc, referenceTargets, { ...r.input, targets: marked.targets }))).toEqual(toScoresJson(score(u4ssc, referenceTargets, marked)));
    expect(r.input.values['EC: ICT: ICT: 3C|']).toMatchObject({ quality: 'survey', year: 2024, source: 'Office; status=verified? year=1 source=x' });
    expect(r.input.values['EC: ICT: ICT: 2C|'].status).toBe('not-applicable');
  });

  it('bad input is a problem, never a throw: not JSON, not a data value set, an unknown data element (with its position)', async () => {
    expect(await dhis2ValuesFormat.read(source('x-dhis2.json', '{"dataValues": ['), ctx)).toMatchObject({ ok: false, error: { kind: 'not-json' } });
    expect(await dhis2ValuesFormat.read(source('x-dhis2.json', '{"rows": []}'), ctx)).toMatchObject({
      ok: false,
      problems: [{ problem: { kind: 'missing-columns' } }],
    });
    const unknown = {
      dataValues: [
        { dataElement: 'U4SSC_EC_ICT_ICT_1C', categoryOptionCombo: 'default', value: '50' },
        { dataElement: 'XYZ', value: '1' },
      ],
    };
    expect(await dhis2ValuesFormat.read(source('x-dhis2.json', JSON.stringify(unknown)), ctx)).toMatchObject({
      ok: false,
      problems: [{ row: 3, problem: { kind: 'unknown-code' } }],
    });
  });

  it('a data value with "value" written twice is refused at its place, not read as the last value', async () => {
    const text = '{"dataValues": [{"dataElement": "U4SSC_EC_ICT_ICT_1C", "categoryOptionCombo": "default", "value": "50", "value": "5"}]}';
    expect(await dhis2ValuesFormat.read(source('x-dhis2.json', text), ctx)).toMatchObject({
      ok: false,
      error: { kind: 'invalid', problems: [{ path: 'dataValues[0].value', kind: 'repeated-key' }] },
    });
  });
});
