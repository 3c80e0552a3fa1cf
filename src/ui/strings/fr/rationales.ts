/**
 * French rationales of the reference targets, keyed by data point id (see ../kpi-names.ts). Working
 * translation of the English texts in src/engine/frameworks/u4ssc/reference-targets.json.
 */
const UP = (what: string) =>
  `Oui : une stratégie ou un plan à l’échelle de la ville qui traite du développement ${what}. Les lignes directrices d’ONU-Habitat sur la planification et le Nouveau Programme pour les villes promeuvent des villes plus compactes, socialement inclusives, mieux intégrées et connectées, et résilientes ; l’ODD 11.3 demande une planification participative, intégrée et durable.`;
const AQ = (pollutant: string, level: string) =>
  `Plus bas est mieux. Le niveau de la ligne directrice OMS 2021 sur la qualité de l’air pour les ${pollutant} est une moyenne annuelle de ${level} µg/m³. Beaucoup de villes le dépassent largement ; l’OMS publie aussi des cibles intermédiaires qu’un programme peut utiliser comme étapes.`;
const JUDGE = 'Remplacez-la par la référence de votre programme.';

export const RATIONALES: Record<string, string> = {
  'EC: ICT: ICT: 1C|':
    'La connectivité universelle des ménages est l’aboutissement des cibles des ODD sur l’accès à Internet : la réalisation complète est donc 100 %. L’exemple de modèle de maturité de l’UIT cité par U4SSC place son niveau le plus haut à 90 % des ménages ; une ville à ce niveau obtient ici 3 points et atteint 4 points à partir de 95 %.',
  'EC: ICT: ICT: 2C|': `Jugement de l’atelier : les villes européennes en pointe ont un abonnement au large bande fixe dans la grande majorité des ménages, environ 80 à 100 pour 100 ménages. À titre de comparaison, la méthodologie cite une pénétration moyenne OCDE d’environ 30 %, comptée pour 100 habitants ; à 2 à 2,5 personnes par ménage, cela fait environ 60 à 75 pour 100 ménages (notre conversion). Les ménages uniquement mobiles sont légitimes, d’où une cible sous 100. ${JUDGE}`,
  'EC: ICT: ICT: 3C|':
    'Un abonnement actif au large bande sans fil par habitant. Les statistiques de l’UIT montrent des moyennes des pays développés déjà supérieures à 100 abonnements actifs au large bande mobile pour 100 habitants : c’est un niveau que les villes en pointe atteignent ou dépassent.',
  'EC: ICT: ICT: 4C|3G':
    'Couverture 3G complète de la population de la ville. L’indicateur ODD 9.c.1 suit la part de la population couverte par un réseau mobile, par technologie ; la réalisation complète de l’accès universel signifie 100 %.',
  'EC: ICT: ICT: 4C|4G':
    'Couverture 4G complète de la population de la ville. L’indicateur ODD 9.c.1 suit la part de la population couverte par un réseau mobile, par technologie ; la réalisation complète de l’accès universel signifie 100 %.',
  'EC: ICT: ICT: 5A|':
    'Pas de fondement public pour une référence unique : un simple nombre de points d’accès dépend de la taille et de la superficie de la ville et n’est pas rapporté à la population, si bien qu’aucun chiffre n’est comparable d’une ville à l’autre. Les rapports de vérification U4SSC n’indiquent pas non plus de référence pour cet ICP (N/A). Fixez votre propre objectif si vous le suivez dans le temps.',
  'EC: ICT: WS: 1C|': `Jugement de l’atelier : il n’existe pas de cible internationale pour les compteurs d’eau intelligents ; un déploiement achevé à l’échelle de la ville (tous les compteurs intelligents) est l’état final que les services en pointe ont atteint ou prévoient. ${JUDGE}`,
  'EC: ICT: WS: 2A|': `Jugement de l’atelier : l’ensemble du réseau de distribution sous surveillance TIC est l’état final de la numérisation du réseau ; aucune cible internationale ne donne un niveau plus bas. ${JUDGE}`,
  'EC: ICT: D: 1A|': `Jugement de l’atelier : l’ensemble du réseau de drainage et d’eaux pluviales sous surveillance TIC est l’état final ; aucune cible internationale n’existe. Beaucoup de villes ne surveillent que des points critiques : attendez-vous à des scores bas pour l’instant. ${JUDGE}`,
  'EC: ICT: ES: 1C|':
    'Le troisième paquet énergie de l’UE a fixé l’objectif que, là où l’analyse coûts-avantages est positive, au moins 80 % des consommateurs d’électricité soient équipés de systèmes de comptage intelligents d’ici 2020.',
  'EC: ICT: ES: 2A|': `Jugement de l’atelier : l’ensemble du réseau d’alimentation électrique sous surveillance TIC est l’état final de la numérisation du réseau ; aucune cible internationale ne donne un niveau plus bas. ${JUDGE}`,
  'EC: ICT: ES: 3A|':
    'Pas de fondement public pour une référence unique : aucune cible internationale ne fixe la part des clients capables de participer à l’effacement, et le niveau atteignable dépend de la tarification et de l’organisation du marché nationales (contrats à prix dynamique, agrégateurs). Fixez un objectif cohérent avec votre plan national de réseaux intelligents.',
  'EC: ICT: T: 1C|': `Jugement de l’atelier : l’information en temps réel sur le prochain passage compte qu’elle soit affichée à l’arrêt, sur le web ou dans une application ; les villes en pointe la fournissent donc déjà pour chaque arrêt. ${JUDGE}`,
  'EC: ICT: T: 2C|': `Jugement de l’atelier : l’ICP ne couvre que les artères et les voies rapides, et les villes en pointe surveillent tout leur réseau de grandes voies par capteurs ou caméras. ${JUDGE}`,
  'EC: ICT: T: 3A|': `Jugement de l’atelier : les villes qui exploitent un système de feux adaptatif sur tout leur territoire (par exemple SCATS à Sydney) gèrent de façon adaptative presque tous leurs carrefours à feux : une couverture complète est atteignable. ${JUDGE}`,
  'EC: ICT: PS: 1A|Percentage':
    'Ouvert par défaut : chaque jeu de données inventorié qui peut légalement être publié devrait l’être en données ouvertes ; la réalisation complète est donc 100 % de l’inventaire.',
  'EC: ICT: PS: 1A|Number':
    'Pas de fondement public pour une référence unique : le nombre de jeux de données ouverts croît avec la taille de la ville, ses compétences et la façon dont les jeux sont découpés ; un décompte n’est donc pas comparable d’une ville à l’autre. Le point de données en pourcentage porte la référence.',
  'EC: ICT: PS: 2A|':
    'Pas de fondement public pour une référence unique : le nombre de services fournis par voie électronique dépend des services dont la ville a la charge et de la façon de les compter. La Décennie numérique de l’UE vise 100 % des services publics clés en ligne d’ici 2030, une part plutôt qu’un nombre ; suivez le nombre par rapport à votre propre objectif.',
  'EC: ICT: PS: 3A|':
    'Les règles européennes des marchés publics ont rendu la communication électronique obligatoire dans les procédures de passation (depuis octobre 2018) : la passation entièrement électronique est un socle légal établi dans l’UE.',
  'EC: P: IN: 1C|':
    'L’objectif de longue date de l’UE est d’investir 3 % du PIB dans la recherche et le développement. Il est appliqué ici à l’échelle de la ville ; les villes accueillant des universités ou des entreprises à forte intensité de recherche peuvent le dépasser, et le Manuel de vérification note que les valeurs sous 5 % sont normales.',
  'EC: P: IN: 2C|':
    'Pas de fondement public pour une référence unique : la production de brevets dépend fortement de la spécialisation économique de la ville, de la présence d’institutions de recherche et de l’adresse déclarée par les déposants, et il n’existe pas de cible internationale. Comparez plutôt avec des villes semblables ou avec vos propres valeurs passées.',
  'EC: P: IN: 3A|':
    'Les petites et moyennes entreprises représentent environ 99 % de toutes les entreprises de l’UE, et le Manuel de vérification attend des valeurs supérieures à 95 %. Une ville à 95 % obtient 4 points face à cette cible.',
  'EC: P: EM: 1C|':
    'Plus bas est mieux. L’ODD 8.5 appelle au plein emploi sans donner de taux ; environ 3 % est le niveau des économies les plus performantes et proche du chômage frictionnel (la méthodologie mentionne elle-même environ 3 % au Japon). Une ville à 6 % obtient la moitié de la cible.',
  'EC: P: EM: 2C|': `Plus bas est mieux. Jugement de l’atelier : les taux de chômage des jeunes (15–24 ans) les plus bas des statistiques de l’OCDE sont d’environ 4 à 7 % (p. ex. Japon, Allemagne) ; 6 % est retenu comme niveau de pointe. ${JUDGE}`,
  'EC: P: EM: 3A|':
    'Pas de fondement public pour une référence unique : une plus grande part d’emplois dans le tourisme n’est ni clairement meilleure ni pire (elle peut signaler une dépendance à un secteur), et le bon niveau dépend de l’économie de la ville. Il n’existe pas de cible internationale.',
  'EC: P: EM: 4A|':
    'Pas de fondement public pour une référence unique : l’emploi dans le secteur des TIC reflète la spécialisation économique de la ville. La cible de la Décennie numérique de l’UE de 20 millions de spécialistes des TIC d’ici 2030 compte les spécialistes de tous les secteurs, pas l’emploi dans le secteur des TIC : elle ne peut pas être utilisée directement.',
  'EC: I: WS: 1C|':
    'L’ODD 6.1 vise l’accès universel à l’eau potable d’ici 2030 : la réalisation complète signifie que chaque ménage dispose au moins d’un approvisionnement en eau de base.',
  'EC: I: WS: 2C|': 'L’indicateur ODD 6.1.1 mesure l’eau potable gérée en toute sécurité ; l’accès universel d’ici 2030 signifie 100 % des ménages.',
  'EC: I: WS: 3C|': `Plus bas est mieux. Jugement de l’atelier : des services en pointe comme ceux de Singapour et de Tokyo déclarent des pertes de distribution à un chiffre, et environ 10 % est couramment considéré comme une bonne pratique pour des réseaux bien gérés. Une ville qui perd 20 % obtient la moitié de la cible. ${JUDGE}`,
  'EC: I: WS: 4C|':
    'La réalisation complète des ODD 6.2 et 6.3 exige que tous les ménages soient raccordés à une collecte sûre des eaux usées (ou à un système équivalent géré en toute sécurité).',
  'EC: I: WS: 5C|': 'L’ODD 6.2 vise un assainissement adéquat et équitable pour tous d’ici 2030 : chaque ménage.',
  'EC: I: WA: 1C|':
    'Une collecte régulière pour chaque ménage est la condition préalable de l’ODD 11.6 et de son indicateur sur les déchets municipaux collectés et gérés dans des installations contrôlées.',
  'EC: I: ES: 1C|': `Plus bas est mieux. Jugement de l’atelier : les réseaux européens les plus performants déclarent bien moins d’une interruption non programmée par client et par an ; 1 interruption par client (SAIFI) est donc un niveau de pointe. Une ville à 2 obtient la moitié de la cible. ${JUDGE}`,
  'EC: I: ES: 2C|': `Plus bas est mieux. Jugement de l’atelier : le CAIDI (durée moyenne par interruption) des réseaux européens bien gérés est de l’ordre d’une heure. Le CAIDI peut augmenter quand les interruptions courtes sont éliminées : lisez-le avec la fréquence des coupures. ${JUDGE}`,
  'EC: I: ES: 3C|': 'L’ODD 7.1 vise l’accès universel à l’électricité d’ici 2030 ; le Manuel de vérification considère 90 % et plus comme normal.',
  'EC: I: T: 1C|':
    'Pas de fondement public pour une référence unique : la longueur de réseau nécessaire par habitant dépend de la densité urbaine, des modes comptés (train, tram, voies ou lignes de bus) et de la façon de mesurer les couloirs partagés ; une ville peu dense a besoin de plus de kilomètres par habitant qu’une ville dense. La couverture est mesurée à la place par l’ICP sur la commodité du réseau de transport public.',
  'EC: I: T: 2A|':
    'L’ODD 11.2 vise l’accès de tous à des transports durables d’ici 2030 ; son indicateur 11.2.1 compte les personnes vivant à distance de marche d’un arrêt (500 m pour les modes de faible capacité). La réalisation complète est 100 % des habitants.',
  'EC: I: T: 3C|': `Jugement de l’atelier : les villes cyclables en pointe comme Copenhague et Amsterdam ont plusieurs centaines de kilomètres de pistes et bandes cyclables pour bien moins d’un million d’habitants, de l’ordre de 50 km ou plus pour 100 000 habitants. ${JUDGE}`,
  'EC: I: T: 4A|Public transport':
    'Jugement de l’atelier : les cibles des quatre modes sont choisies pour totaliser 100 % avec la cible du véhicule particulier (40 + 15 + 25 + 20), conformément à l’objectif des villes en pointe d’environ 80 % des déplacements par des modes durables (p. ex. l’objectif 80:20 de Vienne, les 80 % de Londres d’ici 2041). Les transports publics assurent environ 40 % des déplacements dans les villes européennes de transport public en pointe comme Vienne. Une ville forte dans un mode durable peut être en retrait dans un autre ; adaptez la répartition à votre stratégie.',
  'EC: I: T: 4A|Private vehicle':
    'Plus bas est mieux. Les villes en pointe visent environ 80 % des déplacements à pied, à vélo et en transport public, ce qui laisse environ 20 % aux véhicules particuliers (objectif 80:20 de Vienne ; 80 % à Londres d’ici 2041).',
  'EC: I: T: 4A|Walking':
    'Jugement de l’atelier : une partie de la répartition de 80 % en modes durables (voir l’entrée sur les transports publics). La part de la marche pour les trajets domicile-travail est plus faible que pour l’ensemble des déplacements, car ces trajets sont plus longs ; 15 % est un niveau de pointe pour les trajets domicile-travail. Adaptez la répartition à votre stratégie.',
  'EC: I: T: 4A|Cycling':
    'Jugement de l’atelier : une partie de la répartition de 80 % en modes durables (voir l’entrée sur les transports publics). Copenhague s’est fixé 50 % des trajets vers le travail ou les études à vélo ; 25 % est retenu comme niveau de pointe mais largement atteignable. Adaptez la répartition à votre stratégie.',
  'EC: I: T: 4A|Para-transport':
    'Pas de fondement public pour une référence unique : le paratransit (services informels ou à la demande) est absent de beaucoup de villes et sa part souhaitable dépend de l’offre de transport public ; une part plus élevée n’est pas clairement meilleure. Les rapports de vérification U4SSC notent qu’il est souvent indisponible (p. ex. Rana).',
  'EC: I: T: 5A|':
    'Plus bas est mieux ; 1,0 signifie aucune congestion. La page Indice de temps de trajet du Manuel de vérification qualifie de « bon » un indice inférieur ou égal à 1,5 (de 1,5 à 2,5 « potentiellement acceptable », au-delà de 2,5 « moins souhaitable ») ; la cible de référence est donc le haut de la plage « bon » : une ville à 1,5 ou moins obtient 4 points, une ville à 2,5 en obtient 2.',
  'EC: I: T: 6A|': `Jugement de l’atelier : le guide de planification des vélos en libre-service de l’ITDP recommande environ 10 à 30 vélos pour 1 000 résidents dans la zone desservie ; le bas de la fourchette, appliqué à toute la ville, donne 1 000 pour 100 000, du même ordre que le Vélib’ de Paris. Si votre système ne couvre délibérément qu’une partie de la ville, remplacez la cible. ${JUDGE}`,
  'EC: I: T: 7A|':
    'Pas de fondement public pour une référence unique : ce qui compte comme véhicule partagé (voitures en autopartage, cyclomoteurs, trottinettes électriques) varie, les flottes sont fixées par des opérateurs privés et les marchés, et une grande flotte n’est pas clairement meilleure là où le transport public est fort. Il n’existe pas de cible internationale.',
  'EC: I: T: 8A|': `Jugement de l’atelier : l’UE exige que toutes les voitures neuves soient à émission nulle à partir de 2035, et Oslo, ville en pointe sur cette mesure, a déjà une part importante et en forte croissance de son parc automobile entièrement électrique ; la moitié du parc immatriculé à faibles émissions de carbone est un niveau de pointe pour le début des années 2030. Ce qui compte comme bas carbone (hybrides ou non) change le résultat. ${JUDGE}`,
  'EC: I: B: 1A|': `Jugement de l’atelier : aucune cible internationale ne fixe une part de surface publique certifiée ; une couverture complète est l’état final cohérent avec le rôle exemplaire que le droit de l’UE donne aux bâtiments publics. ${JUDGE}`,
  'EC: I: B: 2A|': `Jugement de l’atelier : il n’existe pas de cible internationale ; chaque bâtiment public géré par un système intégré de gestion technique par les TIC est l’état final. ${JUDGE}`,
  'EC: I: UP: 1A|':
    'Pas de fondement public pour une référence unique : la part de la surface de la ville qui est piétonne ou sans voitures dépend de la forme et des limites de la ville (de grandes zones rurales ou boisées la diluent) et de ce qui est compté ; il n’existe pas de cible internationale.',
  'EC: I: UP: 2A|Compact': UP('compact'),
  'EC: I: UP: 2A|Connected': UP('connecté'),
  'EC: I: UP: 2A|Integrated': UP('intégré'),
  'EC: I: UP: 2A|Inclusive': UP('inclusif'),
  'EC: I: UP: 2A|Resilient': UP('résilient'),
  'EN: EN: AQ: 1C|PM10': AQ('PM10', '15'),
  'EN: EN: AQ: 1C|PM2.5': AQ('PM2.5', '5'),
  'EN: EN: AQ: 1C|NO2': AQ('NO2', '10'),
  'EN: EN: AQ: 1C|SO2':
    'Plus bas est mieux. Le Manuel de vérification demande le SO2 en moyenne annuelle (VM22-p95). L’OMS 2021 ne fixe pas de ligne directrice annuelle pour le SO2 (seulement un niveau sur 24 heures de 40 µg/m³) ; le droit de l’UE donne un niveau annuel de 20 µg/m³, retenu ici. Le catalogue 2017.1 notait une moyenne sur 24 heures face aux 40 µg/m³ de l’OMS.',
  'EN: EN: AQ: 1C|O3':
    'Pas de fondement public pour une référence unique : une moyenne annuelle d’ozone n’en a pas, car l’OMS 2021 et le droit de l’UE fixent les niveaux d’ozone seulement en moyenne sur 8 heures et en haute saison (ligne directrice OMS de haute saison 60 µg/m³), et le Manuel de vérification demande une moyenne annuelle (VM22-p95). Déclaré mais non noté ; pour noter selon la mesure OMS de haute saison, fixez 60 comme cible de cette évaluation et saisissez la valeur de haute saison. Le catalogue 2017.1 utilisait cette mesure.',
  'EN: EN: AQ: 2C|':
    'Plus bas est mieux. L’analyse Deadline 2020 du C40 plaçait les émissions moyennes par habitant de ses villes membres à environ 3 t CO2e en 2030 sur une trajectoire compatible avec 1,5 °C vers la neutralité en 2050. Une cible de zéro ne pourrait pas être notée de façon graduelle : l’étape de 2030 est donc retenue. Les inventaires d’émissions diffèrent par leur périmètre ; indiquez le vôtre.',
  'EN: EN: WS: 1C|':
    'L’OMS recommande les plans de gestion de la sécurité sanitaire de l’eau comme le moyen le plus efficace d’assurer une eau potable sûre, et l’ODD 6.1 vise une eau sûre pour tous : chaque ménage devrait être alimenté dans le cadre d’un plan audité.',
  'EN: EN: WS: 2C|':
    'Plus bas est mieux. Jugement de l’atelier : les orientations de l’ONU et de l’OMS situent l’eau nécessaire aux besoins personnels et domestiques de base à environ 50 à 100 litres par personne et par jour. C’est un minimum pour les besoins de base, pas un plafond d’efficacité : aucun document public ne fixe 100 litres comme cible de consommation, et ce nombre est le jugement de l’atelier. Si votre chiffre inclut les usages commerciaux et industriels, remplacez la cible.',
  'EN: EN: WS: 3C|':
    'Pas de fondement public pour une référence unique : l’eau douce prélevée par habitant dépend du climat, de l’industrie raccordée au réseau et des ressources en eau disponibles, et la page de 2017 ajoute que des valeurs très basses peuvent laisser une marge de croissance durable de l’usage. Aucune cible internationale ne fixe de niveau par habitant.',
  'EN: EN: WS: 4C|Primary':
    'Toutes les eaux usées devraient recevoir au moins un traitement primaire (l’ODD 6.3 vise à réduire de moitié les eaux usées non traitées et la réalisation complète de l’ODD 6 signifie aucune non traitée). Cela suppose une déclaration cumulative, où l’eau traitée à un niveau supérieur compte aussi ici ; si votre ville déclare des parts exclusives, remplacez la cible.',
  'EN: EN: WS: 4C|Secondary':
    'Le droit de l’UE fait du traitement secondaire (biologique) la norme générale pour les agglomérations de plus de 2 000 équivalents-habitants : toutes les eaux usées d’une ville devraient le recevoir. Suppose une déclaration cumulative (voir Primaire).',
  'EN: EN: WS: 4C|Tertiary': `Jugement de l’atelier : la refonte de 2024 de la directive européenne relative au traitement des eaux urbaines résiduaires étend le traitement tertiaire (élimination de l’azote et du phosphore) à toutes les grandes stations, qui traitent la plupart des eaux usées d’une ville ; 80 % laisse place aux petites stations non tenues d’éliminer les nutriments. Suppose une déclaration cumulative (voir Primaire). ${JUDGE}`,
  'EN: EN: WA: 1C|Landfill': 'Plus bas est mieux. Le droit de l’UE limite la mise en décharge des déchets municipaux à 10 % au plus d’ici 2035.',
  'EN: EN: WA: 1C|Burnt':
    'Plus bas est mieux ; la cible 0 est voulue : le brûlage à l’air libre des déchets devrait être entièrement éliminé, donc toute part supérieure à zéro obtient 1 point.',
  'EN: EN: WA: 1C|Incinerated':
    'Plus bas est mieux. Les cibles 2035 de l’UE (au moins 65 % préparés en vue du réemploi et recyclés, au plus 10 % mis en décharge) laissent environ 25 % à l’incinération et aux autres valorisations ; la hiérarchie des déchets place l’incinération après le recyclage.',
  'EN: EN: WA: 1C|Open dump':
    'Plus bas est mieux ; la cible 0 est voulue : les dépôts sauvages devraient être entièrement éliminés, donc toute part supérieure à zéro obtient 1 point.',
  'EN: EN: WA: 1C|Recycled': 'Le droit de l’UE exige qu’au moins 65 % des déchets municipaux soient préparés en vue du réemploi et recyclés d’ici 2035.',
  'EN: EN: WA: 1C|Other':
    'Pas de fondement public pour une référence unique : « Autre » n’est pas défini et peut contenir des filières bien classées dans la hiérarchie des déchets (comme le compostage ou la méthanisation, s’ils ne sont pas comptés comme recyclage) aussi bien que de mauvaises, si bien qu’on ne peut fixer ni le sens ni le niveau.',
  'EN: EN: EQ: 1C|':
    'Tous les sites d’antennes devraient respecter les limites d’exposition reconnues par l’OMS (lignes directrices de l’ICNIRP) ; cette conformité est une obligation légale dans la plupart des pays, donc la réalisation complète est 100 %.',
  'EN: EN: EQ: 2A|':
    'Pas de fondement public pour une référence unique : le seuil de bruit considéré comme excessif n’est pas défini dans les sources consultées, et les cibles publiques sont relatives (le plan d’action « zéro pollution » de l’UE vise à réduire de 30 % d’ici 2030 la part des personnes gênées chroniquement par le bruit des transports). Les niveaux guides de l’OMS sont en décibels, pas en parts de population.',
  'EN: EN: PSN: 1C|':
    'Pas de fondement public pour une référence unique : la surface d’espaces verts atteignable par habitant dépend de la densité, du climat et des limites de la ville, et les définitions d’espace vert diffèrent. Le chiffre de 9 m² par habitant est souvent cité comme norme de l’OMS, mais nous n’avons pas pu le retrouver dans une publication de l’OMS : il n’est pas utilisé. L’accessibilité est mesurée à la place par l’ICP d’accessibilité des espaces verts.',
  'EN: EN: PSN: 2A|':
    'L’ODD 11.7 vise l’accès universel à des espaces verts et publics sûrs, inclusifs et accessibles d’ici 2030. L’OMS Europe suggère en règle générale que chacun vive à environ 300 m d’un espace vert ; la réalisation complète est 100 % des habitants.',
  'EN: EN: PSN: 3A|':
    'La cible mondiale « 30 d’ici 2030 » vise à protéger 30 % des terres d’ici 2030 (adoptée aussi dans la stratégie de l’UE en faveur de la biodiversité). L’appliquer à la surface de la ville relève du jugement de l’atelier : les villes centrales denses obtiendront un score bas.',
  'EN: EN: PSN: 4A|':
    'Pas de fondement public pour une référence unique : l’unité de surface n’est pas fixée dans les sources, ce qui compte comme équipement de loisirs varie, et il n’existe pas de norme internationale de surface par habitant.',
  'EN: E: E: 1C|':
    'La cible contraignante de l’UE pour 2030 est une part renouvelable de 42,5 % de la consommation finale brute d’énergie. Les villes en pointe disposant d’hydroélectricité ou de réseaux de chaleur renouvelables la dépassent déjà.',
  'EN: E: E: 2C|':
    'Pas de fondement public pour une référence unique : la consommation d’électricité par habitant dépend du climat, des systèmes de chauffage et de l’industrie, et une valeur plus basse n’est pas clairement meilleure : électrifier le chauffage et les transports l’augmente tout en réduisant les émissions, et des valeurs très basses peuvent signaler un mauvais accès.',
  'EN: E: E: 3C|':
    'Pas de fondement public pour une référence unique : la demande d’énergie thermique dépend surtout du climat (degrés-jours de chauffage et de refroidissement) et du parc de bâtiments ; il n’existe pas de cible internationale par habitant. Comparez avec les valeurs passées de la ville.',
  'EN: E: E: 4A|':
    'Plus bas est mieux. Jugement de l’atelier : le critère classique de la maison passive limite la demande totale d’énergie primaire d’un bâtiment à 120 kWh/m² par an, une limite en énergie primaire, alors que cet ICP mesure l’énergie livrée ; aucun document public ne fixe 120 kWh/m² d’énergie livrée, et ce nombre est le jugement de l’atelier. Le climat et l’usage des bâtiments (hôpitaux, piscines) changent ce qui est atteignable.',
  'SC: EH: ED: 1C|':
    'L’ODD 4.a suit les écoles disposant d’ordinateurs et d’Internet pour l’enseignement ; la réalisation complète signifie que chaque élève a accès aux TIC en classe.',
  'SC: EH: ED: 2C|':
    'L’ODD 4.1 vise à ce que toutes les filles et tous les garçons achèvent un enseignement primaire et secondaire gratuit d’ici 2030 : toute la population d’âge scolaire inscrite. Des valeurs supérieures à 100 % sont possibles quand des élèves venant d’autres communes fréquentent les écoles de la ville (VM22-p118) ; elles comptent comme dépassement.',
  'SC: EH: ED: 3C|':
    'Jugement de l’atelier : l’UE vise qu’au moins 45 % des 25–34 ans soient diplômés du supérieur d’ici 2030 ; convertir cette cible par tranche d’âge à toute la population (enfants compris) donne environ 25 à 30 %, soit environ 30 000 pour 100 000. La conversion est propre à l’atelier, ce n’est pas un chiffre publié.',
  'SC: EH: ED: 4C|':
    'L’ODD 4.6 vise à ce que tous les jeunes et une proportion importante d’adultes sachent lire et écrire ; les pays à revenu élevé déclarent une alphabétisation des adultes quasi universelle, d’où 100 %.',
  'SC: EH: ED: 5A|':
    'La Décennie numérique de l’UE vise à ce que tous les citoyens aient accès à leur dossier médical électronique d’ici 2030 : 100 % des habitants.',
  'SC: EH: H: 1C|':
    'Niveau des pays en pointe : les espérances de vie à la naissance nationales les plus longues (p. ex. Japon, RAS de Hong Kong) sont d’environ 84 à 85 ans dans les estimations démographiques de l’ONU.',
  'SC: EH: H: 2C|':
    'Plus bas est mieux. L’ODD 3.1 vise à ramener le taux mondial de mortalité maternelle au-dessous de 70 pour 100 000 naissances vivantes d’ici 2030. Les pays à revenu élevé en sont très en dessous (souvent moins de 10) ; les programmes y fixeront peut-être une cible plus basse.',
  'SC: EH: H: 3C|':
    'Jugement de l’atelier fondé sur les statistiques internationales : la moyenne de l’OCDE est d’environ 3,5 médecins en exercice pour 1 000 habitants. Le seuil OMS de 44,5 médecins, infirmiers et sages-femmes pour 10 000 couvre aussi les infirmiers et les sages-femmes : il n’est pas utilisé directement. Les villes dotées d’hôpitaux régionaux dépasseront la cible.',
  'SC: EH: H: 4A|':
    'Jugement de l’atelier fondé sur les statistiques internationales : les pays de l’OCDE comptent en moyenne environ 4 à 4,5 lits d’hôpital pour 1 000 habitants. Plus de lits n’est pas toujours mieux (les soins se déplacent vers l’ambulatoire) : la cible est fixée près de cette moyenne plutôt qu’au niveau des pays les plus hauts.',
  'SC: EH: H: 5A|': 'L’ODD 3.8 vise la couverture sanitaire universelle : chaque habitant couvert par une assurance maladie ou un système public de santé.',
  'SC: EH: C: 1C|':
    'Pas de fondement public pour une référence unique : la part du budget municipal consacrée au patrimoine culturel dépend des compétences de la ville (quels niveaux de gouvernement financent la culture) et de son patrimoine ; il n’existe pas de cible internationale.',
  'SC: EH: C: 2A|':
    'Pas de fondement public pour une référence unique : ce qui compte comme institution culturelle varie beaucoup, et les grandes villes accueillent des institutions qui servent toute une région ; il n’existe pas de norme internationale.',
  'SC: SH: HO: 1C|':
    'Plus bas est mieux. L’ODD 11.1 vise un logement adéquat pour tous et la réhabilitation des bidonvilles d’ici 2030, c’est-à-dire zéro. Une cible de zéro ne pouvant pas être notée de façon graduelle (toute valeur supérieure à zéro obtiendrait 1 point), 1 % est retenu pour signifier une quasi-élimination.',
  'SC: SH: HO: 2A|': `Plus bas est mieux. Jugement de l’atelier : un coût du logement supérieur à environ 30 % du revenu est un seuil d’accessibilité courant par ménage (p. ex. le HUD américain), et l’UE considère comme surchargés les ménages qui y consacrent plus de 40 % de leur revenu disponible ; une moyenne de 25 % laisse de la place à la dispersion autour de la moyenne. ${JUDGE}`,
  'SC: SH: SI: 1C|':
    'Cible en intervalle autour de la parité : salaire horaire moyen des femmes égal à celui des hommes (rapport 1,0) ; un écart dans un sens ou dans l’autre réduit la réalisation.',
  'SC: SH: SI: 2C|':
    'Plus bas est mieux. Niveau des pays en pointe : les pays les plus égalitaires des statistiques de l’OCDE sur la distribution des revenus ont des coefficients de Gini du revenu disponible d’environ 0,22 à 0,26. Les villes sont souvent moins égalitaires que leur pays.',
  'SC: SH: SI: 3C|': `Plus bas est mieux. Jugement de l’atelier : les taux de pauvreté relative les plus bas des statistiques de l’OCDE (revenu inférieur à la moitié du revenu médian) sont d’environ 6 %. L’ODD 1.1 vise à éliminer l’extrême pauvreté, mais une cible de zéro ne peut pas être notée de façon graduelle. Le résultat dépend du seuil de pauvreté utilisé ; indiquez-le. ${JUDGE}`,
  'SC: SH: SI: 4C|': `Jugement de l’atelier : la participation aux élections municipales au Danemark et en Suède, parmi les plus élevées d’Europe, est d’environ 65 à 85 % ; 75 % est retenu comme niveau de pointe. Le vote obligatoire ou des élections couplées aux élections nationales augmentent la participation. ${JUDGE}`,
  'SC: SH: SI: 5A|':
    'L’UE recommande qu’au moins 45 % des enfants de moins de trois ans participent à l’éducation et à l’accueil de la petite enfance d’ici 2030 (objectif de Barcelone révisé). L’ICP compte les places en crèche disponibles (CM17-p118 ; VM22-p143), qui doivent au moins égaler la participation : la cible de participation est donc retenue comme niveau de places.',
  'SC: SH: SA: 1C|': `Plus bas est mieux. Jugement de l’atelier : le Cadre de Sendai demande une réduction substantielle de la mortalité due aux catastrophes pour 100 000 sans fixer de niveau ; 0,1 pour 100 000 (un décès par an dans une ville d’un million d’habitants) est retenu comme niveau quasi nul qui peut encore être noté de façon graduelle. Les années isolées sont volatiles ; une moyenne pluriannuelle est plus parlante. ${JUDGE}`,
  'SC: SH: SA: 2C|':
    'Pas de fondement public pour une référence unique : le Cadre de Sendai (cible C) et l’ODD 11.5 demandent une réduction des pertes économiques directes par rapport au PIB sans fixer de niveau, et les pertes passent de zéro à très grandes d’une année à l’autre selon les événements. Comparez des moyennes pluriannuelles à votre propre référence.',
  'SC: SH: SA: 3A|':
    'Oui : le Cadre de Sendai et l’ODD 11.b appellent les villes à adopter et mettre en œuvre des stratégies locales de réduction des risques de catastrophe, y compris l’évaluation des risques, le financement et les mesures techniques.',
  'SC: SH: SA: 4A|':
    'Pas de fondement public pour une référence unique : la part de la population vivant dans des zones exposées aux catastrophes est fixée en grande partie par la géographie (côtes, fleuves, zones sismiques) et par la cartographie des zones exposées ; zéro est hors de portée pour beaucoup de villes et il n’existe pas de niveau international.',
  'SC: SH: SA: 5A|': `Plus bas est mieux. Jugement de l’atelier : les normes de délai d’intervention pour les appels d’urgence les plus graves sont couramment d’environ 7 à 8 minutes (par exemple la cible des ambulances du NHS England d’une moyenne de 7 minutes pour les appels vitaux). Les moyennes sur tous les services et types d’appels seront plus élevées. ${JUDGE}`,
  'SC: SH: SA: 6C|':
    'Pas de fondement public pour une référence unique : plus de policiers par habitant n’est pas clairement mieux ; le besoin dépend de la criminalité, du rôle des forces nationales ou régionales et de l’organisation de la police. Les résultats sont couverts par l’ICP sur le taux de crimes violents.',
  'SC: SH: SA: 7C|':
    'Pas de fondement public pour une référence unique : plus de pompiers par habitant n’est pas clairement mieux ; le besoin dépend des risques, du parc de bâtiments, de la part de volontaires et de professionnels et de l’organisation régionale. Le délai d’intervention est couvert à part.',
  'SC: SH: SA: 8C|':
    'Pas de fondement public pour une référence unique : les infractions qui comptent comme crimes violents et la fréquence à laquelle elles sont signalées et enregistrées diffèrent beaucoup d’un pays à l’autre, si bien qu’un chiffre unique n’est pas comparable ; l’ODD 16.1 demande une réduction significative sans fixer de niveau. Suivez la tendance par rapport à votre propre référence.',
  'SC: SH: SA: 9C|':
    'Plus bas est mieux. L’ODD 3.6 (et la Décennie d’action des Nations unies pour la sécurité routière 2021–2030) vise à réduire de moitié les décès sur la route ; les pays les plus sûrs enregistrent déjà environ 2 décès sur la route pour 100 000 habitants par an. Vision Zéro vise aucun décès, mais une cible de zéro ne peut pas être notée de façon graduelle.',
  'SC: SH: FS: 1A|':
    'Pas de fondement public pour une référence unique : la part des aliments produits à moins de 100 km dépend des terres agricoles environnantes, du climat et de l’alimentation, et il n’existe pas de cible internationale.',
};
