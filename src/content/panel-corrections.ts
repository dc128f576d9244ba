// Correcting what Jobmark read, in the page panel: every fact as a labelled
// field, every item and heading's part as a select, and text the person
// selected on the page added to a part or to the skills. A real form: keyboard
// and screen reader reach every control by its name; nothing needs a pointer.
// It lives inside the panel's closed shadow root and is built with DOM calls and
// text nodes only (page text never becomes HTML). Only trusted events (the
// person's) act: a page's script cannot correct a job or teach a rule through it.
import type { CorrectionEdit, FactEdit } from '../model/correction-edit';
import { type Corrections, type FactField, ITEM_PARTS, ITEM_PLACES, withCorrections } from '../model/corrections';
import { describeFact } from '../model/describe-fact';
import { salaryOf, splitList } from '../model/fact-input';
import {
  EMPLOYMENT_WORDS,
  FACT_LABELS,
  PERIOD_WORDS,
  PLACE_WORDS,
  SENIORITY_WORDS,
  WORKPLACE_WORDS,
} from '../model/fact-words';
import { headingGroups, headingLabel, itemLabel, partItems, shortText } from '../model/parts-list';
import type { JobPosting } from '../model/posting';
import { correctionEditProblem, factProblem } from '../model/validate-corrections';
import { el } from './el';
import type { Selected } from './selection';

export interface CorrectionActions {
  /** Send one correction; the panel is shown again from the answer (read-page.iife.ts). */
  correct(edit: CorrectionEdit): Promise<void>;
}

/** Where a selection can go: a part of the posting, the skills, or the places. */
const ADD_TARGETS = [...ITEM_PARTS, 'skills', 'place'] as const;
type AddTarget = (typeof ADD_TARGETS)[number];
const ADD_WORDS: Record<AddTarget, string> = {
  requirements: 'Requirement',
  niceToHave: 'Nice to have',
  benefits: 'Benefit',
  responsibilities: 'Responsibility',
  skills: 'Skill',
  place: 'Place',
};

export const CORRECTIONS_CSS = `
.correct-toggle { display: block; width: 100%; margin-top: 6px; }
.corrections { margin-top: 6px; display: grid; gap: 8px; }
.corrections[hidden] { display: none; }
/* Fields, borders, colours and focus ring are the design's (ui/design.ts, in the panel's CSS); only the room differs. */
.corrections fieldset { padding: 6px 8px; display: grid; gap: 4px; }
.corrections legend { font-weight: 600; }
.corrections label { display: grid; gap: 1px; }
.corrections input, .corrections select { min-width: 0; min-height: 26px; padding: 2px 4px; }
.corrections .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 4px; }
.corrections .note { font-size: var(--jm-text-xs); color: var(--jm-muted); }
.corrections .note::before { content: attr(data-words) " "; }
.corrections .note button { font-size: var(--jm-text-xs); min-height: 0; padding: 0 4px; }
.corrections .note button::after { content: "Back to the value read"; }
.corrections ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
.corrections li { display: grid; gap: 2px; }
.corrections .selected { font-style: italic; overflow-wrap: anywhere; }
`;

/** The form's controls are rebuilt on each answer; `data-key` finds the one that had the focus again. */
const KEY = 'data-key';

export class PanelCorrections {
  /** Put after the panel's Save button: the toggle, then the form it shows. */
  readonly element: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly body: HTMLElement;
  private readonly problem: HTMLElement;
  private readonly selectedLine: HTMLElement;
  private reading: JobPosting | null = null;
  private corrections: Corrections | undefined;
  private selected: Selected | null = null;
  private addTo: AddTarget = 'requirements';

