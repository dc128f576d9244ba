// Which CV version went with an application: set, cleared, and undone like any edit of a job.
import { expect, test } from 'vitest';
import { applyPatch, revertChange } from '../../src/model/job-patch';
import { makeJob } from '../export/make-job';

test('the CV sent is set by name, cleared with null, and an undo takes back only its own change', () => {
  const job = makeJob();
  const sent = applyPatch(job, { cvSent: ' Deutsch ' }, new Date('2026-03-01T00:00:00Z'));
  expect(sent.cvSent).toBe('Deutsch');
  expect(applyPatch(sent, { cvSent: null })).not.toHaveProperty('cvSent');
  expect(applyPatch(sent, { cvSent: '  ' })).not.toHaveProperty('cvSent');
  const undone = revertChange(sent, job, sent, new Date('2026-03-02T00:00:00Z'));
  expect(undone.changed).toBe(true);
  expect(undone.job).not.toHaveProperty('cvSent');
  // Changed again elsewhere since: kept as it is now.
  const elsewhere = { ...sent, cvSent: 'Backend' };
  expect(revertChange(elsewhere, job, sent).keptNewer).toEqual(['cvSent']);
});
