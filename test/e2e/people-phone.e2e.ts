import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { en } from '../../src/lib/i18n/en';
import { zh } from '../../src/lib/i18n/zh';
import { busiestRoleYear, closeContexts, open, setup, teardown } from './harness';

before(setup);
afterEach(closeContexts);
after(teardown);

/** A UI text from the app's own catalogue in either language, with `{name}` values put in. */
function message(lang: 'en' | 'zh', key: string, values: Record<string, string> = {}): string {
  const found = Object.entries(lang === 'zh' ? zh : en).find(([k]) => k === key);
  if (!found) throw new Error(`no message ${key}`);
  return found[1].replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

const HEIGHT = 900;

// On a phone the results come first: the filters fold behind one button that says how many are active.
describe('people on a phone', () => {
  const { role, year } = busiestRoleYear();
  const path = `/people?role=${role}&year=${String(year)}`;

  for (const width of [360, 390])
    for (const lang of ['zh', 'en'] as const)
      it(`at ${String(width)} px in ${lang}, the first card is on the first screen and the filters open in place`, async () => {
        const { page, errors } = await open(`${path}&lang=${lang}`, { width, lang });
        const list = page.getByRole('list', { name: message(lang, 'people.list.title'), exact: true });
        const first = list.getByRole('article').first();
        await first.waitFor();
        const box = await first.boundingBox();
        assert.ok(box, 'the first card has a box');
        assert.ok(box.y >= 0 && box.y + box.height <= HEIGHT, `first card from ${String(box.y)} to ${String(box.y + box.height)} px`);
        assert.ok(box.x >= 0 && box.x + box.width <= width, `first card from x ${String(box.x)} to ${String(box.x + box.width)}`);
        // The search box stays above the results.
        const searchBox = await page.getByRole('searchbox').boundingBox();
        assert.ok(searchBox && searchBox.y + searchBox.height <= box.y, 'the search box is above the first card');

        const toggle = page.getByRole('button', { name: message(lang, 'people.filters.toggleActive', { count: '2' }), exact: true });
        assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
        const roleBox = page.getByRole('checkbox', { name: new RegExp(`^${message(lang, `role.${role}`)} · `) });
        assert.equal(await roleBox.isVisible(), false, 'the checkboxes are folded away');
        // The active filters show while folded, each removable.
        await page.getByRole('button', { name: message(lang, 'people.filters.remove', { filter: String(year) }), exact: true }).waitFor();

        await toggle.focus();
        await page.keyboard.press('Enter');
        assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
        const panel = page.locator(`[id="${(await toggle.getAttribute('aria-controls')) ?? ''}"]`);
        await panel.getByRole('checkbox', { name: new RegExp(`^${message(lang, `role.${role}`)} · `) }).waitFor();
        assert.equal(await roleBox.isChecked(), true);
        assert.equal(await panel.getByRole('checkbox', { name: new RegExp(`^${String(year)} · `) }).isChecked(), true);
        assert.deepEqual(errors, []);
      });

  it('from md up the filters are always shown, with no button to fold them', async () => {
    const { page, errors } = await open(`${path}&lang=en`, { width: 1024, lang: 'en' });
    await page.getByRole('list', { name: 'People', exact: true }).getByRole('article').first().waitFor();
    assert.equal(await page.getByRole('checkbox', { name: new RegExp(`^${message('en', `role.${role}`)} · `) }).isVisible(), true);
    assert.equal(await page.getByRole('button', { name: /^Filters/ }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Remove filter/ }).count(), 0);
    assert.deepEqual(errors, []);
  });
});
