/**
 * The KPI catalogue's words in the display language, looked up by id when they are shown. The
 * catalogue is English data in src/engine and stays English everywhere, in the worker and in the page:
 * scores, explanations and flags carry its English words wherever they are computed, and UI code asks
 * here for a group's, KPI's, data point's, input's, unit's or profile field's words by its id
 * (`catalogueName(kind, id)`, or the helpers below that take the catalogue object). Nothing is written
 * into the catalogue. Whatever the language lacks is English, marked as such (`markFallback`: the page
 * gives its element `lang="en"`). A name that is not the catalogue's (a framework file's own KPI, a
 * name its file changed) is shown as it is.
 */
import { referenceTargets, u4ssc } from '../../engine/frameworks/u4ssc';
import type { Explanation } from '../../engine/explain';
import type { DatapointRef } from '../../engine/framework';
import type { DataPointDef, KpiDef, ProfileField } from '../../engine/types';
import { markFallback, unmarkFallback } from './languages';
import type { KpiCatalogue } from './types';

/** What a catalogue word is, and what its id is: a group's full code, a KPI's code, a data point's id, a profile field's id. */
export type CatalogueKind =
  | 'group'
  | 'kpi'
  | 'definition'
  | 'note'
  | 'datapoint'
  | 'unit'
  | 'numerator'
  | 'denominator'
  | 'rationale'
  | 'source'
  | 'profile'
  | 'profile-unit'
  | 'profile-definition';

/** Prose (a definition, a note, a rationale): marked as English where a language lacks it, like every word, and never a key. */
const PROSE: ReadonlySet<CatalogueKind> = new Set(['definition', 'note', 'rationale', 'source', 'profile-definition']);

interface Word {
  en: string;
  pick: (c: KpiCatalogue) => string | undefined;
}

/** Every catalogue word by kind and id, with its English and the entry of a language's catalogue that words it. */
function catalogueWords(): Map<string, Word> {
  const out = new Map<string, Word>();
  const put = (kind: CatalogueKind, id: string, en: string | undefined, pick: Word['pick']) => {
    if (en !== undefined) out.set(`${kind}\u0000${id}`, { en, pick });
  };
  for (const g of [...u4ssc.groups.dimensions, ...u4ssc.groups.subdimensions, ...u4ssc.groups.categories])
    put('group', g.code, g.name, (c) => c.groups?.[g.code]);
  for (const k of u4ssc.data.kpis) {
    put('kpi', k.code, k.name, (c) => c.kpis?.[k.code]?.name);
    put('definition', k.code, k.definition, (c) => c.kpis?.[k.code]?.definition);
    put('note', k.code, k.notes, (c) => c.notes?.[k.code]);
  }
  for (const p of u4ssc.data.profile) {
    put('profile', p.id, p.label, (c) => c.profile?.[p.id]?.label);
    put('profile-unit', p.id, p.unit, (c) => c.profile?.[p.id]?.unit ?? c.units?.[p.unit]);
    put('profile-definition', p.id, p.definition, (c) => c.profile?.[p.id]?.definition);
  }
  for (const ref of u4ssc.datapoints) {
    const { id, def } = ref;
    // A single-point KPI's data point is labelled with the KPI's name: its translation serves for both.
    const sameAsKpi = def.label === ref.kpi.name;
    put('datapoint', id, def.label, (c) => c.datapoints?.[id]?.label ?? (sameAsKpi ? c.kpis?.[ref.kpi.code]?.name : undefined));
    put('unit', id, def.unit, (c) => c.datapoints?.[id]?.unit ?? c.units?.[def.unit]);
    const f = def.formula;
    if (f.kind === 'ratio') {
      put('numerator', id, f.numerator, (c) => c.datapoints?.[id]?.numerator ?? c.inputs?.[f.numerator]);
      if ('input' in f.denominator) {
        const name = f.denominator.input;
        put('denominator', id, name, (c) => c.datapoints?.[id]?.denominator ?? c.inputs?.[name]);
      }
    }
    const t = referenceTargets.byId.get(id);
    if (t && typeof t.rationale === 'string') put('rationale', id, t.rationale, (c) => c.rationales?.[id]);
    if (t && typeof t.source === 'string') put('source', id, t.source, (c) => c.sources?.[id]);
  }
  return out;
}

const WORDS = catalogueWords();

/** The display language's catalogue (`undefined`: English, nothing to look up). */
let current: KpiCatalogue | undefined;
/** English catalogue words → the display language's, for `catalogueText` (every word a language gives, its phrases and sources). */
const byEnglish = new Map<string, string>();
/** The display language's catalogue words (text already translated passes through `catalogueText`). */
const shown = new Set<string>();

/**
 * The display language's catalogue (language.ts, at start-up and when the command line's `--lang`
 * switches): only read by the lookups below, never written into the engine's catalogue.
 */