  constructor(
    private readonly doc: Document,
    /** The panel's shadow root: where the focus is, inside it. */
    private readonly root: ShadowRoot,
    private readonly actions: CorrectionActions,
  ) {
    const d = doc;
    this.toggle = el(d, 'button', {
      type: 'button',
      class: 'correct-toggle',
      'aria-expanded': 'false',
      'aria-controls': 'jobmark-corrections',
    });
    this.toggle.textContent = 'Correct what Jobmark read';
    this.toggle.addEventListener('click', (event) => {
      if (event.isTrusted) this.open(this.toggle.getAttribute('aria-expanded') !== 'true');
    });
    this.problem = el(d, 'p', { class: 'error', role: 'alert' });
    this.selectedLine = el(d, 'p', { class: 'selected', 'aria-live': 'polite' });
    this.body = el(d, 'div', { class: 'corrections', id: 'jobmark-corrections' });
    this.body.hidden = true;
    // In the root beside the panel's own styles: not in the region, whose text a screen reader reads.
    root.append(el(d, 'style', {}, CORRECTIONS_CSS));
    this.element = el(d, 'div', {}, this.toggle, this.body);
    this.element.hidden = true;
  }

  /** Show the form open (the person asked, or added text from the page), or closed. */
  open(open: boolean): void {
    this.body.hidden = !open;
    this.toggle.setAttribute('aria-expanded', String(open));
  }

  /** The reading as the job keeps it (or as it would be saved) and the person's corrections of it. */
  show(reading: JobPosting, corrections: Corrections | undefined): void {
    if (this.toggle.parentNode !== this.element) {
      this.element.replaceChildren(this.toggle, this.body);
      this.open(false);
    }
    this.reading = reading;
    this.corrections = corrections;
    this.element.hidden = false;
    this.render();
  }

  hide(): void {
    this.reading = null;
    this.element.hidden = true;
  }

