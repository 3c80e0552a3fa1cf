/**
 * Words for the catalogue itself (C): what changed between catalogue versions and what it means for
 * an assessment's values (an exhaustive switch over the engine's `DefinitionChange` kinds), the basis
 * of a reference target, the choices where the official pages disagree, and values entered in
 * another unit (ppb). Numbers are formatted by the caller (`num`).
 */
import type { CatalogueChange, PlausibilityCheck } from '../../engine/types';
import type { FormulaEvalProblem, FormulaProblem } from '../../engine/formula';
import type { FrameworkFileProblem } from '../../engine/framework-file';
import type { DocProblem } from '../../engine/problems';
import { sourceText } from './flags';
import { catalogueText } from './kpi-names';

const CHECK_NAMES: Record<PlausibilityCheck['kind'], string> = {
  below: 'a lower bound of what is normal',
  above: 'an upper bound of what is normal',
  notAbove: 'the logical order of related values (this one should not exceed the other)',
  sumAtMost: 'a sum of at most 100 %',
  sumAbout: 'a sum of about 100 % (± 2 %)',
};

/** One change to a data point's definition, and what it means for a value entered before it (display language). */
export const changeText = (c: CatalogueChange, num: (n: number) => string = String): string =>
  C.change(
    c.kind === 'measure' || c.kind === 'numerator' || c.kind === 'denominator'
      ? { ...c, before: catalogueText(c.before, true), after: catalogueText(c.after, true) }
      : c,
    num,
    sourceText,
  );

