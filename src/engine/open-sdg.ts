/**
 * Open SDG: an assessment's values in Open SDG's data layout, so a city's Open SDG site can publish them.
 * One CSV per KPI, `data/indicator_<id>.csv` with `Year`, the disaggregations (`City`, `Series` for the
 * data point), `Units`, `GeoCode` and `Value`, and its metadata `meta/<id>.md` (YAML front matter:
 * name, definition, units, the U4SSC code, the linked SDG targets from the catalogue, the reporting
 * status and the data points not applicable). The id is the KPI code in lower case with dashes
 * (`EC: ICT: ICT: 1C` → `ec-ict-ict-1c`).
 *
 * Open SDG publishes values, not statuses: a data point not reported has no row; one not applicable is
 * listed in its KPI's metadata (`u4ssc_not_applicable`), so reading the files back gives the same scores.
 * Pure: the files as text by path; the zip is src/share/open-sdg-zip.ts.
 */
import { readCsv, VALUES_COLUMNS, writeCsv, type TableCell, type ValuesTableSource } from './csv';
import type { Framework } from './framework';
import { sdmxId } from './sdmx';
import type { AssessmentInput, KpiDef, Scores } from './types';
import type { AssessmentAbout } from './results-table';

export const OPEN_SDG_COLUMNS = ['Year', 'City', 'Series', 'Units', 'GeoCode', 'Value'] as const;

export const openSdgId = (code: string): string => code.toLowerCase().replace(/[^a-z0-9]+/g, '-');
export const openSdgDataPath = (kpi: KpiDef): string => `data/indicator_${openSdgId(kpi.code)}.csv`;
export const openSdgMetaPath = (kpi: KpiDef): string => `meta/${openSdgId(kpi.code)}.md`;

/** The Series of a data point: its label as printed (`PM2.5`), the KPI's name for a KPI with one data point. */
const seriesOf = (kpi: KpiDef, key: string) => (key === '' ? kpi.name : key);

/** A YAML scalar in single quotes (the one YAML string form with a single escape: '' for '), on one line. */
const yaml = (text: string) => `'${text.replace(/[\r\n]+/g, ' ').replace(/'/g, "''")}'`;

/** The files of the Open SDG layout for one or more assessments (each KPI's file holds every assessment's rows). */
export function openSdgFiles(fw: Framework, assessments: readonly { about: AssessmentInput & AssessmentAbout; scores: Scores }[]): Map<string, string> {
  const files = new Map<string, string>();
  const itemsOf = assessments.map((a) => new Map(a.scores.items.map((i) => [i.id, i])));
  for (const kpi of fw.data.kpis) {
    const rows: string[][] = [[...OPEN_SDG_COLUMNS]];
    const notApplicable = new Set<string>();
    const sources = new Set<string>();
    assessments.forEach(({ about }, n) => {
      for (const def of kpi.datapoints) {
        const id = `${kpi.code}|${def.key}`;
        const item = itemsOf[n].get(id)!;
        if (item.state === 'not-applicable') notApplicable.add(def.key === '' ? kpi.name : def.key);
        const usable = (item.state === 'scored' || item.state === 'unbenchmarked') && item.value !== null;
        if (!usable) continue;
        const source = about.values[id]?.source;
        if (source) sources.add(source.replace(/[\r\n]+/g, ' '));
        rows.push([
          about.year === undefined ? '' : String(about.year),
          about.city ?? '',
          seriesOf(kpi, def.key),
          def.unit,
          sdmxId(about.city ?? ''),
          String(item.value),
        ]);
      }
    });
    files.set(openSdgDataPath(kpi), writeCsv(rows));
    const units = [...new Set(kpi.datapoints.map((d) => d.unit))].join('; ');
    const meta = [
      '---',
      `indicator_number: ${yaml(openSdgId(kpi.code))}`,
      `indicator_name: ${yaml(kpi.name)}`,
      `indicator_definition: ${yaml(kpi.definition)}`,
      `computation_units: ${yaml(units)}`,
      `u4ssc_code: ${yaml(kpi.code)}`,
      `u4ssc_tier: ${yaml(kpi.tier)}`,
      `sdg_related: ${yaml(kpi.sdg.join('; '))}`,
      `reporting_status: ${rows.length > 1 ? 'complete' : 'notstarted'}`,
      'data_non_statistical: false',
      'graph_type: line',
      `national_geographical_coverage: ${yaml([...new Set(assessments.map((a) => a.about.city ?? ''))].join('; '))}`,
      ...(sources.size > 0 ? ['source_active_1: true', `source_organisation_1: ${yaml([...sources].join('; '))}`] : []),
      `u4ssc_not_applicable: ${yaml([...notApplicable].join('; '))}`,
      '---',
      '',
    ];
    files.set(openSdgMetaPath(kpi), meta.join('\n'));
  }
  return files;
}

