/**
 * Words for the catalogue itself (C): what changed between catalogue versions and what it means for
 * an assessment's values (an exhaustive switch over the engine's `DefinitionChange` kinds), the basis
 * of a reference target, the choices where the official pages disagree, and values entered in
 * another unit (ppb). Numbers are formatted by the caller (`num`). ICU messages (#31) in
 * src/ui/messages/<lang>/catalogue.json, compiled into the typed accessor `catalogue`; `C` keeps the
 * switches over the engine's kinds (one message per kind) and the texts code puts together.
 */
import type { CatalogueChange } from '../../engine/types';
import type { FormulaEvalProblem, FormulaProblem } from '../../engine/formula';
import type { FrameworkFileProblem } from '../../engine/framework-file';
import type { DocProblem } from '../../engine/problems';
import { sourceText } from './flags';
import { catalogueText } from './kpi-names';
import { catalogue } from '../messages/compiled/catalogue';
import { withCode } from '../messages/runtime';

/** One change to a data point's definition, and what it means for a value entered before it (display language). */
export const changeText = (c: CatalogueChange, num: (n: number) => string = String): string =>
  catalogueTexts.change(
    c.kind === 'measure' || c.kind === 'numerator' || c.kind === 'denominator'
      ? { ...c, before: catalogueText(c.before, true), after: catalogueText(c.after, true) }
      : c,
    num,
    sourceText,
  );

export const catalogueTexts = withCode(catalogue, {
  /** One change to a data point's definition, and what it means for a value entered before it; `source` words its source. */
  change: (c: CatalogueChange, num: (n: number) => string, source: (s: string) => string): string => {
    const m = catalogue.change;
    const from = source(c.source);
    switch (c.kind) {
      case 'measure':
      case 'numerator':
      case 'denominator':
      case 'check-changed':
        return m[c.kind]({ before: c.before, after: c.after, source: from });
      case 'max-lifted':
        return m['max-lifted']({ before: num(c.before), source: from });
      case 'check-added':
      case 'check-removed':
        return m[c.kind]({ check: c.check, source: from });
      case 'target':
        return m.target({ before: c.before === null ? null : num(c.before), after: c.after === null ? null : num(c.after), source: from });
    }
  },

  /** A conversion offered at entry; `source` is the check source it rests on (`VM22-p95`), worded here. */
  conversionItem: (a: { unit: string; factor: string; source: string }): string => catalogue.conversionItem({ ...a, source: sourceText(a.source) }),

  /** What is wrong with a formula's text (with the character it is at, counted from 1), or why it gave no number for these values. */
  formula: (p: FormulaProblem | FormulaEvalProblem): string => {
    const m = catalogue.formula;
    switch (p.kind) {
      case 'empty':
        return m.empty;
      case 'too-long':
        return m['too-long']({ length: p.length, limit: p.limit });
      case 'too-deep':
        return m['too-deep']({ limit: p.limit, character: p.at + 1 });
      case 'unexpected-character':
        return m['unexpected-character']({ char: p.char, character: p.at + 1 });
      case 'unexpected-end':
        return m['unexpected-end']({ character: p.at + 1 });
      case 'unexpected-token':
        return m['unexpected-token']({ token: p.token, character: p.at + 1 });
      case 'unclosed':
        return m.unclosed({ bracket: p.bracket, character: p.at + 1 });
      case 'unknown-function':
        return m['unknown-function']({ name: p.name, character: p.at + 1 });
      case 'arity': {
        const range = p.max === null ? 'atLeast' : p.min === p.max ? 'exact' : 'between';
        return m.arity({ name: p.name, range, min: p.min, max: p.max ?? '', given: p.given, character: p.at + 1 });
      }
      case 'unknown-name':
        return m['unknown-name']({ name: p.name, count: p.inputs.length, inputs: p.inputs, character: p.at + 1 });
      case 'unknown-profile':
        return m['unknown-profile']({ field: p.field, character: p.at + 1 });
      case 'unknown-datapoint':
        return m['unknown-datapoint']({ code: p.code, character: p.at + 1 });
      case 'inputs-outside-sum':
        return m['inputs-outside-sum']({ character: p.at + 1 });
      case 'cycle':
        return m.cycle({ ring: p.names.join(m.cycleArrow) });
      case 'missing': {
        const r = p.ref;
        return m.missing({
          refKind: r.kind,
          refName: r.kind === 'input' ? r.name : '',
          refField: r.kind === 'profile' ? r.field : '',
          refId: r.kind === 'input' || r.kind === 'profile' ? '' : r.id,
        });
      }
      case 'division-by-zero':
        return m['division-by-zero']({ character: p.at + 1 });
      case 'not-finite':
        return m['not-finite']({ character: p.at + 1 });
    }
  },

  /** Why a framework file was not read, or what is wrong in it (`doc` words a problem of the schema at its path). */
  frameworkFile: (p: FrameworkFileProblem, doc: (d: DocProblem) => string): string => {
    const m = catalogue.frameworkFile;
    const where = (path: string) => (path === '' ? '' : m.where({ path }));
    switch (p.kind) {
      case 'not-json':
        return m['not-json'];
      case 'too-large':
        return m['too-large']({ mb: Math.round(p.limit / (1024 * 1024)) });
      case 'not-framework':
        return m['not-framework'];
      case 'newer-version':
        return m['newer-version']({ version: p.version, max: p.max });
      case 'doc':
        return doc(p.problem);
      case 'formula':
        return `${where(p.path)}${catalogueTexts.formula(p.problem)}`;
      case 'formula-not-scored':
        return `${where(p.path)}${m['formula-not-scored']({ inputs: p.inputs, max: p.max })}`;
      case 'unknown-category':
        return `${where(p.path)}${m['unknown-category']({ category: p.category })}`;
      case 'duplicate-code':
        return `${where(p.path)}${m['duplicate-code']({ code: p.code })}`;
      case 'duplicate-datapoint':
        return `${where(p.path)}${m['duplicate-datapoint']({ id: p.id })}`;
      case 'unknown-target':
        return `${where(p.path)}${m['unknown-target']({ id: p.id })}`;
      case 'duplicate-input':
        return `${where(p.path)}${m['duplicate-input']({ name: p.name })}`;
      case 'duplicate-rule':
        return `${where(p.path)}${m['duplicate-rule']({ id: p.id })}`;
      case 'unknown-link':
        return `${where(p.path)}${m['unknown-link']({ id: p.id })}`;
    }
  },
});
