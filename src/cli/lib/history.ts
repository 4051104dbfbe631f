import type { CodeAuthors, MembershipRequest, PeopleDataset } from '../../features/people/schema.ts';
import { certificateSlug } from './people-merge.ts';
import { tr } from './text.ts';

/** One row of git-contributors-by-year.csv: repo, year, author_key (hashed e-mail), author_name, github_login, … */
type AuthorRow = { repo: string; year: number; key: string; login: string };

export type Repository = { repo: string; head: string; headDate: string; source: string };

function csvRows(text: string): string[][] {
  return text
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(','));
}

/**
 * Distinct commit authors per repository and year, and across all repositories per year (an author is a hashed
 * e-mail; two e-mails are one author only where they share a login). Only the years given are kept. Names and
 * keys are not published: only counts.
 */
export function countCodeAuthors(csv: string, repositories: readonly Repository[], years: { from: number; to: number }): CodeAuthors {
  const rows: AuthorRow[] = csvRows(csv).map((c) => ({
    repo: c[0] ?? '',
    year: Number(c[1]),
    key: c[2] ?? '',
    login: (c[4] ?? '').toLowerCase(),
  }));
  const known = new Set(repositories.map((r) => r.repo));
  const unknown = [...new Set(rows.map((r) => r.repo))].filter((r) => !known.has(r));
  if (unknown.length > 0) throw new Error(`repositories without a listed source: ${unknown.join(', ')}`);
  // One identity per login, else per key; a key seen with a login anywhere takes that login.
  const loginOfKey = new Map<string, string>();
  for (const r of rows) if (r.login) loginOfKey.set(r.key, r.login);
  const who = (r: AuthorRow) => {
    const login = r.login || loginOfKey.get(r.key);
    return login ? `login:${login}` : `key:${r.key}`;
  };
  const perYear: CodeAuthors['perYear'] = [];
  for (let year = years.from; year <= years.to; year += 1) {
    const inYear = rows.filter((r) => r.year === year);
    if (inYear.length === 0) continue;
    for (const repo of [...known].sort()) {
      const here = inYear.filter((r) => r.repo === repo);
      if (here.length === 0) continue;
      const ids = new Set(here.map(who));
      perYear.push({ year, repo, authors: ids.size, withLogin: [...ids].filter((i) => i.startsWith('login:')).length });
    }
    const all = new Set(inYear.map(who));
    perYear.push({ year, repo: null, authors: all.size, withLogin: [...all].filter((i) => i.startsWith('login:')).length });
  }
  return {
    definition: tr(
      `${repositories.length} 个仓库的提交作者（不含合并提交与机器人），按作者日期的年份统计；作者以邮箱哈希区分，同一 GitHub 登录名的多个邮箱算一人。不是社区公布的贡献者人数，也不含文档、网站与布道等贡献。`,
      `Commit authors in ${repositories.length} repositories (merge commits and bots excluded), by the year of the author date; an author is an e-mail (stored hashed), and e-mails sharing a GitHub login are one author. Not the community's stated contributor count, which also counts documentation, website and advocacy.`,
    ),
    repositories: [...repositories],
    perYear,
    sources: repositories.map((r) => r.source),
  };
}

const KINDS = ['member', 'user-group-leader-request', 'user-group-member', 'ambassador-application'] as const;

/**
 * membership-requests.tsv: one request a row, linked to a person only by the same ID: a listed ID or a certificate
 * slug equal to the login (never by a name), and only where exactly one person has it.
 */
export function readMembershipRequests(tsv: string, source: string, data: PeopleDataset): MembershipRequest[] {
  const rows = tsv
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'));
  return rows.map((c) => {
    const [issue = '', login = '', opened = '', openedBy = '', sponsors = '', outcome = '', outcomeDate = '', kindText = ''] = c;
    const kind = KINDS.find((k) => k === kindText.trim());
    if (!kind) throw new Error(`${issue}: unknown request kind "${kindText}"`);
    const lower = login.toLowerCase();
    const hits = data.people.filter(
      (p) =>
        p.github?.toLowerCase() === lower ||
        p.roles.some(
          (r) =>
            ((r.role === 'contributor' || r.role === 'member') && r.listedAs.toLowerCase() === lower) ||
            (r.certificate !== undefined && certificateSlug(r.certificate) === lower),
        ),
    );
    const personId = hits.length === 1 ? hits[0]?.id : undefined;
    return {
      kind,
      login,
      issue,
      opened,
      openedBy,
      sponsors:
        sponsors === '(n/a)'
          ? []
          : sponsors
              .split(';')
              .map((s) => s.trim())
              .filter(Boolean),
      outcome: outcome.trim(),
      outcomeDate: outcomeDate.trim() === '' ? null : outcomeDate.trim(),
      ...(personId ? { personId } : {}),
      source,
    };
  });
}
