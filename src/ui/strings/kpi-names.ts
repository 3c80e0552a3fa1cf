/**
 * The one place the KPI catalogue's words are put into the display language. The catalogue is English
 * data in src/engine (pure, English as its source); the UI shows its names through the framework
 * object of this thread, so the chosen language's `kpis` catalogue (src/ui/strings/<lang>/kpis.ts) is
 * written into that object's display fields once at start-up: group names, KPI names and definitions,
 * data point labels and input names, city-profile labels and the reference targets' rationales. Codes,
 * keys, formulas and numbers are never touched, so scoring and every file read or written by code are
 * the same in every language. Whatever a language lacks stays English.
 */
import { referenceTargets, u4ssc } from '../../engine/frameworks/u4ssc';
import type { Framework } from '../../engine/framework';
import type { TargetSet } from '../../engine/targets';
import type { Explanation } from '../../engine/explain';
import type { AggregateResult, Scores } from '../../engine/types';
import { markFallback } from './languages';
import type { KpiCatalogue } from './types';

interface Field {
  get: () => string;
  set: (s: string) => void;
}
const field = <O extends object, K extends keyof O>(o: O, k: K): Field => ({
  get: () => o[k] as string,
  set: (s) => {
    (o as Record<K, unknown>)[k] = s;
  },
});

/** Every translatable field of the framework and target set, with the catalogue entry that words it. */
type Entry = { f: Field; pick: (c: KpiCatalogue) => string | undefined; prose?: true };
function fields(fw: Framework, targets: TargetSet): Entry[] {
  const out: Entry[] = [];
  for (const d of fw.data.dimensions) {
    out.push({ f: field(d, 'name'), pick: (c) => c.groups?.[d.code] });
    for (const s of d.subdimensions) {
      const sc = `${d.code}: ${s.code}`;
      out.push({ f: field(s, 'name'), pick: (c) => c.groups?.[sc] });
      for (const cat of s.categories) {
        const cc = `${sc}: ${cat.code}`;
        out.push({ f: field(cat, 'name'), pick: (c) => c.groups?.[cc] });
      }
    }
  }
  for (const g of [...fw.groups.dimensions, ...fw.groups.subdimensions, ...fw.groups.categories]) {
    out.push({ f: field(g, 'name'), pick: (c) => c.groups?.[g.code] });
  }
  for (const p of fw.data.profile) {
    out.push({ f: field(p, 'label'), pick: (c) => c.profile?.[p.id]?.label });
    const pu = p.unit;
    out.push({ f: field(p, 'unit'), pick: (c) => c.profile?.[p.id]?.unit ?? c.units?.[pu] });
    out.push({ f: field(p, 'definition'), pick: (c) => c.profile?.[p.id]?.definition, prose: true });
  }
  for (const k of fw.data.kpis) {
    out.push({ f: field(k, 'name'), pick: (c) => c.kpis?.[k.code]?.name });
    out.push({ f: field(k, 'definition'), pick: (c) => c.kpis?.[k.code]?.definition, prose: true });
  }
  for (const ref of fw.datapoints) {
    const id = ref.id;
    // A single-point KPI's data point is labelled with the KPI's name: its translation serves for both.
    const sameAsKpi = ref.def.label === ref.kpi.name;
    const code = ref.kpi.code;
    out.push({ f: field(ref.def, 'label'), pick: (c) => c.datapoints?.[id]?.label ?? (sameAsKpi ? c.kpis?.[code]?.name : undefined) });
    const unit = ref.def.unit;
    out.push({ f: field(ref.def, 'unit'), pick: (c) => c.datapoints?.[id]?.unit ?? c.units?.[unit] });
    const formula = ref.def.formula;
    if (formula.kind === 'ratio') {
      const num = formula.numerator;
      out.push({ f: field(formula, 'numerator'), pick: (c) => c.datapoints?.[id]?.numerator ?? c.inputs?.[num] });
      const den = formula.denominator;
      if ('input' in den) {
        const name = den.input;
        out.push({ f: field(den, 'input'), pick: (c) => c.datapoints?.[id]?.denominator ?? c.inputs?.[name] });
      }
    }
    for (const check of ref.def.checks ?? []) {
      const en = check.message;
      out.push({ f: field(check, 'message'), pick: (c) => c.phrases?.[en], prose: true });
    }
    const t = targets.byId.get(id);
    if (t && typeof t.rationale === 'string') out.push({ f: field(t, 'rationale'), pick: (c) => c.rationales?.[id], prose: true });
  }
  return out;
}

