// @vitest-environment jsdom
// A person's edit is never undone by the reply to an earlier one. Each edit goes
// to the store and comes back as the record stored; here the store's replies are
// held back by hand, so the race the busy machine hits now and then happens on
// every run: notes are sent, a star is clicked while the notes are on their way,
// then the notes' reply (a record without the star) arrives.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { JobView } from '../../src/dashboard/JobView';
import { applyPatch, type JobPatch } from '../../src/model/job-patch';
import type { SavedJob } from '../../src/model/saved-job';
import type { PopupApi } from '../../src/popup/api';
import { Popup } from '../../src/popup/Popup';
import { makeJob } from '../export/make-job';

afterEach(() => {
  document.body.replaceChildren();
});

/** A store whose replies wait until the test releases them, in any order. */
function heldStore(start: SavedJob) {
  let stored = start;
  const waiting: { patch: JobPatch; release: () => void }[] = [];
  const write = (patch: JobPatch) => {
    // Written at once, as the one writer does; only the reply waits.
    stored = applyPatch(stored, patch);
    const reply = stored;
    return new Promise<SavedJob>((resolve) => waiting.push({ patch, release: () => resolve(reply) }));
  };
  const release = async (i: number) => {
    await act(async () => waiting[i]?.release());
    await act(async () => {});
  };
  return { write, release, waiting, stored: () => stored };
}

/** A control by the text of the label around it, the way a person finds it. */
function control<T extends HTMLElement>(root: HTMLElement, name: string): T {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(name));
  const input = label?.querySelector<T>('input, textarea, select');
  if (!input) throw new Error(`No control named ${name}`);
  return input;
}

async function typeNotesAndLeave(root: HTMLElement, text: string) {
  const notes = control<HTMLTextAreaElement>(root, 'Notes');
  await act(async () => {
    notes.value = text;
    notes.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    notes.dispatchEvent(new Event('blur'));
  });
}

async function showPopup(store: ReturnType<typeof heldStore>, job: SavedJob) {
  const api: PopupApi = {
    tabState: async () => ({ posting: job.posting, job, origin: null, automatic: true }),
    save: async () => job,
    update: (_id, edit) => store.write(edit),
    notPosting: async () => {},
    isPosting: async () => {},
    recent: async () => [],
    due: async () => [],
    tags: async () => [],
    enableSite: async () => true,
  };
  const root = document.body.appendChild(document.createElement('div'));
  await act(async () => render(<Popup api={api} tabId={1} />, root));
  await act(async () => {});
  return root;
}

/** The dashboard's job view, held as the dashboard holds it: each record the store returns replaces the job. */
async function showJobView(store: ReturnType<typeof heldStore>) {
  let job = store.stored();
  const root = document.body.appendChild(document.createElement('div'));
  const draw = () =>
    render(
      h(JobView, {
        job,
        onChange: async (patch) => {
          job = await store.write(patch);
          draw();
        },
        onCorrect: async () => {},
        onClose: () => {},
      }),
      root,
    );
  await act(async () => draw());
  return root;
}

const orders = {
  'the older reply arrives first': [0, 1],
  'the newer reply arrives first': [1, 0],
};

for (const [order, [first, second]] of Object.entries(orders) as [string, number[]][]) {
  test(`popup: a star clicked while the notes are being saved stays clicked (${order})`, async () => {
    const job = makeJob({ rating: 0, notes: '' });
    const store = heldStore(job);
    const root = await showPopup(store, job);

    await typeNotesAndLeave(root, 'Called the recruiter');
    await act(async () => control<HTMLInputElement>(root, '4 stars').click());
    expect(store.waiting.map((w) => w.patch)).toEqual([{ notes: 'Called the recruiter' }, { rating: 4 }]);
    expect(control<HTMLInputElement>(root, '4 stars').checked).toBe(true);

    await store.release(first as number);
    expect(control<HTMLInputElement>(root, '4 stars').checked).toBe(true);
    await store.release(second as number);
    expect(control<HTMLInputElement>(root, '4 stars').checked).toBe(true);
    expect(control<HTMLTextAreaElement>(root, 'Notes').value).toBe('Called the recruiter');
    expect(store.stored()).toMatchObject({ rating: 4, notes: 'Called the recruiter' });
  });
}

test('dashboard: a status chosen while the notes are being saved stays chosen, and typing is kept', async () => {
  const store = heldStore(makeJob({ rating: 0, notes: '' }));
  const root = await showJobView(store);

  const notes = control<HTMLTextAreaElement>(root, 'Notes');
  await act(async () => {
    notes.value = 'Sent CV';
    notes.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const saveNotes = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save notes');
  await act(async () => saveNotes?.click());
  const status = control<HTMLSelectElement>(root, 'Status');
  await act(async () => {
    status.value = 'applied';
    status.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await act(async () => control<HTMLInputElement>(root, '3 stars').click());
  expect(store.waiting.map((w) => w.patch)).toEqual([{ notes: 'Sent CV' }, { status: 'applied' }, { rating: 3 }]);

  await store.release(0);
  expect(control<HTMLSelectElement>(root, 'Status').value).toBe('applied');
  expect(control<HTMLInputElement>(root, '3 stars').checked).toBe(true);
  await store.release(1);
  expect(control<HTMLInputElement>(root, '3 stars').checked).toBe(true);
  await store.release(2);
  expect(control<HTMLSelectElement>(root, 'Status').value).toBe('applied');
  expect(control<HTMLInputElement>(root, '3 stars').checked).toBe(true);
  expect(control<HTMLTextAreaElement>(root, 'Notes').value).toBe('Sent CV');
});

test('dashboard: notes being typed are not wiped when another field of the job is saved', async () => {
  const store = heldStore(makeJob({ rating: 0, notes: 'old' }));
  const root = await showJobView(store);
  const notes = control<HTMLTextAreaElement>(root, 'Notes');
  await act(async () => {
    notes.value = 'half a thought';
    notes.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => control<HTMLInputElement>(root, '5 stars').click());
  await store.release(0);
  expect(control<HTMLTextAreaElement>(root, 'Notes').value).toBe('half a thought');
});
