import { DatasetError } from '@/lib/dataset-error';

/** A dataset request that has not answered in this time fails with a clear error (and Retry). */
let timeoutMs = 20_000;

/** Tests shorten the wait for a request that never answers. */
export function setDatasetTimeout(ms: number): void {
  timeoutMs = ms;
}

export function datasetUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

/**
 * The text of `data/<file>` (from `url`, in a worker, which has no page to resolve a path against), within
 * the timeout; a failed or cut-off request is a DatasetError naming the file.
 */
export function fetchDatasetText(file: string, signal?: AbortSignal, url = datasetUrl(file)): Promise<string> {
  return fetchDatasetBody(file, (response) => response.text(), signal, url);
}

/** `fetchDatasetText` with the body read by `read` (as a stream, say), its failures and timeout the same. */
export async function fetchDatasetBody<T>(
  file: string,
  read: (response: Response) => Promise<T>,
  signal?: AbortSignal,
  url = datasetUrl(file),
): Promise<T> {
  const path = `data/${file}`;
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const failed = (error: unknown, what: string): DatasetError => {
    if (timeout.aborted && !signal?.aborted) {
      return new DatasetError(path, 'network', [
        { file: path, record: '', field: '', message: `did not answer within ${String(timeoutMs / 1000)} s` },
      ]);
    }
    const detail = error instanceof Error ? error.message : String(error);
    return new DatasetError(path, 'network', [{ file: path, record: '', field: '', message: `${what} (${detail})` }]);
  };
  let response: Response;
  try {
    response = await raceAbort(fetch(url, { signal: combined, headers: { accept: 'application/json' } }), combined);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw failed(error, 'could not be loaded');
  }
  if (!response.ok) {
    throw new DatasetError(path, 'http', [
      { file: path, record: '', field: '', message: `the server answered ${response.status} ${response.statusText}`.trim() },
    ]);
  }
  try {
    return await raceAbort(read(response), combined);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw failed(error, 'was cut off while loading');
  }
}

/** Rejects as soon as the signal aborts, even where a fetch implementation ignores its signal. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
