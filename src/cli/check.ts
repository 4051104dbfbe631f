import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetError, type DatasetIssue } from '../lib/dataset-error.ts';
import { parseDataset } from '../lib/validate-dataset.ts';
import { communityDataset, ecosystemDataset, type CommunityDataset, type EcosystemDataset } from '../features/community/schema.ts';
import { eventsDataset, type EventsDataset } from '../features/events/schema.ts';
import { mediaDataset, type MediaDataset } from '../features/media/schema.ts';
import { peopleDataset, type PeopleDataset } from '../features/people/schema.ts';
import { starSnapshotsDataset, starsDataset, type StarSnapshotsDataset, type StarsDataset } from '../features/stars/schema.ts';
import { sourcesDataset, type SourcesDataset } from '../lib/sources-schema.ts';
import { DATASETS } from './registry.ts';

export type Loaded = {
  community?: CommunityDataset;
  sources?: SourcesDataset;
  people?: PeopleDataset;
  stars?: StarsDataset;
  snapshots?: StarSnapshotsDataset;
  events?: EventsDataset;
  media?: MediaDataset;
  ecosystem?: EcosystemDataset;
};

export type CheckResult = { issues: DatasetIssue[]; loaded: Loaded; files: string[] };

function load<T>(dir: string, file: string, parse: (path: string, text: string) => T, issues: DatasetIssue[]): T | undefined {
  const path = `data/${file}`;
  const full = join(dir, file);
  if (!existsSync(full)) {
    issues.push({ file: path, record: '', field: '', message: 'file is missing' });
    return undefined;
  }
  try {
    return parse(path, readFileSync(full, 'utf8'));
  } catch (error) {
    if (error instanceof DatasetError) {
      issues.push(...error.issues);
      return undefined;
    }
    throw error;
  }
}

/** Validates every dataset in `dir` and cross-checks them; collects every problem, never stops at the first. */
export function checkDataDir(dir: string): CheckResult {
  const issues: DatasetIssue[] = [];
  const loaded: Loaded = {
    community: load(dir, 'community.json', (p, t) => parseDataset(p, t, communityDataset), issues),
    sources: load(dir, 'sources.json', (p, t) => parseDataset(p, t, sourcesDataset), issues),
    people: load(dir, 'people.json', (p, t) => parseDataset(p, t, peopleDataset), issues),
    stars: load(dir, 'stars.json', (p, t) => parseDataset(p, t, starsDataset), issues),
    snapshots: load(dir, 'star-snapshots.json', (p, t) => parseDataset(p, t, starSnapshotsDataset), issues),
    events: load(dir, 'events.json', (p, t) => parseDataset(p, t, eventsDataset), issues),
    media: load(dir, 'media.json', (p, t) => parseDataset(p, t, mediaDataset), issues),
    ecosystem: load(dir, 'ecosystem.json', (p, t) => parseDataset(p, t, ecosystemDataset), issues),
  };
  issues.push(...crossCheck(dir, loaded));
  return { issues, loaded, files: DATASETS.map((d) => d.file) };
}

type Sourced = { source: string };

