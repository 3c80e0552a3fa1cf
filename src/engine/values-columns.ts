/**
 * The columns of the values CSV of docs/DESIGN.md's interchange contract, in this order. Apart from the
 * reader and writer (csv.ts) so that what only needs the names (an update from a table, in the
 * session) does not load them.
 */
export const VALUES_COLUMNS = ['code', 'datapoint', 'numerator', 'denominator', 'value', 'target', 'status', 'quality', 'source', 'year', 'note'] as const;

export type ValuesColumn = (typeof VALUES_COLUMNS)[number];
