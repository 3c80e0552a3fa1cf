/** French words of progress over time and across cities (the English `TM` and `TC` in ../time.ts are the contract). */
import type { Translation } from '../languages';
import type { TC as EN_TC, TM as EN_TM } from '../time';

export const TM: Translation<typeof EN_TM> = {
  scoring: {
    title: 'Cibles qui notent cette évaluation',
    reference: 'Cibles de référence',
    own: 'Les cibles propres de la ville, là où elles existent',
    hint: 'Avec les cibles propres, une donnée qui a une cible propre est notée par rapport à elle ; toute autre donnée garde sa cible de référence (ou la cible fixée pour cette évaluation).',
    inForceReference: 'Notée selon les cibles de référence.',
    inForceOwn: (n, total) => `Notée selon les cibles propres là où elles existent : ${n} données sur ${total} ; les autres selon les cibles de référence.`,
    reportLabel: 'Cibles appliquées',
    ownShort: 'cible propre',
    ownDetail: (target, deadline) => (deadline === null ? `cible propre ${target}` : `cible propre ${target} d’ici ${deadline}`),
    referenceDetail: (target) => `référence : ${target}`,
    deadlineOnly: (deadline) => `échéance propre ${deadline}`,
    explainOwn: (deadline) =>
      deadline === null
        ? 'Ce nombre est noté par rapport à la cible propre de la ville.'
        : `Ce nombre est noté par rapport à la cible propre de la ville (échéance ${deadline}).`,
    explainOwnNone: 'L’évaluation est notée selon les cibles propres là où elles existent ; cette donnée n’en a pas, sa cible de référence la note donc.',
    explainReference: 'Ce nombre est noté par rapport à la cible de référence (l’évaluation utilise les cibles de référence).',
    explainReferenceHasOwn:
      'Ce nombre est noté par rapport à la cible de référence : l’évaluation utilise les cibles de référence, la cible propre de cette donnée est donc affichée mais ne note pas.',
    ownRationale: 'La cible propre de la ville pour cette donnée.',
    legendOwn: 'la cible propre de la ville note cette ligne',
  },
  ownTitle: 'Cible et échéance propres',
  ownHint:
    'La cible propre de la ville pour cette donnée, l’année où elle compte l’atteindre, et la valeur et l’année à partir desquelles elle mesure ses progrès. La tendance mesure les progrès par rapport à elles ; les points ne suivent la cible propre que si l’évaluation est notée selon les cibles propres.',
  ownTarget: 'Cible propre',
  ownDeadline: 'Échéance (année)',
  ownBaseline: 'Valeur de référence',
  ownBaselineYear: 'Année de référence',
  ownSave: 'Enregistrer la cible propre',
  ownRemove: 'Supprimer la cible propre',
  ownSaved: 'Cible propre enregistrée.',
  ownRemoved: 'Cible propre supprimée.',
  ownNone: 'Pas de cible propre : la tendance utilise la cible ci-dessus et l’échéance 2030.',
  ownYesNoTarget: 'La cible d’une donnée oui/non est « oui ».',
  ownReadOnly: 'Cette évaluation est figée : ses cibles propres ne peuvent pas être modifiées.',
  ownProblem: {
    notNumber: (field, text) => `${field} : « ${text} » n’est pas un nombre.`,
    notYear: (field, text, min, max) => `${field} : « ${text} » n’est pas une année entière entre ${min} et ${max}.`,
    baselinePair: 'Une référence demande à la fois sa valeur et son année.',
    deadlineAfterBaseline: 'L’échéance doit venir après l’année de référence.',
  },
  ownSummary: (target, deadline, baseline, baselineYear) =>
    [
      target !== null ? `cible ${target}` : null,
      deadline !== null ? `d’ici ${deadline}` : null,
      baseline !== null && baselineYear !== null ? `depuis ${baseline} en ${baselineYear}` : null,
    ]
      .filter(Boolean)
      .join(', '),
  status: {
    achieved: 'cible atteinte',
    'on-track': 'en bonne voie',
    'acceleration-needed': 'accélération nécessaire',
    stagnating: 'stagnation',
    'moving-away': 'éloignement',
    'insufficient-data': 'données insuffisantes',
  },
  reason: {
    'no-values': 'aucune année n’a de valeur',
    'one-year': 'une seule année a une valeur',
    'no-target': 'aucune cible à laquelle se mesurer',
    'deadline-not-after-baseline': 'l’échéance ne vient pas après l’année de référence',
  },
  basisTarget: { own: 'la cible propre de la ville', assessment: 'la cible qui note la dernière évaluation', none: 'aucune cible' },
  basisDeadline: { own: 'l’échéance propre de la ville', default: 'l’échéance du Programme 2030' },
  basisBaseline: {
    own: 'la référence propre de la ville',
    series: 'la première année avec une valeur',
    incomplete: 'la première année avec une valeur (il manque à la référence propre sa valeur ou son année)',
  },
  trendStatus: 'Statut',
  trendAgainst: 'Mesuré par rapport à',
  trendMethod: 'Méthode',
  methodCompound:
    'Taux de croissance annuel composé (SDG Progress Chart des Nations unies) : réel = (dernière ÷ référence)^(1 ÷ années) − 1 ; nécessaire = (cible ÷ référence)^(1 ÷ (échéance − année de référence)) − 1.',
  methodLinear:
    'Variation par an (une valeur ou une cible de 0 ou moins, ou une cible en fourchette, n’a pas de taux composé) : réel = (dernière − référence) ÷ années ; nécessaire = (cible − référence) ÷ (échéance − année de référence).',
  methodYesNo: 'Une réponse oui/non n’a pas de rythme : oui est atteint, un non qui reste non stagne, un oui devenu non s’éloigne.',
  statusRule:
    'En bonne voie à 95 % ou plus du rythme nécessaire ; accélération nécessaire à partir de 10 % ; stagnation entre −10 % et 10 % ; éloignement en dessous.',
};