export function crossCheck(dir: string, d: Loaded): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const known = new Set(d.sources?.sources.map((s) => s.url));
  const sourced = (file: string, record: string, item: Sourced, field = 'source') => {
    if (d.sources && !known.has(item.source)) {
      issues.push({ file, record, field, message: `source ${item.source} is not listed in data/sources.json` });
    }
  };
  const unique = (file: string, kind: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) issues.push({ file, record: `${kind}[${index}] (id "${id}")`, field: 'id', message: 'id is used twice' });
      seen.add(id);
    });
  };
  const years = d.community?.years;
  const inYears = (file: string, record: string, field: string, year: number) => {
    if (years && (year < years.from || year > years.to)) {
      issues.push({ file, record, field, message: `year ${year} is outside the community's years ${years.from}-${years.to}` });
    }
  };

  if (d.community) {
    const file = 'data/community.json';
    sourced(file, '', d.community);
    if (!existsSync(join(dir, d.community.logo))) issues.push({ file, record: '', field: 'logo', message: `data/${d.community.logo} does not exist` });
    unique(file, 'projects', d.community.projects.map((p) => p.id));
    d.community.projects.forEach((p, i) => {
      p.milestones.forEach((m, j) => sourced(file, `projects[${i}] (id "${p.id}")`, m, `milestones.${j}.source`));
      p.releases.forEach((r, j) => {
        sourced(file, `projects[${i}] (id "${p.id}")`, r, `releases.${j}.source`);
        inYears(file, `projects[${i}] (id "${p.id}")`, `releases.${j}.year`, r.year);
      });
    });
    d.community.initiatives.forEach((x, i) => sourced(file, `initiatives[${i}] (id "${x.id}")`, x));
  }
  const peopleIds = new Set(d.people?.people.map((p) => p.id));
  if (d.people) {
    const file = 'data/people.json';
    unique(file, 'people', d.people.people.map((p) => p.id));
    d.people.people.forEach((p, i) => {
      if (p.avatar && !existsSync(join(dir, p.avatar))) issues.push({ file, record: `people[${i}] (id "${p.id}")`, field: 'avatar', message: `data/${p.avatar} does not exist` });
      p.roles.forEach((r, j) => {
        sourced(file, `people[${i}] (id "${p.id}")`, r, `roles.${j}.source`);
        inYears(file, `people[${i}] (id "${p.id}")`, `roles.${j}.year`, r.year);
      });
    });
    d.people.counts.forEach((c, i) => sourced(file, `counts[${i}]`, c));
  }
  if (d.events) {
    const file = 'data/events.json';
    unique(file, 'events', d.events.events.map((e) => e.id));
    d.events.events.forEach((e, i) => {
      const record = `events[${i}] (id "${e.id}")`;
      sourced(file, record, e);
      inYears(file, record, 'year', e.year);
      if (e.date && Number(e.date.slice(0, 4)) !== e.year) issues.push({ file, record, field: 'date', message: `date ${e.date} is not in year ${e.year}` });
      e.talks.forEach((t, j) =>
        t.speakers.forEach((s, k) => {
          if (s.personId && d.people && !peopleIds.has(s.personId)) {
            issues.push({ file, record, field: `talks.${j}.speakers.${k}.personId`, message: `no person with id "${s.personId}" in data/people.json` });
          }
        }),
      );
    });
    d.events.stated.forEach((s, i) => sourced(file, `stated[${i}]`, s));
  }
  if (d.stars) {
    const file = 'data/stars.json';
    const repos = new Set(d.stars.projects.map((p) => p.repo));
    d.stars.points.forEach((p, i) => {
      sourced(file, `points[${i}]`, p);
      if (!repos.has(p.repo)) issues.push({ file, record: `points[${i}]`, field: 'repo', message: `repo ${p.repo} is not in projects` });
    });
    d.stars.milestones.forEach((m, i) => sourced(file, `milestones[${i}]`, m));
  }
  if (d.snapshots) d.snapshots.series.forEach((s, i) => sourced('data/star-snapshots.json', `series[${i}]`, s));
  if (d.media) {
    d.media.channels.forEach((c, i) => c.figures.forEach((f, j) => sourced('data/media.json', `channels[${i}] (id "${c.id}")`, f, `figures.${j}.source`)));
    d.media.images.forEach((m, i) => sourced('data/media.json', `images[${i}]`, m));
  }
  if (d.ecosystem) {
    const file = 'data/ecosystem.json';
    unique(file, 'awards', d.ecosystem.awards.map((a) => a.id));
    unique(file, 'cases', d.ecosystem.cases.map((c) => c.id));
    unique(file, 'committees', d.ecosystem.committees.map((c) => c.id));
    d.ecosystem.awards.forEach((a, i) => sourced(file, `awards[${i}] (id "${a.id}")`, a));
    d.ecosystem.cases.forEach((c, i) => sourced(file, `cases[${i}] (id "${c.id}")`, c));
    d.ecosystem.partners.forEach((p, i) => sourced(file, `partners[${i}]`, p));
    d.ecosystem.committees.forEach((c, i) => {
      const record = `committees[${i}] (id "${c.id}")`;
      sourced(file, record, c);
      c.leaders.forEach((l, j) => {
        sourced(file, record, l, `leaders.${j}.source`);
        if (l.personId && d.people && !peopleIds.has(l.personId)) {
          issues.push({ file, record, field: `leaders.${j}.personId`, message: `no person with id "${l.personId}" in data/people.json` });
        }
      });
    });
  }
  return issues;
}
