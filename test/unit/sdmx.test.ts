import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { readAssessment } from '../../src/engine/assessment-read';
import { readCsv } from '../../src/engine/csv';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { toScoresJson } from '../../src/engine/report';
import { datapointSdmxId, kpiSdmxId, SDMX_CSV_COLUMNS, SDMX_DATAFLOW_REF, sdmxId, sdmxStructure } from '../../src/engine/sdmx';
import type { FileSource, FormatContext } from '../../src/interchange/formats';
import { sdmxCsvFormat } from '../../src/interchange/formats/sdmx-csv';
import { sdmxMlFormat } from '../../src/interchange/formats/sdmx-ml';
import { STRUCTURE_PATH, withoutPrepared } from '../../scripts/sdmx-structure';

const ctx: FormatContext = { fw: u4ssc, targets: referenceTargets };
const read = readAssessment(JSON.parse(readFileSync(new URL('../fixtures/sample-assessment.json', import.meta.url), 'utf8')), u4ssc);
if (!read.ok) throw new Error('the sample assessment does not read');
const doc: AssessmentDoc = read.value;
const source = (name: string, text: string): FileSource => {
  const blob = new Blob([text]);
  return { name, text: () => blob.text(), arrayBuffer: () => blob.arrayBuffer() };
};

/** The sample with one data point not reported (with no input), one not applicable (with a stale value) and one source full of XML signs. */
const marked: AssessmentDoc = {
  ...doc,
  values: {
    ...doc.values,
    'EC: ICT: ICT: 1C|': { status: 'not-reported' },
    'EC: ICT: ICT: 2C|': { ...doc.values['EC: ICT: ICT: 2C|'], status: 'not-applicable', value: 12 },
    'EC: ICT: ICT: 3C|': { ...doc.values['EC: ICT: ICT: 3C|'], source: 'Office <A&B> "2024"' },
  },
};

async function csvRows(docs: AssessmentDoc[]) {
  const text = await (await sdmxCsvFormat.writeMany(docs, ctx)).text();
  const { records } = readCsv(text.replace(/^\ufeff/, ''));
  const header = records[0];
  return records.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe('the U4SSC SDMX data structure', () => {
  it('public/sdmx/u4ssc-structure.xml is what the catalogue gives (regenerate: npx tsx scripts/sdmx-structure.ts)', () => {
    expect(withoutPrepared(readFileSync(STRUCTURE_PATH, 'utf8'))).toBe(withoutPrepared(sdmxStructure(u4ssc, '2000-01-01T00:00:00Z')));
  });

  it('names every KPI by an SDMX id and carries its SDG links from the catalogue', () => {
    const xml = sdmxStructure(u4ssc, '2000-01-01T00:00:00Z');
    expect(kpiSdmxId('EC: ICT: ICT: 1C')).toBe('EC_ICT_ICT_1C');
    expect(datapointSdmxId('')).toBe('_T');
    expect(datapointSdmxId('PM2.5')).toBe('PM2_5');
    expect(sdmxId('µg/m³ (annual mean)')).toBe('MICROG_M3_ANNUAL_MEAN');
    for (const kpi of u4ssc.data.kpis) {
      const code = new RegExp(`<str:Code id="${kpiSdmxId(kpi.code)}">(.*?)</str:Code>`).exec(xml);
      expect(code, kpi.code).not.toBeNull();
      if (kpi.sdg.length > 0)
        expect(code![1]).toContain(`<com:AnnotationType>SDG_INDICATOR</com:AnnotationType><com:AnnotationText xml:lang="en">${kpi.sdg.join('; ')}`);
    }
    // SDMX ids: letters, digits and underscores only, each code once per list.
    const lists = xml.split('<str:Codelist ').slice(1);
    expect(lists).toHaveLength(8);
    for (const list of lists) {
      const ids = [...list.matchAll(/<str:Code id="([^"]*)"/g)].map((m) => m[1]);
      for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_]+$/);
      expect(new Set(ids).size).toBe(ids.length);
    }
    for (const ref of u4ssc.datapoints) expect(xml).toContain(`<str:Code id="${datapointSdmxId(ref.def.key)}">`);
  });
});

