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
 */
import type { LanguageCatalogue } from '../types';
import messages from '../../messages/compiled/fr';
import { KPIS } from './kpis';
import { PHRASES } from './phrases';
import { INPUTS, UNITS } from './units';
import { RATIONALES } from './rationales';
import { DEFINITIONS } from './definitions';
import { ALTERNATIVES, NOTES, SOURCES } from './notes';
import { withDefinitions } from '../languages';

export default {
  messages,
  kpis: {
    ...withDefinitions(KPIS, DEFINITIONS),
    phrases: { ...PHRASES, ...ALTERNATIVES },
    units: UNITS,
    inputs: INPUTS,
    rationales: RATIONALES,
    notes: NOTES,
    sources: SOURCES,
  },
} satisfies LanguageCatalogue;
