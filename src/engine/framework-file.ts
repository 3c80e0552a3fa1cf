/**
 * A framework is a file (issue #30, item 1): its dimensions, categories, KPIs and data points, the
 * named inputs and formula of each data point (in the formula language, formula.ts), units,
 * directions, bounds and checks, the city-profile fields its formulas share, its reference targets with
 * basis and source, its validation rules (rules.ts) and its links to other frameworks' indicators
 * (crosswalks). `{ format: 'ssc-workbench/framework', version: 2 }`; version 1 is the catalogue as the
 * app has shipped it (catalogue.json), migrated here. The reader migrates, validates against the
 * published schema (public/framework.schema.json, compiled ahead of time like the assessment's: no
 * `eval`), then checks what a schema cannot (formulas, codes, categories, targets) and returns typed
 * problems, never an exception. What it gives is what the engine already scores: a `FrameworkData`,
 * a `TargetSetData`, the rules and the links.
 */
import { compileFormula, formulaGraph, type FormulaNode, type FormulaProblem, type GraphNode } from './formula';
import { validate as validateFramework } from './framework-schema.validate.js';
import { loadFramework, normaliseCode } from './framework';
import { migrate, type Migration, type RawDoc } from './migrations';
import type { DocProblem } from './problems';
import { compileRules, type ValidationRule } from './rules';
import { repeatedKeyProblems, repeatedKeys } from './json-keys';
import { schemaProblems } from './schema';
import type { CatalogueStep, DataPointDef, DimensionDef, FrameworkData, KpiDef, ProfileField, TargetDef, TargetSetData } from './types';

export const FRAMEWORK_FORMAT = 'ssc-workbench/framework';
export const FRAMEWORK_FILE_VERSION = 2;
/** A framework file larger than this is refused before it is parsed. */
export const MAX_FRAMEWORK_BYTES = 8 * 1024 * 1024;

/** An input of a data point's formula: the name formulas use, and what is counted, with its unit. */
export interface FileInput {
  name: string;
  label: string;
}

/** How a data point's value is made, in the file. */
export type FileFormula =
  /**
   * A formula over the data point's inputs, profile fields and other data points. `share`: the first
   * input is a part of the whole it is divided by (households with X ÷ all households), so a part
   * above its whole is refused.
   */
  { kind: 'formula'; expression: string; inputs: FileInput[]; share?: boolean } | { kind: 'direct' } | { kind: 'yesno' };

export type FileDatapoint = Omit<DataPointDef, 'formula'> & { formula: FileFormula };
export type FileKpi = Omit<KpiDef, 'datapoints'> & { datapoints: FileDatapoint[] };

/**
 * A link from a data point of this framework to another framework's indicator, with how close the two
 * are (SKOS mapping relations: exactMatch, closeMatch, broadMatch, narrowMatch, relatedMatch) and the
 * source that says so.
 */
export interface CrosswalkLink {
  /** A data point id of this framework (`EN: EN: AQ: 1C|PM2.5`). */
  datapoint: string;
  /** The other framework's id (`sdg-11`). */
  framework: string;
  /** The other framework's indicator or data point id (`11.6.2`). */
  indicator: string;
  relation: 'exact' | 'close' | 'broad' | 'narrow' | 'related';
  source: string;
  note?: string;
}

export interface FrameworkFile {
  format: typeof FRAMEWORK_FORMAT;
  version: typeof FRAMEWORK_FILE_VERSION;
  id: string;
  frameworkVersion: string;
  name: string;
  description: string;
  dimensions: DimensionDef[];
  profile: ProfileField[];
  kpis: FileKpi[];
  changes?: CatalogueStep[];
  /** The framework's reference targets, with rationale, source and basis. */
  targets?: { id: string; name: string; illustrative: boolean; statement: string; targets: TargetDef[] };
  rules?: ValidationRule[];
  links?: CrosswalkLink[];
}

/** Why a framework file was not read, or what is wrong in it. Worded by `C.frameworkFile` (src/ui/strings/catalogue.ts). */
export type FrameworkFileProblem =
  | { kind: 'not-json' }
  | { kind: 'too-large'; limit: number }
  | { kind: 'not-framework' }
  | { kind: 'newer-version'; version: number; max: number }
  /** What the schema finds, at its path. */
  | { kind: 'doc'; problem: DocProblem }
  | { kind: 'formula'; path: string; problem: FormulaProblem }
  /** A formula of more inputs than an assessment can hold for a data point (two, until the format names inputs). */
  | { kind: 'formula-not-scored'; path: string; inputs: number; max: number }
  | { kind: 'unknown-category'; path: string; category: string }
  | { kind: 'duplicate-code'; path: string; code: string }
  | { kind: 'duplicate-datapoint'; path: string; id: string }
  | { kind: 'unknown-target'; path: string; id: string }
  | { kind: 'duplicate-input'; path: string; name: string }
  | { kind: 'duplicate-rule'; path: string; id: string }
  /** A link from a data point the file does not have. */
  | { kind: 'unknown-link'; path: string; id: string };

