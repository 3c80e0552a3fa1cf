/**
 * French notes of the KPIs (by code), sources of the reference targets (by data point id) and the
 * "where sources disagree" texts (by their English text): WORKING TRANSLATION of
 * src/engine/frameworks/u4ssc/catalogue.json and reference-targets.json (see ../kpi-names.ts).
 * Document codes (VM22-p95, CM17-p75, FS-Valencia, VR-Karmøy, NOR, KS, [MEM]) are kept as the
 * catalogue cites them; titles of documents follow their official French titles where they exist.
 */
const UNREAD = 'Page officielle non lue.';
const TWO = 'Nom confirmé par deux sources ;';
const NOT_FOUND = 'Page officielle introuvable dans les copies conservées de la Méthodologie de collecte et du Manuel de vérification.';
const SUM_CHECK =
  'La vérification que les valeurs totalisent environ 100 % (± 2 %) suit la lecture du Manuel de vérification faite dans le ticket #12 ; sa page est introuvable, cette vérification relève donc du jugement de l’atelier et est formulée comme tel.';

export const NOTES: Record<string, string> = {
  'EC: ICT: ICT: 1C':
    'Le Manuel de vérification attend des valeurs plus basses dans les régions moins développées et suggère de comparer avec les statistiques nationales de l’UIT. Exemple de maturité Y.4904 (FS-Valencia p50) : niveau 2 = 30 %, 3 = 50 %, 4 = 70 %, 5 = 90 %.',
  'EC: ICT: ICT: 2C':
    'Les abonnements sont rapportés aux ménages : des abonnements d’entreprises ou plusieurs abonnements par ménage peuvent en principe porter la valeur au-dessus de 100 ; la formule n’est donc pas traitée comme une part (pas de borne supérieure). La méthodologie de 2017 cite une pénétration moyenne OCDE d’environ 30 %. La page de 2022 indique l’indicateur ODD 17.6.2 en plus de 17.8.1 ; il n’a pas été possible de vérifier si 17.6.2 figurait sur la page de 2017.',
  'EC: ICT: ICT: 3C': `${UNREAD} Des valeurs supérieures à 100 000 sont normales (une personne peut détenir plusieurs abonnements) ; Karmøy a déclaré 95 424 pour 100 000.`,
  'EC: ICT: ICT: 4C': `${UNREAD} Les sources parlent de la couverture de la ville sans préciser si elle se mesure en population ou en superficie ; ce catalogue utilise la population. Si votre opérateur déclare une couverture en superficie, saisissez directement le pourcentage. L’indicateur ODD 9.c.1 (population couverte par un réseau mobile) est un lien probable, mais cité de mémoire seulement.`,
  'EC: ICT: ICT: 5A':
    'Base ou avancé, la question reste ouverte : le tableau de bord NOR classe cet ICP en EC: ICT: ICT: 5C (base), le vocabulaire KS en 5A (avancé), et la spécification FG-SSC de 2015 le rangeait parmi les indicateurs supplémentaires (A1.1.7). Ce catalogue utilise 5A (avancé) ; l’import accepte l’un ou l’autre code. Le nom est confirmé par deux sources (M) ; le niveau est de faible confiance. Les rapports U4SSC ne donnent aucune référence (« N/A » dans VR-Karmøy), et un simple décompte n’est pas comparable entre des villes de tailles différentes.',
  'EC: ICT: WS: 1C': `${UNREAD} Le Manuel de vérification (VM22-p44, page des compteurs électriques intelligents) remarque que la pénétration des compteurs électriques intelligents est normalement plus élevée que celle-ci ; aucune vérification n’est codée.`,
  'EC: ICT: WS: 2A': `${TWO} la formule fondée sur la longueur est citée de mémoire, par analogie avec la surveillance TIC du drainage (EC: ICT: D: 1A), et n’est pas vérifiée.`,
  'EC: ICT: ES: 1C':
    'Le Manuel de vérification note que les valeurs varient beaucoup d’une ville à l’autre et sont normalement plus élevées que celles des compteurs d’eau intelligents (EC: ICT: WS: 1C).',
  'EC: ICT: ES: 2A':
    'Fondé sur la longueur : km du réseau d’alimentation électrique surveillés par les TIC ÷ km totaux du réseau, selon la page officielle (VM22-p45, qui classe aussi l’ICP en avancé / intelligent) ; le catalogue 2017.1 indiquait que les sources ne précisaient pas la mesure.',
  'EC: ICT: ES: 3A': UNREAD,
  'EC: ICT: PS: 1A': 'Le Manuel de vérification avertit que le dénominateur (l’inventaire des jeux de données potentiels) doit souvent être remis en question.',
  'EC: ICT: PS: 2A': 'Définition lue sur la page officielle ; le lien avec les ODD vient du vocabulaire KS.',
  'EC: P: IN: 1C':
    'Seule la seconde moitié de la page officielle (ODD et consignes de vérification) a été lue ; la définition vient de NOR. Le Manuel de vérification note que beaucoup de villes n’ont pas de données à l’échelle de la ville.',
  'EC: P: IN: 2C': UNREAD,
  'EC: P: EM: 1C':
    'Les normes nationales diffèrent beaucoup (la méthodologie mentionne p. ex. environ 3 % au Japon, 5–7 % en Amérique du Nord, 23 % en Grèce). Le lien avec les ODD (objectif 8) vient du vocabulaire KS.',
  'EC: P: EM: 2C': UNREAD,
  'EC: P: EM: 3A':
    'Le sens est ambigu : une part plus grande du tourisme n’est pas clairement meilleure (la référence la dit dépendante du contexte). Ce catalogue suit le tableau de bord NOR et considère que plus haut est mieux ; envisagez de fixer une cible locale ou de retirer la référence.',
  'EC: P: EM: 4A': UNREAD,
  'EC: I: WS: 1C':
    'Page officielle introuvable dans les copies conservées. L’approvisionnement en eau potable (EC: I: WS: 2C) ne devrait pas dépasser cette valeur (VM22-p68). Le catalogue 2017.2 signalait ici les valeurs inférieures à 90 %, d’après la lecture du ticket #12 (« approvisionnement en eau de base (EC: I: WS: 5C) ») ; la page du manuel trouvée (VM22-p73) donne cette plage pour l’assainissement des ménages (EC: I: WS: 5C), où le catalogue 2017.3 a déplacé la vérification.',
  'EC: I: WS: 2C': 'Seule la seconde moitié de la page officielle (ODD et consignes de vérification) a été lue ; la définition vient de NOR.',
  'EC: I: WS: 3C': `${TWO} la formule est citée de mémoire [MEM] et n’est pas vérifiée. NOR classe cet ICP en « plus haut est mieux », ce qui est presque certainement une erreur ; ce catalogue utilise « plus bas est mieux ».`,
  'EC: I: WS: 4C': `${TWO} la formule est citée de mémoire [MEM]. Elle pourrait être définie sur la population plutôt que sur les ménages (comme dans ISO 37120) ; dans ce cas, saisissez directement le pourcentage.`,
  'EC: I: WS: 5C':
    'Pages officielles VM22-p72/73 (base / durable) : ménages ayant accès à des installations sanitaires de base ÷ ménages, indicateur ODD 6.2.1. VM22-p73 considère 90 % et plus comme normal et demande de revérifier les valeurs nettement plus basses, ainsi que de vérifier si des habitants ont été comptés au lieu de ménages : une valeur inférieure à 90 % est signalée (catalogue 2017.3 ; le 2017.2 avait mis cette vérification sur l’approvisionnement en eau de base).',
  'EC: I: WA: 1C': UNREAD,
  'EC: I: ES: 1C':
    'Le Manuel de vérification demande des données des distributeurs. La formulation de 2017 compte les « clients interrompus », celle de 2022 les « interruptions de clients » ; ce catalogue suit 2022.',
  'EC: I: ES: 2C': 'Le dénominateur est le même décompte que le numérateur de la fréquence des coupures (EC: I: ES: 1C).',
  'EC: I: T: 1C': UNREAD,
  'EC: I: T: 2A':
    'Page officielle VM22-p79 (avancé / durable) : au numérateur les habitants de la ville vivant à moins de 0,5 km d’un arrêt de transport public, au dénominateur l’ensemble des habitants, × 100, unité le pourcentage ; l’UITP considère l’accès comme commode à moins de 0,5 km d’un arrêt officiellement reconnu. Plus haut est mieux.',
  'EC: I: T: 3C': UNREAD,
  'EC: I: T: 4A': `${NOT_FOUND} Le paratransit est souvent indisponible ou non déclaré (VR-Rana). Plus haut est considéré comme mieux pour chaque mode sauf les véhicules particuliers. ${SUM_CHECK}`,
  'EC: I: T: 5A':
    'Page officielle VM22-p82 (avancé / durable) : au numérateur le temps de trajet aux heures de pointe (min), au dénominateur le temps de trajet en circulation fluide (min), unité le rapport, cible ODD 11.2. La page qualifie un indice de 1,5 ou moins de « bon », de 1,5 à 2,5 de « potentiellement acceptable » et au-delà de 2,5 de « moins souhaitable ». Le catalogue 2017.4 calcule le rapport à partir des deux temps de trajet ; un rapport publié par un fournisseur de données de trafic peut toujours être saisi directement comme valeur (voir l’alternative). Avec une notation « plus bas est mieux », la meilleure valeur atteignable est 1,0.',
  'EC: I: T: 6A': UNREAD,
  'EC: I: T: 7A': UNREAD,
  'EC: I: T: 8A': `${TWO} le dénominateur (ensemble des voitures particulières immatriculées) est cité de mémoire [MEM]. Ce qui compte comme « bas carbone » n’est pas défini dans les sources lues.`,
  'EC: I: B: 1A': UNREAD,
  'EC: I: B: 2A': UNREAD,
  'EC: I: UP: 1A': UNREAD,
  'EC: I: UP: 2A': 'Page officielle non lue ; ce qui vaut stratégie pour chaque attribut est laissé à l’évaluateur.',
  'EN: EN: AQ: 1C':
    'Chaque polluant est déclaré en concentration moyenne annuelle en µg/m³ (VM22-p95) ; la même page donne les conversions depuis les ppb (NO2 × 1,9, SO2 × 2,62, O3 × 1,96), proposées à la saisie : tapez « 40 ppb ». Le catalogue 2017.1 demandait le SO2 en moyenne sur 24 heures et l’O3 en moyenne sur 8 heures en haute saison (les mesures des lignes directrices de l’OMS) ; voir l’alternative ci-dessous. FS-Mashhad compare les valeurs aux niveaux des lignes directrices de l’OMS.',
  'EN: EN: AQ: 2C':
    'Page officielle CM17-p75 (base / durable) : émissions de gaz à effet de serre par habitant ; elle cite les méthodes d’inventaire qu’une ville peut utiliser (GPC, PAS 2070, lignes directrices du GIEC) mais la copie conservée ne dit pas quels secteurs et périmètres compter. Aucune borne inférieure n’est fixée : des émissions nettes négatives (p. ex. avec de grands puits de carbone) sont possibles.',
  'EN: EN: WS: 1C':
    'Page officielle CM17-p77 (base / durable) : ménages couverts par un plan de gestion de la sécurité sanitaire de l’eau audité, la qualité de l’eau potable étant mesurée selon les Directives de qualité pour l’eau de boisson de l’OMS (quatrième édition). Sa référence ODD ne figure pas dans la copie conservée.',
  'EN: EN: WS: 2C': `${TWO} l’unité (litres par habitant et par jour) est citée de mémoire [MEM].`,
  'EN: EN: WS: 3C':
    'La page officielle CM17-p79 (base / durable) nomme l’ICP « Consommation d’eau douce » et mesure les prélèvements d’eau douce (dans les eaux souterraines ou de surface pour l’approvisionnement public, l’industrie et d’autres usages ; hydroélectricité exclue) en m³ par habitant ; une valeur en hausse signifie une pression accrue sur les ressources en eau douce, donc plus bas est mieux, même si la page ajoute que des valeurs très basses peuvent laisser de la marge pour une croissance durable de l’usage. Le catalogue 2017.4 suit la page ; les catalogues 2017.1 à 2017.3 mesuraient la part en % de l’eau consommée provenant de sources d’eau douce (les listes NOR et KS), conservée comme alternative. Le numérateur est inchangé (eau douce consommée, m³ par an) : une évaluation qui l’a saisi obtient la valeur par habitant à partir de la population du profil ; une part saisie directement ne peut pas être convertie et est listée pour révision.',
  'EN: EN: WS: 4C':
    'Les niveaux de traitement sont cumulatifs dans la lecture de l’atelier (le ticket #12 citait VM22 p. 32, mais cette page n’a jamais été lue et, dans la numérotation du livre numérique, la p. 33 ouvre déjà les ICP de l’économie ; aucune page donnant la règle n’a été trouvée, la vérification relève donc du jugement de l’atelier) : les eaux usées recevant un traitement tertiaire comptent aussi au secondaire et au primaire, si bien que le secondaire est au plus égal au primaire et le tertiaire au plus égal au secondaire ; une valeur hors de cet ordre est signalée. Le vocabulaire KS code cet ICP EN: EN: WS: 3C, une erreur (3C est la consommation d’eau douce) ; ce code n’est pas accepté comme alias.',
  'EN: EN: WA: 1C': `${NOT_FOUND} La référence ne donne le sens que pour le recyclage (plus haut) et les décharges sauvages / le brûlage (plus bas) ; traiter la mise en décharge, l’incinération (qui peut inclure une valorisation énergétique) et « autre » en « plus bas est mieux » est un choix de ce catalogue. ${SUM_CHECK}`,
  'EN: EN: EQ: 1C':
    'Page officielle CM17-p83 (base / intelligent) : sites d’antennes conformes aux lignes directrices d’exposition aux CEM (Recommandations UIT-T K.83, K.91, K.113). Le lien avec les ODD (16.b) vient du vocabulaire KS et paraît discutable ; la référence ODD de la page elle-même ne figure pas dans la copie conservée.',
  'EN: EN: EQ: 2A': 'Page officielle non lue ; le seuil de bruit n’est pas donné dans les sources lues.',
  'EN: EN: PSN: 1C': `${TWO} l’unité (hectares) est citée de mémoire [MEM], d’après ISO 37120.`,
  'EN: EN: PSN: 2A': `${TWO} le critère de distance de marche est cité de mémoire [MEM] et sa valeur n’est pas connue.`,
  'EN: EN: PSN: 3A': UNREAD,
  'EN: EN: PSN: 4A': `${UNREAD} Les sources disent « surface pour 100 000 » sans unité ; le mètre carré est un choix de ce catalogue.`,
  'EN: E: E: 1C': `${TWO} la formule est citée de mémoire [MEM]. Qu’elle couvre toute l’énergie finale ou seulement l’électricité n’est pas vérifié.`,
  'EN: E: E: 2C': `${UNREAD} « Plus bas est mieux » suit l’indication de sens de NOR ; des valeurs très basses peuvent au contraire refléter un mauvais accès.`,
  'EN: E: E: 3C': 'Page officielle non lue ; ce qui compte comme énergie thermique est une paraphrase de ce catalogue.',
  'EN: E: E: 4A': UNREAD,
  'SC: EH: ED: 1C':
    'Page officielle CM17-p97 (base / intelligent) : élèves ayant accès en classe à des équipements TIC ÷ élèves inscrits, écoles publiques et privées. Elle cite les indicateurs ODD 4.4.1 et 4.a.1 et une cible de l’ODD 5 dont le numéro est coupé dans la copie conservée (gardée au niveau de l’objectif).',
  'SC: EH: ED: 2C':
    'Des valeurs supérieures à 100 % sont possibles quand des élèves venant d’ailleurs fréquentent les écoles de la ville (VM22-p118) : elles sont acceptées et notées. CM17-p98 (base / structurel) compte les élèves du primaire et du secondaire, publics et privés, rapportés à la population d’âge scolaire, avec la cible ODD 4.1. La page de 2017 écrit le nom en orthographe américaine et son texte en orthographe britannique ; ce catalogue utilise l’orthographe britannique.',
  'SC: EH: ED: 3C':
    'Pages officielles CM17-p99 et VM22-p119 (base / structurel) : habitants titulaires d’au moins un diplôme de l’enseignement supérieur (post-secondaire, y compris non tertiaire) pour 100 000 habitants.',
  'SC: EH: ED: 4C':
    'Pages officielles CM17-p100 et VM22-p120 (base / structurel) : habitants adultes considérés comme alphabétisés ÷ habitants adultes, les adultes étant les 15 ans et plus (la définition de l’UNESCO que cite la page) ; indicateur ODD 4.6.1.',
  'SC: EH: ED: 5A':
    'Particularité de code : la méthodologie de 2017 place cet ICP dans la catégorie Santé mais le numérote SC: EH: ED: 5A (un code de l’Éducation). Il est noté ici sous la Santé. Le vocabulaire KS le renumérote SC: EH: H: 6A, accepté comme alias à l’import. La méthodologie soulève le consentement en matière de vie privée et les limites de conservation des dossiers. Le lien avec les ODD vient du vocabulaire KS.',
  'SC: EH: H: 1C': UNREAD,
  'SC: EH: H: 2C':
    'Page officielle CM17-p103 (base / structurel) : décès maternels d’une année pour 100 000 naissances vivantes de cette année, selon la définition de l’OMS (décès pendant la grossesse ou dans les 42 jours suivant sa fin, d’une cause liée à la grossesse ou à sa prise en charge ou aggravée par elles) ; plus bas est mieux. VM22-p123 renvoie à l’indicateur ODD 3.1.1 et demande aux vérificateurs de contrôler que le taux est pour 100 000 naissances vivantes et non par habitant. Dans les petites villes, la valeur varie fortement d’une année à l’autre.',
  'SC: EH: H: 3C':
    'Page officielle CM17-p104 (base / structurel) : médecins autorisés à exercer, généralistes et spécialistes (la classification de l’OMS), pour 100 000 habitants.',
  'SC: EH: H: 4A': UNREAD,
  'SC: EH: H: 5A': UNREAD,
  'SC: EH: C: 1C': `${TWO} le dénominateur (budget municipal) est cité de mémoire [MEM].`,
  'SC: EH: C: 2A': 'Page officielle non lue ; les exemples d’institutions sont illustratifs.',
  'SC: SH: HO: 1C': UNREAD,
  'SC: SH: HO: 2A': 'Page officielle non lue ; les sources lues ne précisent pas s’il s’agit d’une part moyenne ou médiane.',
  'SC: SH: SI: 1C':
    'Page officielle CM17-p113 (base / structurel) : rapport du salaire horaire moyen des salariées à celui des salariés, non ajusté ; 1 signifie l’égalité. La page demande des USD ; le rapport est le même dans une seule monnaie quelconque, les entrées se font donc ici en monnaie locale. Noté comme cible en intervalle autour de la parité (1,0) : les valeurs au-dessus de 1 comptent aussi comme un écart. Bizerte a déclaré 0,74 (femmes:hommes).',
  'SC: SH: SI: 2C': `${UNREAD} Si votre source publie l’indice de Gini sur une échelle de 0 à 100, divisez par 100.`,
  'SC: SH: SI: 3C':
    'Page officielle CM17-p115 (base / structurel) : habitants vivant dans la pauvreté, rapportés au seuil national de pauvreté ; indiquez le seuil utilisé dans la note de source.',
  'SC: SH: SI: 4C': UNREAD,
  'SC: SH: SI: 5A':
    'Le numérateur est le nombre de places en crèche disponibles, pas d’enfants accueillis (CM17-p118 ; VM22-p143) : une valeur supérieure à 100 % est possible et notée. Le catalogue 2017.1 comptait les enfants accueillis et plafonnait la valeur à 100 %. Le type diffère entre les pages : durable en 2017 (CM17-p118), structurel en 2022 (VM22-p143) ; le catalogue suit la page la plus récente. Les deux pages renvoient aux cibles ODD 4.2, 5.5 et 10.4.',
  'SC: SH: SA: 1C': `${UNREAD} Des événements rares rendent les valeurs d’une seule année volatiles.`,
  'SC: SH: SA: 2C': `${UNREAD} Les pertes ne sont pas une composante du PIB et une année catastrophique pourrait le dépasser : le rapport n’est donc pas traité comme une part (pas de borne supérieure).`,
  'SC: SH: SA: 3A':
    'Page officielle CM17-p121 (avancé / durable) : la ville indique si elle a mis en œuvre la réduction des risques de catastrophe conformément au Cadre de Sendai 2015-2030, avec quatre éléments : des infrastructures et systèmes urbains disponibles pour la résilience, des évaluations des risques et de la vulnérabilité, des plans financiers (investissement et fonctionnement) et des systèmes techniques pour les mettre en œuvre. Déclaré ici par un seul oui/non ; une ville qui n’a mis en place qu’une partie des éléments devrait le documenter dans la note.',
  'SC: SH: SA: 4A':
    'Page officielle CM17-p123 (avancé / durable) : habitants vivant dans des zones exposées aux aléas naturels (cyclones, sécheresses, inondations, séismes, volcans, glissements de terrain) ÷ habitants ; la page dit qu’il peut être calculé par aléa. Plus bas est mieux.',
  'SC: SH: SA: 5A': 'Page officielle non lue ; les sources lues ne précisent ni les services ni l’intervalle (de l’appel à l’arrivée, de l’envoi à l’arrivée).',
  'SC: SH: SA: 6C':
    'Le sens est ambigu : plus de policiers n’est pas clairement mieux. Ce catalogue suit le tableau de bord NOR (plus haut est mieux). Le rattachement ODD de KS (objectif 3) semble une erreur ; l’objectif 16 serait plus naturel.',
  'SC: SH: SA: 7C':
    'Le sens est ambigu : plus de pompiers n’est pas clairement mieux. Ce catalogue suit le tableau de bord NOR (plus haut est mieux). Le rattachement ODD de KS (objectif 3) semble une erreur.',
  'SC: SH: SA: 8C': 'Page officielle non lue ; les infractions comptées comme violentes suivent les statistiques nationales et diffèrent d’un pays à l’autre.',
  'SC: SH: SA: 9C':
    'Page officielle CM17-p129 (base / structurel) : décès dus à la circulation pour 100 000 habitants, un décès sur la route étant une personne tuée sur le coup ou décédée dans les 30 jours suivant l’accident (la définition de l’OMS que cite la page).',
  'SC: SH: FS: 1A': `${UNREAD} Souvent non déclaré (VR-Rana).`,
};

