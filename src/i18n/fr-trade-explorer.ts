/**
 * French messages of the trade explorer (`<mn-trade-explorer>`), loaded with it:
 * a page without that element does not download them.
 * `en.ts` has the same keys (the compiler checks).
 */
import type { MessageParams } from './types.js';
import { plural } from './fr.js';

export const frTradeExplorer = {
  // --- trade-explorer ---
  'tradeExplorer.families': 'Familles de métiers',
  'tradeExplorer.all': 'Toutes',
  'tradeExplorer.tabCount': ({ count }: MessageParams) => `${count} ${plural(Number(count), 'métier', 'métiers')}`,
  'tradeExplorer.count': ({ count }: MessageParams) =>
    Number(count) === 0 ? 'Aucun métier' : `${count} ${plural(Number(count), 'métier', 'métiers')}`,
  'tradeExplorer.search.label': 'Rechercher un métier',
  'tradeExplorer.search.hint': 'Un nom, une mission ou une compétence : « données », « cloud », « accessibilité »…',
  'tradeExplorer.sort.label': 'Trier par',
  'tradeExplorer.sort.name': 'Nom (de A à Z)',
  'tradeExplorer.sort.offers': 'Nombre d’offres ouvertes',
  'tradeExplorer.openOffers': ({ count }: MessageParams) =>
    Number(count) === 0 ? 'Aucune offre ouverte' : `${count} ${plural(Number(count), 'offre ouverte', 'offres ouvertes')}`,
  'tradeExplorer.family': ({ family }: MessageParams) => `Famille : ${family}`,
  'tradeExplorer.back': 'Retour aux métiers',
  'tradeExplorer.missions': 'Missions types',
  'tradeExplorer.skills': 'Compétences',
  'tradeExplorer.offers': 'Offres ouvertes pour ce métier',
  'tradeExplorer.noOffers': 'Aucune offre n’est ouverte pour ce métier en ce moment.',
  'tradeExplorer.spontaneous': 'Proposer une candidature spontanée',
  'tradeExplorer.later': 'De nouvelles offres sont publiées régulièrement : revenez bientôt.',
  'tradeExplorer.empty.search': ({ query }: MessageParams) => `Aucun métier ne correspond à « ${query} ».`,
  'tradeExplorer.empty.searchFamily': ({ query, family }: MessageParams) =>
    `Aucun métier de la famille « ${family} » ne correspond à « ${query} ».`,
  'tradeExplorer.clearSearch': 'Effacer la recherche',
  'tradeExplorer.searchAll': 'Chercher dans toutes les familles',
  'tradeExplorer.empty.none': 'Aucun métier n’est publié pour le moment.',
  'tradeExplorer.empty.noOpen': 'Aucun métier n’a d’offre ouverte en ce moment.',
  'tradeExplorer.loading': 'Chargement des métiers…',
} as const;
