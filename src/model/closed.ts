// Whether a reading of a posting's page says the posting is closed, though the page
// still shows it (a banner: "No longer accepting applications"). The words are data
// (closed-words.ts); a page that holds no posting at all is closed without words.
import { CLOSED_PHRASES } from './closed-words';
import type { JobPosting } from './posting';
import { regexLiteral } from './regex-literal';

/** Lower case, accents away, one kind of apostrophe and of space: how the phrases are written. */
const folded = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/\s+/g, ' ');

const CLOSED = new RegExp(
  `(?<![\\p{L}])(?:${Object.values(CLOSED_PHRASES).flat().map(regexLiteral).join('|')})(?![\\p{L}])`,
  'u',
);

export function saysClosed(reading: Pick<JobPosting, 'title' | 'description'>): boolean {
  return CLOSED.test(folded(`${reading.title ?? ''}\n${reading.description}`));
}
