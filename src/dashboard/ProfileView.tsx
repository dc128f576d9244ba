// The person's own profile, set beside every posting to say how it fits. Nothing
// is required; a field left empty says nothing and rules nothing out. Started
// from a CV (CvReader) or typed; saved when the person presses Save, checked as
// every import is (model/validate-profile.ts).
import { useEffect, useRef, useState } from 'preact/hooks';
import { languageName } from '../fit/languages';
import { canonicalSkill, skillKey } from '../fit/skills';
import type { Education, EmploymentType, SalaryPeriod, Workplace } from '../model/posting';
import { type CvVersion, type Profile, type ProfileSkill, SKILL_LEVELS, type SkillLevel } from '../model/profile';
import { DEGREES, EMPLOYMENT_TYPES, PERIODS, profileProblem, WORKPLACES } from '../model/validate-profile';
import { type CvChoice, CvReader } from './CvReader';

const DEGREE_WORDS: Record<Education, string> = { bachelor: 'Bachelor’s', master: 'Master’s', phd: 'PhD' };
const WORKPLACE_WORDS: Record<Workplace, string> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' };
const TYPE_WORDS: Record<EmploymentType, string> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  temporary: 'Temporary',
  internship: 'Internship',
};

/** The form as typed: numbers and lists stay text until saved, so a half-typed value is never lost. */
interface Draft {
  skills: { name: string; level: SkillLevel | ''; years: string }[];
  years: string;
  degrees: Education[];
  languages: string;
  places: string;
  workplaces: Workplace[];
  payAmount: string;
  payCurrency: string;
  payPeriod: SalaryPeriod;
  sponsorship: '' | 'yes' | 'no';
  employmentTypes: EmploymentType[];
  cvs: CvVersion[];
}

const list = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

function draftOf(p: Profile): Draft {
  return {
    skills: p.skills.map((s) => ({ name: s.name, level: s.level ?? '', years: s.years?.toString() ?? '' })),
    years: p.years?.toString() ?? '',
    degrees: p.degrees,
    languages: p.languages.join(', '),
    places: p.places.join('; '),
    workplaces: p.workplaces,
    payAmount: p.payFloor?.amount.toString() ?? '',
    payCurrency: p.payFloor?.currency ?? '',
    payPeriod: p.payFloor?.period ?? 'year',
    sponsorship: p.needsSponsorship === null ? '' : p.needsSponsorship ? 'yes' : 'no',
    employmentTypes: p.employmentTypes,
    cvs: p.cvs ?? [],
  };
}

function profileOf(d: Draft, updatedAt: string | null): Profile {
  const amount = numberOrNull(d.payAmount);
  return {
    skills: d.skills
      .filter((s) => s.name.trim())
      .map((s): ProfileSkill => ({ name: s.name.trim(), level: s.level || null, years: numberOrNull(s.years) })),
    years: numberOrNull(d.years),
    degrees: DEGREES.filter((x) => d.degrees.includes(x)),
    languages: [...new Set(list(d.languages).map(languageName))],
    places: list(d.places),
    workplaces: WORKPLACES.filter((x) => d.workplaces.includes(x)),
    payFloor: amount === null ? null : { amount, currency: d.payCurrency.trim().toUpperCase(), period: d.payPeriod },
    needsSponsorship: d.sponsorship === '' ? null : d.sponsorship === 'yes',
    employmentTypes: EMPLOYMENT_TYPES.filter((x) => d.employmentTypes.includes(x)),
    updatedAt,
    ...(d.cvs.length && { cvs: d.cvs }),
  };
}

/** The CV's findings added to the draft: skills and languages not there yet, the years where none are typed. */
function withCv(d: Draft, cv: CvChoice): Draft {
  const have = new Set(d.skills.map((s) => skillKey(s.name)));
  const skills = cv.skills
    .filter((s) => !have.has(skillKey(s)))
    .map((s) => ({ name: s, level: '' as const, years: '' }));
  const languages = [...new Set([...list(d.languages).map(languageName), ...cv.languages])];
  return {
    ...d,
    skills: [...d.skills, ...skills],
    years: d.years.trim() || cv.years === null ? d.years : String(cv.years),
    degrees: DEGREES.filter((x) => d.degrees.includes(x) || cv.degrees.includes(x)),
    languages: languages.join(', '),
  };
}

