// @vitest-environment node
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main as buildEvents } from '@/cli/build-events';
import { main as checkData } from '@/cli/check-data';
import { main as importReview } from '@/cli/import-review';
import { runCli, writeChecked } from '@/cli/lib/cli';
import { tableRows } from '@/cli/lib/markdown';
import { readReview } from '@/cli/lib/read-review';
import { nameProblem } from '@/cli/lib/names';
import { copyCommunity } from './data-fixture';

const POST = resolve(import.meta.dirname, '../fixtures/sources/lumen-2024-review.md');
const REVIEW = 'https://example.org/posts/2024-year-in-review/';

let data: ReturnType<typeof copyCommunity> | undefined;
afterEach(() => data?.remove());

/** Runs a CLI's main in-process: its exit code and what it printed. */
async function cli(main: (argv: string[]) => Promise<void>, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void err.push(args.join(' ')));
  const code = await runCli(main, argv);
  vi.restoreAllMocks();
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('every CLI: a problem is one line naming it, exit 1, no stack trace', () => {
  it.each([
    ['check:data, unknown flag', checkData, ['--verbose'], "Unknown option '--verbose' (see --help)"],
    ['check:data, missing folder', checkData, ['/nonexistent/data'], '/nonexistent/data: no such data folder'],
    [
      'data:import, missing post',
      importReview,
      ['/nonexistent/post.md', '--year', '2024', '--data', '%DATA%'],
      '/nonexistent/post.md: no such file or directory',
    ],
    ['data:import, unknown flag', importReview, ['--yaer', '2024'], "Unknown option '--yaer' (see --help)"],
    ['data:import, no post', importReview, ['--year', '2024'], 'a post to read is required (see --help)'],
    [
      'data:import, a year outside the community',
      importReview,
      [POST, '--year', '2031', '--data', '%DATA%'],
      `--year 2031 is outside the community's years 2022-2024: extend "years" in data/community.json first`,
    ],
    [
      'data:import, a year that is no year',
      importReview,
      [POST, '--year', '24', '--data', '%DATA%'],
      '--year needs a year YYYY, got "24" (see --help)',
    ],
    [
      'data:import, missing data folder',
      importReview,
      [POST, '--year', '2024', '--data', '/nonexistent/data'],
      expect.stringContaining('/nonexistent/data has problems'),
    ],
    [
      'data:import, talks base without its slash',
      importReview,
      ['--talks', POST, '--talks-base', 'https://example.org/live', '--data', '%DATA%'],
      '--talks-base must end with "/" (links are relative to it), got "https://example.org/live"',
    ],
    [
      'data:import, talks base on another host',
      importReview,
      ['--talks', POST, '--talks-base', 'https://evil.example/live/', '--data', '%DATA%'],
      '--talks-base is on evil.example, which no post in data/sources.json is on (example.org)',
    ],
    [
      'build-events, live base without its slash',
      buildEvents,
      ['/tmp', '--live-base', 'https://example.org/live', '--data', '%DATA%'],
      '--live-base must end with "/" (links are relative to it), got "https://example.org/live"',
    ],
    [
      'build-events, live base on another host',
      buildEvents,
      ['/tmp', '--live-base', 'https://evil.example/live/', '--data', '%DATA%'],
      '--live-base is on evil.example, which no post in data/sources.json is on (example.org)',
    ],
    [
      'build-events, no sources folder',
      buildEvents,
      ['--live-base', 'https://example.org/live/'],
      'a sources folder is required (see --help)',
    ],
    [
      'build-events, missing sources folder',
      buildEvents,
      ['/nonexistent/sources', '--live-base', 'https://example.org/live/', '--data', '%DATA%'],
      '/nonexistent/sources: no such sources folder',
    ],
  ] as const)('%s', async (_case, main, argv, expected) => {
    data = copyCommunity();
    const before = readFileSync(join(data.dir, 'people.json'), 'utf8');
    const result = await cli(
      main,
      argv.map((a) => a.replace('%DATA%', data!.dir)),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual(expected);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(join(data.dir, 'people.json'), 'utf8')).toBe(before);
  });

  it('prints one line, not a stack trace, when run as a program', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-data.ts', '/nonexistent/data'], {
      cwd: resolve(import.meta.dirname, '../..'),
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('/nonexistent/data: no such data folder\n');
  });
});

