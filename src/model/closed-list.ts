// A posting closed, seen from its board's list (issue 18 §3): where a job board's
// list page, at its own address with no filter, lists every posting the board
// publishes on one page, a job of that board that such a list showed once and
// shows no more has been taken down. Conservative on purpose, since a wrong
// "closed" misleads a person about a job they want:
// - only boards whose list is known to be whole (one page, no paging, rendered with
//   the page, not brought in as it is scrolled): the data below. A filtered list
//   (any query left once tracking is removed) or another path is never whole;
// - only a job a whole list showed before: a board may publish a posting without
//   listing it (Lever's "unlisted" postings, shared by link), and such a job is
//   never closed by its absence;
// - a list that shows no posting of the board at all (an error page, a page not
//   loaded, a board emptied) closes nothing;
// - a job closed by a list opens again when a list shows it again; one its own page
//   said was closed stays closed until its page shows it open (store/revisits.ts).
import { canonicalUrl } from './canonical';

interface WholeList {
  /** The board's hosts. */
  hosts: readonly string[];
  /** The list's path: its one group is the company. */
  list: RegExp;
  /** Whether a path (of a canonical address) is one of the company's postings. */
  posting: (company: string, path: string) => boolean;
}

/** Boards whose list page lists every posting on one page. Lever: jobs.lever.co/acme, postings at /acme/<id>. */
const WHOLE_LISTS: readonly WholeList[] = [
  {
    hosts: ['jobs.lever.co', 'jobs.eu.lever.co'],
    list: /^\/([A-Za-z0-9][\w.-]*)\/?$/,
    posting: (company, path) => {
      const [, first, id, ...rest] = path.split('/');
      return first === company && id !== undefined && /^[\w-]+$/.test(id) && rest.length === 0;
    },
  },
];

/** A board's whole list, as read from its address. */
export interface BoardList {
  /** What every posting address of the board starts with ("https://jobs.lever.co/acme/"). */
  prefix: string;
  /** Whether a canonical address is one of the board's postings. */
  lists(canonical: string): boolean;
}

/** The board whose whole list `address` is, or null: any other page, a filtered list, another site. */
export function wholeBoardList(address: string): BoardList | null {
  let url: URL;
  try {
    url = new URL(canonicalUrl(address));
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.search || url.username || url.password || url.port) return null;
  for (const board of WHOLE_LISTS) {
    if (!board.hosts.includes(url.hostname)) continue;
    const company = board.list.exec(url.pathname)?.[1];
    if (!company) return null;
    const prefix = `${url.origin}/${company}/`;
    return {
      prefix,
      lists(canonical) {
        if (!canonical.startsWith(prefix)) return false;
        const at = new URL(canonical);
        return !at.search && board.posting(company, at.pathname);
      },
    };
  }
  return null;
}

/** How many links a list may hold and still be read: more, and the page is not read as a list at all. */
export const MAX_LIST_LINKS = 5000;

/**
 * The board's postings a whole list links to, as canonical addresses; null where the list cannot be
 * trusted to say what is closed: no posting of the board among its links (an error page, a page not
 * yet drawn, an emptied board), or more links than any list holds.
 */
export function listedPostings(board: BoardList, links: readonly string[]): Set<string> | null {
  if (links.length > MAX_LIST_LINKS) return null;
  const listed = new Set(links.map(canonicalUrl).filter((link) => board.lists(link)));
  return listed.size ? listed : null;
}
