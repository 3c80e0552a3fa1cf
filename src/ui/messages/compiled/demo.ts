// Compiled from src/ui/messages/en/demo.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, pl, type Args } from '../runtime';

/** The messages of the namespace `demo`, with the argument types of their English text. */
export interface DemoMessages {
  readonly "demoCitiesHint": string;
  "demoCitiesAdded"(a: { n: number }): string;
  readonly "resetAllDemos": string;
  "confirmResetAllDemos"(a: { n: number }): string;
  "allDemosReset"(a: { n: number }): string;
}

export const demo = register<DemoMessages>("demo", {
  demoCitiesHint: "Adds the fictional demo cities (Demoville in three years, Verdania Bay and Ferrum Heights) beside your own assessments, creating only those missing, and opens Demoville. Every value is invented for training.",
  demoCitiesAdded: (a: Args) => pl('en', a.n, false, { "=1": `Added 1 fictional demo city.`, "other": `Added ${a.n} fictional demo cities.` }),
  resetAllDemos: "Reset demo cities",
  confirmResetAllDemos: (a: Args) => `Put the shipped values back into the ${a.n} demo ${pl('en', a.n, false, { "=1": `city`, "other": `cities` })} in the list? Your changes to them are replaced; you can undo this for a short while. Your own assessments are not touched.`,
  allDemosReset: (a: Args) => `${a.n} demo ${pl('en', a.n, false, { "=1": `city has`, "other": `cities have` })} their shipped values again.`,
});
