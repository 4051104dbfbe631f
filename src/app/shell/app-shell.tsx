import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { communityData } from '@/features/community/dataset';
import { ExternalLink } from '@/components/ui/external-link';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { useDataset } from '@/lib/dataset';
import { datasetUrl } from '@/lib/fetch-dataset';
import { useI18n } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/en';
import { ROUTES } from '@/lib/routes';
import { LatestSourceDate } from '@/lib/sources';
import { LanguageSwitch } from '@/app/shell/language-switch';
import { ShareButton } from '@/app/shell/share-button';
import { ThemeSwitch } from '@/app/shell/theme-switch';

const NAV: readonly { to: string; label: MessageKey; end?: boolean }[] = [
  { to: ROUTES.overview, label: 'nav.overview', end: true },
  { to: ROUTES.stars, label: 'nav.stars' },
  { to: ROUTES.people, label: 'nav.people' },
  { to: ROUTES.events, label: 'nav.events' },
  { to: ROUTES.media, label: 'nav.media' },
  { to: ROUTES.community, label: 'nav.community' },
  { to: ROUTES.about, label: 'nav.about' },
];

/**
 * What the shell shows of the data: the fallback until it arrives, and if it fails (the page itself shows
 * the dataset's error). The shell never waits for it; a prerendered page keeps its HTML meanwhile.
 */
function Later({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  return (
    <ErrorBoundary fallback={() => fallback}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </ErrorBoundary>
  );
}

function Brand({ name }: { name: string }) {
  const { t } = useI18n();
  return (
    <span className="min-w-0">
      <span className="block truncate font-semibold leading-tight">{name}</span>
      <span className="block text-xs text-muted">{t('app.tagline')}</span>
    </span>
  );
}

function CommunityBrand() {
  const { l } = useI18n();
  const community = useDataset(communityData);
  return (
    <>
      <img src={datasetUrl(community.logo)} alt="" width={32} height={32} className="h-8 w-8 shrink-0" />
      <Brand name={l(community.name)} />
    </>
  );
}

function CommunityLinks() {
  const { t, l } = useI18n();
  const community = useDataset(communityData);
  return (
    <nav aria-label={t('footer.links')}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {community.links.map((link) => (
          <li key={link.url}>
            <ExternalLink href={link.url}>{l(link.label)}</ExternalLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function AppShell() {
  const { t, date } = useI18n();
  // On a phone the tabs scroll sideways: keep the current page's tab in view.
  const navRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    const current = navRef.current?.querySelector('[aria-current="page"]');
    if (current instanceof HTMLElement && navRef.current && navRef.current.scrollWidth > navRef.current.clientWidth) {
      navRef.current.scrollLeft = Math.max(0, current.offsetLeft - navRef.current.clientWidth / 2 + current.offsetWidth / 2);
    }
  }, [pathname]);

  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="skip-link">
        {t('app.skip')}
      </a>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <NavLink to={ROUTES.overview} className="focus-ring flex min-w-0 items-center gap-2 rounded-md">
            <Later fallback={<Brand name={t('app.tagline')} />}>
              <CommunityBrand />
            </Later>
          </NavLink>
          <div className="ml-auto flex flex-wrap items-center gap-2">
            <ShareButton />
            <LanguageSwitch />
            <ThemeSwitch />
          </div>
        </div>
        <nav ref={navRef} aria-label={t('nav.label')} className="main-nav mx-auto max-w-6xl overflow-x-auto px-2">
          <ul className="flex gap-1 whitespace-nowrap">
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  end={item.end}
                  className={({ isActive }) =>
                    `focus-ring inline-block rounded-t-md px-3 py-2 text-sm ${isActive ? 'border-b-2 border-accent font-semibold text-ink' : 'text-muted hover:text-ink'}`
                  }
                >
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {/* At least a screen tall, so the footer starts below the fold and does not jump as data arrives. */}
      <main id="main" tabIndex={-1} className="mx-auto min-h-screen w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
        <Outlet />
      </main>
      <footer className="border-t border-line bg-surface">
        <div className="mx-auto max-w-6xl space-y-2 px-4 py-4 text-sm text-muted">
          <p>
            {t('footer.data')}{' '}
            <Link to={ROUTES.about} className="link">
              {t('footer.about')}
            </Link>
          </p>
          <Later fallback={null}>
            <LatestSourceDate>{(latest) => <p>{t('footer.asOf', { date: date(latest) })}</p>}</LatestSourceDate>
          </Later>
          <Later fallback={null}>
            <CommunityLinks />
          </Later>
        </div>
      </footer>
    </div>
  );
}
