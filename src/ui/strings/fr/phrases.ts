/** French words of catalogue prose without a code (check messages, the change history's measures and former inputs), keyed by the English text. */
export const PHRASES: Record<string, string> = {
  'The Verification Manual expects fixed broadband subscriptions to be lower than Household Internet Access (EC: ICT: ICT: 1C); re-check both values.':
    'Le Manuel de vérification attend moins d’abonnements au large bande fixe que d’accès des ménages à Internet (EC: ICT: ICT: 1C) ; revérifiez les deux valeurs.',
  'More fixed broadband subscriptions than households: check that only residential subscriptions are counted, or explain the business and second subscriptions in a note.':
    'Plus d’abonnements au large bande fixe que de ménages : vérifiez que seuls les abonnements résidentiels sont comptés, ou expliquez dans une note les abonnements professionnels et secondaires.',
  'The Verification Manual treats values under 5 % of GDP as normal; re-check a value above that, and compare it with the national figure.':
    'Le Manuel de vérification considère comme normales les valeurs inférieures à 5 % du PIB ; revérifiez une valeur supérieure et comparez-la au chiffre national.',
  'The Verification Manual expects SMEs to make up more than 95 % of enterprises; re-check the counts if the value is lower.':
    'Le Manuel de vérification attend des PME plus de 95 % des entreprises ; revérifiez les effectifs si la valeur est plus basse.',
  'The Verification Manual treats 90 % and above as normal for household sanitation; re-check the counts of a value well below that (households, not inhabitants).':
    'Le Manuel de vérification considère 90 % ou plus comme normal pour l’assainissement des ménages ; revérifiez les effectifs d’une valeur nettement inférieure (des ménages, non des habitants).',
  'The Verification Manual expects Potable Water Supply to be lower than Basic Water Supply (EC: I: WS: 1C); re-check both values.':
    'Le Manuel de vérification attend un approvisionnement en eau potable inférieur à l’approvisionnement en eau de base (EC: I: WS: 1C) ; revérifiez les deux valeurs.',
  'The Verification Manual expects 90 % or more; re-check values well below that.':
    'Le Manuel de vérification attend 90 % ou plus ; revérifiez les valeurs nettement inférieures.',
  'Shares of one whole should add up to about 100 % (the workbench allows ± 2 %); re-check the mode shares of commuters so that each is counted under one route only and none is missing.':
    'Les parts d’un même tout devraient totaliser environ 100 % (l’atelier admet ± 2 %) ; revérifiez les parts modales des navetteurs pour que chacun soit compté dans un seul mode et qu’aucun ne manque.',
  'A travel time index below 1 means peak trips are faster than free-flow trips; re-check how the index was computed.':
    'Un indice de temps de parcours inférieur à 1 signifie que les trajets aux heures de pointe sont plus rapides qu’en circulation fluide ; revérifiez le calcul de l’indice.',
  "In the workbench's reading treatment levels are cumulative (tertiary-treated wastewater has also had secondary and primary treatment): wastewater receiving secondary treatment should not exceed wastewater receiving primary treatment; re-check the logical order of the levels.":
    'Selon la lecture de l’atelier, les niveaux de traitement sont cumulatifs (les eaux usées traitées au niveau tertiaire ont aussi reçu les traitements secondaire et primaire) : les eaux usées recevant un traitement secondaire ne devraient pas dépasser celles recevant un traitement primaire ; revérifiez l’ordre logique des niveaux.',
  "In the workbench's reading treatment levels are cumulative (tertiary-treated wastewater has also had secondary and primary treatment): wastewater receiving tertiary treatment should not exceed wastewater receiving secondary treatment; re-check the logical order of the levels.":
    'Selon la lecture de l’atelier, les niveaux de traitement sont cumulatifs (les eaux usées traitées au niveau tertiaire ont aussi reçu les traitements secondaire et primaire) : les eaux usées recevant un traitement tertiaire ne devraient pas dépasser celles recevant un traitement secondaire ; revérifiez l’ordre logique des niveaux.',
  'Shares of one whole should add up to about 100 % (the workbench allows ± 2 %); re-check the shares of the solid-waste treatment routes so that each is counted under one route only and none is missing.':
    'Les parts d’un même tout devraient totaliser environ 100 % (l’atelier admet ± 2 %) ; revérifiez les parts des filières de traitement des déchets solides pour que chaque déchet soit compté dans une seule filière et qu’aucun ne manque.',
  '24-hour mean': 'moyenne sur 24 heures',
  'annual mean': 'moyenne annuelle',
  'peak-season 8-hour mean': 'moyenne sur 8 heures en haute saison',
  'Children aged 0–3 covered by day-care': 'Enfants de 0 à 3 ans accueillis en crèche',
  'Day-care spots available for children aged 0–3 (public and private)': 'Places en crèche disponibles pour les enfants de 0 à 3 ans (publiques et privées)',
  'Part of the electricity supply system monitored by ICT (e.g. km of grid)':
    'Part du réseau d’alimentation électrique surveillée par les TIC (p. ex. km de réseau)',
  'Length of the electricity supply system monitored by ICT (km)': 'Longueur du réseau d’alimentation électrique surveillée par les TIC (km)',
  'Whole electricity supply system (same measure)': 'Ensemble du réseau d’alimentation électrique (même mesure)',
  'Total length of the electricity supply system (km)': 'Longueur totale du réseau d’alimentation électrique (km)',
  'Road traffic deaths (per year)': 'Décès dus aux accidents de la route (par an)',
  'Road traffic deaths within 30 days of the crash (per year)': 'Décès dus aux accidents de la route dans les 30 jours suivant l’accident (par an)',
  'share of the water consumed that comes from freshwater sources (%)': 'part de l’eau consommée qui provient de sources d’eau douce (%)',
  'freshwater consumed per inhabitant (m³ per year)': 'eau douce consommée par habitant (m³ par an)',
  'Total water consumed (m³ per year)': 'Eau totale consommée (m³ par an)',
  'Population (city profile)': 'Population (profil de la ville)',
  'none: the index was entered directly': 'aucun : l’indice était saisi directement',
};
