// The parts of a posting as the forms that move items list them (the popup, the
// job view, the page panel): every item read or added, in the part it is in now,
// grouped by the heading it stood under, and the names their controls carry.
import { placeOf } from './correction-edit';
import { type Corrections, ITEM_PARTS, type ItemPart, type ItemPlace, withAdds } from './corrections';
import type { JobPosting } from './posting';

export interface PartItem {
  /** The part it was read in (or added to): a move names it so. */
  from: ItemPart;
  text: string;
  /** The words of the heading it stood under on the page, or null. */
  heading: string | null;
  place: ItemPlace;
}

export interface HeadingGroup {
  heading: string;
  from: ItemPart;
  items: PartItem[];
  /** Where all of its items are now; as read where they went different ways. */
  place: ItemPlace;
}

const headingAt = (under: unknown, i: number): string | null => {
  const h = Array.isArray(under) ? under[i] : null;
  return typeof h === 'string' && h.trim() ? h : null;
};

/** Every item of `posting` (as read), with the items the person added, each where it is now. */
export function partItems(posting: JobPosting, corrections: Corrections | undefined): PartItem[] {
  const all = withAdds(posting, corrections?.adds);
  return ITEM_PARTS.flatMap((from) =>
    all[from].map((text, i) => ({
      from,
      text,
      // A saved posting came from a page: only text is a heading's words.
      heading: headingAt(all.provenance[from]?.under, i),
      place: placeOf(corrections, from, text),
    })),
  );
}

/** One group per heading and the part its items were read as. */
export function headingGroups(items: readonly PartItem[]): HeadingGroup[] {
  const groups = new Map<string, HeadingGroup>();
  for (const item of items) {
    if (!item.heading) continue;
    const key = `${item.from}\n${item.heading}`;
    const group = groups.get(key) ?? { heading: item.heading, from: item.from, items: [], place: item.from };
    group.items.push(item);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const places = new Set(group.items.map((i) => i.place));
    group.place = places.size === 1 ? [...places][0]! : group.from;
  }
  return [...groups.values()];
}

/** Long items are named by their start: a control's name must stay something a person can hear. */
export const shortText = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}…` : text);
export const itemLabel = (text: string): string => `Part for “${shortText(text)}”`;
export const headingLabel = (heading: string): string => `Part for everything under “${shortText(heading)}”`;
