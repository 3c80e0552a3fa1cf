/**
 * The translators' loop for the KPI catalogue (#31). Every catalogue text a language translates (KPI
 * names and definitions, group names, data point labels, units, input names, rationales, notes, the
 * reference targets' sources, city profile labels) records the hash of the English text it was made
 * from, in src/ui/strings/<lang>/catalogue-hashes.json. When an English text changes, its translations
 * are listed as stale until a translator updates them and stamps them again; a text with no
 * translation is listed as missing. The README's coverage table per language is generated here.
 *
 *   npx tsx scripts/catalogue-translations.ts              writes the README's coverage table
 *   npx tsx scripts/catalogue-translations.ts --check      exits 1 when the table is not what the data gives
 *   npx tsx scripts/catalogue-translations.ts --stamp fr   records the English each French text now translates
 *   npx tsx scripts/catalogue-translations.ts --status ru  lists the stale and missing Russian texts
 *
 * test/unit/catalogue-translations.test.ts runs the same comparisons, so an English text changed
 * without its translations, a translation added without its stamp, or the data changed without the
 * table fails the tests. The hash files are read by the tests and this script only, never by the app.
 */
import { hashOf } from './translation-hash';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FrameworkData } from '../src/engine/types';
import type { KpiCatalogue } from '../src/ui/strings/types';

export { hashOf };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const README_PATH = path.join(root, 'README.md');
const CATALOGUE_PATH = path.join(root, 'src/engine/frameworks/u4ssc/catalogue.json');
const TARGETS_PATH = path.join(root, 'src/engine/frameworks/u4ssc/reference-targets.json');
export const hashesPath = (lang: string) => path.join(root, `src/ui/strings/${lang}/catalogue-hashes.json`);

export const TRANSLATED = ['fr', 'es', 'ar', 'zh', 'ru'] as const;
export type TranslatedLang = (typeof TRANSLATED)[number];

/** The kinds of catalogue text, in the order of the coverage table's columns. */
export const KINDS = ['name', 'group', 'label', 'profile', 'unit', 'input', 'definition', 'rationale', 'note', 'source'] as const;
export type Kind = (typeof KINDS)[number];
const KIND_TITLES: Record<Kind, string> = {
  name: 'KPI names',
  group: 'groups',
  label: 'data point labels',
  profile: 'profile',
  unit: 'units',
  input: 'input names',
  definition: 'definitions',
  rationale: 'rationales',
  note: 'notes',
  source: 'sources',
};

/** One English catalogue text: `key` is its kind and what it is known by (`definition EC: ICT: ICT: 1C`). */
export interface EnglishText {
  key: string;
  kind: Kind;
  en: string;
  /** The translation of this text in a language's catalogue, if it has one. */
  pick: (c: KpiCatalogue) => string | undefined;
}

/** The file each language records its hashes in. */
export interface HashFile {
  format: 'ssc-workbench/catalogue-translation-hashes';
  version: 1;
  /** How far the translation can be trusted, said in the data (every text of the file has it). */
  status: 'working translation';
  /** Per text key, the hash of the English it was translated from. */
  from: Record<string, string>;
}

interface TargetsFile {
  targets: { code: string; datapoint: string; rationale?: unknown; source?: unknown }[];
}

/** Every English catalogue text a language may translate, read from the catalogue's own files. */
export function englishTexts(
  data: FrameworkData = JSON.parse(readFileSync(CATALOGUE_PATH, 'utf8')) as FrameworkData,
  targets: TargetsFile = JSON.parse(readFileSync(TARGETS_PATH, 'utf8')) as TargetsFile,
): EnglishText[] {
  const out: EnglishText[] = [];
  const add = (kind: Kind, id: string, en: string, pick: EnglishText['pick']) => out.push({ key: `${kind} ${id}`, kind, en, pick });
  for (const d of data.dimensions) {
    add('group', d.code, d.name, (c) => c.groups?.[d.code]);
    for (const s of d.subdimensions) {
      const sc = `${d.code}: ${s.code}`;
      add('group', sc, s.name, (c) => c.groups?.[sc]);
      for (const cat of s.categories) {
        const cc = `${sc}: ${cat.code}`;
        add('group', cc, cat.name, (c) => c.groups?.[cc]);
      }
    }
  }
  for (const p of data.profile) add('profile', p.id, p.label, (c) => c.profile?.[p.id]?.label);
  const units = new Set<string>(data.profile.map((p) => p.unit));
  const inputs = new Set<string>();
  for (const k of data.kpis) {
    add('name', k.code, k.name, (c) => c.kpis?.[k.code]?.name);
    add('definition', k.code, k.definition, (c) => c.kpis?.[k.code]?.definition);
    if (typeof k.notes === 'string' && k.notes !== '') add('note', k.code, k.notes, (c) => c.notes?.[k.code]);
    for (const dp of k.datapoints) {
      const id = `${k.code}|${dp.key}`;
      // A single-point KPI's data point is labelled with the KPI's name: that translation serves for both.
      if (dp.label !== k.name) add('label', id, dp.label, (c) => c.datapoints?.[id]?.label);
      // `number` (a bare count) is never shown.
      if (dp.unit !== 'number') units.add(dp.unit);
      if (dp.formula.kind === 'ratio') {
        inputs.add(dp.formula.numerator);
        if ('input' in dp.formula.denominator) inputs.add(dp.formula.denominator.input);
      }
    }
  }
  for (const u of units) add('unit', u, u, (c) => c.units?.[u]);
  for (const i of inputs) add('input', i, i, (c) => c.inputs?.[i]);
  for (const t of targets.targets) {
    const id = `${t.code}|${t.datapoint}`;
    if (typeof t.rationale === 'string') add('rationale', id, t.rationale, (c) => c.rationales?.[id]);
    if (typeof t.rationale === 'string' && typeof t.source === 'string') add('source', id, t.source, (c) => c.sources?.[id]);
  }
  return out;
}

