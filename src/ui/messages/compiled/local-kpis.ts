// Compiled from src/ui/messages/en/local-kpis.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, pl, type Arg } from '../runtime';

/** The messages of the namespace `local-kpis`, with the argument types of their English text. */
export interface LocalKpisMessages {
  "title"(name: string | number): string;
  "offer"(name: string | number, n: number): string;
  readonly "use": string;
  readonly "stop": string;
  readonly "stopHelp": string;
  "notHeld"(name: string | number, id: string | number, version: string | number, kept: number): string;
  "holdsOther"(id: string | number, version: string | number): string;
  "howToHold"(editor: string | number): string;
  "orphans"(n: number): string;
  readonly "formula": string;
  readonly "noTarget": string;
  readonly "basis": {
    readonly "public": string;
    readonly "judgement": string;
  };
  "inputsOf"(kpi: string | number): string;
}

export const localKpis = register<LocalKpisMessages>("local-kpis", {
  title: (name: Arg) => `Local KPIs of “${name}”`,
  offer: (name: Arg, n: Arg) => `Your framework “${name}” has ${n} local ${pl('en', n, false, { "=1": `KPI`, "other": `KPIs` })}. This assessment can score ${pl('en', n, false, { "=1": `it`, "other": `them` })} beside the U4SSC KPIs.`,
  use: "Score the local KPIs here",
  stop: "Stop scoring the local KPIs",
  stopHelp: "Their values stay in the assessment.",
  notHeld: (name: Arg, id: Arg, version: Arg, kept: Arg) => `This assessment is scored with the framework “${name}” (${id}, version ${version}), which this browser does not hold. Its ${kept} local ${pl('en', kept, false, { "=1": `value is`, "other": `values are` })} kept as ${pl('en', kept, false, { "=1": `it is`, "other": `they are` })} and not scored; nothing is lost.`,
  holdsOther: (id: Arg, version: Arg) => `This browser holds ${id}, version ${version}, instead.`,
  howToHold: (editor: Arg) => `To score them, open that framework file in the Library, under “${editor}”.`,
  orphans: (n: Arg) => `${n} kept ${pl('en', n, false, { "=1": `value is`, "other": `values are` })} for a KPI the framework no longer has: kept, not scored.`,
  formula: "Formula",
  noTarget: "no target",
  basis: {
    public: "public source",
    judgement: "judgement",
  },
  inputsOf: (kpi: Arg) => `Inputs of ${kpi}`,
});