export const TC: Translation<typeof EN_TC> = {
  title: 'Comparer des évaluations',
  hint: 'Choisissez les évaluations à mettre côte à côte : une ligne par donnée et par agrégat, une colonne par évaluation. Les années d’une même ville forment une série avec son statut de tendance.',
  pick: 'Évaluations à comparer',
  pickAll: 'Toutes',
  pickNone: 'Aucune',
  base: 'Colonne de base',
  baseHint: 'Les écarts par rapport à la colonne de base sont marqués d’une flèche et d’une cellule ombrée.',
  show: 'Afficher',
  showWhat: { value: 'valeurs', points: 'points', percent: 'pourcentage de la cible' },
  filter: 'Filtrer les lignes',
  filterPlaceholder: 'code ou nom',
  level: 'Lignes',
  levels: { all: 'toutes les lignes', aggregates: 'agrégats seulement', datapoints: 'données seulement' },
  exportCsv: 'Télécharger en CSV',
  empty: 'Choisissez au moins une évaluation.',
  loading: 'Calcul des scores des évaluations…',
  scored: (n, ms) => `${n} évaluations calculées en ${ms} ms.`,
  colCode: 'Code',
  colName: 'Donnée ou agrégat',
  colTrend: 'Tendance',
  higher: 'plus élevé que la base',
  lower: 'plus bas que la base',
  sortHint: 'Cliquez sur un en-tête de colonne, ou appuyez sur Entrée dessus, pour trier ; encore une fois pour inverser.',
  gridLabel: 'Comparaison des évaluations',
  rankTitle: 'Classement des villes (méthodes relatives)',
  rankHint:
    'La place de chaque ville parmi les villes choisies, d’après la dernière année de chacune : les données normalisées entre elles, puis agrégées à poids égaux. Ce classement s’affiche à côté des scores par rapport aux cibles et ne les remplace jamais.',
  normalisation: 'Normalisation',
  normalisations: { 'min-max': 'min-max (0–100)', 'z-score': 'score z', rank: 'rang' },
  aggregation: 'Agrégation',
  aggregations: { arithmetic: 'moyenne arithmétique', geometric: 'moyenne géométrique' },
  rankCity: 'Ville (année)',
  rankComposite: 'Composite',
  rankRank: 'Rang',
  rankRange: 'Rang en retirant une donnée',
  rankChangedBy: 'Données qui le font bouger',
  rankRangeText: (best, worst) => (best === worst ? `toujours ${best}` : `de ${best} à ${worst}`),
  rankNeedsTwo: 'Choisissez des évaluations d’au moins deux villes pour les classer.',
  rankProblem: {
    'no-values': 'aucune donnée n’a de valeur',
    'single-city': 'une seule ville a une valeur',
    'no-spread': 'toutes les villes ont la même valeur',
    'geometric-needs-non-negative': 'une moyenne géométrique demande des valeurs de 0 ou plus : utilisez min-max ou le rang',
    'no-weight': 'aucune donnée pondérée n’a de valeur',
  },
  rankMethod:
    'Chaque donnée est orientée pour que plus haut soit mieux (valeurs où plus bas est mieux inversées, une fourchette par sa réalisation), normalisée entre les villes, et moyennée sur les données de chaque ville (Handbook on Constructing Composite Indicators de l’OCDE et du CCR). La plage est celle des rangs que prend la ville quand chaque donnée est retirée tour à tour.',
  chartRankTitle: 'Score composite par ville, avec plage de rangs',
  chartLineTitle: (name) => `${name} au fil des années`,
  chartTarget: 'cible',
  chartDeadline: 'échéance',
  chartPickDatapoint: 'Donnée à représenter',
  tableYear: 'Année',
  tableValue: 'Valeur',
  tableTarget: 'Cible',
};
