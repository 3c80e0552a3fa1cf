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
 *
 * The KPI catalogue's words are ./catalogue.json, one flat file of plain strings a translation platform
 * opens as it is (keys in src/ui/strings/languages.ts `catalogueFromMessages`). What its parts are, as
 * the former modules said:
 *   group., kpi., datapoint., profile.: Spanish names of the U4SSC KPI catalogue, keyed by code (read by
 *     ../kpi-names.ts). WORKING TRANSLATION: written for the workbench, not copied from the official Spanish
 *     edition of the U4SSC publications; where an official Spanish name exists it should replace these.
 *   definition.: Spanish definitions of the KPIs, keyed by code. WORKING TRANSLATION of the workbench's own
 *     paraphrases .
 *   unit., input.: Spanish units of the KPI catalogue (data points and city profile), keyed by the English
 *     unit, and the names of the ratio inputs (numerators and denominators), keyed by their English name (read
 *     by ../kpi-names.ts).
 *   phrase.: Spanish words of catalogue prose without a code (check messages, the change history's measures
 *     and former inputs), keyed by the English text.
 *   rationale.: Spanish rationales of the reference targets, keyed by data point id (read by ../kpi-names.ts).
 *     Working translation of the English texts in
 *     src/engine/frameworks/u4ssc/reference-targets.json.
 *   note., source., alternative.: Spanish notes of the KPIs (by code), sources of the reference targets (by
 *     data point id) and the "where sources disagree" texts (by their English text): WORKING TRANSLATION of
 *     src/engine/frameworks/u4ssc/catalogue.json and reference-targets.json (read by ../kpi-names.ts).
 *     Document codes (VM22-p95, CM17-p75, FS-Valencia, VR-Karmøy, NOR, KS, [MEM]) are kept as the catalogue
 *     cites them; titles of documents follow their official Spanish titles where they exist.
 */
import type { LanguageCatalogue } from '../types';
import messages from '../../messages/compiled/es';
import catalogue from './catalogue.json';
import { catalogueFromMessages } from '../languages';

export default {
  messages,
  kpis: catalogueFromMessages('src/ui/strings/es/catalogue.json', catalogue),
} satisfies LanguageCatalogue;
