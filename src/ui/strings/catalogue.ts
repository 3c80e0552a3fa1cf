/**
 * Words for the catalogue itself (C): what changed between catalogue versions and what it means for
 * an assessment's values (an exhaustive switch over the engine's `DefinitionChange` kinds), the basis
 * of a reference target, the choices where the official pages disagree, and values entered in
 * another unit (ppb). Numbers are formatted by the caller (`num`).
 */
import type { CatalogueChange, PlausibilityCheck } from '../../engine/types';
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
};
