/**
 * Trade families: the ten "professions" of metiers.numerique.gouv.fr
 * (reference-data/pep-metiers-reference-numerique.json, `mdnProfessions`),
 * with stable ids, French names and descriptions. Order = display order.
 *
 * `mdnProfession` is the source label; reference métiers mapped to `null`
 * in the source go to "autres".
 */
export const FAMILIES = [
  {
    id: 'developpement',
    mdnProfession: 'Développement',
    name: 'Développement',
    description:
      'Concevoir, coder, tester et faire évoluer les applications et les services en ligne de l’État, de l’interface aux API.',
  },
  {
    id: 'donnees',
    mdnProfession: 'Données',
    name: 'Données',
    description:
      'Collecter, structurer, analyser et valoriser les données publiques, de l’ingénierie des chaînes de traitement à la science des données.',
  },
  {
    id: 'securite',
    mdnProfession: 'Sécurité',
    name: 'Sécurité',
    description:
      'Protéger les systèmes d’information de l’État : gouvernance, audit, détection des attaques et conduite de la sécurité au quotidien.',
  },
  {
    id: 'infrastructure',
    mdnProfession: 'Infrastructure',
    name: 'Infrastructure',
    description:
      'Exploiter et faire évoluer les réseaux, les centres de données et la production informatique qui font fonctionner les services publics.',
  },
  {
    id: 'serveur-cloud',
    mdnProfession: 'Serveur / Cloud',
    name: 'Serveur / Cloud',
    description:
      'Administrer les systèmes, les serveurs et les plateformes cloud, automatiser leur déploiement et garantir leur disponibilité.',
  },
  {
    id: 'architecture',
    mdnProfession: 'Architecture',
    name: 'Architecture',
    description:
      'Concevoir la structure des systèmes d’information : choix techniques, urbanisation, interopérabilité et trajectoires d’évolution.',
  },
  {
    id: 'projet-produit',
    mdnProfession: 'Projet / Produit',
    name: 'Projet / Produit',
    description:
      'Piloter des projets et des produits numériques, de l’expression des besoins à la mise en service, au plus près des usagers.',
  },
  {
    id: 'support',
    mdnProfession: 'Support',
    name: 'Support',
    description:
      'Accompagner les agents au quotidien et traiter les incidents : assistance, poste de travail, relation de service et réponse aux incidents.',
  },
  {
    id: 'gestion',
    mdnProfession: 'Gestion',
    name: 'Gestion',
    description:
      'Diriger des équipes et des directions du numérique, définir la stratégie, piloter les moyens et les grands programmes.',
  },
  {
    id: 'autres',
    mdnProfession: 'Autres',
    name: 'Autres',
    description:
      'Métiers transverses du numérique public : design, agilité, qualité, données, protection de la vie privée, numérique responsable et conseil.',
  },
];
