import type * as z from 'zod/mini';
import { DatasetError } from './dataset-error';
import { parseDataset } from './validate-dataset';

export function datasetUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

/** Fetches `data/<file>`, checks the response, parses and validates it. Throws only DatasetError. */
export async function fetchDataset<S extends z.ZodMiniType>(
  file: string,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  const path = `data/${file}`;
  let response: Response;
  try {
    response = await fetch(datasetUrl(file), { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatasetError(path, 'network', [{ file: path, record: '', field: '', message: `could not be loaded (${detail})` }]);
  }
  if (!response.ok) {
    throw new DatasetError(path, 'http', [
      { file: path, record: '', field: '', message: `the server answered ${response.status} ${response.statusText}`.trim() },
    ]);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatasetError(path, 'network', [{ file: path, record: '', field: '', message: `was cut off while loading (${detail})` }]);
  }
  return parseDataset(path, text, schema);
}
