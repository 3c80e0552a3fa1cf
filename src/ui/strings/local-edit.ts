/**
 * How a change of the framework an assessment is scored with (format 9, session/local-edits.ts) is
 * named where edits are listed (a refusal, a clash, what was set aside). Apart from the local KPIs'
 * other words (local-kpis.ts), which load with their panel, not with the workbench's first screen.
 */
import type { Lang } from './languages';

export const LOCAL_FRAMEWORK_EDIT: Record<Lang, string> = {
  en: 'Local KPIs: framework',
  fr: 'KPI locaux : référentiel',
  es: 'KPI locales: marco',
  ar: 'المؤشرات المحلية: الإطار',
  zh: '本地指标：框架',
  ru: 'Местные KPI: система показателей',
};
