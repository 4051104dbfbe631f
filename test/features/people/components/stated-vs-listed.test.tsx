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
});
