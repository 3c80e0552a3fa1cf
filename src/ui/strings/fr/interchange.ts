/** French words of export, share links, import and compare (the English `X` in ../interchange.ts is the contract). */
import { plural, type Translation } from '../languages';
import type { X as EN } from '../interchange';
import type { DecimalChoice } from '../../../engine/csv';
import type { LinkError } from '../../../share/link';

const p = plural('fr');
const s = (n: number, one: string, other: string) => p(n, { one, other });

const MB = 1024 * 1024;

/** Why a share link did not open, in words (every kind of LinkError, as in English). */
function linkProblem(error: LinkError): string {
  switch (error.kind) {
    case 'malformed':
      return 'Ce lien est endommagé ou incomplet : il a peut-être été tronqué lors de la copie.';
    case 'not-a-link':
      return 'Ce n’est pas un lien de partage SSC Workbench.';
    case 'needs-passphrase':
      return 'Ce lien est protégé par une phrase secrète.';
    case 'cannot-decrypt':
      return error.mode === 'passphrase'
        ? 'La phrase secrète est fausse, ou le lien a été modifié.'
        : 'Le lien a été modifié ou tronqué : il ne peut pas être ouvert.';
    case 'too-long':
      return `Ce lien est plus long que tout lien produit par l’atelier (${error.limit} caractères) ; il n’a pas été ouvert.`;
    case 'too-large':
      return `Le lien se décompresse en plus de ${error.limit / MB} Mo ; il a été refusé.`;
  }
}

