/** French words of the shell, library, grid and panels (the English `S` in ../index.ts is the contract). */
import { plural, type Translation } from '../languages';
import type { S as EN } from '../index';
import type { View } from '../../views';

const VIEW_LABELS: Record<View, string> = {
  grid: 'Grille',
  review: 'Vérification',
  results: 'Roue et graphiques',
  report: 'Rapport de la ville',
  share: 'Partager, exporter, comparer',
  workshop: 'Atelier',
  compare: 'Comparer les années et les villes',
};

const p = plural('fr');
const s = (n: number, one: string, other: string) => p(n, { one, other });

export const S: Translation<typeof EN> = {
  appName: 'SSC Workbench',
  appTagline: 'Évaluer une ville avec les indicateurs clés de performance U4SSC, en toute confidentialité dans votre navigateur.',
  skipToMain: 'Aller au contenu principal',
  language: 'Langue',

  views: 'Vues',
  viewLabel: (v) => VIEW_LABELS[v],
  backUpAll: 'Tout sauvegarder',
  backUpHint: 'Un fichier avec toutes les évaluations de ce navigateur ; importez-le ici ou dans un autre navigateur.',
  backedUp: (n) => `Sauvegarde de ${n} ${s(n, 'évaluation', 'évaluations')} enregistrée.`,
  imported: (n) => (n <= 1 ? `${n} évaluation importée.` : `${n} évaluations importées.`),
  compareTitle: 'Comparer et fusionner',
  compareHint:
    'Choisissez une autre version de cette évaluation (évaluateur A et B, ou l’année précédente) pour voir chaque différence et fusionner les valeurs choisies dans une nouvelle évaluation.',
  loadingView: 'Chargement…',
  viewLoadFailed:
    'Cette partie de l’application n’a pas pu être chargée (hors ligne avant d’avoir été enregistrée pour l’usage hors ligne, ou le serveur ne l’a plus). Rien n’est perdu : vos évaluations restent dans ce navigateur. Revenez en arrière, reconnectez-vous et rouvrez l’évaluation.',
  compareWith: 'Comparer avec',
  compareNone: 'rien',

  privacyStatement:
    'Vos évaluations restent dans ce navigateur, sur cet appareil (IndexedDB) ; la langue d’interface choisie y est gardée aussi (localStorage). Rien n’est envoyé nulle part : l’application n’adresse aucune requête à un autre site. Pour effacer vos données, supprimez les évaluations ici ou effacez les données de ce site dans les réglages du navigateur.',
  storageState: (state) =>
    state === 'persisted'
      ? 'Stockage : persistant (le navigateur ne l’effacera pas pour libérer de la place).'
      : state === 'best-effort'
        ? 'Stockage : le navigateur peut l’effacer si le disque manque de place ; exportez une sauvegarde de temps en temps.'
        : state === 'memory'
          ? 'Stockage : cet onglet seulement.'
          : state === 'unsupported'
            ? 'Stockage : ce navigateur n’indique pas s’il conserve les données ; exportez une sauvegarde de temps en temps.'
            : '',
  memoryMode:
    'Ce navigateur ne permet pas à l’atelier d’enregistrer des données (navigation privée ou stockage désactivé). Vous pouvez travailler, mais tout est perdu à la fermeture de cet onglet : exportez votre évaluation avant de partir.',
  newerAppOpened: 'Une version plus récente de l’atelier a été ouverte dans un autre onglet. Rechargez cet onglet pour continuer ; rien n’a été écrasé.',
  storageFailed: (message) => `L’atelier ne peut pas ouvrir son stockage : ${message}`,

  updateReady: 'Une nouvelle version de l’atelier est disponible. Votre travail est enregistré ; rechargez pour l’utiliser.',
  updateReload: 'Recharger maintenant',
  updateLater: 'Plus tard',
  offlineReady: 'L’atelier fonctionne désormais hors ligne dans ce navigateur.',

  libraryTitle: 'Évaluations',
  libraryEmpty: 'Aucune évaluation pour l’instant. Créez-en une ou ouvrez la ville de démonstration fictive.',
  libraryLoading: 'Chargement des évaluations…',
  librarySearch: 'Rechercher une évaluation',
  libraryShown: (shown, total) => `Affichées : ${shown} sur ${total}`,
  libraryNoMatch: 'Aucune évaluation ne correspond à la recherche.',
  newAssessment: 'Nouvelle évaluation',
  city: 'Ville',
  country: 'Pays',
  year: 'Année',
  create: 'Créer',
  demoCity: 'Ville de démonstration (fictive)',
  demoCityHint: 'Ouvre « Demoville (fictional) », en la créant la première fois : des valeurs inventées pour la formation, pas une ville réelle.',
  demoOpened: (name) => `${name} existante ouverte. « Réinitialiser la démo » dans la liste rétablit ses valeurs d’origine.`,
  resetDemo: 'Réinitialiser la démo',
  confirmDemoReset: (name) =>
    `Rétablir les valeurs d’origine de la démo dans ${name} ? Vos modifications sont remplacées ; vous pouvez annuler pendant un court instant.`,
  demoReset: (name) => `${name} a retrouvé ses valeurs de démonstration d’origine.`,
  open: 'Ouvrir',
  rename: 'Renommer',
  save: 'Enregistrer',
  cancel: 'Annuler',
  duplicateNextYear: 'Dupliquer pour l’année suivante',
  delete: 'Supprimer',
  confirmDelete: (name) => `Supprimer l’évaluation ${name} ? Vous pouvez annuler pendant un court instant.`,
  deleted: (name) => `${name} supprimée.`,
  undo: 'Annuler',
  restored: (name) => `${name} rétablie.`,
  duplicated: (name) => `${name} créée à partir de l’année précédente.`,
  created: (name) => `${name} créée.`,
  renamed: (name) => `Renommée en ${name}.`,
  lastEdited: 'Dernière modification',
  completion: 'Avancement',
  completionValue: (reported, expected) => `${reported} / ${expected} points de données`,
  cityRequired: 'Saisissez le nom de la ville.',
  yearInvalid: 'Saisissez une année entre 1900 et 2200.',
  fictionalBadge: 'Fictive',
  assessmentLabel: (city, year) => `${city} ${year}`,

  backToLibrary: 'Toutes les évaluations',
  toolbar: 'Outils de la grille',
  decimalMark: 'Séparateur décimal',
  decimalPoint: 'Point (1,234.5)',
  decimalComma: 'Virgule (1 234,5)',
  undoEdit: 'Annuler',
  redoEdit: 'Rétablir',
  undoShortcut: 'Annuler (Ctrl+Z)',
  redoShortcut: 'Rétablir (Ctrl+Y)',
  filters: 'Afficher',
  filterCore: 'ICP de base seulement',
  gridFind: 'Rechercher',
  gridFindHint:
    'Un code (EC: ICT: 1C) ou des mots du nom d’un ICP ; la grille ne montre que les lignes qui correspondent, et coller ou remplir n’écrit que dans celles-ci.',
  gridFindCount: (shown, total) => `${shown} points de données sur ${total} correspondent`,
  filterNotReported: 'Pas encore renseignés',
  filterErrors: 'Erreurs',
  filterWarnings: 'Avertissements',
  filterReminders: 'À saisir',
  filterCount: (label, n) => (n === null ? label : `${label} (${n})`),
  filterHints: {
    error: 'Lignes avec une valeur refusée : elle est gardée telle que saisie mais n’est pas notée tant qu’elle n’est pas corrigée.',
    warning: 'Lignes notées, mais avec une valeur que les contrôles du Manuel de vérification jugent invraisemblable.',
    reminder: 'Lignes avec une donnée encore à saisir (les lignes marquées non renseignées ou sans objet ne demandent rien).',
  },
  flagKindLabel: { error: 'Erreur', warning: 'Avertissement', reminder: 'À saisir' },
  columnSets: 'Colonnes',
  columnSetLabel: { work: 'Données et résultats', provenance: 'Provenance', review: 'Vérification', all: 'Toutes' },
  columnSetHint: {
    work: 'Les données avec leur valeur, cible, réalisation, points et tranche',
    provenance: 'Statut, qualité des données, source, année et note de chaque valeur, à côté de ses points',
    review:
      'L’état de vérification de chaque valeur (brouillon, soumise, questionnée, répondue, vérifiée, non vérifiable), à côté de sa valeur, de ses points et de sa source',
    all: 'Toutes les colonnes (défilement horizontal)',
  },
  previous: 'Précédent',
  next: 'Suivant',
  position: (i, n) => `${i} sur ${n}`,
  dataPoint: 'Point de données',
  expandAll: 'Tout déplier',
  moreTools: 'Outils et filtres',
  collapseAll: 'Tout replier',
  exportJson: 'Exporter en JSON',
  exportNow: 'Exporter maintenant',
  gridLabel: 'Grille des données des ICP',
  cellEditor: 'Valeur de la cellule',
  cellEditorAt: (column, row) => `${column} : ${row}`,
  gridHelp:
    'Les flèches déplacent, Entrée ou la saisie modifie, Entrée valide. Sur une ligne de groupe, Entrée ou Espace la replie ou la déplie. Ctrl+Z annule, Ctrl+Y rétablit.',
  pasteTooManyRows: (lines, available) =>
    `Rien n’a été collé : le bloc compte ${lines} lignes, mais seulement ${available} ${s(available, 'ligne de point de données est affichée', 'lignes de points de données sont affichées')} à partir de la ligne sélectionnée. Sélectionnez une ligne plus haute, affichez les lignes masquées ou collez un bloc plus court.`,
  pasteTooWide: (width, available) =>
    `Rien n’a été collé : le bloc compte ${width} colonnes, mais seulement ${available} ${s(available, 'colonne reste', 'colonnes restent')} à droite de la cellule sélectionnée.`,
  pasteReport: (rows, groups, hidden, readOnly) =>
    [
      groups + hidden > 0
        ? `${rows} ${s(rows, 'ligne collée', 'lignes collées')} dans les seules lignes de points de données, en sautant ${[
            groups > 0 ? `${groups} ${s(groups, 'ligne de groupe (titre)', 'lignes de groupe (titres)')}` : '',
            hidden > 0 ? `${hidden} ${s(hidden, 'ligne masquée', 'lignes masquées')}` : '',
          ]
            .filter(Boolean)
            .join(' et ')}.`
        : '',
      readOnly > 0
        ? `${readOnly} ${s(readOnly, 'valeur collée tombe', 'valeurs collées tombent')} sur des cellules non modifiables (calculées, issues du profil de la ville ou non utilisées par cet ICP) et ${s(readOnly, 'n’a pas été collée', 'n’ont pas été collées')}.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  hiddenRowsLeft: (rows, cells) =>
    `Seules les lignes affichées ont changé : ${cells} ${s(cells, 'cellule', 'cellules')} dans ${rows} ${s(rows, 'ligne masquée', 'lignes masquées')} ${s(cells, 'est restée', 'sont restées')} telle${cells === 1 ? '' : 's'} quelle${cells === 1 ? '' : 's'}.`,
  rereadReport: (n) =>
    `${n} ${s(n, 'valeur gardée comme texte se lit', 'valeurs gardées comme texte se lisent')} désormais comme ${s(n, 'un nombre', 'des nombres')} avec le nouveau séparateur décimal.`,
  fictionalNotice: 'Données de démonstration fictives : Demoville n’existe pas et ses valeurs sont inventées.',

  saveSaved: 'Toutes les modifications sont enregistrées dans ce navigateur.',
  savePending: 'Modifications non enregistrées…',
  saveSaving: 'Enregistrement…',
  saveError: (msg) => `Enregistrement impossible : ${msg}`,
  quotaError:
    'Le navigateur n’a plus d’espace de stockage pour ce site. Vos dernières modifications ne sont gardées que dans cet onglet : exportez l’évaluation maintenant.',
  externalUpdate: 'Cette évaluation a été modifiée dans un autre onglet ; ses modifications ont été fusionnées.',
  clashList: (items) =>
    `Cet onglet et un autre onglet ont modifié ${s(items.length, 'la même cellule', 'les mêmes cellules')} : ${items.join(' ; ')}. La valeur saisie ici a été gardée.`,
  clashItem: (what, theirs) => `${what} (l’autre onglet avait « ${theirs} »)`,
  deletedElsewhere: 'Cette évaluation a été supprimée dans un autre onglet. Exportez-la maintenant pour garder votre travail.',
  notFound: 'Cette évaluation n’est pas enregistrée dans ce navigateur.',
  engineFailed:
    'Le moteur de notation n’a pas répondu : les scores affichés peuvent être périmés. Vos modifications sont enregistrées ; rechargez la page pour recalculer.',

  columns: {
    code: 'Code',
    name: 'ICP / point de données',
    numerator: 'Numérateur',
    denominator: 'Dénominateur',
    value: 'Valeur déclarée',
    unit: 'Unité',
    computed: 'Valeur',
    target: 'Cible',
    achievement: 'Réalisation',
    band: 'Points · tranche',
    status: 'Statut',
    quality: 'Qualité des données',
    source: 'Source',
    year: 'Année',
    note: 'Note',
    review: 'Vérification',
  },
  fromProfile: (label) => `Du profil de la ville : ${label}`,
  notUsed: 'Non utilisé par cet ICP',
  readOnlyComputed: 'Calculé ; lecture seule',
  yes: 'oui',
  no: 'non',
  noBenchmark: 'aucune',
  targetOverridden: 'Cible fixée pour cette évaluation (videz la cellule pour revenir à la cible de référence).',
  targetRemoved: 'Référence retirée pour cette évaluation : déclaré, non noté (videz la cellule pour la rétablir).',
  targetNotValid: (text) =>
    `« ${text} » n’est pas une cible : saisissez un nombre supérieur ou égal à 0, « none » pour aucune référence, ou laissez vide pour la cible de référence.`,
  targetOverride: 'fixée pour cette évaluation',
  yearNotValid: (text) => `« ${text} » n’est pas une année entre 1900 et 2200.`,
  statusNotValid: (text) => `« ${text} » n’est pas un statut ; choisissez déclaré, non déclaré ou sans objet.`,
  qualityNotValid: (text) => `« ${text} » n’est pas l’un des six niveaux de qualité des données.`,
  core: 'de base',
  advanced: 'avancé',
  collapsed: 'replié',
  expanded: 'déplié',

  statusLabels: { reported: 'déclaré', 'not-reported': 'non déclaré', 'not-applicable': 'sans objet' },
  qualityLabels: {
    accurate: 'mesure exacte',
    survey: 'extrapolé d’une enquête auprès des habitants',
    'higher-level': 'extrapolé de données d’un niveau supérieur',
    assumption: 'estimation fondée sur des hypothèses',
    personal: 'estimation personnelle',
    unknown: 'inconnue',
  },
  itemState: {
    scored: 'noté',
    unbenchmarked: 'déclaré, sans référence',
    'not-reported': 'non déclaré',
    'not-applicable': 'sans objet',
    invalid: 'saisie refusée',
  },

  profileTitle: 'Profil de la ville',
  profileHelp: 'Saisi une seule fois ; tout ICP qui divise par ces chiffres les utilise.',

  summaryTitle: 'Scores',
  method: 'Méthode de notation',
  methodPoints: 'Points U4SSC',
  methodContinuous: 'Continue (réalisation plafonnée)',
  overall: 'Global',
  level: 'Niveau',
  percent: 'Score',
  band: 'Tranche',
  coverage: 'Déclarés / avec référence / attendus',
  coverageShort: 'Décl. / réf. / att.',
  coverageValue: (r, b, e) => `${r} / ${b} / ${e}`,
  notScored: 'non noté',
  bandText: (band, label) => `tranche ${band} · ${label}`,
  pointsBand: (points, label) => `${points} · ${label}`,
  percentText: (p) => `${p} %`,
  scoresPending: 'Notation…',
  basedOn: (scored, expected) => `sur la base de ${scored} des ${expected} points de données`,
  provisional: 'Provisoire',
  provisionalShort: 'provisoire',
  provisionalWhy: (scored, benchmarkable) =>
    `seuls ${scored} des ${benchmarkable} points de données dotés d’une référence sont notés ; un score reste provisoire tant qu’au moins la moitié ne l’est pas.`,
  provisionalRule:
    'Un score est marqué provisoire tant que moins de la moitié des points de données de son groupe qui s’appliquent et ont une référence sont notés.',
  headlineOverall: 'Global',

  explainTitle: 'Expliquer ce chiffre',
  explainEmpty: 'Sélectionnez une ligne de point de données dans la grille pour voir comment sa valeur, ses points et sa tranche sont obtenus.',
  explainFormula: 'Formule',
  explainInputs: 'Données',
  explainValue: 'Valeur',
  explainTarget: 'Cible',
  explainAchievement: 'Réalisation',
  explainPoints: 'Points',
  explainAggregates: 'Compte pour',
  explainFlags: 'Problèmes',
  explainDefinition: 'Définition',
  explainRationale: 'Justification',
  explainSource: 'Source',
  explainOrigin: {
    reference: 'cible de référence (indicative)',
    override: 'fixée pour cette évaluation',
    own: 'cible propre de la ville',
    none: 'aucune référence',
  },
  explainNotes: 'Notes',
  explainSourceNotes: 'Sur les sources de cette entrée du catalogue',
  explainSourceNotesHint: 'Une note sur la façon dont la définition de cet ICP a été établie pour le catalogue ; elle ne dit rien de vos données.',
  explainWorking: (numerator, denominator, multiplier, value) => `${numerator} ÷ ${denominator}${multiplier === null ? '' : ` × ${multiplier}`} = ${value}`,
  explainFormulaRatio: (numerator, denominator, multiplier) => `${numerator} ÷ ${denominator}${multiplier === null ? '' : ` × ${multiplier}`}`,
  explainFormulaKind: { direct: 'déclaré directement', yesno: 'déclaré par oui ou non' },
  explainFromProfile: (label) => `${label} (profil de la ville)`,
  explainReported: 'Valeur déclarée',
  explainReportedWins: 'Valeur déclarée (l’emporte sur les données)',
  explainTargetOverride: 'Cible fixée pour cette évaluation.',
  explainTargetRemoved: 'Référence supprimée pour cette évaluation.',
  explainTargetNoEntry: 'Le jeu de cibles n’a pas d’entrée pour ce point de données : il est déclaré mais pas noté.',
  explainTargetThisAssessment: 'cette évaluation',
  explainPointsRule: 'moins de 33 % de la cible → 1 point ; 33–66 % → 2 ; 66–95 % → 3 ; 95 % ou plus → 4',
  explainRule: {
    yesno: 'oui/non : oui = 100 %, non = 0 %',
    higher: 'plus haut est mieux : valeur ÷ cible',
    'higher-target-zero': 'plus haut est mieux, cible 0 : toute valeur l’atteint',
    lower: 'plus bas est mieux : cible ÷ valeur',
    'lower-at-most-zero': 'plus bas est mieux : une valeur de 0 ou moins compte comme pleinement réalisée',
    'lower-target-zero': 'plus bas est mieux, cible 0 : toute valeur supérieure à 0 réalise 0 %',
    band: 'cible en intervalle : le plus petit de valeur ÷ cible et cible ÷ valeur',
    'band-at-most-zero': 'cible en intervalle : une valeur de 0 ou moins réalise 0 %',
  },
  explainNotScored: (state) => `non noté : ${state}`,
  explainNotScoredInvalid: 'non noté : la donnée est refusée (voir Problèmes ci-dessous)',
  quoted: (text) => `« ${text} »`,
  explainState: 'État',
  explainAggHow: 'Comment il est regroupé',
  explainAggPooled: (points, max, scored, percent) => `${points} points sur ${max} (4 × ${scored} points de données notés) = ${percent}`,
  explainAggContinuous: (sum, scored, percent) => `réalisations plafonnées à 100 % : ${sum} ÷ ${scored} points de données notés = ${percent}`,
  explainAggNone: 'Aucun point de données de ce groupe n’est noté.',
  explainAggRulePoints: 'points regroupés ÷ (4 × points de données déclarés et dotés d’une référence) × 100, puis classés comme un point de données',
  explainAggRuleContinuous: 'la moyenne des réalisations des points de données notés, chacune plafonnée à 100 %',
  explainAggCounted: (n) => `Points de données qui comptent (${n})`,
  explainAggLeftOut: (n) => `Laissés de côté (${n})`,
  explainAggParts: 'Composé de',
  explainAggSelect: (name) => `Expliquer ${name}`,
  illustrativeTargets: 'Les cibles de référence sont indicatives, ce ne sont pas les références officielles U4SSC.',

  stepsTitle: 'Votre progression',
  stepsCount: (done, total) => `${done} ${s(done, 'étape faite', 'étapes faites')} sur ${total}`,
  stepName: { profile: '1. Profil de la ville', data: '2. Données', review: '3. Vérification', report: '4. Rapport' },
  stepState: { done: 'fait', current: 'étape suivante', todo: 'à faire' },
  stepProfileDetail: (filled, total) =>
    filled === total
      ? `Les ${total} chiffres du profil sont saisis.`
      : `${filled} chiffres saisis sur ${total}. Population, ménages, PIB et le reste se saisissent une fois ; tout ICP qui divise par eux les utilise.`,
  stepDataDetail: (done, expected, provisional) =>
    `${done} des ${expected} points de données ont une valeur valide.${provisional ? ' Les scores restent provisoires tant qu’au moins la moitié des points de données avec référence ne sont pas saisis.' : ''}`,
  stepReviewDetail: (errors, warnings) =>
    errors === 0 && warnings === 0
      ? 'Aucune valeur refusée et rien à vérifier.'
      : `${errors} ${s(errors, 'valeur refusée', 'valeurs refusées')} à corriger, ${warnings} ${s(warnings, 'valeur', 'valeurs')} à vérifier (avertissements).`,
  stepReportDetail: 'Voyez la roue et le rapport de la ville, imprimez-le ou partagez-le.',
  stepProfileAction: 'Remplir le profil de la ville',
  stepGridAction: 'Aller à la grille',
  stepReportAction: 'Ouvrir le rapport de la ville',

  legendTitle: 'Ce que signifient les marques des cellules',
  legendSample: 'Exemple',
  legendItems: {
    advanced: ['EC: ICT: T: 3A', 'Code en italique : un ICP avancé (les ICP de base sont en romain).'],
    profile: ['250 000', 'Gris italique sur bleu : repris du profil de la ville ; modifiez-le là, une fois pour tous les ICP.'],
    unused: ['', 'Hachuré : une donnée que cet ICP n’utilise pas.'],
    computed: ['45,5', 'Gris : calculé par l’atelier ; lecture seule.'],
    override: ['80', 'Gras, souligné en pointillé : une cible fixée pour cette évaluation au lieu de la cible de référence.'],
    error: [
      'abc',
      'Contour rouge, fond rose : erreur. La valeur est refusée (pas un nombre, impossible, une division par zéro) ; elle est gardée telle que saisie et jamais notée. Pointez la cellule ou sélectionnez la ligne pour savoir pourquoi.',
    ],
    warning: ['140', 'Contour ambre : avertissement. La valeur est notée mais semble invraisemblable selon le Manuel de vérification U4SSC ; vérifiez-la.'],
    reminder: [
      '',
      'Contour pointillé : rappel. Une donnée encore vide, par exemple un numérateur une fois que le profil de la ville donne son dénominateur. Ce n’est pas une erreur ; les lignes non déclarées ou sans objet ne demandent jamais de données.',
    ],
    review: [
      'EN: EN: AQ: 1C',
      'Code marqué Δ sur une bande violette : la définition du point de données a changé lors d’une mise à jour du catalogue depuis la création de cette évaluation. Sa valeur est conservée ; lisez ce qui a changé dans « Expliquer ce chiffre » et marquez-le comme lu.',
    ],
  },
  legendBands:
    'Points · tranche : la couleur et la tranche écrite disent à quel point une valeur approche de sa cible (la roue et les graphiques ajoutent un motif par tranche) :',
  legendBand: (points, label) => `${points} ${s(points, 'point', 'points')} · ${label} de la cible`,
  none: '—',
};
