/** Chinese: the interface (S), the results (R), interchange (X), saving (D), the cycle (V), workshop mode (W, WS), catalogue updates (C), flags (F), progress over time and across cities (TM, TC), the file readers' problems (PW) and the KPI names. */
import type { LanguageCatalogue } from '../types';
import { S } from './shell';
import { R } from './results';
import { X } from './interchange';
import { D } from './saving';
import { V } from './review';
import { W, WS } from './workshop';
import { C } from './catalogue';
import { F } from './flags';
import { TC, TM } from './time';
import { PW } from './problems';
import { KPIS } from './kpis';
import { PHRASES } from './phrases';
import { INPUTS, UNITS } from './units';
import { RATIONALES } from './rationales';
import { DEFINITIONS } from './definitions';
import { ALTERNATIVES, NOTES, SOURCES } from './notes';
import { withDefinitions } from '../languages';

export default {
  S,
  R,
  X,
  D,
  V,
  W,
  WS,
  C,
  F,
  TM,
  TC,
  PW,
  kpis: {
    ...withDefinitions(KPIS, DEFINITIONS),
    phrases: { ...PHRASES, ...ALTERNATIVES },
    units: UNITS,
    inputs: INPUTS,
    rationales: RATIONALES,
    notes: NOTES,
    sources: SOURCES,
  },
} satisfies LanguageCatalogue;
