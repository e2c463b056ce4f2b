/**
 * Sentence pools for the per-offer documents and excerpts of the sample feed.
 * Written in the register of real State offers (see reference-data/pep-offer-fragment-sample.html).
 * Placeholders: {n} a number, {org} the organisation "with article", {city}, {project}.
 */

/** "Team" section, by family: {n} is the team size. */
export const TEAMS = {
  developpement: [
    'une équipe produit de {n} personnes : développeurs et développeuses, une designer, un product owner et un coach',
    'le pôle Études et développements, {n} agents répartis en trois équipes applicatives',
    'une équipe de {n} développeurs et développeuses qui travaille en méthode agile, avec des itérations de deux semaines',
  ],
  donnees: [
    'le lab data, {n} data scientists, data engineers et analystes',
    'une équipe data de {n} personnes, rattachée à l’administrateur ministériel des données',
    'le bureau de la donnée, {n} agents qui accompagnent les directions métier',
  ],
  securite: [
    'le pôle sécurité des systèmes d’information, {n} experts et expertes',
    'le centre opérationnel de sécurité, {n} analystes qui assurent une veille 24 h/24',
    'l’équipe du RSSI, {n} personnes au contact de tous les projets',
  ],
  infrastructure: [
    'le bureau de la production, {n} agents qui exploitent les centres de données du ministère',
    'une équipe de {n} techniciens et ingénieurs réseaux et systèmes',
    'le pôle exploitation, {n} agents organisés en cellules de pilotage, d’intégration et de supervision',
  ],
  'serveur-cloud': [
    'l’équipe plateforme, {n} ingénieurs et ingénieures qui construisent le cloud interne',
    'le pôle hébergement, {n} administrateurs et administratrices systèmes',
    'une équipe SRE de {n} personnes qui opère les clusters Kubernetes des applications',
  ],
  architecture: [
    'la cellule architecture, {n} architectes au service de tous les projets',
    'le bureau de l’urbanisme et de l’architecture, {n} agents',
    'le comité d’architecture technique, qui réunit {n} architectes et experts',
  ],
  'projet-produit': [
    'une équipe de {n} chefs et cheffes de projet et product owners',
    'le département des produits numériques, {n} personnes',
    'une startup d’État de {n} personnes, autonome et centrée sur l’impact',
  ],
  support: [
    'le centre de services, {n} techniciens et techniciennes qui répondent à 40 000 demandes par an',
    'l’équipe de proximité, {n} agents présents sur les sites',
    'le pôle assistance, {n} personnes organisées en niveaux 1 et 2',
  ],
  gestion: [
    'un comité de direction de {n} personnes',
    'une direction de {n} agents, organisée en quatre départements',
    'une équipe d’encadrement de {n} cheffes et chefs de bureau',
  ],
  autres: [
    'une équipe pluridisciplinaire de {n} personnes',
    'la mission transformation, {n} agents aux profils variés',
    'un collectif de {n} personnes : designers, coachs, juristes et développeurs',
  ],
};

/** Closing sentences of the "team" section. */
export const TEAM_EXTRAS = [
  'L’équipe travaille en mode hybride, avec deux journées communes sur site par semaine.',
  'Vous serez rattaché·e au chef ou à la cheffe du pôle.',
  'Les décisions se prennent collectivement, au plus près des usagers.',
  'L’équipe partage ses rituels et sa documentation avec les autres équipes de la direction.',
  'Un parcours d’intégration vous permettra de rencontrer les équipes partenaires.',
];

/** Qualities, appended to the profile section. */
export const QUALITIES = [
  'Rigueur et sens de l’organisation',
  'Capacité d’analyse et de synthèse',
  'Force de proposition',
  'Autonomie et esprit d’équipe',
  'Sens du service public',
  'Curiosité et goût pour l’apprentissage',
  'Aisance relationnelle',
  'Capacité à vulgariser',
];

export const PERKS = [
  'Jusqu’à trois jours de télétravail par semaine selon l’organisation de l’équipe',
  '25 jours de congés annuels et jusqu’à 20 jours de RTT',
  'Remboursement de 75 % de l’abonnement de transport en commun',
  'Forfait mobilités durables pour les trajets à vélo ou en covoiturage',
  'Restaurant administratif',
  'Prestations d’action sociale : places en crèche, chèques-vacances, aides au logement',
  'Formation continue et accès à la communauté des agents du numérique de l’État',
  'Horaires variables',
  'Matériel de travail récent et logiciels libres',
  'Protection sociale complémentaire prise en charge en partie par l’employeur',
];

