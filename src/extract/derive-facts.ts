// Facts read from the posting's text once the sources have spoken: seniority from the title,
// skills, the salary as written, workplace, employment type, years of experience, degrees,
// visa sponsorship and spoken languages. A source's own reading of a fact wins; each fact read
// here is credited to the body and points at the element whose text holds it.
import type { EmploymentType, JobPosting, PostingField } from '../model/posting';
import type { Body } from './choose-body';
import { educationIn } from './facts/education';
import {
  employmentTypeFrom,
  employmentTypeStated,
  saysPartTime,
  typeFromShare,
  typeFromWeeklyHours,
} from './facts/employment';
import { experienceYearsIn } from './facts/experience';
import { spokenLanguagesIn } from './facts/languages';
import { seniorityFromTitle } from './facts/seniority';
import { visaSponsorshipIn } from './facts/visa';
import { workplaceFrom, workplaceInText } from './facts/workplace';
import type { Merger } from './merge';
import { salaryInText } from './salary';
import { findSkills } from './skills';
import { PRACTICES } from './skills-data';
import type { Steps } from './steps';
import { fold } from './text';
import { elementAtOffset, elementMatching } from './text-index';
import type { FoundInText } from './types';
import { currentWords, type Words } from './words';

/** Records a fact read from the body's text, credited to the body, at an element (or at none). */
function derived(merger: Merger, body: Body, field: PostingField, el: Element | null): void {
  merger.record(field, body.source, [el]);
}

/** The facts a reader of free text finds, where no source gave them; shown at their first mention. */
type TextFact = keyof Words['MENTIONS'];

/**
 * The element of the first block that mentions a fact's words. The reader's own offset (its
 * `at`) is often a better place to show, but recording it changes provenance on 19 of the 114
 * snapshot pages, so it waits for a change of behaviour (see `mentions` in words/lexicon.ts).
 */
function firstMention(body: Body, fact: TextFact): Element | null {
  const { MENTIONS } = currentWords();
  return elementMatching(body.index, MENTIONS[fact]);
}

/** Reads a fact no source gave from the body's text. */
function readFromText<K extends TextFact>(
  posting: JobPosting,
  merger: Merger,
  body: Body,
  fact: K,
  read: (text: string) => FoundInText<NonNullable<JobPosting[K]>> | null,
): void {
  const found = read(body.text);
  if (!found) return;
  posting[fact] = found.value;
  derived(merger, body, fact, firstMention(body, fact));
}

/** A title's level outranks a site's field ("Senior Engineer" with "Mid-Senior level"). */
function deriveSeniority(posting: JobPosting, merger: Merger, body: Body): void {
  const fromSource = merger.take('seniority');
  const fromTitle = posting.title ? seniorityFromTitle(posting.title) : null;
  posting.seniority = fromTitle ?? fromSource;
  if (fromTitle) merger.record('seniority', merger.provenance.title?.source ?? body.source, [null]);
}

/** Technologies named in the title and the text, then the site's own list. */
function deriveSkills(posting: JobPosting, merger: Merger, body: Body): void {
  const skills = new Map<string, Element | null>();
  for (const text of [posting.title ?? '', body.text]) {
    for (const hit of findSkills(text)) {
      if (!skills.has(hit.name))
        skills.set(hit.name, text === body.text ? elementAtOffset(body.index, hit.start) : null);
    }
  }
  const own = merger.pick('skills');
  if (own) for (const name of own.found.value) if (!skills.has(name)) skills.set(name, null);
  // Practices are not tools: the person reads "CI/CD" or "REST" as how a team works, not as a
  // technology to list (the skills matcher still finds them for highlighting elsewhere).
  for (const name of PRACTICES) skills.delete(name);
  // The hiring company's own product ("Zscaler", "Vercel") is not a skill the posting asks for,
  // nor is its name's first word ("Zig" of "Zig Conversational").
  const company = posting.company ? fold(posting.company) : '';
  const first = company.split(' ')[0]!;
  const names = new Set([company, ...(first !== company && first.length >= 3 ? [first] : [])]);
  for (const name of [...skills.keys()]) if (names.has(fold(name))) skills.delete(name);
  posting.skills = [...skills.keys()];
  if (posting.skills.length) merger.record('skills', body.source, [...skills.values()]);
}

/** The salary as the text writes it; its amounts where no source gave them. */
function deriveSalary(posting: JobPosting, merger: Merger, body: Body): void {
  const found = salaryInText(body.text);
  if (!found) return;
  posting.salaryText = found.text;
  if (posting.salary) return;
  posting.salary = found.salary;
  derived(merger, body, 'salary', elementAtOffset(body.index, found.start));
}

