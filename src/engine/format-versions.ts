/**
 * The envelopes of the files and rows the app writes, in one place with no dependencies, so that the
 * migrations (migrations.ts) and the readers (assessment.ts) both import them without a cycle.
 * Raising a version: see the recipe at the top of migrations.ts.
 */
export const ASSESSMENT_FORMAT = 'ssc-workbench/assessment';
export const ASSESSMENT_VERSION = 9;
export const WORKSPACE_FORMAT = 'ssc-workbench/workspace';
export const WORKSPACE_VERSION = 1;