export const PROCESS_STEPS = [
  'Étude des candidatures par l’équipe de recrutement',
  'Premier entretien avec le ou la responsable du poste',
  'Entretien technique ou mise en situation',
  'Second entretien avec la direction et le service des ressources humaines',
  'Réponse sous trois semaines',
];

export const DISABILITY_NOTE =
  'Ce poste est ouvert aux personnes en situation de handicap ; des aménagements peuvent être prévus pour les entretiens et la prise de poste.';

export const CLEARANCE_NOTE =
  'Le poste nécessite une habilitation au secret de la défense nationale ; la procédure est engagée après le recrutement.';

/** Education requirement by civil-service category. */
export const EDUCATION = {
  A: ['Bac+5 (master, diplôme d’ingénieur) ou expérience équivalente', 'Bac+5 en informatique ou en sciences des données', 'Bac+3 minimum, Bac+5 apprécié'],
  B: ['Bac+2 (BTS SIO, BUT informatique) ou expérience équivalente', 'Bac+2 à Bac+3 en informatique', 'Bac+2 minimum'],
  C: ['Baccalauréat ou CAP/BEP avec expérience', 'Baccalauréat professionnel'],
  APPRENTICESHIP: ['Préparation d’un diplôme de Bac+2 à Bac+5 en alternance', 'Master en alternance', 'BUT ou licence professionnelle en alternance'],
  INTERN: ['Étudiant·e en dernière année d’école d’ingénieur ou de master', 'Étudiant·e de Bac+3 à Bac+5'],
  INTERNATIONAL_VOLUNTEER: ['Bac+5, 18 à 28 ans'],
  FREELANCER: ['Expérience significative sur des missions comparables'],
};

/** Contract duration by contract type. */
export const DURATIONS = {
  NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER: ['Poste permanent', 'Poste permanent – contrat de 3 ans pour les contractuels', 'Détachement ou contrat de 3 ans renouvelable'],
  CONTRACT_WORKER_ONLY: ['CDD de 3 ans renouvelable', 'CDD de 2 ans', 'CDD de 1 an renouvelable', 'CDD de 3 ans, transformable en CDI'],
  FREELANCER: ['Mission de 6 mois', 'Mission de 12 mois', 'Mission de 3 mois renouvelable'],
  APPRENTICESHIP: ['Contrat d’apprentissage de 2 ans', 'Contrat d’apprentissage de 1 an', 'Contrat d’apprentissage de 3 ans'],
  INTERN: ['Stage de 6 mois', 'Stage de 4 à 6 mois'],
  INTERNATIONAL_VOLUNTEER: ['VIA de 24 mois', 'VIA de 12 mois renouvelable'],
};

/** Phrases for the contract in the "conditions" section. */
export const CONTRACT_PHRASES = {
  NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER:
    'Poste ouvert aux fonctionnaires (mutation, détachement) et aux contractuels de droit public',
  CIVIL_SERVANT_ONLY: 'Poste réservé aux fonctionnaires (mutation, détachement)',
  CONTRACT_WORKER_ONLY: 'Poste ouvert aux contractuels de droit public',
  FREELANCER: 'Mission en indépendant, dans le cadre d’un marché public',
  APPRENTICESHIP: 'Contrat d’apprentissage, rythme d’alternance à définir avec l’école',
  INTERN: 'Stage conventionné avec gratification',
  INTERNATIONAL_VOLUNTEER: 'Volontariat international en administration (VIA), géré par Business France',
};

/**
 * Excerpts (plain text, ≤ 160 characters): a first sentence, then a second one if it fits.
 * {org} organisation with its article ({Org} capitalised), {deOrg} "de" + org, {role}, {project},
 * {aProject} "à" + project, {deProject} "de" + project, {aCity} "à" + city, {mission}.
 */
export const EXCERPT_FIRST = [
  '{Org} recherche un·e {role} pour {project}.',
  'Rejoignez {org} {aCity} : {mission}.',
  'Au sein {deOrg}, vous contribuerez {aProject}.',
  '{Mission}, au service {deProject}.',
  'Vous rejoignez {org} pour {project}.',
];
export const EXCERPT_SECOND = [
  'Votre rôle : {mission}.',
  'Poste basé {aCity}.',
  'Au programme : {mission}.',
  'Un poste au cœur {deProject}.',
];

/** Lead sentences of the "mission" section. */
export const MISSION_LEADS = [
  'Au sein {deOrg}, vous contribuerez {aProject}.',
  '{Org} recrute pour {project}.',
  'Vous rejoignez {org} pour faire avancer {project}.',
  'Pour {project}, {org} renforce ses équipes {aCity}.',
];
