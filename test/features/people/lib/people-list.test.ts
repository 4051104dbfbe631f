import { describe, expect, it } from 'vitest';
import { readPeopleBody, WORKER_BYTES } from '@/features/people/lib/people-list';
import type { PeopleWorker } from '@/features/people/lib/people-worker';

/** A response whose body arrives in these chunks. */
function streamed(chunks: Uint8Array[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Response(body);
}

/** `text` as UTF-8, cut into `parts` chunks (a cut may fall inside a character). */
function chunksOf(text: string, parts: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const size = Math.ceil(bytes.length / parts);
  return Array.from({ length: parts }, (_, i) => bytes.slice(i * size, (i + 1) * size)).filter((c) => c.length > 0);
}

/** A stand-in worker that keeps the bytes it is given. */
function fakeWorker() {
  const received: Uint8Array[] = [];
  const worker: PeopleWorker = {
    bytes: (chunk) => received.push(chunk),
    finish: () => Promise.resolve(null),
    terminate: () => undefined,
  };
  const text = () => {
    const all = new Uint8Array(received.reduce((n, c) => n + c.length, 0));
    received.reduce((at, c) => (all.set(c, at), at + c.length), 0);
    return new TextDecoder().decode(all);
  };
  return { worker, text };
}

const json = (people: number) => JSON.stringify({ people: Array.from({ length: people }, (_, i) => ({ id: `p-${i}`, name: `张 ${i}` })) });

describe('reading people.json', () => {
  it('keeps a small file on this thread: its text, decoded as the browser decodes, and no worker started', async () => {
    const text = `\uFEFF${json(50)}`;
    let started = 0;
    const body = await readPeopleBody(streamed(chunksOf(text, 7)), () => {
      started += 1;
      return Promise.resolve(fakeWorker().worker);
    });
    expect(body.text).toBe(text.slice(1));
    expect(started).toBe(0);
  });

  it('hands a large file to one worker, every byte in order, even when the worker starts after the last chunk', async () => {
    const text = json(Math.ceil((WORKER_BYTES * 1.5) / 20));
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(WORKER_BYTES);
    for (const delay of [0, 50]) {
      const fake = fakeWorker();
      let started = 0;
      const body = await readPeopleBody(streamed(chunksOf(text, 40)), async () => {
        started += 1;
        await new Promise((resolve) => setTimeout(resolve, delay));
        return fake.worker;
      });
      expect(body.worker).toBe(fake.worker);
      expect(body.text).toBeUndefined();
      expect(started).toBe(1);
      expect(fake.text()).toBe(text);
    }
  });

  it('reads a large file here when no worker can start', async () => {
    const text = json(Math.ceil((WORKER_BYTES * 1.2) / 20));
    for (const start of [() => Promise.resolve(null), () => Promise.reject(new Error('chunk failed to load'))]) {
      const body = await readPeopleBody(streamed(chunksOf(text, 9)), start);
      expect(body.text).toBe(text);
    }
  });
});
