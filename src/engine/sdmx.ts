/**
 * SDMX: the U4SSC data structure (a DSD of this workbench's own agency, `SSCWB`, never presented as
 * ITU's) and an assessment's values as SDMX observations, written as SDMX-CSV (version 1, for SDMX 2.1)
 * and SDMX-ML 2.1 structure-specific data, and SDMX-CSV read back as a values table.
 *
 * One observation per assessment × data point: dimensions REF_AREA (the city), KPI (`EC_ICT_ICT_1C`),
 * DATA_POINT (`_T` for a KPI with one data point, `PM2_5` …) and TIME_PERIOD (the assessment year); the
 * value is the KPI value the engine computed. Not-reported and not-applicable data points are
 * observations with no value and an OBS_STATUS (`O` missing, `M` cannot exist), never zeros.
 *
 * Everything is generated from the catalogue as it is loaded (names, units, SDG links), so a catalogue
 * update changes the structure file (`scripts/sdmx-structure.ts` writes public/sdmx/u4ssc-structure.xml;
 * a test says when it is out of date). Pure: no DOM, no library.
 */
import { tablesLine, type Provenance } from './provenance';
import { type AssessmentAbout } from './results-table';
import { readCsv, VALUES_COLUMNS, writeCsv, type TableCell, type ValuesTableSource } from './csv';
import type { DatapointRef, Framework } from './framework';
import { REVIEW_STATES, reviewOf, type CycleDoc, type ReviewState } from './review';
import type { AssessmentInput, ItemResult, Quality, Scores } from './types';

export const SDMX_AGENCY = 'SSCWB';
export const SDMX_VERSION = '1.0';
export const SDMX_DSD = 'DSD_U4SSC';
export const SDMX_DATAFLOW = 'DF_U4SSC';
export const SDMX_CONCEPTS = 'CS_U4SSC';
/** SDMX's code for a total: the one data point of a single-point KPI. */
export const SDMX_TOTAL = '_T';
/** The dataflow as SDMX-CSV's first column names it. */
export const SDMX_DATAFLOW_REF = `${SDMX_AGENCY}:${SDMX_DATAFLOW}(${SDMX_VERSION})`;

/** Dimensions in key order; TIME_PERIOD is the time dimension. */
export const SDMX_DIMENSIONS = ['REF_AREA', 'KPI', 'DATA_POINT', 'TIME_PERIOD'] as const;
export const SDMX_ATTRIBUTES = [
  'UNIT_MEASURE',
  'UNIT_MULT',
  'OBS_STATUS',
  'NATURE',
  'DATA_QUALITY',
  'SOURCE_DETAIL',
  'TIME_DETAIL',
  'VERIFICATION_STATE',
  'SDG_INDICATOR',
] as const;
export const SDMX_CSV_COLUMNS = ['DATAFLOW', ...SDMX_DIMENSIONS, 'OBS_VALUE', ...SDMX_ATTRIBUTES] as const;

export type SdmxColumn = (typeof SDMX_DIMENSIONS)[number] | 'OBS_VALUE' | (typeof SDMX_ATTRIBUTES)[number];
/** One observation: a value per component, `''` where the component has none. */
export type SdmxObservation = Record<SdmxColumn, string>;

/**
 * Text as an SDMX id (`[A-Za-z0-9_]`): accents dropped, `%` and `µ` spelled out, every other run of
 * signs one underscore, upper case. `EC: ICT: ICT: 1C` → `EC_ICT_ICT_1C`, `PM2.5` → `PM2_5`.
 */
export function sdmxId(text: string): string {
  const id = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/%/g, ' PERCENT ')
    .replace(/[µμ]/g, 'MICRO')
    .replace(/²/g, '2')
    .replace(/³/g, '3')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  return id === '' ? 'UNKNOWN' : id;
}

export const kpiSdmxId = (code: string): string => sdmxId(code);
export const datapointSdmxId = (key: string): string => (key === '' ? SDMX_TOTAL : sdmxId(key));

/** SDMX's observation status (CL_OBS_STATUS) for the three U4SSC statuses; `O` also marks a value the engine rejected. */
export const OBS_STATUS = { reported: 'A', 'not-reported': 'O', 'not-applicable': 'M' } as const;
const OBS_STATUS_NAMES: Record<string, string> = { A: 'Normal value', O: 'Missing value', M: 'Missing value; data cannot exist' };

