// Where the tests find the builds and the shared fixtures. JOBMARK_DIST and
// JOBMARK_FIREFOX_DIST test builds made elsewhere (while dist/ is rebuilt).
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
/** The Chromium build: dist/, or JOBMARK_DIST. */
export const DIST = process.env.JOBMARK_DIST ? resolve(process.env.JOBMARK_DIST) : join(ROOT, 'dist');
/** The Firefox build: dist-firefox/, or JOBMARK_FIREFOX_DIST. */
export const FIREFOX_DIST = process.env.JOBMARK_FIREFOX_DIST
  ? resolve(process.env.JOBMARK_FIREFOX_DIST)
  : join(ROOT, 'dist-firefox');
export const SHARED = resolve(ROOT, '../shared');
