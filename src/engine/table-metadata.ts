/**
 * Descriptors of the two tables the workbench writes for other tools, the values CSV and the tidy scores
 * table: a Frictionless Data Package (`datapackage.json`, Table Schema field types and constraints) and
 * CSV on the Web metadata (`csv-metadata.json`, W3C CSVW), so validators and loaders (frictionless,
 * csvw, DuckDB, R, pandas) take each column with its type. The column lists are the writers' own
 * (`VALUES_COLUMNS`, `TIDY_COLUMNS`), so a new column fails the test until it has its type here.
 *
 * Numbers of the values CSV are typed as text: the file keeps what was typed (text that is not a number,
 * `none` for no target) so that nothing is lost; the tidy table holds only computed numbers. Pure.
 */
import { QUALITIES, STATUSES } from './assessment';
import { VALUES_COLUMNS } from './csv';
import { TIDY_COLUMNS } from './results-table';

type FieldType = 'string' | 'number' | 'integer';
interface Field {
  type: FieldType;
  description: string;
  enum?: readonly string[];
  required?: boolean;
}

const VALUES_FIELDS: Record<(typeof VALUES_COLUMNS)[number], Field> = {
  code: { type: 'string', description: 'U4SSC KPI code as printed, e.g. "EC: ICT: ICT: 1C"', required: true },
  datapoint: { type: 'string', description: 'Data point of the KPI (e.g. "PM2.5"); blank for a KPI with one data point' },
  numerator: { type: 'string', description: 'Raw numerator input: a number, or text kept as typed' },
  denominator: { type: 'string', description: 'Raw denominator input (or the city profile value it reads): a number, or text kept as typed' },
  value: { type: 'string', description: 'Value reported directly (wins over the inputs); yes/no for yes/no data points' },
  target: { type: 'string', description: 'Blank: the reference target; a number overrides it; "none": no benchmark' },
  status: { type: 'string', description: 'Reporting status; blank: reported if a value can be computed', enum: STATUSES },
  quality: { type: 'string', description: 'U4SSC data-quality grade', enum: QUALITIES },
  source: { type: 'string', description: 'Source of the value' },
  year: { type: 'integer', description: 'Year the value refers to' },
  note: { type: 'string', description: 'Note' },
};

const TIDY_FIELDS: Record<(typeof TIDY_COLUMNS)[number], Field> = {
  assessment_id: { type: 'string', description: 'Id of the assessment' },
  city: { type: 'string', description: 'City' },
  country: { type: 'string', description: 'Country' },
  year: { type: 'integer', description: 'Assessment year' },
  method: { type: 'string', description: 'Scoring method', enum: ['u4ssc-points', 'continuous'], required: true },
  level: { type: 'string', description: 'Row level', enum: ['overall', 'dimension', 'subdimension', 'category', 'datapoint'], required: true },
  code: { type: 'string', description: 'Code as printed: overall, SC, SC: EH, SC: EH: ED or a KPI code', required: true },
  datapoint: { type: 'string', description: 'Data point of the KPI (datapoint rows)' },
  dimension: { type: 'string', description: 'Dimension code' },
  subdimension: { type: 'string', description: 'Sub-dimension code' },
  category: { type: 'string', description: 'Category code' },
  name: { type: 'string', description: 'Name of the group, KPI or data point' },
  value: { type: 'number', description: 'Value the engine computed (yes/no: 1/0)' },
  target: { type: 'number', description: 'Target in force' },
  target_origin: { type: 'string', description: 'Where the target comes from', enum: ['reference', 'override', 'own', 'none'] },
  achievement: { type: 'number', description: 'Achievement as a ratio of the target (1 = 100 %)' },
  percent: { type: 'number', description: 'Score of the group in percent of its maximum' },
  points: { type: 'integer', description: 'U4SSC points (1-4 for a data point; pooled for a group)' },
  max_points: { type: 'integer', description: 'Maximum points of the group (4 x scored data points)' },
  band: { type: 'integer', description: 'Band 1-4 (0-33 %, 33-66 %, 66-95 %, 95 %+)' },
  band_label: { type: 'string', description: 'Band as a range of achievement' },
  status: { type: 'string', description: 'Reporting status', enum: STATUSES },
  state: { type: 'string', description: 'Scoring state', enum: ['scored', 'unbenchmarked', 'not-reported', 'not-applicable', 'invalid'] },
  reported: { type: 'integer', description: 'Data points with a usable reported value' },
  benchmarked: { type: 'integer', description: 'Data points reported and benchmarked (scored)' },
  expected: { type: 'integer', description: 'Data points that apply' },
  framework: {
    type: 'string',
    description:
      'Id of the framework the row belongs to: the U4SSC catalogue (u4ssc-kpi) or the framework file it was scored under; for an assessment naming a framework file, that file (its own aggregates when it is a selection of U4SSC, and its local KPIs)',
    required: true,
  },
};

export type TableKind = 'values' | 'scores';
const TABLES: Record<TableKind, { columns: readonly string[]; fields: Record<string, Field>; title: string }> = {
  values: { columns: VALUES_COLUMNS, fields: VALUES_FIELDS, title: 'U4SSC values: one row per data point' },
  scores: { columns: TIDY_COLUMNS, fields: TIDY_FIELDS, title: 'U4SSC scores: one row per assessment and data point or aggregate' },
};

/** Column names and types of a table, in the order its writer writes them. */
export const tableFields = (kind: TableKind): { name: string; field: Field }[] =>
  TABLES[kind].columns.map((name) => ({ name, field: TABLES[kind].fields[name] }));

export interface TableFile {
  kind: TableKind;
  /** Path of the CSV relative to the descriptor. */
  path: string;
}

const resourceName = (path: string) =>
  path
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'table';

/** A Frictionless Data Package (v1) describing the tables: UTF-8 CSV with a header, a comma, `.` decimals, blank for none. */
export function dataPackage(files: readonly TableFile[], name = 'u4ssc-assessment'): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name,
    title: 'U4SSC KPI assessment (SSC Workbench)',
    resources: files.map((f) => ({
      profile: 'tabular-data-resource',
      name: resourceName(f.path),
      path: f.path,
      title: TABLES[f.kind].title,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', doubleQuote: true, header: true },
      schema: {
        missingValues: [''],
        fields: tableFields(f.kind).map(({ name: n, field }) => ({
          name: n,
          type: field.type,
          description: field.description,
          ...((field.enum || field.required) && { constraints: { ...(field.required && { required: true }), ...(field.enum && { enum: field.enum }) } }),
        })),
      },
    })),
  };
}

const CSVW_TYPES: Record<FieldType, string> = { string: 'string', number: 'double', integer: 'integer' };

/** CSV on the Web metadata (W3C CSVW) for the same tables. */
export function csvwMetadata(files: readonly TableFile[]): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    tables: files.map((f) => ({
      url: f.path,
      'dc:title': TABLES[f.kind].title,
      dialect: { delimiter: ',', doubleQuote: true, header: true, encoding: 'utf-8' },
      tableSchema: {
        columns: tableFields(f.kind).map(({ name: n, field }) => ({
          name: n,
          titles: n,
          // The codes are letters, digits and dashes: no sign of a regular expression to escape.
          datatype: field.enum ? { base: 'string', format: `^(${field.enum.join('|')})$` } : CSVW_TYPES[field.type],
          'dc:description': field.description,
          ...(field.required && { required: true }),
        })),
      },
    })),
  };
}
