/** French words of the U4SSC cycle: review, queries, evidence, freezing, recommendations (the English `V` in ../review.ts is the contract). */
import type { CycleConflict } from '../../../engine/cycle-merge';
import type { ActionStatus, RecScope, ReviewProblem, ReviewState, ThreadKind } from '../../../engine/review';
import { plural, type Translation } from '../languages';
import type { V as EN } from '../review';

const p = plural('fr');
const s = (n: number, one: string, other: string) => p(n, { one, other });

const STATE: Record<ReviewState, string> = {
  draft: 'Brouillon',
  submitted: 'Soumise',
  queried: 'Questionnée',
  answered: 'Répondue',
  verified: 'Vérifiée',
  'not-verifiable': 'Non vérifiable',
};

const MOVE: Record<ReviewState, string> = {
  draft: 'Repasser en brouillon',
  submitted: 'Soumettre à vérification',
  queried: 'Questionner',
  answered: 'Répondre',
  verified: 'Vérifier',
  'not-verifiable': 'Non vérifiable…',
};

const THREAD: Record<ThreadKind, string> = { question: 'Question', answer: 'Réponse', resolution: 'Résolution' };
const ACTION_STATUS: Record<ActionStatus, string> = { planned: 'Prévue', 'in-progress': 'En cours', done: 'Faite', dropped: 'Abandonnée' };
const SCOPE: Record<RecScope, string> = { datapoint: 'Point de données', category: 'Catégorie', dimension: 'Dimension' };

