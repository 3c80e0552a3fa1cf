/**
 * Editing a framework file (issue #30, item 4): what the library's framework editor does to the file,
 * kept pure so the same steps are tested without a page. A city or national programme starts from the
 * U4SSC file (or opens its own), adds local KPIs (one data point each: a formula over named inputs, a
 * unit, a direction, a reference target with its basis and source, or none) and validation rules, and
 * exports the file. Every step gives a new file; whether it reads is `readFrameworkFile`'s to say, the
 * same checks as an opened file.
 */
import { compileFormula, type CompileResult } from './formula';
import { normaliseCode } from './framework';
import { U4SSC_SDG11 } from './frameworks/crosswalks';
import { referenceTargets, u4ssc } from './frameworks/u4ssc';
import {
  FRAMEWORK_FILE_VERSION,
  FRAMEWORK_FORMAT,
  FRAMEWORK_MIGRATIONS,
  frameworkFile,
  parseFrameworkFile,
  type CrosswalkLink,
  readFrameworkFile,
  type FileKpi,
  type FrameworkFile,
  type FrameworkFileProblem,
} from './framework-file';
import { migrate } from './migrations';
import type { ValidationRule } from './rules';
import type { Direction, TargetDef } from './types';

/** A local KPI as the editor's form holds it. */
export interface LocalKpiFields {
  code: string;
  name: string;
  /** A category path of the file (`EC: ICT: ICT`). */
  category: string;
  definition: string;
  unit: string;
  direction: Exclude<Direction, 'yesno' | 'band'>;
  /** One or two inputs, by the name the formula uses and what is counted. */
  inputs: { name: string; label: string }[];
  expression: string;
  /** The reference target, or null: "no target", with the reason in `rationale`. */
  target: number | null;
  basis: 'public' | 'judgement';
  source: string;
  rationale: string;
}

/** Every category path of the file, `DIM: SUB: CAT`, with its name. */
export function categoriesOf(file: FrameworkFile): { path: string; name: string }[] {
  return file.dimensions.flatMap((d) =>
    d.subdimensions.flatMap((s) => s.categories.map((c) => ({ path: `${d.code}: ${s.code}: ${c.code}`, name: `${d.name} · ${s.name} · ${c.name}` }))),
  );
}

/** A data point's id in the file (`code|key`) for formulas reading other data points. */
function datapointOf(file: FrameworkFile, code: string): string | undefined {
  const bar = code.lastIndexOf('|');
  const kpiCode = normaliseCode(bar < 0 ? code : code.slice(0, bar));
  const key =
    bar < 0
      ? ''
      : code
          .slice(bar + 1)
          .trim()
          .toLowerCase();
  const kpi = file.kpis.find((k) => normaliseCode(k.code) === kpiCode || k.aliases.some((a) => normaliseCode(a) === kpiCode));
  const dp = kpi?.datapoints.find((d) => d.key.toLowerCase() === key) ?? (key === '' && kpi?.datapoints.length === 1 ? kpi.datapoints[0] : undefined);
  return kpi && dp ? `${kpi.code}|${dp.key}` : undefined;
}

/** A local KPI's formula compiled as the file's reader will: its inputs, the file's profile fields and data points. */
export function checkKpiFormula(file: FrameworkFile, expression: string, inputs: readonly string[]): CompileResult {
  return compileFormula(expression, { inputs: [...inputs], profile: file.profile.map((p) => p.id), datapoint: (code) => datapointOf(file, code) });
}

/** A rule's side compiled as the file's reader will: the file's data points and profile fields, no inputs. */
export function checkRuleSide(file: FrameworkFile, expression: string): CompileResult {
  return checkKpiFormula(file, expression, []);
}

/** The KPI the form describes, in the file's form. */
export function localKpi(f: LocalKpiFields): FileKpi {
  return {
    code: f.code.trim(),
    aliases: [],
    name: f.name.trim(),
    category: f.category,
    tier: 'core',
    type: null,
    definition: f.definition.trim(),
    sdg: [],
    // The programme's own KPI: what it says of it is the source, read first-hand.
    confidence: 'H',
    sources: f.source.trim(),
    datapoints: [
      {
        key: '',
        label: f.name.trim(),
        unit: f.unit.trim(),
        direction: f.direction,
        formula: { kind: 'formula', expression: f.expression, inputs: f.inputs.map((i) => ({ name: i.name.trim(), label: i.label.trim() })) },
      },
    ],
  };
}

