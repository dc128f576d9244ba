// @vitest-environment jsdom
// The popup renders against a fake PopupApi, without an extension behind it.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { localDay } from '../../src/model/due';
import { notAPosting } from '../../src/model/posting';
import type { SavedJob } from '../../src/model/saved-job';
import type { PopupApi, TabState } from '../../src/popup/api';
import { Popup } from '../../src/popup/Popup';

afterEach(() => {
  document.body.replaceChildren();
});

const posting = {
  ...notAPosting('https://jobs.lever.co/acme/1'),
  isJobPosting: true,
  title: '<b>Engineer</b>',
  company: 'Acme',
};
const job: SavedJob = {
  id: 'j1',
  url: posting.url,
  canonicalUrl: posting.url,
  fingerprint: 'f',
  posting,
  status: 'saved',
  history: [{ status: 'saved', at: '2025-01-01T00:00:00.000Z' }],
  tags: [],
  notes: '',
  rating: 0,
  followUp: null,
  savedAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

function fakeApi(state: Partial<TabState>, overrides: Partial<PopupApi> = {}): PopupApi {
  return {
    tabState: async () => ({ posting: null, job: null, origin: null, automatic: true, ...state }),
    save: async () => job,
    update: async (_id, edit) => ({ ...job, ...edit }) as SavedJob,
    recent: async () => [],
    due: async () => [],
    tags: async () => ['remote', 'shortlist'],
    notPosting: async () => {},
    isPosting: async () => {},
    enableSite: async () => true,
    ...overrides,
  };
}

async function show(api: PopupApi) {
  const root = document.body.appendChild(document.createElement('div'));
  await act(async () => {
    render(<Popup api={api} tabId={1} />, root);
  });
  await act(async () => {});
  return root;
}

test('a page that is not a posting says so', async () => {
  const root = await show(fakeApi({}));
  expect(root.textContent).toContain('This page is not a job posting.');
  expect(root.querySelector('button')).toBeNull();
});

test('on a page Jobmark found no posting in, "This page is a job posting" is remembered and the tab read again', async () => {
  const page = 'https://www.remotewlb.com/about/open-application';
  let said: string | null = null;
  const api = fakeApi(
    { posting: notAPosting(page) },
    {
      isPosting: async (url) => {
        said = url;
      },
      tabState: async () =>
        said
          ? { posting: { ...posting, url: page, title: 'Open application' }, job: null, origin: null, automatic: true }
          : { posting: notAPosting(page), job: null, origin: null, automatic: true },
    },
  );
  const root = await show(api);
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'This page is a job posting');
  await act(async () => button?.click());
  await act(async () => {});
  expect(said).toBe(page);
  expect(root.querySelector('h2')?.textContent).toBe('Open application');
});

test('a posting shows its text as text, and Save job saves it; the editor has a label for every control', async () => {
  const root = await show(fakeApi({ posting }));
  expect(root.querySelector('h2')?.textContent).toBe('<b>Engineer</b>');
  expect(root.querySelector('b')).toBeNull();
  const save = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save job');
  await act(async () => save?.click());
  await act(async () => {});
  expect(root.textContent).toContain('Saved');
  for (const control of root.querySelectorAll('select, input, textarea')) {
    expect(control.closest('label'), control.outerHTML).not.toBeNull();
  }
  expect([...root.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'))).toEqual([
    'remote',
    'shortlist',
  ]);
});

test('a storage error is shown in an alert', async () => {
  const root = await show(
    fakeApi(
      { posting },
      {
        save: async () => {
          throw new Error('Jobmark could not save: the browser says its storage is full.');
        },
      },
    ),
  );
  const save = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save job');
  await act(async () => save?.click());
  await act(async () => {});
  expect(root.querySelector('[role="alert"]')?.textContent).toContain('storage is full');
  expect(root.textContent).toContain('Save job');
});

test('on a page that is not a posting, the popup says what is due today, each job a link into the dashboard', async () => {
  const due: SavedJob[] = [
    { ...job, id: 'late', posting: { ...posting, title: 'Overdue job' }, followUp: '2020-01-01' },
    { ...job, id: 'now', posting: { ...posting, title: 'Today job' }, followUp: localDay() },
  ];
  const root = await show(fakeApi({}, { due: async () => due }));
  const section = root.querySelector('[aria-labelledby="due-heading"]');
  expect(section?.querySelector('h2')?.textContent).toBe('Due today');
  const links = [...(section?.querySelectorAll('a') ?? [])].map((a) => [a.textContent, a.getAttribute('href')]);
  expect(links).toEqual([
    ['Overdue job', '../dashboard/index.html#job=late'],
    ['Today job', '../dashboard/index.html#job=now'],
    ['Every follow-up', '../dashboard/index.html#due'],
  ]);
  expect(section?.textContent).toContain('2020-01-01 overdue');
  // On a posting, the posting comes first and nothing else is said about follow-ups.
  document.body.replaceChildren();
  const onPosting = await show(fakeApi({ posting }, { due: async () => due }));
  expect(onPosting.textContent).not.toContain('Due today');
});

test('nothing due: the popup says so', async () => {
  const root = await show(fakeApi({}));
  expect(root.textContent).toContain('No follow-ups due today.');
});
