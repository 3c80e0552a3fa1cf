/**
 * The JSON-stat words in a language given by name, without switching the interface: the command line's
 * `--lang` (src/cli/profile-from.ts). It holds every language's compiled table, so the app does not
 * import it (the app reads its one language through `jsonstat`, src/ui/strings/jsonstat.ts).
 */
import type { JsonStatProblem } from '../../engine/jsonstat';
import type { TableSource } from '../../engine/provenance';
import { inLanguage, type Table } from '../messages/runtime';
import ar from '../messages/compiled/jsonstat.ar';
import es from '../messages/compiled/jsonstat.es';
import fr from '../messages/compiled/jsonstat.fr';
import ru from '../messages/compiled/jsonstat.ru';
import zh from '../messages/compiled/jsonstat.zh';
import { jsonStatProblemText, sourcedText } from './jsonstat';
import { LANGUAGE_INFO, type Lang } from './languages';

const TABLES: Record<Lang, Table | undefined> = { en: undefined, fr, es, ar, zh, ru };

const inThe = <T>(lang: Lang, read: () => T): T => inLanguage(lang, { jsonstat: TABLES[lang] }, LANGUAGE_INFO[lang].locale, read);

/** A JSON-stat problem in `lang`. */
export const jsonStatProblemIn = (p: JsonStatProblem, lang: Lang): string => inThe(lang, () => jsonStatProblemText(p));

/** A figure's source in one sentence of `lang`. */
export const sourcedTextIn = (s: TableSource, lang: Lang): string => inThe(lang, () => sourcedText(s));