/** A framework file read: what the engine scores, and the rules and links beside it. */
export interface ReadFramework {
  data: FrameworkData;
  /** The file's reference targets as a target set (`<id>-reference`), or null when it has none. */
  targets: TargetSetData | null;
  rules: ValidationRule[];
  links: CrosswalkLink[];
  /** The version the file had before migration. */
  from: number;
}

export type FrameworkReadResult = { ok: true; value: ReadFramework } | { ok: false; problems: FrameworkFileProblem[] };

// ---------------------------------------------------------------------------------------------------
// Formulas between the engine's form and the file's

/** The engine's ratio as a formula: `numerator / denominator * multiplier` (× 1 left out), the same operations in the same order. */
export function ratioExpression(f: Extract<DataPointDef['formula'], { kind: 'ratio' }>): FileFormula {
  const inputs: FileInput[] = [{ name: 'numerator', label: f.numerator }];
  let denominator: string;
  if ('profile' in f.denominator) denominator = `profile.${f.denominator.profile}`;
  else {
    inputs.push({ name: 'denominator', label: f.denominator.input });
    denominator = 'denominator';
  }
  const expression = f.multiplier === 1 ? `numerator / ${denominator}` : `numerator / ${denominator} * ${f.multiplier}`;
  return { kind: 'formula', expression, inputs, share: f.share };
}

/** A data point of the engine's catalogue in the file's form. */
export function fileDatapoint(def: DataPointDef): FileDatapoint {
  const { formula, ...rest } = def;
  return { ...rest, formula: formula.kind === 'ratio' ? ratioExpression(formula) : formula };
}

/**
 * The engine's form of a formula of the file, when the engine scores it: input ÷ (input or profile
 * field), optionally × a number, where the inputs are the data point's first and second (stored in an
 * entry's numerator and denominator until the assessment format names inputs). Null otherwise.
 */
