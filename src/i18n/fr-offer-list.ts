/**
 * French messages of the offer list (`<mn-offer-list>`), loaded with it:
 * a page without that element does not download them.
 * `en.ts` has the same keys (the compiler checks).
 */
import type { MessageParams } from './types.js';
import { plural } from './fr.js';

export const frOfferList = {
  // --- offer-list ---
  'offerList.search': 'Rechercher une offre',
  'offerList.keywords': 'Mots-clés',
  'offerList.keywordsHint': 'Intitulé, métier, ville, organisation…',
  'offerList.submit': 'Rechercher',
  'offerList.filter.organisation': 'Organisation',
  'offerList.filter.trade': 'Métier',
  'offerList.filter.family': 'Famille de métiers',
  'offerList.filter.region': 'Région',
  'offerList.filter.departement': 'Département',
  'offerList.filter.contract': 'Type de contrat',
  'offerList.filter.remote': 'Télétravail',
  'offerList.filter.category': 'Catégorie',
  'offerList.any.organisation': 'Toutes les organisations',
  'offerList.any.trade': 'Tous les métiers',
  'offerList.any.family': 'Toutes les familles',
  'offerList.any.region': 'Toutes les régions',
  'offerList.any.departement': 'Tous les départements',
  'offerList.any.contract': 'Tous les contrats',
  'offerList.any.remote': 'Avec ou sans télétravail',
  'offerList.any.category': 'Toutes les catégories',
  'offerList.moreFilters': 'Filtres',
  'offerList.moreFiltersActive': ({ count }: MessageParams) =>
    `Filtres (${count} ${plural(Number(count), 'actif', 'actifs')})`,
  'offerList.option': '{label} ({count})',
  'offerList.sort': 'Trier par',
  'offerList.sort.newest': 'Les plus récentes',
  'offerList.sort.deadline': 'Date limite la plus proche',
  'offerList.sort.relevance': 'Pertinence',
  'offerList.activeFilters': 'Filtres actifs',
  'offerList.removeFilter': 'Retirer le filtre : {label}',
  'offerList.keywordsChip': '« {keywords} »',
  'offerList.reset': 'Réinitialiser les filtres',
  'offerList.count': ({ count, n }: MessageParams) =>
    Number(n) === 0 ? 'Aucune offre' : `${count} ${plural(Number(n), 'offre', 'offres')}`,
  'offerList.pageOf': 'page {page} sur {count}',
  'offerList.loading': 'Chargement des offres…',
  'offerList.results': 'Offres',
  'offerList.empty.filtered': 'Aucune offre ne correspond à votre recherche.',
  'offerList.empty.filteredHint': 'Essayez d’autres mots-clés ou retirez des filtres.',
  'offerList.empty.none': 'Aucune offre n’est publiée pour le moment.',
  'offerList.empty.unreadable': 'Les offres n’ont pas pu être lues pour le moment.',
  'offerList.spontaneous': 'Envoyer une candidature spontanée',
  'offerList.pagination': 'Pagination',
  'offerList.page': 'Page {page}',
  'offerList.first': 'Première page',
  'offerList.previous': 'Page précédente',
  'offerList.next': 'Page suivante',
  'offerList.last': 'Dernière page',
  'offerList.back': 'Retour aux offres',
  'offerList.offerGone': 'Cette offre n’est plus en ligne.',
  'offerList.detailError': 'Cette offre n’a pas pu être affichée : vérifiez votre connexion, puis réessayez. Si cela ne suffit pas, rechargez la page.',
} as const;