const FIELDS = fields(u4ssc, referenceTargets);
const ENGLISH = FIELDS.map(({ f }) => f.get());
const ENGLISH_MESSAGE = new Map(u4ssc.datapoints.flatMap((ref) => (ref.def.checks ?? []).map((c) => [c, c.message] as const)));
/** The English units and input names (kept before any language is applied). */
const PROFILE_UNITS = u4ssc.data.profile.map((p) => p.unit);
const DP_WORDS = u4ssc.datapoints.map(({ def }) => ({
  unit: def.unit,
  numerator: def.formula.kind === 'ratio' ? def.formula.numerator : undefined,
  denominator: def.formula.kind === 'ratio' && 'input' in def.formula.denominator ? def.formula.denominator.input : undefined,
}));
/** Per data point: is its English label the KPI's name (then the KPI name's translation labels it)? */
const DP_SAME = u4ssc.datapoints.map((d) => d.def.label === d.kpi.name);

/** Writes a language's KPI words into the shipped framework (English where it has none; `undefined`: all English). */
export function applyKpiCatalogue(catalogue: KpiCatalogue | undefined): void {
  localised = catalogue !== undefined;
  words.clear();
  shown.clear();
  FIELDS.forEach(({ f, pick, prose }, i) => {
    const word = catalogue && pick(catalogue);
    // Prose a language lacks (a definition, a rationale) is marked as English; see markFallback.
    f.set(word || (catalogue && prose ? markFallback(ENGLISH[i]) : ENGLISH[i]));
    if (word) words.set(ENGLISH[i], word);
  });
  for (const [en, word] of Object.entries(catalogue?.phrases ?? {})) if (word) words.set(en, word);
  // Notes are looked up by KPI code as explanations arrive (localiseExplanation); a target's source by its English text.
  notes = catalogue?.notes;
  for (const [id, word] of Object.entries(catalogue?.sources ?? {})) words.set(referenceTargets.byId.get(id)!.source!, word);
  for (const word of words.values()) shown.add(word);
}

/** English catalogue words → the display language's (every field a language gives, and its phrases). */
const words = new Map<string, string>();
/** The display language's catalogue words (text already translated passes through `catalogueText`). */
const shown = new Set<string>();

/**
 * A catalogue word that came back from the engine worker (whose copy of the catalogue is English) in
 * flags and change notes: an input name, a unit, a profile label, a check's message, a measure. In the
 * display language where it has one; prose it lacks is marked as English (`markFallback`).
 */
export function catalogueText(en: string, prose = false): string {
  const word = words.get(en);
  if (word !== undefined) return word;
  return localised && prose && !shown.has(en) && en !== '' ? markFallback(en) : en;
}

/** Every piece of catalogue prose without a code (check messages, the change history's measures and former inputs). */
export function catalogueProse(): string[] {
  const out = new Set<string>();
  for (const ref of u4ssc.datapoints) for (const check of ref.def.checks ?? []) out.add(ENGLISH_MESSAGE.get(check) ?? check.message);
  for (const step of u4ssc.data.changes ?? [])
    for (const changes of Object.values(step.datapoints))
      for (const c of changes) if (c.kind === 'measure' || c.kind === 'numerator' || c.kind === 'denominator') out.add(c.before).add(c.after);
  return [...out];
}

/** How many of the catalogue's words a language gives (for its completeness test), by kind. */
export function kpiCoverage(catalogue: KpiCatalogue | undefined): { kpiNames: string[]; groupNames: string[]; datapointLabels: string[] } {
  return {
    kpiNames: u4ssc.data.kpis.filter((k) => !catalogue?.kpis?.[k.code]?.name).map((k) => k.code),
    groupNames: [...u4ssc.groups.dimensions, ...u4ssc.groups.subdimensions, ...u4ssc.groups.categories]
      .filter((g) => !catalogue?.groups?.[g.code])
      .map((g) => g.code),
    datapointLabels: u4ssc.datapoints.filter((d, i) => DP_SAME[i] === false && !catalogue?.datapoints?.[d.id]?.label).map((d) => d.id),
  };
}

/** The units and ratio-input names (English) a language leaves in English. */
export function unitCoverage(catalogue: KpiCatalogue | undefined): { units: string[]; inputs: string[] } {
  const units = new Set<string>();
  const inputs = new Set<string>();
  u4ssc.data.profile.forEach((p, i) => {
    if (!catalogue?.profile?.[p.id]?.unit && !catalogue?.units?.[PROFILE_UNITS[i]]) units.add(PROFILE_UNITS[i]);
  });
  u4ssc.datapoints.forEach((d, i) => {
    const en = DP_WORDS[i];
    const c = catalogue?.datapoints?.[d.id];
    // `number` (a bare count) is never shown, and the UI tells it by that English word.
    if (en.unit !== 'number' && !c?.unit && !catalogue?.units?.[en.unit]) units.add(en.unit);
    if (en.numerator !== undefined && !c?.numerator && !catalogue?.inputs?.[en.numerator]) inputs.add(en.numerator);
    if (en.denominator !== undefined && !c?.denominator && !catalogue?.inputs?.[en.denominator]) inputs.add(en.denominator);
  });
  return { units: [...units], inputs: [...inputs] };
}