function asRatio(root: FormulaNode, inputs: FileInput[], share: boolean): DataPointDef['formula'] | null {
  let division = root;
  let multiplier = 1;
  if (root.t === 'bin' && root.op === '*' && root.b.t === 'num') {
    division = root.a;
    multiplier = root.b.v;
  }
  if (division.t !== 'bin' || division.op !== '/') return null;
  const { a, b } = division;
  if (a.t !== 'ref' || a.ref.kind !== 'input' || a.ref.name !== inputs[0]?.name) return null;
  if (b.t !== 'ref') return null;
  if (b.ref.kind === 'profile' && inputs.length === 1)
    return { kind: 'ratio', numerator: inputs[0].label, denominator: { profile: b.ref.field }, multiplier, share };
  if (b.ref.kind === 'input' && inputs.length === 2 && b.ref.name === inputs[1].name) {
    return { kind: 'ratio', numerator: inputs[0].label, denominator: { input: inputs[1].label }, multiplier, share };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Migrations

/** Version 1 is the catalogue as shipped (catalogue.json): formulas as the engine's ratio, direct or yes/no. */
export const FRAMEWORK_MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    description: 'Formulas in the formula language with named inputs; optional reference targets, rules and links.',
    up: (doc: RawDoc) => {
      const kpis = Array.isArray(doc.kpis) ? doc.kpis : [];
      return {
        ...doc,
        kpis: kpis.map((k: unknown) => {
          if (typeof k !== 'object' || k === null || !Array.isArray((k as RawDoc).datapoints)) return k;
          const kpi = k as RawDoc;
          return {
            ...kpi,
            datapoints: (kpi.datapoints as unknown[]).map((d) => {
              const dp = d as { formula?: { kind?: string } };
              if (typeof d !== 'object' || d === null || dp.formula?.kind !== 'ratio') return d;
              return fileDatapoint(d as DataPointDef);
            }),
          };
        }),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Reading

/** Reads a framework file's text: the framework the engine scores, or every problem found. */
export function parseFrameworkFile(text: string): FrameworkReadResult {
  if (text.length > MAX_FRAMEWORK_BYTES) return { ok: false, problems: [{ kind: 'too-large', limit: MAX_FRAMEWORK_BYTES }] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return { ok: false, problems: [{ kind: 'not-json' }] };
  }
  // JSON.parse keeps the last of a repeated key: a KPI or a target written twice is refused, where it is.
  const repeated = repeatedKeys(body);
  if (repeated.length > 0) return { ok: false, problems: repeatedKeyProblems(repeated).map((problem) => ({ kind: 'doc', problem })) };
  return readFrameworkFile(raw);
}

/** Migrates, validates and checks a parsed framework file. */
export function readFrameworkFile(raw: unknown): FrameworkReadResult {
  const migrated = migrate(raw, FRAMEWORK_FORMAT, FRAMEWORK_FILE_VERSION, FRAMEWORK_MIGRATIONS);
  if (!migrated.ok) {
    const p = migrated.problem;
    if (p.kind === 'newer-version') return { ok: false, problems: [{ kind: 'newer-version', version: p.version, max: FRAMEWORK_FILE_VERSION }] };
    if (p.kind === 'no-version') return { ok: false, problems: [{ kind: 'doc', problem: { kind: 'bad-version', path: 'version' } }] };
    if (p.kind === 'step-failed' || p.kind === 'missing-step') {
      const from = p.from;
      return { ok: false, problems: [{ kind: 'doc', problem: { kind: 'migration-failed', from, to: from + 1, path: '' } }] };
    }
    return { ok: false, problems: [{ kind: 'not-framework' }] };
  }
  const schema = schemaProblems(migrated.value, validateFramework);
  if (schema.length > 0) return { ok: false, problems: schema.map((problem) => ({ kind: 'doc', problem })) };
  const file = migrated.value as unknown as FrameworkFile;
  const problems: FrameworkFileProblem[] = [];

  // Codes and categories, as loadFramework requires them (said with a path instead of thrown).
  const categories = new Set<string>();
  for (const d of file.dimensions)
    for (const s of d.subdimensions) for (const c of s.categories) categories.add(normaliseCode(`${d.code}: ${s.code}: ${c.code}`));
  const codes = new Map<string, string>();
  const ids = new Set<string>();
  file.kpis.forEach((kpi, k) => {
    if (!categories.has(normaliseCode(kpi.category))) problems.push({ kind: 'unknown-category', path: `kpis[${k}].category`, category: kpi.category });
    for (const code of [kpi.code, ...kpi.aliases]) {
      if (codes.has(normaliseCode(code))) problems.push({ kind: 'duplicate-code', path: `kpis[${k}].code`, code });
      codes.set(normaliseCode(code), kpi.code);
    }
    kpi.datapoints.forEach((d, j) => {
      const id = `${kpi.code}|${d.key}`;
      if (ids.has(id)) problems.push({ kind: 'duplicate-datapoint', path: `kpis[${k}].datapoints[${j}]`, id });
      ids.add(id);
    });
  });
  if (problems.length > 0) return { ok: false, problems };

  // Formulas: compiled against the data point's inputs, the profile and the other data points; the
  // graph of data points reading data points has no cycle.
  const profile = file.profile.map((p) => p.id);
  const byCode = (code: string): string | undefined => {
    const bar = code.lastIndexOf('|');
    const kpiCode = codes.get(normaliseCode(bar < 0 ? code : code.slice(0, bar)));
    if (kpiCode === undefined) return undefined;
    const key = bar < 0 ? '' : code.slice(bar + 1).trim();
    const kpi = file.kpis.find((k) => k.code === kpiCode)!;
    const dp =
      kpi.datapoints.find((d) => d.key.replace(/\s+/g, '').toLowerCase() === key.replace(/\s+/g, '').toLowerCase()) ??
      (key === '' && kpi.datapoints.length === 1 ? kpi.datapoints[0] : undefined);
    return dp && `${kpi.code}|${dp.key}`;
  };
  const graph: GraphNode[] = [];
  const kpis: KpiDef[] = file.kpis.map((kpi, k) => ({
    ...kpi,
    datapoints: kpi.datapoints.map((d, j): DataPointDef => {
      const path = `kpis[${k}].datapoints[${j}].formula`;
      const { formula, ...rest } = d;
      if (formula.kind !== 'formula') return { ...rest, formula };
      const names = new Set<string>();
      for (const input of formula.inputs) {
        if (names.has(input.name)) problems.push({ kind: 'duplicate-input', path: `${path}.inputs`, name: input.name });
        names.add(input.name);
      }
      const compiled = compileFormula(formula.expression, { inputs: formula.inputs.map((i) => i.name), profile, datapoint: byCode });
      if (!compiled.ok) {
        for (const problem of compiled.problems) problems.push({ kind: 'formula', path: `${path}.expression`, problem });
        return { ...rest, formula: { kind: 'direct' } };
      }
      graph.push({
        id: `${kpi.code}|${d.key}`,
        name: `${kpi.code} ${d.label}`,
        reads: compiled.formula.refs.flatMap((r) => (r.kind === 'datapoint' ? [r.id] : [])),
      });
      // A ratio is given to the engine as its ratio (its flags: a part above its whole, a negative
      // count); any other formula as a formula, of at most two inputs until assessments name inputs.
      const ratio = asRatio(compiled.formula.root, formula.inputs, formula.share ?? false);
      if (ratio) return { ...rest, formula: ratio };
      if (formula.inputs.length > 2) {
        problems.push({ kind: 'formula-not-scored', path: `${path}.inputs`, inputs: formula.inputs.length, max: 2 });
        return { ...rest, formula: { kind: 'direct' } };
      }
      return { ...rest, formula: { kind: 'formula', expression: formula.expression, inputs: formula.inputs } };
    }),
  }));
  for (const cycle of formulaGraph(graph).cycles) problems.push({ kind: 'formula', path: 'kpis', problem: cycle });

  const seenRules = new Set<string>();
  (file.rules ?? []).forEach((r, i) => {
    if (seenRules.has(r.id)) problems.push({ kind: 'duplicate-rule', path: `rules[${i}].id`, id: r.id });
    seenRules.add(r.id);
  });
  (file.targets?.targets ?? []).forEach((t, i) => {
    const id = byCode(t.datapoint === '' ? t.code : `${t.code}|${t.datapoint}`);
    if (id === undefined) problems.push({ kind: 'unknown-target', path: `targets.targets[${i}]`, id: `${t.code}|${t.datapoint}` });
  });
  (file.links ?? []).forEach((l, i) => {
    if (!ids.has(l.datapoint)) problems.push({ kind: 'unknown-link', path: `links[${i}].datapoint`, id: l.datapoint });
  });
  if (problems.length > 0) return { ok: false, problems };

  const data: FrameworkData = {
    format: 'ssc-workbench/framework',
    version: 1,
    id: file.id,
    frameworkVersion: file.frameworkVersion,
    name: file.name,
    description: file.description,
    dimensions: file.dimensions,
    profile: file.profile,
    kpis,
    ...(file.changes ? { changes: file.changes } : {}),
  };
  const rules = file.rules ?? [];
  if (rules.length > 0) {
    const compiled = compileRules(loadFramework(data), rules);
    if (!compiled.ok) {
      return {
        ok: false,
        problems: compiled.problems.map((p) => ({ kind: 'formula', path: `rules[${p.rule}].${p.side}`, problem: p.problem as FormulaProblem })),
      };
    }
  }
  const targets: TargetSetData | null = file.targets
    ? {
        format: 'ssc-workbench/targets',
        version: 1,
        id: file.targets.id,
        name: file.targets.name,
        frameworkId: file.id,
        illustrative: file.targets.illustrative,
        statement: file.targets.statement,
        targets: file.targets.targets,
      }
    : null;
  return { ok: true, value: { data, targets, rules, links: file.links ?? [], from: migrated.from } };
}

/** A catalogue and its reference targets, rules and links as one framework file (the generator of the shipped U4SSC file uses it). */
export function frameworkFile(data: FrameworkData, targets: TargetSetData | null, rules: ValidationRule[] = [], links: CrosswalkLink[] = []): FrameworkFile {
  return {
    format: FRAMEWORK_FORMAT,
    version: FRAMEWORK_FILE_VERSION,
    id: data.id,
    frameworkVersion: data.frameworkVersion,
    name: data.name,
    description: data.description,
    dimensions: data.dimensions,
    profile: data.profile,
    kpis: data.kpis.map((k) => ({ ...k, datapoints: k.datapoints.map(fileDatapoint) })),
    ...(data.changes ? { changes: data.changes } : {}),
    ...(targets
      ? { targets: { id: targets.id, name: targets.name, illustrative: targets.illustrative, statement: targets.statement, targets: targets.targets } }
      : {}),
    ...(rules.length > 0 ? { rules } : {}),
    ...(links.length > 0 ? { links } : {}),
  };
}
