// The one way an import ends without being an error: the person cancelled it while it was
// written. Shared by the store (which aborts the transaction) and the pages (which say so).

/** The import was cancelled before it was written: nothing was changed. */
export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
  constructor() {
    super('The import was cancelled and nothing was changed.');
  }
}
