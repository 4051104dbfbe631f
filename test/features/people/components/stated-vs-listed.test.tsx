import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testland } from '../../../fixtures/datasets';
import { peopleCrowd } from '../../../fixtures/people';
import { renderRoute, serveData } from '../../../render-route';

afterEach(() => vi.unstubAllGlobals());

describe('stated vs listed', () => {
  it('counts people not shown at their request among the distinct people, and says how many they are', async () => {
    const crowd = peopleCrowd({ withheld: [{ role: 'contributor', year: 2024, people: 1 }] });
    serveData({}, { ...testland(), 'people.json': crowd });
    renderRoute('/people?lang=en');
    const table = await screen.findByRole('table', { name: 'Stated vs listed' }, { timeout: 4000 });
    const row = within(table).getByRole('row', { name: /^2024 Contributor/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // Stated 2, listed 1, distinct 2: the one listed and shown, and one not shown at their request.
    expect(cells.slice(0, 4)).toEqual(['Contributor', '2', '1', '2']);
    expect(cells[4]).toContain('1 not shown at their request.');
  });

  it('quotes the certificate posts’ statements, and shows the commit authors beside the stated contributors with their definition', async () => {
    const crowd = peopleCrowd({
      statements: [
        {
          role: 'contributor',
          year: 2024,
          value: 200,
          bound: 'at-least',
          scope: 'total',
          wording: '拥有 200+ 贡献者',
          source: 'https://example.org/posts/2024-review',
        },
      ],
      codeAuthors: {
        definition: { zh: '两个仓库的提交作者。', en: 'Commit authors in 2 repositories.' },
        repositories: [],
        perYear: [{ year: 2024, repo: null, authors: 9, withLogin: 8 }],
        sources: ['https://example.org/posts/2024-review'],
      },
    });
    serveData({}, { ...testland(), 'people.json': crowd });
    renderRoute('/people?lang=en');
    const quote = await screen.findByText('拥有 200+ 贡献者', undefined, { timeout: 4000 });
    expect(quote).toHaveAttribute('lang', 'zh-CN');
    expect(quote.closest('li')).toHaveTextContent('2024 · Contributor: at least 200 (everyone so far)');
    expect(screen.getByText('Commit authors in 2 repositories.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Contributors stated, and commit authors in the history' });
    const row = within(table).getByRole('row', { name: /^2024/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent)
        .slice(0, 3),
    ).toEqual(['2', '9', '8']);
  });
});
