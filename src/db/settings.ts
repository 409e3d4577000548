import { DEFAULT_SETTINGS, type Settings } from '../core/types';
import type { LiaisonDB } from './schema';

/** Stored settings merged over the defaults, so a new setting never reads as undefined. */
export async function getSettings(db: LiaisonDB): Promise<Settings> {
  const row = await db.settings.get('main');
  return mergeSettings(row?.value);
}

export function mergeSettings(stored: Partial<Settings> | undefined): Settings {
  const s = stored ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    cadenceByRole: { ...DEFAULT_SETTINGS.cadenceByRole, ...(s.cadenceByRole ?? {}) },
    schoolYear: { ...DEFAULT_SETTINGS.schoolYear, ...(s.schoolYear ?? {}) },
    notifications: { ...DEFAULT_SETTINGS.notifications, ...(s.notifications ?? {}) },
  };
}

export async function updateSettings(db: LiaisonDB, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await getSettings(db)), ...patch };
    await db.settings.put({ key: 'main', value: next });
    return next;
  });
}
