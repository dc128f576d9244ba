// The addresses a tab's page links to, read in the extension's own world of that
// page (scripting.executeScript, allowed on the job sites Jobmark already reads):
// for a board's whole list, to tell which saved jobs it no longer shows (issue 18).
// What comes back is the page's, so untrusted: the route checks its shape.
import { browser } from '../platform';

/** Runs in the page: where it is (the tab may have moved on since it asked), and every link's address. */
function linksHere(): { at: string; links: string[] } {
  return { at: location.href, links: Array.from(document.links, (link) => link.href) };
}

/** Where the page in `tabId` is and the addresses it links to, unchecked; null where Jobmark may not read it. */
export async function pageLinks(tabId: number): Promise<unknown> {
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: linksHere });
    return frame?.result ?? null;
  } catch {
    return null; // no permission for this tab, or it navigated away
  }
}
