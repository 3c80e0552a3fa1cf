/**
 * DHIS2: the U4SSC catalogue as a DHIS2 metadata package (a data element per KPI, a category and a
 * category combination for the data points of a KPI that has several, the data set), and an assessment's
 * values as a data value set by code (`idScheme=CODE`), written and read back.
 *
 * Codes: data elements `U4SSC_EC_ICT_ICT_1C`, category option combos `U4SSC_EC_ICT_ICT_4C_3G` (the
 * default one, `default`, for a KPI with one data point), the organisation unit the city's SDMX id
 * (`DEMOVILLE`), the period the assessment year. DHIS2 stores no status: a data point not reported or
 * not applicable is a data value with no value and the status in its comment, which also carries the
 * quality, the year and the source (`status=reported; quality=survey; year=2024; source=…`).
 *
 * The uids in the package are derived from the codes (the same code, the same uid), so importing the
 * package twice updates it. Pure: no DOM, no library.
 */
import { VALUES_COLUMNS, type TableCell, type ValuesTableSource } from './csv';
import type { DatapointRef, Framework } from './framework';
import { datapointSdmxId, kpiSdmxId, sdmxId } from './sdmx';
import type { AssessmentInput, ItemResult, KpiDef, Quality, Scores, Status } from './types';
import { STATUSES } from './assessment';
import type { AssessmentAbout } from './results-table';

export const DHIS2_PREFIX = 'U4SSC_';
/** DHIS2's default category option combo, for a KPI with one data point. */
export const DHIS2_DEFAULT_COC = 'default';
export const DHIS2_DATASET = 'U4SSC_KPI';

const ALPHA = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = ALPHA + '0123456789';

/** A DHIS2 uid (a letter, then ten letters or digits) derived from `text` by two FNV-1a hashes: the same text, the same uid. */
export function dhis2Uid(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193 + 2 * i + 1) >>> 0;
  }
  let uid = ALPHA[h1 % ALPHA.length];
  let a = h1;
  let b = h2;
  for (let i = 1; i < 11; i++) {
    const source = i % 2 === 0 ? a : b;
    uid += ALNUM[source % ALNUM.length];
    if (i % 2 === 0) a = Math.imul(a ^ (a >>> 13), 0x5bd1e995) >>> 0;
    else b = Math.imul(b ^ (b >>> 15), 0x27d4eb2d) >>> 0;
  }
  return uid;
}

export const dataElementCode = (kpi: KpiDef): string => DHIS2_PREFIX + kpiSdmxId(kpi.code);
export const cocCode = (ref: Pick<DatapointRef, 'kpi' | 'def'>): string =>
  ref.kpi.datapoints.length > 1 ? `${DHIS2_PREFIX}${kpiSdmxId(ref.kpi.code)}_${datapointSdmxId(ref.def.key)}` : DHIS2_DEFAULT_COC;
const optionCode = (key: string) => DHIS2_PREFIX + datapointSdmxId(key);
const ref = (code: string) => ({ id: dhis2Uid(code) });
/** DHIS2 caps short names at 50 characters. */
const short = (text: string, limit = 50) => (text.length <= limit ? text : `${text.slice(0, limit - 1)}…`);

/** The metadata package (DHIS2's `/api/metadata` import): category options, categories, combinations, data elements and the data set. */
export function dhis2Metadata(fw: Framework): Record<string, unknown[]> {
  const multi = fw.data.kpis.filter((k) => k.datapoints.length > 1);
  const options = new Map<string, string>();
  for (const k of multi) for (const d of k.datapoints) options.set(optionCode(d.key), d.key);
  const categoryCode = (k: KpiDef) => `${DHIS2_PREFIX}${kpiSdmxId(k.code)}_DP`;
  const comboCode = (k: KpiDef) => `${DHIS2_PREFIX}${kpiSdmxId(k.code)}_CC`;
  return {
    categoryOptions: [...options].map(([code, key]) => ({ ...ref(code), code, name: `U4SSC ${key}`, shortName: short(`U4SSC ${key}`) })),
    categories: multi.map((k) => ({
      ...ref(categoryCode(k)),
      code: categoryCode(k),
      name: `U4SSC ${k.code} data points`,
      shortName: short(`${k.code} data points`),
      dataDimensionType: 'DISAGGREGATION',
      dataDimension: true,
      categoryOptions: k.datapoints.map((d) => ref(optionCode(d.key))),
    })),
    categoryCombos: multi.map((k) => ({
      ...ref(comboCode(k)),
      code: comboCode(k),
      name: `U4SSC ${k.code} data points`,
      dataDimensionType: 'DISAGGREGATION',
      skipTotal: true,
      categories: [ref(categoryCode(k))],
    })),
    categoryOptionCombos: multi.flatMap((k) =>
      k.datapoints.map((d) => {
        const code = cocCode({ kpi: k, def: d });
        return { ...ref(code), code, name: `U4SSC ${d.key}`, categoryCombo: ref(comboCode(k)), categoryOptions: [ref(optionCode(d.key))] };
      }),
    ),
    dataElements: fw.data.kpis.map((k) => {
      const code = dataElementCode(k);
      const yesno = k.datapoints.every((d) => d.direction === 'yesno');
      return {
        ...ref(code),
        code,
        name: `${k.code} ${k.name}`,
        shortName: short(`${k.code} ${k.name}`),
        formName: k.name,
        description: k.definition,
        domainType: 'AGGREGATE',
        valueType: yesno ? 'BOOLEAN' : 'NUMBER',
        aggregationType: 'NONE',
        zeroIsSignificant: true,
        ...(k.datapoints.length > 1 && { categoryCombo: ref(comboCode(k)) }),
      };
    }),
    dataSets: [
      {
        ...ref(DHIS2_DATASET),
        code: DHIS2_DATASET,
        name: `${fw.data.name}, catalogue ${fw.data.frameworkVersion}`,
        shortName: short('U4SSC KPIs'),
        periodType: 'Yearly',
        dataSetElements: fw.data.kpis.map((k) => ({ dataElement: ref(dataElementCode(k)), dataSet: ref(DHIS2_DATASET) })),
      },
    ],
  };
}

