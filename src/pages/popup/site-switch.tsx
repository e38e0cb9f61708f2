// "Termwatch on this site": turning it off here is the same as listing the site in Options (ignored sites).
import { useEffect, useState } from 'preact/hooks';
import type { PopupActions } from './actions';
import { normalizeHost } from '../../storage/settings';

export function SiteSwitch({
  url,
  tabId,
  actions,
}: {
  url: string;
  tabId: number;
  actions: PopupActions;
}): preact.JSX.Element | null {
  const host = /^https?:/.test(url) ? normalizeHost(url) : '';
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    if (host) void actions.siteEnabled(host).then(setOn);
  }, [host, actions]);
  if (!host || on === null) return null;
  const toggle = async (): Promise<void> => {
    const next = !on;
    setOn(next);
    await actions.setSiteEnabled(host, next);
    // Off: take Termwatch's highlights off this page now, not only on the next visit.
    if (!next) await actions.setHighlights(tabId, false).catch(() => undefined);
  };
  return (
    <label class="site-switch">
      <input type="checkbox" role="switch" checked={on} onChange={() => void toggle()} />
      Termwatch on {host}
      {!on && <span class="muted"> · off: pages here are not read unless you ask</span>}
    </label>
  );
}
