import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '@/lib/dataset-error';
import { fetchDatasetText } from '@/lib/fetch-dataset';

afterEach(() => vi.unstubAllGlobals());

async function failure(response: Response | Error): Promise<DatasetError> {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => (response instanceof Error ? Promise.reject(response) : Promise.resolve(response))),
  );
  try {
    await fetchDatasetText('x.json');
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected a DatasetError');
}

describe('fetchDatasetText', () => {
  it('returns the text as served', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('{"n": 3}'))),
    );
    await expect(fetchDatasetText('x.json')).resolves.toBe('{"n": 3}');
  });
  it('names the file and the status for a 404', async () => {
    const error = await failure(new Response('', { status: 404, statusText: 'Not Found' }));
    expect(error.kind).toBe('http');
    expect(error.message).toBe('data/x.json: the server answered 404 Not Found');
  });
  it('names the file for a network failure', async () => {
    const error = await failure(new TypeError('Failed to fetch'));
    expect(error.kind).toBe('network');
    expect(error.message).toContain('data/x.json: could not be loaded');
  });
});
