// Compiled from src/ui/messages/en/sdg.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import { register, type Args } from '../runtime';

/** The messages of the namespace `sdg`, with the argument types of their English text. */
export interface SdgMessages {
  readonly "title": string;
  readonly "help": string;
  readonly "namesInEnglish": string;
  "namesTranslated"(a: { codes: string | number }): string;
  "coverage"(a: { carried: string | number; expected: string | number; linked: string | number }): string;
  readonly "indicator": string;
  readonly "value": string;
  readonly "from": string;
  readonly "why": string;
  readonly "relation": {
    readonly "exact": string;
    readonly "close": string;
    readonly "broad": string;
    readonly "narrow": string;
    readonly "related": string;
  };
  readonly "notCarried": {
    readonly "relation": string;
    readonly "unit": string;
    readonly "no-value": string;
    readonly "unlinked": string;
  };
}

export const sdg = register<SdgMessages>("sdg", {
  title: "In SDG 11’s global indicators",
  help: "This assessment’s values carried through the U4SSC → SDG 11 crosswalk: a value is carried only where the two measure the same thing (an exact or close link) in the same unit. Nothing is typed twice.",
  namesInEnglish: "Indicator names are shown in English, as the UN’s global indicator framework gives them: no official UN translation of them has been read for this workbench yet.",
  namesTranslated: (a: Args) => `Indicator names are the UN’s official translations of the global indicator framework (after the 2020 review), as collected in the open-sdg/sdg-translations repository. ${a.codes} keep the UN’s English name: this workbench’s English wording differs from the text translated.`,
  coverage: (a: Args) => `${a.carried} of SDG 11’s ${a.expected} data points carry a value from this assessment; ${a.linked} are linked to a U4SSC data point.`,
  indicator: "SDG 11 indicator",
  value: "Value carried",
  from: "From the U4SSC data point",
  why: "Why not carried",
  relation: {
    exact: "exact match",
    close: "close match",
    broad: "broader",
    narrow: "narrower",
    related: "related",
  },
  notCarried: {
    relation: "The link is not close enough: the two measure different things.",
    unit: "The two are measured in different units.",
    "no-value": "The U4SSC data point has no usable value yet.",
    unlinked: "No U4SSC data point is linked to it.",
  },
});
