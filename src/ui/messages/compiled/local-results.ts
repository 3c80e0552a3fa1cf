// Compiled from src/ui/messages/en/local-results.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, nf, pl, type Args } from '../runtime';

/** The messages of the namespace `local-results`, with the argument types of their English text. */
export interface LocalResultsMessages {
  "heading"(a: { name: string | number }): string;
  "intro"(a: { name: string | number; version: string | number }): string;
  readonly "marker": string;
  readonly "colAchievement": string;
  readonly "colExplain": string;
  readonly "noTarget": string;
  readonly "basis": {
    readonly "public": string;
    readonly "judgement": string;
  };
  "source"(a: { source: string | number }): string;
  "explain"(a: { code: string | number }): string;
  readonly "hide": string;
  "notHeld"(a: { name: string | number; id: string | number; version: string | number }): string;
  "wheelDimension"(a: { name: string | number }): string;
  readonly "wheelCode": string;
  "wheelCategory"(a: { name: string | number }): string;
  "compareTitle"(a: { name: string | number }): string;
  "compareShared"(a: { n: number; name: string | number; id: string | number; version: string | number }): string;
  "compareNotShared"(a: { list: string | number }): string;
  "compareNotHeld"(a: { name: string | number; id: string | number; version: string | number }): string;
  "compareUses"(a: { label: string | number; framework: string | number }): string;
  readonly "compareNone": string;
  "compareRef"(a: { name: string | number; id: string | number; version: string | number }): string;
  readonly "aggHeading": string;
  "aggIntro"(a: { name: string | number; local: number; left: number }): string;
  "aggU4ssc"(a: { n: number }): string;
  "aggSelection"(a: { name: string | number; n: number }): string;
  readonly "aggColGroup": string;
  "aggColScore"(a: { framework: string | number }): string;
  "aggColCoverage"(a: { framework: string | number }): string;
  readonly "aggAbsent": string;
}

export const localResults = register<LocalResultsMessages>("local-results", {
  heading: (a: Args) => `Local KPIs of “${a.name}”`,
  intro: (a: Args) => `These KPIs come from the city's own framework “${a.name}” (version ${a.version}). They are scored beside the U4SSC KPIs and do not count in the U4SSC scores.`,
  marker: "local KPI",
  colAchievement: "Achievement",
  colExplain: "Explanation",
  noTarget: "no reference target",
  basis: {
    public: "basis: public source",
    judgement: "basis: judgement",
  },
  source: (a: Args) => `source: ${a.source}`,
  explain: (a: Args) => `Explain ${a.code}`,
  hide: "Hide the explanation",
  notHeld: (a: Args) => `The local KPIs of “${a.name}” (${a.id}, version ${a.version}) are not shown: this browser does not hold that framework.`,
  wheelDimension: (a: Args) => `Local: ${a.name}`,
  wheelCode: "Local",
  wheelCategory: (a: Args) => `${a.name} (local KPIs, not in the U4SSC score)`,
  compareTitle: (a: Args) => `Local KPIs of “${a.name}” across the compared assessments`,
  compareShared: (a: Args) => `The ${pl('en', a.n, false, { "one": `compared assessment uses`, "other": `${nf(a.n, 'decimal')} compared assessments share` })} the local framework “${a.name}” (${a.id}, version ${a.version}).`,
  compareNotShared: (a: Args) => `Local KPIs are not compared: the compared assessments do not share one local framework (id and version). ${a.list}`,
  compareNotHeld: (a: Args) => `Local KPIs of “${a.name}” (${a.id}, version ${a.version}) are not compared: this browser does not hold that framework.`,
  compareUses: (a: Args) => `${a.label}: ${a.framework}`,
  compareNone: "no local framework",
  compareRef: (a: Args) => `${a.name} (${a.id}, version ${a.version})`,
  aggHeading: "Scores by framework",
  aggIntro: (a: Args) => `This assessment names “${a.name}”, a selection of the U4SSC KPIs (${pl('en', a.local, false, { "one": `${nf(a.local, 'decimal')} KPI of its own`, "other": `${nf(a.local, 'decimal')} KPIs of its own` })}, ${pl('en', a.left, false, { "one": `${nf(a.left, 'decimal')} U4SSC KPI left out`, "other": `${nf(a.left, 'decimal')} U4SSC KPIs left out` })}). The U4SSC scores are the official ones, unchanged; the selection’s are computed by the same rules over its own KPIs, local ones included.`,
  aggU4ssc: (a: Args) => `U4SSC, ${pl('en', a.n, false, { "one": `${nf(a.n, 'decimal')} KPI`, "other": `${nf(a.n, 'decimal')} KPIs` })}`,
  aggSelection: (a: Args) => `${a.name}, ${pl('en', a.n, false, { "one": `${nf(a.n, 'decimal')} KPI`, "other": `${nf(a.n, 'decimal')} KPIs` })}`,
  aggColGroup: "Group",
  aggColScore: (a: Args) => `${a.framework}: score`,
  aggColCoverage: (a: Args) => `${a.framework}: coverage`,
  aggAbsent: "not in this framework",
});
