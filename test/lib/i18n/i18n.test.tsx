import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider, useI18n } from '@/lib/i18n/i18n';
import { loadCatalogue, loadedCatalogue } from '@/lib/i18n/catalogues';

// The Chinese catalogue arrives only when the test lets it, as a slow network would deliver its chunk.
const zhArrives = vi.hoisted(() => {
  let release = () => {};
  const gate = new Promise<void>((done) => {
    release = done;
  });
  return { gate, release: () => release() };
});
vi.mock('@/lib/i18n/zh', async (importOriginal) => {
  await zhArrives.gate;
  return importOriginal();
});

function Probe() {
  const { t, lang, setLang } = useI18n();
  return (
    <>
      <h1>{t('nav.overview')}</h1>
      <p>lang: {lang}</p>
      <button type="button" onClick={() => setLang('zh')}>
        switch
      </button>
    </>
  );
}

describe('I18nProvider with catalogues loaded on demand', () => {
  it('renders only in a loaded language and switches when the other catalogue has arrived, never showing keys', async () => {
    const user = userEvent.setup();
    // As the app does before its first render: the reader's catalogue only.
    await loadCatalogue('en');
    render(
      <MemoryRouter initialEntries={['/?lang=en']}>
        <Suspense fallback={<p>loading</p>}>
          <I18nProvider>
            <Probe />
          </I18nProvider>
        </Suspense>
      </MemoryRouter>,
    );
    expect(await screen.findByRole('heading', { name: 'Overview' })).toBeInTheDocument();
    expect(loadedCatalogue('zh')).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'switch' }));
    // Until the Chinese catalogue is here the page stays in English: no key, no blank page.
    expect(screen.getByRole('heading', { name: 'Overview' })).toBeInTheDocument();
    expect(screen.queryByText('nav.overview')).not.toBeInTheDocument();
    expect(screen.queryByText('loading')).not.toBeInTheDocument();

    await act(async () => {
      zhArrives.release();
      await Promise.resolve();
    });
    expect(await screen.findByRole('heading', { name: '概览' })).toBeInTheDocument();
    expect(screen.getByText('lang: zh')).toBeInTheDocument();
    // The document's language is set in an effect, after the render a busy machine may show first.
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'));
    expect(window.localStorage.getItem('dashboard.lang')).toBe('zh');
  });
});
