import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { AssessmentDoc } from '../../src/engine/assessment';
import { readAssessment } from '../../src/engine/assessment-read';
import { readCsv } from '../../src/engine/csv';
import { score } from '../../src/engine/evaluator';
import { referenceTargets, u4ssc } from '../../src/engine/frameworks/u4ssc';
import { OPEN_SDG_COLUMNS } from '../../src/engine/open-sdg';
import { toScoresJson } from '../../src/engine/report';
import { FORMATS, type FileSource, type FormatContext } from '../../src/interchange/formats';
import { allZipFormat } from '../../src/interchange/formats/all-zip';
import { openSdgFormat } from '../../src/interchange/formats/open-sdg';

const ctx: FormatContext = { fw: u4ssc, targets: referenceTargets };
const read = readAssessment(JSON.parse(readFileSync(new URL('../fixtures/sample-assessment.json', import.meta.url), 'utf8')), u4ssc);
if (!read.ok) throw new Error('the sample assessment does not read');
const doc: AssessmentDoc = read.value;
const marked: AssessmentDoc = {
  ...doc,
  values: {
    ...doc.values,
    'EC: ICT: ICT: 1C|': { status: 'not-reported' },
    'EN: EN: AQ: 1C|PM10': { status: 'not-applicable' },
    'EC: ICT: ICT: 2C|': { status: 'not-applicable' },
  },
};
const fromBytes = (name: string, bytes: Uint8Array | ArrayBuffer): FileSource => {
  const blob = new Blob([bytes as BlobPart]);
  return { name, text: () => blob.text(), arrayBuffer: () => blob.arrayBuffer() };
};
const unzip = async (blob: Blob) => unzipSync(new Uint8Array(await blob.arrayBuffer()));

describe('Open SDG', () => {
  it('one CSV per KPI in the data layout, with its metadata; not reported has no row, not applicable is in the metadata', async () => {
    const files = await unzip(await openSdgFormat.write(marked, ctx));
    const data = Object.keys(files).filter((p) => p.startsWith('data/'));
    expect(data).toHaveLength(u4ssc.data.kpis.length);
    expect(Object.keys(files).filter((p) => p.startsWith('meta/'))).toHaveLength(u4ssc.data.kpis.length);
    const aq = readCsv(strFromU8(files['data/indicator_en-en-aq-1c.csv'])).records;
    expect(aq[0]).toEqual([...OPEN_SDG_COLUMNS]);
    expect(aq.slice(1).map((r) => r[2])).toEqual(
      score(u4ssc, referenceTargets, marked)
        .items.filter((i) => i.code === 'EN: EN: AQ: 1C' && (i.state === 'scored' || i.state === 'unbenchmarked'))
        .map((i) => i.datapoint),
    );
    expect(aq[1]).toEqual([
      '2025',
      doc.city,
      'PM2.5',
      'µg/m³ (annual mean)',
      'DEMOVILLE_FICTIONAL',
      String(score(u4ssc, referenceTargets, doc).items.find((i) => i.id === 'EN: EN: AQ: 1C|PM2.5')!.value),
    ]);
    expect(readCsv(strFromU8(files['data/indicator_ec-ict-ict-1c.csv'])).records).toHaveLength(1);
    const meta = strFromU8(files['meta/en-en-aq-1c.md']);
    expect(meta).toMatch(/^---\nindicator_number: 'en-en-aq-1c'\n/);
    expect(meta).toContain("u4ssc_not_applicable: 'PM10'");
    // The linked SDG targets come from the catalogue.
    expect(meta).toContain(`sdg_related: '${u4ssc.kpiByCode('EN: EN: AQ: 1C')!.sdg.join('; ')}'`);
    expect(strFromU8(files['meta/ec-ict-ict-1c.md'])).toContain('reporting_status: notstarted');
  });

  it('round trip through the layout gives the same scores, not applicable included', async () => {
    const blob = await openSdgFormat.write(marked, ctx);
    const r = await openSdgFormat.read(fromBytes('city-open-sdg.zip', await blob.arrayBuffer()), ctx);
    expect(r.ok).toBe(true);
    if (!r.ok || r.holds !== 'values') return;
    expect(toScoresJson(score(u4ssc, referenceTargets, { ...r.input, targets: marked.targets }))).toEqual(toScoresJson(score(u4ssc, referenceTargets, marked)));
    expect(r.input.values['EN: EN: AQ: 1C|PM10'].status).toBe('not-applicable');
  });

  it('a file that is not an Open SDG zip is a problem, never a throw', async () => {
    expect(await openSdgFormat.read(fromBytes('x-open-sdg.zip', new TextEncoder().encode('not a zip')), ctx)).toMatchObject({
      ok: false,
      problems: [{ problem: { kind: 'not-layout-zip', detail: 'not-zip' } }],
    });
    const { zipText } = await import('../../src/share/open-sdg-zip');
    expect(await openSdgFormat.read(fromBytes('x-open-sdg.zip', zipText(new Map([['readme.md', 'hello']]))), ctx)).toMatchObject({
      ok: false,
      problems: [{ problem: { kind: 'not-layout-zip', detail: 'no-data' } }],
    });
    const unknown = zipText(new Map([['data/indicator_xx-1.csv', 'Year,Series,Value\n2025,x,1\n']]));
    expect(await openSdgFormat.read(fromBytes('x-open-sdg.zip', unknown), ctx)).toMatchObject({
      ok: false,
      problems: [{ row: 2, problem: { kind: 'unknown-code' } }],
    });
  });
});

describe('download all', () => {
  it('one zip with every other export of the assessment, the SDMX structure and the descriptors of its tables', async () => {
    const files = await unzip(await allZipFormat.write(doc, ctx));
    const expected = FORMATS.filter((f) => 'write' in f && f.id !== 'all-zip').map((f) => `Demoville-fictional-2025${f.suffix}`);
    expect(Object.keys(files).sort()).toEqual([...expected, 'sdmx/u4ssc-structure.xml', 'datapackage.json', 'csv-metadata.json'].sort());
    expect(JSON.parse(strFromU8(files['Demoville-fictional-2025.ssc.json']))).toEqual(doc);
  });
});
