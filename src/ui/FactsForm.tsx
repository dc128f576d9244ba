// Correcting what Jobmark read: every fact it shows, as a labelled control
// holding the value shown (the person's, or the one read). A change is checked
// by the same words the background checks with (model/validate-corrections.ts)
// and saved with the job beside the value read; a corrected fact says so and
// offers the way back to the value read. Text fields save on leaving them or on
// Enter (the change event), lists and choices at once.
import { useEffect, useState } from 'preact/hooks';
import type { CorrectionEdit, FactEdit } from '../model/correction-edit';
import { type FactField, shownPosting } from '../model/corrections';
import { describeFact } from '../model/describe-fact';
import { salaryOf, splitList } from '../model/fact-input';
import { EMPLOYMENT_WORDS, FACT_LABELS, PERIOD_WORDS, SENIORITY_WORDS, WORKPLACE_WORDS } from '../model/fact-words';
import type { JobPosting } from '../model/posting';
import type { SavedJob } from '../model/saved-job';
import { factProblem } from '../model/validate-corrections';

interface Props {
  job: Pick<SavedJob, 'posting' | 'corrections'>;
  onCorrect: (edit: CorrectionEdit) => unknown;
}

/** A form field's text that resets when the value shown changes (saved, or gone back to the value read). */
function useDraft(value: string): [string, (text: string) => void] {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return [draft, setDraft];
}

/** A choice of a fact's values, in words, after "Not stated" (none). */
function Choices({ words }: { words: Record<string, string> }) {
  return (
    <>
      <option value="">Not stated</option>
      {Object.entries(words).map(([value, word]) => (
        <option key={value} value={value}>
          {word}
        </option>
      ))}
    </>
  );
}

/** A text field that shows what is typed, and saves it on the change event (leaving the field, or Enter). */
function TextField(props: {
  label: string;
  value: string;
  onType: (text: string) => void;
  onSave: (text: string) => void;
  size?: number;
  maxLength?: number;
  inputMode?: 'decimal';
}) {
  const { label, value, onType, onSave, ...attrs } = props;
  return (
    <label>
      {label}
      <input
        type="text"
        {...attrs}
        value={value}
        onInput={(e) => onType(e.currentTarget.value)}
        onChange={(e) => onSave(e.currentTarget.value)}
      />
    </label>
  );
}

export function FactsForm({ job, onCorrect }: Props) {
  const p = shownPosting(job);
  const [problem, setProblem] = useState<string | null>(null);

  /** Check a value as the background will, then send it; a refusal is said, and nothing is sent. */
  const give = (edit: FactEdit) => {
    const why = factProblem(edit.field, edit.value);
    setProblem(why);
    if (!why) void onCorrect(edit);
  };
  const given = <F extends FactField>(field: F, value: JobPosting[F]) =>
    give({ kind: 'fact', field, value } as FactEdit);

  /** Under a corrected fact: the value read, and the way back to it. */
  const readNote = (field: FactField) =>
    job.corrections?.facts[field] && (
      <p class="corrected">
        Corrected by you. Read: {describeFact(field, job.posting[field])}{' '}
        <button
          type="button"
          aria-label={`Back to the value read for ${FACT_LABELS[field]}`}
          onClick={() => {
            setProblem(null);
            void onCorrect({ kind: 'read', field });
          }}
        >
          Back to the value read
        </button>
      </p>
    );

  const [title, setTitle] = useDraft(p.title ?? '');
  const [company, setCompany] = useDraft(p.company ?? '');
  const [places, setPlaces] = useDraft(p.locations.join('; '));
  const [skill, setSkill] = useState('');
  const s = p.salary;
  const [min, setMin] = useDraft(s ? String(s.min) : '');
  const [max, setMax] = useDraft(s?.max != null ? String(s.max) : '');
  const [currency, setCurrency] = useDraft(s?.currency ?? '');
  const [period, setPeriod] = useDraft(s?.period ?? '');

  /** The salary from its four fields; the one just changed is given, since its draft shows only after a render. */
  const saveSalary = (changed: Partial<Record<'min' | 'max' | 'currency' | 'period', string>>) => {
    const made = salaryOf({ min, max, currency, period, ...changed });
    if ('problem' in made) return setProblem(made.problem);
    given('salary', made.salary);
  };
  const addSkill = () => {
    if (!skill.trim()) return;
    given('skills', [...p.skills, skill]);
    setSkill('');
  };

  const choice = <F extends 'workplace' | 'employmentType' | 'seniority'>(field: F, words: Record<string, string>) => (
    <>
      <label>
        {FACT_LABELS[field]}
        <select value={p[field] ?? ''} onChange={(e) => given(field, (e.currentTarget.value || null) as JobPosting[F])}>
          <Choices words={words} />
        </select>
      </label>
      {readNote(field)}
    </>
  );

  return (
    <form class="facts" aria-label="Correct what Jobmark read" onSubmit={(e) => e.preventDefault()}>
      <p role="alert" class="error">
        {problem}
      </p>
      <TextField label={FACT_LABELS.title} value={title} onType={setTitle} onSave={(text) => given('title', text)} />
      {readNote('title')}
      <TextField
        label={FACT_LABELS.company}
        value={company}
        onType={setCompany}
        onSave={(text) => given('company', text)}
      />
      {readNote('company')}
      <TextField
        label="Places (separated by ;)"
        value={places}
        onType={setPlaces}
        onSave={(text) => given('locations', splitList(text))}
      />
      {readNote('locations')}
      {choice('workplace', WORKPLACE_WORDS)}
      {choice('employmentType', EMPLOYMENT_WORDS)}
      {choice('seniority', SENIORITY_WORDS)}
      <fieldset class="salary">
        <legend>{FACT_LABELS.salary}</legend>
        {(
          [
            ['Minimum', 'min', min, setMin],
            ['Maximum', 'max', max, setMax],
          ] as const
        ).map(([label, key, value, onType]) => (
          <TextField
            key={key}
            label={label}
            inputMode="decimal"
            value={value}
            onType={onType}
            onSave={(text) => saveSalary({ [key]: text })}
          />
        ))}
        <TextField
          label="Currency"
          size={4}
          maxLength={3}
          value={currency}
          onType={setCurrency}
          onSave={(text) => saveSalary({ currency: text })}
        />
        <label>
          Period
          <select
            value={period}
            onChange={(e) => {
              setPeriod(e.currentTarget.value);
              saveSalary({ period: e.currentTarget.value });
            }}
          >
            <Choices words={PERIOD_WORDS} />
          </select>
        </label>
        {readNote('salary')}
      </fieldset>
      <label>
        {FACT_LABELS.datePosted}
        <input
          type="date"
          value={p.datePosted ?? ''}
          onChange={(e) => given('datePosted', e.currentTarget.value || null)}
        />
      </label>
      {readNote('datePosted')}
      <fieldset class="skills">
        <legend>{FACT_LABELS.skills}</legend>
        <ul>
          {p.skills.map((name) => (
            <li key={name}>
              {name}{' '}
              <button
                type="button"
                aria-label={`Remove skill ${name}`}
                onClick={() =>
                  given(
                    'skills',
                    p.skills.filter((s) => s !== name),
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <label>
          Add a skill
          <input
            type="text"
            value={skill}
            onInput={(e) => setSkill(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addSkill();
              }
            }}
          />
        </label>
        <button type="button" onClick={addSkill}>
          Add skill
        </button>
        {readNote('skills')}
      </fieldset>
    </form>
  );
}
