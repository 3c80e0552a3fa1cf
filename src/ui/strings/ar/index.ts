/** Arabic (right to left): the message tables of every namespace (compiled from src/ui/messages/ar/) and the KPI names. */
/*
 * Glossary (one term per concept, in every Arabic file; keep to it when adding words):
 *   band (a score's 1–4 points: 0–33 %, 33–66 %, 66–95 %, 95 %+) → الفئة، الفئات
 *   target band (the direction whose target is a range)        → هدف على شكل نطاق (never فئة)
 *   category (the KPI hierarchy level)                          → الفئة الموضوعية، الفئات الموضوعية (never bare الفئة)
 *   dimension / sub-dimension                                   → البعد / البعد الفرعي
 *   level (of an aggregate, a column head)                      → المستوى
 *   assessment → التقييم · score → النتيجة · points → النقاط · achievement → الإنجاز
 *   target → الهدف · benchmark → المعيار المرجعي · data point → نقطة البيانات
 *   (النطاق العريض is broadband and خارج النطاق "out of range": not the target band.)
 *   workbench judgement → تقدير أداة العمل · Verification Manual → دليل التحقق
 *   Source of the terms (#28): no ITU or UNECE page in Arabic giving broadband (النطاق العريض) or another
 *     catalogue term was found among the stored copies searched on 2026-12-07 (ITU press and statistics
 *     pages by the term); they are working translations until such a page is read.
 *   United Nations names as the UN writes them in Arabic (UNTERM): أهداف التنمية المستدامة، الغاية (an
 *   SDG target)، منظمة الصحة العالمية، الاتحاد الدولي للاتصالات، منظمة التعاون والتنمية في الميدان
 *   الاقتصادي، موئل الأمم المتحدة، الخطة الحضرية الجديدة، إطار سنداي; U4SSC is kept as ITU writes it.
 *   Working translation: the catalogue words (kpis, definitions, units, rationales, notes) are not an
 *   official UN or ITU text.
 *
 * The KPI catalogue's words are ./catalogue.json, one flat file of plain strings a translation platform
 * opens as it is (keys in src/ui/strings/languages.ts `catalogueFromMessages`). What its parts are, as
 * the former modules said:
 *   group., kpi., datapoint., profile.: Arabic names of the U4SSC KPI catalogue, keyed by code (read by
 *     ../kpi-names.ts). Definitions and rationales stay English (marked as such on screen). WORKING
 *     TRANSLATION: written for the workbench, not copied from an official Arabic edition of the U4SSC
 *     publications.
 *   definition.: Arabic definitions of the KPIs, keyed by code: WORKING TRANSLATION of the workbench's own
 *     paraphrases (src/engine/frameworks/u4ssc/catalogue.json), every KPI. A KPI not listed here would keep
 *     its English definition, marked as English (`lang="en"`).
 *   unit., input.: Arabic units of the KPI catalogue (data points and city profile), keyed by the English
 *     unit (read by ../kpi-names.ts).
 *   phrase.: Arabic words of catalogue prose without a code (check messages, the change history's measures
 *     and former inputs), keyed by the English text.
 *   rationale.: Arabic rationales of the reference targets, keyed by data point id (read by ../kpi-names.ts).
 *     WORKING TRANSLATION of the English texts in
 *     src/engine/frameworks/u4ssc/reference-targets.json, with the United Nations' Arabic names of bodies and instruments (منظمة الصحة العالمية،
 *     إطار سنداي، الخطة الحضرية الجديدة، موئل الأمم المتحدة) and the glossary of ./index.ts.
 *   note., source., alternative.: Arabic notes of the KPIs (by code), sources of the reference targets (by
 *     data point id) and the "where sources disagree" texts (by their English text): WORKING TRANSLATION of
 *     src/engine/frameworks/u4ssc/catalogue.json and reference-targets.json (read by ../kpi-names.ts).
 *     Document codes (VM22-p95, CM17-p75, FS-Valencia, VR-Karmøy, NOR, KS, [MEM]) are kept as the catalogue
 *     cites them.
 */
import type { LanguageCatalogue } from '../types';
import messages from '../../messages/compiled/ar';
import catalogue from './catalogue.json';
import { catalogueFromMessages } from '../languages';

export default {
  messages,
  kpis: catalogueFromMessages('src/ui/strings/ar/catalogue.json', catalogue),
} satisfies LanguageCatalogue;
