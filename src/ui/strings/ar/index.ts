/** Arabic (right to left): the interface (S), the results (R), interchange (X), saving (D) and the KPI names. */
import type { LanguageCatalogue } from '../types';
import { S } from './shell';
import { R } from './results';
import { X } from './interchange';
import { D } from './saving';
import { KPIS } from './kpis';

export default { S, R, X, D, kpis: KPIS } satisfies LanguageCatalogue;
