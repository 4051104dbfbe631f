// @vitest-environment node
// The build's renderer runs in node, with no DOM: so does this test (a `window` read in a first render fails it).
import { describe, expect, it } from 'vitest';
import { renderPage } from '@/app/server';
import { testland } from '../fixtures/datasets';
import { peopleDataset } from '../fixtures/people';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the page renderer the build uses', () => {
  it('renders a page’s content from the data, in the page’s language, with no script and no style attribute', async () => {
    const charts = { 'people-chart': { narrow: '<svg data-drawn="narrow"></svg>', wide: '<svg data-drawn="wide"></svg>' } };
    const html = await renderPage({ route: '/people', lang: 'en', datasets: testland(), charts });
    expect(html).toMatch(/<h1[^>]*>People<\/h1>/);
    for (const person of peopleDataset().people.slice(0, 2)) expect(text(html)).toContain(person.name);
    // The chart as the build drew it, not Recharts rendering on the server.
    expect(html).toContain('<svg data-drawn="narrow"></svg>');
    expect(html).toContain('<svg data-drawn="wide"></svg>');
    expect(html).not.toMatch(/recharts/);
    expect(html).not.toMatch(/<script/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(text(html)).not.toMatch(/Loading…/);
  });

  it('renders a year of the overview in Chinese, with links that stay in the language', async () => {
    const html = await renderPage({ route: '/years/2024', lang: 'zh', datasets: testland() });
    expect(html).toMatch(/<h2[^>]*>2024 年概况/);
    expect(html).toContain('href="/zh/people"');
  });

  it('fails, instead of writing an error page, when a page cannot render its data', async () => {
    const datasets = testland();
    delete datasets['people.json'];
    await expect(renderPage({ route: '/people', lang: 'en', datasets })).rejects.toThrow(/people\.json/);
  });
});