const WB = 'Jugement de l’atelier';
const STATS = 'Jugement de l’atelier à partir de statistiques publiées, qui ne fixent pas de seuil';
const SAME = {
  coverage: 'Cible ODD 9.c, indicateur 9.c.1 (population couverte par un réseau mobile, par technologie)',
  fullCoverage: `${WB} (couverture complète comme état final)`,
  planning:
    'Nouveau Programme pour les villes (Habitat III, 2016) ; cible ODD 11.3 ; Lignes directrices internationales sur la planification urbaine et territoriale d’ONU-Habitat (2015)',
  who: 'Lignes directrices mondiales de l’OMS sur la qualité de l’air (2021)',
  unep: 'Perspectives mondiales de la gestion des déchets du PNUE (éliminer les dépôts sauvages et le brûlage à l’air libre) ; cible ODD 11.6',
  context: 'Aucune (le sens dépend du contexte)',
  geography: 'Aucune (dépend de la géographie)',
  strategies: 'Stratégies de mobilité des villes (plan de mobilité urbaine de Vienne 80:20, stratégie des transports du maire de Londres 2018',
};

export const SOURCES: Record<string, string> = {
  'EC: ICT: ICT: 1C|':
    'Cibles ODD 9.c et 17.8 (accès universel et abordable à Internet) ; exemple du modèle de maturité UIT-T Y.4904, niveau 5 = 90 % (via la fiche U4SSC Valence 2020)',
  'EC: ICT: ICT: 2C|': `${WB} ; pénétration moyenne du large bande dans l’OCDE telle que citée dans la Méthodologie de collecte U4SSC (2017), page des abonnements au large bande fixe`,
  'EC: ICT: ICT: 3C|': `${STATS} ; Indicateurs des télécommunications/TIC dans le monde de l’UIT (Faits et chiffres) : abonnements actifs au large bande mobile pour 100 habitants`,
  'EC: ICT: ICT: 4C|3G': SAME.coverage,
  'EC: ICT: ICT: 4C|4G': SAME.coverage,
  'EC: ICT: ICT: 5A|': 'Rapport de vérification U4SSC Karmøy 2020, p. 14 (référence indiquée N/A)',
  'EC: ICT: WS: 1C|': `${WB} (déploiement complet comme état final)`,
  'EC: ICT: WS: 2A|': SAME.fullCoverage,
  'EC: ICT: D: 1A|': SAME.fullCoverage,
  'EC: ICT: ES: 1C|':
    'Directive européenne sur l’électricité 2009/72/CE, annexe I (déploiement de compteurs intelligents à 80 % d’ici 2020 là où l’analyse coûts-avantages est positive)',
  'EC: ICT: ES: 2A|': SAME.fullCoverage,
  'EC: ICT: ES: 3A|':
    'Aucune trouvée ; la directive (UE) 2019/944 sur l’électricité donne aux consommateurs droit à des contrats à prix dynamique mais ne fixe pas de niveau de participation',
  'EC: ICT: T: 1C|': `${WB} (pratique des villes en pointe : données en temps réel pour tout le réseau)`,
  'EC: ICT: T: 2C|': `${WB} (couverture complète des grandes artères comme état final)`,
  'EC: ICT: T: 3A|': `${WB} (pratique des villes en pointe avec une régulation adaptative sur tout le territoire)`,
  'EC: ICT: PS: 1A|Percentage': 'Charte internationale des données ouvertes (2015), principe 1 « Ouverture par défaut »',
  'EC: ICT: PS: 1A|Number': 'Aucune (un décompte dépend de la taille de la ville et du découpage des jeux de données)',
  'EC: ICT: PS: 2A|':
    'Aucune pour un décompte ; programme d’action pour la Décennie numérique 2030 de l’UE (100 % des services publics clés en ligne) comme contexte',
  'EC: ICT: PS: 3A|': 'Directive européenne 2014/24/UE sur la passation des marchés publics (moyens de communication électroniques obligatoires)',
  'EC: P: IN: 1C|': 'Objectif européen d’intensité de R-D de 3 % du PIB (stratégies de Lisbonne et Europe 2020, Espace européen de la recherche)',
  'EC: P: IN: 2C|': 'Aucune (pas de cible internationale ; les valeurs dépendent de la spécialisation)',
  'EC: P: IN: 3A|': `${STATS} ; statistiques des PME de la Commission européenne (les PME font environ 99 % des entreprises de l’UE) ; Manuel de vérification U4SSC 2022 (valeurs attendues au-dessus de 95 %)`,
  'EC: P: EM: 1C|': `${STATS} ; cible ODD 8.5 (plein emploi productif) ; normes nationales de chômage citées dans la Méthodologie de collecte U4SSC (2017)`,
  'EC: P: EM: 2C|': `${WB} fondé sur les statistiques du chômage des jeunes de l’OCDE et de l’OIT ; cible ODD 8.6 (réduire la proportion de jeunes non scolarisés et sans emploi ni formation)`,
  'EC: P: EM: 3A|': 'Aucune (sens dépendant du contexte, voir u4ssc-kpis.md §2.2)',
  'EC: P: EM: 4A|': 'Aucune trouvée ; programme d’action pour la Décennie numérique 2030 de l’UE (spécialistes des TIC) noté comme non comparable',
  'EC: I: WS: 1C|': 'Cible ODD 6.1 (accès universel d’ici 2030)',
  'EC: I: WS: 2C|': 'Cible ODD 6.1, indicateur 6.1.1 (services d’alimentation en eau potable gérés en toute sécurité)',
  'EC: I: WS: 3C|': `${WB} (performance des services en pointe) ; cible ODD 6.4 (utilisation rationnelle des ressources en eau)`,
  'EC: I: WS: 4C|':
    'Cibles ODD 6.2 et 6.3 ; directive européenne 91/271/CEE relative au traitement des eaux urbaines résiduaires (systèmes de collecte pour toutes les agglomérations de plus de 2 000 équivalents-habitants)',
  'EC: I: WS: 5C|': 'Cible ODD 6.2 (accès à l’assainissement pour tous d’ici 2030)',
  'EC: I: WA: 1C|': 'Cible ODD 11.6, indicateur 11.6.1 (déchets municipaux solides collectés et gérés)',
  'EC: I: ES: 1C|': `${WB} fondé sur les rapports d’étalonnage du CEER sur la qualité de l’alimentation électrique (valeurs SAIFI européennes en pointe)`,
  'EC: I: ES: 2C|': `${WB} fondé sur les rapports d’étalonnage du CEER (SAIDI et SAIFI des réseaux européens en pointe)`,
  'EC: I: ES: 3C|': 'Cible ODD 7.1, indicateur 7.1.1 (accès universel d’ici 2030)',
  'EC: I: T: 1C|': 'Aucune (dépend de la définition et de la densité) ; voir EC: I: T: 2A',
  'EC: I: T: 2A|': 'Cible ODD 11.2, indicateur 11.2.1 (accès commode aux transports publics, méthode d’ONU-Habitat)',
  'EC: I: T: 3C|': `${WB} (chiffres des villes en pointe, p. ex. statistiques des réseaux cyclables de Copenhague et d’Amsterdam)`,
  'EC: I: T: 4A|Public transport': `${WB} ; ${SAME.strategies} : 80 % de modes durables d’ici 2041)`,
  'EC: I: T: 4A|Private vehicle': `${WB} ; ${SAME.strategies})`,
  'EC: I: T: 4A|Walking': `${WB} ; répartition de l’objectif de 80 % en modes durables des villes en pointe`,
  'EC: I: T: 4A|Cycling': `${WB} ; stratégie vélo de la Ville de Copenhague (50 % des trajets domicile-travail à vélo)`,
  'EC: I: T: 4A|Para-transport': 'Aucune (dépend du contexte ; rapport de vérification U4SSC Rana 2020, p. 24)',
  'EC: I: T: 5A|': 'Manuel de vérification U4SSC (2022), p. 82, indice de temps de trajet : « TTI <= 1,5 est bon » (VM22-p82)',
  'EC: I: T: 6A|': `${WB} ; guide de planification des vélos en libre-service de l’ITDP (recommandation de densité de stations et de flotte)`,
  'EC: I: T: 7A|': 'Aucune (dépend de la définition et du marché)',
  'EC: I: T: 8A|': `${WB} ; normes européennes de CO2 pour les voitures neuves (règlement (UE) 2019/631 modifié en 2023 : réduction de 100 % à partir de 2035) ; statistiques norvégiennes d’immatriculation des véhicules`,
  'EC: I: B: 1A|': `${WB} ; directive européenne relative à l’efficacité énergétique (rôle exemplaire des bâtiments des organismes publics) comme contexte`,
  'EC: I: B: 2A|': SAME.fullCoverage,
  'EC: I: UP: 1A|': 'Aucune (dépend de la forme et des limites de la ville)',
  'EC: I: UP: 2A|Compact': SAME.planning,
  'EC: I: UP: 2A|Connected': SAME.planning,
  'EC: I: UP: 2A|Integrated': SAME.planning,
  'EC: I: UP: 2A|Inclusive': SAME.planning,
  'EC: I: UP: 2A|Resilient': SAME.planning,
  'EN: EN: AQ: 1C|PM10': SAME.who,
  'EN: EN: AQ: 1C|PM2.5': SAME.who,
  'EN: EN: AQ: 1C|NO2': SAME.who,
  'EN: EN: AQ: 1C|SO2':
    'Directive (UE) 2024/2881 concernant la qualité de l’air ambiant, annexe I (valeur limite annuelle civile du SO2 de 20 µg/m³ à partir de 2030) ; directive 2008/50/CE, annexe XIII (niveau critique du SO2 pour la végétation, année civile : 20 µg/m³)',
  'EN: EN: AQ: 1C|O3': 'Aucune (pas de référence publique en moyenne annuelle pour l’ozone)',
  'EN: EN: AQ: 2C|': 'C40 Cities, « Échéance 2020 » (2016) ; objectif de 1,5 °C de l’Accord de Paris',
  'EN: EN: WS: 1C|':
    'Directives de qualité pour l’eau de boisson de l’OMS (approche des plans de gestion de la sécurité sanitaire de l’eau) ; cible ODD 6.1 ; directive (UE) 2020/2184 relative aux eaux destinées à la consommation humaine (approche fondée sur les risques)',
  'EN: EN: WS: 2C|': `${WB} ; orientations de l’ONU et de l’OMS sur le droit à l’eau (50 à 100 litres par personne et par jour, un minimum pour les besoins de base) comme contexte`,
  'EN: EN: WS: 3C|': 'Méthodologie de collecte U4SSC (2017), p. 79 (ne donne pas de seuil) ; aucune cible internationale trouvée',
  'EN: EN: WS: 4C|Primary': 'Cible ODD 6.3 (eaux usées non traitées) ; directive européenne 91/271/CEE relative au traitement des eaux urbaines résiduaires',
  'EN: EN: WS: 4C|Secondary':
    'Directive européenne 91/271/CEE relative au traitement des eaux urbaines résiduaires (traitement secondaire comme exigence générale)',
  'EN: EN: WS: 4C|Tertiary': `${WB} ; refonte (UE) 2024/3019 de la directive relative au traitement des eaux urbaines résiduaires (traitement tertiaire pour les grandes stations)`,
  'EN: EN: WA: 1C|Landfill':
    'Directive européenne sur la mise en décharge modifiée par la directive (UE) 2018/850 : au plus 10 % des déchets municipaux mis en décharge d’ici 2035',
  'EN: EN: WA: 1C|Burnt': SAME.unep,
  'EN: EN: WA: 1C|Incinerated': `${STATS} ; déduit des cibles européennes pour 2035 : directive-cadre relative aux déchets modifiée par (UE) 2018/851 (65 % de recyclage) et directive sur la mise en décharge modifiée par (UE) 2018/850 (10 % en décharge)`,
  'EN: EN: WA: 1C|Open dump': SAME.unep,
  'EN: EN: WA: 1C|Recycled':
    'Directive-cadre européenne relative aux déchets modifiée par la directive (UE) 2018/851 : 65 % des déchets municipaux préparés en vue du réemploi et recyclés d’ici 2035',
  'EN: EN: WA: 1C|Other': 'Aucune (les filières de traitement « autres » ne sont pas définies)',
  'EN: EN: EQ: 1C|': 'Lignes directrices de l’ICNIRP pour limiter l’exposition aux champs électromagnétiques (2020), auxquelles renvoie l’OMS',
  'EN: EN: EQ: 2A|':
    'Aucune pour un niveau ; plan d’action « zéro pollution » de l’UE (2021) et lignes directrices de l’OMS relatives au bruit dans l’environnement dans la Région européenne (2018) comme contexte',
  'EN: EN: PSN: 1C|': 'Aucune (pas de norme internationale traçable) ; voir EN: EN: PSN: 2A',
  'EN: EN: PSN: 2A|':
    'Cible ODD 11.7 (accès universel d’ici 2030) ; publications du Bureau régional de l’OMS pour l’Europe sur les espaces verts urbains et la santé',
  'EN: EN: PSN: 3A|': `${WB} ; Cadre mondial de la biodiversité de Kunming-Montréal (2022), cible 3 (une part des terres du monde, non de chaque ville) ; stratégie de l’UE en faveur de la biodiversité à l’horizon 2030`,
  'EN: EN: PSN: 4A|': 'Aucune (pas de norme internationale)',
  'EN: E: E: 1C|': 'Directive européenne sur les énergies renouvelables modifiée par (UE) 2023/2413 (42,5 % d’ici 2030) ; cible ODD 7.2',
  'EN: E: E: 2C|': SAME.context,
  'EN: E: E: 3C|': 'Aucune (dépend du climat)',
  'EN: E: E: 4A|': `${WB} ; critères de construction du Passivhaus Institut (une limite en énergie primaire) comme contexte`,
  'SC: EH: ED: 1C|': 'Cible ODD 4.a, indicateur 4.a.1 (écoles ayant accès à des ordinateurs et à Internet à des fins pédagogiques)',
  'SC: EH: ED: 2C|': 'Cible ODD 4.1 (enseignement primaire et secondaire universel d’ici 2030)',
  'SC: EH: ED: 3C|': `${WB} (conversion propre) ; objectif européen de niveau d’études supérieures (45 % des 25–34 ans d’ici 2030, Espace européen de l’éducation) comme contexte`,
  'SC: EH: ED: 4C|': 'Cible ODD 4.6 (alphabétisation des jeunes et des adultes)',
  'SC: EH: ED: 5A|': 'Programme d’action pour la Décennie numérique 2030 de l’UE (100 % des citoyens ayant accès à leur dossier médical électronique)',
  'SC: EH: H: 1C|': `${STATS} ; Perspectives de la population mondiale de l’ONU (espérance de vie à la naissance, pays en pointe)`,
  'SC: EH: H: 2C|': 'Cible ODD 3.1 (mortalité maternelle au-dessous de 70 pour 100 000 naissances vivantes d’ici 2030)',
  'SC: EH: H: 3C|': `${WB} ; Statistiques de l’OCDE sur la santé / Panorama de la santé (médecins en exercice pour 1 000 habitants) ; Stratégie mondiale de l’OMS sur les ressources humaines pour la santé : personnels de santé 2030 comme contexte`,
  'SC: EH: H: 4A|': `${WB} ; Statistiques de l’OCDE sur la santé / Panorama de la santé (lits d’hôpital pour 1 000 habitants)`,
  'SC: EH: H: 5A|': 'Cible ODD 3.8 (couverture sanitaire universelle)',
  'SC: EH: C: 1C|': 'Aucune (dépend de la répartition des compétences)',
  'SC: EH: C: 2A|': 'Aucune (dépend de la définition)',
  'SC: SH: HO: 1C|': 'Cible ODD 11.1 (logement adéquat, sûr et abordable pour tous d’ici 2030)',
  'SC: SH: HO: 2A|': `${WB} ; seuil d’accessibilité de 30 % du HUD américain ; taux de surcharge des coûts du logement d’Eurostat (40 %)`,
  'SC: SH: SI: 1C|': 'Convention (no 100) de l’OIT sur l’égalité de rémunération (1951) ; cible ODD 8.5 (salaire égal pour un travail de valeur égale)',
  'SC: SH: SI: 2C|': `${STATS} ; base de données de l’OCDE sur la distribution des revenus (coefficients de Gini nationaux les plus bas) ; cibles ODD 10.1–10.2`,
  'SC: SH: SI: 3C|': `${WB} ; base de données de l’OCDE sur la distribution des revenus (taux de pauvreté relative) ; cibles ODD 1.1 et 1.2`,
  'SC: SH: SI: 4C|': `${WB} (participation aux élections municipales au Danemark et en Suède) ; cible ODD 16.7 (prise de décision participative)`,
  'SC: SH: SI: 5A|':
    'Recommandation du Conseil relative à l’éducation et à l’accueil de la petite enfance (2022) : objectif de Barcelone révisé de 45 % des enfants de moins de 3 ans d’ici 2030',
  'SC: SH: SA: 1C|': `${WB} ; Cadre de Sendai pour la réduction des risques de catastrophe 2015–2030, cible A ; cibles ODD 1.5, 11.5 et 13.1`,
  'SC: SH: SA: 2C|': 'Aucune pour un niveau ; Cadre de Sendai, cible C ; cible ODD 11.5',
  'SC: SH: SA: 3A|': 'Cadre de Sendai, cible E ; cible ODD 11.b et indicateur 1.5.4 (stratégies locales de réduction des risques de catastrophe)',
  'SC: SH: SA: 4A|': SAME.geography,
  'SC: SH: SA: 5A|': `${WB} ; normes du programme de réponse des ambulances du NHS England (2017)`,
  'SC: SH: SA: 6C|': SAME.context,
  'SC: SH: SA: 7C|': SAME.context,
  'SC: SH: SA: 8C|': 'Aucune pour un niveau ; cible ODD 16.1',
  'SC: SH: SA: 9C|': `${STATS} ; cible ODD 3.6 ; Rapport de situation sur la sécurité routière dans le monde de l’OMS (taux nationaux en pointe)`,
  'SC: SH: FS: 1A|': SAME.geography,
};