export const V: Translation<typeof EN> = {
  state: (st) => STATE[st],
  move: (st) => MOVE[st],
  stale: 'modifiée depuis la vérification',
  staleState: 'Soumise (modifiée depuis la vérification)',
  unfoundedState: 'Soumise (vérifiée sans valeur valide)',
  openQuery: 'question ouverte',
  stampLine: (state, by, when) => `${state} · ${by} · ${when}`,
  reviewColumn: 'Vérification',
  filterUnverified: 'Pas encore vérifiées',
  filterOpenQueries: 'Questions ouvertes',
  problem: (pb: ReviewProblem): string => {
    switch (pb.kind) {
      case 'not-allowed':
        return `Une valeur à l’état « ${STATE[pb.from]} » ne peut pas passer à l’état « ${STATE[pb.to]} ».`;
      case 'reason-required':
        return 'Dites pourquoi la valeur ne peut pas être vérifiée.';
      case 'text-required':
        return pb.to === 'queried'
          ? 'Écrivez d’abord la question : une question, ce sont ses mots, pas un simple état.'
          : 'Écrivez d’abord la réponse : une réponse, ce sont ses mots, pas un simple état.';
      case 'no-valid-value':
        return pb.standing === 'rejected'
          ? 'La valeur de ce point de donnée est rejetée (voir ses signalements) : corrigez-la, ou marquez-le non communiqué ou sans objet, avant de le soumettre ou de le vérifier.'
          : 'Ce point de donnée n’a pas encore de valeur : saisissez-en une, ou marquez-le non communiqué ou sans objet, avant de le soumettre ou de le vérifier.';
      case 'self-verify':
        return `${pb.by} a soumis ou modifié en dernier cette valeur. Pour la vérifier sous le même nom, utilisez « Vérifier ma propre valeur » : le rapport la compte à part.`;
      case 'no-name':
        return 'Saisissez d’abord votre nom : chaque étape de vérification en est signée.';
    }
  },

  nameLabel: 'Votre nom',
  nameHint: 'Signe chaque étape de vérification, question et réponse. Saisi une fois, gardé dans ce navigateur seulement.',
  nameSave: 'Enregistrer le nom',
  nameSaved: (name) => `Vous signez en tant que ${name}.`,
  nameChange: 'Modifier',

  panelTitle: 'Vérification',
  panelEmpty: 'Sélectionnez un point de données dans la grille pour le vérifier.',
  currentState: 'État',
  reasonLabel: 'Pourquoi elle ne peut pas être vérifiée',
  confirmNotVerifiable: 'Marquer non vérifiable',
  selfVerify: 'Vérifier ma propre valeur',
  cancel: 'Annuler',
  threadTitle: 'Questions',
  threadEmpty: 'Aucune question sur ce point de données.',
  threadKind: (k) => THREAD[k],
  threadEntry: (kind, by, when) => `${THREAD[kind]} · ${by} · ${when}`,
  newEntry: 'Écrivez une question, une réponse ou une résolution',
  ask: 'Poser (question)',
  answer: 'Répondre',
  resolve: 'Résoudre',
  emptyText: 'Écrivez d’abord le texte.',
  versionLabel: (n) => `Version ${n}`,
  versionOpen: 'non figée',
  versionFrozen: (by) => `figée par ${by}`,
  versionVerified: (by) => `vérifiée, figée par ${by}`,
  versionParent: (print) => `nouvelle version de ${print}…`,
  versionOrigin: (kind, name, when, signer) =>
    `${kind === 'file' ? `importée de ${name}` : kind === 'link' ? 'ouverte depuis un lien' : `fusionnée avec ${name}`} le ${when}${signer ? `, signée par ${signer}` : ''}`,
  versionChanged: (when) => `modifiée le ${when}`,
  annexChangedTitle: 'Valeurs modifiées après leur soumission, avec leur historique',
  historyTitle: 'Historique de cette valeur',
  historyEmpty: 'Aucun changement enregistré pour l’instant : les valeurs et les étapes de vérification sont enregistrées au fur et à mesure.',
  historyValue: (value, by, when) => `Valeur ${value} · ${by} · ${when}`,
  historyStep: (st, by, when) => `${STATE[st]} · ${by} · ${when}`,
  historySelf: 'sa propre valeur',
  historyEmptied: 'vidée',
  historyNoName: 'aucun nom saisi',
  historyDropped: (n, limit) =>
    `${s(n, `${n} entrée plus ancienne n’est pas conservée`, `${n} entrées plus anciennes ne sont pas conservées`)} : les ${limit} dernières le sont.`,
  frozenNoEdit: 'Cette évaluation est figée : elle ne peut pas être modifiée. Commencez une nouvelle version pour la modifier.',
  frozenRefused:
    'Cette évaluation est figée : la modification a été refusée et rien n’a été enregistré ; les valeurs figées sont réaffichées. Commencez une nouvelle version pour la modifier.',

  evidenceTitle: 'Pièces justificatives',
  evidenceEmpty: 'Aucun document référencé pour l’instant.',
  evidenceFields: { title: 'Titre', location: 'URL ou nom de fichier', page: 'Page', date: 'Date' },
  evidenceAdd: 'Ajouter la référence',
  evidenceRemove: (title) => `Retirer la référence : ${title}`,
  evidenceNeedsTitle: 'Donnez un titre à la référence.',
  evidenceLine: (title, location, page, date) => [title, location, page ? `p. ${page}` : '', date].filter(Boolean).join(' · '),
  evidenceNote: 'Les références accompagnent l’évaluation dans les fichiers et les liens ; les documents eux-mêmes ne sont pas envoyés.',

  viewTitle: 'Vérification',
  viewIntro:
    'Où en est la vérification de cette évaluation : chaque point de données applicable avec son état, les questions ouvertes et ce qui n’est pas encore vérifié, par catégorie. Ouvrez un point de données pour le vérifier à côté de la grille.',
  countsTitle: 'Points de données par état de vérification',
  countsCaption: 'États de vérification des points de données applicables',
  stateCol: 'État',
  countCol: 'Points de données',
  submitAll: (n) => `Soumettre ${s(n, 'le brouillon', `les ${n} brouillons`)} à vérification`,
  notSubmittable: (empty, rejected) => `Non soumis, listés ici d’abord : vides ${empty}, rejetés ${rejected}.`,
  submitted: (n) => `${n} ${s(n, 'point de données soumis', 'points de données soumis')} à vérification.`,
  openQueriesTitle: (n) => `Questions ouvertes (${n})`,
  openQueriesNone: 'Aucune question ouverte.',
  unverifiedTitle: (n) => `Pas encore vérifiés (${n})`,
  unverifiedNone: 'Chaque point de données applicable est vérifié ou marqué non vérifiable.',
  categoryCount: (code, name, n) => `${code} ${name} (${n})`,
  open: (label) => `Ouvrir ${label} dans la grille`,
  lastQuestion: 'Dernière question',

  freezeTitle: 'Figer et prendre l’empreinte',
  freezeHint:
    'Figer rend cette évaluation non modifiable et enregistre son empreinte (SHA-256 de ses données), pour que chacun puisse vérifier qu’un fichier est bien celui qui a été vérifié. Modifier ensuite commence une nouvelle version qui enregistre celle-ci comme sa version parente.',
  freeze: 'Figer cette évaluation',
  freezeSummary: (verified, unverified, rejected, open) =>
    `Vérifiés : ${verified}. Non vérifiés : ${unverified}. Valeurs rejetées : ${rejected}. Questions ouvertes : ${open}.`,
  freezeAsk: 'Figer avec ce bilan ? Une évaluation figée ne peut plus être modifiée ; une nouvelle version le peut.',
  freezeConfirm: 'Figer maintenant',
  frozen: (by, when) => `Figée par ${by} le ${when}.`,
  newVersion: 'Commencer une nouvelle version pour modifier',
  newVersionMade: (name) => `Nouvelle version commencée : ${name}.`,
  parentLine: (fp) => `Commencée à partir de la version figée d’empreinte ${fp}.`,
  fingerprint: 'Empreinte (SHA-256)',
  fingerprintMatches: 'L’empreinte correspond : ce fichier contient exactement les données qui ont été figées.',
  fingerprintDiffers: 'L’empreinte ne correspond pas : ce fichier a été modifié après avoir été figé.',
  fingerprintCoversData:
    'Cette empreinte date d’avant qu’elle couvre le gel lui-même : elle garantit les données, pas qui a figé, ni quand, ni la version parente.',
  fingerprintOf: (name) => `Fichier figé ${name} :`,

  statementTitle: 'Déclaration de vérification',
  statement: (verified, total) => `${verified} ${s(verified, 'point de données vérifié', 'points de données vérifiés')} sur ${total}.`,
  statementBy: (names) => `Vérifié par ${names}`,
  statementWhen: (from, to) => (from === to ? `le ${from}.` : `entre le ${from} et le ${to}.`),
  statementNone: 'Aucun point de données n’a été vérifié.',
  statementNotVerifiable: (n) => `${n} non ${s(n, 'vérifiable', 'vérifiables')}.`,
  statementOpen: (n) => `${n} ${s(n, 'question ouverte', 'questions ouvertes')} (annexe).`,
  statementConfirmed: (n) => `Dont confirmés non communiqués ou sans objet : ${n}.`,
  statementSelf: (n) => `Dont vérifiés par le nom qui les a soumis : ${n}.`,
  notFrozen: 'Cette évaluation n’est pas figée : ses données peuvent encore changer.',
  annexTitle: 'Annexe : questions ouvertes',
  reviewCol: 'Vérification',
  detailCols: { datapoint: 'Point de données', state: 'État', by: 'Par', when: 'Quand', question: 'Question', reason: 'Raison' },

  recsTitle: 'Recommandations et actions',
  recsHint: 'Le vérificateur recommande, par point de données, catégorie ou dimension ; la ville transforme les recommandations en actions.',
  scope: (sc) => SCOPE[sc],
  recScope: 'S’applique à',
  recTarget: 'Lequel',
  recText: 'Recommandation',
  recAdd: 'Ajouter la recommandation',
  recNone: 'Aucune recommandation pour l’instant.',
  recLine: (scope, target, by, when) => `${scope} ${target} · ${by} · ${when}`,
  actionFromRec: 'En faire une action',
  actionsTitle: 'Plan d’action',
  actionNone: 'Aucune action pour l’instant.',
  actionFields: {
    title: 'Action',
    owner: 'Responsable',
    deadline: 'Échéance',
    status: 'Statut',
    datapoints: 'Points de données qu’elle doit faire progresser',
    band: 'Tranche visée',
  },
  actionAdd: 'Ajouter l’action',
  actionStatus: (st) => ACTION_STATUS[st],
  actionRemove: (title) => `Retirer l’action : ${title}`,
  actionNeedsTitle: 'Nommez l’action.',
  noBand: 'non précisée',
  band: (n) => `Tranche ${n}`,
  unknownCodes: (codes) => `Pas un point de données : ${codes}.`,
  pickHint: 'Tapez une partie d’un nom ou d’un code, puis choisissez avec ↓ ↑ et Entrée.',
  pickNone: 'Aucun résultat.',
  pickCount: (n) => `Résultats : ${n}.`,
  pickRemove: (code) => `Retirer ${code}`,
  reviewFind: 'Ouvrir un point de données',
  carried: (year) => `reprise de ${year}`,
  progressTitle: 'Actions reprises de l’an dernier',
  progressCols: { action: 'Action', status: 'Statut', datapoint: 'Point de données', before: 'L’an dernier', now: 'Cette année', change: 'Variation' },

  conflict: (c: CycleConflict, label: (id: string) => string): string => {
    switch (c.kind) {
      case 'review-dropped':
        return `${label(c.id)} : la vérification par ${c.dropped.by} portait sur une valeur que la fusion a remplacée ; elle ne compte plus.`;
      case 'future-stamp':
        return `${label(c.id)} : une étape de vérification de ${c.stamp.by} est datée dans le futur ; elle a été refusée.`;
      case 'one-side':
        return `${label(c.id)} : la pièce « ${c.title} » n’est que du côté ${c.side === 'a' ? 'A' : 'B'} (ajoutée là, ou retirée de l’autre côté) ; elle est gardée.`;
      case 'same-time':
        return `${c.what === 'action' ? 'L’action' : 'La recommandation'} ${c.id} a été modifiée des deux côtés en même temps ; celle du côté A est gardée.`;
    }
  },
  mergeRules:
    'Les états de vérification, questions, pièces justificatives, recommandations et actions fusionnent selon des règles : les entrées de questions des deux côtés sont gardées ; l’étape de vérification la plus récente l’emporte, mais une vérification ne compte que si la valeur vérifiée est la valeur fusionnée ; la modification la plus récente d’une action l’emporte.',
};
