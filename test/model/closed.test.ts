// A posting still shown under a banner saying it is closed, in English, German and French.
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { saysClosed } from '../../src/model/closed';
import { notAPosting } from '../../src/model/posting';
import { openStore } from '../../src/store/db';
import { saveJob } from '../../src/store/jobs';
import { recordReading } from '../../src/store/revisits';

const reading = (description: string, title = 'Backend Engineer') => ({ title, description });

test.each([
  'Backend Engineer\nThis job is no longer accepting applications.\nAbout the role …',
  'Sorry — this position has been filled. We build payment systems …',
  'DIESE STELLE IST NICHT MEHR VERFÜGBAR. Wir suchen …',
  'Die Stelle ist bereits besetzt.',
  'Cette offre n’est plus disponible. Nous recherchons …',
  'Ce poste a été pourvu.',
])('says closed: %s', (text) => {
  expect(saysClosed(reading(text))).toBe(true);
});

test.each([
  'We are accepting applications until 30 June.',
  'The product is no longer available in stores, and we are rebuilding it: join us.',
  'Our office is closed on Fridays.',
  'Les candidatures closes seront étudiées …',
])('says nothing of the kind: %s', (text) => {
  expect(saysClosed(reading(text))).toBe(false);
});

test('in the store: a reading under a closed banner marks the job closed, and keeps no reading of it', async () => {
  const db = await openStore(`jobmark-closed-${Math.random()}`);
  const url = 'https://jobs.lever.co/acme/9';
  const posting = {
    ...notAPosting(url),
    isJobPosting: true,
    title: 'Backend Engineer',
    requirements: ['Experience with Go'],
    description: 'Backend Engineer at Acme.',
  };
  const { job } = await saveJob(db, posting, new Date('2026-11-01T00:00:00Z'));
  const banner = { ...posting, description: 'No longer accepting applications. Backend Engineer at Acme.' };
  const after = await recordReading(db, banner, new Date('2026-11-10T00:00:00Z'));
  expect(after?.closedAt).toBe('2026-11-10T00:00:00.000Z');
  expect(after).not.toHaveProperty('revisits');
  expect(after?.posting).toEqual(job.posting);
  db.close();
});
