/** Russian: the message tables of every namespace (compiled from src/ui/messages/ru/) and the KPI names. */
/*
 * Glossary (one term per concept, in every Russian file; keep to it when adding words):
 *   assessment (a city's KPI data for a year, the document)     → оценка (only this)
 *   score (an aggregate's result, e.g. 72 %)                    → результат
 *   scored / not scored (has points and a band / has none)      → учтено в баллах / не учтено в баллах;
 *                                                                 "is (not) scored" → (не) учитывается в баллах
 *   points → баллы · band → диапазон · target band (direction) → целевой интервал
 *   judgement / estimate (a basis, a data quality)              → суждение / расчёт (never оценка)
 *   benchmark → эталон · benchmarking wheel → колесо сравнения с эталонами
 *   target → цель · achievement → достижение · data point → точка данных
 *   evaluator → оценщик (who makes the assessment) · verifier → проверяющий
 *   z-score → z-оценка (the standard statistical term, kept)
 *   KPI → КПЭ · workbench judgement → суждение рабочего инструмента · Verification Manual → Руководство по проверке
 *   broadband → широкополосный доступ (фиксированный, беспроводной). Source of the terms (#28): no ITU or
 *     UNECE page in Russian giving the term was found among the stored copies searched on 2026-12-07 (ITU
 *     press and statistics pages by the term; only press reports quoting ITU came up); working
 *     translations until one is read.
 *   United Nations names as the UN writes them in Russian (UNTERM): ЦУР (цель в области устойчивого
 *   развития), задача ЦУР (an SDG target), ВОЗ, МСЭ, ОЭСР, МОТ, ООН-Хабитат, Новая программа развития
 *   городов, Сендайская рамочная программа; U4SSC is kept as ITU writes it.
 *   Working translation: the catalogue words (kpis, definitions, units, rationales, notes) are not an
 *   official UN or ITU text.
 *
 * The KPI catalogue's words are ./catalogue.json, one flat file of plain strings a translation platform
 * opens as it is (keys in src/ui/strings/languages.ts `catalogueFromMessages`). What its parts are, as
 * the former modules said:
 *   group., kpi., datapoint., profile.: Russian names of the U4SSC KPI catalogue, keyed by code (read by
 *     ../kpi-names.ts). Definitions and rationales stay English (marked as such on screen). WORKING
 *     TRANSLATION: written for the workbench, not copied from an official Russian edition of the U4SSC
 *     publications.
 *   definition.: Russian definitions of the KPIs, keyed by code: WORKING TRANSLATION of the workbench's own
 *     paraphrases (src/engine/frameworks/u4ssc/catalogue.json), every KPI. A KPI not listed here would keep
 *     its English definition, marked as English (`lang="en"`).
 *   unit., input.: Russian units of the KPI catalogue (data points and city profile), keyed by the English
 *     unit (read by ../kpi-names.ts).
 *   phrase.: Russian words of catalogue prose without a code (check messages, the change history's measures
 *     and former inputs), keyed by the English text.
 *   rationale.: Russian rationales of the reference targets, keyed by data point id (read by ../kpi-names.ts).
 *     WORKING TRANSLATION of the English texts in
 *     src/engine/frameworks/u4ssc/reference-targets.json, with the United Nations' Russian names of bodies and instruments (ЦУР, ВОЗ, Сендайская
 *     рамочная программа, Новая программа развития городов, ООН-Хабитат) and the glossary of ./index.ts.
 *   note., source., alternative.: Russian notes of the KPIs (by code), sources of the reference targets (by
 *     data point id) and the "where sources disagree" texts (by their English text): WORKING TRANSLATION of
 *     src/engine/frameworks/u4ssc/catalogue.json and reference-targets.json (read by ../kpi-names.ts).
 *     Document codes (VM22-p95, CM17-p75, FS-Valencia, VR-Karmøy, NOR, KS, [MEM]) are kept as the catalogue
 *     cites them.
 */
import type { LanguageCatalogue } from '../types';
import messages from '../../messages/compiled/ru';
import catalogue from './catalogue.json';
import { catalogueFromMessages } from '../languages';

export default {
  messages,
  kpis: catalogueFromMessages('src/ui/strings/ru/catalogue.json', catalogue),
} satisfies LanguageCatalogue;