/** One option per value, named by it. */
const options = (values: readonly string[]) =>
  values.map((v) => (
    <option key={v} value={v}>
      {v}
    </option>
  ));

function Checks<T extends string>(props: {
  legend: string;
  values: readonly T[];
  words: Record<T, string>;
  chosen: T[];
  onChange: (chosen: T[]) => void;
}) {
  return (
    <fieldset class="checks">
      <legend>{props.legend}</legend>
      {props.values.map((v) => (
        <label key={v} class="choice">
          <input
            type="checkbox"
            checked={props.chosen.includes(v)}
            onChange={(e) =>
              props.onChange(e.currentTarget.checked ? [...props.chosen, v] : props.chosen.filter((x) => x !== v))
            }
          />
          {props.words[v]}
        </label>
      ))}
    </fieldset>
  );
}

interface Props {
  profile: Profile;
  /** Save; rejects with a message when the store refuses it. */
  onSave: (profile: Profile) => Promise<void>;
}

export function ProfileView({ profile, onSave }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(profile));
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  // A profile saved or imported meanwhile replaces the form; the first render's is already in it.
  const shown = useRef(profile);
  useEffect(() => {
    if (shown.current === profile) return;
    shown.current = profile;
    setDraft(draftOf(profile));
  }, [profile]);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setSkill = (i: number, change: Partial<Draft['skills'][number]>) =>
    set(
      'skills',
      draft.skills.map((s, k) => (k === i ? { ...s, ...change } : s)),
    );

  const save = async (e: Event) => {
    e.preventDefault();
    const next = profileOf(draft, profile.updatedAt);
    const problem = profileProblem(next);
    if (problem) {
      setError(`Not saved: ${problem}.`);
      return;
    }
    try {
      await onSave(next);
      setError(null);
      setAdded(null);
    } catch (err) {
      setError(`Not saved: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  return (
    <section class="profile-view" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Your profile</h2>
      <p class="hint">
        Kept on this computer only, and in your JSON backups. Jobmark sets it beside each posting to show how the job
        fits you, item by item. Nothing is required.
      </p>
      <CvReader
        onKeep={(cv) => {
          setDraft((d) => withCv(d, cv));
          setAdded('Added to the form below: check it, then save your profile.');
        }}
        onKeepVersion={(name, text) => {
          const cv: CvVersion = { name, text, savedAt: new Date().toISOString() };
          setDraft((d) => ({ ...d, cvs: [...d.cvs.filter((c) => c.name.toLowerCase() !== name.toLowerCase()), cv] }));
          setAdded(`“${name}” added to your CV versions below: save your profile to keep it.`);
        }}
      />
      {added && <p role="status">{added}</p>}
      <form class="profile-form" aria-label="Your profile" onSubmit={(e) => void save(e)}>
        <fieldset class="skills">
          <legend>Skills</legend>
          {draft.skills.length === 0 && <p class="hint">No skills yet.</p>}
          <ul>
            {draft.skills.map((s, i) => {
              const name = s.name.trim() || `skill ${i + 1}`;
              const canonical = canonicalSkill(s.name);
              return (
                // Keyed by place: a name being typed is no key, and every field is controlled.
                <li key={i}>
                  <label class="stacked">
                    Skill
                    <input type="text" value={s.name} onInput={(e) => setSkill(i, { name: e.currentTarget.value })} />
                  </label>
                  <label class="stacked">
                    Level
                    <select
                      aria-label={`Level of ${name}`}
                      value={s.level}
                      onChange={(e) => setSkill(i, { level: e.currentTarget.value as SkillLevel | '' })}
                    >
                      <option value="">Not said</option>
                      {options(SKILL_LEVELS)}
                    </select>
                  </label>
                  <label class="stacked">
                    Years
                    <input
                      type="number"
                      min="0"
                      max="70"
                      step="0.5"
                      aria-label={`Years of ${name}`}
                      value={s.years}
                      onInput={(e) => setSkill(i, { years: e.currentTarget.value })}
                    />
                  </label>
                  <button
                    type="button"
                    class="small"
                    aria-label={`Remove ${name}`}
                    onClick={() =>
                      set(
                        'skills',
                        draft.skills.filter((_, k) => k !== i),
                      )
                    }
                  >
                    Remove
                  </button>
                  {s.name.trim() && canonical !== s.name.trim() && <span class="hint">counts as {canonical}</span>}
                </li>
              );
            })}
          </ul>
          <button type="button" onClick={() => set('skills', [...draft.skills, { name: '', level: '', years: '' }])}>
            Add a skill
          </button>
        </fieldset>
        <label>
          Years of experience
          <input
            type="number"
            min="0"
            max="70"
            step="0.5"
            value={draft.years}
            onInput={(e) => set('years', e.currentTarget.value)}
          />
        </label>
        <Checks
          legend="Degrees"
          values={DEGREES}
          words={DEGREE_WORDS}
          chosen={draft.degrees}
          onChange={(v) => set('degrees', v)}
        />
        <label>
          Languages you speak (comma-separated)
          <input type="text" value={draft.languages} onInput={(e) => set('languages', e.currentTarget.value)} />
        </label>
        <label>
          Places you can work in (cities, regions or countries; separated by ;)
          <input type="text" value={draft.places} onInput={(e) => set('places', e.currentTarget.value)} />
        </label>
        <Checks
          legend="Ways of working you accept (none checked: any)"
          values={WORKPLACES}
          words={WORKPLACE_WORDS}
          chosen={draft.workplaces}
          onChange={(v) => set('workplaces', v)}
        />
        <fieldset class="pay">
          <legend>Lowest pay you accept</legend>
          <label class="stacked">
            Amount
            <input
              type="number"
              min="0"
              step="1000"
              value={draft.payAmount}
              onInput={(e) => set('payAmount', e.currentTarget.value)}
            />
          </label>
          <label class="stacked">
            Currency
            <input
              type="text"
              maxLength={3}
              size={4}
              placeholder="EUR"
              value={draft.payCurrency}
              onInput={(e) => set('payCurrency', e.currentTarget.value)}
            />
          </label>
          <label class="stacked">
            Per
            <select value={draft.payPeriod} onChange={(e) => set('payPeriod', e.currentTarget.value as SalaryPeriod)}>
              {options(PERIODS)}
            </select>
          </label>
        </fieldset>
        <label>
          Visa sponsorship
          <select
            value={draft.sponsorship}
            onChange={(e) => set('sponsorship', e.currentTarget.value as Draft['sponsorship'])}
          >
            <option value="">Not said</option>
            <option value="yes">I need visa sponsorship</option>
            <option value="no">I do not need it</option>
          </select>
        </label>
        <Checks
          legend="Employment types you want (none checked: any)"
          values={EMPLOYMENT_TYPES}
          words={TYPE_WORDS}
          chosen={draft.employmentTypes}
          onChange={(v) => set('employmentTypes', v)}
        />
        <fieldset class="cv-versions">
          <legend>CV versions (a job’s view records which one you sent)</legend>
          {draft.cvs.length === 0 && <p class="hint">None kept.</p>}
          <ul>
            {draft.cvs.map((cv) => (
              <li key={cv.name}>
                {cv.name}{' '}
                <span class="hint">
                  (kept {cv.savedAt.slice(0, 10)}, {cv.text.length.toLocaleString('en-US')} characters)
                </span>{' '}
                <button
                  type="button"
                  class="small"
                  aria-label={`Remove the CV version ${cv.name}`}
                  onClick={() =>
                    set(
                      'cvs',
                      draft.cvs.filter((c) => c !== cv),
                    )
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <button type="submit" class="primary">
          Save profile
        </button>
      </form>
    </section>
  );
}
