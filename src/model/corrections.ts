// A person's corrections of what Jobmark read: facts given another value, and
// items of the posting moved to another part (or out of it). They are kept with
// the job beside the posting as read, never written into it, so the value read
// is always there to go back to; withCorrections() lays them over a reading,
// and everything that shows or exports a job shows the corrected posting
// (shownPosting). The same overlay works on a fresh reading of the live page,
// so the page panel and its highlights follow a correction made elsewhere.
import type { FieldOrigin, JobPosting, NodePath } from './posting';

/** The facts a person may correct, in the order the forms show them. */
export const FACT_FIELDS = [
  'title',
  'company',
  'locations',
  'workplace',
  'employmentType',
  'seniority',
  'salary',
  'datePosted',
  'skills',
] as const;
export type FactField = (typeof FACT_FIELDS)[number];

/** One corrected fact: the person's value and when they gave it. The value read stays in the posting. */
export interface FactCorrection<F extends FactField = FactField> {
  value: JobPosting[F];
  at: string;
}
export type FactCorrections = { [F in FactField]?: FactCorrection<F> };

/** The parts of a posting whose items can be moved between them. */
export const ITEM_PARTS = ['responsibilities', 'requirements', 'niceToHave', 'benefits'] as const;
export type ItemPart = (typeof ITEM_PARTS)[number];
/** Where an item can go: a part, or out of the posting ('none': not part of the posting). */
export const ITEM_PLACES = [...ITEM_PARTS, 'none'] as const;
export type ItemPlace = (typeof ITEM_PLACES)[number];

/** One item of a part, moved: named by the part it was read in and its text, which a fresh reading repeats. */
export interface ItemMove {
  from: ItemPart;
  text: string;
  to: ItemPlace;
  at: string;
}

/**
 * Text on the page Jobmark missed, which the person selected and added to a part. `path` is the
 * element that held the selection (for its highlight), null where it has none.
 */
export interface ItemAdd {
  to: ItemPart;
  text: string;
  path: NodePath | null;
  at: string;
}

export interface Corrections {
  facts: FactCorrections;
  /** At most one move per item (from + text), in the order they were made. */
  moves: ItemMove[];
  /** Items the person added from the page's text, in the order added; absent when none. */
  adds?: ItemAdd[];
}

export const isCorrectionsEmpty = (c: Corrections | undefined): boolean =>
  !c || (Object.keys(c.facts).length === 0 && c.moves.length === 0 && !c.adds?.length);

/**
 * A reading with the items a person added: each at the end of its part, with its place on the page.
 * They then move like any item read there (a move names the part they were added to).
 */
export function withAdds(posting: JobPosting, adds: readonly ItemAdd[] | undefined): JobPosting {
  if (!adds?.length) return posting;
  const next: JobPosting = { ...posting, provenance: { ...posting.provenance } };
  for (const add of adds) {
    if (next[add.to].includes(add.text)) continue;
    const origin = next.provenance[add.to];
    next[add.to] = [...next[add.to], add.text];
    next.provenance[add.to] = origin
      ? {
          ...origin,
          at: [...origin.at, add.path],
          ...(origin.under && { under: [...origin.under, null] }),
        }
      : { source: 'generic', at: [...posting[add.to].map(() => null), add.path] };
  }
  return next;
}

/** The facts a person corrected, in form order. */
export const correctedFacts = (c: Corrections | undefined): FactField[] =>
  c ? FACT_FIELDS.filter((f) => c.facts[f] !== undefined) : [];

/** A reading's parts with the person's moves made: each moved item leaves its part with its place on the page. */
function moveItems(posting: JobPosting, moves: readonly ItemMove[]): JobPosting {
  if (!moves.length) return posting;
  const lists = Object.fromEntries(ITEM_PARTS.map((p) => [p, [] as string[]])) as Record<ItemPart, string[]>;
  const places = Object.fromEntries(ITEM_PARTS.map((p) => [p, [] as FieldOrigin['at']])) as Record<
    ItemPart,
    FieldOrigin['at']
  >;
  const headings = Object.fromEntries(ITEM_PARTS.map((p) => [p, [] as (string | null)[]])) as Record<
    ItemPart,
    (string | null)[]
  >;
  for (const part of ITEM_PARTS) {
    posting[part].forEach((text, i) => {
      const to = moves.find((m) => m.from === part && m.text === text)?.to ?? part;
      if (to === 'none') return;
      lists[to].push(text);
      places[to].push(posting.provenance[part]?.at[i] ?? null);
      headings[to].push(posting.provenance[part]?.under?.[i] ?? null);
    });
  }
  const next: JobPosting = { ...posting, provenance: { ...posting.provenance } };
  for (const part of ITEM_PARTS) {
    next[part] = lists[part];
    const origin = posting.provenance[part] ?? ITEM_PARTS.map((p) => posting.provenance[p]).find(Boolean);
    if (!lists[part].length) delete next.provenance[part];
    // The items a person moved here are no guess, but the part may still hold guessed ones: keep what it said.
    else if (origin) {
      const { under: _theirs, ...kept } = origin;
      next.provenance[part] = {
        ...kept,
        at: places[part],
        ...(headings[part].some(Boolean) && { under: headings[part] }),
      };
    }
  }
  return next;
}

/** A reading with a person's corrections laid over it. The reading itself is not changed. */
export function withCorrections(posting: JobPosting, corrections: Corrections | undefined): JobPosting {
  if (!corrections || isCorrectionsEmpty(corrections)) return posting;
  const next = moveItems(withAdds(posting, corrections.adds), corrections.moves);
  const out: JobPosting = next === posting ? { ...posting } : next;
  for (const field of correctedFacts(corrections)) {
    (out as unknown as Record<FactField, unknown>)[field] = corrections.facts[field]?.value;
  }
  // The page's words for the salary no longer say what the person corrected: it is written from the numbers.
  if (corrections.facts.salary) out.salaryText = null;
  return out;
}

const shown = new WeakMap<object, JobPosting>();

/** A saved job's posting as it is shown and exported: as read, with the person's corrections. */
export function shownPosting(job: { posting: JobPosting; corrections?: Corrections }): JobPosting {
  if (!job.corrections) return job.posting;
  let posting = shown.get(job);
  if (!posting) {
    posting = withCorrections(job.posting, job.corrections);
    shown.set(job, posting);
  }
  return posting;
}