describe('SDMX-CSV', () => {
  it('one row per data point, with the dataflow, the dimensions, the value the engine computed and the attributes', async () => {
    const rows = await csvRows([doc]);
    expect(Object.keys(rows[0])).toEqual([...SDMX_CSV_COLUMNS]);
    expect(rows).toHaveLength(u4ssc.datapoints.length);
    const items = score(u4ssc, referenceTargets, doc).items;
    rows.forEach((row, i) => {
      const ref = u4ssc.datapoints[i];
      expect(row).toMatchObject({ DATAFLOW: SDMX_DATAFLOW_REF, REF_AREA: sdmxId(doc.city), KPI: kpiSdmxId(ref.kpi.code), TIME_PERIOD: String(doc.year) });
      if (items[i].state === 'scored') expect(Number(row.OBS_VALUE)).toBe(items[i].value);
      expect(row.SDG_INDICATOR).toBe(ref.kpi.sdg.join('; '));
      expect(row.UNIT_MEASURE).toBe(sdmxId(ref.def.unit));
    });
  });

  it('not reported and not applicable are observation statuses with no value, never zeros; provenance stays in its attributes', async () => {
    const rows = await csvRows([marked]);
    expect(rows[0]).toMatchObject({ KPI: 'EC_ICT_ICT_1C', OBS_VALUE: '', OBS_STATUS: 'O' });
    // A stale number left under "not applicable" is not published.
    expect(rows[1]).toMatchObject({ KPI: 'EC_ICT_ICT_2C', OBS_VALUE: '', OBS_STATUS: 'M' });
    expect(rows[2]).toMatchObject({ KPI: 'EC_ICT_ICT_3C', OBS_STATUS: 'A', SOURCE_DETAIL: 'Office <A&B> "2024"' });
    const q = doc.values['EC: ICT: ICT: 3C|'].quality;
    if (q) expect(rows[2]).toMatchObject({ DATA_QUALITY: sdmxId(q) });
    expect(rows.every((r) => r.OBS_STATUS !== 'A' || r.OBS_VALUE !== '')).toBe(true);
  });

  it('reads back as the same values: the same scores, statuses included', async () => {
    const blob = await sdmxCsvFormat.write(marked, ctx);
    const r = await sdmxCsvFormat.read(source('demoville-sdmx.csv', await blob.text()), ctx);
    expect(r.ok).toBe(true);
    if (!r.ok || r.holds !== 'values') return;
    // The numbers left under "not applicable" are not published (it scores nothing either way); everything else is the same.
    const published = { ...marked, values: { ...marked.values, 'EC: ICT: ICT: 2C|': { status: 'not-applicable' as const } } };
    expect(toScoresJson(score(u4ssc, referenceTargets, { ...r.input, targets: marked.targets, method: marked.method }))).toEqual(
      toScoresJson(score(u4ssc, referenceTargets, published)),
    );
    expect(score(u4ssc, referenceTargets, r.input).overall).toEqual(score(u4ssc, referenceTargets, { ...marked, targets: {} }).overall);
    expect(r.input.values['EC: ICT: ICT: 2C|'].status).toBe('not-applicable');
    expect(r.input.values['EC: ICT: ICT: 3C|'].source).toBe('Office <A&B> "2024"');
  });

  it('many assessments go in one file; read back as one assessment, the second city is a repeated data point with its line', async () => {
    const other = { ...doc, id: 'other', city: 'Autre Ville', year: 2026 };
    const rows = await csvRows([doc, other]);
    expect(rows).toHaveLength(2 * u4ssc.datapoints.length);
    expect(new Set(rows.map((r) => `${r.REF_AREA} ${r.TIME_PERIOD}`))).toEqual(new Set(['DEMOVILLE_FICTIONAL 2025', 'AUTRE_VILLE 2026']));
    const text = await (await sdmxCsvFormat.writeMany([doc, other], ctx)).text();
    const r = await sdmxCsvFormat.read(source('two.sdmx.csv', text), ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ row: u4ssc.datapoints.length + 2, problem: { kind: 'repeated', code: 'EC: ICT: ICT: 1C' } });
  });

  it('reads SDMX-CSV written with labels (`ID: label` in the header and coded cells), as other SDMX tools write it', async () => {
    const text = [
      'DATAFLOW,REF_AREA: Reporting area,KPI: U4SSC key performance indicator,DATA_POINT: Data point,TIME_PERIOD: Assessment year,OBS_VALUE,OBS_STATUS: Observation status',
      `${SDMX_DATAFLOW_REF},X: Demoville,EC_ICT_ICT_1C: Household Internet Access,_T: Total,2025,91.5,A: Normal value`,
      `${SDMX_DATAFLOW_REF},X: Demoville,EN_EN_AQ_1C: Air pollution,PM10: PM10,2025,,M: Missing value; data cannot exist`,
    ].join('\n');
    const r = await sdmxCsvFormat.read(source('labels.sdmx.csv', text), ctx);
    expect(r.ok).toBe(true);
    if (!r.ok || r.holds !== 'values') return;
    expect(r.input.values['EC: ICT: ICT: 1C|']).toMatchObject({ value: 91.5 });
    expect(r.input.values['EN: EN: AQ: 1C|PM10']).toMatchObject({ status: 'not-applicable' });
  });

  it('an unknown KPI or a file that is not SDMX-CSV is a problem with its line, never a throw', async () => {
    const text = `${SDMX_CSV_COLUMNS.join(',')}\n${SDMX_DATAFLOW_REF},X,EC_ICT_ICT_99C,_T,2025,5,PERCENT,0,A,,,,,,\n`;
    const r = await sdmxCsvFormat.read(source('x.sdmx.csv', text), ctx);
    expect(r).toMatchObject({ ok: false, problems: [{ row: 2, problem: { kind: 'unknown-code' } }] });
    const notSdmx = await sdmxCsvFormat.read(source('x.sdmx.csv', 'a,b\n1,2\n'), ctx);
    expect(notSdmx).toMatchObject({ ok: false, problems: [{ row: 1, problem: { kind: 'missing-columns' } }] });
  });
});

