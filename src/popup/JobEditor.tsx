// Editing a saved job from the popup: status, tags (suggested from tags already
// used), notes, rating and follow-up date. Each control has a visible label.
// Notes are saved when typing pauses and on leaving the field; what was typed
// stays in the field if saving fails, so nothing is lost. The controls show the
// person's edits at once, before the store answers (ui/useEdits.ts).
// Below them, on request, the facts Jobmark read and the parts of the posting,
// to correct (ui/FactsForm.tsx, ui/PartsForm.tsx): the page's highlights follow.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JobEdit } from '../messages';
import type { SavedJob } from '../model/saved-job';
import { FactsForm } from '../ui/FactsForm';
import { PartsForm } from '../ui/PartsForm';
import { RatingAndFollowUp } from '../ui/RatingAndFollowUp';
import { StatusOptions } from '../ui/StatusOptions';
import { useEdits } from '../ui/useEdits';

interface Props {
  job: SavedJob;
  tagSuggestions: string[];
  onEdit(edit: JobEdit): Promise<void>;
}

const NOTES_PAUSE_MS = 600;
const splitTags = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

export function JobEditor({ job: stored, tagSuggestions, onEdit }: Props) {
  const [job, edit] = useEdits(stored, onEdit);
  const [tagText, setTagText] = useState(job.tags.join(', '));
  const [notes, setNotes] = useState(job.notes);
  const [correcting, setCorrecting] = useState(false);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(pending.current), []);

  const saveNotes = (text: string) => {
    clearTimeout(pending.current);
    if (text !== job.notes) void edit({ notes: text });
  };
  const saveTags = () => {
    const tags = splitTags(tagText);
    if (tags.join('\n') !== job.tags.join('\n')) void edit({ tags });
  };
  // Suggest tags the job does not have yet, completing the last one being typed.
  const typed = tagText.split(',');
  const head = typed
    .slice(0, -1)
    .map((t) => t.trim())
    .filter(Boolean);
  const prefix = head.length ? `${head.join(', ')}, ` : '';
  const suggestions = tagSuggestions.filter((t) => !head.includes(t)).map((t) => prefix + t);

  return (
    <>
      <form class="editor" onSubmit={(e) => e.preventDefault()}>
        <label>
          Status
          <select
            value={job.status}
            onChange={(e) => void edit({ status: e.currentTarget.value as SavedJob['status'] })}
          >
            <StatusOptions />
          </select>
        </label>
        <label>
          Tags
          <input
            type="text"
            list="jobmark-tags"
            value={tagText}
            placeholder="remote, shortlist"
            onInput={(e) => setTagText(e.currentTarget.value)}
            onBlur={saveTags}
            onKeyDown={(e) => e.key === 'Enter' && saveTags()}
          />
          <datalist id="jobmark-tags">
            {suggestions.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
        </label>
        <label>
          Notes
          <textarea
            rows={3}
            value={notes}
            onInput={(e) => {
              const text = e.currentTarget.value;
              setNotes(text);
              clearTimeout(pending.current);
              pending.current = setTimeout(() => saveNotes(text), NOTES_PAUSE_MS);
            }}
            onBlur={() => saveNotes(notes)}
          />
        </label>
        <RatingAndFollowUp job={job} onEdit={edit} />
      </form>
      <button
        type="button"
        class="correct-toggle"
        aria-expanded={correcting}
        aria-controls="jobmark-correct"
        onClick={() => setCorrecting(!correcting)}
      >
        Correct what Jobmark read
      </button>
      <div id="jobmark-correct" hidden={!correcting}>
        {correcting && (
          <>
            <FactsForm job={job} onCorrect={(correct) => edit({ correct })} />
            <PartsForm job={job} onCorrect={(correct) => edit({ correct })} />
          </>
        )}
      </div>
    </>
  );
}
