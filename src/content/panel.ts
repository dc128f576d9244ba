// The page panel: what Jobmark read, and Save job. It lives in a closed shadow
// root, created here in the content script's world: the page's CSS cannot break
// it, and the page's scripts cannot read it (host.shadowRoot is null to them) or
// put anything in it (an element the page adds to the host has no slot to show
// in). What Jobmark knows of the person's jobs ("Saved · interviewing") is
// written only inside it. Assistive tools still read it: a closed root is in the
// accessibility tree like any other. Save acts only on trusted (person's) clicks.
// Built with DOM calls and text nodes only: page text never becomes HTML.

import { plural } from '../model/plural';
import { describeSalary, type JobPosting } from '../model/posting';
import type { SavedJob } from '../model/saved-job';
import { CORNERS, type Corner, type PanelSettings } from '../model/settings';
import { el } from './el';
import { clearHighlights, type Painted } from './highlight';
import { HIGHLIGHT_KINDS, highlightCss } from './highlight-kinds';
import { HOST_CSS } from './panel-css';

export const HOST_TAG = 'jobmark-panel';

export interface PanelActions {
  save(): void;
  remember(settings: PanelSettings): void;
}

export class Panel {
  readonly host: HTMLElement;
  /** The closed root: reachable from this script's world only, never from the page's. */
  readonly root: ShadowRoot;
  private readonly doc: Document;
  private readonly box: HTMLElement;
  private readonly facts: HTMLElement;
  private readonly saveButton: HTMLButtonElement;
  private readonly toggle: HTMLButtonElement;
  private readonly error: HTMLElement;
  /** Below Save: what other features put in the panel (panel-corrections.ts), kept by them. */
  readonly extra: HTMLElement;
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
    const root = this.host.attachShadow({ mode: 'closed' });
    this.root = root;

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
    // Closing the panel takes Jobmark off the page: its highlights go with it.
    close.addEventListener('click', () => {
      clearHighlights();
      this.remove();
    });

    this.facts = el(doc, 'div');
    this.saveButton = el(doc, 'button', { type: 'button', class: 'save' });
    // Never `disabled`: a focused button that becomes disabled drops the focus to the
    // page's body, so a person who pressed Enter on Save job would lose their place.
    // aria-disabled keeps the focus on the button, which then says "Saved".
    this.saveButton.addEventListener('click', (event) => {
      if (event.isTrusted && this.saveButton.getAttribute('aria-disabled') !== 'true') this.actions.save();
    });
    this.error = el(doc, 'p', { class: 'error', role: 'alert' });
    this.extra = el(doc, 'div');
    this.box = el(
      doc,
      'section',
      { class: 'panel', role: 'region', 'aria-label': 'Jobmark' },
      el(doc, 'header', {}, el(doc, 'strong', {}, 'Jobmark'), move, this.toggle, close),
      el(doc, 'div', { class: 'body', id: 'jobmark-body' }, this.facts, this.saveButton, this.error, this.extra),
    );
    root.append(el(doc, 'style', {}, HOST_CSS), this.box);
    this.apply(this.settings, false);
    this.labelSave('Save job');
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
    // A part no heading named was given its items by what they say: the person is told it is a guess.
    const count = (kind: 'requirements' | 'niceToHave' | 'benefits', noun: string, nouns?: string) =>
      `${plural(posting[kind].length, noun, nouns)}${posting.provenance[kind]?.guessed ? ' (guessed)' : ''}`;
    const counts = [
      count('requirements', 'requirement'),
      count('niceToHave', 'nice-to-have', 'nice-to-haves'),
      count('benefits', 'benefit'),
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
                  style: `--swatch:${k.colour}`,
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
    this.saveButton.setAttribute('aria-disabled', String(job !== null));
    this.labelSave(job ? `Saved${job.status === 'saved' ? '' : ` · ${job.status}`}` : 'Save job');
  }

  setBusy(): void {
    this.saveButton.setAttribute('aria-disabled', 'true');
    this.labelSave('Saving…');
  }

  /**
   * The button's words say whether the person saved this job, which the page must
   * not learn. A closed root hides its text from the page's scripts, but not from
   * the page's window.find(), which searches every text node on screen. So the
   * words are an attribute inside the root, shown by CSS generated content
   * (panel-css.ts), which find() does not search and assistive tools read as the
   * button's name. The button has a fixed size, so its words do not change the
   * panel's size either.
   */
  private labelSave(words: string): void {
    this.saveButton.setAttribute('aria-label', words);
  }

  setError(message: string | null): void {
    this.error.textContent = message ?? '';
  }
}
