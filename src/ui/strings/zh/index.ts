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
 */
import type { LanguageCatalogue } from '../types';
import messages from '../../messages/compiled/zh';
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
