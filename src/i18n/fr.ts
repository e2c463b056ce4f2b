/**
 * French catalogue — the default language: the messages every element uses. Each element's own messages
 * are in `fr-<element>.ts`, loaded with the element. `en.ts` defines exactly the same keys as all of them
 * (the compiler checks).
 *
 * Values are plain strings with `{name}` placeholders, or functions of the
 * parameters where a plural or a choice is needed.
 */
import type { MessageParams } from './types.js';

/** French plural: one below 2 (« 0 offre », « 1 offre », « 2 offres »). */
export const plural = (n: number, one: string, other: string) => (n < 2 ? one : other);

export const fr = {
  // --- common ---
  'common.loading': 'Chargement…',
  'common.retry': 'Réessayer',
  'common.close': 'Fermer',
  'common.back': 'Retour',
  'common.reset': 'Réinitialiser',
  'common.stale': ({ date, code }: MessageParams) =>
    `${code === 'network' ? 'Connexion impossible' : 'Le serveur des offres ne répond pas correctement'} : voici les offres enregistrées le ${date}.`,
  'common.feedIssues': ({ count }: MessageParams) =>
    `${count} ${plural(Number(count), 'élément du flux était invalide et n’est pas affiché', 'éléments du flux étaient invalides et ne sont pas affichés')}.`,
  'common.newTab': 'nouvelle fenêtre',

  // --- errors (by FeedError code) ---
  'error.invalid-url': 'L’adresse du flux des offres n’est pas valide.',
  'error.network': 'Les offres n’ont pas pu être chargées : vérifiez votre connexion.',
  'error.timeout': 'Le serveur des offres met trop de temps à répondre.',
  'error.http': ({ status }: MessageParams) => `Le serveur des offres a répondu par une erreur (${status}).`,
  'error.invalid-json': 'Le flux des offres est illisible.',
  'error.invalid-feed': 'Le flux des offres n’est pas au format attendu.',
  'error.module': 'Les offres n’ont pas pu être affichées : rechargez la page.',
  'error.aborted': 'Le chargement a été interrompu.',
  'error.unknown': 'Une erreur inattendue est survenue.',

  // --- taxonomies ---
  'contract.NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER': 'Fonctionnaires ou contractuels',
  'contract.CONTRACT_WORKER_ONLY': 'Contractuels uniquement',
  'contract.FREELANCER': 'Freelance',
  'contract.APPRENTICESHIP': 'Apprentissage',
  'contract.INTERN': 'Stage',
  'contract.INTERNATIONAL_VOLUNTEER': 'Volontariat international (VIA)',
  'remote.FULL': 'Télétravail total',
  'remote.PARTIAL': 'Télétravail partiel',
  'remote.NONE': 'Sans télétravail',
  'category.A': 'Catégorie A',
  'category.B': 'Catégorie B',
  'category.C': 'Catégorie C',
  'openTo.CIVIL_SERVANT': 'Fonctionnaires',
  'openTo.CONTRACT_WORKER': 'Contractuels',
  'beginners': 'Ouvert aux débutant·es',
  'section.mission': 'Mission',
  'section.context': 'Contexte',
  'section.team': 'Équipe',
  'section.tasks': 'Rôle',
  'section.profile': 'Profil recherché',
  'section.conditions': 'Conditions particulières',
  'section.perks': 'Avantages',
  'section.process': 'Processus de recrutement',

  // --- formats ---
  'salary.range': ({ min, max }: MessageParams) => `${min} à ${max} brut par an`,
  'salary.exact': ({ min }: MessageParams) => `${min} brut par an`,
  'salary.from': ({ min }: MessageParams) => `À partir de ${min} brut par an`,
  'salary.upTo': ({ max }: MessageParams) => `Jusqu’à ${max} brut par an`,
  'experience.none': 'Sans expérience minimale',
  'experience.years': ({ years }: MessageParams) => `${years} ${plural(Number(years), 'an', 'ans')} d’expérience minimum`,
  'experience.months': ({ months }: MessageParams) => `${months} mois d’expérience minimum`,
  'offers.count': ({ count }: MessageParams) => `${count} ${plural(Number(count), 'offre', 'offres')}`,

  // --- offer-card ---
  'offerCard.new': 'Nouveau',
  'offerCard.closingSoon': 'Clôture bientôt',
  'offerCard.filled': 'Pourvue',
  'offerCard.expired': 'Clôturée',
  'offerCard.posted': 'Publiée le {date}',
  'offerCard.deadline': 'Candidatures jusqu’au {date}',
  'offerCard.loading': 'Chargement de l’offre…',
  'offerCard.notFound': 'Cette offre n’est plus en ligne.',
} as const;
