/** The editing session: the edit model, merging between tabs, the journal-backed autosave. */
export * from './edits';
export * from './session';
export * from './journal-recovery';
export * from './freeze-rule';
