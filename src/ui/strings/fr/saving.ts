/** French words for saving, storage problems and other tabs (the English `D` in ../saving.ts is the contract). */
import { plural, type Translation } from '../languages';
import type { D as EN } from '../saving';

const p = plural('fr');
const s = (n: number, one: string, other: string) => p(n, { one, other });

export const D: Translation<typeof EN> = {
  saved: 'Toutes les modifications sont enregistrées dans ce navigateur.',
  saving: (n) => `Enregistrement de ${n} ${s(n, 'modification', 'modifications')}…`,
  memory: 'Gardé dans cet onglet seulement : ce navigateur ne permet pas à l’atelier d’enregistrer des données. Exportez avant de fermer l’onglet.',
  notSaved: (atRisk, why) =>
    atRisk > 0
      ? `Non enregistré : ${atRisk} ${s(atRisk, 'modification n’est gardée', 'modifications ne sont gardées')} que dans cet onglet. ${why}`
      : `Non enregistré. ${why}`,

  problem(pb) {
    switch (pb.kind) {
      case 'quota':
        return 'Le navigateur n’a plus d’espace de stockage pour ce site : exportez l’évaluation maintenant.';
      case 'newer-version':
        return 'Cette évaluation a été enregistrée par une version plus récente de l’atelier. Rechargez la page pour mettre l’application à jour ; rien n’a été écrasé.';
      case 'missing':
        return 'Cette évaluation n’est plus enregistrée dans ce navigateur (supprimée dans un autre onglet) : exportez-la maintenant pour garder votre travail.';
      case 'damaged':
        return `La copie enregistrée de cette évaluation est endommagée (${D.damage!(pb.reason)}). Ouvrez la bibliothèque pour exporter ses données brutes ou la réparer.`;
      case 'closed':
        return 'Une version plus récente de l’atelier a pris le contrôle du stockage dans un autre onglet. Rechargez cet onglet : toutes les modifications saisies ici sont gardées.';
      case 'frozen':
        return 'Cette évaluation est figée : rien n’a été enregistré par-dessus. Commencez une nouvelle version pour la modifier.';
      case 'conflict':
        return 'Pas encore enregistré dans l’évaluation : un autre onglet l’a enregistrée à chaque tentative de cet onglet. Vos modifications sont gardées dans le journal de ce navigateur (un rechargement les conserve) et affichées par-dessus la copie de l’autre onglet ; l’enregistrement sera retenté sous peu.';
      case 'failed':
        return `Le navigateur a refusé d’enregistrer les données (${pb.name}). Exportez l’évaluation maintenant.`;
    }
  },

  damage(reason) {
    switch (reason) {
      case 'not-an-object':
        return 'pas une évaluation';
      case 'no-id':
        return 'pas d’identifiant';
      case 'no-values':
        return 'pas de valeurs';
      case 'no-profile':
        return 'pas de profil de ville';
      case 'bad-revision':
        return 'révision hors limites';
      case 'bad-date':
        return 'date hors limites';
      case 'bad-text':
        return 'ville, pays, année ou notes d’un type incorrect';
      case 'bad-field':
        return 'un autre champ d’un type incorrect';
    }
  },

  memoryReason(reason) {
    switch (reason) {
      case 'unavailable':
        return 'Ce navigateur ne permet pas à l’atelier d’enregistrer des données (navigation privée ou stockage désactivé).';
      case 'timeout':
        return 'Le stockage du navigateur n’a pas répondu en 10 secondes.';
    }
  },

  recovered: (n) => `${n} ${s(n, 'modification récupérée', 'modifications récupérées')}, saisie${n > 1 ? 's' : ''} avant la dernière fermeture de la page.`,
  setAside: (items) =>
    `Non récupéré : ${items.length} ${s(items.length, 'modification restée', 'modifications restées')} dans le journal ne ${s(items.length, 'pouvait', 'pouvaient')} pas être ${s(items.length, 'appliquée', 'appliquées')} et ${s(items.length, 'a été mise', 'ont été mises')} de côté ; l’évaluation n’en est pas modifiée : ${items.join(' ; ')}.`,
  setAsideItem: (where, why) =>
    `${where} (${why === 'unreadable' ? 'pas une modification lisible par l’atelier' : why === 'too-long' ? 'texte au-delà de la longueur permise' : why === 'frozen' ? 'l’évaluation est figée' : 'une valeur que l’évaluation ne peut pas contenir'})`,
  setAsideUnknown: 'une entrée illisible',
  lost: (items) =>
    `Un autre onglet a remplacé ${s(items.length, 'une valeur', 'des valeurs')} que vous aviez saisie${items.length > 1 ? 's' : ''} : ${items.join(' ; ')}.`,
  lostItem: (where, mine, theirs) => `${where} : la vôtre « ${mine} », désormais « ${theirs} »`,
  putMineBack: 'Remettre la mienne',
  dismiss: 'Fermer',
  replacedOrChanged:
    'Cette évaluation a été modifiée dans un autre onglet ou remplacée par une importation ; la version enregistrée est affichée, avec vos modifications non enregistrées par-dessus.',
  readOnlyReplaced:
    'La saisie est suspendue dans cet onglet : une version plus récente de l’atelier a pris le contrôle du stockage. Rechargez pour continuer ; toutes les modifications saisies sont gardées.',

  updateActivated:
    'Une nouvelle version de l’atelier a été activée dans un autre onglet. Rechargez cet onglet quand vous êtes prêt : tout ce que vous avez saisi est gardé.',

  leaveUnsaved: (n) =>
    `${n} ${s(n, 'modification n’est pas enregistrée', 'modifications ne sont pas enregistrées')} dans ce navigateur. Partir maintenant ${s(n, 'la perd', 'les perd')} si vous n’exportez pas d’abord l’évaluation.`,
  exportAndLeave: 'Exporter, puis partir',
  leaveAnyway: 'Partir sans enregistrer',
  stay: 'Rester',

  tooLong: (what, limit) => `${what} : au plus ${limit.toLocaleString('fr')} caractères ; le texte n’a pas été enregistré.`,

  backupWithDamaged: (items) =>
    `La sauvegarde contient aussi ${items.length} ${s(items.length, 'évaluation endommagée', 'évaluations endommagées')} telle${items.length === 1 ? '' : 's'} quelle${items.length === 1 ? '' : 's'} ; une importation ne ${s(items.length, 'la', 'les')} lit qu’après réparation : ${items.join(' ; ')}.`,
  backupLeftOut: (items) => `Exclu de la sauvegarde, faute de pouvoir être écrit dans un fichier : ${items.join(' ; ')}.`,
  damagedTitle: 'Évaluations endommagées',
  damagedHint:
    'Ces lignes enregistrées ne peuvent pas être ouvertes telles quelles. Exportez les données brutes pour les garder, tentez une réparation ou supprimez la ligne.',
  damagedRow: (label, reason) => `${label || 'Sans nom'} : ${D.damage!(reason)}`,
  exportRaw: 'Exporter le JSON brut',
  repair: 'Réparer',
  repaired: (label) => `${label} réparée.`,
  repairFailed: (problem) => `Réparation impossible : ${problem}`,
  deleteRow: 'Supprimer la ligne',

  refusedTitle: (n) =>
    `${n} ${s(n, 'évaluation du fichier n’a pas pu être lue et n’a', 'évaluations du fichier n’ont pas pu être lues et n’ont')} pas été ${s(n, 'importée', 'importées')} :`,
  refusedItem: (position, label, why) => `n° ${position}${label ? ` ${label}` : ''} : ${why}`,
  readNotes: (n) => `${n} ${s(n, 'remarque', 'remarques')} sur la lecture du fichier :`,
};
