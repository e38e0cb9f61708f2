// "Tell me when terms change for the worse": the optional `notifications` permission is the setting. Asking for it
// must happen in the click's own task (a user gesture), so the request is the first thing the handler does.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { NOTIFICATIONS_PERMISSION } from '../../shared/notice-permission';

export function NoticeSetting({ onStatus }: { onStatus: (status: string) => void }): preact.JSX.Element {
  const [enabled, setEnabled] = useState<boolean | null>(null);

  useEffect(() => {
    void browser.permissions.contains(NOTIFICATIONS_PERMISSION).then(setEnabled, () => setEnabled(false));
  }, []);

  const toggle = async (on: boolean): Promise<void> => {
    try {
      const granted = on
        ? await browser.permissions.request(NOTIFICATIONS_PERMISSION)
        : !(await browser.permissions.remove(NOTIFICATIONS_PERMISSION));
      setEnabled(granted);
      onStatus(
        on && !granted
          ? 'Notices stay off: the browser did not grant the permission to show notifications.'
          : granted
            ? 'Saved. You will get at most one notice per document per day.'
            : 'Saved. No notices will be shown.',
      );
    } catch (err) {
      onStatus(`Could not change notices: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  return (
    <fieldset>
      <legend>Change notices</legend>
      <label>
        <input
          type="checkbox"
          id="change-notices"
          checked={enabled === true}
          disabled={enabled === null}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />{' '}
        Show a system notification when terms I have read change for the worse
      </label>
      <p class="muted">
        The toolbar badge always shows "!" on such a page. A notification is shown at most once per document per day;
        the browser asks for permission the first time.
      </p>
    </fieldset>
  );
}
