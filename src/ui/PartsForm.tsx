// The parts of the posting as a form: every item read, listed in the part it is
// in now, with a select that moves it to another part or out of the posting;
// and, for each heading the items stood under, one select that moves all of its
// items at once (which Jobmark can remember for the site). Keyboard and screen
// reader reach every select by its name; nothing here needs a pointer or drag.

import { type CorrectionEdit, placeOf } from '../model/correction-edit';
import { ITEM_PARTS, ITEM_PLACES, type ItemPart, type ItemPlace } from '../model/corrections';
import { PLACE_WORDS } from '../model/fact-words';
import type { SavedJob } from '../model/saved-job';

interface Props {
  job: Pick<SavedJob, 'posting' | 'corrections'>;
  onCorrect: (edit: CorrectionEdit) => unknown;
}

interface Item {
  from: ItemPart;
  text: string;
  heading: string | null;
  place: ItemPlace;
}

const headingAt = (under: unknown, i: number): string | null => {
  const h = Array.isArray(under) ? under[i] : null;
  return typeof h === 'string' && h.trim() ? h : null;
};

/** Long items are named by their start: a select's name must stay something a person can hear. */
const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

function Places({ value, label, onChange }: { value: ItemPlace; label: string; onChange: (to: ItemPlace) => void }) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value as ItemPlace)}>
      {ITEM_PLACES.map((place) => (
        <option key={place} value={place}>
          {PLACE_WORDS[place]}
        </option>
      ))}
    </select>
  );
}

export function PartsForm({ job, onCorrect }: Props) {
  const { posting, corrections } = job;
  const items: Item[] = ITEM_PARTS.flatMap((from) =>
    posting[from].map((text, i) => ({
      from,
      text,
      // A saved posting came from a page: only text is a heading's words.
      heading: headingAt(posting.provenance[from]?.under, i),
      place: placeOf(corrections, from, text),
    })),
  );
  if (!items.length) return null;
  // One select per heading and the part it was read as: where all of its items are now, or as read.
  const headings = new Map<string, { heading: string; from: ItemPart; items: Item[] }>();
  for (const item of items) {
    if (!item.heading) continue;
    const key = `${item.from}\n${item.heading}`;
    const group = headings.get(key) ?? { heading: item.heading, from: item.from, items: [] };
    group.items.push(item);
    headings.set(key, group);
  }

  return (
    <form class="parts" aria-label="Parts of the posting" onSubmit={(e) => e.preventDefault()}>
      {headings.size > 0 && (
        <fieldset>
          <legend>Headings on the page</legend>
          {[...headings.values()].map(({ heading, from, items: under }) => {
            const places = new Set(under.map((i) => i.place));
            const value = places.size === 1 ? [...places][0]! : from;
            return (
              <p key={`${from}\n${heading}`}>
                “{heading}” ({under.length} read as {PLACE_WORDS[from].toLowerCase()}):{' '}
                <Places
                  label={`Part for everything under “${short(heading)}”`}
                  value={value}
                  onChange={(to) => void onCorrect({ kind: 'heading', heading, from, to })}
                />
              </p>
            );
          })}
        </fieldset>
      )}
      {ITEM_PLACES.map((place) => {
        const here = items.filter((i) => i.place === place);
        return here.length ? (
          <section key={place} aria-label={PLACE_WORDS[place]}>
            <h4>
              {PLACE_WORDS[place]}
              {place !== 'none' && posting.provenance[place]?.guessed && (
                <span class="hint"> (guessed from what the items say: no heading named them)</span>
              )}
            </h4>
            <ul>
              {here.map((item) => (
                <li key={`${item.from}\n${item.text}`}>
                  {item.text}{' '}
                  <Places
                    label={`Part for “${short(item.text)}”`}
                    value={item.place}
                    onChange={(to) => void onCorrect({ kind: 'move', from: item.from, text: item.text, to })}
                  />
                </li>
              ))}
            </ul>
          </section>
        ) : null;
      })}
    </form>
  );
}
