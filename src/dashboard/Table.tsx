// The table of saved jobs. Only the first rows are rendered ("Show more" adds
// the next page): 10,000 rows of DOM would make every keystroke slow, and no one
// reads past the first hundred without narrowing the search.
import { companyOf, dateTimeOf, locationsOf, salaryOf, titleOf, workplaceOf } from '../export/fields';
import { localDay } from '../model/due';
import { plural } from '../model/plural';
import { DueDate } from '../ui/DueDate';
import type { Entry } from './entries';
import { SORT_KEYS, type Sort, type SortKey } from './sort';

const HEADINGS: Record<SortKey, string> = {
  title: 'Title',
  company: 'Company',
  location: 'Location',
  workplace: 'Workplace',
  salary: 'Salary',
  fit: 'Fit',
  status: 'Status',
  tags: 'Tags',
  followUp: 'Follow-up',
  saved: 'Saved',
};

interface Props {
  entries: Entry[];
  limit: number;
  onMore: () => void;
  sort: Sort;
  onSort: (sort: Sort) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onOpen: (id: string) => void;
  /** Whether there is a profile to weigh the jobs against: the Fit column shows only then. */
  withFit: boolean;
}

export function Table({ entries, limit, onMore, sort, onSort, selected, onSelect, onOpen, withFit }: Props) {
  const keys = withFit ? SORT_KEYS : SORT_KEYS.filter((key) => key !== 'fit');
  const rows = entries.slice(0, limit);
  const today = localDay();
  const allSelected = entries.length > 0 && entries.every((e) => selected.has(e.job.id));
  return (
    <>
      <table class="jobs">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={`Select all ${plural(entries.length, 'shown job')}`}
                checked={allSelected}
                onChange={(e) =>
                  onSelect(
                    entries.map((x) => x.job.id),
                    e.currentTarget.checked,
                  )
                }
              />
            </th>
            {keys.map((key) => {
              const active = sort.key === key;
              return (
                <th key={key} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                  <button
                    type="button"
                    class="sort"
                    onClick={() =>
                      onSort({ key, descending: active ? !sort.descending : key === 'saved' || key === 'fit' })
                    }
                  >
                    {HEADINGS[key]}
                    <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ job, fit }) => {
            const title = titleOf(job);
            return (
              <tr key={job.id} class={selected.has(job.id) ? 'selected' : undefined}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select ${title}`}
                    checked={selected.has(job.id)}
                    onChange={(e) => onSelect([job.id], e.currentTarget.checked)}
                  />
                </td>
                <th scope="row">
                  <button type="button" class="link" onClick={() => onOpen(job.id)}>
                    {title}
                  </button>
                  {(job.closedAt || job.revisits) && ' '}
                  {job.closedAt ? (
                    <span class="chip revisit-chip">closed</span>
                  ) : job.revisits ? (
                    <span class="chip revisit-chip">changed</span>
                  ) : null}
                </th>
                <td>{companyOf(job)}</td>
                <td>{locationsOf(job)}</td>
                <td>{workplaceOf(job)}</td>
                <td>{salaryOf(job)}</td>
                {withFit && (
                  <td class="fit-cell">
                    {fit?.parts.items && `${fit.parts.items}, `}
                    <span class={fit?.dealBreakers ? 'fit-breaks' : undefined}>{fit?.parts.breakers}</span>
                  </td>
                )}
                <td>
                  <span class={`status status-${job.status}`}>{job.status}</span>
                </td>
                <td>
                  {job.tags.length > 0 && (
                    <ul class="tags" aria-label="Tags">
                      {job.tags.map((tag) => (
                        <li key={tag} class="chip">
                          {tag}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td class="date">
                  <DueDate day={job.followUp} today={today} />
                </td>
                <td class="date">
                  <time dateTime={job.savedAt}>{dateTimeOf(job.savedAt).slice(0, 10)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {entries.length > rows.length && (
        <button type="button" class="more" onClick={onMore}>
          Show more ({entries.length - rows.length} not shown)
        </button>
      )}
    </>
  );
}