/**
 * NATURE (the SDG data structure's codes) from the U4SSC data-quality grade: measured by the city `C`,
 * extrapolated or a personal estimate `E`, an estimate based on assumptions `M` (modelled), unknown `NA`.
 */
export const NATURE_OF: Record<Quality, string> = {
  accurate: 'C',
  survey: 'E',
  'higher-level': 'E',
  assumption: 'M',
  personal: 'E',
  unknown: 'NA',
};
const NATURE_NAMES: Record<string, string> = { C: 'Country data', E: 'Estimated data', M: 'Modelled data', NA: 'Not available' };

/** The six U4SSC grades (VM22-p163), as worded in the Verification Manual. */
export const QUALITY_NAMES: Record<Quality, string> = {
  accurate: 'Accurate measurement',
  survey: 'Extrapolated from an inhabitant survey',
  'higher-level': 'Extrapolated from higher-level data',
  assumption: 'Estimate based on assumptions',
  personal: 'Personal estimate',
  unknown: 'Unknown/not traceable',
};

/** The grades as SDMX ids (`higher-level` → `HIGHER_LEVEL`). */
const QUALITY_IDS = Object.fromEntries(Object.keys(QUALITY_NAMES).map((q) => [q, sdmxId(q)])) as Record<Quality, string>;

const VERIFICATION_NAMES: Record<ReviewState, string> = {
  draft: 'Draft',
  submitted: 'Submitted for verification',
  queried: 'Queried by the verifier',
  answered: 'Query answered',
  verified: 'Verified',
  'not-verifiable': 'Not verifiable',
};

/** Every unit of the catalogue once, by its SDMX id. */
function unitsOf(fw: Framework): Map<string, string> {
  const units = new Map<string, string>();
  for (const ref of fw.datapoints) units.set(sdmxId(ref.def.unit), ref.def.unit);
  return units;
}

/** An assessment to write: its inputs and identity (a stored document also has its review stamps), and its scores. */
export interface SdmxAssessment {
  about: AssessmentInput & AssessmentAbout & Partial<CycleDoc>;
  scores: Scores;
}

/** A number as SDMX writes it: JavaScript's shortest round-trip form, a point, no grouping. */
const numberText = (v: number): string => String(v);

/** The ids of a data point that do not depend on the assessment, computed once per framework (112 000 observations for 1 000 cities). */
const refIds = new WeakMap<Framework, Map<string, Pick<SdmxObservation, 'KPI' | 'DATA_POINT' | 'UNIT_MEASURE' | 'SDG_INDICATOR'>>>();
function idsOf(fw: Framework) {
  let ids = refIds.get(fw);
  if (!ids) {
    ids = new Map(
      fw.datapoints.map((ref) => [
        ref.id,
        { KPI: kpiSdmxId(ref.kpi.code), DATA_POINT: datapointSdmxId(ref.def.key), UNIT_MEASURE: sdmxId(ref.def.unit), SDG_INDICATOR: ref.kpi.sdg.join('; ') },
      ]),
    );
    refIds.set(fw, ids);
  }
  return ids;
}

/** The profile field a ratio data point divides by, if it does. */
const profileDenominator = (ref: DatapointRef): string | undefined => {
  const f = ref.def.formula;
  return f.kind === 'ratio' && 'profile' in f.denominator ? f.denominator.profile : undefined;
};

