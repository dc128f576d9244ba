// The page reader: reads the page it runs in, paints what it found, shows the
// panel, and tells the background. Built as one self-contained file (the .iife
// name tells @crxjs so). It is never loaded on its own: the background injects it
// when check-page.iife.ts finds a likely posting on a job site, or when the person
// asks (toolbar, shortcut, context menu), and then sends it 'content/read'.
// It stores nothing itself.
import { extractJob } from '../extract';
import { type ContentReadRequest, isFailure, send } from '../messages';
import { withCorrections } from '../model/corrections';
import { type JobPosting, notAPosting } from '../model/posting';
import type { SavedJob } from '../model/saved-job';
import { onRuntimeMessage } from '../platform-runtime';
import { clearHighlights, paintHighlights } from './highlight';
import { Panel } from './panel';
import { mightBePosting } from './quick-check';
import { watchNavigation } from './watch-navigation';

// Injected again (the person pressed the shortcut on a page the manifest already
// covers): this world already runs Jobmark, and the background's read request
// reaches that instance.
const LOADED = Symbol.for('jobmark.content');
const scope = globalThis as { [LOADED]?: true };

function start(): void {
  scope[LOADED] = true;
  let shown: JobPosting | null = null;
  let panel: Panel | null = null;
  let panelReady: Promise<void> | null = null;

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
    return made;
  }

  async function save(): Promise<void> {
    if (!shown || !panel) return;
    panel.setBusy();
    try {
      const { job } = await send('page/save', { posting: shown });
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
  }

  function forget(): void {
    clearHighlights();
    panel?.remove();
    if (shown) send('page/read', { posting: notAPosting(location.href) }).catch(() => {});
    shown = null;
  }

  async function read({ force, tellIfNone, save: andSave }: ContentReadRequest): Promise<JobPosting> {
    if (!force && !mightBePosting(document, location.href)) {
      forget();
      return notAPosting(location.href);
    }
    performance.mark('jobmark:read-start');
    // What a person's corrections taught Jobmark about this site; without them, the reader's own result.
    const rules = await send('page/rules', {}).then(
      (answer) => answer.rules,
      () => [],
    );
    const posting = extractJob(document, location.href, rules);
    if (!posting.isJobPosting) {
      forget();
      if (tellIfNone) thePanel().showNote('Jobmark found no job posting on this page.');
      return posting;
    }
    const painted = paintHighlights(document, posting);
    performance.measure('jobmark:highlights', 'jobmark:read-start');
    shown = posting;
    const p = thePanel();
    p.showPosting(posting, painted);
    await panelReady;
    let job: SavedJob | null = null;
    try {
      job = (await send('page/read', { posting })).job;
      p.setSaved(job);
      if (job?.corrections) showCorrected(job);
    } catch (error) {
      p.setError(errorText(error));
    }
    if (andSave && !job) await save();
    return posting;
  }

  onRuntimeMessage((message, fromExtension) => {
    if (!fromExtension || typeof message !== 'object' || message === null) return undefined;
    const { jobmark, req } = message as { jobmark?: unknown; req?: Record<string, unknown> };
    if (jobmark === 'content/read' && req) {
      return read({ force: req.force === true, tellIfNone: req.tellIfNone === true, save: req.save === true }).then(
        (posting) => ({ posting }),
      );
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
