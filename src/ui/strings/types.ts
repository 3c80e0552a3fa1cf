import type { Table } from '../messages/runtime';

/**
 * The words of the KPI catalogue in one language, keyed by code: the catalogue itself stays English
 * data in src/engine (the engine is pure and English is its source). What a language lacks stays
 * English.
 */
export interface KpiCatalogue {
  /** Dimensions, sub-dimensions and categories by their full code (`EC`, `EC: ICT`, `EC: ICT: ICT`). */
  groups?: Record<string, string>;
  /** KPIs by printed code (`EC: ICT: ICT: 1C`). */
  kpis?: Record<string, { name?: string; definition?: string }>;
  /** Data points by id (`EC: ICT: ICT: 1C|`, `EN: EN: AQ: 1C|PM2.5`): label, input names, unit. */
  datapoints?: Record<string, { label?: string; numerator?: string; denominator?: string; unit?: string }>;
  /** City profile fields by id (`population`). */
  profile?: Record<string, { label?: string; unit?: string; definition?: string }>;
  /** Rationales of the reference targets by data point id. */
  rationales?: Record<string, string>;
  /**
   * Catalogue prose with no code of its own, keyed by its English text: the Verification Manual checks'
   * messages and the measures and former inputs named in the catalogue's change history.
   */
  phrases?: Record<string, string>;
  /** Units of data points and profile fields, keyed by the English unit (`per 100 000 inhabitants`); `datapoints[id].unit` wins. */
  units?: Record<string, string>;
  /** Names of the ratio inputs, keyed by the English name; `datapoints[id].numerator`/`denominator` win. */
  inputs?: Record<string, string>;
  /** The KPIs' notes (what was read, what is judgement) by printed code. */
  notes?: Record<string, string>;
  /** The reference targets' sources (the documents a target rests on) by data point id. */
  sources?: Record<string, string>;
}

/** One language: its message tables and the KPI catalogue's words. */
export interface LanguageCatalogue {
  kpis?: KpiCatalogue;
  /** The namespaces converted to ICU message files (#31), compiled: one table per namespace. */
  messages?: Readonly<Partial<Record<string, Table>>>;
}
