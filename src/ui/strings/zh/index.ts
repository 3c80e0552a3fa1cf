/** Chinese: the message tables of every namespace (compiled from src/ui/messages/zh/) and the KPI names. */
/*
 * Glossary (one term per concept, in every Chinese file; keep to it when adding words):
 *   KPI → 关键绩效指标 · data point → 数据点 · assessment → 评估 · target → 目标 · benchmark → 基准
 *   achievement → 达成度 · points → 分数 ("得 3 分") · band (a score's 1–4 points) → 等级
 *   target band (direction) → 目标区间 · workbench → 工作台 ("工作台的判断")
 *   Verification Manual → 《核查手册》 · Collection Methodology → 《数据收集方法》 · broadband → 宽带
 *   Source of the terms (#28): no ITU or UNECE page in Chinese giving 宽带 (固定宽带, 移动宽带) or another
 *     catalogue term was found among the stored copies searched on 2026-12-07 (ITU press and statistics
 *     pages by the term; only press reports quoting ITU came up); working translations until one is read.
 *   United Nations names as the UN writes them in Chinese (UNTERM): 可持续发展目标 (SDG), 具体目标
 *   (an SDG target), 指标 (indicator), 世界卫生组织, 国际电信联盟, 经合组织, 联合国人居署, 《新城市议程》,
 *   《仙台框架》; U4SSC is kept as ITU writes it in every language.
 *   Working translation: the catalogue words (kpis, definitions, units, rationales, notes) are not an
 *   official UN or ITU text.
 *
 * The KPI catalogue's words are ./catalogue.json, one flat file of plain strings a translation platform
 * opens as it is (keys in src/ui/strings/languages.ts `catalogueFromMessages`). What its parts are, as
 * the former modules said:
 *   group., kpi., datapoint., profile.: Chinese names of the U4SSC KPI catalogue, keyed by code (read by
 *     ../kpi-names.ts). Definitions and rationales stay English (marked as such on screen). WORKING
 *     TRANSLATION: written for the workbench, not copied from an official Chinese edition of the U4SSC
 *     publications.
 *   definition.: Chinese definitions of the KPIs, keyed by code: WORKING TRANSLATION of the workbench's own
 *     paraphrases (src/engine/frameworks/u4ssc/catalogue.json), every KPI. A KPI not listed here would keep
 *     its English definition, marked as English (`lang="en"`).
 *   unit., input.: Chinese units of the KPI catalogue (data points and city profile), keyed by the English
 *     unit (read by ../kpi-names.ts).
 *   phrase.: Chinese words of catalogue prose without a code (check messages, the change history's measures
 *     and former inputs), keyed by the English text.
 *   rationale.: Chinese rationales of the reference targets, keyed by data point id (read by ../kpi-names.ts).
 *     WORKING TRANSLATION of the English texts in
 *     src/engine/frameworks/u4ssc/reference-targets.json, with the United Nations' Chinese names of bodies and instruments (可持续发展目标、世界卫生组织、仙台框架、
 *     新城市议程、联合国人居署) and the glossary of ./index.ts.
 *   note., source., alternative.: Chinese notes of the KPIs (by code), sources of the reference targets (by
 *     data point id) and the "where sources disagree" texts (by their English text): WORKING TRANSLATION of
 *     src/engine/frameworks/u4ssc/catalogue.json and reference-targets.json (read by ../kpi-names.ts).
 *     Document codes (VM22-p95, CM17-p75, FS-Valencia, VR-Karmøy, NOR, KS, [MEM]) are kept as the catalogue
 *     cites them.
 */
import type { LanguageCatalogue } from '../types';
import messages from '../../messages/compiled/zh';
import catalogue from './catalogue.json';
import { catalogueFromMessages } from '../languages';

export default {
  messages,
  kpis: catalogueFromMessages('src/ui/strings/zh/catalogue.json', catalogue),
} satisfies LanguageCatalogue;
