// "Label: value" facts as pages print them in a details box ("Job type:
// Full-time", "Experience level: Junior", "Místo pracoviště: Praha"), in the
// languages of the sections. Used by the generic reader and by site sources.
import type { EmploymentType, Salary, Seniority, Workplace } from '../model/posting';
import { isoDate } from './dates';
import { employmentTypeFrom, typeFromShareValue } from './facts/employment';
import { seniorityFromText } from './facts/seniority';
import { workplaceFrom } from './facts/workplace';
import { cleanPlace } from './location';
import { findSalary } from './salary';
import { fold } from './text';
import { currentWords, perWords, sharedPattern } from './words';

export type LabelKind =
  | 'employmentType'
  | 'seniority'
  | 'workplace'
  | 'location'
  | 'salary'
  | 'datePosted'
  | 'company'
  | 'deadline';

export function labelKind(label: string): LabelKind | null {
  const { LABEL_PATTERNS } = currentWords();
  const folded = fold(label)
    .replace(/[:：]\s*$/, '')
    .trim();
  if (!folded || folded.length > 40) return null;
  // Swedish labels are those of Teamtailor's details box ("Ort", "Distansarbete", "Anställningsform").
  for (const [kind, pattern] of LABEL_PATTERNS) if (pattern.test(folded)) return kind;
  return null;
}

/** A company's name as a row gives it: up to 80 characters, no colon, no sentence's end but a legal form's dot. */
const COMPANY_NAME = /^[\p{L}\p{N}][^:：!?]{0,79}$/u;
const endsSentence = (text: string): boolean => text.endsWith('.') && !currentWords().ENDS_IN_LEGAL_FORM.test(text);

/** Another label run into a value: " Schedule: Full Time" after "Fully Remote". */
const NEXT_LABEL = /\s\p{Lu}\p{Ll}+[:：]\s[\s\S]*$/u;

/** The workplace labels of the reading's languages, each to blank out every match (onlyWorkplace). */
const WORKPLACE_LABELS = perWords(({ LABEL_REMOTE, LABEL_HYBRID, LABEL_ONSITE }) =>
  [LABEL_REMOTE, LABEL_HYBRID, LABEL_ONSITE].map((label) => sharedPattern(label.source, 'giu')),
);

/** A place value that only names a way of working ("Remote", "Fully Remote", "Hybrid"): no place. */
export function onlyWorkplace(place: string): boolean {
  if (!workplaceFrom(place)) return false;
  const rest = WORKPLACE_LABELS().reduce((text, label) => text.replace(label, ' '), place);
  return !/\p{L}/u.test(rest);
}

/**
 * A form of contract stated in its own row ("Typ smluvního vztahu: práce na živnostenský list
 * (IČO)") says more of the job than the hours in another ("Typ úvazku: Práce na plný úvazek"):
 * the person is not employed.
 */
export function outranks(type: EmploymentType, than: EmploymentType, row: string): boolean {
  const { EMPLOYED } = currentWords();
  // "pracovní smlouva, práce na živnostenský list (IČO)" offers employment too: the hours stand.
  return type === 'contract' && (than === 'full-time' || than === 'part-time') && !EMPLOYED.test(row);
}

export interface LabelFacts {
  employmentType?: EmploymentType;
  seniority?: Seniority;
  workplace?: Workplace;
  location?: string;
  salary?: { salary: Salary; text: string };
  datePosted?: string;
  company?: string;
  /** The page names a last day to apply ("Deadline: January 9, 2026", "Søknadsfrist: snarest"): an ad's sign. */
  deadline?: boolean;
}

/** Reads one labelled value into facts; returns the kind it filled, if any. */
export function readLabel(label: string, value: string, into: LabelFacts): LabelKind | null {
  return readValue(labelKind(label), value, into);
}

/** Reads a value of a known kind (null: no kind) into facts; returns the kind it filled, if any. */
export function readValue(kind: LabelKind | null, value: string, into: LabelFacts): LabelKind | null {
  const text = value.trim();
  if (!kind || !text || text.length > 200) return null;
  switch (kind) {
    case 'employmentType': {
      // "Stillingsprosent: 100%", "Arbeitspensum: 80 %": a row of the share of a full position.
      const type = employmentTypeFrom(text) ?? typeFromShareValue(text);
      if (type && (!into.employmentType || outranks(type, into.employmentType, text))) into.employmentType = type;
      return type ? kind : null;
    }
    case 'seniority': {
      const level = seniorityFromText(text);
      if (level && !into.seniority) into.seniority = level;
      return level ? kind : null;
    }
    case 'workplace': {
      const workplace = workplaceFrom(text);
      if (workplace && !into.workplace) into.workplace = workplace;
      return workplace ? kind : null;
    }
    case 'location': {
      // "Fully Remote Schedule: Full Time (40 hours/week)": the value ends where the next label starts.
      const place = cleanPlace(text.replace(NEXT_LABEL, ''));
      // "Location: Remote" says how the job is worked, whatever place the page names elsewhere.
      const workplace = workplaceFrom(place);
      if (workplace && !into.workplace) into.workplace = workplace;
      // "This role is open to remote candidates based in the US or UK.": a sentence is no place line.
      if (!place || (endsSentence(place) && place.split(' ').length >= 6)) return null;
      if (!into.location && place.length <= 120) into.location = place;
      return kind;
    }
    case 'salary': {
      const found = findSalary(text);
      if (found && !into.salary) into.salary = { salary: found.salary, text: found.text };
      return found ? kind : null;
    }
    case 'datePosted': {
      const date = isoDate(text);
      if (date && !into.datePosted) into.datePosted = date;
      return date ? kind : null;
    }
    case 'deadline': {
      into.deadline = true;
      return kind;
    }
    case 'company': {
      // A name, not the first sentence of an "About the company" part under a bare "Unternehmen".
      const name = COMPANY_NAME.test(text) && !endsSentence(text) && text.split(' ').length <= 6 ? text : null;
      if (name && !into.company) into.company = name;
      return name ? kind : null;
    }
  }
}

/** "Job type: Full-time" → ["Job type", "Full-time"], or null for text that is not a label and value. */
export function splitLabel(text: string): [string, string] | null {
  const m = /^([\p{L}][\p{L}' /-]{1,38}?)\s*[:：]\s*(.{1,200})$/u.exec(text);
  return m ? [m[1]!, m[2]!] : null;
}
