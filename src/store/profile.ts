// The person's profile in the `profile` store (migration 6): one record. A read
// with none saved gives the empty profile; every write is checked first, so the
// store never holds a profile a backup could not carry.
import { EMPTY_PROFILE, type Profile } from '../model/profile';
import { parseProfile } from '../model/validate-profile';
import type { JobmarkDatabase } from './db';
import { PROFILE_KEY } from './schema';

export async function getProfile(db: JobmarkDatabase): Promise<Profile> {
  return (await db.get('profile', PROFILE_KEY)) ?? EMPTY_PROFILE;
}

/** Save the profile (checked, stamped with `now`); returns it as stored. */
export async function saveProfile(db: JobmarkDatabase, profile: Profile, now = new Date()): Promise<Profile> {
  const stored = parseProfile({ ...profile, updatedAt: now.toISOString() }, 'the form');
  await db.put('profile', stored, PROFILE_KEY);
  return stored;
}
