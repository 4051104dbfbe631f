import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentLocation, renderRoute, serveData } from '../../render-route';

afterEach(() => vi.unstubAllGlobals());

async function status() {
  return screen.findByText(/of \d+ people$/);
}

describe('/people', () => {
  it('opens a deep link with role and year applied and shows the listed count', async () => {
    serveData();
    renderRoute('/people?role=speaker&year=2022&lang=en');
    expect(await status()).toHaveTextContent(/^57 of \d+ people$/);
    expect(screen.getByRole('checkbox', { name: /Talented Speaker · \d+/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^2022 · 57$/ })).toBeChecked();
  });

  it('shows each option’s count under the other filters', async () => {
    serveData();
    renderRoute('/people?year=2022&lang=en');
    await status();
    expect(screen.getByRole('checkbox', { name: 'Talented Speaker · 57' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Contributor · 164' })).toBeInTheDocument();
  });

  it.each(['peizhenfei', 'pei zhenfei', '裴', 'PEI ZHENFEI'])('finds Zhenfei Pei by “%s”', async (query) => {
    serveData();
    const user = userEvent.setup();
    renderRoute('/people?lang=en');
    await status();
    await user.type(screen.getByRole('searchbox', { name: /Search by name/ }), query);
    expect(await screen.findByRole('link', { name: 'Zhenfei Pei' })).toBeInTheDocument();
    expect(currentLocation().search).toContain(`q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
  });

  it('folds accents: canoglu finds Onur Canoğlu', async () => {
    serveData();
    renderRoute('/people?q=canoglu&lang=en');
    expect(await screen.findByRole('link', { name: 'Onur Canoğlu' })).toBeInTheDocument();
    expect(await status()).toHaveTextContent(/^1 of/);
  });

  it('puts choices in the URL and clears them', async () => {
    serveData();
    const user = userEvent.setup();
    renderRoute('/people?lang=en');
    await status();
    await user.click(screen.getByRole('checkbox', { name: /^Ambassador · / }));
    await user.click(screen.getByRole('checkbox', { name: /^2023 · / }));
    expect(currentLocation().search).toBe('?lang=en&role=ambassador&year=2023');
    expect(await status()).toHaveTextContent(/^14 of/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'roles');
    expect(currentLocation().search).toContain('sort=roles');
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(currentLocation().search).toBe('?lang=en&sort=roles');
  });

  it('falls back to defaults for invalid parameters without an error', async () => {
    serveData();
    renderRoute('/people?role=wizard&year=abc&sort=sideways&view=pie&lang=en');
    expect(await status()).toHaveTextContent(/^(\d+) of \1 people$/);
  });

  it('says which filter removed everyone and offers to clear it', async () => {
    serveData();
    const user = userEvent.setup();
    renderRoute('/people?role=ambassador&year=2024&lang=en');
    expect(await screen.findByText('No one holds the chosen roles under the other filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the role filter' }));
    expect(await status()).toHaveTextContent(/^72 of/);
  });

  it('applies a role and year from the table view of the chart', async () => {
    serveData();
    const user = userEvent.setup();
    renderRoute('/people?view=table&lang=en');
    const figure = await screen.findByRole('figure', { name: /People per role and year/ });
    const row = within(figure).getByRole('row', { name: /^2021/ });
    await user.click(within(row).getAllByRole('link')[0]!);
    expect(currentLocation().search).toBe('?role=ambassador&year=2021');
  });

  it('shows a person with roles by year, certificates and evidence', async () => {
    serveData();
    renderRoute('/people/zhenfei-pei?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: /Zhenfei Pei/ })).toBeInTheDocument();
    expect(screen.getAllByText('裴振飞')[0]).toBeInTheDocument();
    const roles = screen.getByRole('table');
    expect(within(roles).getByRole('row', { name: /2022 Ambassador Zhenfei Pei/ })).toBeInTheDocument();
    expect(within(roles).getByRole('row', { name: /2022 User-committee station leader 裴振飞/ })).toBeInTheDocument();
    expect(within(roles).getAllByRole('link', { name: 'Open certificate' }).length).toBeGreaterThan(0);
    expect(await screen.findByRole('heading', { name: /Why these records are one person/ })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /Cloud-native meetup Guangzhou|Guangzhou meetup/ })).toBeInTheDocument();
  });

  it('draws a portrait only where the data ships one, over the initials', async () => {
    const data = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data/people.json'), 'utf8')) as { people: { id: string; avatar?: string }[] };
    const pei = data.people.find((p) => p.id === 'zhenfei-pei');
    if (pei) pei.avatar = 'avatars/zhenfei-pei.png';
    serveData({ 'people.json': { body: JSON.stringify(data) } });
    renderRoute('/people?q=pei&lang=en');
    const card = (await screen.findByRole('link', { name: 'Zhenfei Pei' })).closest('article');
    expect(card?.querySelector('img')?.getAttribute('src')).toBe('/data/avatars/zhenfei-pei.png');
    expect(card).toHaveTextContent(/^振飞/);
    const others = screen.getAllByRole('article').filter((a) => a !== card);
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(other.querySelector('img')).toBeNull();
  });

  it('shows not-found for an unknown person', async () => {
    serveData();
    renderRoute('/people/no-such-person?lang=en');
    expect(await screen.findByText('No person with the id “no-such-person” is in the data.')).toBeInTheDocument();
  });
});
