// The rules of a true status history (model/history.ts): a change taken back
// within a minute leaves nothing, corrections keep their reason, merging two
// records of a job joins their events by identity and never brings back what a
// correction took away, and an undo puts back exactly what its change did.
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { BACKUP_VERSION, jobsToJson, parseJsonBackup } from '../../src/export/json';
import { mergeJob, planImport } from '../../src/export/merge';
import {
  applicationEvent,
  correctHistory,
  mergeHistories,
  normaliseHistory,
  UNDO_WINDOW_MS,
} from '../../src/model/history';
import { applyPatch, revertChange } from '../../src/model/job-patch';
import type { SavedJob, StatusChange } from '../../src/model/saved-job';
import { undoChange, updateJobs } from '../../src/store/bulk';
import { openStore } from '../../src/store/db';
import { putJobs } from '../../src/store/jobs';
import { makeJob } from '../export/make-job';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const statuses = (job: Pick<SavedJob, 'history'>) => job.history.map((e) => e.status);
const saved = (): SavedJob => makeJob({ history: [{ status: 'saved', at: '2026-03-01T08:00:00.000Z' }] });

test('applied by mistake and moved back within a minute: no event is left, forward or back', () => {
  const job = saved();
  const applied = applyPatch(job, { status: 'applied' }, T0);
  expect(statuses(applied)).toEqual(['saved', 'applied']);
  const back = applyPatch(applied, { status: 'saved' }, later(40_000));
  expect(back.status).toBe('saved');
  expect(back.history).toEqual(job.history);
  // The same through a chain of mistakes: each step back takes one step away.
  const a = applyPatch(job, { status: 'applied' }, T0);
  const b = applyPatch(a, { status: 'interviewing' }, later(10_000));
  const c = applyPatch(b, { status: 'applied' }, later(20_000));
  const d = applyPatch(c, { status: 'saved' }, later(30_000));
  expect(statuses(c)).toEqual(['saved', 'applied']);
  expect(d.history).toEqual(job.history);
});

test('moved back after more than a minute, or to another status, both events stay: that happened', () => {
  const applied = applyPatch(saved(), { status: 'applied' }, T0);
  expect(statuses(applyPatch(applied, { status: 'saved' }, later(UNDO_WINDOW_MS + 1)))).toEqual([
    'saved',
    'applied',
    'saved',
  ]);
  expect(statuses(applyPatch(applied, { status: 'rejected' }, later(5_000)))).toEqual(['saved', 'applied', 'rejected']);
});

test('a correction changes an event, sets the status from the last event, and keeps its reason', () => {
  const job = applyPatch(saved(), { status: 'applied' }, T0);
  const event = job.history[1]!;
  const corrected = applyPatch(
    job,
    { event: { from: event, to: { status: 'interviewing', at: '2026-02-27T09:00:00.000Z' }, reason: ' Typo ' } },
    later(3_600_000),
  );
  expect(corrected.history).toEqual([
    { status: 'interviewing', at: '2026-02-27T09:00:00.000Z' },
    { status: 'saved', at: '2026-03-01T08:00:00.000Z' },
  ]);
  expect(corrected.status).toBe('saved');
  expect(corrected.historyEdits).toEqual([
    {
      at: later(3_600_000).toISOString(),
      from: event,
      to: { status: 'interviewing', at: '2026-02-27T09:00:00.000Z' },
      reason: 'Typo',
    },
  ]);
  const deleted = applyPatch(job, { event: { from: event, to: null, reason: 'Never applied' } }, later(1));
  expect(deleted).toMatchObject({ status: 'saved', history: saved().history });
  expect(deleted.historyEdits?.[0]).toMatchObject({ from: event, to: null, reason: 'Never applied' });
});

test('a correction without a reason, of an event no longer there, or leaving no event changes nothing', () => {
  const job = saved();
  const only = job.history[0]!;
  const gone: StatusChange = { status: 'applied', at: '2026-01-01T00:00:00.000Z' };
  for (const event of [
    { from: only, to: { status: 'applied' as const, at: only.at }, reason: '  ' },
    { from: gone, to: null, reason: 'x' },
    { from: only, to: null, reason: 'x' },
  ]) {
    const { status, history, historyEdits } = correctHistory(job, event, T0);
    expect({ status, history, historyEdits }).toEqual({
      status: job.status,
      history: job.history,
      historyEdits: undefined,
    });
    expect(Object.hasOwn(correctHistory(job, event, T0), 'historyEdits')).toBe(false);
  }
});

test('an event is its status and its moment, however the time is written; a status never follows itself', () => {
  expect(
    normaliseHistory([
      { status: 'saved', at: '2026-03-01T08:00:00Z' },
      { status: 'saved', at: '2026-03-01T08:00:00.000Z' },
      { status: 'applied', at: '2026-03-02T10:00:00.000+01:00' },
      { status: 'applied', at: '2026-03-02T09:00:00.000Z' },
      { status: 'applied', at: '2026-03-03T09:00:00.000Z' },
    ]),
  ).toEqual([
    { status: 'saved', at: '2026-03-01T08:00:00Z' },
    { status: 'applied', at: '2026-03-02T10:00:00.000+01:00' },
  ]);
});