export interface Dhis2DataValue {
  dataElement: string;
  period: string;
  orgUnit: string;
  categoryOptionCombo: string;
  value?: string;
  comment?: string;
}

/** The provenance comment of a data value: status first, the source last (it may hold anything but a line break). */
function comment(status: Status, quality: Quality | undefined, year: number | null | undefined, source: string | undefined): string {
  const parts = [`status=${status}`];
  if (quality) parts.push(`quality=${quality}`);
  if (year !== undefined && year !== null) parts.push(`year=${year}`);
  if (source) parts.push(`source=${source.replace(/[\r\n]+/g, ' ')}`);
  return parts.join('; ');
}

function dataValue(ref: DatapointRef, item: ItemResult, a: AssessmentInput & AssessmentAbout): Dhis2DataValue {
  const entry = a.values[ref.id] ?? {};
  const usable = (item.state === 'scored' || item.state === 'unbenchmarked') && item.value !== null;
  const value = !usable ? undefined : ref.def.formula.kind === 'yesno' ? String(item.value === 1) : String(item.value);
  return {
    dataElement: dataElementCode(ref.kpi),
    period: a.year === undefined ? '' : String(a.year),
    orgUnit: sdmxId(a.city ?? ''),
    categoryOptionCombo: cocCode(ref),
    ...(value !== undefined && { value }),
    comment: comment(item.state === 'invalid' ? 'not-reported' : item.status, entry.quality, entry.year, entry.source),
  };
}

/** The data value set (DHIS2's `/api/dataValueSets?idScheme=CODE`) of one or more assessments. */
export function dhis2DataValueSet(fw: Framework, assessments: readonly { about: AssessmentInput & AssessmentAbout; scores: Scores }[]) {
  return {
    dataSet: DHIS2_DATASET,
    dataValues: assessments.flatMap(({ about, scores }) => {
      const items = new Map(scores.items.map((i) => [i.id, i]));
      return fw.datapoints.map((ref) => dataValue(ref, items.get(ref.id)!, about));
    }),
  };
}

/** The comment's fields: `status`, `quality`, `year` and `source` (the rest of the comment after `source=`). */
export function commentFields(text: string): Partial<Record<'status' | 'quality' | 'year' | 'source', string>> {
  const out: Partial<Record<'status' | 'quality' | 'year' | 'source', string>> = {};
  const at = text.indexOf('source=');
  const head = at >= 0 ? text.slice(0, at) : text;
  if (at >= 0) out.source = text.slice(at + 'source='.length);
  for (const part of head.split(';')) {
    const m = /^\s*(status|quality|year)=(.*)$/.exec(part);
    if (m) out[m[1] as 'status' | 'quality' | 'year'] = m[2].trim();
  }
  return out;
}

/**
 * A data value set (parsed JSON) as a values table for the values reader, which then names each problem
 * by its data value (row = its position, 1-based, plus one for the header): an unknown data element or
 * category option combo, a value that is not a number, the same data point twice. A value set of several
 * organisation units or periods repeats its data points. `null` when it is not a data value set.
 */
export function dhis2AsValues(json: unknown, fw: Framework): ValuesTableSource | null {
  const values = (json as { dataValues?: unknown })?.dataValues;
  if (!Array.isArray(values)) return null;
  const byElement = new Map(fw.data.kpis.map((k) => [dataElementCode(k), k]));
  const records: TableCell[][] = [[...VALUES_COLUMNS]];
  const lines = [1];
  values.forEach((raw, i) => {
    const v = (raw ?? {}) as Record<string, unknown>;
    const text = (x: unknown) => (typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? String(x) : '');
    const element = text(v.dataElement);
    const kpi = byElement.get(element);
    const coc = text(v.categoryOptionCombo);
    const def = kpi?.datapoints.find((d) => cocCode({ kpi, def: d }) === coc);
    const c = commentFields(text(v.comment));
    let value = text(v.value);
    if (def?.direction === 'yesno' && (value === 'true' || value === 'false')) value = value === 'true' ? 'yes' : 'no';
    const status = c.status && (STATUSES as readonly string[]).includes(c.status) ? (c.status === 'reported' ? '' : c.status) : (c.status ?? '');
    const record: Record<string, string> = {
      code: kpi ? kpi.code : element,
      datapoint: def ? def.key : kpi && kpi.datapoints.length === 1 && coc === DHIS2_DEFAULT_COC ? '' : coc,
      value,
      status,
      quality: c.quality ?? '',
      source: c.source ?? '',
      year: c.year ?? '',
    };
    records.push(VALUES_COLUMNS.map((col) => record[col] ?? ''));
    lines.push(i + 2);
  });
  return { records, lines };
}
