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

  formula: (p) => {
    const at = (n: number) => ` (caractère ${n + 1})`;
    switch (p.kind) {
      case 'empty':
        return 'La formule est vide.';
      case 'too-long':
        return `La formule compte ${p.length} caractères ; au plus ${p.limit} sont lus.`;
      case 'too-deep':
        return `La formule imbrique parenthèses ou fonctions sur plus de ${p.limit} niveaux${at(p.at)}.`;
      case 'unexpected-character':
        return `« ${p.char} » ne fait pas partie du langage des formules${at(p.at)}.`;
      case 'unexpected-end':
        return `La formule s’arrête là où un nombre, un nom ou une parenthèse était attendu${at(p.at)}.`;
      case 'unexpected-token':
        return `« ${p.token} » n’était pas attendu ici${at(p.at)}.`;
      case 'unclosed':
        return `Le crochet ou la parenthèse « ${p.bracket} » ouvert ici n’est jamais fermé${at(p.at)}.`;
      case 'unknown-function':
        return `« ${p.name} » n’est pas une fonction du langage des formules (min, max, sum, if, abs, and, or, not)${at(p.at)}.`;
      case 'arity':
        return `${p.name} prend ${p.max === null ? `au moins ${p.min}` : p.min === p.max ? `${p.min}` : `de ${p.min} à ${p.max}`} argument${p.min === 1 && p.max === 1 ? '' : 's'}, et non ${p.given}${at(p.at)}.`;
      case 'unknown-name':
        return `« ${p.name} » n’est pas une donnée d’entrée de ce point de données${p.inputs.length ? ` (ses entrées : ${p.inputs.join(', ')})` : ''}${at(p.at)}.`;
      case 'unknown-profile':
        return `« ${p.field} » n’est pas un champ du profil de la ville${at(p.at)}.`;
      case 'unknown-datapoint':
        return `[${p.code}] n’est pas un point de données de ce référentiel${at(p.at)}.`;
      case 'inputs-outside-sum':
        return `« inputs » désigne toutes les entrées du point de données et ne peut qu’être additionné : sum(inputs)${at(p.at)}.`;
      case 'cycle':
        return `Ces formules se lisent l’une l’autre en boucle, aucune n’a donc de valeur : ${p.names.join(' → ')}.`;
      case 'missing':
        return p.ref.kind === 'input'
          ? `L’entrée « ${p.ref.name} » n’a pas encore de valeur.`
          : p.ref.kind === 'profile'
            ? `Le champ « ${p.ref.field} » du profil de la ville n’a pas encore de valeur.`
            : `Le point de données ${p.ref.id} n’a pas encore de valeur.`;
      case 'division-by-zero':
        return `Une division par zéro${at(p.at)}.`;
      case 'not-finite':
        return `Le résultat est trop grand pour être un nombre${at(p.at)}.`;
    }
  },

  frameworkFile: (p, doc) => {
    const where = (path: string) => (path === '' ? '' : `${path} : `);
    switch (p.kind) {
      case 'not-json':
        return 'Ce fichier n’est pas du JSON : ce ne peut pas être un fichier de référentiel.';
      case 'too-large':
        return `Le fichier dépasse ${Math.round(p.limit / (1024 * 1024))} Mo, la taille maximale d’un fichier de référentiel.`;
      case 'not-framework':
        return 'Ce fichier JSON n’est pas un fichier de référentiel (il n’a pas "format": "ssc-workbench/framework").';
      case 'newer-version':
        return `Ce fichier de référentiel est de version ${p.version} ; cet atelier lit les versions jusqu’à ${p.max}. Mettez l’atelier à jour pour le lire.`;
      case 'doc':
        return doc(p.problem);
      case 'formula':
        return `${where(p.path)}${C.formula!(p.problem)}`;
      case 'formula-not-scored':
        return `${where(p.path)}Cette formule a ${p.inputs} entrées ; tant que les évaluations ne peuvent pas garder des entrées nommées, la formule d’un point de données en prend au plus ${p.max}. Elle est gardée mais pas notée.`;
      case 'unknown-category':
        return `${where(p.path)}La catégorie ${p.category} ne figure pas parmi les dimensions du référentiel.`;
      case 'duplicate-code':
        return `${where(p.path)}Le code ${p.code} est utilisé deux fois.`;
      case 'duplicate-datapoint':
        return `${where(p.path)}Le point de données ${p.id} est défini deux fois.`;
      case 'unknown-target':
        return `${where(p.path)}Une cible désigne ${p.id}, qui n’est pas un point de données du référentiel.`;
      case 'duplicate-input':
        return `${where(p.path)}Le nom d’entrée « ${p.name} » est utilisé deux fois.`;
      case 'duplicate-rule':
        return `${where(p.path)}L’identifiant de règle ${p.id} est utilisé deux fois.`;
      case 'unknown-link':
        return `${where(p.path)}Un lien vers un autre référentiel part de ${p.id}, qui n’est pas un point de données du référentiel.`;
    }
  },

  ruleFailed: (name, left, operator, right) => `${name} : ${left} ${operator} ${right} n’est pas vérifié.`,
  ruleImportance: (importance) => ({ high: 'importance élevée', medium: 'importance moyenne', low: 'importance faible' })[importance],
};
