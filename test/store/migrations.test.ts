import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { openStore } from '../../src/store/db';
import { DB_VERSION } from '../../src/store/migrations';

test('a new database gets every migration: the jobs store and its indexes', async () => {
  const db = await openStore(`jobmark-test-${Math.random()}`);
  expect(db.version).toBe(DB_VERSION);
  const tx = db.transaction('jobs');
  expect([...tx.store.indexNames].sort()).toEqual(
    ['canonicalUrl', 'fingerprint', 'savedAt', 'status', 'tags', 'updatedAt'].sort(),
  );
  db.close();
});
