// How a posting fits the person, shown item by item with the reason for each
// verdict: the summary, the deal-breakers, each requirement and nice-to-have, and
// the skills lacking. Shared by the popup and the dashboard's job view. Posting
// text is rendered as text, never as HTML.
import type { Fit, ItemFit } from '../fit/fit';
import { summarise } from '../fit/summary';
import { VERDICT_SAID as VERDICT } from '../model/verdict';

function Items({ label, items }: { label: string; items: ItemFit[] }) {
  if (!items.length) return null;
  return (
    <>
      <h4>{label}</h4>
      <ul class="fit-items" aria-label={label}>
        {items.map((item, i) => (
          // Keyed by place: a posting may list the same words twice.
          <li key={i} class={`fit-${item.verdict}`}>
            <span class="fit-verdict">
              <span aria-hidden="true">{VERDICT[item.verdict].mark} </span>
              {VERDICT[item.verdict].words}:
            </span>{' '}
            {item.text}
            {item.reasons.length > 0 && <span class="fit-reasons"> ({item.reasons.join('; ')})</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

interface Props {
  fit: Fit;
  heading?: 'h2' | 'h3';
  /** When the reading weighed was made, where it is a later one than the posting shown (a revisit). */
  readOn?: string;
}

export function FitView({ fit, heading = 'h3', readOn }: Props) {
  const summary = summarise(fit);
  const Heading = heading;
  return (
    <section class="fit" aria-label="How it fits you">
      <Heading>How it fits you</Heading>
      <p class="fit-summary">{summary.text}</p>
      {readOn && <p class="hint">Weighed on the posting as last read, on {readOn}.</p>}
      {fit.dealBreakers.length > 0 && (
        <ul class="fit-deal-breakers" aria-label="Deal-breakers">
          {fit.dealBreakers.map((d) => (
            <li key={d.kind}>
              <strong>Deal-breaker:</strong> {d.text}
            </li>
          ))}
        </ul>
      )}
      <Items label="Requirements" items={fit.requirements} />
      <Items label="Nice to have" items={fit.niceToHave} />
      {fit.missingSkills.length > 0 && (
        <p class="fit-missing">Skills it names that your profile lacks: {fit.missingSkills.join(', ')}</p>
      )}
    </section>
  );
}
