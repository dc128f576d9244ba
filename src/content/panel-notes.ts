// The page panel's notes (issue 18): how the posting fits the person's profile and
// what changed since they saved it, as the background words them (PageNotes). They
// say what Jobmark knows of the person, which the page must not learn: a closed
// shadow root hides text from the page's scripts but not from its window.find(),
// so, like the Save button's words (panel.ts labelSave), each line is a note named
// by an attribute inside the root and shown by CSS generated content, which find()
// does not search; assistive tools read the note's name.
import type { PageNotes } from '../model/page-notes';
import { el } from './el';

const NOTES_CSS = `
.notes p { margin: 4px 0; }
.notes p::before { content: attr(aria-label); }
.notes .breaker::before { color: var(--jm-danger); font-weight: 600; }
.notes .changed::before { font-weight: 600; }
`;

export class PanelNotes {
  readonly element: HTMLElement;
  private readonly lines: HTMLElement;

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
    );
  }
}
