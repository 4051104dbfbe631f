import { useState } from 'react';
import { useI18n } from '@/lib/i18n/i18n';

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; url: string };

export function sectionUrl(id: string, href: string = window.location.href): string {
  const url = new URL(href);
  url.hash = id;
  return url.toString();
}

export async function copyText(text: string): Promise<boolean> {
  try {
    // navigator.clipboard is missing on insecure origins, whatever the DOM types say.
    if (window.isSecureContext && 'clipboard' in navigator) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the legacy path: permission denied or no focus.
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.className = 'sr-only';
  document.body.append(field);
  field.select();
  let ok = false;
  try {
    // The legacy copy command is the only way to copy on an insecure origin (e.g. a LAN preview).
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  field.remove();
  return ok;
}

/** A visible control that copies the absolute URL of a section (`…#id`) and says so. */
export function CopyLinkButton({ id, title }: { id: string; title: string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function copy() {
    const url = sectionUrl(id);
    const ok = await copyText(url);
    setStatus(ok ? { kind: 'copied' } : { kind: 'failed', url });
  }

  return (
    <span className="copy-link">
      <button
        type="button"
        onClick={() => void copy()}
        onBlur={() => setStatus({ kind: 'idle' })}
        className="copy-link-button"
        aria-label={t('copy.link', { title })}
        title={t('copy.link', { title })}
      >
        <LinkIcon />
      </button>
      <span role="status" className="text-xs text-muted">
        {status.kind === 'copied' ? t('copy.done') : status.kind === 'failed' ? t('copy.failed', { url: status.url }) : ''}
      </span>
    </span>
  );
}

/** A chain link: what the control copies. */
function LinkIcon() {
  return (
    <svg
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
    >
      <path d="M6.75 9.25a2.5 2.5 0 0 0 3.54 0l2.47-2.47a2.5 2.5 0 0 0-3.54-3.54l-.9.9" />
      <path d="M9.25 6.75a2.5 2.5 0 0 0-3.54 0L3.24 9.22a2.5 2.5 0 0 0 3.54 3.54l.9-.9" />
    </svg>
  );
}
