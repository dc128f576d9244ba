// Text of the page Jobmark missed, added by the person to a part: kept with the
// job beside what was read, shown and moved like any item, and checked like every
// correction (a hostile one is refused, saying why).
import { expect, test } from 'vitest';
import type { CorrectionEdit } from '../../src/model/correction-edit';
import { shownPosting } from '../../src/model/corrections';
import { applyPatch } from '../../src/model/job-patch';
import { headingGroups, partItems } from '../../src/model/parts-list';
import { correctionEditProblem, correctionsProblem } from '../../src/model/validate-corrections';
import { makeJob } from '../export/make-job';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const patched = (job: ReturnType<typeof makeJob>, ...edits: CorrectionEdit[]) =>
  edits.reduce((j, e) => applyPatch(j, { correct: e }, NOW), job);
const job = () =>
  makeJob({
    posting: {
      requirements: ['5 years of Go', 'Kubernetes'],
      provenance: {
        requirements: {
          source: 'generic',
          at: [
            [1, 0],
            [1, 1],
          ],
          under: ['You bring', 'You bring'],
        },
      },
    } as never,
  });

test('an added item joins its part with its place on the page; the posting as read keeps none of it', () => {
  const added = patched(job(), { kind: 'add', to: 'requirements', text: '  lead our   planning team ', path: [1, 4] });
  expect(added.posting.requirements).toEqual(['5 years of Go', 'Kubernetes']);
  const shown = shownPosting(added);
  expect(shown.requirements).toEqual(['5 years of Go', 'Kubernetes', 'lead our planning team']);
  expect(shown.provenance.requirements?.at).toEqual([
    [1, 0],
    [1, 1],
    [1, 4],
  ]);
  // To a part with no items read: a part of its own, with its place.
  const benefit = patched(job(), { kind: 'add', to: 'benefits', text: 'A four-day week', path: null });
  expect(shownPosting(benefit).benefits).toEqual(['A four-day week']);
  expect(shownPosting(benefit).provenance.benefits?.at).toEqual([null]);
});

test('an added item moves like any other, and out of the posting again; the forms list it', () => {
  const added = patched(job(), { kind: 'add', to: 'requirements', text: 'Rust', path: [2] });
  const moved = patched(added, { kind: 'move', from: 'requirements', text: 'Rust', to: 'niceToHave' });
  expect(shownPosting(moved).niceToHave).toEqual(['Rust']);
  expect(shownPosting(moved).requirements).toEqual(['5 years of Go', 'Kubernetes']);
  const items = partItems(moved.posting, moved.corrections);
  expect(items.find((i) => i.text === 'Rust')).toMatchObject({
    from: 'requirements',
    place: 'niceToHave',
    heading: null,
  });
  expect(headingGroups(items)).toMatchObject([{ heading: 'You bring', from: 'requirements', place: 'requirements' }]);
  const gone = patched(moved, { kind: 'move', from: 'requirements', text: 'Rust', to: 'none' });
  expect(shownPosting(gone).niceToHave).toEqual([]);
  // Added again elsewhere: one item, where it was added last; its old move goes with it.
  const again = patched(gone, { kind: 'add', to: 'benefits', text: 'Rust', path: [2] });
  expect(again.corrections?.adds).toHaveLength(1);
  expect(shownPosting(again).benefits).toEqual(['Rust']);
});

test('text Jobmark read as an item already is that item moved, not a second copy', () => {
  const moved = patched(job(), { kind: 'add', to: 'niceToHave', text: 'Kubernetes', path: [9] });
  expect(moved.corrections?.adds).toBeUndefined();
  expect(moved.corrections?.moves).toMatchObject([{ from: 'requirements', text: 'Kubernetes', to: 'niceToHave' }]);
});

test('a hostile added item is refused, saying why', () => {
  const ok = { kind: 'add', to: 'requirements', text: 'Rust', path: [1, 2] };
  expect(correctionEditProblem(ok)).toBeNull();
  expect(correctionEditProblem({ ...ok, text: '   ' })).toBe('Select some text on the page first.');
  expect(correctionEditProblem({ ...ok, text: 'x'.repeat(2001) })).toMatch(/at most 2,000 characters/);
  expect(correctionEditProblem({ ...ok, text: 'a\u0000b' })).toMatch(/control characters/);
  expect(correctionEditProblem({ ...ok, to: 'none' })).toMatch(/names its part/);
  expect(correctionEditProblem({ ...ok, to: '__proto__' })).toMatch(/names its part/);
  expect(correctionEditProblem({ ...ok, path: [-1] })).toMatch(/place on the page/);
  expect(correctionEditProblem({ ...ok, path: 'html>body' })).toMatch(/place on the page/);
  expect(correctionEditProblem({ ...ok, run: 'alert(1)' })).toMatch(/names its part/);
  // As a backup stores them.
  const stored = { facts: {}, moves: [], adds: [{ to: 'benefits', text: 'Gym', path: null, at: NOW.toISOString() }] };
  expect(correctionsProblem(stored)).toBeNull();
  expect(correctionsProblem({ ...stored, adds: [{ ...stored.adds[0], html: '<b>' }] })).toMatch(/added item 1/);
  expect(correctionsProblem({ ...stored, adds: 'all' })).toMatch(/not a list/);
});
