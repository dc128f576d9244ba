// Small settings a person sets by using Jobmark (where the page panel sits,
// whether it is collapsed, whether follow-ups are reminded): their types,
// defaults and the check of what a page sends. Stored by store/settings.ts;
// shared by the content script and the background.

import type { ReminderState } from './due';

export const CORNERS = ['bottom-right', 'bottom-left', 'top-left', 'top-right'] as const;
export type Corner = (typeof CORNERS)[number];

export interface PanelSettings {
  collapsed: boolean;
  corner: Corner;
}

/** Every setting by name, with its type. */
export interface Settings {
  panel: PanelSettings;
  /** Follow-up reminders (model/due.ts): off until the person turns them on. */
  reminders: ReminderState;
}

export const DEFAULT_SETTINGS: Settings = {
  panel: { collapsed: false, corner: 'bottom-right' },
  reminders: { on: false, lastReminded: null },
};

/** The page panel's state as a content script sends it: checked, because a page is untrusted. */
export function isPanelSettings(v: unknown): v is PanelSettings {
  if (typeof v !== 'object' || v === null) return false;
  const { collapsed, corner } = v as Record<string, unknown>;
  return typeof collapsed === 'boolean' && (CORNERS as readonly unknown[]).includes(corner);
}
