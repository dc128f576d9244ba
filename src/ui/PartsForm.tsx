// The parts of the posting as a form: every item read, listed in the part it is
// in now, with a select that moves it to another part or out of the posting;
// and, for each heading the items stood under, one select that moves all of its
// items at once (which Jobmark can remember for the site). Keyboard and screen
// reader reach every select by its name; nothing here needs a pointer or drag.

import type { CorrectionEdit } from '../model/correction-edit';
import { ITEM_PLACES, type ItemPlace } from '../model/corrections';
import { PLACE_WORDS } from '../model/fact-words';
import { headingGroups, headingLabel, itemLabel, partItems } from '../model/parts-list';
import type { SavedJob } from '../model/saved-job';

interface Props {
  job: Pick<SavedJob, 'posting' | 'corrections'>;
  onCorrect: (edit: CorrectionEdit) => unknown;
}

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
  const items = partItems(posting, corrections);
  if (!items.length) return null;
  // One select per heading and the part it was read as: where all of its items are now, or as read.
  const headings = headingGroups(items);

  return (
    <form class="parts" aria-label="Parts of the posting" onSubmit={(e) => e.preventDefault()}>
      {headings.length > 0 && (
        <fieldset>
          <legend>Headings on the page</legend>
          {headings.map(({ heading, from, items: under, place: value }) => {
            return (
              <p key={`${from}\n${heading}`}>
                “{heading}” ({under.length} read as {PLACE_WORDS[from].toLowerCase()}):{' '}
                <Places
                  label={headingLabel(heading)}
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
                    label={itemLabel(item.text)}
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