/** Where sources disagree (EC: I: T: 5A, EN: EN: AQ: 1C, EN: EN: WS: 3C), keyed by the English text. */
export const ALTERNATIVES: Record<string, string> = {
  measure: 'mesure',
  'the ratio computed from the peak and free-flow travel times in minutes, as the 2022 page defines it':
    'le rapport calculé à partir des temps de trajet en pointe et en circulation fluide, en minutes, tel que la page de 2022 le définit',
  'a travel time index published by a traffic-data provider, entered directly as the value: the same ratio, so no conversion is needed; name the provider and its road network in the source':
    'un indice de temps de trajet publié par un fournisseur de données de trafic, saisi directement comme valeur : c’est le même rapport, aucune conversion n’est nécessaire ; nommez le fournisseur et son réseau routier dans la source',
  'averaging period of SO2 and O3': 'période de calcul de la moyenne du SO2 et de l’O3',
  'annual mean concentration, as the Verification Manual asks for every pollutant':
    'concentration moyenne annuelle, comme le Manuel de vérification le demande pour chaque polluant',
  'the WHO 2021 guideline metrics: SO2 as a 24-hour mean (guideline 40 µg/m³) and O3 as a peak-season 8-hour mean (guideline 60 µg/m³), which catalogue 2017.1 used':
    'les mesures des lignes directrices 2021 de l’OMS : le SO2 en moyenne sur 24 heures (ligne directrice 40 µg/m³) et l’O3 en moyenne sur 8 heures en haute saison (ligne directrice 60 µg/m³), qu’utilisait le catalogue 2017.1',
  'VM22-p95; WHO Global Air Quality Guidelines (2021)': 'VM22-p95 ; Lignes directrices mondiales de l’OMS sur la qualité de l’air (2021)',
  'freshwater consumed per inhabitant in m³ per year, as the 2017 page measures it':
    'eau douce consommée par habitant en m³ par an, telle que la page de 2017 la mesure',
  'the % share of the water consumed that comes from freshwater sources (the NOR and KS lists, catalogue 2017.1 to 2017.3): it converts to m³ per capita only with the total water consumed per inhabitant (share ÷ 100 × total), so enter the freshwater volume as the numerator instead, and give the share in the note if your programme reports it':
    'la part en % de l’eau consommée provenant de sources d’eau douce (les listes NOR et KS, catalogues 2017.1 à 2017.3) : elle ne se convertit en m³ par habitant qu’avec la consommation totale d’eau par habitant (part ÷ 100 × total) ; saisissez donc plutôt le volume d’eau douce comme numérateur, et donnez la part dans la note si votre programme la déclare',
};
