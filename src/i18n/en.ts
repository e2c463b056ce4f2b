/** English catalogue: the same keys as `fr.ts` (the compiler checks completeness). */
import type { fr } from './fr.js';
import type { Message, MessageParams } from './types.js';

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

export const en: Record<keyof typeof fr, Message> = {
  // --- common ---
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.close': 'Close',
  'common.back': 'Back',
  'common.reset': 'Reset',
  'common.stale': ({ date }: MessageParams) => `Cannot connect: showing the offers saved on ${date}.`,
  'common.feedIssues': ({ count }: MessageParams) =>
    `${count} ${plural(Number(count), 'item of the feed was invalid and is not shown', 'items of the feed were invalid and are not shown')}.`,
  'common.newTab': 'new window',

  // --- errors (by FeedError code) ---
  'error.network': 'The offers could not be loaded: check your connection.',
  'error.timeout': 'The offers server is taking too long to answer.',
  'error.http': ({ status }: MessageParams) => `The offers server answered with an error (${status}).`,
  'error.invalid-json': 'The offers feed cannot be read.',
  'error.invalid-feed': 'The offers feed is not in the expected format.',
  'error.aborted': 'Loading was interrupted.',
  'error.unknown': 'An unexpected error occurred.',

  // --- taxonomies ---
  'contract.NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER': 'Civil servants or contract workers',
  'contract.CONTRACT_WORKER_ONLY': 'Contract workers only',
  'contract.FREELANCER': 'Freelance',
  'contract.APPRENTICESHIP': 'Apprenticeship',
  'contract.INTERN': 'Internship',
  'contract.INTERNATIONAL_VOLUNTEER': 'International volunteering (VIA)',
  'remote.FULL': 'Fully remote',
  'remote.PARTIAL': 'Partly remote',
  'remote.NONE': 'On site',
  'category.A': 'Category A',
  'category.B': 'Category B',
  'category.C': 'Category C',
  'openTo.CIVIL_SERVANT': 'Civil servants',
  'openTo.CONTRACT_WORKER': 'Contract workers',
  'beginners': 'Open to beginners',
  'section.mission': 'Mission',
  'section.context': 'Context',
  'section.team': 'Team',
  'section.tasks': 'Role',
  'section.profile': 'Profile',
  'section.conditions': 'Special conditions',
  'section.perks': 'Perks',
  'section.process': 'Recruitment process',

  // --- formats ---
  'salary.range': ({ min, max }: MessageParams) => `${min} to ${max} gross per year`,
  'salary.exact': ({ min }: MessageParams) => `${min} gross per year`,
  'salary.from': ({ min }: MessageParams) => `From ${min} gross per year`,
  'salary.upTo': ({ max }: MessageParams) => `Up to ${max} gross per year`,
  'experience.none': 'No minimum experience',
  'experience.years': ({ years }: MessageParams) => `At least ${years} ${plural(Number(years), 'year', 'years')} of experience`,
  'experience.months': ({ months }: MessageParams) => `At least ${months} months of experience`,
  'offers.count': ({ count }: MessageParams) => `${count} ${plural(Number(count), 'offer', 'offers')}`,

  // --- offer-card ---

  // --- offer-list ---

  // --- offer-detail ---

  // --- application-form ---

  // --- trade-explorer ---
};
