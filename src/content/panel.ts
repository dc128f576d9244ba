// The page panel: what Jobmark read, and Save job. It lives in a shadow root so
// the page's CSS cannot break it and ours cannot touch the page. The root is
// open: assistive tools and tests find its controls by role, and a closed root
// would hide little (the page sees the host element anyway). A page script could
// click an open root's button, so Save acts only on trusted (person's) clicks.
// Built with DOM calls and text nodes only: page text never becomes HTML.

import { plural } from '../model/plural';
import { describeSalary, type JobPosting } from '../model/posting';
import type { SavedJob } from '../model/saved-job';
import { CORNERS, type Corner, type PanelSettings } from '../store/settings';
import { el } from './el';
import type { Painted } from './highlight';
import { HIGHLIGHT_KINDS, highlightCss } from './highlight-kinds';
import { HOST_CSS } from './panel-css';

export const HOST_TAG = 'jobmark-panel';

export interface PanelActions {
  save(): void;
  remember(settings: PanelSettings): void;
}

export class Panel {
  readonly host: HTMLElement;
  private readonly doc: Document;
  private readonly box: HTMLElement;
  private readonly facts: HTMLElement;
  private readonly saveButton: HTMLButtonElement;
  private readonly toggle: HTMLButtonElement;
  private readonly error: HTMLElement;
  private settings: PanelSettings = { collapsed: false, corner: 'bottom-right' };
  private savedJob: SavedJob | null = null;

  constructor(
    doc: Document,
    private readonly actions: PanelActions,
  ) {
    this.doc = doc;
    this.host = el(doc, HOST_TAG as 'div', { 'data-jobmark': '' });
    // The ::highlight() rules must live in the page's document, not the shadow root;
    // as a child of our host they stay out of the page's own elements.
    this.host.append(el(doc, 'style', {}, highlightCss()));
    const root = this.host.attachShadow({ mode: 'open' });

    this.toggle = el(doc, 'button', { type: 'button', 'aria-expanded': 'true', 'aria-controls': 'jobmark-body' });
    this.toggle.addEventListener('click', () =>
      this.apply({ ...this.settings, collapsed: !this.settings.collapsed }, true),
    );
    const move = el(doc, 'button', { type: 'button', 'aria-label': 'Move the Jobmark panel to the next corner' }, '⤢');
    move.addEventListener('click', () => {
      const next = CORNERS[(CORNERS.indexOf(this.settings.corner) + 1) % CORNERS.length] as Corner;
      this.apply({ ...this.settings, corner: next }, true);
    });
    const close = el(doc, 'button', { type: 'button', 'aria-label': 'Close the Jobmark panel' }, '×');
    close.addEventListener('click', () => this.remove());

    this.facts = el(doc, 'div');
    this.saveButton = el(doc, 'button', { type: 'button', class: 'save' }, 'Save job');
    this.saveButton.addEventListener('click', (event) => {
      if (event.isTrusted) this.actions.save();
    });
    this.error = el(doc, 'p', { class: 'error', role: 'alert' });
    this.box = el(
      doc,
      'section',
      { class: 'panel', role: 'region', 'aria-label': 'Jobmark' },
      el(doc, 'header', {}, el(doc, 'strong', {}, 'Jobmark'), move, this.toggle, close),
      el(doc, 'div', { class: 'body', id: 'jobmark-body' }, this.facts, this.saveButton, this.error),
    );
    root.append(el(doc, 'style', {}, HOST_CSS), this.box);
    this.apply(this.settings, false);
  }

  /** Put the panel on the page (after the body, so no path of the page's own elements moves). */
  attach(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  remove(): void {
    this.host.remove();
  }

  apply(settings: PanelSettings, remember: boolean): void {
    this.settings = settings;
    this.host.dataset.corner = settings.corner;
    this.box.classList.toggle('collapsed', settings.collapsed);
    this.toggle.setAttribute('aria-expanded', String(!settings.collapsed));
    this.toggle.setAttribute(
      'aria-label',
      settings.collapsed ? 'Expand the Jobmark panel' : 'Collapse the Jobmark panel',
    );
    this.toggle.textContent = settings.collapsed ? '▸' : '▾';
    if (remember) this.actions.remember(settings);
  }

  showPosting(posting: JobPosting, painted: Painted): void {
    const d = this.doc;
    const facts: [string, string | null][] = [
      ['Location', posting.locations.join(' · ') || null],
      ['Workplace', posting.workplace],
      ['Salary', describeSalary(posting)],
      ['Seniority', posting.seniority],
      ['Skills', posting.skills.join(', ') || null],
    ];
    const counts = [
      plural(posting.requirements.length, 'requirement'),
      plural(posting.niceToHave.length, 'nice-to-have', 'nice-to-haves'),
      plural(posting.benefits.length, 'benefit'),
    ].join(' · ');
    const legend =
      painted === null
        ? el(d, 'p', {}, 'This browser cannot highlight the page (CSS Custom Highlight API).')
        : el(
            d,
            'ul',
            { class: 'legend', 'aria-label': 'Highlight colours' },
            ...HIGHLIGHT_KINDS.filter((k) => painted[k.field] > 0).map((k) =>
              el(
                d,
                'li',
                {},
                el(d, 'span', {
                  class: k.field === 'skills' ? 'swatch skills-swatch' : 'swatch',
                  style: `background:${k.colour}`,
                }),
                k.label,
              ),
            ),
          );
    this.facts.replaceChildren(
      el(d, 'h2', {}, posting.title ?? 'Untitled posting'),
      posting.company ? el(d, 'p', {}, posting.company) : '',
      el(
        d,
        'dl',
        {},
        ...facts.filter(([, v]) => v).flatMap(([k, v]) => [el(d, 'dt', {}, k), el(d, 'dd', {}, v as string)]),
      ),
      el(d, 'p', {}, counts),
      legend,
    );
    this.saveButton.hidden = false;
    this.setError(null);
    this.attach();
  }

  /** A short note instead of a posting (the person asked on a page that has none). */
  showNote(text: string): void {
    this.facts.replaceChildren(el(this.doc, 'p', {}, text));
    this.saveButton.hidden = true;
    this.attach();
  }

  setSaved(job: SavedJob | null): void {
    // The answer to the page's own read and the background's notices of edits can
    // cross on their way: an older record of the job never replaces a newer one.
    const now = this.savedJob;
    if (job && now && job.id === now.id && job.updatedAt < now.updatedAt) return;
    this.savedJob = job;
    this.saveButton.disabled = job !== null;
    this.saveButton.textContent = job ? `Saved${job.status === 'saved' ? '' : ` · ${job.status}`}` : 'Save job';
  }

  setBusy(): void {
    this.saveButton.disabled = true;
    this.saveButton.textContent = 'Saving…';
  }

  setError(message: string | null): void {
    this.error.textContent = message ?? '';
  }
}