  /**
   * On a page where Jobmark found no posting, when the person asked: "This page is a job posting",
   * which Jobmark remembers for the site (under the page's path) and reads the page again.
   */
  offerPosting(say: () => Promise<void>): void {
    this.reading = null;
    const yes = el(this.doc, 'button', { type: 'button', class: 'correct-toggle' }, 'This page is a job posting');
    yes.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      say().catch((error: unknown) => this.setProblem(error instanceof Error ? error.message : String(error)));
    });
    this.open(false);
    this.body.replaceChildren(this.problem);
    this.element.replaceChildren(yes, this.body);
    this.body.hidden = false;
    this.element.hidden = false;
  }

  /** What the person has selected on the page now (selection.ts), or null. */
  setSelected(selected: Selected | null): void {
    this.selected = selected;
    this.selectedLine.textContent = selected
      ? `Selected on the page: “${shortText(selected.text.replace(/\s+/g, ' ').trim())}”`
      : 'Select text on the page that Jobmark missed, then add it here.';
  }

  setProblem(text: string | null): void {
    this.problem.textContent = text ?? '';
  }

  /** Check an edit as the background will, then send it; a refusal is said, and nothing is sent. */
  private give(edit: CorrectionEdit): void {
    const why = edit.kind === 'fact' ? factProblem(edit.field, edit.value) : correctionEditProblem(edit);
    this.setProblem(why);
    if (why) return;
    this.actions
      .correct(edit)
      .catch((error: unknown) => this.setProblem(error instanceof Error ? error.message : String(error)));
  }

  private render(): void {
    if (!this.reading) return;
    // Rebuilt from the answer: the focused control keeps the focus, and what is typed in it.
    const active = this.root.activeElement;
    const key = active instanceof HTMLElement ? active.getAttribute(KEY) : null;
    const typed = active instanceof HTMLInputElement ? active.value : null;
    this.body.replaceChildren(
      this.problem,
      this.missedText(),
      this.factsForm(this.reading),
      this.partsForm(this.reading),
    );
    const again = key ? this.body.querySelector<HTMLElement>(`[${KEY}="${CSS.escape(key)}"]`) : null;
    if (again) {
      if (again instanceof HTMLInputElement && typed !== null) again.value = typed;
      again.focus();
    }
  }

  /** Text Jobmark missed: the person selects it on the page and adds it where it belongs. */
  private missedText(): HTMLElement {
    const d = this.doc;
    const target = el(d, 'select', { [KEY]: 'add-to' });
    for (const t of ADD_TARGETS) {
      const option = el(d, 'option', { value: t }, ADD_WORDS[t]);
      option.selected = t === this.addTo;
      target.append(option);
    }
    target.addEventListener('change', () => {
      this.addTo = target.value as AddTarget;
    });
    const add = el(d, 'button', { type: 'button', [KEY]: 'add' }, 'Add selected text');
    add.addEventListener('click', (event) => {
      if (event.isTrusted) this.addSelected();
    });
    this.setSelected(this.selected);
    return el(
      d,
      'fieldset',
      {},
      el(d, 'legend', {}, 'Text Jobmark missed'),
      this.selectedLine,
      el(d, 'label', {}, 'Add the selected text as', target),
      add,
    );
  }

  private addSelected(): void {
    const reading = this.reading;
    const chosen = this.selected;
    if (!reading) return;
    if (!chosen) {
      this.setProblem('Select some text on the page first.');
      return;
    }
    const text = chosen.text.replace(/\s+/g, ' ').trim();
    if (this.addTo === 'skills') {
      const shown = withCorrections(reading, this.corrections);
      this.give({ kind: 'fact', field: 'skills', value: [...shown.skills, text] });
    } else if (this.addTo === 'place') this.give({ kind: 'place', text, label: chosen.label });
    else this.give({ kind: 'add', to: this.addTo, text, path: chosen.path });
    // Added: the next Add needs a new selection, and the line says so.
    if (!this.problem.textContent) this.setSelected(null);
  }

  private factsForm(reading: JobPosting): HTMLElement {
    const d = this.doc;
    const shown = withCorrections(reading, this.corrections);
    const given = <F extends FactField>(field: F, value: JobPosting[F]) =>
      this.give({ kind: 'fact', field, value } as FactEdit);

    /**
     * Under a corrected fact: the value read, and the way back to it. The words are an attribute shown
     * by CSS (as the Save button's are, panel.ts): the page's window.find() searches text nodes even in
     * a closed root, and "Corrected by you" would tell it the person saved this job.
     */
    const readNote = (field: FactField) =>
      this.corrections?.facts[field]
        ? el(
            d,
            'p',
            { class: 'note', 'data-words': `Corrected by you. Read: ${describeFact(field, reading[field])}` },
            this.button(`Back to the value read for ${FACT_LABELS[field]}`, `read-${field}`, () =>
              this.give({ kind: 'read', field }),
            ),
          )
        : null;

    /** A text field that saves on the change event (leaving it, or Enter). */
    const text = (label: string, key: string, value: string, save: (text: string) => void, attrs = {}) => {
      const input = el(d, 'input', { type: 'text', [KEY]: key, ...attrs });
      input.value = value;
      input.addEventListener('change', (event) => {
        if (event.isTrusted) save(input.value);
      });
      return el(d, 'label', {}, label, input);
    };
    const choice = (
      label: string,
      key: string,
      words: Record<string, string>,
      value: string | null,
      save: (v: string) => void,
    ) => {
      const select = el(d, 'select', { [KEY]: key }, el(d, 'option', { value: '' }, 'Not stated'));
      for (const [v, word] of Object.entries(words)) select.append(el(d, 'option', { value: v }, word));
      select.value = value ?? '';
      select.addEventListener('change', (event) => {
        if (event.isTrusted) save(select.value);
      });
      return el(d, 'label', {}, label, select);
    };

    const s = shown.salary;
    const salary = {
      min: s ? String(s.min) : '',
      max: s?.max != null ? String(s.max) : '',
      currency: s?.currency ?? '',
      period: s?.period ?? '',
    };
    const saveSalary = (changed: Partial<typeof salary>) => {
      Object.assign(salary, changed);
      const made = salaryOf(salary);
      if ('problem' in made) this.setProblem(made.problem);
      else given('salary', made.salary);
    };
    const date = el(d, 'input', { type: 'date', [KEY]: 'datePosted' });
    date.value = shown.datePosted ?? '';
    date.addEventListener('change', (event) => {
      if (event.isTrusted) given('datePosted', date.value || null);
    });

    return el(
      d,
      'fieldset',
      {},
      el(d, 'legend', {}, 'Facts'),
      text(FACT_LABELS.title, 'title', shown.title ?? '', (v) => given('title', v)),
      readNote('title'),
      text(FACT_LABELS.company, 'company', shown.company ?? '', (v) => given('company', v)),
      readNote('company'),
      text('Places (separated by ;)', 'locations', shown.locations.join('; '), (v) => given('locations', splitList(v))),
      readNote('locations'),
      choice(FACT_LABELS.workplace, 'workplace', WORKPLACE_WORDS, shown.workplace, (v) =>
        given('workplace', (v || null) as JobPosting['workplace']),
      ),
      readNote('workplace'),
      choice(FACT_LABELS.employmentType, 'employmentType', EMPLOYMENT_WORDS, shown.employmentType, (v) =>
        given('employmentType', (v || null) as JobPosting['employmentType']),
      ),
      readNote('employmentType'),
      choice(FACT_LABELS.seniority, 'seniority', SENIORITY_WORDS, shown.seniority, (v) =>
        given('seniority', (v || null) as JobPosting['seniority']),
      ),
      readNote('seniority'),
      el(
        d,
        'div',
        { class: 'pair', role: 'group', 'aria-label': FACT_LABELS.salary },
        text('Salary minimum', 'min', salary.min, (v) => saveSalary({ min: v }), { inputmode: 'decimal' }),
        text('Salary maximum', 'max', salary.max, (v) => saveSalary({ max: v }), { inputmode: 'decimal' }),
        text('Currency', 'currency', salary.currency, (v) => saveSalary({ currency: v }), { maxlength: '3' }),
        choice('Period', 'period', PERIOD_WORDS, salary.period || null, (v) => saveSalary({ period: v })),
      ),
      readNote('salary'),
      el(d, 'label', {}, FACT_LABELS.datePosted, date),
      readNote('datePosted'),
      text('Skills (separated by ;)', 'skills', shown.skills.join('; '), (v) =>
        given('skills', splitList(v).filter(Boolean)),
      ),
      readNote('skills'),
    );
  }

  /** Every item in the part it is in now, and each heading's items at once, by a select each. */
  private partsForm(reading: JobPosting): HTMLElement {
    const d = this.doc;
    const items = partItems(reading, this.corrections);
    const places = (label: string, key: string, value: string, move: (to: (typeof ITEM_PLACES)[number]) => void) => {
      const select = el(d, 'select', { 'aria-label': label, [KEY]: key });
      for (const place of ITEM_PLACES) select.append(el(d, 'option', { value: place }, PLACE_WORDS[place]));
      select.value = value;
      select.addEventListener('change', (event) => {
        if (event.isTrusted) move(select.value as (typeof ITEM_PLACES)[number]);
      });
      return select;
    };
    const headings = headingGroups(items).map(({ heading, from, items: under, place }) =>
      el(
        d,
        'li',
        {},
        `“${heading}” (${under.length} read as ${PLACE_WORDS[from].toLowerCase()})`,
        places(headingLabel(heading), `h:${from}:${heading}`, place, (to) =>
          this.give({ kind: 'heading', heading, from, to }),
        ),
      ),
    );
    const lists = ITEM_PLACES.flatMap((place) => {
      const here = items.filter((i) => i.place === place);
      if (!here.length) return [];
      return [
        el(d, 'p', {}, el(d, 'strong', {}, PLACE_WORDS[place])),
        el(
          d,
          'ul',
          { 'aria-label': PLACE_WORDS[place] },
          ...here.map((item) =>
            el(
              d,
              'li',
              {},
              shortText(item.text),
              places(itemLabel(item.text), `i:${item.from}:${item.text}`, item.place, (to) =>
                this.give({ kind: 'move', from: item.from, text: item.text, to }),
              ),
            ),
          ),
        ),
      ];
    });
    return el(
      d,
      'fieldset',
      {},
      el(d, 'legend', {}, 'Parts of the posting'),
      headings.length ? el(d, 'p', {}, 'Headings on the page') : null,
      headings.length ? el(d, 'ul', { 'aria-label': 'Headings on the page' }, ...headings) : null,
      ...lists,
    );
  }

  /** A button named by its label; its visible words are generated content (`.note button::after`). */
  private button(label: string, key: string, act: () => void): HTMLButtonElement {
    const button = el(this.doc, 'button', { type: 'button', 'aria-label': label, [KEY]: key });
    button.addEventListener('click', (event) => {
      if (event.isTrusted) act();
    });
    return button;
  }
}
