/**
 * The one storage failure a librarian can act on: the browser's storage is full.
 * IndexedDB reports it as a `QuotaExceededError` DOMException; Dexie passes it on
 * under the same name, or wraps it (a transaction aborted by it is an `AbortError`
 * whose `inner` is the quota error; a bulk write is a `BulkError` with `failures`).
 * Our write paths run inside one transaction, so when this happens nothing was
 * written: the caller only has to say so plainly.
 */

/** Thrown by {@link guardQuota} in place of the raw quota error; `cause` keeps the original. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super("The browser's storage is full.", { cause });
    this.name = 'StorageFullError';
  }
}

/** True when `e`, or any error it wraps, is a quota error. */
export function isQuotaExceeded(e: unknown, depth = 0): boolean {
  if (depth > 5 || typeof e !== 'object' || e === null) return false;
  const err = e as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (err.name === 'QuotaExceededError' || err.name === 'StorageFullError') return true;
  // Legacy DOMException code for QUOTA_EXCEEDED_ERR.
  if (err.code === 22 && typeof DOMException !== 'undefined' && e instanceof DOMException) return true;
  if (isQuotaExceeded(err.inner, depth + 1) || isQuotaExceeded(err.cause, depth + 1)) return true;
  return Array.isArray(err.failures) && err.failures.some((f) => isQuotaExceeded(f, depth + 1));
}

/** Runs a write; a quota failure anywhere in it comes back as a {@link StorageFullError}. */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (e instanceof StorageFullError) throw e;
    throw isQuotaExceeded(e) ? new StorageFullError(e) : e;
  }
}
