import { FrameworkError, loadFramework } from '../../framework';
import { readFrameworkFile } from '../../framework-file';
import { loadTargetSet } from '../../targets';
import file from './sdg11.framework.json';
// Named imports: the bundler keeps only these keys, so the target names (read by the tests, shown nowhere yet) stay out of the app.
import { indicators, missing, source } from './sdg11.names.json';

/**
 * SDG 11's global indicators as a second built-in framework (issue #30, item 5), read through the same
 * reader as any framework file: the shipped file is checked like a user's (test/unit/sdg11.test.ts).
 */
const read = readFrameworkFile(file);
if (!read.ok) throw new FrameworkError('The shipped SDG 11 framework file does not read.');

export const sdg11 = loadFramework(read.value.data);
export const sdg11Targets = loadTargetSet(read.value.targets!, sdg11);

/**
 * The UN's official names of SDG 11's indicators and targets in French, Spanish, Chinese and Russian
 * (sdg11.names.json: read from open-sdg/sdg-translations, which imported them from the UN's files of the
 * global indicator framework after the 2020 review; repository, commit, paths and its own statement are in
 * the file). A name is given only where the source's English is this framework's English; the others,
 * and Arabic, are listed under `missing` with the reason (test/unit/sdg11-names.test.ts).
 */
export const SDG11_NAME_LANGS = ['fr', 'es', 'zh', 'ru'] as const;
export type Sdg11NameLang = (typeof SDG11_NAME_LANGS)[number];
type NameEntry = { code: string; en: string } & Partial<Record<Sdg11NameLang, string>>;
export interface Sdg11Names {
  source: { repository: string; commit: string; paths: Record<string, unknown>; statement: string; read: string };
  indicators: NameEntry[];
  missing: { code: string; languages: string[]; reason: string }[];
}
export const sdg11Names: Sdg11Names = { source, indicators, missing };

/** An indicator's name in `lang` and the language it is in: the official translation, else the framework's English. */
export function sdg11IndicatorName(code: string, lang: string): { text: string; lang: string } {
  const english = sdg11.kpiByCode(code)?.name ?? code;
  const entry = sdg11Names.indicators.find((e) => e.code === code);
  const translated = entry && entry.en === english ? entry[lang as Sdg11NameLang] : undefined;
  return translated ? { text: translated, lang } : { text: english, lang: 'en' };
}