describe('data:import reads only names', () => {
  const read = readReview(readFileSync(POST, 'utf8'), 2024, REVIEW);
  const names = (role: string) => read.entries.filter((e) => e.role === role).map((e) => e.listedAs);

  it('reads a certificate table whose row has one extra cell as one person a row', () => {
    expect(names('ambassador')).toEqual(['Grace Okafor', 'Jun Park']);
    expect(read.entries.find((e) => e.listedAs === 'Jun Park')?.certificate).toBe('https://example.org/certs/ambassador-junpark.png');
  });

  it('does not turn a real header into data when a prose line with | comes before it', () => {
    expect(names('speaker')).toEqual(['Emi Sato']);
    const lines = ['Speakers are listed below | thanks to all', '| Speaker | Company |', '| --- | --- |', '| Emi Sato | Lumen |'];
    expect(tableRows(lines).map((table) => table.map((row) => row.cells))).toEqual([[['Emi Sato', 'Lumen']]]);
    expect(tableRows(['| not | a table |', '| without | separator |'])).toEqual([]);
  });

  it('never adds a URL, a header word, markup or an over-long cell as a person, and says so', () => {
    expect(names('contributor')).toEqual(['hugo-martin', 'kim-lee', 'bo-chen', 'lena-fischer', 'omar-haddad']);
    expect(read.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^skipped "https:\/\/example\.org\/not-a-person" .*a URL, not a name$/),
        expect.stringMatching(/^skipped "<b>bold<\/b>" .*markup, not a name$/),
        expect.stringMatching(/^skipped "Name" .*a header word, not a name$/),
        expect.stringMatching(/^skipped "Maximiliana .*longer than 60 characters, not a name$/),
      ]),
    );
  });

  it.each([
    ['Ada Lin', undefined],
    ['林晓光', undefined],
    ['\u200B ', 'blank'],
    ['[Ada](https://x.org)', 'a URL'],
    ['**Ada**', 'markup'],
    ['证书', 'a header word'],
    ['---', 'a table separator'],
  ])('nameProblem(%j) is %s', (name, problem) => {
    expect(nameProblem(name)).toBe(problem);
  });
});

describe('data:import writes only data that check:data accepts, atomically', () => {
  it('merges a post into people.json, and changes nothing when run again', async () => {
    data = copyCommunity();
    const first = await cli(importReview, [POST, '--year', '2024', '--data', data.dir]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const people = JSON.parse(readFileSync(join(data.dir, 'people.json'), 'utf8')) as { people: { name: string }[] };
    expect(people.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Jun Park', 'kim-lee']));
    const again = await cli(importReview, [POST, '--year', '2024', '--data', data.dir]);
    expect(again.stdout).toContain('data/people.json unchanged');
  });

  it('refuses to write a result check:data would reject, leaving the file and no temporary file', async () => {
    data = copyCommunity();
    const before = readFileSync(join(data.dir, 'people.json'), 'utf8');
    const broken = before.replace('"year": 2022', '"year": 2031');
    await expect(writeChecked(data.dir, 'people.json', broken)).rejects.toThrow(
      /^The result would be invalid; data\/people\.json is unchanged:\n {2}data\/people\.json: record people\[0\] \(id "ada-lin"\), field roles\.0\.year: year 2031 is outside the community's years 2022-2024/,
    );
    expect(readFileSync(join(data.dir, 'people.json'), 'utf8')).toBe(before);
    expect(readdirSync(data.dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('refuses to start from data that check:data rejects', async () => {
    data = copyCommunity();
    writeFileSync(join(data.dir, 'events.json'), '{');
    const result = await cli(importReview, [POST, '--year', '2024', '--data', data.dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/has problems \(npm run check:data\); fix them first:\n {2}data\/events\.json: not valid JSON/);
    expect(existsSync(join(data.dir, 'people.json'))).toBe(true);
  });
});

describe('build-events writes only data that check:data accepts', () => {
  const LIVE = resolve(import.meta.dirname, '../fixtures/sources/lumen-live');

  it('refuses a result whose events name a source that sources.json does not list, and writes nothing', async () => {
    data = copyCommunity();
    const before = readFileSync(join(data.dir, 'events.json'), 'utf8');
    const result = await cli(buildEvents, [LIVE, '--live-base', 'https://example.org/live/', '--data', data.dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^The result would be invalid; data\/events\.json is unchanged:\n/);
    expect(result.stderr).toContain(
      '(id "live-2024-10-02-prism-deep-dive"), field source: source https://example.org/live/ is not listed in data/sources.json',
    );
    expect(readFileSync(join(data.dir, 'events.json'), 'utf8')).toBe(before);
  });

  it('rebuilds the events from the live page tables, keeping what the tables do not hold', async () => {
    data = copyCommunity();
    data.edit('sources.json', (json) =>
      json.sources.push({ url: 'https://example.org/live/', title: { zh: '直播', en: 'Live' }, date: '2025-01-01', publisher: 'Lumen' }),
    );
    const result = await cli(buildEvents, [LIVE, '--live-base', 'https://example.org/live/', '--data', data.dir]);
    expect(result.stderr).toBe('');
    const events = JSON.parse(readFileSync(join(data.dir, 'events.json'), 'utf8')) as {
      events: { id: string; title: unknown; mode: string; committee?: unknown; talks: { speakers: unknown[]; link?: string }[] }[];
    };
    const nairobi = events.events.find((e) => e.id === 'meetup-2024-09-21-nairobi');
    expect(nairobi?.committee).toEqual({ zh: '内罗毕用户委员会', en: 'Nairobi user committee' });
    // Its talk page says "内罗毕 + 线上同步直播": offline and streamed at once.
    expect(nairobi?.mode).toBe('hybrid');
    expect(nairobi?.talks).toEqual([
      expect.objectContaining({ speakers: [{ name: 'Emi Sato', personId: 'emi-sato' }], link: 'https://example.org/live/nairobi-talk/' }),
    ]);
    expect(events.events.find((e) => e.id === 'live-2024-10-02-prism-deep-dive')?.title).toEqual({
      zh: 'Prism 深入',
      en: 'Prism deep dive',
      enTranslated: true,
    });
    expect(events.events.map((e) => e.id)).toContain('podcast-2023-ep1');
  });
});
