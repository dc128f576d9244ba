// @vitest-environment jsdom
// The job view's corrections, as a person makes them: a fact changed in its
// field, said to be corrected with the value read beside it and the way back; an
// item moved by its select; a wrong value refused with words, and nothing sent.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { JobView } from '../../src/dashboard/JobView';
import { applyPatch, type JobPatch } from '../../src/model/job-patch';
import type { SavedJob } from '../../src/model/saved-job';
import { makeJob } from '../export/make-job';

afterEach(() => document.body.replaceChildren());

function mount(start: SavedJob) {
  const sent: JobPatch[] = [];
  const root = document.body.appendChild(document.createElement('div'));
  let job = start;
  const draw = () =>
    render(
      <JobView
        job={job}
        onChange={async (patch) => {
          sent.push(patch);
          job = applyPatch(job, patch);
          draw();
        }}
        onCorrect={async () => {}}
        onClose={() => {}}
      />,
      root,
    );
  draw();
  return { root, sent };
}

const field = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('label')]
    .find((l) => l.firstChild?.textContent?.trim() === label)
    ?.querySelector('input, select') as HTMLInputElement | HTMLSelectElement;
const change = async (el: HTMLInputElement | HTMLSelectElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });

test('a corrected company shows as corrected, with the value read and the way back to it', async () => {
  const { root, sent } = mount(makeJob({ title: 'Engineer', company: 'Acme | Careers' }));
  await change(field(root, 'Company'), 'Acme');
  expect(sent).toEqual([{ correct: { kind: 'fact', field: 'company', value: 'Acme' } }]);
  expect(root.textContent).toContain('Corrected by you: Company.');
  expect(root.textContent).toContain('Read: Acme | Careers');
  const back = root.querySelector<HTMLButtonElement>('[aria-label="Back to the value read for Company"]');
  await act(() => back?.click());
  expect(root.textContent).not.toContain('Corrected by you');
  expect(field(root, 'Company').value).toBe('Acme | Careers');
});

test('a wrong salary is refused in words and never sent', async () => {
  const { root, sent } = mount(makeJob());
  await change(field(root, 'Maximum'), '100');
  expect(root.querySelector('[role="alert"]')?.textContent).toBe('The salary’s maximum is below its minimum.');
  expect(sent).toEqual([]);
  await change(field(root, 'Maximum'), '90000');
  expect(sent.map((p) => p.correct)).toEqual([
    { kind: 'fact', field: 'salary', value: { min: 60000, max: 90000, currency: 'EUR', period: 'year' } },
  ]);
});

test('an item moves to another part by its select', async () => {
  const { root, sent } = mount(makeJob());
  const select = root.querySelector<HTMLSelectElement>('[aria-label="Part for “5 years of Go”"]')!;
  await change(select, 'niceToHave');
  expect(sent).toEqual([{ correct: { kind: 'move', from: 'requirements', text: '5 years of Go', to: 'niceToHave' } }]);
  const nice = root.querySelector('section[aria-label="Nice to have"]');
  expect(nice?.textContent).toContain('5 years of Go');
});
