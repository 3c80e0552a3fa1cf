/**
 * The words of the results views (wheel, charts, city report): ICU messages (#31) in
 * src/ui/messages/<lang>/results.json, compiled by scripts/messages.ts into the typed accessor `R`.
 * Plain text only, never HTML.
 */
export { results as resultWords } from '../messages/compiled/results';
