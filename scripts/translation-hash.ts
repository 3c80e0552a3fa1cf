import { createHash } from 'node:crypto';

/**
 * The hash a translation records of the English it was made from: one definition for the catalogue's
 * texts (catalogue-translations.ts) and the interface's messages (messages.ts), so both loops mark a
 * translation stale by the same rule.
 */
export const hashOf = (en: string): string => createHash('sha256').update(en, 'utf8').digest('hex').slice(0, 12);
