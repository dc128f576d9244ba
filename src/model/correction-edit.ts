// One correction as a person makes it, and how it changes a job's corrections.
// Pure: the store applies it in its transaction (model/job-patch.ts), the pages
// apply it to what they show while it travels (ui/useEdits.ts).
import {
  type Corrections,
  type FactField,
  ITEM_PARTS,
  type ItemMove,
  type ItemPart,
  type ItemPlace,
  isCorrectionsEmpty,
} from './corrections';
import type { JobPosting, NodePath } from './posting';

/** A fact given the person's value. */
export type FactEdit = { [F in FactField]: { kind: 'fact'; field: F; value: JobPosting[F] } }[FactField];

export type CorrectionEdit =
  | FactEdit
  /** Back to the value Jobmark read. */
  | { kind: 'read'; field: FactField }
  /** One item, named by the part it was read in and its text, to another place (its own part: as read). */
  | { kind: 'move'; from: ItemPart; text: string; to: ItemPlace }
  /** Every item read in `from` under this heading, to another place: a rule for the site can say the same. */
  | { kind: 'heading'; heading: string; from: ItemPart; to: ItemPlace }
  /** Text of the page Jobmark missed, added to a part; `path`: the element that holds it, for its highlight. */
  | { kind: 'add'; to: ItemPart; text: string; path: NodePath | null }
  /**
   * Text of the page that is a place, added to the places; `label`: the words the page writes it
   * after ("Office base:"), which the site can be remembered by, or null.
   */
  | { kind: 'place'; text: string; label: string | null };

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Distinct non-empty texts, trimmed, compared without case, in the order given. */
function distinct(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return list.map(squash).filter((s) => {
    const key = s.toLowerCase();
    if (!s || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A fact's value as it is kept: text trimmed (empty is none), lists distinct, a currency in capitals. */
export function cleanFact(edit: FactEdit): FactEdit {
  switch (edit.field) {
    case 'title':
    case 'company':
      return { ...edit, value: edit.value === null ? null : squash(edit.value) || null };
    case 'locations':
    case 'skills':
      return { ...edit, value: distinct(edit.value) };
    case 'salary':
      return {
        ...edit,
        value: edit.value && { ...edit.value, currency: edit.value.currency?.trim().toUpperCase() || null },
      };
    default:
      return edit;
  }
}

/** The items read in `from` under `heading` (extract/item-headings.ts recorded each item's heading). */
export function itemsUnder(posting: JobPosting, from: ItemPart, heading: string): string[] {
  const under = posting.provenance[from]?.under ?? [];
  const key = squash(heading).toLowerCase();
  return posting[from].filter((_, i) => {
    const h = under[i];
    return typeof h === 'string' && squash(h).toLowerCase() === key;
  });
}

function withMoves(moves: readonly ItemMove[], from: ItemPart, texts: readonly string[], to: ItemPlace, at: string) {
  const rest = moves.filter((m) => !(m.from === from && texts.includes(m.text)));
  return to === from ? rest : [...rest, ...texts.map((text) => ({ from, text, to, at }))];
}

/** The corrections after one more edit of `posting` (as read); undefined when none are left. */
export function correct(
  corrections: Corrections | undefined,
  posting: JobPosting,
  edit: CorrectionEdit,
  now = new Date(),
): Corrections | undefined {
  const at = now.toISOString();
  const facts = { ...corrections?.facts };
  let moves = corrections?.moves ?? [];
  if (edit.kind === 'fact') {
    const clean = cleanFact(edit);
    // The read value given again is no correction: the fact simply reads as read.
    if (JSON.stringify(clean.value) === JSON.stringify(posting[clean.field])) delete facts[clean.field];
    else (facts as Record<FactField, unknown>)[clean.field] = { value: clean.value, at };
  } else if (edit.kind === 'read') delete facts[edit.field];
  else if (edit.kind === 'move') moves = withMoves(moves, edit.from, [edit.text], edit.to, at);
  else if (edit.kind === 'heading')
    moves = withMoves(moves, edit.from, itemsUnder(posting, edit.from, edit.heading), edit.to, at);
  else if (edit.kind === 'place') {
    const places = corrections?.facts.locations?.value ?? posting.locations;
    const text = squash(edit.text);
    if (places.some((p) => p.toLowerCase() === text.toLowerCase())) return corrections;
    return correct(corrections, posting, { kind: 'fact', field: 'locations', value: [...places, text] }, now);
  } else return added(corrections, posting, edit, at);
  const next = { facts, moves, ...(corrections?.adds?.length && { adds: corrections.adds }) };
  return isCorrectionsEmpty(next) ? undefined : next;
}

/**
 * The corrections with text the person selected added to a part. Text Jobmark read as an item of
 * some part already is that item moved there instead; text added before goes to its new part.
 */
function added(
  corrections: Corrections | undefined,
  posting: JobPosting,
  edit: Extract<CorrectionEdit, { kind: 'add' }>,
  at: string,
): Corrections | undefined {
  const text = squash(edit.text);
  const read = ITEM_PARTS.find((part) => posting[part].some((item) => squash(item) === text));
  if (read) {
    const item = posting[read].find((i) => squash(i) === text) as string;
    return correct(corrections, posting, { kind: 'move', from: read, text: item, to: edit.to });
  }
  const adds = (corrections?.adds ?? []).filter((a) => a.text !== text);
  // An added item moved elsewhere since is named by the part it was added to: that move goes with it.
  const moves = (corrections?.moves ?? []).filter((m) => m.text !== text);
  return { facts: { ...corrections?.facts }, moves, adds: [...adds, { to: edit.to, text, path: edit.path, at }] };
}

/** Where an item read in `from` is now. */
export const placeOf = (corrections: Corrections | undefined, from: ItemPart, text: string): ItemPlace =>
  corrections?.moves.find((m) => m.from === from && m.text === text)?.to ?? from;
