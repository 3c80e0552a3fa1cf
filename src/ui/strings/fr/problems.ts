/** French words of the file readers' problems (the English `PW` in ../problems.ts is the contract). */
import type { DocProblem, JsonType, NumberProblem, OtherFormat, Quoted } from '../../../engine/problems';
import type { Translation } from '../languages';
import type { PW as EN } from '../problems';
import { listText } from '../../messages/runtime';

const MB = 1024 * 1024;
const quote = (q: Quoted): string => (q.length > q.text.length ? `${q.text}… (${q.length} caractères)` : q.text);
const mark = (m: 'point' | 'comma') => (m === 'point' ? '.' : ',');
const s = (n: number) => (n > 1 ? 's' : '');

const TYPE_WORDS: Record<JsonType, string> = {
  string: 'du texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'true ou false',
  null: 'null',
  object: 'un objet',
  array: 'une liste',
};

const FORMS: Record<Extract<DocProblem, { kind: 'pattern' }>['form'], string> = {
  'datapoint-id': 'un identifiant de point de données tel que « EC: ICT: ICT: 1C| »',
  fingerprint: 'un SHA-256 hexadécimal de 64 chiffres',
  date: 'une date au format YYYY-MM-DD',
  other: 'la forme demandée par le schéma',
};

const SHAPES: Record<Extract<DocProblem, { kind: 'bad-shape' }>['shape'], string> = {
  entered: '{ value, unit, factor } (la valeur telle que saisie dans une autre unité)',
  frozen: '{ at, by, fingerprint } avec un SHA-256 hexadécimal de 64 chiffres',
  parent: '{ id, fingerprint } avec un SHA-256 hexadécimal de 64 chiffres',
  'carried-from': '{ id, year, baseline }',
  origin: '{ kind, at, name?, signer? }',
  provenance: '{ profile?, values? } { kind: json-stat, value, source, file, retrieved, picked }',
  'catalogue-review': '{ from, to, datapoints }',
  changes: 'une liste de modifications d’un type connu, chacune avec sa source',
};

const OTHER_FORMATS: Record<OtherFormat, string> = {
  ods: 'C’est un classeur OpenDocument (.ods) : enregistrez-le en .xlsx ou en CSV.',
  xls: 'C’est un classeur Excel 97-2003 (.xls) : enregistrez-le en .xlsx ou en CSV.',
  xlsm: 'C’est un classeur Excel prenant en charge les macros (.xlsm) : enregistrez-le en .xlsx ou en CSV.',
  xlsb: 'C’est un classeur Excel binaire (.xlsb) : enregistrez-le en .xlsx ou en CSV.',
  html: 'C’est une page web enregistrée avec une extension de tableur, pas un classeur : ouvrez-la dans un tableur et enregistrez-la en .xlsx ou en CSV.',
  numbers: 'C’est un fichier Apple Numbers : exportez-le en .xlsx ou en CSV.',
};

function numberProblem(p: NumberProblem): string {
  switch (p.kind) {
    case 'empty':
      return 'La cellule est vide.';
    case 'wrong-mark':
      return `« ${quote(p.text)} » n’est pas un nombre avec « ${mark(p.mark)} » comme séparateur décimal (vérifiez le réglage du séparateur décimal).`;
    case 'not-a-number':
      return `« ${quote(p.text)} » n’est pas un nombre.`;
    case 'out-of-range':
      return `« ${quote(p.text)} » est hors de la plage acceptée par l’atelier (±10^${Math.round(Math.log10(p.limit))}).`;
    case 'ambiguous':
      return `« ${quote(p.text)} » se lit de deux façons (séparateur décimal ${p.other} ou séparateur de milliers) et rien d’autre dans le fichier ne permet de trancher : choisissez le séparateur décimal de ce fichier.`;
  }
}