export function useKpiCatalogue(catalogue: KpiCatalogue | undefined): void {
  current = catalogue;
  byEnglish.clear();
  shown.clear();
  if (!catalogue) return;
  for (const { en, pick } of WORDS.values()) {
    const word = pick(catalogue);
    if (word) byEnglish.set(en, word);
  }
  for (const [en, word] of Object.entries(catalogue.phrases ?? {})) if (word) byEnglish.set(en, word);
  for (const word of byEnglish.values()) shown.add(word);
}

/** English that stays, marked as English in another language (a bare count's unit, `number`, is never shown and is told by that word). */
const english = (en: string): string => (current === undefined || en === '' || en === 'number' ? en : markFallback(en));

/**
 * A catalogue word in the display language, by kind and id: a group's full code (`EC: ICT`), a KPI's
 * code, a data point's id, a profile field's id. `shown` is the text the caller holds (a score's group
 * name, a framework file's KPI name): when it is not the catalogue's English (a framework file's own
 * word), it is returned as it is. An id the catalogue lacks gives `shown`, else the id.
 */
export function catalogueName(kind: CatalogueKind, id: string, shown?: string): string {
  const w = WORDS.get(`${kind}\u0000${id}`);
  if (!w) return shown ?? id;
  if (shown !== undefined && shown !== w.en) return shown;
  const word = current && w.pick(current);
  return word || english(w.en);
}

/** Whether a kind of word is prose (a definition, note, rationale or source) rather than a name. */
export const isProse = (kind: CatalogueKind): boolean => PROSE.has(kind);

/** A dimension's, sub-dimension's or category's name (a score's aggregate, a framework group) in the display language. */
export const groupName = (g: { code: string; name: string }): string => catalogueName('group', g.code, g.name);
/** A KPI's name in the display language. */
export const kpiName = (k: Pick<KpiDef, 'code' | 'name'>): string => catalogueName('kpi', k.code, k.name);
/** A KPI's definition in the display language. */
export const kpiDefinition = (k: Pick<KpiDef, 'code' | 'definition'>): string => catalogueName('definition', k.code, k.definition);
/** A data point's label in the display language. */
export const datapointLabel = (ref: { id: string; def: Pick<DataPointDef, 'label'> }): string => catalogueName('datapoint', ref.id, ref.def.label);
/** A data point's unit in the display language. */
export const datapointUnit = (ref: { id: string; def: Pick<DataPointDef, 'unit'> }): string => catalogueName('unit', ref.id, ref.def.unit);
/** A ratio's numerator or input denominator named in the display language (a formula's own inputs as they are). */
export function inputName(ref: { id: string; def: Pick<DataPointDef, 'formula'> }, role: 'numerator' | 'denominator'): string | undefined {
  const f = ref.def.formula;
  if (f.kind !== 'ratio') return undefined;
  if (role === 'numerator') return catalogueName('numerator', ref.id, f.numerator);
  return 'input' in f.denominator ? catalogueName('denominator', ref.id, f.denominator.input) : undefined;
}
/** A city profile field's label, unit and definition in the display language. */
export const profileLabel = (p: Pick<ProfileField, 'id' | 'label'>): string => catalogueName('profile', p.id, p.label);
export const profileUnit = (p: Pick<ProfileField, 'id' | 'unit'>): string => catalogueName('profile-unit', p.id, p.unit);
export const profileDefinition = (p: Pick<ProfileField, 'id' | 'definition'>): string => catalogueName('profile-definition', p.id, p.definition);
/** A profile field's label by its id (the id itself when the catalogue has no such field). */
export const profileLabelOf = (id: string): string => catalogueName('profile', id);

/** A data point as the grid and the comparison name it: its KPI's name, and its label where the KPI has several (`KPI — label`). */
export const kpiAndLabel = (ref: { id: string; kpi: Pick<KpiDef, 'code' | 'name'>; def: Pick<DataPointDef, 'key' | 'label'> }, sep = ' — '): string =>
  ref.def.key ? `${kpiName(ref.kpi)}${sep}${datapointLabel(ref)}` : kpiName(ref.kpi);

/** A row of a comparison (engine/comparison.ts: English names) in the display language, by its key (a group's code or a data point's id). */
export function comparisonRowName(r: { key: string; level: string; name: string }): string {
  if (r.level === 'datapoint') {
    const ref = u4ssc.byId.get(r.key);
    return ref && r.name === (ref.def.key ? `${ref.kpi.name} — ${ref.def.label}` : ref.kpi.name) ? kpiAndLabel(ref) : r.name;
  }
  return catalogueName('group', r.key, r.name);
}

/**
 * A catalogue word that came back from the engine inside flags and change notes (an input name, a
 * unit, a profile label, a check's message, a measure), where it has no id of its own: looked up by
 * its English text. In the display language where it has one; prose it lacks is marked as English.
 */