/** The form's reference target (a number with its basis, or none with the reason). */
export function localTarget(f: LocalKpiFields): TargetDef {
  const t: TargetDef = { code: f.code.trim(), datapoint: '', target: f.target, rationale: f.rationale.trim(), source: f.source.trim() };
  return f.target === null ? t : { ...t, basis: f.basis };
}

/**
 * The file with the KPI added, or put in place of the KPI of the same code (an edit), and its target
 * in the file's reference targets (a file with none gets a set of its own, marked the programme's).
 */
export function putKpi(file: FrameworkFile, f: LocalKpiFields): FrameworkFile {
  const kpi = localKpi(f);
  const same = (code: string) => normaliseCode(code) === normaliseCode(kpi.code);
  const at = file.kpis.findIndex((k) => same(k.code));
  const kpis = at < 0 ? [...file.kpis, kpi] : file.kpis.map((k, i) => (i === at ? kpi : k));
  const set = file.targets ?? { id: `${file.id}-reference`, name: file.name, illustrative: false, statement: '', targets: [] };
  const targets = [...set.targets.filter((t) => !same(t.code)), localTarget(f)];
  return { ...file, kpis, targets: { ...set, targets } };
}

/** The file without the KPI of that code, its target, and the rules and links about it. */
export function removeKpi(file: FrameworkFile, code: string): FrameworkFile {
  const same = (c: string) => normaliseCode(c) === normaliseCode(code);
  const onIt = (id: string) => same(id.slice(0, id.lastIndexOf('|') < 0 ? id.length : id.lastIndexOf('|')));
  const out: FrameworkFile = { ...file, kpis: file.kpis.filter((k) => !same(k.code)) };
  if (file.targets) out.targets = { ...file.targets, targets: file.targets.targets.filter((t) => !same(t.code)) };
  if (file.links) out.links = file.links.filter((l) => !onIt(l.datapoint));
  return out;
}

/** The form of a KPI of the file, to edit it (a KPI of one data point with a formula; others are not the editor's). */
export function kpiFields(file: FrameworkFile, code: string): LocalKpiFields | null {
  const kpi = file.kpis.find((k) => k.code === code);
  const dp = kpi?.datapoints[0];
  if (!kpi || !dp || kpi.datapoints.length !== 1 || dp.formula.kind !== 'formula' || (dp.direction !== 'higher' && dp.direction !== 'lower')) return null;
  const t = file.targets?.targets.find((x) => x.code === kpi.code && x.datapoint === dp.key);
  return {
    code: kpi.code,
    name: kpi.name,
    category: kpi.category,
    definition: kpi.definition,
    unit: dp.unit,
    direction: dp.direction,
    inputs: dp.formula.inputs,
    expression: dp.formula.expression,
    target: t?.target ?? null,
    basis: t?.basis ?? 'public',
    source: t?.source ?? kpi.sources,
    rationale: t?.rationale ?? '',
  };
}

/** The file with the rule added, or put in place of the rule of the same id. */
export function putRule(file: FrameworkFile, rule: ValidationRule): FrameworkFile {
  const rules = file.rules ?? [];
  const at = rules.findIndex((r) => r.id === rule.id);
  return { ...file, rules: at < 0 ? [...rules, rule] : rules.map((r, i) => (i === at ? rule : r)) };
}

export function removeRule(file: FrameworkFile, id: string): FrameworkFile {
  return { ...file, rules: (file.rules ?? []).filter((r) => r.id !== id) };
}

export type OpenResult = { ok: true; file: FrameworkFile; text: string } | { ok: false; problems: FrameworkFileProblem[] };

/**
 * A framework file's text opened for editing: checked as any framework file is (`parseFrameworkFile`),
 * then the file itself at the current version (an older file migrated), and its text as stored and
 * exported.
 */
export function openFrameworkText(text: string): OpenResult {
  const read = parseFrameworkFile(text);
  if (!read.ok) return read;
  const migrated = migrate(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text), FRAMEWORK_FORMAT, FRAMEWORK_FILE_VERSION, FRAMEWORK_MIGRATIONS);
  if (!migrated.ok) return { ok: false, problems: [{ kind: 'not-framework' }] };
  const file = migrated.value as unknown as FrameworkFile;
  return { ok: true, file, text: frameworkText(file) };
}

// ---------------------------------------------------------------------------------------------------
// A national selection: the U4SSC file with KPIs left out, reordered, and local KPIs added

/** The shipped U4SSC catalogue as a framework file (its reference targets, its links to SDG 11): where a selection starts. */
export const u4sscFile = (): FrameworkFile => frameworkFile(u4ssc.data, referenceTargets.data, [], U4SSC_SDG11.links);

