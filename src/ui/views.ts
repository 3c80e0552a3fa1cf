/**
 * The views of an open assessment, in tab order: the one list. Adding a view is an entry here, its
 * label in `shell.viewLabel` (a select in src/ui/messages/<lang>/shell.json; test/unit/messages.test.ts
 * fails on a view without its own label) and its panel in Workbench.tsx.
 */
export const VIEWS = ['grid', 'review', 'results', 'report', 'share', 'workshop', 'compare'] as const;
export type View = (typeof VIEWS)[number];
