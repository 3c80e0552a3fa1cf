// Compiled from src/ui/messages/en/demo.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, pl, type Arg } from '../runtime';

/** The messages of the namespace `demo`, with the argument types of their English text. */
export interface DemoMessages {
  readonly "demoCitiesHint": string;
  "demoCitiesAdded"(n: number): string;
  readonly "resetAllDemos": string;
  "confirmResetAllDemos"(n: number): string;
  "allDemosReset"(n: number): string;
}

export const demo = register<DemoMessages>("demo", {
  demoCitiesHint: "Adds the fictional demo cities (Demoville in three years, Verdania Bay and Ferrum Heights) beside your own assessments, creating only those missing, and opens Demoville. Every value is invented for training.",
  demoCitiesAdded: (n: Arg) => pl('en', n, false, { "=1": `Added 1 fictional demo city.`, "other": `Added ${n} fictional demo cities.` }),
  resetAllDemos: "Reset demo cities",
  confirmResetAllDemos: (n: Arg) => `Put the shipped values back into the ${n} demo ${pl('en', n, false, { "=1": `city`, "other": `cities` })} in the list? Your changes to them are replaced; you can undo this for a short while. Your own assessments are not touched.`,
  allDemosReset: (n: Arg) => `${n} demo ${pl('en', n, false, { "=1": `city has`, "other": `cities have` })} their shipped values again.`,
});
