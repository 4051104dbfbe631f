import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDataDir } from '@/cli/check';
import { formatIssue } from '@/lib/dataset-error';

const DATA = resolve(import.meta.dirname, '../../data');
let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});
function copy() {
  dir = mkdtempSync(join(tmpdir(), 'data-'));
  cpSync(DATA, dir, { recursive: true });
  return dir;
}
function edit(file: string, change: (json: Record<string, unknown>) => void) {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  change(json);
  writeFileSync(path, JSON.stringify(json));
}

describe('check:data', () => {
  it('finds data/ valid, every record sourced', () => {
    expect(checkDataDir(DATA).issues.map(formatIssue)).toEqual([]);
  });

  it('reports every error in every file: missing, truncated, invalid field, unknown source, duplicate id', () => {
    copy();
    rmSync(join(dir, 'media.json'));
    writeFileSync(join(dir, 'stars.json'), '{"projects": [');
    edit('events.json', (json) => {
      const events = json.events as Record<string, unknown>[];
      events[2]!.link = 'javascript:alert(1)';
      events[3]!.id = events[4]!.id;
    });
    edit('ecosystem.json', (json) => {
      (json.awards as Record<string, unknown>[])[0]!.source = 'https://example.com/unknown';
    });
    const messages = checkDataDir(dir).issues.map(formatIssue);
    expect(messages).toEqual(
      expect.arrayContaining([
        'data/media.json: file is missing',
        expect.stringMatching(/^data\/stars\.json: not valid JSON/),
        expect.stringMatching(/^data\/events\.json: record events\[2\] \(id "[^"]+"\), field link: must be an http\(s\) URL$/),
        'data/ecosystem.json: record awards[0] (id "2020-pioneers-33"), field source: source https://example.com/unknown is not listed in data/sources.json',
      ]),
    );
  });

  it('flags a portrait that is not in data/avatars/ and accepts one that is', () => {
    copy();
    edit('people.json', (json) => {
      const people = json.people as { avatar?: string }[];
      people[0]!.avatar = 'avatars/missing.png';
      people[1]!.avatar = 'avatars/present.png';
    });
    mkdirSync(join(dir, 'avatars'));
    writeFileSync(join(dir, 'avatars/present.png'), '');
    const messages = checkDataDir(dir).issues.map(formatIssue);
    expect(messages).toEqual([expect.stringMatching(/^data\/people\.json: record people\[0\] \(id "[^"]+"\), field avatar: data\/avatars\/missing\.png does not exist$/)]);
  });

  it('flags a role year outside the community years and a person id that does not exist', () => {
    copy();
    edit('people.json', (json) => {
      const people = json.people as { roles: { year: number }[] }[];
      people[0]!.roles[0]!.year = 2031;
    });
    edit('ecosystem.json', (json) => {
      const committees = json.committees as { leaders: { personId?: string }[] }[];
      committees[0]!.leaders[0]!.personId = 'nobody-here';
    });
    const messages = checkDataDir(dir).issues.map(formatIssue).join('\n');
    expect(messages).toMatch(/data\/people\.json: record people\[0\] \(id "[^"]+"\), field roles\.0\.year: year 2031 is outside/);
    expect(messages).toMatch(/field leaders\.0\.personId: no person with id "nobody-here"/);
  });
});
