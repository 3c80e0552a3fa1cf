import { loadFramework } from '../../framework';
import { loadTargetSet } from '../../targets';
import type { FrameworkData, TargetSetData } from '../../types';
import catalogue from './catalogue.json';
import reference from './reference-targets.json';

/** The U4SSC KPI catalogue (91 KPIs, 112 data points) as shipped with the app. */
export const u4ssc = loadFramework(catalogue as unknown as FrameworkData);

/** Illustrative reference targets with rationale and source; not the official U4SSC benchmarks. */
export const referenceTargets = loadTargetSet(reference as unknown as TargetSetData, u4ssc);