/** A front-matter field of a metadata file, as written above (a single-quoted scalar), or null. */
function metaField(text: string, field: string): string | null {
  const m = new RegExp(`^${field}: '((?:[^']|'')*)'\\s*$`, 'm').exec(text);
  return m ? m[1].replace(/''/g, "'") : null;
}

/**
 * The files of the Open SDG layout as a values table for the values reader (one record per row of a
 * KPI's CSV, plus the data points its metadata lists as not applicable). A file of a KPI the catalogue
 * does not have is passed under its id so the reader names it; rows of several cities or years repeat
 * their data points. `null` when no `data/indicator_*.csv` is there.
 */
export function openSdgAsValues(
  files: ReadonlyMap<string, string>,
  fw: Framework,
): ValuesTableSource | { error: NonNullable<ReturnType<typeof readCsv>['error']> } | null {
  const byId = new Map(fw.data.kpis.map((k) => [openSdgId(k.code), k]));
  const data = [...files.keys()].filter((p) => /(^|\/)data\/indicator_[^/]+\.csv$/.test(p)).sort();
  if (data.length === 0) return null;
  const records: TableCell[][] = [[...VALUES_COLUMNS]];
  const lines = [1];
  const record = (fields: Record<string, string>) => VALUES_COLUMNS.map((c) => fields[c] ?? '');
  for (const path of data) {
    const id = /indicator_([^/]+)\.csv$/.exec(path)![1];
    const kpi = byId.get(id);
    const { records: rows, lines: rowLines, error } = readCsv(files.get(path)!.replace(/^\ufeff/, ''), { separator: ',' });
    if (error) return { error };
    const head = (rows[0] ?? []).map((c) => c.trim());
    const at = (c: string) => head.indexOf(c);
    for (let r = 1; r < rows.length; r++) {
      const cell = (c: string) => (at(c) < 0 ? '' : (rows[r][at(c)] ?? '').trim());
      if (rows[r].every((c) => c.trim() === '')) continue;
      const series = cell('Series');
      const def = kpi?.datapoints.find((d) => seriesOf(kpi, d.key) === series);
      let value = cell('Value');
      if (def?.direction === 'yesno' && (value === '1' || value === '0')) value = value === '1' ? 'yes' : 'no';
      records.push(record({ code: kpi ? kpi.code : id, datapoint: def ? def.key : series === kpi?.name ? '' : series, value }));
      lines.push(rowLines[r]);
    }
    const meta = kpi ? files.get(path.replace(/data\/indicator_[^/]+\.csv$/, `meta/${id}.md`)) : undefined;
    const na = meta ? (metaField(meta, 'u4ssc_not_applicable') ?? '') : '';
    for (const series of na.split('; ').filter((s) => s !== '')) {
      const def = kpi!.datapoints.find((d) => seriesOf(kpi!, d.key) === series);
      records.push(record({ code: kpi!.code, datapoint: def ? def.key : series, status: 'not-applicable' }));
      lines.push(1);
    }
  }
  return { records, lines };
}
