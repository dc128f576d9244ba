// The site rules page: what Jobmark learnt of each site from a person's
// corrections (which site, what it changes, from which job, when), each with a
// button that forgets it. A rule forgotten takes effect the next time a page of
// its site is read: the reader's own result comes back.
import { dateTimeOf } from '../export/fields';
import type { SavedJob } from '../model/saved-job';
import { describeRule, describeScope, type SiteRule } from '../model/site-rules';

interface Props {
  rules: SiteRule[];
  jobs: SavedJob[];
  onOpen: (id: string) => void;
  onRemove: (rule: SiteRule) => void;
}

export function Rules({ rules, jobs, onOpen, onRemove }: Props) {
  const saved = new Set(jobs.map((j) => j.id));
  return (
    <section aria-labelledby="rules-heading" class="rules">
      <h2 id="rules-heading">Site rules</h2>
      <p class="hint">
        When you move a whole heading’s items to another part, drop words from a company’s name, or say a page is (or is
        not) a job posting, Jobmark remembers it for that site, and reads its next postings that way. On a job system
        that hosts many companies’ boards (Greenhouse, Lever, Ashby …), a rule is for the one company’s board. Remove a
        rule to read the site as before: saved jobs it changed are read again without it.
      </p>
      {rules.length === 0 ? (
        <p>No site rules yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Applies to</th>
              <th scope="col">What it changes</th>
              <th scope="col">Learnt from</th>
              <th scope="col">When</th>
              <th scope="col">Remove</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => (
              <tr key={rule.id}>
                <th scope="row">{rule.site}</th>
                <td>{describeScope(rule)}</td>
                <td>{describeRule(rule)}</td>
                <td>
                  {rule.from && saved.has(rule.from.jobId) ? (
                    <button type="button" class="link" onClick={() => onOpen(rule.from!.jobId)}>
                      {rule.from.title}
                    </button>
                  ) : (
                    (rule.from?.title ?? '—')
                  )}
                </td>
                <td>
                  <time dateTime={rule.at}>{dateTimeOf(rule.at)}</time>
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Remove rule for ${rule.board ? `${rule.site}/${rule.board}` : rule.site}: ${describeRule(rule)}`}
                    onClick={() => onRemove(rule)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
