import type { Crosswalk } from '../../crosswalk';
import u4sscSdg11 from './u4ssc-sdg11.json';

/** U4SSC data points → SDG 11 global indicators, each link with its relation and source. */
export const U4SSC_SDG11 = u4sscSdg11 as Crosswalk;