/** Which of the base framework's KPIs a file keeps (in the file's order), which it leaves out (in the base's order), and its own. */
export interface Selection {
  kept: FileKpi[];
  removed: FileKpi[];
  local: FileKpi[];
}

export function selectionOf(file: FrameworkFile, base: FrameworkFile): Selection {
  const inBase = new Set(base.kpis.map((k) => normaliseCode(k.code)));
  const inFile = new Set(file.kpis.map((k) => normaliseCode(k.code)));
  return {
    kept: file.kpis.filter((k) => inBase.has(normaliseCode(k.code))),
    removed: base.kpis.filter((k) => !inFile.has(normaliseCode(k.code))),
    local: file.kpis.filter((k) => !inBase.has(normaliseCode(k.code))),
  };
}

/** The file with the KPI moved one place up (-1) or down (+1) in its order; the same file at either end. */
export function moveKpi(file: FrameworkFile, code: string, by: -1 | 1): FrameworkFile {
  const at = file.kpis.findIndex((k) => normaliseCode(k.code) === normaliseCode(code));
  const to = at + by;
  if (at < 0 || to < 0 || to >= file.kpis.length) return file;
  const kpis = [...file.kpis];
  [kpis[at], kpis[to]] = [kpis[to], kpis[at]];
  return { ...file, kpis };
}

/**
 * The file with a KPI of the base it left out put back: after the nearest KPI before it in the base's
 * order that the file keeps (first when none), with its reference target and its links from the base.
 */
export function restoreKpi(file: FrameworkFile, base: FrameworkFile, code: string): FrameworkFile {
  const same = (c: string) => normaliseCode(c) === normaliseCode(code);
  const b = base.kpis.findIndex((k) => same(k.code));
  if (b < 0 || file.kpis.some((k) => same(k.code))) return file;
  const kept = new Map(file.kpis.map((k, i) => [normaliseCode(k.code), i]));
  let after = -1;
  for (let i = b - 1; i >= 0 && after < 0; i--) after = kept.get(normaliseCode(base.kpis[i].code)) ?? -1;
  const kpis = [...file.kpis.slice(0, after + 1), base.kpis[b], ...file.kpis.slice(after + 1)];
  const out: FrameworkFile = { ...file, kpis };
  const targets = (base.targets?.targets ?? []).filter((t) => same(t.code));
  if (targets.length > 0) {
    const set = file.targets ?? { ...base.targets!, targets: [] };
    out.targets = { ...set, targets: [...set.targets.filter((t) => !same(t.code)), ...targets] };
  }
  const onIt = (id: string) => same(id.slice(0, id.lastIndexOf('|')));
  const links = (base.links ?? []).filter((l) => onIt(l.datapoint));
  if (links.length > 0) out.links = [...(file.links ?? []).filter((l) => !onIt(l.datapoint)), ...links];
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Links to other frameworks' indicators

/** A link is one per data point, other framework and indicator. */
export const sameLink = (a: CrosswalkLink, b: CrosswalkLink): boolean =>
  a.datapoint === b.datapoint && a.framework === b.framework && a.indicator === b.indicator;

/** The links of a KPI's data points, in the file's order. */
export const linksOf = (file: FrameworkFile, code: string): CrosswalkLink[] =>
  (file.links ?? []).filter((l) => normaliseCode(l.datapoint.slice(0, l.datapoint.lastIndexOf('|'))) === normaliseCode(code));

/** The file with the link added, or put in place of the link between the same two. */
export function putLink(file: FrameworkFile, link: CrosswalkLink): FrameworkFile {
  const links = file.links ?? [];
  const at = links.findIndex((l) => sameLink(l, link));
  return { ...file, links: at < 0 ? [...links, link] : links.map((l, i) => (i === at ? link : l)) };
}

export function removeLink(file: FrameworkFile, link: CrosswalkLink): FrameworkFile {
  return { ...file, links: (file.links ?? []).filter((l) => !sameLink(l, link)) };
}

/** The file's text as stored and exported. */
export const frameworkText = (file: FrameworkFile): string => `${JSON.stringify(file, null, 2)}\n`;

/** An edited file checked as an opened one would be: its text, or what is wrong. */
export function checkEdited(file: FrameworkFile): OpenResult {
  const text = frameworkText(file);
  const read = readFrameworkFile(JSON.parse(text));
  return read.ok ? { ok: true, file, text } : read;
}
