/** Spanish: the interface (S), the results (R), interchange (X), saving (D) and the KPI catalogue. */
import type { LanguageCatalogue } from '../types';
import { S } from './shell';
import { R } from './results';
import { X } from './interchange';
import { D } from './saving';
import { KPIS } from './kpis';
import { DEFINITIONS } from './definitions';
import { withDefinitions } from '../languages';

export default { S, R, X, D, kpis: withDefinitions(KPIS, DEFINITIONS) } satisfies LanguageCatalogue;
