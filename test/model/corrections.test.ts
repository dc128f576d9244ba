// A person's corrections of what was read: kept beside the values read, laid over
// them wherever a job is shown, undone field by field, and checked like every message.
import { expect, test } from 'vitest';
import { type CorrectionEdit, correct, placeOf } from '../../src/model/correction-edit';
import { correctedFacts, shownPosting, withCorrections } from '../../src/model/corrections';
import { applyPatch, revertChange } from '../../src/model/job-patch';
import { correctionEditProblem, correctionsProblem, factProblem } from '../../src/model/validate-corrections';
import { makeJob } from '../export/make-job';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const patched = (job: ReturnType<typeof makeJob>, ...edits: CorrectionEdit[]) =>
  edits.reduce((j, e) => applyPatch(j, { correct: e }, NOW), job);

test('a corrected fact wins where the job is shown; the value read stays in the posting', () => {
  const job = patched(
    makeJob({ company: 'Acme Careers' }),
    { kind: 'fact', field: 'company', value: '  Acme  ' },
    { kind: 'fact', field: 'salary', value: { min: 70000, max: 90000, currency: 'eur', period: 'year' } },
    { kind: 'fact', field: 'skills', value: ['Go', 'Rust', 'go', ' '] },
  );
  expect(job.posting.company).toBe('Acme Careers');
  const shown = shownPosting(job);
  expect(shown.company).toBe('Acme');
  expect(shown.salary).toEqual({ min: 70000, max: 90000, currency: 'EUR', period: 'year' });
  // The page's words for the old salary no longer describe it.
  expect(shown.salaryText).toBeNull();
  expect(shown.skills).toEqual(['Go', 'Rust']);
  expect(correctedFacts(job.corrections)).toEqual(['company', 'salary', 'skills']);
});

test('back to the value read removes the correction, and the job has none left', () => {
  const job = patched(makeJob(), { kind: 'fact', field: 'title', value: 'Staff Engineer' });
  const back = applyPatch(job, { correct: { kind: 'read', field: 'title' } }, NOW);
  expect(back.corrections).toBeUndefined();
  expect(shownPosting(back).title).toBe(job.posting.title);
  // Giving the value read again is no correction either.
  const same = patched(makeJob({ title: 'Engineer' }), { kind: 'fact', field: 'title', value: 'Engineer' });
  expect(same.corrections).toBeUndefined();
});

test('an item moves to another part or out of the posting, with its place on the page', () => {
  const job = makeJob({
    posting: {
      requirements: ['5 years of Go', 'Kubernetes is a plus', 'Free lunch'],
      provenance: { requirements: { source: 'generic', at: [[1], [2], [3]] } },
    } as never,
  });
  const moved = patched(
    job,
    { kind: 'move', from: 'requirements', text: 'Kubernetes is a plus', to: 'niceToHave' },
    { kind: 'move', from: 'requirements', text: 'Free lunch', to: 'none' },
  );
  const shown = shownPosting(moved);
  expect(shown.requirements).toEqual(['5 years of Go']);
  expect(shown.niceToHave).toEqual(['Kubernetes is a plus']);
  expect(shown.provenance.niceToHave?.at).toEqual([[2]]);
  expect(shown.provenance.requirements?.at).toEqual([[1]]);
  expect(placeOf(moved.corrections, 'requirements', 'Free lunch')).toBe('none');
  // Moved back to the part it was read in: no move is kept.
  const back = patched(moved, { kind: 'move', from: 'requirements', text: 'Free lunch', to: 'requirements' });
  expect(back.corrections?.moves.map((m) => m.text)).toEqual(['Kubernetes is a plus']);
});

test("a heading's items move together, as the reader recorded them under it", () => {
  const job = makeJob({
    posting: {
      requirements: ['Go', 'Kafka', 'Rust'],
      provenance: {
        requirements: { source: 'generic', at: [null, null, null], under: ['You', 'Extra credit', 'extra  credit'] },
      },
    } as never,
  });
  const moved = patched(job, { kind: 'heading', heading: 'Extra Credit', from: 'requirements', to: 'niceToHave' });
  expect(shownPosting(moved).niceToHave).toEqual(['Kafka', 'Rust']);
  expect(shownPosting(moved).requirements).toEqual(['Go']);
});

test('the same corrections lay over a fresh reading of the page', () => {
  const job = patched(makeJob(), { kind: 'move', from: 'requirements', text: '5 years of Go', to: 'benefits' });
  const fresh = { ...job.posting, requirements: ['5 years of Go', 'New line'] };
  expect(withCorrections(fresh, job.corrections).benefits).toEqual(['5 years of Go']);
});

test('undo takes a correction back, and leaves a job that had none without the field', () => {
  const before = makeJob();
  const after = patched(before, { kind: 'fact', field: 'company', value: 'Other' });
  const { job, changed } = revertChange(after, before, after, NOW);
  expect(changed).toBe(true);
  expect('corrections' in job).toBe(false);
});

test('hostile or wrong values are refused with words that say why', () => {
  expect(factProblem('salary', { min: 90, max: 10, currency: 'EUR', period: 'year' })).toMatch(/maximum is below/);
  expect(factProblem('salary', { min: 1, max: null, currency: '<b>', period: null })).toMatch(/three-letter/);
  expect(factProblem('salary', { min: Number.NaN, max: null, currency: null, period: null })).toMatch(/minimum/);
  expect(factProblem('company', 'x'.repeat(301))).toMatch(/at most 300/);
  expect(factProblem('workplace', 'moon')).toMatch(/remote, hybrid or on-site/);
  expect(factProblem('datePosted', '2026-02-30')).toMatch(/YYYY-MM-DD/);
  expect(factProblem('skills', Array(101).fill('Go'))).toMatch(/at most 100/);
  expect(correctionEditProblem({ kind: 'fact', field: 'description', value: 'x' })).toMatch(/one of the facts/);
  expect(correctionEditProblem({ kind: 'move', from: 'requirements', text: 'x', to: 'constructor' })).not.toBeNull();
  expect(correctionEditProblem(JSON.parse('{"kind":"read","field":"title","__proto__":{}}'))).not.toBeNull();
  expect(correctionEditProblem({ kind: 'run', code: 'alert(1)' })).toBe('Unknown kind of correction.');
  expect(correctionEditProblem({ kind: 'fact', field: 'title', value: null })).toBeNull();
});

test('stored corrections are checked whole, as a backup brings them', () => {
  const good = correct(undefined, makeJob().posting, { kind: 'fact', field: 'title', value: 'T' }, NOW);
  expect(correctionsProblem(good)).toBeNull();
  expect(correctionsProblem({ facts: { title: { value: 1, at: NOW.toISOString() } }, moves: [] })).toMatch(/title/);
  expect(correctionsProblem({ facts: { evil: { value: 1, at: NOW.toISOString() } }, moves: [] })).toMatch(
    /unknown fact/,
  );
  expect(correctionsProblem({ facts: {}, moves: [{ from: 'x', text: 'y', to: 'none', at: 'now' }] })).toMatch(
    /moved item 1/,
  );
});
