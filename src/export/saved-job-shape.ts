// The SavedJob validator for imported files. A backup is hostile input like any
// page: every field is checked, and the record that comes out is rebuilt from the
// known fields only, so nothing a file adds (or a __proto__ key) reaches the store.

import { withEdits } from '../model/history';
import { MAX_REVISITS } from '../model/revisit';
import { type HistoryEdit, isStatus, type Rating, type SavedJob, type StatusChange } from '../model/saved-job';
import {
  hasProtoKey,
  isDay,
  isHistoryEdit,
  isIsoTime,
  isJobPostingShape,
  isObject,
  isStatusChange,
  isText,
  isTextList,
  isWebUrl,
} from '../model/validate';
import { cleanCorrections, correctionsProblem } from '../model/validate-corrections';

const isRating = (v: unknown): v is Rating => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 5;

const notWeb = (field: string, value: unknown) =>
  typeof value === 'string'
    ? `${field} ${JSON.stringify(value.slice(0, 80))} is not a web address (http or https)`
    : `${field} is missing or not text`;

/** Why `v` is not a SavedJob, in words; null when it is one. */
export function savedJobProblem(v: unknown): string | null {
  if (!isObject(v)) return 'it is not an object';
  if (hasProtoKey(v)) return 'it holds a "__proto__" key, which no Jobmark record has';
  if (!isText(v.id, 200) || !v.id) return 'its "id" is missing or not text';
  // Ids are keys: one that names a property every object has ("__proto__",
  // "constructor") would reach the prototype wherever records are looked up by id.
  if (v.id in Object.prototype) return `its "id" ${JSON.stringify(v.id)} is not an id Jobmark makes`;
  // Every address in a record may become a link (popup, dashboard, Markdown): web addresses only.
  if (!isWebUrl(v.url)) return notWeb('its "url"', v.url);
  if (!isWebUrl(v.canonicalUrl)) return notWeb('its "canonicalUrl"', v.canonicalUrl);
  if (!isText(v.fingerprint, 200)) return 'its "fingerprint" is not text';
  if (!isJobPostingShape(v.posting)) return 'its "posting" is not a Jobmark posting';
  if (!isWebUrl(v.posting.url)) return notWeb(`its posting's "url"`, v.posting.url);
  if (v.posting.applyUrl !== null && !isWebUrl(v.posting.applyUrl)) {
    return notWeb(`its posting's "applyUrl"`, v.posting.applyUrl);
  }
  // The reader's own result where site rules changed it (version 3); it becomes the posting if they go.
  if (v.read !== undefined) {
    if (!isJobPostingShape(v.read) || !v.read.isJobPosting) return 'its "read" is not a Jobmark posting';
    if (!isWebUrl(v.read.url)) return notWeb(`its reading's "url"`, v.read.url);
    if (v.read.applyUrl !== null && !isWebUrl(v.read.applyUrl))
      return notWeb(`its reading's "applyUrl"`, v.read.applyUrl);
  }
  // The person's corrections of what was read (backup version 3); absent when there are none.
  if (v.corrections !== undefined) {
    const problem = correctionsProblem(v.corrections);
    if (problem) return problem;
  }
  if (!isStatus(v.status)) return `its "status" ${JSON.stringify(v.status)} is not a Jobmark status`;
  const history = v.history;
  if (!Array.isArray(history) || history.length > 10_000) return 'its "history" is not a list';
  for (const [i, change] of history.entries()) {
    if (!isStatusChange(change)) return `entry ${i + 1} of its "history" is not a status with an ISO 8601 time`;
  }
  // Corrections of the history (backup version 2); a version 1 backup has none.
  const edits = v.historyEdits;
  if (edits !== undefined) {
    if (!Array.isArray(edits) || edits.length > 10_000) return 'its "historyEdits" is not a list';
    for (const [i, edit] of edits.entries()) {
      if (!isHistoryEdit(edit)) {
        return `entry ${i + 1} of its "historyEdits" is not a correction (a time, the event before and after, and a reason)`;
      }
    }
  }
  if (!isTextList(v.tags, 200) || v.tags.some((t) => t.length > 200)) return 'its "tags" are not a list of text';
  if (!isText(v.notes, 200_000)) return 'its "notes" are not text (or longer than 200,000 characters)';
  if (!isRating(v.rating)) return 'its "rating" is not a whole number from 0 to 5';
  if (v.followUp !== null && !isDay(v.followUp)) return 'its "followUp" is not a YYYY-MM-DD date or null';
  if (!isIsoTime(v.savedAt)) return 'its "savedAt" is not an ISO 8601 time';
  if (!isIsoTime(v.updatedAt)) return 'its "updatedAt" is not an ISO 8601 time';
  // Later readings of the posting (backup version 4), each a posting as the reader reads one.
  const revisits = v.revisits;
  if (revisits !== undefined) {
    if (!Array.isArray(revisits) || revisits.length > MAX_REVISITS) return 'its "revisits" is not a short list';
    for (const [i, r] of revisits.entries()) {
      if (!isObject(r) || !isIsoTime(r.at) || !isJobPostingShape(r.posting) || !isWebUrl(r.posting.url))
        return `entry ${i + 1} of its "revisits" is not a reading (an ISO 8601 time and a posting)`;
      if (r.posting.applyUrl !== null && !isWebUrl(r.posting.applyUrl))
        return notWeb(`entry ${i + 1} of its "revisits"' "applyUrl"`, r.posting.applyUrl);
    }
  }
  if (v.closedAt !== undefined && !isIsoTime(v.closedAt)) return 'its "closedAt" is not an ISO 8601 time';
  if (v.closedBy !== undefined && v.closedBy !== 'list') return 'its "closedBy" is not "list"';
  if (v.cvSent !== undefined && (!isText(v.cvSent, 200) || !v.cvSent.trim()))
    return 'its "cvSent" is not the name of a CV version';
  return null;
}

const cleanChange = (c: StatusChange): StatusChange => ({ status: c.status, at: c.at });
const cleanEdit = (e: HistoryEdit): HistoryEdit => ({
  at: e.at,
  from: cleanChange(e.from),
  to: e.to && cleanChange(e.to),
  reason: e.reason,
});

/** A checked record, rebuilt from its known fields. Call after savedJobProblem() returned null. */
export function cleanSavedJob(v: SavedJob): SavedJob {
  const history = { history: v.history.map(cleanChange) };
  return {
    id: v.id,
    url: v.url,
    canonicalUrl: v.canonicalUrl,
    fingerprint: v.fingerprint,
    posting: v.posting,
    ...(v.read && { read: v.read }),
    ...(v.corrections && { corrections: cleanCorrections(v.corrections) }),
    status: v.status,
    ...withEdits(history, (v.historyEdits ?? []).map(cleanEdit)),
    tags: [...v.tags],
    notes: v.notes,
    rating: v.rating,
    followUp: v.followUp,
    savedAt: v.savedAt,
    updatedAt: v.updatedAt,
    ...(v.revisits?.length && { revisits: v.revisits.map((r) => ({ at: r.at, posting: r.posting })) }),
    ...(v.closedAt && { closedAt: v.closedAt }),
    ...(v.closedAt && v.closedBy && { closedBy: v.closedBy }),
    ...(v.cvSent && { cvSent: v.cvSent }),
  };
}
