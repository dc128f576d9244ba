// What the manifest runs on every page of the job sites (and of the sites the
// person added): the quick check alone, a few kilobytes. Only a page that might
// be a posting asks the background for the reader (read-page.iife.ts, with the
// extractor), so the rest of a job site (search pages, profiles, feeds) pays for
// nothing more. On single-page sites the check runs again when the address changes.
// It runs as soon as the page's DOM is parsed (`document_end`), so the reader is injected and
// evaluated while the page finishes loading; the reader's first reading waits for the page to
// settle as a `document_idle` script would (page-settled.ts).
// A page the person said is a posting (a site rule) is read though the check finds no sign.
import { send } from '../messages';
import { mightBePosting } from './quick-check';
import { watchNavigation } from './watch-navigation';

const CHECKED = Symbol.for('jobmark.check-page');
const scope = globalThis as { [CHECKED]?: true };

function start(): void {
  scope[CHECKED] = true;
  let asked = false;
  const ask = () => {
    // Once loaded, the reader follows the page's navigation itself.
    asked = true;
    // For `npm run bench` (the phases before the highlights), on the document's timeline; only where the
    // reader comes next, whose highlights tell the page as much: other pages see no sign of Jobmark.
    performance.mark('jobmark:check');
    // The language the page says it is in: the background injects its words with the reader. Cut to what a
    // language tag holds, so a page's odd attribute never makes the request one the background refuses.
    const lang = (document.documentElement.getAttribute('lang') ?? '').slice(0, 35);
    send('page/maybe-posting', { lang }).catch(() => {
      asked = false; // the background was restarting: try again on the next change
    });
  };
  const check = () => {
    if (asked) return;
    if (mightBePosting(document, location.href)) return ask();
    // No sign of one; but the person may have said pages here are postings (a site rule).
    send('page/said-posting', {}).then(
      ({ posting }) => {
        if (posting && !asked) ask();
      },
      () => {},
    );
  };
  watchNavigation(document, check);
  check();
}

if (!scope[CHECKED]) start();
