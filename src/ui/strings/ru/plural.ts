import { plural } from '../languages';

const p = plural('ru');
/** A Russian counted noun: `n(5, 'оценка', 'оценки', 'оценок')` → `5 оценок` (one, few, many; fractions take few). */
export const n = (count: number, one: string, few: string, many: string): string => `${count} ${p(count, { one, few, many, other: few })}`;
/** Only the form, without the number. */
export const f = (count: number, one: string, few: string, many: string): string => p(count, { one, few, many, other: few });
