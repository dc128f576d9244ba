// Which tab the popup speaks for: the active tab, or the one named by ?tab=ID
// (so the popup also works opened in a tab of its own, as tests open it).
import { browser } from '../platform';

export async function currentTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
