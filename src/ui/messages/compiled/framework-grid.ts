// Compiled from src/ui/messages/en/framework-grid.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, nf, pl, type Args } from '../runtime';

/** The messages of the namespace `framework-grid`, with the argument types of their English text. */
export interface FrameworkGridMessages {
  "localGroup"(a: { name: string | number }): string;
  "localName"(a: { name: string | number }): string;
  "leftOutName"(a: { name: string | number }): string;
  "inputCell"(a: { input: string | number }): string;
  "following"(a: { name: string | number; version: string | number }): string;
  "showLeftOut"(a: { n: number }): string;
  "notHeld"(a: { name: string | number; id: string | number; version: string | number; n: number }): string;
}

export const frameworkGrid = register<FrameworkGridMessages>("framework-grid", {
  localGroup: (a: Args) => `${a.name}: local KPIs`,
  localName: (a: Args) => `${a.name} (local KPI)`,
  leftOutName: (a: Args) => `${a.name} (left out of the selection)`,
  inputCell: (a: Args) => `${a.input} (an input of this local KPI)`,
  following: (a: Args) => `This grid follows “${a.name}” (version ${a.version}): its U4SSC KPIs in its order, then its local KPIs. The U4SSC scores are the assessment's own.`,
  showLeftOut: (a: Args) => `Show the ${pl('en', a.n, false, { "one": `${nf(a.n, 'decimal')} U4SSC KPI`, "other": `${nf(a.n, 'decimal')} U4SSC KPIs` })} this selection leaves out`,
  notHeld: (a: Args) => `This assessment names the framework “${a.name}” (${a.id}, version ${a.version}), which this browser does not hold: the grid shows the U4SSC KPIs, and ${pl('en', a.n, false, { "=0": `there are no local values`, "one": `its ${nf(a.n, 'decimal')} local value is kept`, "other": `its ${nf(a.n, 'decimal')} local values are kept` })}.`,
});
