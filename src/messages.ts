// One typed map from message name to request and response; the only place that
// calls runtime.sendMessage. The background checks every request against this
// map before it acts (see background/handlers.ts): a message's sender and shape
// are never trusted.
import type { JobPosting } from './model/posting';
import { browser } from './platform';

export interface MessageMap {
  /** Content script → background: what this tab shows now (a posting, or not). */
  'page/read': { req: { posting: JobPosting }; res: { ok: true } };
  /** Popup → background: the posting last read in a tab, if any. */
  'tab/posting': { req: { tabId: number }; res: { posting: JobPosting | null } };
}

export type MessageName = keyof MessageMap;
export type Request<K extends MessageName> = MessageMap[K]['req'];
export type Response<K extends MessageName> = MessageMap[K]['res'];

/** What travels on the wire. */
export interface Envelope<K extends MessageName = MessageName> {
  jobmark: K;
  req: Request<K>;
}

/** An error the background sends back instead of a response, with a message for people. */
export interface Failure {
  error: string;
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && typeof (value as Failure).error === 'string';
}

/** Send one message to the background and get its typed answer; a refusal or storage error throws with its message. */
export async function send<K extends MessageName>(name: K, req: Request<K>): Promise<Response<K>> {
  const envelope: Envelope<K> = { jobmark: name, req };
  const answer: unknown = await browser.runtime.sendMessage(envelope);
  if (isFailure(answer)) throw new Error(answer.error);
  if (answer === undefined) throw new Error(`No answer to ${name}`);
  return answer as Response<K>;
}
