// Small settings the person sets by using Jobmark (where the page panel sits,
// whether it is collapsed), one record per name in the `settings` store
// (migration 2). Reads fall back to defaults, so a missing or older record
// never breaks the page panel.
import type { JobmarkDatabase } from './db';

export const CORNERS = ['bottom-right', 'bottom-left', 'top-left', 'top-right'] as const;
export type Corner = (typeof CORNERS)[number];

export interface PanelSettings {
  collapsed: boolean;
  corner: Corner;
}

/** Every setting by name, with its type. */
export interface Settings {
  panel: PanelSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  panel: { collapsed: false, corner: 'bottom-right' },
};

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

/** The page panel's state as a content script sends it: checked, because a page is untrusted. */
export function isPanelSettings(v: unknown): v is PanelSettings {
  if (typeof v !== 'object' || v === null) return false;
  const { collapsed, corner } = v as Record<string, unknown>;
  return typeof collapsed === 'boolean' && (CORNERS as readonly unknown[]).includes(corner);
}
