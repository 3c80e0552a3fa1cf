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
 */
import type { LanguageCatalogue } from '../types';
import messages from '../../messages/compiled/ar';
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
