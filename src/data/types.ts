/**
 * The domain model: what the elements work with once a feed has been read,
 * validated and normalised at the data boundary (see `normalise.ts`).
 *
 * The wire format (the JSON of the central offers feed) is documented in
 * `docs/feed.md` and `schema/feed.schema.json`; it uses schema.org `JobPosting`
 * property names wherever one exists. This model keeps those names so that the
 * two read alike, but every value here is already checked and typed.
 */

/** The six contract types of metiers.numerique.gouv.fr. */
export const CONTRACT_TYPES = [
  'NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER',
  'CONTRACT_WORKER_ONLY',
  'FREELANCER',
  'APPRENTICESHIP',
  'INTERN',
  'INTERNATIONAL_VOLUNTEER',
] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

/** Remote work: full (télétravail total), partial, none. */
export const REMOTE_STATUSES = ['FULL', 'PARTIAL', 'NONE'] as const;
export type RemoteStatus = (typeof REMOTE_STATUSES)[number];

/** Civil-service categories. */
export const CATEGORIES = ['A', 'B', 'C'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Who may apply, by status. */
export const OPEN_TO = ['CIVIL_SERVANT', 'CONTRACT_WORKER'] as const;
export type OpenTo = (typeof OPEN_TO)[number];

/** How a candidate applies. */
export const APPLY_MODES = ['platform', 'external', 'email'] as const;
export type ApplyMode = (typeof APPLY_MODES)[number];

/** Publication status of an offer. `filled` offers are shown but take no application. */
export const OFFER_STATUSES = ['open', 'filled'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** The rich-text sections of an offer, in display order. */
export const SECTION_KEYS = [
  'mission',
  'context',
  'team',
  'tasks',
  'profile',
  'conditions',
  'perks',
  'process',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** How to apply to an offer. */
export type Apply =
  | { mode: 'platform' }
  | { mode: 'external'; url: string }
  | { mode: 'email'; email: string; subject?: string };

/** Where the job is. Codes are INSEE codes (département "75", "2A", "971"; région "11"). */
export interface JobLocation {
  /** City, e.g. "Paris". */
  addressLocality?: string;
  postalCode?: string;
  /** Département code, e.g. "35". */
  departement?: string;
  /** Région code, e.g. "53". */
  region?: string;
}

/** Gross yearly salary in euros. Either bound may be missing. */
export interface Salary {
  min?: number;
  max?: number;
}

/** One offer as lists, cards and filters need it (the feed's light form). */
export interface Offer {
  id: string;
  title: string;
  /** Canonical page of the offer (absolute http(s) URL). */
  url?: string;
  /** Epoch milliseconds. */
  datePosted: number;
  dateModified?: number;
  /** Deadline for applications, epoch milliseconds. */
  validThrough?: number;
  status: OfferStatus;
  employmentType: ContractType[];
  /** Organisation id (a ministry or one of its services). */
  hiringOrganization: string;
  jobLocation: JobLocation;
  remote: RemoteStatus;
  baseSalary?: Salary;
  /** Trade (métier) id. */
  occupationalCategory?: string;
  category: Category[];
  openTo: OpenTo[];
  /** Minimum experience in months (0 when none is required). */
  experienceMonths: number;
  openToBeginners: boolean;
  /** Short plain-text summary for cards (no HTML). */
  excerpt?: string;
  /** Absolute URL of the per-offer document with the full sections. */
  document?: string;
  apply: Apply;
}

/** The full texts of an offer, fetched only when its detail opens. */
export interface OfferDocument {
  id: string;
  /** Section HTML, as found in the feed: NOT sanitised. Sanitise before rendering. */
  sections: Partial<Record<SectionKey, string>>;
  /** Optional extra facts shown in the detail. */
  education?: string;
  contractDuration?: string;
}

/** A ministry, or one of its recruiting services (then `parent` is set). */
export interface Organisation {
  id: string;
  name: string;
  acronym?: string;
  /** Parent organisation id. */
  parent?: string;
  url?: string;
  /** Absolute URL of this organisation's feed slice, when the feed is sliced. */
  feed?: string;
}

export interface TradeFamily {
  id: string;
  name: string;
  description?: string;
}

/** A trade (métier), from the reference métiers of Place de l'emploi public. */
export interface Trade {
  id: string;
  name: string;
  family: string;
  description?: string;
  missions: string[];
  skills: string[];
}

export interface Region {
  code: string;
  name: string;
}

export interface Departement {
  code: string;
  name: string;
  region: string;
}

/** A problem found while reading a feed; the item it names was skipped or repaired. */
export interface FeedIssue {
  /** Where: a JSON pointer such as `/offers/12/title`. */
  path: string;
  /** Machine-readable code, e.g. `missing`, `invalid-type`, `invalid-value`, `duplicate`. */
  code: string;
  /** Offer or other item id, when known. */
  id?: string;
  /** What was done: the item was skipped, or the field dropped. */
  action: 'skipped' | 'dropped';
}

/** A normalised feed. */
export interface Feed {
  version: 1;
  /** Epoch milliseconds. */
  generatedAt?: number;
  /** Absolute URL that receives platform applications. */
  applicationEndpoint?: string;
  offers: Offer[];
  organisations: Organisation[];
  families: TradeFamily[];
  trades: Trade[];
  regions: Region[];
  departements: Departement[];
  /** What was skipped or dropped while reading. Empty when the feed was clean. */
  issues: FeedIssue[];
}
