import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDataDir } from '@/cli/check';
import { DATASETS } from '@/cli/registry';
import { formatIssue } from '@/lib/dataset-error';
import { COMMUNITY, copyCommunity } from './data-fixture';

type Editor = ReturnType<typeof copyCommunity>;
let data: Editor | undefined;
afterEach(() => data?.remove());
function copy() {
  data = copyCommunity();
  return data;
}
const messages = async (dir: string) => (await checkDataDir(dir, DATASETS)).issues.map(formatIssue);

describe('check:data', () => {
  it('finds the made-up community valid and lists what the build publishes', async () => {
    const result = await checkDataDir(COMMUNITY, DATASETS);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.published).toEqual([...Object.values(DATASETS).map((d) => d.file), 'logo.svg']);
  });

  it('reports every error in every file: missing, truncated, invalid field, unknown source, duplicate id', async () => {
    const { dir, edit } = copy();
    rmSync(join(dir, 'media.json'));
    writeFileSync(join(dir, 'stars.json'), '{"projects": [');
    edit('events.json', (json) => {
      json.events[2]!.link = 'javascript:alert(1)';
      json.events[3]!.id = json.events[4]!.id;
    });
    edit('ecosystem.json', (json) => {
      json.awards[0]!.source = 'https://example.com/unknown';
    });
    expect(await messages(dir)).toEqual(
      expect.arrayContaining([
        'data/media.json: file is missing',
        expect.stringMatching(/^data\/stars\.json: not valid JSON/),
        'data/events.json: record events[2] (id "podcast-2023-ep1"), field link: must be an http(s) URL',
        'data/events.json: record events[4] (id "visit-2024-11-05-acme"), field id: id "visit-2024-11-05-acme" is used twice (first at [3])',
        'data/ecosystem.json: record awards[0] (id "2023-best-newcomer"), field source: source https://example.com/unknown is not listed in data/sources.json',
      ]),
    );
  });

  it('says what was expected and what it got, not "Invalid input"', async () => {
    const { dir, edit } = copy();
    edit('events.json', (json) => {
      json.events[0]!.year = 1900;
      Object.assign(json.events[1]!, { mode: 'zoom' });
    });
    edit('people.json', (json) => {
      Object.assign(json.people[0]!, { roles: 'ambassador' });
    });
    const all = await messages(dir);
    expect(all).toContain(
      'data/events.json: record events[0] (id "meetup-2022-05-14-lisbon"), field year: Too small: expected number to be >=1990, got 1900',
    );
    expect(all).toContain(
      'data/events.json: record events[1] (id "live-2023-03-02-prism"), field mode: Invalid option: expected one of "offline"|"online"|"hybrid", got "zoom"',
    );
    expect(all).toContain('data/people.json: record people[0] (id "ada-lin"), field roles: Invalid input: expected array, received string');
    expect(all.join('\n')).not.toMatch(/: Invalid input$/m);
  });

  it('rejects impossible dates and unknown keys', async () => {
    const { dir, edit } = copy();
    edit('events.json', (json) => {
      json.events[0]!.date = '2022-02-30';
      Object.assign(json.events[1]!, { nmae: 'typo' });
    });
    const all = await messages(dir);
    expect(all).toContain('data/events.json: record events[0] (id "meetup-2022-05-14-lisbon"), field date: must be a date that exists');
    expect(all).toContain('data/events.json: record events[1] (id "live-2023-03-02-prism"): Unrecognized key: "nmae"');
  });

  it('accepts a file saved with a UTF-8 byte order mark', async () => {
    const { dir } = copy();
    const path = join(dir, 'people.json');
    writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8')}`);
    expect(await messages(dir)).toEqual([]);
  });

  it('still cross-checks a file with a schema error: its duplicate ids, unknown sources and unknown people', async () => {
    const { dir, edit } = copy();
    edit('events.json', (json) => {
      Object.assign(json.events[0]!, { year: 'soon' });
      json.events[1]!.id = json.events[2]!.id;
      json.events[3]!.source = 'https://example.com/elsewhere';
      json.events[3]!.talks[0]!.speakers[0]!.personId = 'nobody';
    });
    const all = (await messages(dir)).join('\n');
    expect(all).toMatch(/record events\[0\] .*field year: Invalid input: expected number, received string/);
    expect(all).toMatch(/record events\[2\] .*field id: id "podcast-2023-ep1" is used twice/);
    expect(all).toMatch(/record events\[3\] .*field source: source https:\/\/example\.com\/elsewhere is not listed/);
    expect(all).toMatch(/record events\[3\] .*field talks\.0\.speakers\.0\.personId: no person with id "nobody"/);
  });

  it.each([
    [
      'sources.json',
      (c: Editor) => c.edit('sources.json', (j) => (j.sources[1]!.url = j.sources[0]!.url)),
      /data\/sources\.json: record sources\[1\], field url: url "[^"]+" is used twice/,
    ],
    [
      'people.json',
      (c: Editor) => c.edit('people.json', (j) => (j.people[1]!.id = j.people[0]!.id)),
      /record people\[1\] \(id "ada-lin"\), field id: id "ada-lin" is used twice/,
    ],
    [
      'community.json',
      (c: Editor) => c.edit('community.json', (j) => (j.projects[1]!.id = j.projects[0]!.id)),
      /record projects\[1\] \(id "lumen"\), field id: id "lumen" is used twice/,
    ],
    [
      'stars.json',
      (c: Editor) => c.edit('stars.json', (j) => (j.projects[1]!.repo = j.projects[0]!.repo)),
      /record projects\[1\], field repo: repo "lumen\/lumen" is used twice/,
    ],
    [
      'ecosystem.json',
      (c: Editor) => c.edit('ecosystem.json', (j) => j.cases.push(j.cases[0]!)),
      /record cases\[1\] \(id "acme-render"\), field id: id "acme-render" is used twice/,
    ],
    [
      'media.json',
      (c: Editor) => c.edit('media.json', (j) => j.channels.push(j.channels[0]!)),
      /record channels\[1\] \(id "newsletter"\), field id: id "newsletter" is used twice/,
    ],
  ])('catches a duplicated id in %s', async (_file, change, expected) => {
    const editor = copy();
    change(editor);
    expect((await messages(editor.dir)).join('\n')).toMatch(expected);
  });

  it.each([
    ['spaces', '   '],
    ['a zero-width space', '\u200B'],
    ['direction marks', '\u200E\u200F'],
    ['an open right-to-left override', 'Ada\u202E Lin'],
    ['over 60 characters', 'A'.repeat(61)],
  ])('rejects a person name of %s, and a speaker name too', async (_what, name) => {
    const { dir, edit } = copy();
    edit('people.json', (json) => (json.people[0]!.name = name));
    edit('events.json', (json) => (json.events[0]!.talks[0]!.speakers[0]!.name = name));
    const all = (await messages(dir)).join('\n');
    expect(all).toMatch(/data\/people\.json: record people\[0\] \(id "ada-lin"\), field name: /);
    expect(all).toMatch(/data\/events\.json: record events\[0\] \(id "[^"]+"\), field talks\.0\.speakers\.0\.name: /);
  });

  it('accepts a raster portrait that is there and flags a missing one', async () => {
    const { dir, edit } = copy();
    mkdirSync(join(dir, 'avatars'));
    writeFileSync(join(dir, 'avatars/present.png'), '');
    edit('people.json', (json) => {
      json.people[0]!.avatar = 'avatars/missing.png';
      json.people[1]!.avatar = 'avatars/present.png';
    });
    const result = await checkDataDir(dir, DATASETS);
    expect(result.issues.map(formatIssue)).toEqual([
      'data/people.json: record people[0] (id "ada-lin"), field avatar: data/avatars/missing.png does not exist',
    ]);
  });

  it('refuses an SVG portrait (a script in it would run on the dashboard origin when opened)', async () => {
    const { dir, edit } = copy();
    mkdirSync(join(dir, 'avatars'));
    writeFileSync(join(dir, 'avatars/drawn.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    edit('people.json', (json) => (json.people[2]!.avatar = 'avatars/drawn.svg'));
    expect(await messages(dir)).toEqual([
      'data/people.json: record people[2] (id "carla-diaz"), field avatar: must be a raster image (png, jpg, webp) in data/avatars/ such as avatars/ada-lin.png',
    ]);
  });

  it.each([
    ['a script', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'contains a <script>'],
    ['an event handler', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'contains an event handler'],
    [
      'an external image',
      '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.example/x.png"/></svg>',
      'references something outside',
    ],
    ['foreign HTML', '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div/></foreignObject></svg>', 'contains a <foreignObject>'],
  ])('refuses an SVG logo with %s', async (_what, svg, expected) => {
    const { dir } = copy();
    writeFileSync(join(dir, 'logo.svg'), svg);
    expect((await messages(dir)).join('\n')).toContain(`data/community.json: field logo: data/logo.svg ${expected}`);
  });

  it('refuses a dataset or logo that is a symbolic link', async () => {
    const { dir } = copy();
    rmSync(join(dir, 'logo.svg'));
    symlinkSync('/etc/passwd', join(dir, 'logo.svg'));
    rmSync(join(dir, 'media.json'));
    symlinkSync(join(COMMUNITY, 'media.json'), join(dir, 'media.json'));
    expect(await messages(dir)).toEqual([
      'data/media.json: data/media.json is a symbolic link: only regular files inside the data folder are read and published',
      'data/community.json: field logo: data/logo.svg is a symbolic link: only regular files inside the data folder are read and published',
    ]);
  });

  it('refuses a portrait that resolves outside the data folder through a linked folder', async () => {
    const { dir, edit } = copy();
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(outside, 'ada.png'), 'secret');
    symlinkSync(outside, join(dir, 'avatars'));
    edit('people.json', (json) => (json.people[0]!.avatar = 'avatars/ada.png'));
    try {
      expect(await messages(dir)).toEqual([
        'data/people.json: record people[0] (id "ada-lin"), field avatar: data/avatars/ada.png resolves outside the data folder',
      ]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
