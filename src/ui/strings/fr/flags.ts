/** French words of the engine's flags (the English `F` in ../flags.ts is the contract). */
import type { PlausibilityCheck } from '../../../engine/types';
import type { Translation } from '../languages';
import { RULE_OPERATOR, type F as EN } from '../flags';
import { C } from '../catalogue';

const DOC = { VM22: 'Manuel de vérification (2022)', CM17: 'Méthodologie de collecte (2017)' };

const CHECK_BOUND: Record<PlausibilityCheck['kind'], (actual: string, bound: string) => string> = {
  below: (actual, bound) => `${actual}, sous ${bound}`,
  above: (actual, bound) => `${actual}, au-dessus de ${bound}`,
  notAbove: (actual, bound) => `${actual}, au-dessus de l’autre valeur ${bound}`,
  sumAtMost: (actual, bound) => `les valeurs totalisent ${actual}, plus de ${bound}`,
  sumAbout: (actual, bound) => `les valeurs totalisent ${actual}, pas environ ${bound}`,
};

export const F: Translation<typeof EN> = {
  source: (s) => {
    switch (s.kind) {
      case 'page':
        return `${DOC[s.doc]}, p. ${s.page}`;
      case 'doc':
        return DOC[s.doc];
      case 'arithmetic':
        return 'un contrôle de cohérence de l’atelier';
      case 'judgement':
        return 'jugement de l’atelier (aucune page officielle trouvée)';
      case 'other':
        return s.text;
    }
  },
  flag: (f, num, source) => {
    switch (f.kind) {
      case 'not-a-number':
        return `« ${f.text} » n’est pas un nombre.`;
      case 'not-yes-no':
        return `« ${f.text} » n’est ni oui ni non.`;
      case 'not-finite':
        return 'Ce n’est pas un nombre fini.';
      case 'enter-input':
        return f.field === 'numerator' ? `Saisissez le numérateur (${f.input}).` : `Saisissez le dénominateur (${f.input}).`;
      case 'enter-profile':
        return `Le profil de la ville n’a pas de valeur pour « ${f.label} » : saisissez-la une fois dans le profil.`;
      case 'negative':
        return `${f.input} ne peut pas être négatif.`;
      case 'division-by-zero':
        return `Division par zéro : ${f.input} vaut 0.`;
      case 'part-above-whole':
        return `Le numérateur (${num(f.numerator)}) dépasse son dénominateur (${num(f.denominator)}) ; il devrait en être une partie.`;
      case 'below-min':
        return `${num(f.value)} est sous la plus petite valeur possible (${num(f.min)} ${f.unit}).`;
      case 'above-max':
        return `${num(f.value)} dépasse la plus grande valeur possible (${num(f.max)} ${f.unit}).`;
      case 'reported-without-value':
        return 'Marqué comme déclaré, mais il n’y a pas de valeur.';
      case 'formula':
        return C.formula(f.problem);
      case 'check':
        return `${f.message} (${source(f.source)} ; ici ${CHECK_BOUND[f.check](num(f.actual), num(f.bound))}.)`;
      case 'rule':
        return `${f.name} (${source(f.source)} ; ici ${num(f.left)} ${RULE_OPERATOR[f.operator]} ${num(f.right)} n’est pas vérifié.)`;
    }
  },
};
