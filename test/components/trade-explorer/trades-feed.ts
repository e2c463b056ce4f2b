/**
 * A small feed with complete trades (descriptions, missions, skills) for the
 * trade explorer's tests and stories. Open offers per trade:
 * developpeur 3, data-scientist 2, rssi 1, architecte-logiciel 1 (+1 filled, +1 expired),
 * ingenieur-donnees 0, chef-projet 0, product-owner 0.
 */
import type { Feed, Offer, Trade, TradeFamily } from '../../../src/data/types.js';
import { DAY, makeFeed, makeOffer } from '../../fixtures/make-feed.js';

export const TRADE_FAMILIES: TradeFamily[] = [
  { id: 'developpement', name: 'Développement' },
  { id: 'donnees', name: 'Données', description: 'Collecter, analyser et valoriser les données publiques.' },
  { id: 'securite', name: 'Sécurité' },
  { id: 'pilotage', name: 'Projet / Produit' },
];

export const FULL_TRADES: Trade[] = [
  {
    id: 'developpeur',
    name: 'Développeuse / Développeur',
    family: 'developpement',
    description: 'Conçoit, développe et maintient des applications et des services numériques utilisés par le public et les agents.',
    missions: ['Développer de nouvelles fonctionnalités', 'Écrire des tests automatisés', 'Relire le code de l’équipe'],
    skills: ['JavaScript', 'Java', 'Git', 'Accessibilité numérique'],
  },
  {
    id: 'architecte-logiciel',
    name: 'Architecte logiciel',
    family: 'developpement',
    description: 'Définit l’architecture des applications et veille à leur cohérence avec le système d’information.',
    missions: ['Concevoir l’architecture des applications', 'Conseiller les équipes de développement'],
    skills: ['Urbanisation', 'Cloud'],
  },
  {
    id: 'data-scientist',
    name: 'Data scientist',
    family: 'donnees',
    description: 'Exploite les données pour éclairer les décisions publiques.',
    missions: ['Analyser des jeux de données', 'Construire des modèles prédictifs'],
    skills: ['Python', 'Statistiques', 'Apprentissage automatique'],
  },
  {
    id: 'ingenieur-donnees',
    name: 'Ingénieure / Ingénieur des données',
    family: 'donnees',
    description: 'Construit et exploite les chaînes de traitement des données.',
    missions: ['Collecter et transformer les données', 'Industrialiser les traitements'],
    skills: ['SQL', 'Spark'],
  },
  {
    id: 'rssi',
    name: 'Responsable de la sécurité des systèmes d’information',
    family: 'securite',
    description: 'Pilote la politique de sécurité des systèmes d’information et la gestion des risques.',
    missions: ['Piloter l’analyse des risques', 'Sensibiliser les agents'],
    skills: ['Analyse de risques', 'EBIOS Risk Manager'],
  },
  {
    id: 'chef-projet',
    name: 'Cheffe / Chef de projet maîtrise d’œuvre SI',
    family: 'pilotage',
    description: 'Conduit la réalisation d’un projet informatique, des besoins à la mise en service.',
    missions: ['Planifier le projet', 'Coordonner les équipes'],
    skills: ['Gestion de projet', 'Méthodes agiles'],
  },
  {
    id: 'product-owner',
    name: 'Product owner',
    family: 'pilotage',
    description: 'Porte la vision du produit et priorise son développement avec les usagers.',
    missions: ['Rédiger les récits utilisateurs', 'Prioriser le backlog'],
    skills: ['Recherche utilisateur', 'Méthodes agiles'],
  },
];

function offer(id: string, trade: string, partial: Partial<Offer> = {}): Offer {
  return makeOffer({ id, title: `Offre ${id}`, occupationalCategory: trade, ...partial });
}

/** The trades feed: 7 trades in 4 families, 7 open offers. */
export function tradesFeed(overrides: Partial<Omit<Feed, 'version'>> = {}): Feed {
  return makeFeed(0, {
    families: TRADE_FAMILIES.map((f) => ({ ...f })),
    trades: FULL_TRADES.map((t) => ({ ...t, missions: [...t.missions], skills: [...t.skills] })),
    offers: [
      offer('dev-1', 'developpeur'),
      offer('dev-2', 'developpeur'),
      offer('dev-3', 'developpeur'),
      offer('ds-1', 'data-scientist'),
      offer('ds-2', 'data-scientist'),
      offer('rssi-1', 'rssi'),
      offer('archi-1', 'architecte-logiciel'),
      offer('archi-filled', 'architecte-logiciel', { status: 'filled' }),
      offer('archi-expired', 'architecte-logiciel', { validThrough: Date.now() - 10 * DAY }),
      offer('no-trade', 'developpeur', { occupationalCategory: undefined }),
    ],
    ...overrides,
  });
}
