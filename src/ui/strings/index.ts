/**
 * Every user-visible string of the app lives in this folder, so it can be translated in one place:
 * `shell.ts` (S) for the shell, library, grid and panels, `results.ts` (R) for the wheel, charts and
 * report, `interchange.ts` (X) for export, import, links and compare. Functions take the
 * parts that vary; they return plain text (never HTML).
 */
import { getNumberLocale } from '../format';

export { shellWords } from './shell';

/** One formatter per locale: making an Intl.DateTimeFormat costs ~0.4 ms, a library of 1 000 rows made 1 000 of them (374 ms of an import). */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
export const fmtDateTime = (t: number): string => {
  const locale = getNumberLocale();
  let f = dateTimeFormats.get(locale);
  if (!f) dateTimeFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })));
  return f.format(new Date(t));
};
