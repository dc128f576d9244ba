// One posting, one key. A job is reached through tracking links, search pages
// that show it beside others (LinkedIn's currentJobId, Indeed's vjk), company
// career pages that embed an ATS (gh_jid) and apply sub-pages; canonicalUrl()
// maps them all to one address. fingerprint() recognises the same posting on
// two different sites.
import type { JobPosting } from './posting';

/** Query parameters that only say how a person arrived, never which job it is. */
const TRACKING =
  /^(utm_.*|gh_src|ref|refid|referrer|source|src|trk|trackingid|lever-source|lever-origin|origin|from|fbclid|gclid|mc_cid|mc_eid|_hs.*|hs.*|ccuid|clickid|campaignid|tk|vjs|sjdu|advn|adid|bb|xkcb|from_search|pos|feature|icid|iis|iisn)$/i;

/** Where a site names its job in the query, the parameter that identifies it. */
function jobFromQuery(url: URL): URL | null {
  const host = url.hostname.replace(/^www\./, '');
  const q = url.searchParams;
  if (host.endsWith('linkedin.com')) {
    const id = q.get('currentJobId') ?? url.pathname.match(/\/jobs\/view\/(?:[^/]*-)?(\d+)/)?.[1];
    if (id && /^\d+$/.test(id)) return new URL(`https://www.linkedin.com/jobs/view/${id}`);
  }
  if (/(^|\.)indeed\.[a-z.]+$/.test(host)) {
    const id = q.get('jk') ?? q.get('vjk');
    if (id && /^[0-9a-f]+$/i.test(id)) return new URL(`https://${url.hostname}/viewjob?jk=${id}`);
  }
  const gh = q.get('gh_jid');
  if (gh && /^\d+$/.test(gh)) {
    const out = new URL(url.origin + url.pathname);
    out.searchParams.set('gh_jid', gh);
    return out;
  }
  return null;
}

/** The address that names a posting, whatever link led to it. Not a URL? Returned trimmed. */
export function canonicalUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return input.trim();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href;
  const byQuery = jobFromQuery(url);
  if (byQuery) return byQuery.href;
  url.hash = '';
  url.hostname = url.hostname.toLowerCase();
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  // Apply pages are the same posting: Lever's /apply, Workday's /apply, Greenhouse's #app.
  url.pathname = url.pathname.replace(/\/apply\/?$/i, '').replace(/\/+$/, '') || '/';
  return url.href;
}

const squash = (s: string | null) =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** FNV-1a, 32 bits, as 8 hex digits: small and synchronous, enough to tell postings apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The same posting on two sites: same title, same company, same opening of the
 * description once case, punctuation and whitespace are gone. The description's
 * opening is used because aggregators append their own footers.
 */
export function fingerprint(posting: Pick<JobPosting, 'title' | 'company' | 'description'>): string {
  const head = squash(posting.description).split(' ').slice(0, 120).join(' ');
  return `${fnv1a(squash(posting.title))}-${fnv1a(squash(posting.company))}-${fnv1a(head)}`;
}
