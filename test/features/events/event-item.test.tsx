import { configure, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testland } from '../../fixtures/datasets';
import { event, eventsDataset, eventTitle, talk } from '../../fixtures/events';
import { renderRoute, serveData } from '../../render-route';

// The first render of a route loads its code and data: on a busy machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => vi.unstubAllGlobals());

const RLO = '\u202E';

function serveEvent(overrides: Parameters<typeof event>[0]) {
  serveData({}, { ...testland(), 'events.json': eventsDataset({ events: [event(overrides)], stated: [] }) });
}

describe('an event', () => {
  // Names with bidi controls are rejected when the data is validated (see the schema tests); titles and
  // cities may carry them, so every piece of data text is isolated where it is shown.
  it('isolates every piece of data text: an unterminated right-to-left override in one cannot reverse the next', async () => {
    serveEvent({
      id: 'talks',
      title: eventTitle(`Evil ${RLO}title`),
      city: { zh: `海${RLO}城`, en: `Sea${RLO}side` },
      talks: [
        talk({
          title: { zh: `Evil ${RLO}talk` },
          speakers: [{ name: 'Mallory', personId: 'ada-lin' }, { name: 'Bo Chen' }, { name: 'Cleo Park' }],
        }),
      ],
    });
    renderRoute('/events?lang=en');
    const item = await screen.findByRole('listitem', { name: /Evil/ });
    const names = ['Mallory', 'Bo Chen', 'Cleo Park'];
    const isolated = within(item)
      .getAllByText((_, element) => element?.tagName === 'BDI' && names.includes(element.textContent))
      .map((bdi) => bdi.textContent);
    expect(isolated).toEqual(names);
    // Each name's isolate holds only that name: the next name is not inside the one with the override.
    const evil = within(item).getByText(`Evil ${RLO}talk`);
    expect(evil.tagName).toBe('BDI');
    expect(evil.querySelector('bdi')).toBeNull();
    expect(within(item).getByText('Mallory').closest('bdi')).not.toBe(evil);
    expect(within(item).getByRole('link', { name: 'Mallory' })).toHaveAttribute('href', '/people/ada-lin');
    expect(within(item).getByText(`Evil ${RLO}title`).tagName).toBe('BDI');
    expect(within(item).getByText(`Sea${RLO}side`).tagName).toBe('BDI');
  });

  it('has its own id and a copy-link control; a hybrid event reads as offline and online', async () => {
    serveEvent({ id: 'summit-2024', mode: 'hybrid', title: eventTitle('Harbour summit') });
    renderRoute('/events?lang=en');
    const item = await screen.findByRole('listitem', { name: /Harbour summit/ });
    expect(item).toHaveAttribute('id', 'summit-2024');
    expect(within(item).getByRole('button', { name: 'Copy link to “Harbour summit”' })).toBeInTheDocument();
    expect(item).toHaveTextContent('Offline and online');
  });
});

describe('speakers who asked not to be shown', () => {
  it('are counted beside the named speakers, never named', async () => {
    serveEvent({
      id: 'quiet',
      title: eventTitle('Quiet meetup'),
      talks: [
        talk({ title: { zh: '第一场' }, speakers: [{ name: 'Bo Chen' }], withheldSpeakers: 1 }),
        talk({ title: { zh: '第二场' }, speakers: [], withheldSpeakers: 2 }),
      ],
    });
    renderRoute('/events?lang=en');
    const item = await screen.findByRole('listitem', { name: /Quiet meetup/ });
    const [first, second] = within(item).getAllByRole('listitem');
    expect(first).toHaveTextContent('第一场 — Bo Chen; one speaker not shown at their request');
    expect(second).toHaveTextContent('第二场 — 2 speakers not shown at their request');
  });
});
