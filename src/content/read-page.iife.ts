// The page reader: reads the page it runs in, paints what it found, shows the
// panel, and tells the background. Built as one self-contained file (the .iife
// name tells @crxjs so). It is never loaded on its own: the background injects it
// when check-page.iife.ts finds a likely posting on a job site, or when the person
// asks (toolbar, shortcut, context menu), and then sends it 'content/read'.
// It stores nothing itself.
import { extractJobInSteps } from '../extract';
import { applyRules } from '../extract/apply-rules';
import { type ContentReadRequest, isFailure, send } from '../messages';
import type { CorrectionEdit } from '../model/correction-edit';
import { withCorrections } from '../model/corrections';
import { type JobPosting, notAPosting } from '../model/posting';
import type { SavedJob } from '../model/saved-job';
import { pageSays, type SiteRule } from '../model/site-rules';
import { onRuntimeMessage } from '../platform-runtime';
import { barePosting } from './bare-posting';
import { clearHighlights, paintHighlights } from './highlight';
import { pageSettled } from './page-settled';
import { Panel } from './panel';
import { PanelCorrections } from './panel-corrections';
import { PanelNotes } from './panel-notes';
import { mightBePosting } from './quick-check';
import { watchSelection } from './selection';
import { watchNavigation } from './watch-navigation';
import { loadDeclaredWords, readWithWords } from './word-packs';

// Injected again (the person pressed the shortcut on a page the manifest already
// covers): this world already runs Jobmark, and the background's read request
// reaches that instance.
const LOADED = Symbol.for('jobmark.content');
const scope = globalThis as { [LOADED]?: true };

