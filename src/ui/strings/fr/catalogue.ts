/** French words of catalogue updates, target bases, alternatives and unit conversions (the English `C` in ../catalogue.ts is the contract). */
import { sourceText } from '../flags';
import { plural, type Translation } from '../languages';
import type { C as EN } from '../catalogue';

const p = plural('fr');
const s = (n: number, one: string, other: string) => p(n, { one, other });

export const C: Translation<typeof EN> = {
  reviewTitle: (n) => `${n} ${s(n, 'point de données à revoir', 'points de données à revoir')} après une mise à jour du catalogue`,
  reviewIntro: (from, to) =>
    `Cette évaluation a été faite avec le catalogue ${from} ; elle utilise maintenant le catalogue ${to}. Les définitions des points de données ci-dessous ont changé. Chaque valeur est gardée telle que saisie et notée selon les nouvelles définitions, rien n’a été recalculé à votre insu : lisez ce qui a changé, contrôlez la valeur, puis marquez-la comme lue.`,
  reviewShow: 'Afficher dans la grille',
  reviewRead: 'Marquer comme lu',
  reviewReadAll: 'Tout marquer comme lu',
  reviewReadHint: 'Retire cette note de l’évaluation ; la valeur n’est pas modifiée.',
  reviewWasVerified:
    'Elle avait été vérifiée avant ce changement et se lit comme soumise jusqu’à une nouvelle vérification ; marquer le changement comme lu maintient la vérification.',
  verifiedUnder: (from) => `Soumise (vérifiée sous le catalogue ${from}, définition modifiée)`,
  verifiedUnderHint: (from, to) =>
    `Elle a été vérifiée sous le catalogue ${from} ; sa définition a changé dans le catalogue ${to} (voir « Expliquer ce chiffre »). Vérifiez-la à nouveau, ou marquez le changement comme lu s’il ne touche pas la valeur.`,
  reviewMarker: (to) => `Définition modifiée dans le catalogue ${to} : revoyez cette valeur (voir « Expliquer ce chiffre »).`,
  reviewLegend: 'Définition modifiée par une mise à jour du catalogue : à revoir',
  explainChanges: 'Mise à jour du catalogue',
  explainChangesIntro: (from, to) => `Modifié entre le catalogue ${from} et le catalogue ${to} :`,

  basisJudgement: 'Jugement de l’atelier : aucun document public ne fixe ce nombre. Remplacez-le par la référence de votre programme si vous en avez une.',
  basisPublic: 'Repose sur la source publique citée.',
  explainBasis: 'Fondement',

  explainAlternatives: 'Là où les sources divergent',
  alternative: (about, choice, alternative, source) => `${about} : ce catalogue retient ${choice}. Autre possibilité : ${alternative}. (${source})`,

  entered: (value, unit, factor, result, target) => `saisi comme ${value} ${unit} × ${factor} = ${result} ${target}`,
  conversionHint: (units) =>
    `Saisissez une valeur en ${units} (par exemple « 40 ppb ») pour la convertir à la saisie ; l’unité saisie est enregistrée avec la valeur.`,
  conversionsOffered: 'Conversions proposées à la saisie',
  conversionItem: (unit, factor, source) => `${unit} × ${factor} (${sourceText(source)})`,
};