export const PW: Translation<typeof EN> = {
  quote,
  number: numberProblem,
  table: (p) => {
    switch (p.kind) {
      case 'empty-file':
        return 'Le fichier est vide.';
      case 'unclosed-quote':
        return 'Un champ entre guillemets n’est pas fermé.';
      case 'not-text':
        return p.likely === 'windows-1252'
          ? 'Le fichier n’est pas en UTF-8 (il semble être en Windows-1252, par exemple le « CSV (séparateur : point-virgule) » d’Excel) : enregistrez-le en « CSV UTF-8 », ou confirmez sa lecture en Windows-1252.'
          : 'Le fichier n’est pas du texte UTF-8 ou UTF-16 : enregistrez-le en « CSV UTF-8 ».';
      case 'missing-columns':
        return p.separators
          ? `Colonne${s(p.columns.length)} manquante${s(p.columns.length)} : ${listText(p.columns)}. En-tête attendu : ${p.expected.join(',')} (virgule, point-virgule ou tabulation entre les noms).`
          : `Colonne${s(p.columns.length)} manquante${s(p.columns.length)} : ${listText(p.columns)}. Attendu : ${p.expected.join(',')}.`;
      case 'unknown-columns':
        return `Colonne${s(p.columns.length)} inconnue${s(p.columns.length)} : ${p.columns.map(quote).join(', ')}.`;
      case 'duplicate-column':
        return `La colonne « ${p.name} » apparaît deux fois (colonnes ${p.columns.join(' et ')}) ; gardez-en une.`;
      case 'unnamed-column':
        return p.merged
          ? `La colonne ${p.column} contient des données (ligne ${p.line} : « ${quote(p.text)} ») mais son en-tête est caché sous la cellule fusionnée ${p.merged} ; annulez la fusion et nommez la colonne.`
          : `La colonne ${p.column} contient des données (ligne ${p.line} : « ${quote(p.text)} ») mais n’a pas d’en-tête ; nommez-la ou supprimez la colonne.`;
      case 'error-value':
        return `La cellule contient la valeur d’erreur ${p.code}.`;
      case 'no-saved-result':
        return `La formule =${quote(p.formula)} n’a pas de résultat enregistré : ouvrez et enregistrez le fichier dans un tableur, ou saisissez la valeur.`;
      case 'empty-code':
        return 'Le code est vide.';
      case 'bad-provenance':
        return 'La cellule provenance n’est pas la source des chiffres de la ligne telle que cet atelier l’écrit (un objet JSON par valeur, numérateur et dénominateur) : elle est ignorée, les chiffres sont lus sans source.';
      case 'unknown-code':
        return `Code d’ICP inconnu « ${quote(p.code)} ».`;
      case 'unknown-datapoint':
        return `« ${quote(p.key)} » n’est pas un point de données de ${p.kpi} (attendu : ${p.expected.map((k) => (k === '' ? 'vide' : k)).join(', ')}).`;
      case 'unknown-target':
        return `ICP ou point de données inconnu « ${quote(p.code)} » « ${quote(p.key)} ».`;
      case 'repeated':
        return p.first === null ? `${p.code} ${p.key} est renseigné deux fois.` : `${p.code} ${p.key} apparaît de nouveau (d’abord à la ligne ${p.first}).`;
      case 'number':
        return numberProblem(p.problem);
      case 'not-yes-no':
        return `« ${quote(p.text)} » n’est ni oui ni non (yes/no, true/false ou 1/0).`;
      case 'bool-not-number':
        return `${p.value ? 'TRUE' : 'FALSE'} est un oui/non, pas un nombre.`;
      case 'date-not-number':
        return `La cellule est une date (${p.date}), pas un nombre : mettez-la au format nombre et vérifiez la valeur.`;
      case 'number-text-too-long':
        return `« ${quote(p.text)} » dépasse ${p.limit} caractères.`;
      case 'profile-conflict':
        return `${p.field} vaut ${p.value} ici mais ${p.previous} ${p.at === null ? 'sur une autre ligne' : 'cell' in p.at ? `dans la cellule ${p.at.cell}` : `à la ligne ${p.at.line}`} : le profil de la ville ne contient qu’une valeur.`;
      case 'reported-directly':
        return `${p.code} est déclaré directement : mettez le nombre dans la colonne des valeurs.`;
      case 'bad-target':
        return `${numberProblem(p.problem)} ${p.blank ? 'Utilisez un nombre, « none », ou laissez vide pour la cible de référence.' : 'Utilisez un nombre ≥ 0 ou « none ».'}`;
      case 'negative-target':
        return 'Une cible ne peut pas être négative.';
      case 'bad-status':
        return `« ${quote(p.text)} » n’est ni reported, ni not-reported, ni not-applicable.`;
      case 'bad-quality':
        return `« ${quote(p.text)} » ne fait pas partie de ${listText(p.allowed, 'disjunction')}.`;
      case 'bad-year':
        return `« ${quote(p.text)} » n’est pas une année entre ${p.min} et ${p.max}.`;
      case 'text-too-long':
        return `Le texte compte ${p.length} caractères ; seuls ${p.limit} au plus sont conservés : raccourcissez-le.`;
      case 'not-layout-zip': {
        const why = p.detail === 'not-zip' ? 'pas une archive zip' : 'aucun fichier data/indicator_*.csv';
        return `Ce n’est pas un zip de fichiers de données Open SDG (${why}). Exportez-le à nouveau comme zip Open SDG.`;
      }
      case 'file-too-large':
        return `Le classeur dépasse ${p.limit / MB} Mo.`;
      case 'unpacks-too-large':
        return `Le classeur décompressé dépasse ${p.limit / MB} Mo.`;
      case 'not-xlsx': {
        const why =
          p.detail === 'not-zip'
            ? 'pas une archive zip'
            : p.detail === 'no-workbook'
              ? 'pas de xl/workbook.xml'
              : p.detail === 'no-worksheet'
                ? 'aucune feuille de calcul'
                : 'une partie est tronquée ou son XML est cassé';
        return `Ce n’est pas un classeur .xlsx lisible (${why}). Enregistrez-le comme classeur Excel (.xlsx).`;
      }
      case 'not-calculated':
        if (p.why === 'manual')
          return `La formule =${quote(p.formula)} a été enregistrée avec le résultat ${p.stored} mais n’a peut-être jamais été calculée (le classeur ne calcule que sur demande et a été enregistré sans calcul, comme l’écrit le mode manuel de xlsxwriter) : recalculez-le et enregistrez-le dans un tableur, ou saisissez la valeur.`;
        if (p.why === 'defaults')
          return `La formule =${quote(p.formula)} a été enregistrée avec le résultat ${p.stored}, comme toutes les formules du classeur, et rien ne montre que le classeur ait jamais été calculé (il n’a pas de chaîne de calcul, qu’Excel enregistre ; un fichier écrit par xlsxwriter puis converti par LibreOffice se présente ainsi) : recalculez-le et enregistrez-le dans Excel, ou saisissez la valeur.`;
        return `La formule =${quote(p.formula)} a été enregistrée avec le résultat ${p.stored} sans jamais être calculée (le classeur demande à être recalculé à l’ouverture, comme ceux écrits par xlsxwriter ou pandas) : ouvrez-le et enregistrez-le dans un tableur, ou saisissez la valeur.`;
      case 'percent-not-unit':
        return `La cellule est au format pourcentage (elle affiche ${p.shown} %) mais ce point de données se mesure en ${p.unit}, pas en % : mettez la cellule au format nombre avec la valeur voulue (${p.value} ou ${p.shown}).`;
      case 'ambiguous-marker':
        return `« ${quote(p.text)} » signifie « non disponible » dans certains tableaux et « sans objet » dans d’autres : laissez la valeur vide et écrivez not-reported ou not-applicable dans la colonne status.`;
      case 'which-sheet':
        return `Plusieurs feuilles contiennent un tableau de valeurs (${p.sheets.join(', ')}) : choisissez la feuille à lire (--sheet NOM en ligne de commande).`;
      case 'hidden-sheet':
        return `Le seul tableau de valeurs est sur la feuille masquée « ${p.sheet} » : affichez-la, ou choisissez cette feuille pour la lire (--sheet en ligne de commande).`;
      case 'no-such-sheet':
        return `Le classeur n’a pas de feuille « ${quote(p.name)} » (ses feuilles : ${p.sheets.join(', ')}).`;
      case 'other-format':
        return OTHER_FORMATS[p.format];
      case 'too-many-rows':
        return `Le fichier a plus de ${p.limit} lignes ; un tableau de valeurs a une ligne par point de données.`;
      case 'too-many-columns':
        return `Une ligne a plus de ${p.limit} colonnes ; un tableau de valeurs en a au plus 21.`;
    }
  },
  docWhat: (p) => {
    switch (p.kind) {
      case 'wrong-type':
        return `attendu : ${listText(
          p.expected.map((t) => TYPE_WORDS[t]),
          'disjunction',
        )}.`;
      case 'too-long':
        return `texte de plus de ${p.limit} caractères.`;
      case 'too-short':
        return p.limit === 1 ? 'vide ; du texte est attendu.' : `texte de moins de ${p.limit} caractères.`;
      case 'not-one-of':
        return `« ${quote(p.value)} » ne fait pas partie de ${listText(p.allowed.map(String), 'disjunction')}.`;
      case 'below':
        return p.exclusive ? `attendu : un nombre supérieur à ${p.limit}.` : `attendu : un nombre d’au moins ${p.limit}.`;
      case 'above':
        return `attendu : un nombre d’au plus ${p.limit}.`;
      case 'not-whole':
        return 'attendu : un nombre entier.';
      case 'not-finite':
        return 'pas un nombre fini.';
      case 'pattern':
        return `« ${quote(p.value)} » n’est pas ${FORMS[p.form]}.`;
      case 'missing':
        return 'manquant.';
      case 'unknown-field':
        return `champ inconnu « ${quote(p.name)} ».`;
      case 'forbidden-key':
        return `la clé « ${p.key} » n’est pas autorisée.`;
      case 'repeated-key':
        return 'clé écrite plus d’une fois dans son objet : on ne peut savoir laquelle de ses valeurs vaut, elle est donc refusée.';
      case 'too-many':
        return `plus de ${p.limit} éléments.`;
      case 'unknown-datapoint':
        return `point de données inconnu « ${quote(p.id)} ».`;
      case 'unknown-profile-field':
        return `champ inconnu « ${quote(p.name)} ».`;
      case 'duplicate-id':
        return `« ${quote(p.id)} » apparaît deux fois.`;
      case 'reason-required':
        return 'une raison est requise pour « not-verifiable ».';
      case 'blank-text':
        return 'attendu : du texte.';
      case 'not-year':
        return `attendu : une année entière entre ${p.min} et ${p.max}.`;
      case 'not-target':
        return 'attendu : un nombre ≥ 0 ou « none ».';
      case 'bad-id':
        return `attendu : un texte de 1 à ${p.limit} caractères.`;
      case 'not-time':
        return 'attendu : une heure (en ms depuis 1970).';
      case 'bad-shape':
        return `attendu : ${SHAPES[p.shape]}.`;
      case 'schema':
        return `refusé par le schéma (${p.keyword}).`;
      case 'bad-version':
        return 'pas de « version » valide.';
      case 'migration-failed':
        return `n’a pas pu être converti de la version de format ${p.from} à la ${p.to}.`;
    }
  },
  note: (n, at) => {
    switch (n.kind) {
      case 'kept-as-text':
        return `${at} : « ${quote(n.text)} » est du texte, conservé tel qu’écrit et non noté tant qu’il n’est pas corrigé.`;
      case 'reset-time':
        return `${at} : ${quote(n.value)} n’est pas une heure valide ; remplacé par l’heure actuelle.`;
      case 'reset-revision':
        return `${at} : ${quote(n.value)} est hors limites ; remis à 0.`;
    }
  },
  inAssessment: (n) => `évaluation ${n} : `,
  tableNote: (n) =>
    n.kind === 'sheet-read'
      ? `Feuille lue : « ${n.sheet} » (sur ${n.of} feuille${s(n.of)}${n.hidden.length > 0 ? ` ; masquées, non lues : ${n.hidden.join(', ')}` : ''}).`
      : `La colonne ${n.column} (0, 1, 2… ou 1, 2, 3… sans en-tête : un index de lignes tel que pandas et R l’écrivent) a été ignorée.`,
  parseError: (e) => {
    switch (e.kind) {
      case 'not-json':
        return `Le fichier n’est pas du JSON valide (${e.detail}).`;
      case 'too-large':
        return `Le fichier dépasse ${e.limit / MB} Mo et n’a pas été lu.`;
      case 'not-an-assessment':
        return e.workspace
          ? 'Ce n’est ni une évaluation SSC Workbench ni un fichier d’espace de travail.'
          : 'Ce n’est pas une évaluation SSC Workbench (attendu : "format": "ssc-workbench/assessment").';
      case 'newer-version':
        return e.workspace
          ? `Cet espace de travail a été écrit par une version plus récente de l’atelier (version de format ${e.version} ; cette application lit jusqu’à la ${e.max}). Mettez l’application à jour pour l’ouvrir.`
          : `Cette évaluation a été écrite par une version plus récente de l’atelier (version de format ${e.version} ; cette application lit jusqu’à la ${e.max}). Mettez l’application à jour pour l’ouvrir.`;
      case 'wrong-framework':
        return `L’évaluation utilise le cadre « ${quote(e.framework)} », et non « ${e.expected} ».`;
      case 'invalid':
        return `L’évaluation comporte ${e.problems.length} problème${s(e.problems.length)}.`;
      case 'none-read':
        return `Aucune évaluation du fichier d’espace de travail n’a pu être lue (${e.refused.length} refusée${s(e.refused.length)}).`;
    }
  },
};