function start(): void {
  scope[LOADED] = true;
  // On the document's timeline, for `npm run bench`: when the reader's code has been evaluated.
  performance.mark('jobmark:reader');
  loadDeclaredWords(document);
  /** The reading shown: the site's rules laid over the reader's own result (`own`), before the person's corrections. */
  let shown: JobPosting | null = null;
  /** The reader's own result, which every message to the background carries (it lays the rules over it itself). */
  let own: JobPosting | null = null;
  let panel: Panel | null = null;
  let corrections: PanelCorrections | null = null;
  let notes: PanelNotes | null = null;
  /** Saves done from this page, so a read's answer of "not saved" sent before one never undoes it. */
  let saves = 0;
  let panelReady: Promise<void> | null = null;
  /** Reads started, to tell the newest, and what the newest will answer. */
  let reads = 0;
  let latest: Promise<JobPosting> | null = null;

  const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

  function thePanel(): Panel {
    if (panel) return panel;
    const made = new Panel(document, {
      save: () => void save(),
      remember: (settings) => send('panel/set', { panel: settings }).catch(() => {}),
    });
    panelReady = send('panel/get', {})
      .then(({ panel: settings }) => made.apply(settings, false))
      .catch(() => {});
    panel = made;
    corrections = new PanelCorrections(document, made.root, { correct });
    notes = new PanelNotes(document);
    made.extra.append(notes.element, corrections.element);
    const form = corrections;
    watchSelection(document, made.host, (selected) => form.setSelected(selected));
    return made;
  }

  /** A correction made in the panel: the background saves the job if it is not yet, and keeps the correction. */
  async function correct(edit: CorrectionEdit): Promise<void> {
    if (!own || !panel) return;
    const { job } = await send('page/correct', { posting: own, edit });
    panel.setSaved(job);
    showCorrected(job);
  }

  async function save(): Promise<void> {
    if (!own || !panel) return;
    panel.setBusy();
    try {
      const { job } = await send('page/save', { posting: own });
      saves++;
      panel.setSaved(job);
    } catch (error) {
      panel.setSaved(null);
      panel.setError(errorText(error));
    }
  }

  /**
   * The reading with the saved job's corrections laid over it: the panel's facts and
   * the highlights follow a correction made in the popup or the dashboard at once.
   */
  function showCorrected(job: SavedJob): void {
    if (!shown || !panel) return;
    const posting = withCorrections(shown, job.corrections);
    panel.showPosting(posting, paintHighlights(document, posting));
    // The form corrects the job as saved, which is the reading shown when it was saved here.
    corrections?.show(job.posting.url === shown.url ? job.posting : shown, job.corrections);
  }

  function forget(): void {
    clearHighlights();
    panel?.remove();
    corrections?.hide();
    if (shown) send('page/read', { posting: notAPosting(location.href) }).catch(() => {});
    shown = own = null;
  }

  /** The person says, in the panel, that this page is a posting: the site remembers it, and the page is read again. */
  async function isPosting(): Promise<void> {
    await send('page/is-posting', {});
    await read({ force: true, tellIfNone: true, save: false });
  }

  /**
   * The reader's own reading of the page, with the words of its languages (word-packs.ts), made in
   * steps with the page's tasks between them: the first reading in a tab spends 90–200 ms compiling
   * patterns, which as one task would block the page (issue 20).
   */
  const readPage = () => readWithWords(() => extractJobInSteps(document, location.href));

  /**
   * The reader's own result; where the rules say the page is a posting and the reader found none,
   * the page as a posting with its title and text, for the person to mark what matters.
   */
  async function readOwn(rules: readonly SiteRule[], read?: JobPosting | null): Promise<JobPosting> {
    const posting = read ?? (await readPage());
    return !posting.isJobPosting && pageSays(location.href, rules) === 'posting'
      ? barePosting(document, location.href)
      : posting;
  }

  /** Reads run one over the other (a page's own read, the person's, a new address): the newest wins. */
  function read(request: ContentReadRequest): Promise<JobPosting> {
    latest = readNow(request, ++reads);
    return latest;
  }

  async function readNow({ force, tellIfNone, save: andSave }: ContentReadRequest, mine: number): Promise<JobPosting> {
    performance.mark('jobmark:read-start');
    // What a person's corrections taught Jobmark about this site; without them, the reader's own result.
    // Asked first, and the page read while the background answers: the round trip costs no time.
    const asking = send('page/rules', {}).then(
      (answer) => answer.rules,
      (): SiteRule[] => [],
    );
    const early = force || mightBePosting(document, location.href) ? await readPage() : null;
    performance.measure('jobmark:extract', 'jobmark:read-start');
    const rules = await asking;
    // A newer read started meanwhile (the person said "this page is a posting", the page changed job):
    // its rules are newer, and what it shows must not be taken off by this one.
    if (mine !== reads && latest) return latest;
    if (!early && pageSays(location.href, rules) !== 'posting') {
      forget();
      return notAPosting(location.href);
    }
    const reading = await readOwn(rules, early);
    // The reading is made in steps: a newer read may have started while it was.
    if (mine !== reads && latest) return latest;
    const posting = applyRules(reading, rules);
    if (!posting.isJobPosting) {
      // Said to the background even on a page never shown as a posting: a saved job's address that holds
      // no posting any more marks the job closed (issue 18). forget() says it where one was shown.
      if (!shown) send('page/read', { posting: reading }).catch(() => {});
      forget();
      if (tellIfNone) {
        const p = thePanel();
        p.showNote('Jobmark found no job posting on this page.');
        corrections?.offerPosting(isPosting);
      }
      // The background lays the rules over it too: a page the rules say is none stays none.
      return reading;
    }
    const painted = paintHighlights(document, posting);
    performance.measure('jobmark:highlights', 'jobmark:read-start');
    shown = posting;
    own = reading;
    const p = thePanel();
    p.showPosting(posting, painted);
    corrections?.show(posting, undefined);
    await panelReady;
    let job: SavedJob | null = null;
    try {
      const savesBefore = saves;
      const answer = await send('page/read', { posting: reading });
      job = answer.job;
      notes?.show(answer.notes);
      // The person may have pressed Save while this read was on its way: its answer is older than the save's.
      if (job || saves === savesBefore) p.setSaved(job);
      if (job) showCorrected(job);
    } catch (error) {
      p.setError(errorText(error));
    }
    if (andSave && !job) await save();
    return reading;
  }

  let warm = false;
  /** The reading made while the page loads, which the reading that counts waits for (it then finds the patterns compiled). */
  let warming: Promise<unknown> = Promise.resolve();
  /**
   * A reading made while the page still loads (its pictures, fonts, trackers), and dropped: the reading
   * that counts still waits for the page to settle, and then finds the patterns of the page's languages
   * compiled and the reader's code warm. The first reading on a page spends most of its time compiling
   * its regular expressions, which this moves into the time the page loads (issue 20). Once per page,
   * and only where the page has not settled yet: on a settled page the reading itself comes at once.
   */
  function warmUp(): void {
    if (warm || document.readyState === 'complete') return;
    warm = true;
    performance.mark('jobmark:warm-up-start'); // for `npm run bench`, as the read's marks
    // The packs of the page's languages are asked for here too: the reading that counts then finds them.
    warming = readPage().then(
      () => performance.measure('jobmark:warm-up', 'jobmark:warm-up-start'),
      () => {},
    );
  }

  onRuntimeMessage((message, fromExtension) => {
    if (!fromExtension || typeof message !== 'object' || message === null) return undefined;
    const { jobmark, req } = message as { jobmark?: unknown; req?: Record<string, unknown> };
    if (jobmark === 'content/read' && req) {
      const request = { force: req.force === true, tellIfNone: req.tellIfNone === true, save: req.save === true };
      const settled = pageSettled(document);
      warmUp();
      // Made in steps, the reading while loading may still run: the reading that counts comes after it.
      return settled
        .then(() => warming)
        .then(() => read(request))
        .then((posting) => ({ posting }));
    }
    if (jobmark === 'content/saved' && req && !isFailure(req)) {
      const job = (req.job as SavedJob | null) ?? null;
      panel?.setSaved(job);
      if (job) showCorrected(job);
      return Promise.resolve({ ok: true });
    }
    return undefined;
  });

  // The first read is the background's 'content/read', sent once this script has run.
  const auto = { force: false, tellIfNone: false, save: false };
  watchNavigation(document, () => void read(auto));
}

if (!scope[LOADED]) start();
