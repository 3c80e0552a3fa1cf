/** French: the message tables of every namespace (compiled from src/ui/messages/fr/) and the KPI catalogue. */
/*
 * Glossary: where ITU or UNECE publish the French term, the catalogue follows it, and the source is
 * named here (#28). Any other term is a working translation with no official source recorded.
 *   broadband → large bande (fixed: large bande fixe; mobile: large bande mobile), never "haut débit":
 *     ITU StatShot no. 4 (September 2010), French edition,
 *     https://www.itu.int/net/pressoffice/stats/2010/09/index-fr.aspx ("abonnements au large bande
 *     fixe", "large bande mobile"), read 2026-12-07. test/unit/terminology.test.ts holds the words to it.
 * One term per concept, in every French file (keep to it when adding words):
 *   KPI → ICP (indicateur clé de performance) · data point → point de donnée · assessment → évaluation
 *   target → cible · benchmark → référence · achievement → réalisation · points → points
 *   band (a score's 1–4 points) → tranche · target band (direction) → cible en intervalle
 *   workbench → atelier ("jugement de l'atelier") · Verification Manual → Manuel de vérification
 *   United Nations names as the UN writes them in French (UNTERM): ODD (objectif de développement
 *   durable), OMS, UIT, OCDE, ONU-Habitat, Nouveau Programme pour les villes, Cadre de Sendai.
 *   Working translation: the catalogue words (kpis, definitions, units, rationales) are not an official
 *   UN or ITU text.
 *
 * The KPI catalogue's words are ./catalogue.json, one flat file of plain strings a translation platform
 * opens as it is (keys in src/ui/strings/languages.ts `catalogueFromMessages`). What its parts are, as
 * the former modules said:
 *   group., kpi., datapoint., profile.: French names of the U4SSC KPI catalogue, keyed by code (read by
 *     ../kpi-names.ts). WORKING TRANSLATION: written for the workbench, not copied from the official French
 *     edition of the U4SSC publications; where an official French name exists it should replace these.
 *   definition.: French definitions of the KPIs, keyed by code. WORKING TRANSLATION of the workbench's own
 *     paraphrases .
 *   unit., input.: French units of the KPI catalogue (data points and city profile), keyed by the English
 *     unit, and the names of the ratio inputs (numerators and denominators), keyed by their English name (read
 *     by ../kpi-names.ts).
 *   phrase.: French words of catalogue prose without a code (check messages, the change history's measures
 *     and former inputs), keyed by the English text.
 *   rationale.: French rationales of the reference targets, keyed by data point id (read by ../kpi-names.ts).
 *     Working translation of the English texts in
 *     src/engine/frameworks/u4ssc/reference-targets.json.
 *   note., source., alternative.: French notes of the KPIs (by code), sources of the reference targets (by
 *     data point id) and the "where sources disagree" texts (by their English text): WORKING TRANSLATION of
 *     src/engine/frameworks/u4ssc/catalogue.json and reference-targets.json (read by ../kpi-names.ts).
 *     Document codes (VM22-p95, CM17-p75, FS-Valencia, VR-Karmøy, NOR, KS, [MEM]) are kept as the catalogue
 *     cites them; titles of documents follow their official French titles where they exist.
 */
import type { LanguageCatalogue } from '../types';
import messages from '../../messages/compiled/fr';
import catalogue from './catalogue.json';
import { catalogueFromMessages } from '../languages';

export default {
  messages,
  kpis: catalogueFromMessages('src/ui/strings/fr/catalogue.json', catalogue),
} satisfies LanguageCatalogue;