describe('SDMX-ML structure-specific data', () => {
  it('one series per city × KPI × data point, the year and attributes on the observation, text escaped', async () => {
    const xml = await (await sdmxMlFormat.writeMany([marked, { ...marked, city: 'Autre Ville' }], ctx)).text();
    expect(xml).toContain('<mes:Structure structureID="DSD_U4SSC"');
    expect(xml).toContain('dimensionAtObservation="TIME_PERIOD"');
    expect([...xml.matchAll(/<Series /g)]).toHaveLength(2 * u4ssc.datapoints.length);
    expect([...xml.matchAll(/<Obs /g)]).toHaveLength(2 * u4ssc.datapoints.length);
    expect(xml).toContain(
      '<Series REF_AREA="DEMOVILLE_FICTIONAL" KPI="EC_ICT_ICT_1C" DATA_POINT="_T"><Obs TIME_PERIOD="2025" UNIT_MEASURE="PERCENT" UNIT_MULT="0" OBS_STATUS="O"',
    );
    expect(xml).toContain(
      '<Series REF_AREA="DEMOVILLE_FICTIONAL" KPI="EC_ICT_ICT_2C" DATA_POINT="_T"><Obs TIME_PERIOD="2025" UNIT_MEASURE="PERCENT" UNIT_MULT="0" OBS_STATUS="M"',
    );
    expect(xml).toContain('SOURCE_DETAIL="Office &lt;A&amp;B&gt; &quot;2024&quot;"');
    expect(xml).not.toMatch(/OBS_VALUE=""/);
  });
});