export function catalogueText(en: string, prose = false): string {
  const word = byEnglish.get(en);
  if (word !== undefined) return word;
  return current !== undefined && prose && !shown.has(en) && en !== '' ? markFallback(en) : en;
}

/** Every piece of catalogue prose without a code (check messages, the change history's measures and former inputs). */
export function catalogueProse(): string[] {
  const out = new Set<string>();
  for (const ref of u4ssc.datapoints) for (const check of ref.def.checks ?? []) out.add(check.message);
  for (const step of u4ssc.data.changes ?? [])
    for (const changes of Object.values(step.datapoints))
      for (const c of changes) if (c.kind === 'measure' || c.kind === 'numerator' || c.kind === 'denominator') out.add(c.before).add(c.after);
  return [...out];
}

/** Per data point: is its English label the KPI's name (then the KPI name's translation labels it)? */
const DP_SAME = u4ssc.datapoints.map((d) => d.def.label === d.kpi.name);

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
  for (const p of u4ssc.data.profile) if (!catalogue?.profile?.[p.id]?.unit && !catalogue?.units?.[p.unit]) units.add(p.unit);
  for (const d of u4ssc.datapoints) {
    const c = catalogue?.datapoints?.[d.id];
    const f = d.def.formula;
    // `number` (a bare count) is never shown, and the UI tells it by that English word.
    if (d.def.unit !== 'number' && !c?.unit && !catalogue?.units?.[d.def.unit]) units.add(d.def.unit);
    if (f.kind !== 'ratio') continue;
    if (!c?.numerator && !catalogue?.inputs?.[f.numerator]) inputs.add(f.numerator);
    if ('input' in f.denominator && !c?.denominator && !catalogue?.inputs?.[f.denominator.input]) inputs.add(f.denominator.input);
  }
  return { units: [...units], inputs: [...inputs] };
}

/**
 * A data point as a message names it: its KPI's code (the same in every language) and its label in the
 * display language (a single-point KPI's data point is labelled with the KPI's name), never its key
 * (`Walking`, `Compact`: English words that identify it in files). An unknown id is named by itself.
 */
export function datapointTitle(id: string): string {
  const ref = u4ssc.byId.get(id);
  return ref ? `${ref.kpi.code} ${datapointLabel(ref)}` : id;
}

/**
 * An explanation (from the engine, in English wherever it was computed) with its catalogue words in
 * the display language, looked up by its data point's id and KPI's code (nothing to do in English).
 */
export function localiseExplanation(x: Explanation): Explanation {
  if (current === undefined) return x;
  const notes = current.notes;
  const ref = u4ssc.byId.get(x.id);
  const own = (kind: CatalogueKind, shown: string) => (ref ? catalogueName(kind, ref.id, shown) : shown);
  /** This data point's own word for an input (looked up by its id), else the catalogue's word for the same English. */
  const numerator = (en: string) => (ref && inputName(ref, 'numerator') !== undefined ? own('numerator', en) : catalogueText(en, true));
  const denominator = (en: string, fromProfile: boolean | undefined) =>
    fromProfile || !ref || inputName(ref, 'denominator') === undefined ? catalogueText(en, true) : own('denominator', en);
  const prose = (en: string | undefined) => (en === undefined ? en : catalogueText(en, true));
  return {
    ...x,
    kpi: {
      ...x.kpi,
      name: catalogueName('kpi', x.kpi.code, x.kpi.name),
      definition: catalogueName('definition', x.kpi.code, x.kpi.definition),
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
    datapoint: { ...x.datapoint, label: own('datapoint', x.datapoint.label), unit: own('unit', x.datapoint.unit) },
    formulaParts: x.formulaParts && {
      ...x.formulaParts,
      numerator: numerator(x.formulaParts.numerator),
      denominator: denominator(x.formulaParts.denominator, x.formulaParts.denominatorFromProfile),
    },
    inputs: x.inputs.map((i) =>
      i.name === null ? i : { ...i, name: i.role === 'numerator' ? numerator(i.name) : i.role === 'denominator' ? denominator(i.name, i.fromProfile) : i.name },
    ),
    // A reference target's source is a citation (titles of documents, in English): marked as English.
    target: {
      ...x.target,
      rationale: x.target.from === 'reference' && x.target.rationale !== null ? own('rationale', x.target.rationale) : x.target.rationale,
      source: x.target.source === null ? null : prose(x.target.source)!,
    },
    aggregates: x.aggregates.map((a) => ({ ...a, name: groupName(a) })),
  };
}

/**
 * The catalogue's names in the display language for a results workbook written from the page (share/xlsx.ts
 * `WorkbookLabels.names`): a data point as the Values sheet names it (`KPI: label`), an aggregate by its code.
 */
export const workbookNames = {
  datapoint: (ref: DatapointRef): string => unmarkFallback(kpiAndLabel(ref, ': ')),
  group: (code: string, english: string): string => unmarkFallback(catalogueName('group', code, english)),
};
