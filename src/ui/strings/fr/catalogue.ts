/** French words of catalogue updates, target bases, alternatives and unit conversions (the English `C` in ../catalogue.ts is the contract). */
import type { PlausibilityCheck } from '../../../engine/types';
import { sourceText } from '../flags';
import { plural, type Translation } from '../languages';
import type { C as EN } from '../catalogue';

const p = plural('fr');
const s = (n: number, one: string, other: string) => p(n, { one, other });

const CHECK_NAMES: Record<PlausibilityCheck['kind'], string> = {
  below: 'une borne inférieure de ce qui est normal',
  above: 'une borne supérieure de ce qui est normal',
  notAbove: 'l’ordre logique de valeurs liées (celle-ci ne devrait pas dépasser l’autre)',
  sumAtMost: 'une somme d’au plus 100 %',
  sumAbout: 'une somme d’environ 100 % (± 2 %)',
};

export const C: Translation<typeof EN> = {
  change: (c, num, source) => {
    const from = ` (${source(c.source)})`;
    switch (c.kind) {
      case 'measure':
        return `C’est désormais la ${c.after}, et non plus la ${c.before}${from}. Une valeur saisie comme ${c.before} n’est pas la ${c.after} : saisissez la ${c.after}. D’ici là, la valeur est gardée telle que saisie et notée comme si c’était la ${c.after}.`;
      case 'max-lifted':
        return `Les valeurs au-dessus de ${num(c.before)} sont désormais acceptées${from}. Une valeur au-dessus de ${num(c.before)} refusée auparavant est maintenant notée.`;
      case 'numerator':
        return `Le numérateur est désormais « ${c.after} », et non plus « ${c.before} »${from}. Vérifiez que la valeur saisie compte le nouveau numérateur.`;
      case 'denominator':
        return `Le dénominateur est désormais « ${c.after} », et non plus « ${c.before} »${from}. Vérifiez que la valeur saisie utilise le nouveau dénominateur.`;
      case 'check-added':
        return `Un contrôle du Manuel de vérification s’applique désormais : ${CHECK_NAMES[c.check]}${from}. La valeur est inchangée ; un avertissement s’affiche si elle échoue au contrôle.`;
      case 'check-changed':
        return `Le contrôle porte désormais sur ${CHECK_NAMES[c.after]}, et non plus sur ${CHECK_NAMES[c.before]}${from}. La valeur est inchangée ; un avertissement s’affiche si elle échoue au contrôle.`;
      case 'check-removed':
        return `Le contrôle ${CHECK_NAMES[c.check]} ne s’applique plus à cette donnée${from} : la page le donne pour une autre. La valeur est inchangée ; son avertissement disparaît.`;
      case 'target':
        return c.after === null
          ? `La cible de référence ${c.before === null ? '' : `(${num(c.before)}) `}est retirée : il n’existe pas de référence publique pour la nouvelle mesure${from}. Le point de données est déclaré mais n’est plus noté.`
          : `La cible de référence est désormais ${num(c.after)}, et non plus ${c.before === null ? 'aucune' : num(c.before)}${from}. Les points du point de données peuvent changer.`;
    }
  },

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
