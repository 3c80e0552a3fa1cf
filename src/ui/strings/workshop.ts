/**
 * Every user-visible string of workshop mode: the demo cities, the what-if sandbox, next band and
 * levers, method comparison, sensitivity, the presenter view and exercises. Plain text only.
 */
export const W = {
  // Demo cities
  demoCitiesHint:
    'Adds the fictional demo cities (Demoville in three years, Verdania Bay and Ferrum Heights) beside your own assessments, creating only those missing, and opens Demoville. Every value is invented for training.',
  demoCitiesAdded: (n: number) => (n === 1 ? 'Added 1 fictional demo city.' : `Added ${n} fictional demo cities.`),
  resetAllDemos: 'Reset demo cities',
  confirmResetAllDemos: (n: number) =>
    `Put the shipped values back into the ${n} demo ${n === 1 ? 'city' : 'cities'} in the list? Your changes to them are replaced; you can undo this for a short while. Your own assessments are not touched.`,
  allDemosReset: (n: number) => `${n} demo ${n === 1 ? 'city has' : 'cities have'} their shipped values again.`,
};
