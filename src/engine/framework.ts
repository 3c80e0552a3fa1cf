import type { CategoryDef, DataPointDef, DimensionDef, FrameworkData, KpiDef, SubdimensionDef } from './types';

/** A data point placed in the hierarchy, with the codes of every group it counts towards. */
export interface DatapointRef {
  /** `${kpi.code}|${def.key}`: unique within a framework, stable across versions of a document. */
  id: string;
  /** Position in catalogue order; the engine's arrays are indexed by it. */
  index: number;
  kpi: KpiDef;
  def: DataPointDef;
  dimension: DimensionDef;
  subdimension: SubdimensionDef;
  category: CategoryDef;
  path: { dimension: string; subdimension: string; category: string };
}

export interface GroupRef {
  code: string;
  name: string;
  level: 'dimension' | 'subdimension' | 'category';
}

export interface Framework {
  data: FrameworkData;
  datapoints: DatapointRef[];
  byId: Map<string, DatapointRef>;
  /** Dimensions, sub-dimensions and categories in catalogue order. */
  groups: { dimensions: GroupRef[]; subdimensions: GroupRef[]; categories: GroupRef[] };
  /** Spacing- and case-insensitive look-up by printed code or alias. */
  kpiByCode(code: string): KpiDef | undefined;
  /** Data point of a KPI by its key (case- and spacing-insensitive; '' for single-point KPIs). */
  datapoint(code: string, key: string): DatapointRef | undefined;
}

export const datapointId = (code: string, key: string): string => `${code}|${key}`;

/** `EC:ICT:ICT:1C`, `ec: ict: ict: 1c` and `EC: ICT: ICT: 1C` all normalise to the same key. */
export const normaliseCode = (code: string): string => code.replace(/\s+/g, '').toUpperCase();
const normaliseKey = (key: string): string => key.replace(/\s+/g, '').toLowerCase();

export class FrameworkError extends Error {}

/**
 * Indexes a framework data set. Throws FrameworkError for a structurally broken catalogue: the shipped
 * one is checked by tests, so this guards user-supplied frameworks.
 */
export function loadFramework(data: FrameworkData): Framework {
  if (data?.format !== 'ssc-workbench/framework' || data.version !== 1) {
    throw new FrameworkError('Not a framework file of version 1.');
  }
  const categories = new Map<string, { dimension: DimensionDef; subdimension: SubdimensionDef; category: CategoryDef }>();
  const groups: Framework['groups'] = { dimensions: [], subdimensions: [], categories: [] };
  for (const dimension of data.dimensions) {
    groups.dimensions.push({ code: dimension.code, name: dimension.name, level: 'dimension' });
    for (const subdimension of dimension.subdimensions) {
      const subCode = `${dimension.code}: ${subdimension.code}`;
      groups.subdimensions.push({ code: subCode, name: subdimension.name, level: 'subdimension' });
      for (const category of subdimension.categories) {
        const catCode = `${subCode}: ${category.code}`;
        groups.categories.push({ code: catCode, name: category.name, level: 'category' });
        categories.set(normaliseCode(catCode), { dimension, subdimension, category });
      }
    }
  }

  const datapoints: DatapointRef[] = [];
  const byId = new Map<string, DatapointRef>();
  const byCode = new Map<string, KpiDef>();
  const byKpiKey = new Map<string, DatapointRef>();
  for (const kpi of data.kpis) {
    const place = categories.get(normaliseCode(kpi.category));
    if (!place) throw new FrameworkError(`KPI ${kpi.code}: unknown category ${kpi.category}.`);
    for (const code of [kpi.code, ...kpi.aliases]) {
      const norm = normaliseCode(code);
      if (byCode.has(norm)) throw new FrameworkError(`Code ${code} is used twice.`);
      byCode.set(norm, kpi);
    }
    if (kpi.datapoints.length === 0) throw new FrameworkError(`KPI ${kpi.code} has no data point.`);
    for (const def of kpi.datapoints) {
      const dimCode = place.dimension.code;
      const subCode = `${dimCode}: ${place.subdimension.code}`;
      const ref: DatapointRef = {
        id: datapointId(kpi.code, def.key),
        index: datapoints.length,
        kpi,
        def,
        ...place,
        path: { dimension: dimCode, subdimension: subCode, category: `${subCode}: ${place.category.code}` },
      };
      if (byId.has(ref.id)) throw new FrameworkError(`Data point ${ref.id} is defined twice.`);
      datapoints.push(ref);
      byId.set(ref.id, ref);
      byKpiKey.set(`${normaliseCode(kpi.code)}|${normaliseKey(def.key)}`, ref);
    }
  }

  const datapointOf = (kpi: KpiDef, key: string) => {
    const wanted = normaliseKey(key);
    // A single-point KPI's data point may be named by its label as well as by ''.
    if (kpi.datapoints.length === 1 && (wanted === '' || wanted === normaliseKey(kpi.datapoints[0].label))) {
      return byKpiKey.get(`${normaliseCode(kpi.code)}|${normaliseKey(kpi.datapoints[0].key)}`);
    }
    return byKpiKey.get(`${normaliseCode(kpi.code)}|${wanted}`);
  };
  // Codes and keys as the catalogue writes them (every file the app writes), each with what the
  // normalised look-up gives for it, found without normalising: a programme reads millions of rows.
  const exactCode = new Map<string, KpiDef>();
  const exactKey = new Map<KpiDef, Map<string, DatapointRef | undefined>>();
  for (const kpi of data.kpis) {
    for (const code of [kpi.code, ...kpi.aliases]) exactCode.set(code, kpi);
    exactKey.set(kpi, new Map(['', ...kpi.datapoints.map((d) => d.key)].map((key) => [key, datapointOf(kpi, key)])));
  }
  const kpiByCode = (code: string) => exactCode.get(code) ?? byCode.get(normaliseCode(code));
  return {
    data,
    datapoints,
    byId,
    groups,
    kpiByCode,
    datapoint(code, key) {
      const kpi = kpiByCode(code);
      if (!kpi) return undefined;
      const keys = exactKey.get(kpi)!;
      return keys.has(key) ? keys.get(key) : datapointOf(kpi, key);
    },
  };
}
