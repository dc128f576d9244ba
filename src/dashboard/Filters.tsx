// Search as you type and one control per facet. Every control has a visible label.
import type { Workplace } from '../model/posting';
import type { Status } from '../model/saved-job';
import { StatusOptions } from '../ui/StatusOptions';
import { type Filters as FilterState, FOLLOW_UP_FILTERS, type FollowUpFilter, isFiltered, NO_FILTERS } from './filter';

interface Props {
  filters: FilterState;
  onChange: (next: FilterState) => void;
  tags: string[];
  skills: string[];
  /** Whether there is a profile: the fit filters show only then. */
  withFit: boolean;
}

const number = (value: string): number | null => {
  const n = Number.parseFloat(value.replace(/[\s,]/g, ''));
  return Number.isFinite(n) ? n : null;
};

export function Filters({ filters, onChange, tags, skills, withFit }: Props) {
  const set = <K extends keyof FilterState>(key: K, value: FilterState[K]) => onChange({ ...filters, [key]: value });
  return (
    <search class="filters" aria-label="Search and filters">
      <label class="search">
        Search
        <input
          type="search"
          placeholder="Title, company, skill, notes, description…"
          value={filters.query}
          onInput={(e) => set('query', e.currentTarget.value)}
        />
      </label>
      <label>
        Status
        <select value={filters.status} onChange={(e) => set('status', e.currentTarget.value as Status | '')}>
          <option value="">Any</option>
          <StatusOptions />
        </select>
      </label>
      <label>
        Tag
        <select value={filters.tag} onChange={(e) => set('tag', e.currentTarget.value)}>
          <option value="">Any</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label>
        Workplace
        <select value={filters.workplace} onChange={(e) => set('workplace', e.currentTarget.value as Workplace | '')}>
          <option value="">Any</option>
          <option value="remote">Remote</option>
          <option value="hybrid">Hybrid</option>
          <option value="onsite">On-site</option>
        </select>
      </label>
      <SalaryField label="Salary from (a year)" value={filters.salaryMin} onChange={(v) => set('salaryMin', v)} />
      <SalaryField label="Salary to (a year)" value={filters.salaryMax} onChange={(v) => set('salaryMax', v)} />
      <label>
        Location
        <input type="text" value={filters.location} onInput={(e) => set('location', e.currentTarget.value)} />
      </label>
      <label>
        Skill
        <input
          type="text"
          list="skill-list"
          value={filters.skill}
          onInput={(e) => set('skill', e.currentTarget.value)}
        />
        <datalist id="skill-list">
          {skills.slice(0, 500).map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </label>
      <label>
        Follow-up
        <select value={filters.followUp} onChange={(e) => set('followUp', e.currentTarget.value as FollowUpFilter)}>
          <option value="">Any</option>
          {Object.entries(FOLLOW_UP_FILTERS).map(([value, words]) => (
            <option key={value} value={value}>
              {words}
            </option>
          ))}
        </select>
      </label>
      <label>
        Saved from
        <input type="date" value={filters.savedFrom} onChange={(e) => set('savedFrom', e.currentTarget.value)} />
      </label>
      <label>
        Saved to
        <input type="date" value={filters.savedTo} onChange={(e) => set('savedTo', e.currentTarget.value)} />
      </label>
      {withFit && (
        <>
          <label class="choice">
            <input
              type="checkbox"
              checked={filters.noDealBreakers}
              onChange={(e) => set('noDealBreakers', e.currentTarget.checked)}
            />
            No deal-breakers
          </label>
          <label class="choice">
            <input
              type="checkbox"
              checked={filters.fitsMost}
              onChange={(e) => set('fitsMost', e.currentTarget.checked)}
            />
            Meets ≥ 80% of requirements
          </label>
        </>
      )}
      <label class="choice">
        <input type="checkbox" checked={filters.changed} onChange={(e) => set('changed', e.currentTarget.checked)} />
        Changed since saved
      </label>
      <label class="choice">
        <input type="checkbox" checked={filters.closed} onChange={(e) => set('closed', e.currentTarget.checked)} />
        Closed
      </label>
      {isFiltered(filters) && (
        <button type="button" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </search>
  );
}

function SalaryField(props: { label: string; value: number | null; onChange: (value: number | null) => void }) {
  return (
    <label>
      {props.label}
      <input
        type="number"
        min="0"
        step="1000"
        value={props.value ?? ''}
        onInput={(e) => props.onChange(number(e.currentTarget.value))}
      />
    </label>
  );
}
