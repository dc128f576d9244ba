// The page panel's notes (issue 18): how the posting fits the person's profile, item
// by item, and what changed since they saved it, as the background words them
// (PageNotes). They say what Jobmark knows of the person, which the page must not
// learn: a closed shadow root hides text from the page's scripts but not from its
// window.find(), so, like the Save button's words (panel.ts labelSave), each line is
// a node named by an attribute inside the root and shown by CSS generated content,
// which find() does not search; assistive tools read the node's name. Even the
// button that opens the items has no text: its being there says the person has a profile.
import type { NoteItem, PageNotes } from '../model/page-notes';
import { VERDICT_SAID } from '../model/verdict';
import { el } from './el';

const PARTS: readonly [NoteItem['part'], string][] = [
  ['requirements', 'Requirements'],
  ['niceToHave', 'Nice to have'],
];

const NOTES_CSS = `
.notes p { margin: 4px 0; }
.notes p::before { content: attr(aria-label); }
.notes .breaker::before { color: var(--jm-danger); font-weight: 600; }
.notes .changed::before { font-weight: 600; }
.notes button.items { display: block; width: 100%; margin: 6px 0 2px; text-align: start; }
.notes button.items::before { content: '▸ '; }
.notes button.items[aria-expanded="true"]::before { content: '▾ '; }
.notes button.items::after { content: attr(aria-label); }
.notes ul { list-style: none; margin: 6px 0 0; padding: 0; }
.notes ul::before { content: attr(aria-label); display: block; font-weight: 600; margin-bottom: 2px; }
.notes li { margin: 0 0 4px; padding-inline-start: 6px; border-inline-start: 3px solid var(--jm-border); }
.notes li::after { content: attr(aria-label); }
.notes li::before { font-weight: 600; }
.notes li.met { border-inline-start-color: var(--jm-success); }
.notes li.met::before { color: var(--jm-success); }
.notes li.partly { border-inline-start-color: var(--jm-warning); }
.notes li.partly::before { color: var(--jm-warning); }
.notes li.not-met { border-inline-start-color: var(--jm-danger); }
.notes li.not-met::before { color: var(--jm-danger); }
${Object.entries(VERDICT_SAID)
  .map(([verdict, { mark }]) => `.notes li.${verdict}::before { content: '${mark} '; }`)
  .join('\n')}
`;

let made = 0;

export class PanelNotes {
  readonly element: HTMLElement;
  private readonly lines: HTMLElement;
  /** Whether the person opened the items; kept while the page is read again. */
  private open = false;
  private readonly listId = `jobmark-fit-items-${++made}`;

  constructor(private readonly doc: Document) {
    this.lines = el(doc, 'div', { class: 'notes' });
    this.element = el(doc, 'div', {}, el(doc, 'style', {}, NOTES_CSS), this.lines);
  }

  show(notes: PageNotes | null | undefined): void {
    // A note named by its words: what assistive tools read, and what the CSS shows.
    const said = (text: string, kind: string) => el(this.doc, 'p', { class: kind, role: 'note', 'aria-label': text });
    const fit = notes?.fit?.split('\n') ?? [];
    this.lines.replaceChildren(
      ...(notes?.changed ? [said(notes.changed, 'changed')] : []),
      ...fit.map((line) => said(line, line.startsWith('Deal-breaker:') ? 'breaker' : 'fit')),
      ...this.items(notes?.items ?? []),
    );
  }

  /** The button that shows each item's fit, and the items (hidden until it is pressed). */
  private items(items: readonly NoteItem[]): HTMLElement[] {
    if (!items.length) return [];
    const lists = el(this.doc, 'div', { id: this.listId });
    for (const [part, label] of PARTS) {
      const mine = items.filter((item) => item.part === part);
      if (!mine.length) continue;
      lists.append(
        el(
          this.doc,
          'ul',
          { 'aria-label': label },
          ...mine.map((item) => el(this.doc, 'li', { class: item.verdict, 'aria-label': item.said })),
        ),
      );
    }
    const button = el(this.doc, 'button', {
      type: 'button',
      class: 'items',
      'aria-label': 'How each item fits you',
      'aria-controls': this.listId,
    });
    const toggle = (open: boolean) => {
      this.open = open;
      button.setAttribute('aria-expanded', String(open));
      lists.hidden = !open;
    };
    toggle(this.open);
    button.addEventListener('click', () => toggle(!this.open));
    return [button, lists];
  }
}