/**
 * A data point as a message names it: its KPI's code (the same in every language) and its label in the
 * display language (a single-point KPI's data point is labelled with the KPI's name), never its key
 * (`Walking`, `Compact`: English words that identify it in files). An unknown id is named by itself.
 */
export function datapointTitle(id: string): string {
  const ref = u4ssc.byId.get(id);
  return ref ? `${ref.kpi.code} ${ref.def.label}` : id;
}

/** Group names by code, in the display language (scores computed in the worker carry English names). */
const groupName = (code: string): string | undefined =>
  [...u4ssc.groups.dimensions, ...u4ssc.groups.subdimensions, ...u4ssc.groups.categories].find((g) => g.code === code)?.name;

let localised = false;
/** The display language's notes by KPI code (a note is translated whole, see localiseExplanation). */
let notes: Record<string, string> | undefined;

/**
 * Scores and explanations come from the engine worker, whose copy of the catalogue is English: their
 * names are put into the display language here, by code, as they arrive (nothing to do in English).
 */
export function localiseScores(s: Scores): Scores {
  if (!localised) return s;
  const named = (a: AggregateResult): AggregateResult => ({ ...a, name: groupName(a.code) ?? a.name });
  return { ...s, dimensions: s.dimensions.map(named), subdimensions: s.subdimensions.map(named), categories: s.categories.map(named) };
}

export function localiseExplanation(x: Explanation): Explanation {
  if (!localised) return x;
  const ref = u4ssc.byId.get(x.id);
  const kpi = u4ssc.kpiByCode(x.kpi.code);
  // Every reference entry's rationale, a removed benchmark's (target null) too.
  const target = x.target.from === 'reference' ? referenceTargets.byId.get(x.id) : undefined;
  const formula = ref?.def.formula;
  /** This data point's own word for an input (a data point may word a shared input its own way), else the catalogue's. */
  const input = (en: string, local: string | undefined) => (local !== undefined && local !== en ? local : catalogueText(en, true));
  const numerator = (en: string) => input(en, formula?.kind === 'ratio' ? formula.numerator : undefined);
  const denominator = (en: string, fromProfile: boolean | undefined) =>
    fromProfile ? catalogueText(en, true) : input(en, formula?.kind === 'ratio' && 'input' in formula.denominator ? formula.denominator.input : undefined);
  const prose = (en: string | undefined) => (en === undefined ? en : catalogueText(en, true));
  return {
    ...x,
    kpi: {
      ...x.kpi,
      name: kpi?.name ?? x.kpi.name,
      definition: kpi?.definition ?? x.kpi.definition,
      // The engine splits an English note into guidance and notes about its sources by English sentence
      // patterns; a translated note is whole, so it shows as guidance (or as the source notes when the
      // note is only about sources). A note, a research note or an alternative a language lacks is
      // English, marked as such.
      ...(notes?.[x.kpi.code]
        ? x.kpi.notes !== undefined
          ? { notes: notes[x.kpi.code], sourceNotes: undefined }
          : { notes: undefined, sourceNotes: notes[x.kpi.code] }
        : { notes: prose(x.kpi.notes), sourceNotes: prose(x.kpi.sourceNotes) }),
      alternatives: x.kpi.alternatives.map((a) => ({
        ...a,
        about: prose(a.about)!,
        choice: prose(a.choice)!,
        alternative: prose(a.alternative)!,
        source: prose(a.source)!,
      })),
    },
    datapoint: { ...x.datapoint, label: ref?.def.label ?? x.datapoint.label, unit: ref?.def.unit ?? x.datapoint.unit },
    formulaParts: x.formulaParts && {
      ...x.formulaParts,
      numerator: numerator(x.formulaParts.numerator),
      denominator: denominator(x.formulaParts.denominator, x.formulaParts.denominatorFromProfile),
    },
    inputs: x.inputs.map((i) =>
      i.name === null ? i : { ...i, name: i.role === 'numerator' ? numerator(i.name) : i.role === 'denominator' ? denominator(i.name, i.fromProfile) : i.name },
    ),
    // A reference target's source is a citation (titles of documents, in English): marked as English.
    target: { ...x.target, rationale: target?.rationale ?? x.target.rationale, source: x.target.source === null ? null : prose(x.target.source)! },
    aggregates: x.aggregates.map((a) => ({ ...a, name: groupName(a.code) ?? a.name })),
  };
}