test('merging a backup merges events by identity: the same backup twice, in either order, changes nothing', () => {
  const job = applyPatch(applyPatch(saved(), { status: 'applied' }, T0), { status: 'interviewing' }, later(86_400_000));
  const copy = structuredClone(job);
  expect(mergeJob(job, copy)).toEqual(job);
  expect(mergeJob(mergeJob(job, copy), copy)).toEqual(job);
  // The same posting tracked twice (saved and applied on two computers): one saved, one applied, one interviewing.
  const elsewhere = {
    ...job,
    history: [
      { status: 'saved' as const, at: '2026-03-01T08:30:00.000Z' },
      { status: 'applied' as const, at: '2026-03-02T10:00:00.000Z' },
    ],
  };
  expect(statuses(mergeJob(job, elsewhere))).toEqual(['saved', 'applied', 'interviewing']);
  expect(mergeJob(job, elsewhere).history[1]).toEqual(job.history[1]);
});

test('a corrected or deleted event never comes back from an older backup, and corrections are merged once', () => {
  const old = applyPatch(applyPatch(saved(), { status: 'applied' }, T0), { status: 'interviewing' }, later(86_400_000));
  const [, applied, interviewing] = old.history as [StatusChange, StatusChange, StatusChange];
  const fixed = applyPatch(
    applyPatch(old, { event: { from: interviewing, to: null, reason: 'Moved by mistake' } }, later(2 * 86_400_000)),
    { event: { from: applied, to: { status: 'applied', at: '2026-02-28T09:00:00.000Z' }, reason: 'Sent earlier' } },
    later(2 * 86_400_000 + 1),
  );
  const merged = mergeJob(fixed, old);
  expect(merged.history).toEqual(fixed.history);
  expect(merged.historyEdits).toEqual(fixed.historyEdits);
  // The other way round too: the older record meets the corrected one.
  expect(mergeJob(old, fixed).history).toEqual(fixed.history);
  expect(mergeHistories(old, fixed)).toEqual(mergeHistories(fixed, old));
  // A correction taken back by a later one (deleted, then put back) stays put back.
  const restored = applyPatch(
    fixed,
    { event: { from: fixed.history[0]!, to: applied, reason: 'The first date was right' } },
    later(3 * 86_400_000),
  );
  expect(statuses(mergeJob(restored, old))).toEqual(['saved', 'applied']);
  expect(mergeJob(restored, old).history).toContainEqual(applied);
});

test('a backup with corrections round-trips through JSON, and merges into the store once', async () => {
  const job = applyPatch(applyPatch(saved(), { status: 'applied' }, T0), {
    event: { from: { status: 'applied', at: T0.toISOString() }, to: null, reason: 'Not sent after all' },
  });
  const text = jobsToJson([job]);
  expect(JSON.parse(text)).toMatchObject({
    version: BACKUP_VERSION,
    jobs: [{ historyEdits: [{ reason: 'Not sent after all' }] }],
  });
  const [back] = parseJsonBackup(text);
  expect(back).toEqual(job);
  expect(planImport([job], [back!])).toMatchObject({ unchanged: 1, write: [] });
  // A version 1 backup, without corrections, is read as before.
  const v1 = JSON.stringify({ format: 'jobmark-backup', version: 1, jobs: [saved()] });
  expect(parseJsonBackup(v1)[0]).not.toHaveProperty('historyEdits');
  // A correction without a reason is not a correction.
  const bad = JSON.parse(text);
  bad.jobs[0].historyEdits[0].reason = '';
  expect(() => parseJsonBackup(JSON.stringify(bad))).toThrow(/entry 1 of its "historyEdits" is not a correction/);
});

test('undo puts back exactly what its change did: an event taken back, or a correction', async () => {
  const db = await openStore(`history-${Math.random()}`);
  const job = applyPatch(saved(), { status: 'applied' }, new Date(Date.now() - 10_000));
  await putJobs(db, [job]);
  // Back within the minute takes the applied event away; undoing that brings it back.
  const back = await updateJobs(db, [job.id], () => ({ status: 'saved' }));
  expect(back.after[0]!.history).toEqual([job.history[0]]);
  await undoChange(db, back);
  expect(await db.get('jobs', job.id)).toMatchObject({ status: 'applied', history: job.history });
  // A correction, and its undo: the event and status return, the log entry goes.
  const fix = await updateJobs(db, [job.id], () => ({
    event: { from: job.history[1]!, to: null, reason: 'Mistake' },
  }));
  expect(fix.after[0]).toMatchObject({ status: 'saved', historyEdits: [{ reason: 'Mistake' }] });
  await undoChange(db, fix);
  const now = await db.get('jobs', job.id);
  expect(now).toMatchObject({ status: 'applied', history: job.history });
  expect(now).not.toHaveProperty('historyEdits');
  // An undo of a status change after the status moved on elsewhere keeps the newer status and its history.
  const before = structuredClone(now!);
  const after = applyPatch(before, { status: 'interviewing' });
  const elsewhere = applyPatch(after, { status: 'offer' }, new Date(Date.now() + 120_000));
  expect(revertChange(elsewhere, before, after)).toMatchObject({ changed: false, keptNewer: ['status'] });
});

test('the application event: the first at applied or later; a job only saved has none', () => {
  expect(applicationEvent(saved().history)).toBeNull();
  expect(
    applicationEvent([
      { status: 'interviewing', at: '2026-03-05T00:00:00.000Z' },
      { status: 'saved', at: '2026-03-01T00:00:00.000Z' },
      { status: 'offer', at: '2026-03-09T00:00:00.000Z' },
    ]),
  ).toEqual({ status: 'interviewing', at: '2026-03-05T00:00:00.000Z' });
});
