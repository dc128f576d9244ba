// A saved job's rating (none to five stars) and follow-up date: the popup's
// editor and the dashboard's job view show the same controls, with the same
// names, and report the same edits.
import type { Rating, SavedJob } from '../model/saved-job';

export type RatingOrFollowUp = { rating: Rating } | { followUp: string | null };

interface Props {
  job: Pick<SavedJob, 'rating' | 'followUp'>;
  onEdit: (edit: RatingOrFollowUp) => unknown;
}

const RATINGS: readonly Rating[] = [0, 1, 2, 3, 4, 5];

export function RatingAndFollowUp({ job, onEdit }: Props) {
  return (
    <>
      <fieldset class="rating">
        <legend>Rating</legend>
        {RATINGS.map((r) => (
          <label key={r}>
            <input
              type="radio"
              name="rating"
              value={r}
              checked={job.rating === r}
              onChange={() => void onEdit({ rating: r })}
            />
            {r === 0 ? 'None' : `${r} star${r === 1 ? '' : 's'}`}
          </label>
        ))}
      </fieldset>
      <label>
        Follow up on
        <input
          type="date"
          value={job.followUp ?? ''}
          onChange={(e) => void onEdit({ followUp: e.currentTarget.value || null })}
        />
      </label>
    </>
  );
}