export interface LanguageStatus {
  /** Translated from an English text that has changed since (or never recorded): update, then stamp. */
  stale: string[];
  /** No translation. */
  missing: string[];
  /** Per kind: texts translated and up to date, and texts in all. */
  coverage: Record<Kind, { done: number; total: number }>;
}

/** Where a language's catalogue stands against the English texts and the hashes it recorded. */
export function languageStatus(texts: EnglishText[], catalogue: KpiCatalogue | undefined, hashes: HashFile | undefined): LanguageStatus {
  const status: LanguageStatus = {
    stale: [],
    missing: [],
    coverage: Object.fromEntries(KINDS.map((k) => [k, { done: 0, total: 0 }])) as LanguageStatus['coverage'],
  };
  for (const t of texts) {
    const c = status.coverage[t.kind];
    c.total++;
    const word = catalogue ? t.pick(catalogue) : undefined;
    // A word equal to the English one (`%`, `km²`) is a translation too.
    if (word === undefined || word === '') status.missing.push(t.key);
    else if (hashes?.from[t.key] !== hashOf(t.en)) status.stale.push(t.key);
    else c.done++;
  }
  return status;
}

/** The hashes of the English every text `catalogue` translates now was made from (a translator's stamp). */
export function stamp(texts: EnglishText[], catalogue: KpiCatalogue | undefined): HashFile {
  const from: Record<string, string> = {};
  for (const t of texts) if (catalogue && t.pick(catalogue)) from[t.key] = hashOf(t.en);
  return { format: 'ssc-workbench/catalogue-translation-hashes', version: 1, status: 'working translation', from };
}

export const readHashes = (lang: string): HashFile | undefined => {
  try {
    return JSON.parse(readFileSync(hashesPath(lang), 'utf8')) as HashFile;
  } catch {
    return undefined;
  }
};

export const loadKpis = async (lang: TranslatedLang): Promise<KpiCatalogue | undefined> =>
  ((await import(`../src/ui/strings/${lang}/index.ts`)) as { default: { kpis?: KpiCatalogue } }).default.kpis;

const START = '<!-- catalogue-translations:start -->';
const END = '<!-- catalogue-translations:end -->';

/** The README's coverage table: per language and kind, translated and up to date / in all. */
export function renderCoverage(statuses: Record<TranslatedLang, LanguageStatus>): string {
  const head = `| language | ${KINDS.map((k) => KIND_TITLES[k]).join(' | ')} | whole |`;
  const rule = `|${'---|'.repeat(KINDS.length + 2)}`;
  const rows = TRANSLATED.map((lang) => {
    const s = statuses[lang];
    const done = KINDS.reduce((n, k) => n + s.coverage[k].done, 0);
    const total = KINDS.reduce((n, k) => n + s.coverage[k].total, 0);
    return `| ${lang} | ${KINDS.map((k) => `${s.coverage[k].done}/${s.coverage[k].total}`).join(' | ')} | ${Math.floor((done / total) * 100)} % |`;
  });
  return [START, head, rule, ...rows, END].join('\n');
}

/** The README with the table replaced (it must hold the two markers). */
export function withCoverage(readme: string, table: string): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} block`);
  return readme.slice(0, from) + table + readme.slice(to + END.length);
}

export async function allStatuses(texts = englishTexts()): Promise<Record<TranslatedLang, LanguageStatus>> {
  const out = {} as Record<TranslatedLang, LanguageStatus>;
  for (const lang of TRANSLATED) out[lang] = languageStatus(texts, await loadKpis(lang), readHashes(lang));
  return out;
}

async function main(args: string[]): Promise<number> {
  const texts = englishTexts();
  const at = (flag: string) => {
    const lang = args[args.indexOf(flag) + 1] as TranslatedLang;
    if (!TRANSLATED.includes(lang)) throw new Error(`${flag} needs one of ${TRANSLATED.join(', ')}`);
    return lang;
  };
  if (args.includes('--stamp')) {
    const lang = at('--stamp');
    writeFileSync(hashesPath(lang), `${JSON.stringify(stamp(texts, await loadKpis(lang)), null, 2)}\n`);
    return 0;
  }
  if (args.includes('--status')) {
    const s = languageStatus(texts, await loadKpis(at('--status')), readHashes(at('--status')));
    for (const key of s.stale) process.stdout.write(`stale: ${key}\n`);
    for (const key of s.missing) process.stdout.write(`missing: ${key}\n`);
    return 0;
  }
  const readme = readFileSync(README_PATH, 'utf8');
  const next = withCoverage(readme, renderCoverage(await allStatuses(texts)));
  if (args.includes('--check')) {
    if (next === readme) return 0;
    process.stderr.write('README.md: the catalogue translation table is not what the data gives; run npx tsx scripts/catalogue-translations.ts\n');
    return 1;
  }
  writeFileSync(README_PATH, next);
  return 0;
}

if (process.argv[1] && /catalogue-translations\.ts$/.test(process.argv[1])) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
