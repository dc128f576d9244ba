// The line of facts a post opens with, as Hacker News' "Who is hiring" threads ask for it and
// job threads, newsletters and small boards copy it: "Acme | Senior Engineer | Berlin | REMOTE |
// Full-time | $150k", "23andMe - Software Engineer II - Palo Alto, CA - Hybrid - Full-time".
//
// Its parts are told apart by what they are, as a byline's are (byline.ts): pay, hours, a way of
// working and a web address are facts; a known place is a place. The line is one only where
// some part is such a fact, so that a sentence with dashes is never read as one. The name that
// opens it is the company, where another part (the job's title) stands beside it.

import type { Workplace } from '../model/posting';
import { employmentTypeFrom } from './facts/employment';
import { workplaceFrom } from './facts/workplace';
import { headerParts } from './header-parts';
import { cleanPlace, looksLikePlace } from './location';
import { findSalary } from './salary';
import type { Block } from './sections';

export interface HeaderLine {
  /** The line it was read from: no other reader takes it for a place line. */
  line: string;
  el: Element;
  company: string | null;
  places: string[];
  workplace: Workplace | null;
  /** Some part is the pay or the hours ("SALARY:$95K-145K+", "Full-time"): a job's own terms. */
  terms: boolean;
  /** The job's title: the first part after the company that is no fact ("Acme | Engineer | …"). */
  title: string | null;
}

/** A name: letters, starting with a capital or a digit, a few words, no sentence ("23andMe", "Level 12"). */
const NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}&'’.,\- ]{0,58}$/u;
/** A web address or a bare domain: "https://skysafe.io", "amododesign.com". */
const WEB_ADDRESS = String.raw`(?:https?:\/\/\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})`;
/** A part that is a web address, maybe in brackets: "( https://skysafe.io )", "(amododesign.com)". */
const ADDRESS = new RegExp(String.raw`^\(?\s*${WEB_ADDRESS}\s*\)?$`, 'iu');
/** A web address in brackets after the name: "Felt Clinic ( https://feltclinic.com )". */
const ADDRESS_AFTER_NAME = new RegExp(String.raw`\s*\(\s*${WEB_ADDRESS}\s*\)$`, 'iu');
/** A part in brackets after another: "Brooklyn, NYC (ONSITE)", "REMOTE (Europe)". */
const BRACKETED = /^(.*?)\s*\(([^()]*)\)$/u;

/** How many blocks under the title a header line may stand: it opens the post. */
const HEADER_BLOCKS = 4;

/** The header line among the first blocks under the main heading (main[0]), if there is one. */
export function headerLineOf(main: readonly Block[]): HeaderLine | null {
  for (let i = 1; i < Math.min(main.length, HEADER_BLOCKS + 1); i++) {
    const block = main[i]!;
    if (block.kind === 'heading' || block.text.length > 300) continue;
    const line = readLine(block.text);
    if (line) return { ...line, line: block.text, el: block.el };
  }
  return null;
}

function readLine(text: string): Omit<HeaderLine, 'line' | 'el'> | null {
  const parts = headerParts(text);
  // A part that ends as a sentence does makes the line prose, but for a web address a site cut
  // short ("https://www.opendate.io/careers/senior-full-stack-software-e...").
  if (parts.length < 3 || parts.some((part) => part.length > 90 || (/[.!?]$/.test(part) && !ADDRESS.test(part))))
    return null;
  let facts = 0;
  // The parts that are no fact and no place: the company's name, the job's title, a team.
  const named: string[] = [];
  let terms = false;
  let workplace: Workplace | null = null;
  const places: string[] = [];
  parts.forEach((part, at) => {
    const [, head, inBrackets] = BRACKETED.exec(part) ?? [null, part, ''];
    const way = workplaceFrom(part);
    // "Normcore.io" opening the line is the company's name, a web address elsewhere a fact.
    if (at > 0 && ADDRESS.test(part)) facts++;
    else if (findSalary(part) || isHours(part)) {
      facts++;
      terms = true;
    } else if (way && (!head || workplaceFrom(head))) {
      // "REMOTE (Europe)", "Hybrid or Remote (US)": the way of working, and the place in its brackets.
      facts++;
      workplace ??= way;
      const place = inBrackets!.replace(/\bonly\b/iu, '').trim();
      if (place && looksLikePlace(place)) places.push(cleanPlace(place));
    } else if (looksLikePlace(head!)) {
      places.push(cleanPlace(head!));
      // "Brooklyn, NYC (ONSITE)": the place, and how it is worked there.
      const there = workplaceFrom(inBrackets!);
      if (there) facts++;
      workplace ??= there;
    } else named.push(part);
  });
  if (!facts) return null;
  // The company opens the line, and another part (the title) stands beside it: "Acme | Engineer | …".
  const first = parts[0]!.replace(ADDRESS_AFTER_NAME, '');
  const company = named.length >= 2 && NAME.test(first) && !looksLikePlace(first) ? first : null;
  const title = company ? (named[1] ?? null) : null;
  return company || places.length ? { company, places, workplace, terms, title } : null;
}

/**
 * A part that names the hours or the contract, maybe with a word or two more ("Full-time",
 * "Full time permanent"): a fact of the line. Looser than the employment type the line states
 * (facts/employment.ts typeOfPart), which must be the type's words alone.
 */
function isHours(part: string): boolean {
  return !!employmentTypeFrom(part) && part.split(/\s+/).length <= 4;
}