function deriveWorkplace(posting: JobPosting, merger: Merger, body: Body): void {
  if (!posting.workplace && posting.locations.length) {
    // "Remote - USA", "Hybrid (Prague)": the location line says how the job is worked.
    const workplace = workplaceFrom(posting.locations.join(' | '));
    if (workplace) {
      posting.workplace = workplace;
      merger.provenance.workplace = {
        source: merger.provenance.locations?.source ?? body.source,
        at: merger.provenance.locations?.at.slice(0, 1) ?? [null],
      };
    }
  }
  // "Senior Engineer - Remote", "Data Analyst (Hybrid)", "[Remoto] Developer", "Designer (UX/UI) -
  // Remote / Luxembourg - Fulltime": a short last, bracketed first or dashed part of the title
  // says how it is worked.
  const ends = posting.title
    ? [
        TITLE_TAIL.exec(posting.title)?.[1],
        TITLE_HEAD.exec(posting.title)?.[1],
        ...posting.title.split(TITLE_PART_GAP).slice(1, -1),
      ]
    : [];
  // Words, not marks: "[Remoto - Home Office]", "[São Paulo / Remoto ]" are three words each.
  const end = ends.find((part) => part && (part.match(/\p{L}+/gu)?.length ?? 0) <= 3 && workplaceFrom(part));
  const fromTitle = !posting.workplace && end ? workplaceFrom(end) : null;
  if (fromTitle) {
    posting.workplace = fromTitle;
    merger.provenance.workplace = { source: merger.provenance.title?.source ?? body.source, at: [null] };
  }
  if (!posting.workplace) readFromText(posting, merger, body, 'workplace', workplaceInText);
}

/** The last part of a title, after a dash, a bar, a comma or in brackets. */
const TITLE_TAIL = /(?:\s[-–—|]\s|,\s|\()\s*([^-–—|,()]{2,40}?)\)?\s*$/u;
/** What parts a title's parts: a spaced dash or bar. */
const TITLE_PART_GAP = /\s[-–—|]\s/u;
/** Brackets that open a title: "[Remoto] Back-end Developer". */
const TITLE_HEAD = /^\s*[[(]([^\])]{2,30})[\])]/u;

/** A text that says the role is part-time outranks a box's "Full-time"; the text's type where no source gave one. */
function deriveEmploymentType(posting: JobPosting, merger: Merger, body: Body): void {
  if (posting.employmentType === 'full-time' && saysPartTime(body.text)) {
    posting.employmentType = 'part-time';
    derived(merger, body, 'employmentType', null);
  }
  if (posting.employmentType) return;
  // The title as the page gave it: the words tidied away with its company ("Administrator*in bei
  // der OKF (50% E13/3, ab sofort)") may say how much of a week it is.
  const title = merger.pick('title')?.found.value ?? posting.title ?? '';
  const stated = employmentTypeStated(body.text, title);
  const hours = typeFromWeeklyHours(`${title}\n${body.text}`);
  // "40h/Woche … Die Position ist bis 2021 befristet": the hours say what the job is each week,
  // the end date only how long it lasts.
  const type =
    (stated === 'temporary' && hours) || stated || hours || typeFromShare(title, body.text) || typeByTitleWord(title);
  if (!type) return;
  posting.employmentType = type;
  derived(merger, body, 'employmentType', null);
}

/**
 * The type a title's own word says, wherever it stands, where it says what the job is rather than
 * naming a job ("Contract Specialist", which employmentTypeStated sets aside):
 * - an internship where the word makes the job an intern's ("Stage Buying Support", "Vaga de
 *   estágio em …");
 * - a temporary job, the word for a job that ends ("Temporary Staff", "Interim Leiter Controlling",
 *   "Elektriker (midlertidig)", "Développeur de logiciel temporaire");
 * - full- or part-time where the title ends in a board's tag for the hours ("Mechanic - FT",
 *   "Baker -PTU").
 */
function typeByTitleWord(title: string): EmploymentType | null {
  for (const [hours, tag] of currentWords().TITLE_HOURS_TAG) if (tag.test(title)) return hours;
  const type = employmentTypeFrom(title);
  if (type === 'internship') return seniorityFromTitle(title) === 'intern' ? type : null;
  return type === 'temporary' ? type : null;
}

/**
 * The languages a posting asks for stand in its must-haves and nice-to-haves; reading only
 * those is faster and keeps "our offices speak 12 languages" out. Read from them joined, a text
 * that is not the page's, the languages point at no element.
 */
function deriveLanguages(posting: JobPosting, merger: Merger, body: Body): void {
  if (posting.languages.length) return;
  const asks = [...posting.requirements, ...posting.niceToHave];
  const found = spokenLanguagesIn(asks.length >= 2 ? asks.join('\n') : body.text);
  if (!found) return;
  posting.languages = found.value;
  derived(merger, body, 'languages', null);
}

/**
 * Fills the posting's facts read from its text, in the order their provenance is recorded; a step
 * each for the facts whose patterns cost most the first time a page runs them (steps.ts).
 */
export function* deriveFactSteps(posting: JobPosting, merger: Merger, body: Body): Steps<void> {
  deriveSeniority(posting, merger, body);
  yield;
  deriveSkills(posting, merger, body);
  yield;
  deriveSalary(posting, merger, body);
  yield;
  deriveWorkplace(posting, merger, body);
  deriveEmploymentType(posting, merger, body);
  yield;
  if (!posting.experienceYears) readFromText(posting, merger, body, 'experienceYears', experienceYearsIn);
  // Degrees are often named outside the parts ("Minimum education: Bachelor's"): read from the whole text.
  if (!posting.education.length) readFromText(posting, merger, body, 'education', educationIn);
  yield;
  if (posting.visaSponsorship === null) readFromText(posting, merger, body, 'visaSponsorship', visaSponsorshipIn);
  deriveLanguages(posting, merger, body);
}
