// @vitest-environment jsdom
// The job view records which CV version went with the application; the report shows it.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { JobView } from '../../src/dashboard/JobView';
import { Report } from '../../src/dashboard/Report';
import type { JobPatch } from '../../src/model/job-patch';
import { makeJob } from '../export/make-job';

test('a select of the CV versions kept; the choice is sent as an edit of the job', async () => {
  const patches: JobPatch[] = [];
  const root = document.body.appendChild(document.createElement('div'));
  await act(async () =>
    render(
      <JobView
        job={makeJob()}
        cvs={['Backend, English', 'Deutsch']}
        onChange={async (p) => void patches.push(p)}
        onCorrect={async () => {}}
        onClose={() => {}}
      />,
      root,
    ),
  );
  const label = [...root.querySelectorAll('label')].find((l) =>
    l.textContent?.startsWith('CV sent with the application'),
  );
  const select = label?.querySelector('select') as HTMLSelectElement;
  expect([...select.options].map((o) => o.text)).toEqual(['Not said', 'Backend, English', 'Deutsch']);
  await act(async () => {
    select.value = 'Deutsch';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  expect(patches).toEqual([{ cvSent: 'Deutsch' }]);
  render(null, root);
});

test('the report says which CV was sent with each application', async () => {
  const job = {
    ...makeJob({
      history: [
        { status: 'saved', at: `${new Date().toISOString().slice(0, 8)}01T10:00:00.000Z` },
        { status: 'applied', at: `${new Date().toISOString().slice(0, 8)}01T11:00:00.000Z` },
      ],
      status: 'applied',
    }),
    cvSent: 'Deutsch',
  };
  const root = document.body.appendChild(document.createElement('div'));
  await act(async () => render(<Report jobs={[job]} />, root));
  const headers = [...root.querySelectorAll('thead th')].map((th) => th.textContent);
  expect(headers.at(-1)).toBe('CV sent');
  expect([...root.querySelectorAll('tbody tr')].map((tr) => tr.lastElementChild?.textContent)).toEqual([
    'Deutsch',
    'Deutsch',
  ]);
});
