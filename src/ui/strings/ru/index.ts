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
 */
import type { LanguageCatalogue } from '../types';
import messages from '../../messages/compiled/ru';
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
