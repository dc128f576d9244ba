// One job, opened: the posting as it was saved (text and lists, never page HTML)
// with the person's corrections of what was read (each fact, and the part each
// item is in), its status history (with its corrections), notes, tags, rating
// and follow-up date, and a link to the live page.
import { useEffect, useRef, useState } from 'preact/hooks';
import { companyOf, dateTimeOf, isWebUrl, salaryOf, titleOf, workplaceOf } from '../export/fields';
import { jobFit } from '../fit/job-fit';
import { correctedFacts, shownPosting } from '../model/corrections';
import { FACT_LABELS } from '../model/fact-words';
import type { EventCorrection } from '../model/history';
import type { JobPatch } from '../model/job-patch';
import type { Profile } from '../model/profile';
import type { SavedJob, Status } from '../model/saved-job';
import { FactsForm } from '../ui/FactsForm';
import { FitView } from '../ui/FitView';
import { PartsForm } from '../ui/PartsForm';
import { RatingAndFollowUp } from '../ui/RatingAndFollowUp';
import { StatusOptions } from '../ui/StatusOptions';
import { useEdits } from '../ui/useEdits';
import { History } from './History';
import { Revisits } from './Revisits';

interface Props {
  job: SavedJob;
  /** The person's profile, when they have one: the view shows how the job fits it. */
  profile?: Profile | null;
  /** The names of the CV versions the person keeps, to record which one was sent. */
  cvs?: readonly string[];
  onChange: (patch: JobPatch) => Promise<void>;
  /** A correction of the history: written as it is, not shown ahead of the store's answer. */
  onCorrect: (correction: EventCorrection) => Promise<void>;
  onClose: () => void;
}

/** The day of the job's latest reading, where the posting was read again since it was saved (the fit weighs that one). */
function latestOn(job: SavedJob): string | undefined {
  const at = job.revisits?.at(-1)?.at;
  return at && dateTimeOf(at).slice(0, 10);
}

export function JobView({ job: stored, profile, cvs = [], onChange, onCorrect, onClose }: Props) {
  // The person's edits show at once, before the store answers (ui/useEdits.ts).
  const [job, edit] = useEdits(stored, onChange);
  const p = shownPosting(job);
  const corrected = correctedFacts(job.corrections);
  const [notes, setNotes] = useState(job.notes);
  const [tags, setTags] = useState(job.tags.join(', '));
  const heading = useRef<HTMLHeadingElement>(null);
  // A field being typed in is reset only when that field changed in the store (or
  // another job opened), never because another field of the job was saved.
  const storedTags = stored.tags.join(', ');
  useEffect(() => setNotes(stored.notes), [stored.id, stored.notes]);
  useEffect(() => setTags(storedTags), [stored.id, storedTags]);
  useEffect(() => heading.current?.focus(), [job.id]);
  const facts = [companyOf(job), p.locations.join('; '), workplaceOf(job), salaryOf(job)].filter(Boolean);

  return (
    <div
      class="job-view"
      role="dialog"
      aria-labelledby="job-view-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header>
        <h2 id="job-view-title" tabIndex={-1} ref={heading}>
          {titleOf(job)}
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <p>{facts.join(' · ')}</p>
      {corrected.length > 0 && <p>Corrected by you: {corrected.map((f) => FACT_LABELS[f]).join(', ')}.</p>}
      {isWebUrl(job.url) && (
        <p>
          <a href={job.url} target="_blank" rel="noopener noreferrer">
            Open the live posting
          </a>
        </p>
      )}
      <Revisits job={job} />
      {profile ? (
        <FitView fit={jobFit(job, profile)} readOn={latestOn(job)} />
      ) : (
        <p class="hint">Fill in your profile (the Profile view) to see how this job fits you, item by item.</p>
      )}
      <div class="edit">
        <label>
          Status
          <select value={job.status} onChange={(e) => void edit({ status: e.currentTarget.value as Status })}>
            <StatusOptions />
          </select>
        </label>
        <label>
          Tags (comma-separated)
          <input
            type="text"
            value={tags}
            onInput={(e) => setTags(e.currentTarget.value)}
            onBlur={() => {
              if (tags !== job.tags.join(', ')) void edit({ tags: tags.split(',') });
            }}
          />
        </label>
        <RatingAndFollowUp job={job} onEdit={edit} />
        {(cvs.length > 0 || job.cvSent) && (
          <label>
            CV sent with the application
            <select value={job.cvSent ?? ''} onChange={(e) => void edit({ cvSent: e.currentTarget.value || null })}>
              <option value="">Not said</option>
              {[...new Set([...cvs, ...(job.cvSent ? [job.cvSent] : [])])].map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label class="notes">
          Notes
          <textarea rows={5} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
        </label>
        <button type="button" disabled={notes === job.notes} onClick={() => void edit({ notes })}>
          Save notes
        </button>
      </div>
      <History job={job} onCorrect={onCorrect} />
      <section aria-label="What Jobmark read">
        <h3>What Jobmark read</h3>
        <p class="hint">A correction is kept with the job; the value read stays beside it.</p>
        <FactsForm job={job} onCorrect={(correct) => edit({ correct })} />
      </section>
      <section aria-label="The posting as saved">
        <h3>The posting as saved on {dateTimeOf(job.savedAt).slice(0, 10)}</h3>
        {p.skills.length > 0 && <p>Skills: {p.skills.join(', ')}</p>}
        <PartsForm job={job} onCorrect={(correct) => edit({ correct })} />
        {p.description && <div class="description">{p.description}</div>}
      </section>
    </div>
  );
}
