// Settings in the `settings` store (migration 2), one record per name. Reads
// fall back to the defaults, so a missing or older record never breaks the page panel.
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import type { JobmarkDatabase } from './db';

export async function getSetting<K extends keyof Settings>(db: JobmarkDatabase, name: K): Promise<Settings[K]> {
  const stored = (await db.get('settings', name)) as Partial<Settings[K]> | undefined;
  return { ...DEFAULT_SETTINGS[name], ...stored };
}

export async function setSetting<K extends keyof Settings>(
  db: JobmarkDatabase,
  name: K,
  value: Settings[K],
): Promise<void> {
  await db.put('settings', value, name);
}