export const X: Translation<typeof EN> = {
  exportTitle: 'Exporter et partager',
  exportHelp: 'Les fichiers sont produits et enregistrés par ce navigateur ; rien n’est téléversé.',
  exportJson: 'Évaluation JSON',
  exportJsonHint: 'Tout, exactement : le fichier à sauvegarder, à transférer vers un autre navigateur ou à envoyer à un collègue.',
  exportCsv: 'Valeurs CSV',
  exportCsvHint: 'Une ligne par point de données, pour un tableur ou un autre outil.',
  exportXlsx: 'Excel (.xlsx)',
  exportXlsxHint:
    'Les valeurs avec leurs résultats (cible, points, tranche), les scores avec leur couverture, le profil de la ville et les cibles avec leur justification, sous forme de classeur Excel. Il se réimporte avec les valeurs qu’il contient.',
  workbook: {
    sheets: { Values: 'Valeurs', Scores: 'Scores', Profile: 'Profil', Targets: 'Cibles' },
    columns: {
      level: 'niveau',
      code: 'code',
      name: 'nom',
      percent: 'pourcentage',
      band: 'tranche',
      points: 'points',
      'max points': 'points max',
      reported: 'renseignés',
      benchmarked: 'étalonnés',
      expected: 'attendus',
      field: 'champ',
      label: 'libellé',
      unit: 'unité',
      value: 'valeur',
      datapoint: 'point de données',
      target: 'cible',
      origin: 'origine',
      rationale: 'justification',
      source: 'source',
      basis: 'fondement',
      'own target': 'cible propre',
      'own deadline': 'échéance propre',
      'own baseline': 'référence propre',
      'own baseline year': 'année de référence propre',
      'scored by': 'notée par',
    },
  },
  exportScores: 'Tableau des scores (CSV)',
  exportScoresHint:
    'Une ligne par point de données et par score (global, dimensions, sous-dimensions, catégories) avec taux d’atteinte, points, tranche et couverture, pour R, pandas ou DuckDB.',
  exportScoresParquet: 'Tableau des scores (Parquet)',
  exportScoresParquetHint: 'Le tableau des scores, typé, au format Apache Parquet : pour DuckDB, pandas, R (arrow) ou polars sur tout un programme.',
  exportTargets: 'Fichier de cibles (CSV)',
  exportTargetsHint: 'Les cibles en vigueur : celles fixées pour cette évaluation, sinon les cibles de référence.',
  exportSdmxCsv: 'SDMX-CSV',
  exportSdmxCsvHint:
    "Une observation par point de données selon la structure de données U4SSC (sdmx/u4ssc-structure.xml), pour les outils SDMX d'un institut de statistique. « Non renseigné » et « sans objet » sont des statuts, jamais des zéros. Il se réimporte comme les valeurs qu'il contient.",
  exportSdmxMl: 'SDMX-ML (XML)',
  exportSdmxMlHint: 'Les mêmes observations en données SDMX-ML 2.1 propres à la structure, pour les registres et validateurs SDMX.',
  exportDhis2Values: 'Valeurs DHIS2 (JSON)',
  exportDhis2ValuesHint:
    "Un ensemble de valeurs par code (idScheme=CODE) pour une instance DHIS2 qui collecte les données U4SSC ; statut, qualité, année et source figurent dans le commentaire de chaque valeur. Il se réimporte comme les valeurs qu'il contient.",
  exportDhis2Metadata: 'Métadonnées DHIS2 (JSON)',
  exportDhis2MetadataHint:
    "Les éléments de données U4SSC, les catégories de leurs points de données et l'ensemble de données, à importer une fois dans DHIS2 avant les valeurs.",
  exportOpenSdg: 'Open SDG (zip)',
  exportOpenSdgHint:
    "Un CSV par KPI au format de données d'Open SDG (Year, City, Series, Units, GeoCode, Value) avec ses métadonnées, pour le site Open SDG d'une ville. Il se réimporte comme les valeurs qu'il publie.",
  exportAll: 'Tout télécharger (zip)',
  exportAllHint: 'Tous les exports ci-dessus dans un seul zip, avec la structure de données SDMX.',
  libraryAll: 'Tous les formats (zip)',
  libraryAllHint: 'Tous les exports de toutes les évaluations dans un seul zip, un dossier par évaluation.',
  libraryAllWriting: (done, of) => `Écriture du zip : ${done} évaluations sur ${of}…`,
  libraryAllDone: (n) => (n === 1 ? 'Le zip d’une évaluation a été téléchargé.' : `Le zip de ${n} évaluations a été téléchargé.`),
  exportShare: 'Lien de partage…',
  exportShareHint: 'Un lien chiffré qui ouvre cette évaluation dans un autre navigateur.',
  preparing: 'Préparation…',
  saved: (file) => `${file} enregistré.`,
  exportFailed: (message) => `Le fichier n’a pas pu être produit : ${message}`,

  shareTitle: 'Lien de partage',
  shareModeLegend: 'Comment le lien est protégé',
  shareModeKey: 'Clé dans le lien',
  shareModeKeyHint: 'Toute personne ayant le lien complet peut l’ouvrir. Simple, pour un canal de confiance.',
  shareModePassphrase: 'Phrase secrète',
  shareModePassphraseHint: 'Le lien seul ne suffit pas : communiquez la phrase secrète séparément (par téléphone, en personne).',
  passphrase: 'Phrase secrète',
  passphraseConfirm: 'Répétez la phrase secrète',
  passphraseTooShort: (min) => `Utilisez une phrase secrète d’au moins ${min} caractères.`,
  passphraseMismatch: 'Les deux phrases secrètes diffèrent.',
  createLink: 'Créer le lien',
  creatingLink: 'Chiffrement…',
  linkLabel: 'Lien à partager',
  copy: 'Copier',
  copied: 'Copié dans le presse-papiers.',
  copyManually: 'La copie n’est pas autorisée ici : le lien est sélectionné, appuyez sur Ctrl+C (⌘C sur un Mac).',
  linkReady: (chars) => `Le lien est prêt (${chars} caractères).`,
  linkTooLong: (chars, max) =>
    `Cette évaluation donne un lien de ${chars} caractères, plus que les ${max} que les messageries transmettent sans risque. Partagez plutôt le fichier JSON de l’évaluation.`,
  linkFailed: (message) => `Le lien n’a pas pu être créé : ${message}`,
  downloadJsonInstead: 'Enregistrer le fichier JSON de l’évaluation',
  close: 'Fermer',
  securityTitle: 'Ce que le chiffrement protège, et ce qu’il ne protège pas',
  securityPoints: [
    'L’évaluation est compressée et chiffrée dans ce navigateur ; aucune copie n’est gardée sur un serveur et le lien ne l’envoie nulle part.',
    'Tout ce qui suit le # dans le lien reste dans le navigateur : il n’est jamais envoyé au serveur qui héberge l’application, si bien que les serveurs, les proxys et leurs journaux ne peuvent pas lire l’évaluation.',
    'Quiconque a le lien complet peut ouvrir l’évaluation. En mode phrase secrète, il lui faut aussi la phrase, qui n’est jamais enregistrée ni mise dans le lien : communiquez-la séparément.',
    'Un lien modifié ou tronqué ne s’ouvre pas du tout : le destinataire ne voit jamais de valeurs altérées.',
    'Quiconque peut lire le lien peut en garder une copie : un lien envoyé ne peut pas être retiré.',
  ],

  previewTitle: 'Ouvrir une évaluation partagée',
  decoding: 'Ouverture du lien…',
  passphrasePrompt: 'Ce lien est protégé par une phrase secrète. Saisissez-la pour ouvrir l’évaluation.',
  openWithPassphrase: 'Ouvrir',
  previewIntro:
    'Le lien contient cette évaluation. Elle sera ajoutée comme nouvelle évaluation ; rien de ce qui est enregistré dans ce navigateur n’est modifié.',
  previewCity: 'Ville',
  previewCountry: 'Pays',
  previewYear: 'Année',
  previewValues: 'Valeurs saisies',
  previewScore: 'Score global',
  previewScoreNone: 'pas encore noté',
  openAsNew: 'Ouvrir comme nouvelle évaluation',
  cancel: 'Annuler',
  linkDocumentProblem: 'Le lien s’est ouvert, mais son contenu n’est pas une évaluation valide.',
  linkProblem,
  opened: (name) => `${name} ouverte comme nouvelle évaluation.`,

  importTitle: 'Importer',
  importHelp:
    'Un fichier JSON d’évaluation ou d’espace de travail, des valeurs en CSV ou un tableau de valeurs Excel (.xlsx). Vous voyez ce qui a été lu avant que quoi que ce soit ne soit enregistré ; une cellule qui n’est pas un nombre est gardée comme texte avec la raison, comme la grille la garde, et n’est pas notée.',
  chooseFile: 'Choisir un fichier',
  dropHere: 'ou déposez un fichier ici',
  reading: (name) => `Lecture de ${name}…`,
  readingLoaded: (name, loaded, total) => `Chargement de ${name} : ${loaded} sur ${total}`,
  readingParsing: (name) => `Lecture du contenu de ${name}…`,
  readingProgress: 'Avancement de la lecture',
  readingCancel: 'Annuler la lecture',
  readingCancelled: (name) => `La lecture de ${name} a été annulée ; rien n’a été modifié.`,
  fileTooLarge: (size, max) => `Le fichier fait ${size} ; les fichiers de plus de ${max} ne sont pas lus.`,
  unknownKind: (name, endings) =>
    `« ${name} » n’est pas un fichier que l’atelier sait lire : utilisez ${endings.length > 1 ? `${endings.slice(0, -1).join(', ')} ou ${endings[endings.length - 1]}` : endings.join('')}.`,
  notRead: (name) => `${name} n’a pas été importé :`,
  problemsCount: (n) => `${n} ${s(n, 'problème', 'problèmes')} ; rien n’a été enregistré.`,
  problemAt: (row, column, message, cell) =>
    cell !== undefined
      ? `Cellule ${cell} : ${message}`
      : row === undefined
        ? message
        : column
          ? `Ligne ${row}, colonne ${column} : ${message}`
          : `Ligne ${row} : ${message}`,
  read1252: 'Le lire en Windows-1252',
  read1252Hint:
    'Seulement si le fichier vient du format « CSV » d’Excel ou d’un autre programme Windows occidental : les lettres accentuées sont alors lues comme ce programme les a écrites.',
  decimalLegend: 'Séparateur décimal dans ce fichier',
  decimalFrom: (choice: DecimalChoice): string => {
    const mark = choice.mark === 'point' ? 'le point' : 'la virgule';
    switch (choice.from) {
      case 'declared':
        return `Lu avec ${mark} comme séparateur décimal, comme vous l’avez choisi.`;
      case 'file':
        return `Lu avec ${mark} comme séparateur décimal : les nombres du fichier le montrent (ligne ${choice.row} : « ${choice.text} »).`;
      case 'setting':
        return choice.conflict
          ? `Les nombres du fichier utilisent les deux séparateurs ; lu avec ${mark} comme séparateur décimal (votre réglage). Les nombres qui se lisent de deux façons sont refusés.`
          : `Rien dans le fichier ne montre son séparateur décimal ; lu avec ${mark} comme séparateur décimal (votre réglage). Les nombres qui se lisent de deux façons sont refusés.`;
    }
  },
  decimalPointFile: 'Point (12.5)',
  decimalCommaFile: 'Virgule (12,5)',
  sheetLegend: 'Feuille à lire',
  sheetHidden: (name) => `${name} (masquée)`,
  sheetChoose: 'Choisir une feuille',
  readingNotes: 'Remarques sur la lecture',
  readFailed: (message) => `Le fichier n’a pas pu être lu : ${message}`,
  readyJson: (n) => `Prêt à importer ${n} ${s(n, 'évaluation', 'évaluations')} :`,
  docLine: (city, year, values) => `${city} ${year}, ${values} ${s(values, 'valeur saisie', 'valeurs saisies')}`,
  clashNotice: (n, total) =>
    n === total && n === 1
      ? 'Cette évaluation est déjà enregistrée dans ce navigateur.'
      : `${n} de ces ${total} évaluations sont déjà enregistrées dans ce navigateur.`,
  clashLegend: 'Évaluations déjà enregistrées',
  clashAsNew: 'Les ajouter comme nouvelles évaluations (recommandé) : celles enregistrées restent telles quelles.',
  clashReplace: 'Remplacer les copies enregistrées par celles du fichier.',
  confirmReplace: (n) =>
    `Remplacer ${n} ${s(n, 'évaluation enregistrée', 'évaluations enregistrées')} ? Leur contenu actuel est perdu si vous ne l’avez pas exporté.`,
  replaceNow: (n) => `Remplacer ${n}`,
  importAsNew: 'Ouvrir comme nouvelle évaluation',
  importAll: (n) => (n === 1 ? 'Ouvrir comme nouvelle évaluation' : `Importer ${n} évaluations`),
  importReplace: 'Importer et remplacer…',
  imported: (n) => `${n} ${s(n, 'évaluation importée', 'évaluations importées')}.`,
  rejectedCells: (n) =>
    `${n} ${s(n, 'cellule n’est pas un nombre', 'cellules ne sont pas des nombres')} : ${s(n, 'gardée', 'gardées')} comme texte, comme la grille ${s(n, 'la garde', 'les garde')}, et ${s(n, 'non notée', 'non notées')} tant qu’${s(n, 'elle n’est pas corrigée', 'elles ne sont pas corrigées')} :`,
  ignoredCells: (n) => `${n} ${s(n, 'cellule laissée', 'cellules laissées')} de côté (un statut, une qualité, une année ou une cible qui n’en est pas un) :`,
  resultColumnsNotRead: (columns) =>
    `Le fichier contient aussi des colonnes de résultats (${columns}). Elles ne sont pas lues : les scores ci-dessous sont recalculés à partir de ses données, une modification faite dans ces colonnes n’est donc pas importée.`,
  readyTable: (rows) => `${rows} ${s(rows, 'point de données lu', 'points de données lus')}. Nommez la nouvelle évaluation :`,
  city: 'Ville',
  country: 'Pays',
  year: 'Année',
  cityRequired: 'Saisissez le nom de la ville.',
  yearInvalid: (min, max) => `Saisissez une année entre ${min} et ${max}.`,
  createFromTable: 'Créer l’évaluation',
  importedNote: (file) => `Importé de ${file}.`,
  storeFailed: (message) => `Rien n’a été enregistré : ${message}`,
  storeQuota: 'Le navigateur n’a plus d’espace de stockage pour ce site ; rien n’a été importé.',
  tableRead: (rows) => `${rows} ${s(rows, 'point de données lu', 'points de données lus')}.`,
  destLegend: 'Importer comme',
  destNew: 'Une nouvelle évaluation',
  destUpdate: 'Une mise à jour d’une évaluation de ce navigateur',
  destPick: 'Évaluation à mettre à jour',
  destPickMore: (shown, total) => `${shown} sur ${total} listées : tapez une partie de la ville, du pays ou de l’année pour réduire la liste.`,
  destPickNone: 'Aucune évaluation enregistrée ne correspond.',
  destMatchId: 'Le fichier est une copie de cette évaluation (même identifiant) : la mise à jour est proposée, pour ne pas créer de seconde copie.',
  destMatchName: 'Une évaluation de la même ville et de la même année est enregistrée : sa mise à jour est proposée.',
  scoresPreviewTitle: 'Scores que donnerait le fichier',
  previewCols: { level: 'Niveau', now: 'Actuel', after: 'Après la mise à jour', file: 'Selon le fichier' },
  previewCounts: (scored, rejected, missing) =>
    `Points de données notés : ${scored} ; rejetés (inutilisables tels que saisis) : ${rejected} ; non déclarés : ${missing}.`,
  updateSummary: (changed, added, unchanged) =>
    `Points de données modifiés : ${changed} ; ajoutés : ${added} ; inchangés : ${unchanged}. Les états de revue, les fils de discussion et ce que le fichier ne contient pas sont conservés.`,
  updateNothing: 'Le fichier contient ce qui est déjà enregistré : rien ne changerait.',
  updateCols: { item: 'Élément', now: 'Actuel', after: 'Après la mise à jour' },
  infoNames: { city: 'Ville', country: 'Pays', year: 'Année', notes: 'Notes' },
  updateMethod: 'La méthode de notation devient celle du fichier.',
  updateCycle: (n) => `Éléments de revue (états, messages, justificatifs, recommandations, actions) ajoutés ou modifiés : ${n}.`,
  updateLocal: (n) => `Indicateurs locaux de votre référentiel dont les valeurs sont ajoutées, modifiées ou effacées : ${n}.`,
  updateLocalFramework: 'Le fichier nomme un autre référentiel propre pour cette évaluation ; il sera nommé à sa place.',
  updateFrozen:
    'Cette évaluation est figée et ne peut pas être modifiée : importez le fichier comme nouvelle évaluation, ou commencez-en une nouvelle version.',
  updateButton: (name) => `Mettre à jour ${name}`,
  updated: (name, n) => `${name} mise à jour : ${n} ${s(n, 'modification', 'modifications')}.`,
  undone: (name) => `La mise à jour de ${name} a été annulée.`,

  targetsTitle: 'Importer un fichier de cibles',
  targetsHelp:
    'Un CSV avec les colonnes code, datapoint, target, rationale, source (comme l’écrit l’export du fichier de cibles). Il fixe les cibles de cette évaluation seulement.',
  chooseTargetFile: 'Choisir un fichier de cibles',
  targetsSummary: (inFile, changing) =>
    `${inFile} ${s(inFile, 'cible', 'cibles')} dans le fichier ; ${changing} ${s(changing, 'modifie', 'modifient')} la cible en vigueur.`,
  targetsApply: (n) => `Appliquer ${n} ${s(n, 'cible', 'cibles')}`,
  targetsApplied: (n) => `${n} ${s(n, 'cible appliquée', 'cibles appliquées')}.`,
  targetsNoChange: 'Le fichier fixe les cibles déjà en vigueur ; rien ne changerait.',
  targetChangeCol: { item: 'Point de données', before: 'Actuelle', after: 'Du fichier' },
  targetNone: 'aucune (sans référence)',
  targetRef: (t) => `${t} (référence)`,
  targetsMore: (n) => `…et ${n} de plus.`,

  compareTitle: (a, b) => `Comparer ${a} avec ${b}`,
  compareNone: 'Les deux évaluations ont les mêmes valeurs, le même profil et les mêmes cibles.',
  compareCount: (n) => `${n} ${s(n, 'différence', 'différences')}. Pour chacune, choisissez la version que garde l’évaluation fusionnée.`,
  compareCols: { item: 'Élément', kind: 'Quoi', a: 'A', b: 'B', keep: 'Garder' },
  kindLabel: { profile: 'Profil de la ville', value: 'Valeur', target: 'Cible', 'own-target': 'Cible propre', 'scoring-targets': 'Cibles de notation' },
  keepA: 'A',
  keepB: 'B',
  keepLabel: (which, item) => `Garder ${which} pour ${item}`,
  allA: 'Choisir A partout',
  allB: 'Choisir B partout',
  empty: '(vide)',
  fieldNames: {
    numerator: 'numérateur',
    denominator: 'dénominateur',
    value: 'valeur',
    status: 'statut',
    quality: 'qualité',
    source: 'source',
    year: 'année',
    note: 'note',
  },
  targetRationale: (t, rationale) => `${t} — ${rationale}`,
  scoresTitle: 'Scores',
  scoresCols: { level: 'Niveau', a: 'A', b: 'B' },
  overall: 'Global',
  percent: (v) => `${v} %`,
  notScored: '—',
  mergeSummary: (n) => `L’évaluation fusionnée prend ${n} ${s(n, 'élément', 'éléments')} de B et tout le reste de A.`,
  merge: 'Fusionner dans une nouvelle évaluation',
  mergedNotes: (a, b, fromB) => `Fusion de ${a} (A) et ${b} (B) : ${fromB} ${s(fromB, 'élément pris', 'éléments pris')} de B, tout le reste de A.`,
  sideLabel: (which, name) => `${which} : ${name}`,
  assessmentName: (city, year) => `${city} ${year}`,
};
