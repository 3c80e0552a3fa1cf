/** Spanish: the message tables of every namespace (compiled from src/ui/messages/es/) and the KPI catalogue. */
/*
 * Glossary (one term per concept, in every Spanish file; keep to it when adding words):
 *   KPI → KPI (indicador clave de rendimiento) · data point → punto de dato · assessment → evaluación
 *   target → meta · benchmark → referencia · achievement → logro · points → puntos
 *   band (a score's 1–4 points) → franja · workbench → banco de trabajo ("juicio del banco de trabajo")
 *   Verification Manual → Manual de verificación · broadband → banda ancha (fija, móvil)
 *   Source of the term (#28): UN News in Spanish reporting ITU's Measuring the Information Society 2012,
 *     https://news.un.org/es/story/2012/10/1254781 ("abonos a banda ancha móvil", "la banda fija"),
 *     read 2026-12-07. No ITU or UNECE page in Spanish writing "banda ancha fija" itself was found among
 *     the stored copies searched that day (ITU press and statistics pages by the term); "fija" follows
 *     the English "fixed" and UN News's "banda fija".
 *   United Nations names as the UN writes them in Spanish (UNTERM): ODS (Objetivo de Desarrollo
 *   Sostenible), OMS, UIT, OCDE, ONU-Hábitat, Nueva Agenda Urbana, Marco de Sendái.
 *   Working translation: the catalogue words (kpis, definitions, units, rationales) are not an official
 *   UN or ITU text.
 */
import type { LanguageCatalogue } from '../types';
import messages from '../../messages/compiled/es';
import { KPIS } from './kpis';
import { PHRASES } from './phrases';
import { INPUTS, UNITS } from './units';
import { RATIONALES } from './rationales';
import { DEFINITIONS } from './definitions';
import { ALTERNATIVES, NOTES, SOURCES } from './notes';
import { withDefinitions } from '../languages';

export default {
  messages,
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
