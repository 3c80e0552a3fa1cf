import { datapointId, type Framework } from './framework';
import type { TargetDef, TargetSetData } from './types';

export interface TargetSet {
  data: TargetSetData;
  /** Keyed by data-point id. Data points with no entry have no benchmark. */
  byId: Map<string, TargetDef>;
}

export class TargetSetError extends Error {}

/** Indexes a target set against a framework; entries naming unknown data points are an error. */
export function loadTargetSet(data: TargetSetData, fw: Framework): TargetSet {
  if (data?.format !== 'ssc-workbench/targets' || data.version !== 1) {
    throw new TargetSetError('Not a target-set file of version 1.');
  }
  const byId = new Map<string, TargetDef>();
  for (const t of data.targets) {
    const ref = fw.datapoint(t.code, t.datapoint);
    if (!ref) throw new TargetSetError(`Target for unknown data point ${datapointId(t.code, t.datapoint)}.`);
    if (t.target !== null && !(Number.isFinite(t.target) && t.target >= 0)) {
      throw new TargetSetError(`Target for ${ref.id} must be a number ≥ 0 or null.`);
    }
    byId.set(ref.id, t);
  }
  return { data, byId };
}
