// @vitest-environment jsdom
// The rating and follow-up controls, shared by the popup's editor and the
// dashboard's job view: the same names in both, and the same edits reported.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { JobView } from '../../src/dashboard/JobView';
import { JobEditor } from '../../src/popup/JobEditor';
import { makeJob } from '../export/make-job';

afterEach(() => {
  document.body.replaceChildren();
});

const job = makeJob({ rating: 2, followUp: '2026-03-01' });

const views = {
  popup: (onEdit: (edit: unknown) => void) =>
    h(JobEditor, {
      job,
      tagSuggestions: [],
      onEdit: async (edit) => {
        onEdit(edit);
      },
    }),
  dashboard: (onEdit: (edit: unknown) => void) =>
    h(JobView, {
      job,
      onChange: async (edit) => {
        onEdit(edit);
      },
      onCorrect: async () => {},
      onClose: () => {},
    }),
};

/** A control by the text of the label around it, the way a person finds it. */
const control = (el: HTMLElement, name: string) => {
  const label = [...el.querySelectorAll('label')].find((l) => l.textContent?.trim() === name);
  const input = label?.querySelector('input');
  if (!input) throw new Error(`No control named ${name}`);
  return input;
};

for (const [where, view] of Object.entries(views)) {
  test(`${where}: rating and follow-up show the job's values and report edits`, () => {
    const el = document.body.appendChild(document.createElement('div'));
    const onEdit = vi.fn();
    act(() => {
      render(view(onEdit), el);
    });
    const legend = el.querySelector('fieldset.rating legend');
    expect(legend?.textContent).toBe('Rating');
    const radios = [...el.querySelectorAll<HTMLInputElement>('fieldset.rating input[type=radio]')];
    expect(radios.map((r) => r.parentElement?.textContent)).toEqual([
      'None',
      '1 star',
      '2 stars',
      '3 stars',
      '4 stars',
      '5 stars',
    ]);
    expect(control(el, '2 stars').checked).toBe(true);
    const date = control(el, 'Follow up on');
    expect(date.type).toBe('date');
    expect(date.value).toBe('2026-03-01');

    act(() => {
      control(el, '4 stars').click();
    });
    expect(onEdit).toHaveBeenLastCalledWith({ rating: 4 });
    act(() => {
      date.value = '';
      date.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onEdit).toHaveBeenLastCalledWith({ followUp: null });
    act(() => {
      date.value = '2026-04-15';
      date.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onEdit).toHaveBeenLastCalledWith({ followUp: '2026-04-15' });
  });
}
