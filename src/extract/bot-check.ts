// A bot check or challenge page (Cloudflare's "Just a moment…", PerimeterX) stands where the
// posting would: it is no posting, whatever else it holds.
import type { PageIndex } from './dom';
import { cleanText } from './text';
import { currentWords } from './words';

export function isBotCheck(index: PageIndex): boolean {
  const { BOT_CHECK } = currentWords();
  const title = cleanText(index.title(), 300);
  if (BOT_CHECK.test(title)) return true;
  return (
    ['challenge-form', 'cf-challenge-running', 'px-captcha'].some((id) => index.ids.has(id)) ||
    index.classes.has('cf-browser-verification')
  );
}