/** The observation of one data point of one assessment. */
function observation(ref: DatapointRef, item: ItemResult, a: SdmxAssessment['about'], area: string, ids: ReturnType<typeof idsOf>): SdmxObservation {
  const entry = a.values[ref.id] ?? {};
  const scorable = item.state === 'scored' || item.state === 'unbenchmarked';
  const status = item.state === 'invalid' ? 'O' : OBS_STATUS[item.status];
  const hasReview = a.review !== undefined || a.catalogueReview !== undefined;
  const { KPI, DATA_POINT, UNIT_MEASURE, SDG_INDICATOR } = ids.get(ref.id)!;
  return {
    REF_AREA: area,
    KPI,
    DATA_POINT,
    TIME_PERIOD: a.year === undefined ? '' : String(a.year),
    OBS_VALUE: scorable && item.value !== null ? numberText(item.value) : '',
    UNIT_MEASURE,
    UNIT_MULT: '0',
    OBS_STATUS: status,
    NATURE: entry.quality ? NATURE_OF[entry.quality] : '',
    DATA_QUALITY: entry.quality ? QUALITY_IDS[entry.quality] : '',
    // Nothing typed: the statistics tables its figures were filled from (format 8), when the assessment has any.
    SOURCE_DETAIL: entry.source ?? tablesLine({ ...a, provenance: (a as { provenance?: Provenance }).provenance }, ref.id, profileDenominator(ref)),
    TIME_DETAIL: entry.year === undefined || entry.year === null ? '' : String(entry.year),
    // A values file has no review stamps: its data points are drafts, which is what every one is until submitted.
    VERIFICATION_STATE: hasReview ? sdmxId(reviewOf(a as CycleDoc, ref).state) : 'DRAFT',
    SDG_INDICATOR,
  };
}

/** The observations of one or more assessments, in catalogue order within each. */
export function sdmxObservations(fw: Framework, assessments: readonly SdmxAssessment[]): SdmxObservation[] {
  const ids = idsOf(fw);
  return assessments.flatMap(({ about, scores }) => {
    const items = new Map(scores.items.map((i) => [i.id, i]));
    const area = sdmxId(about.city ?? '');
    return fw.datapoints.map((ref) => observation(ref, items.get(ref.id)!, about, area, ids));
  });
}

/** SDMX-CSV (version 1, the SDMX 2.1 flavour): the dataflow first, then the dimensions, the value and the attributes. */
export function sdmxCsv(fw: Framework, assessments: readonly SdmxAssessment[]): string {
  const rows = sdmxObservations(fw, assessments).map((o) => [SDMX_DATAFLOW_REF, ...SDMX_CSV_COLUMNS.slice(1).map((c) => o[c as SdmxColumn])]);
  return writeCsv([[...SDMX_CSV_COLUMNS], ...rows]);
}

// ---------------------------------------------------------------------------------------------------
// SDMX-ML 2.1

