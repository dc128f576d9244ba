// Export exactly what is shown: the filtered jobs in their sorted order.
import { jobsToCsv } from '../export/csv';
import { jobsToJson } from '../export/json';
import { jobsToMarkdown } from '../export/markdown';
import { jobsToTsv } from '../export/tsv';
import { fitLine } from '../fit/summary';
import { plural } from '../model/plural';
import type { Profile } from '../model/profile';
import type { SavedJob } from '../model/saved-job';
import type { SiteRule } from '../model/site-rules';
import { downloadText, fileName } from './download';

interface Props {
  jobs: () => SavedJob[];
  /** The person's profile, if any: the CSV and Markdown then say how each job fits, and the backup carries it. */
  profile: Profile | null;
  /** Every site rule: the JSON backup carries them all, whatever jobs it holds. */
  rules: SiteRule[];
  name: string;
  /** Say what happened, in the dashboard's status message. */
  onMessage: (text: string) => void;
}

export function ExportBar({ jobs, profile, rules, name, onMessage }: Props) {
  const fit = profile ? fitLine(profile) : undefined;
  const copy = async () => {
    try {
      const shown = jobs();
      await navigator.clipboard.writeText(jobsToTsv(shown));
      onMessage(`Copied ${plural(shown.length, 'job')} as a table: paste into a spreadsheet.`);
    } catch (e) {
      onMessage(`Could not copy: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <fieldset class="exports">
      <legend>Export what is shown</legend>
      <button
        type="button"
        onClick={() => downloadText(fileName(name, 'csv'), jobsToCsv(jobs(), fit), 'text/csv;charset=utf-8')}
      >
        Export CSV
      </button>
      <button
        type="button"
        onClick={() =>
          downloadText(
            fileName(name, 'json'),
            jobsToJson(jobs(), new Date(), rules, profile),
            'application/json;charset=utf-8',
          )
        }
      >
        Export JSON backup
      </button>
      <button
        type="button"
        onClick={() =>
          downloadText(fileName(name, 'md'), jobsToMarkdown(jobs(), name, fit), 'text/markdown;charset=utf-8')
        }
      >
        Export Markdown
      </button>
      <button type="button" onClick={() => void copy()}>
        Copy as table
      </button>
    </fieldset>
  );
}
