// How an import meets the jobs already saved. Pure, so the preview a person sees
// and the write that follows come from the same code.
//
// An imported job is the same as a saved one when it has the same id, else the
// same canonical URL, else the same fingerprint (only when both have a
// description: a CSV row has none, and same title + company is not enough).
// Merging two records of one job:
// - the saved record keeps its identity: id, url, canonical URL, fingerprint;
// - posting, status, rating and follow-up date come from the record edited
//   last (the newer updatedAt; the saved one on a tie), and so do the person's
//   corrections of the posting, which go with it;
// - tags are the union (compared without case), the saved record's first;
// - status history: the events of both, each once (an event is its status and
//   moment), by time, without those a correction on either side took away, and
//   with no status following itself; the corrections of both, each once
//   (model/history.ts mergeHistories);
// - notes: equal or one empty gives the other; if one contains the other, the
//   longer; otherwise both, the saved notes first, separated by a blank line;
// - savedAt is the earlier, updatedAt the later;
// - later readings of the posting (revisits): those of both, each once (by time), the newest
//   MAX_REVISITS; closed or not as the record edited last says.
// Merging is idempotent: importing the same file twice changes nothing the second time.
import { mergeHistories } from '../model/history';
import { MAX_REVISITS, type Revisit } from '../model/revisit';
import type { SavedJob } from '../model/saved-job';

function unionRevisits(a: readonly Revisit[] = [], b: readonly Revisit[] = []): Revisit[] {
  const byTime = new Map<string, Revisit>();
  for (const r of [...a, ...b]) if (!byTime.has(r.at)) byTime.set(r.at, r);
  return [...byTime.values()].sort((x, y) => x.at.localeCompare(y.at)).slice(-MAX_REVISITS);
}

export interface ImportPlan {
  /** The records to write, in one transaction. */
  write: SavedJob[];
  added: number;
  updated: number;
  unchanged: number;
  /** The first few titles of each kind, for the preview. */
  examples: { added: string[]; updated: string[] };
}

function unionTags(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((tag) => {
    const key = tag.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function mergeNotes(saved: string, incoming: string): string {
  const a = saved.trim();
  const b = incoming.trim();
  if (!b || a.includes(b)) return saved;
  if (!a || b.includes(a)) return incoming;
  return `${saved.trimEnd()}\n\n${incoming.trim()}`;
}

export function mergeJob(saved: SavedJob, incoming: SavedJob): SavedJob {
  const newer = incoming.updatedAt > saved.updatedAt ? incoming : saved;
  return {
    id: saved.id,
    url: saved.url,
    canonicalUrl: saved.canonicalUrl,
    fingerprint: saved.fingerprint,
    posting: newer.posting,
    ...(newer.corrections && { corrections: newer.corrections }),
    status: newer.status,
    ...mergeHistories(saved, incoming),
    tags: unionTags(saved.tags, incoming.tags),
    notes: mergeNotes(saved.notes, incoming.notes),
    rating: newer.rating,
    followUp: newer.followUp ?? saved.followUp ?? incoming.followUp,
    savedAt: [saved.savedAt, incoming.savedAt].sort()[0]!,
    updatedAt: newer.updatedAt,
    ...withRevisits(unionRevisits(saved.revisits, incoming.revisits)),
    ...(newer.closedAt && { closedAt: newer.closedAt }),
    ...(newer.closedAt && newer.closedBy && { closedBy: newer.closedBy }),
    ...(saved.listedAt && { listedAt: saved.listedAt }),
    ...((newer.cvSent ?? saved.cvSent) && { cvSent: newer.cvSent ?? saved.cvSent }),
    // What the saved job's items ask (never in a file): kept, so a file that changes nothing changes
    // nothing; the store reads the items they lack as it writes (store/job-asks.ts).
    ...(saved.asks && { asks: saved.asks }),
  };
}

const withRevisits = (revisits: Revisit[]) => (revisits.length ? { revisits } : {});

/** Deep equality of plain JSON data, whatever order the keys are in: "unchanged" or "updated". */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameData((a as never)[k], (b as never)[k]));
}

const title = (job: SavedJob) => job.posting.title || job.url;

/** What importing `incoming` into a store holding `saved` writes. Records within the file are merged too. */
export function planImport(saved: readonly SavedJob[], incoming: readonly SavedJob[]): ImportPlan {
  const byId = new Map<string, SavedJob>();
  const byUrl = new Map<string, string>();
  const byPrint = new Map<string, string>();
  const index = (job: SavedJob) => {
    byId.set(job.id, job);
    byUrl.set(job.canonicalUrl, job.id);
    if (job.posting.description) byPrint.set(job.fingerprint, job.id);
  };
  for (const job of saved) index(job);
  const original = new Map(saved.map((job) => [job.id, job]));
  const touched = new Set<string>();
  for (const job of incoming) {
    const id =
      (byId.has(job.id) ? job.id : undefined) ??
      byUrl.get(job.canonicalUrl) ??
      (job.posting.description ? byPrint.get(job.fingerprint) : undefined);
    const current = id === undefined ? undefined : byId.get(id);
    const next = current ? mergeJob(current, job) : job;
    index(next);
    touched.add(next.id);
  }
  const plan: ImportPlan = { write: [], added: 0, updated: 0, unchanged: 0, examples: { added: [], updated: [] } };
  for (const id of touched) {
    const next = byId.get(id)!;
    const before = original.get(id);
    if (before && sameData(before, next)) {
      plan.unchanged++;
      continue;
    }
    plan.write.push(next);
    const kind = before ? 'updated' : 'added';
    plan[kind]++;
    if (plan.examples[kind].length < 5) plan.examples[kind].push(title(next));
  }
  return plan;
}
