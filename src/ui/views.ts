/**
 * The views of an open assessment, in tab order: the one list. Adding a view is an entry here, its
 * label in `S.viewLabel` (the compiler asks for it: the labels are a record over `View`) and its panel
 * in Workbench.tsx.
 */
export const VIEWS = ['grid', 'review', 'results', 'report', 'share', 'workshop', 'compare'] as const;
export type View = (typeof VIEWS)[number];
