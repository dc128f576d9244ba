// The posting as Jobmark reads it off a page: plain, serialisable data that
// crosses from the content script to the background and is stored as a snapshot.
// Field names and value forms follow ../shared/fixtures/README.md.
import { groupedNumber } from './grouped-number';

export type Workplace = 'remote' | 'hybrid' | 'onsite';
export type EmploymentType = 'full-time' | 'part-time' | 'contract' | 'temporary' | 'internship';
export type Seniority =
  | 'intern'
  | 'junior'
  | 'mid'
  | 'senior'
  | 'staff'
  | 'principal'
  | 'lead'
  | 'manager'
  | 'director'
  | 'executive';
export type SalaryPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';
export type Education = 'bachelor' | 'master' | 'phd';

export interface Salary {
  /** In full units of the currency: "$150k" is 150000. min = max for one figure. */
  min: number;
  /** null where the page leaves the range open above: "From £55,000", "$120k+". */
  max: number | null;
  /** ISO 4217 code, or null where the page gives no currency. */
  currency: string | null;
  period: SalaryPeriod | null;
}

export interface ExperienceYears {
  min: number;
  max?: number;
}

/** Which reader found a fact. Site sources are named `site:<name>`. */
export type SourceId = 'json-ld' | 'microdata' | 'meta' | 'generic' | `site:${string}`;

/**
 * Where a fact stands on the page: the indexes of element children from
 * document.documentElement down to the element that holds it. Plain numbers so
 * it survives structured cloning; the content script turns it back into a node.
 */
export type NodePath = number[];

export interface FieldOrigin {
  source: SourceId;
  /** For list fields, one entry per item (null where an item has no visible node); for others at most one. */
  at: (NodePath | null)[];
  /**
   * A part of the posting that no heading named: its items were given their part by what they
   * say ("5 years of Go" asks for experience). Jobmark is less sure of it, and says so.
   */
  guessed?: true;
  /**
   * For the four parts: per item, the words of the heading it stood under on the page (null under none),
   * so a person who moves a whole heading's part can be offered a rule for the site (extract/item-headings.ts).
   */
  under?: (string | null)[];
}

/** The fields a person reads off a posting, in the order they are shown. */
export const POSTING_FIELDS = [
  'title',
  'company',
  'locations',
  'workplace',
  'employmentType',
  'seniority',
  'salary',
  'applyUrl',
  'datePosted',
  'skills',
  'education',
  'experienceYears',
  'responsibilities',
  'requirements',
  'niceToHave',
  'benefits',
  'visaSponsorship',
  'languages',
] as const;
export type PostingField = (typeof POSTING_FIELDS)[number];

export interface JobPosting {
  isJobPosting: boolean;
  /** The URL the posting was read from (as given to the extractor). */
  url: string;
  title: string | null;
  company: string | null;
  locations: string[];
  workplace: Workplace | null;
  employmentType: EmploymentType | null;
  seniority: Seniority | null;
  salary: Salary | null;
  /** The salary as the page writes it ("$150-190k"). */
  salaryText: string | null;
  applyUrl: string | null;
  /** YYYY-MM-DD, only from an absolute date. */
  datePosted: string | null;
  skills: string[];
  education: Education[];
  experienceYears: ExperienceYears | null;
  responsibilities: string[];
  requirements: string[];
  niceToHave: string[];
  benefits: string[];
  /** true: sponsorship offered; false: the page says it is not; null: not stated. */
  visaSponsorship: boolean | null;
  /** Spoken languages the posting asks for ("English", "German"). */
  languages: string[];
  /** The posting's text, plain, for search and for recognising the same job on two sites. */
  description: string;
  provenance: Partial<Record<PostingField, FieldOrigin>>;
}

/** The answer for a page that is not one job posting: every field empty. */
export function notAPosting(url: string): JobPosting {
  return {
    isJobPosting: false,
    url,
    title: null,
    company: null,
    locations: [],
    workplace: null,
    employmentType: null,
    seniority: null,
    salary: null,
    salaryText: null,
    applyUrl: null,
    datePosted: null,
    skills: [],
    education: [],
    experienceYears: null,
    responsibilities: [],
    requirements: [],
    niceToHave: [],
    benefits: [],
    visaSponsorship: null,
    languages: [],
    description: '',
    provenance: {},
  };
}

/**
 * The salary as the page wrote it, or built from the numbers where it wrote none
 * ("USD 150,000–190,000 per year", "GBP from 55,000 per year"); null without one.
 * One wording for the page panel, the dashboard and the exports.
 */
export function describeSalary(posting: Pick<JobPosting, 'salary' | 'salaryText'>): string | null {
  if (posting.salaryText?.trim()) return posting.salaryText.trim();
  const s = posting.salary;
  if (!s) return null;
  const amount = groupedNumber;
  const range =
    s.max === null ? `from ${amount(s.min)}` : s.min === s.max ? amount(s.min) : `${amount(s.min)}–${amount(s.max)}`;
  return [s.currency, range, s.period ? `per ${s.period}` : null].filter(Boolean).join(' ');
}