const NS = {
  message: 'http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message',
  structure: 'http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure',
  common: 'http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common',
  ss: 'http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};
const DSD_URN = `urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=${SDMX_AGENCY}:${SDMX_DSD}(${SDMX_VERSION})`;

/** Text for an XML attribute or element: the five special characters escaped, characters XML cannot hold dropped. */
export function xmlText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const header = (id: string, prepared: string) =>
  `<mes:Header><mes:ID>${xmlText(id)}</mes:ID><mes:Test>false</mes:Test><mes:Prepared>${prepared}</mes:Prepared><mes:Sender id="${SDMX_AGENCY}"/>`;

/**
 * SDMX-ML 2.1 structure-specific data: one series per city × KPI × data point, the year at observation
 * level, every attribute on the observation. `prepared` is the message's time (ISO 8601).
 */
export function sdmxStructureSpecific(fw: Framework, assessments: readonly SdmxAssessment[], prepared: string): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<mes:StructureSpecificData xmlns:mes="${NS.message}" xmlns:com="${NS.common}" xmlns:ss="${NS.ss}" xmlns:xsi="${NS.xsi}" xmlns:ns1="${DSD_URN}:ObsLevelDim:TIME_PERIOD">`,
    header('U4SSC_DATA', prepared) +
      `<mes:Structure structureID="${SDMX_DSD}" namespace="${DSD_URN}:ObsLevelDim:TIME_PERIOD" dimensionAtObservation="TIME_PERIOD">` +
      `<com:Structure><Ref agencyID="${SDMX_AGENCY}" id="${SDMX_DSD}" version="${SDMX_VERSION}"/></com:Structure></mes:Structure></mes:Header>`,
    `<mes:DataSet ss:dataScope="DataStructure" xsi:type="ns1:DataSetType" ss:structureRef="${SDMX_DSD}">`,
  ];
  const attr = (name: string, value: string) => (value === '' ? '' : ` ${name}="${xmlText(value)}"`);
  for (const o of sdmxObservations(fw, assessments)) {
    const obs = ['TIME_PERIOD', 'OBS_VALUE', ...SDMX_ATTRIBUTES].map((c) => attr(c, o[c as SdmxColumn])).join('');
    out.push(`<Series${attr('REF_AREA', o.REF_AREA)}${attr('KPI', o.KPI)}${attr('DATA_POINT', o.DATA_POINT)}><Obs${obs}/></Series>`);
  }
  out.push('</mes:DataSet>', '</mes:StructureSpecificData>', '');
  return out.join('\n');
}

const name = (text: string) => `<com:Name xml:lang="en">${xmlText(text)}</com:Name>`;
const description = (text: string) => (text === '' ? '' : `<com:Description xml:lang="en">${xmlText(text)}</com:Description>`);
const maintainable = (id: string) => `id="${id}" agencyID="${SDMX_AGENCY}" version="${SDMX_VERSION}" isFinal="false"`;
const annotation = (type: string, text: string) =>
  `<com:Annotation><com:AnnotationType>${type}</com:AnnotationType><com:AnnotationText xml:lang="en">${xmlText(text)}</com:AnnotationText></com:Annotation>`;

function codelist(id: string, title: string, codes: readonly { id: string; name: string; description?: string; annotations?: [string, string][] }[]): string {
  const items = codes.map((c) => {
    const notes = (c.annotations ?? []).filter(([, t]) => t !== '');
    const annotations = notes.length === 0 ? '' : `<com:Annotations>${notes.map(([t, x]) => annotation(t, x)).join('')}</com:Annotations>`;
    return `<str:Code id="${c.id}">${annotations}${name(c.name)}${description(c.description ?? '')}</str:Code>`;
  });
  return [`<str:Codelist ${maintainable(id)}>${name(title)}`, ...items, '</str:Codelist>'].join('\n');
}

const CONCEPTS: Record<SdmxColumn, string> = {
  REF_AREA: 'Reporting area (the city)',
  KPI: 'U4SSC key performance indicator',
  DATA_POINT: 'Data point of the KPI',
  TIME_PERIOD: 'Assessment year',
  OBS_VALUE: 'Observation value',
  UNIT_MEASURE: 'Unit of measure',
  UNIT_MULT: 'Unit multiplier',
  OBS_STATUS: 'Observation status',
  NATURE: 'Nature of data',
  DATA_QUALITY: 'U4SSC data-quality grade',
  SOURCE_DETAIL: 'Source of the value',
  TIME_DETAIL: 'Year the value refers to',
  VERIFICATION_STATE: 'Verification state',
  SDG_INDICATOR: 'Linked SDG targets or indicators',
};

const CODED: Partial<Record<SdmxColumn, string>> = {
  KPI: 'CL_U4SSC_KPI',
  DATA_POINT: 'CL_U4SSC_DATA_POINT',
  UNIT_MEASURE: 'CL_U4SSC_UNIT',
  UNIT_MULT: 'CL_UNIT_MULT',
  OBS_STATUS: 'CL_OBS_STATUS',
  NATURE: 'CL_NATURE',
  DATA_QUALITY: 'CL_U4SSC_DATA_QUALITY',
  VERIFICATION_STATE: 'CL_U4SSC_VERIFICATION',
};
const MANDATORY = new Set<SdmxColumn>(['UNIT_MEASURE', 'UNIT_MULT', 'OBS_STATUS']);

function component(id: SdmxColumn, textType = 'String'): string {
  const concept = `<str:ConceptIdentity><Ref id="${id}" maintainableParentID="${SDMX_CONCEPTS}" maintainableParentVersion="${SDMX_VERSION}" agencyID="${SDMX_AGENCY}" class="Concept" package="conceptscheme"/></str:ConceptIdentity>`;
  const list = CODED[id];
  const representation = list
    ? `<str:LocalRepresentation><str:Enumeration><Ref id="${list}" version="${SDMX_VERSION}" agencyID="${SDMX_AGENCY}" class="Codelist" package="codelist"/></str:Enumeration></str:LocalRepresentation>`
    : `<str:LocalRepresentation><str:TextFormat textType="${textType}"/></str:LocalRepresentation>`;
  return concept + representation;
}

/**
 * The SDMX-ML 2.1 structure message: the dataflow, the codelists (KPIs with their SDG links as
 * annotations, data points, units and the status, nature, quality and verification codes), the concept
 * scheme and the data structure. `prepared` is the message's time (ISO 8601).
 */
export function sdmxStructure(fw: Framework, prepared: string): string {
  const kpis = fw.datapoints
    .filter((ref) => ref.def === ref.kpi.datapoints[0])
    .map((ref) => ({
      id: kpiSdmxId(ref.kpi.code),
      name: ref.kpi.name,
      description: ref.kpi.definition,
      annotations: [
        ['U4SSC_CODE', ref.kpi.code],
        ['SDG_INDICATOR', ref.kpi.sdg.join('; ')],
        ['U4SSC_CATEGORY', ref.kpi.category],
        ['U4SSC_TIER', ref.kpi.tier],
      ] as [string, string][],
    }));
  const points = new Map<string, string>([[SDMX_TOTAL, 'Total (the KPI has one data point)']]);
  for (const ref of fw.datapoints) if (ref.def.key !== '') points.set(datapointSdmxId(ref.def.key), ref.def.key);
  const units = [...unitsOf(fw)].map(([id, unit]) => ({ id, name: unit }));
  const codes = (m: Record<string, string>) => Object.entries(m).map(([id, n]) => ({ id, name: n }));

  const dimensions = SDMX_DIMENSIONS.map((d, i) =>
    d === 'TIME_PERIOD'
      ? `<str:TimeDimension id="${d}" position="${i + 1}">${component(d, 'ObservationalTimePeriod')}</str:TimeDimension>`
      : `<str:Dimension id="${d}" position="${i + 1}">${component(d)}</str:Dimension>`,
  );
  const attributes = SDMX_ATTRIBUTES.map(
    (a) =>
      `<str:Attribute id="${a}" assignmentStatus="${MANDATORY.has(a) ? 'Mandatory' : 'Conditional'}">${component(a)}` +
      `<str:AttributeRelationship><str:PrimaryMeasure><Ref id="OBS_VALUE"/></str:PrimaryMeasure></str:AttributeRelationship></str:Attribute>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<mes:Structure xmlns:mes="${NS.message}" xmlns:str="${NS.structure}" xmlns:com="${NS.common}">`,
    header('U4SSC_STRUCTURE', prepared) + '</mes:Header>',
    '<mes:Structures>',
    `<str:Dataflows><str:Dataflow ${maintainable(SDMX_DATAFLOW)}>${name(`${fw.data.name} (SSC Workbench)`)}` +
      `<str:Structure><Ref id="${SDMX_DSD}" version="${SDMX_VERSION}" agencyID="${SDMX_AGENCY}" class="DataStructure" package="datastructure"/></str:Structure></str:Dataflow></str:Dataflows>`,
    '<str:Codelists>',
    codelist('CL_U4SSC_KPI', `U4SSC KPIs, catalogue ${fw.data.id} ${fw.data.frameworkVersion}`, kpis),
    codelist(
      'CL_U4SSC_DATA_POINT',
      'Data points of U4SSC KPIs',
      [...points].map(([id, n]) => ({ id, name: n })),
    ),
    codelist('CL_U4SSC_UNIT', 'Units of U4SSC KPIs', units),
    codelist('CL_UNIT_MULT', 'Unit multiplier', [{ id: '0', name: 'Units' }]),
    codelist('CL_OBS_STATUS', 'Observation status', codes(OBS_STATUS_NAMES)),
    codelist('CL_NATURE', 'Nature of data', codes(NATURE_NAMES)),
    codelist(
      'CL_U4SSC_DATA_QUALITY',
      'U4SSC data-quality grades',
      Object.entries(QUALITY_NAMES).map(([q, n]) => ({ id: sdmxId(q), name: n })),
    ),
    codelist(
      'CL_U4SSC_VERIFICATION',
      'Verification states of the U4SSC cycle',
      REVIEW_STATES.map((s) => ({ id: sdmxId(s), name: VERIFICATION_NAMES[s] })),
    ),
    '</str:Codelists>',
    `<str:Concepts><str:ConceptScheme ${maintainable(SDMX_CONCEPTS)}>${name('U4SSC concepts')}`,
    ...Object.entries(CONCEPTS).map(([id, n]) => `<str:Concept id="${id}">${name(n)}</str:Concept>`),
    '</str:ConceptScheme></str:Concepts>',
    `<str:DataStructures><str:DataStructure ${maintainable(SDMX_DSD)}>${name('U4SSC KPI values')}<str:DataStructureComponents>`,
    `<str:DimensionList id="DimensionDescriptor">${dimensions.join('')}</str:DimensionList>`,
    `<str:AttributeList id="AttributeDescriptor">`,
    ...attributes,
    '</str:AttributeList>',
    `<str:MeasureList id="MeasureDescriptor"><str:PrimaryMeasure id="OBS_VALUE">${component('OBS_VALUE', 'Double')}</str:PrimaryMeasure></str:MeasureList>`,
    '</str:DataStructureComponents></str:DataStructure></str:DataStructures>',
    '</mes:Structures>',
    '</mes:Structure>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Reading SDMX-CSV back

/** OBS_STATUS as the values table's status: missing codes tell which; any other (A, E, P …) leaves it to the value. */
const STATUS_OF_OBS: Record<string, string> = { A: '', M: 'not-applicable', O: 'not-reported', L: 'not-reported', Q: 'not-reported' };

/**
 * An SDMX-CSV of this structure as a values table (the values CSV's columns), for the values reader,
 * which then says every problem with its line: an unknown KPI or data point, a value that is not a
 * number, the same data point twice (a file of several cities or years). `null` when the header is not
 * SDMX-CSV of this structure (no KPI, DATA_POINT and OBS_VALUE columns).
 */
export function sdmxCsvAsValues(text: string, fw: Framework): ValuesTableSource | { error: NonNullable<ReturnType<typeof readCsv>['error']> } | null {
  const { records, lines, error } = readCsv(text, { known: SDMX_CSV_COLUMNS });
  if (error) return { error };
  // SDMX-CSV with labels (`labels=both`) writes `ID: label` in the header and in coded cells: the id is before the colon.
  const idOf = (c: string) => c.split(':')[0].trim();
  const head = (records[0] ?? []).map((c) => idOf(String(c)).toUpperCase());
  const at = (c: string) => head.indexOf(c);
  if (at('KPI') < 0 || at('DATA_POINT') < 0 || at('OBS_VALUE') < 0) return null;
  const kpis = new Map(fw.datapoints.map((ref) => [kpiSdmxId(ref.kpi.code), ref.kpi]));
  const out: TableCell[][] = [[...VALUES_COLUMNS]];
  const outLines = [lines[0]];
  for (let r = 1; r < records.length; r++) {
    const row = records[r].map((c) => String(c));
    const cell = (c: string) => (at(c) < 0 ? '' : (row[at(c)] ?? '').trim());
    if (row.every((c) => c.trim() === '')) continue;
    const kpi = kpis.get(idOf(cell('KPI')).toUpperCase());
    const pointId = idOf(cell('DATA_POINT')).toUpperCase();
    const def = kpi?.datapoints.find((d) => datapointSdmxId(d.key) === pointId);
    // An unknown id is passed as written, so the values reader names it.
    const key = def ? def.key : pointId === SDMX_TOTAL ? '' : cell('DATA_POINT');
    let value = cell('OBS_VALUE');
    if (def?.direction === 'yesno' && (value === '1' || value === '0')) value = value === '1' ? 'yes' : 'no';
    const obs = idOf(cell('OBS_STATUS')).toUpperCase();
    const quality = Object.keys(QUALITY_NAMES).find((q) => sdmxId(q) === idOf(cell('DATA_QUALITY')).toUpperCase()) ?? cell('DATA_QUALITY');
    const record: Record<string, string> = {
      code: kpi ? kpi.code : cell('KPI'),
      datapoint: key,
      value,
      status: obs in STATUS_OF_OBS ? STATUS_OF_OBS[obs] : obs,
      quality,
      source: cell('SOURCE_DETAIL'),
      year: cell('TIME_DETAIL'),
    };
    out.push(VALUES_COLUMNS.map((c) => record[c] ?? ''));
    outLines.push(lines[r]);
  }
  return { records: out, lines: outLines };
}
