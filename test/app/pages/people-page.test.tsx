import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { peopleCrowd, person } from '../../fixtures/people';
import { testland } from '../../fixtures/datasets';
import { currentLocation, renderRoute, serveData } from '../../render-route';
import { TYPING_REST_MS } from '@/features/people/search-params';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The made-up community, with the fuller crowd of people. */
function serveCrowd(people = peopleCrowd()) {
  return serveData({}, { ...testland(), 'people.json': people });
}

async function status() {
  return screen.findByText(/of \d+ people$/, undefined, { timeout: 3000 });
}

describe('/people', () => {
  it('opens a deep link with role and year applied and shows the listed count', async () => {
    serveCrowd();
    renderRoute('/people?role=speaker&year=2023&lang=en');
    expect(await status()).toHaveTextContent('2 of 5 people');
    expect(screen.getByRole('checkbox', { name: 'Talented Speaker · 2' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: '2023 · 2' })).toBeChecked();
    const list = screen.getByRole('list', { name: 'People' });
    expect(within(list).getAllByRole('link', { name: /^(Ada Lin|Mei Tan)$/ })).toHaveLength(2);
  });

  it('shows each option’s count under the other filters', async () => {
    serveCrowd();
    renderRoute('/people?year=2024&lang=en');
    expect(await status()).toHaveTextContent('3 of 5 people');
    expect(screen.getByRole('checkbox', { name: 'Talented Speaker · 1' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Contributor · 1' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Ambassador · 1' })).toBeInTheDocument();
  });

  it.each(['meitan', 'mei tan', '谭', 'MEI TAN', 'kayag', '@meitan', 'https://github.com/meitan'])(
    'finds people by “%s” and keeps the query in the URL',
    async (query) => {
      serveCrowd();
      const user = userEvent.setup();
      renderRoute('/people?lang=en');
      await status();
      // A URL is pasted, not typed (user.type would also type the rest while the list changes).
      const box = screen.getByRole('searchbox', { name: /Search by name/ });
      if (query.startsWith('https://')) {
        box.focus();
        await user.paste(query);
      } else await user.type(box, query);
      expect(await status()).toHaveTextContent('1 of 5 people');
      expect(screen.getByRole('link', { name: query === 'kayag' ? 'Onur Kayağ' : 'Mei Tan' })).toBeInTheDocument();
      // The URL follows the list once typing rests.
      await waitFor(() => expect(currentLocation().search).toContain(`q=${encodeURIComponent(query).replace(/%20/g, '+')}`));
    },
  );

  /** Holds back what waits for typing to rest (the URL write, the option counts); `release()` runs what is still due. */
  function holdTypingRest() {
    const held = new Map<number, () => void>();
    let next = 1_000_000;
    const realSet = globalThis.setTimeout;
    const realClear = globalThis.clearTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number, ...rest: unknown[]) => {
      if (ms !== TYPING_REST_MS) return realSet(fn, ms, ...rest);
      held.set(++next, fn);
      return next;
    }) as typeof setTimeout);
    vi.spyOn(globalThis, 'clearTimeout').mockImplementation(((id?: number) => {
      if (typeof id === 'number' && held.delete(id)) return;
      realClear(id);
    }) as typeof clearTimeout);
    return {
      release: () => {
        const due = [...held.values()];
        held.clear();
        for (const run of due) run();
      },
    };
  }

  /** /people with the crowd, what waits for typing to rest held back (see `holdTypingRest`), and its search box. */
  async function openPeopleHoldingTypingRest() {
    serveCrowd();
    const user = userEvent.setup();
    renderRoute('/people?lang=en');
    await status();
    const writes = holdTypingRest();
    return { user, writes, box: screen.getByRole('searchbox', { name: /Search by name/ }) };
  }

  it('lists what is typed at once and writes it to the URL once typing rests; a choice made before then keeps it', async () => {
    const { user, box, writes } = await openPeopleHoldingTypingRest();
    await user.type(box, 'mei');
    expect(await status()).toHaveTextContent('1 of 5 people');
    expect(box).toHaveValue('mei');
    expect(currentLocation().search).toBe('?lang=en');
    // A choice made before then: leaving the box writes the text, and the choice's URL carries it.
    await user.click(screen.getByRole('checkbox', { name: /^Talented Speaker · / }));
    await waitFor(() => expect(new URLSearchParams(currentLocation().search).get('role')).toBe('speaker'));
    expect(new URLSearchParams(currentLocation().search).get('q')).toBe('mei');
    await user.clear(box);
    expect(await status()).toHaveTextContent('2 of 5 people');
    expect(new URLSearchParams(currentLocation().search).get('q')).toBe('mei');
    writes.release();
    await waitFor(() => expect(new URLSearchParams(currentLocation().search).get('q')).toBeNull());
    expect(new URLSearchParams(currentLocation().search).get('role')).toBe('speaker');
    expect(box).toHaveValue('');
  });

  it('a choice made before the write, without leaving the box, carries the typed text, and nothing is written over it', async () => {
    const { user, box, writes } = await openPeopleHoldingTypingRest();
    await user.type(box, 'mei');
    // A click that does not take the focus from the box (as assistive technology may click).
    fireEvent.click(screen.getByRole('checkbox', { name: /^Talented Speaker · / }));
    await waitFor(() => expect(new URLSearchParams(currentLocation().search).get('role')).toBe('speaker'));
    expect(new URLSearchParams(currentLocation().search).get('q')).toBe('mei');
    const entry = currentLocation();
    writes.release();
    // Nothing was left to write: the URL is the choice's, as it was.
    expect(currentLocation()).toEqual(entry);
  });

  it('writes the typed text to the URL at once on Enter and when the box loses focus', async () => {
    const { user, box } = await openPeopleHoldingTypingRest();
    await user.type(box, 'mei');
    expect(currentLocation().search).toBe('?lang=en');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(new URLSearchParams(currentLocation().search).get('q')).toBe('mei'));
    await user.type(box, 'x');
    expect(new URLSearchParams(currentLocation().search).get('q')).toBe('mei');
    await user.tab();
    await waitFor(() => expect(new URLSearchParams(currentLocation().search).get('q')).toBe('meix'));
    expect(await status()).toHaveTextContent('0 of 5 people');
  });

  it('puts choices in the URL and clears them', async () => {
    serveCrowd();
    const user = userEvent.setup();
    renderRoute('/people?lang=en');
    await status();
    await user.click(screen.getByRole('checkbox', { name: /^Talented Speaker · / }));
    await user.click(screen.getByRole('checkbox', { name: /^2024 · / }));
    expect(currentLocation().search).toBe('?lang=en&role=speaker&year=2024');
    expect(await status()).toHaveTextContent('1 of 5 people');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'roles');
    expect(currentLocation().search).toContain('sort=roles');
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(currentLocation().search).toBe('?lang=en&sort=roles');
    expect(await status()).toHaveTextContent('5 of 5 people');
  });

  it('falls back to defaults for invalid parameters without an error', async () => {
    serveCrowd();
    renderRoute('/people?role=wizard&year=abc&sort=sideways&view=pie&lang=en');
    expect(await status()).toHaveTextContent('5 of 5 people');
  });

  it('says which filter removed everyone, offers to clear it, and disables the empty download', async () => {
    serveCrowd();
    const user = userEvent.setup();
    renderRoute('/people?role=ambassador&year=2023&lang=en');
    expect(await screen.findByText('No one holds the chosen roles under the other filters.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download CSV (0)' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Clear the role filter' }));
    expect(await status()).toHaveTextContent('4 of 5 people');
    expect(currentLocation().search).toBe('?lang=en&year=2023');
  });

  it('applies a role and year from the table view of the chart', async () => {
    serveCrowd();
    const user = userEvent.setup();
    renderRoute('/people?view=table&lang=en');
    const figure = await screen.findByRole('figure', { name: /People per role and year/ });
    const row = within(figure).getByRole('row', { name: /^2023/ });
    await user.click(within(row).getByRole('link', { name: '2' }));
    expect(currentLocation().search).toBe('?role=speaker&year=2023');
    expect(await status()).toHaveTextContent('2 of 5 people');
  });

  it('compares stated and listed counts, with each post’s figure', async () => {
    serveCrowd();
    renderRoute('/people?lang=en');
    const table = await screen.findByRole('table', { name: 'Stated vs listed' });
    const row = within(table).getByRole('row', { name: /^2024 Contributor/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Contributor', '2', '1', '1', expect.stringContaining('The 2024 review')]);
  });

  it('draws a portrait only where the data ships one, over the initials', async () => {
    const crowd = peopleCrowd();
    crowd.people.push(person({ id: 'zoe-ng', name: 'Zoe Ng', nameZh: '吴佐伊', avatar: 'avatars/zoe-ng.png' }));
    serveCrowd(crowd);
    renderRoute('/people?lang=en');
    await status();
    const card = screen.getByRole('link', { name: 'Zoe Ng' }).closest('article');
    expect(card?.querySelector('img')?.getAttribute('src')).toBe('/data/avatars/zoe-ng.png');
    const others = screen.getAllByRole('article').filter((a) => a !== card);
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(other.querySelector('img')).toBeNull();
  });

  it('opens on the most recent year first, then the most roles; by name on request', async () => {
    serveCrowd();
    const user = userEvent.setup();
    renderRoute('/people?lang=en');
    await status();
    const names = () =>
      within(screen.getByRole('list', { name: 'People' }))
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent);
    expect(names()).toEqual(['Mei Tan', 'Ada Lin', 'Bo Chen', 'Cleo Park', 'Onur Kayağ']);
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveDisplayValue('Most recent year');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'name');
    expect(currentLocation().search).toBe('?lang=en&sort=name');
    expect(names()).toEqual(['Ada Lin', 'Bo Chen', 'Cleo Park', 'Mei Tan', 'Onur Kayağ']);
  });

  it('puts the results first, after an in-page nav to every section, and the search box first among the controls', async () => {
    serveCrowd();
    const user = userEvent.setup();
    renderRoute('/people?lang=en');
    await status();
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#people-list', '#people-by-year', '#stated-vs-listed']);
    for (const a of links) expect(document.getElementById(a.getAttribute('href')?.slice(1) ?? '')).not.toBeNull();
    // Document order: nav, search, the list, then the chart and the table.
    const order = [
      nav,
      screen.getByRole('searchbox'),
      screen.getByRole('list', { name: 'People' }),
      screen.getByRole('figure'),
      screen.getByRole('table', { name: 'Stated vs listed' }),
    ];
    for (let i = 1; i < order.length; i += 1)
      expect(order[i - 1]?.compareDocumentPosition(order[i]!) ?? 0).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    links.at(-1)?.focus();
    await user.tab();
    expect(screen.getByRole('searchbox')).toHaveFocus();
  });

  it('charts the people the filters leave, and says so', async () => {
    serveCrowd();
    renderRoute('/people?q=mei&view=table&lang=en');
    const figure = await screen.findByRole('figure', { name: /People per role and year/ }, { timeout: 3000 });
    expect(figure).toHaveAccessibleName(/The 1 of 5 people who match the filters/);
    const row2023 = within(figure).getByRole('row', { name: /^2023/ });
    // Only Mei Tan: one speaker in 2023, no one else.
    expect(
      within(row2023)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['—', '1', '—', '—', '—']);
  });

  it('shows the first cards of a long list and more on request, each card a list item', async () => {
    const crowd = peopleCrowd();
    for (let i = 0; i < 100; i += 1) crowd.people.push(person({ id: `extra-${i}`, name: `Extra Person ${i}` }));
    serveCrowd(crowd);
    const user = userEvent.setup();
    renderRoute('/people?lang=en');
    expect(await status()).toHaveTextContent('105 of 105 people');
    const list = screen.getByRole('list', { name: 'People' });
    const cards = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list);
    expect(cards).toHaveLength(48);
    for (const card of cards) expect(card.tagName).toBe('LI');
    await user.click(screen.getByRole('button', { name: 'Show 48 more (57 not shown yet)' }));
    expect(within(list).getAllByRole('article')).toHaveLength(96);
    await user.click(screen.getByRole('button', { name: 'Show 9 more (9 not shown yet)' }));
    expect(within(list).getAllByRole('article')).toHaveLength(105);
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).not.toBeInTheDocument();
  });
  it('on a phone, folds the filters behind one button that counts them, with the active ones as removable chips', async () => {
    serveCrowd();
    const user = userEvent.setup();
    renderRoute('/people?role=speaker&year=2023&lang=en');
    expect(await status()).toHaveTextContent('2 of 5 people');
    const toggle = screen.getByRole('button', { name: 'Filters · 2 active' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    expect(within(panel!).getByRole('checkbox', { name: 'Talented Speaker · 2' })).toBeChecked();
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Remove filter: Talented Speaker', 'Remove filter: 2023']);
    // The search box comes before the button; the button opens from the keyboard.
    expect(screen.getByRole('searchbox').compareDocumentPosition(toggle)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(panel!).getByRole('checkbox', { name: /^Contributor · / }));
    expect(currentLocation().search).toBe('?lang=en&role=speaker%2Ccontributor&year=2023');
    expect(await status()).toHaveTextContent('3 of 5 people');
    expect(toggle).toHaveAccessibleName('Filters · 3 active');
    await user.click(within(chips).getByRole('button', { name: 'Remove filter: Talented Speaker' }));
    expect(currentLocation().search).toBe('?lang=en&role=contributor&year=2023');
    expect(await status()).toHaveTextContent('1 of 5 people');
    expect(toggle).toHaveAccessibleName('Filters · 2 active');
    expect(toggle).toHaveFocus();
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('says in Chinese how many filters are active', async () => {
    serveCrowd();
    renderRoute('/people?role=speaker&year=2023&lang=zh');
    expect(await screen.findByRole('button', { name: '筛选 · 已选 2 项' }, { timeout: 3000 })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: '移除筛选：2023' })).toBeInTheDocument();
  });
});