export const C = {
  /** One change to a data point's definition, and what it means for a value entered before it; `source` words its source. */
  change: (c: CatalogueChange, num: (n: number) => string, source: (s: string) => string): string => {
    const from = ` (${source(c.source)})`;
    switch (c.kind) {
      case 'measure':
        return `It is now the ${c.after}, no longer the ${c.before}${from}. A value entered as the ${c.before} is not the ${c.after}: enter the ${c.after}. Until then the value is kept as entered and scored as if it were the ${c.after}.`;
      case 'max-lifted':
        return `Values above ${num(c.before)} are now accepted${from}. A value above ${num(c.before)} that was refused before is now scored.`;
      case 'numerator':
        return `The numerator is now "${c.after}", no longer "${c.before}"${from}. Check that the value entered counts the new numerator.`;
      case 'denominator':
        return `The denominator is now "${c.after}", no longer "${c.before}"${from}. Check that the value entered uses the new denominator.`;
      case 'check-added':
        return `A Verification Manual check now applies: ${CHECK_NAMES[c.check]}${from}. The value is unchanged; a warning shows if it fails the check.`;
      case 'check-changed':
        return `The check is now ${CHECK_NAMES[c.after]}, no longer ${CHECK_NAMES[c.before]}${from}. The value is unchanged; a warning shows if it fails the check.`;
      case 'check-removed':
        return `${CHECK_NAMES[c.check][0].toUpperCase()}${CHECK_NAMES[c.check].slice(1)} no longer applies to this data point${from}: the page gives it for another one. The value is unchanged; its warning goes.`;
      case 'target':
        return c.after === null
          ? `The reference target ${c.before === null ? '' : `(${num(c.before)}) `}is removed: there is no public benchmark for the new measure${from}. The data point is reported but no longer scored.`
          : `The reference target is now ${num(c.after)}, no longer ${c.before === null ? 'none' : num(c.before)}${from}. The data point's points may change.`;
    }
  },

  reviewTitle: (n: number) => `${n} data point${n === 1 ? '' : 's'} to review after a catalogue update`,
  reviewIntro: (from: string, to: string) =>
    `This assessment was made with catalogue ${from}; it now uses catalogue ${to}. The definitions of the data points below changed. Every value is kept as entered and scored under the new definitions, nothing was recalculated behind your back: read what changed, check the value, then mark it as read.`,
  reviewShow: 'Show in grid',
  reviewRead: 'Mark as read',
  reviewReadAll: 'Mark all as read',
  reviewReadHint: 'Removes this note from the assessment; the value is not changed.',
  /** Beside a listed data point that was verified before the change (review state of the U4SSC cycle). */
  reviewWasVerified: 'It was verified before this change and reads as submitted until it is verified again; marking the change as read keeps the verification.',
  /** The review state of a data point verified before its definition changed with a catalogue update. */
  verifiedUnder: (from: string) => `Submitted (verified under catalogue ${from}, definition changed)`,
  verifiedUnderHint: (from: string, to: string) =>
    `It was verified under catalogue ${from}; its definition changed in catalogue ${to} (see "Explain this number"). Verify it again, or mark the change as read if it does not affect the value.`,
  /** The grid's marker on a data point whose definition changed (with the code cell's mark). */
  reviewMarker: (to: string) => `Definition changed in catalogue ${to}: review this value (see "Explain this number").`,
  reviewLegend: 'Definition changed in a catalogue update: review',
  explainChanges: 'Catalogue update',
  explainChangesIntro: (from: string, to: string) => `Changed between catalogue ${from} and ${to}:`,

  basisJudgement: "The workbench's judgement: no public document sets this number. Replace it with your programme's benchmark if you have one.",
  basisPublic: 'Rests on the public source named.',
  explainBasis: 'Basis',

  explainAlternatives: 'Where sources disagree',
  alternative: (about: string, choice: string, alternative: string, source: string) =>
    `${about}: this catalogue uses ${choice}. Alternative: ${alternative}. (${source})`,

  /** A value entered in another unit and converted at entry. */
  entered: (value: string, unit: string, factor: string, result: string, target: string) => `entered as ${value} ${unit} × ${factor} = ${result} ${target}`,
  conversionHint: (units: string) => `Type a value in ${units} (for example "40 ppb") to convert it at entry; the unit entered is recorded with the value.`,
  conversionsOffered: 'Conversions offered at entry',
  conversionItem: (unit: string, factor: string, source: string) => `${unit} × ${factor} (${sourceText(source)})`,

  /** What is wrong with a formula's text (with the character it is at, counted from 1), or why it gave no number for these values. */
  formula: (p: FormulaProblem | FormulaEvalProblem): string => {
    const at = (n: number) => ` (character ${n + 1})`;
    switch (p.kind) {
      case 'empty':
        return 'The formula is empty.';
      case 'too-long':
        return `The formula is ${p.length} characters long; at most ${p.limit} are read.`;
      case 'too-deep':
        return `The formula nests brackets or functions more than ${p.limit} deep${at(p.at)}.`;
      case 'unexpected-character':
        return `"${p.char}" is not part of the formula language${at(p.at)}.`;
      case 'unexpected-end':
        return `The formula ends where a number, a name or a bracket was expected${at(p.at)}.`;
      case 'unexpected-token':
        return `"${p.token}" was not expected here${at(p.at)}.`;
      case 'unclosed':
        return `The bracket "${p.bracket}" opened here is never closed${at(p.at)}.`;
      case 'unknown-function':
        return `"${p.name}" is not a function of the formula language (min, max, sum, if, abs, and, or, not)${at(p.at)}.`;
      case 'arity':
        return `${p.name} takes ${p.max === null ? `at least ${p.min}` : p.min === p.max ? `${p.min}` : `${p.min} to ${p.max}`} argument${p.min === 1 && p.max === 1 ? '' : 's'}, not ${p.given}${at(p.at)}.`;
      case 'unknown-name':
        return `"${p.name}" is not an input of this data point${p.inputs.length ? ` (its inputs: ${p.inputs.join(', ')})` : ''}${at(p.at)}.`;
      case 'unknown-profile':
        return `"${p.field}" is not a field of the city profile${at(p.at)}.`;
      case 'unknown-datapoint':
        return `[${p.code}] is not a data point of this framework${at(p.at)}.`;
      case 'inputs-outside-sum':
        return `"inputs" means all the data point's inputs and can only be summed: sum(inputs)${at(p.at)}.`;
      case 'cycle':
        return `These formulas read each other in a ring, so none has a value: ${p.names.join(' → ')}.`;
      case 'missing':
        return p.ref.kind === 'input'
          ? `The input "${p.ref.name}" has no value yet.`
          : p.ref.kind === 'profile'
            ? `The city profile field "${p.ref.field}" has no value yet.`
            : `The data point ${p.ref.id} has no value yet.`;
      case 'division-by-zero':
        return `A division by zero${at(p.at)}.`;
      case 'not-finite':
        return `The result is too large to be a number${at(p.at)}.`;
    }
  },

  /** Why a framework file was not read, or what is wrong in it (`doc` words a problem of the schema at its path). */
  frameworkFile: (p: FrameworkFileProblem, doc: (d: DocProblem) => string): string => {
    const where = (path: string) => (path === '' ? '' : `${path}: `);
    switch (p.kind) {
      case 'not-json':
        return 'This file is not JSON, so it cannot be a framework file.';
      case 'too-large':
        return `The file is larger than ${Math.round(p.limit / (1024 * 1024))} MB, the most a framework file may be.`;
      case 'not-framework':
        return 'This JSON file is not a framework file (it has no "format": "ssc-workbench/framework").';
      case 'newer-version':
        return `This framework file is of version ${p.version}; this workbench reads versions up to ${p.max}. Update the workbench to read it.`;
      case 'doc':
        return doc(p.problem);
      case 'formula':
        return `${where(p.path)}${C.formula(p.problem)}`;
      case 'formula-not-scored':
        return `${where(p.path)}This formula has ${p.inputs} inputs; until assessments can hold inputs by name, a data point's formula takes at most ${p.max}. It is kept but not scored.`;
      case 'unknown-category':
        return `${where(p.path)}The category ${p.category} is not among the framework's dimensions.`;
      case 'duplicate-code':
        return `${where(p.path)}The code ${p.code} is used twice.`;
      case 'duplicate-datapoint':
        return `${where(p.path)}The data point ${p.id} is defined twice.`;
      case 'unknown-target':
        return `${where(p.path)}A target names ${p.id}, which is not a data point of the framework.`;
      case 'duplicate-input':
        return `${where(p.path)}The input name "${p.name}" is used twice.`;
      case 'duplicate-rule':
        return `${where(p.path)}The rule id ${p.id} is used twice.`;
      case 'unknown-link':
        return `${where(p.path)}A link to another framework starts from ${p.id}, which is not a data point of the framework.`;
    }
  },

  /** A validation rule of the framework that fails: its name (catalogue text), the two sides and how they compare. It warns; the value is kept and saved. */
  ruleFailed: (name: string, left: string, operator: string, right: string) => `${name}: ${left} ${operator} ${right} does not hold.`,
  ruleImportance: (importance: 'high' | 'medium' | 'low') => ({ high: 'high importance', medium: 'medium importance', low: 'low importance' })[importance],
};
