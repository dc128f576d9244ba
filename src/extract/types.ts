// What a source reports: facts with the elements they stand in, before the
// merge (merge.ts) turns elements into node paths.

import type {
  Education,
  EmploymentType,
  ExperienceYears,
  Salary,
  Seniority,
  SourceId,
  Workplace,
} from '../model/posting';
import type { PageIndex } from './dom';
import type { Block, SectionKind, Sections } from './sections';
import type { Steps } from './steps';

export interface Found<T> {
  value: T;
  /** Where it stands: one element (or null) for a single fact, one per item for a list. */
  at: (Element | null)[];
}

/** A fact a reader found in a text, and the offset in that text where it found it. */
export interface FoundInText<T> {
  value: T;
  at: number;
}

export interface Reading {
  /** true: the source knows this is one posting; false: it knows it is not (a list, a bot check). */
  posting?: boolean;
  title?: Found<string>;
  company?: Found<string>;
  locations?: Found<string[]>;
  workplace?: Found<Workplace>;
  employmentType?: Found<EmploymentType>;
  seniority?: Found<Seniority>;
  salary?: Found<Salary>;
  salaryText?: Found<string>;
  applyUrl?: Found<string>;
  datePosted?: Found<string>;
  skills?: Found<string[]>;
  education?: Found<Education[]>;
  experienceYears?: Found<ExperienceYears>;
  visaSponsorship?: Found<boolean>;
  languages?: Found<string[]>;
  responsibilities?: Found<string[]>;
  requirements?: Found<string[]>;
  niceToHave?: Found<string[]>;
  benefits?: Found<string[]>;
  /**
   * The posting's body: an element whose blocks hold the description and its
   * parts. It may live in the page (paths are recorded) or in an inert document
   * parsed from structured data (no paths).
   */
  body?: Element;
  /** The description as HTML, to be parsed into an inert document only if the merge needs it. */
  bodyHtml?: string;
  /** Plain text of the description where no element holds it. */
  descriptionText?: string;
  /** Facts this source knows better than structured data (a site's own embedded state). */
  authoritative?: (keyof Reading)[];
  /** The readable blocks of the posting in the page, where the source already walked them. */
  blocks?: Block[];
  /** The parts the source read from those blocks (sectionsOf): the body chosen from them is not read twice. */
  blockSections?: Sections;
}

export type FactKey = Exclude<
  keyof Reading,
  'posting' | 'body' | 'bodyHtml' | 'descriptionText' | 'authoritative' | 'blocks' | 'blockSections'
>;

export interface Context {
  doc: Document;
  url: string;
  /** The page URL parsed, or null where none was given. */
  u: URL | null;
  /** The document's body, or its root for a fragment without one. */
  root: Element;
  /** What one walk of the page found (classes, ids, scripts, metas, links). */
  index: PageIndex;
}

/** A reader of one kind of page. Site sources match by host and path; generic sources always run. */
export interface Source {
  id: SourceId;
  /** Whether this source applies to the page (site sources: by URL and by page structure). */
  matches(ctx: Context): boolean;
  read(ctx: Context): Reading | null;
  /** The same reading in steps (steps.ts), where it is long enough to block a page (the generic reader). */
  readInSteps?(ctx: Context): Steps<Reading | null>;
}

export type ListKind = SectionKind;

export function found<T>(value: T | null | undefined, el: Element | null = null): Found<T> | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && !value) return undefined;
  if (Array.isArray(value) && !value.length) return undefined;
  return { value, at: [el] };
}
