// The change notice: when a document the user saw before changed so that a right got worse, one system notification,
// at most one per document per day, and only when the user turned notices on in Options (which grants the optional
// `notifications` permission: the permission is the setting). When each document was last notified is kept in
// storage.local.
import browser from 'webextension-polyfill';
import { NOTIFICATIONS_PERMISSION } from '../shared/notice-permission';
import type { ChangeInfo } from '../shared/tab-state';

export const NOTICES_KEY = 'changeNotices';
export const NOTICE_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** documentKey → when its last notice was shown (ms epoch). */
export type NoticeLog = Record<string, number>;

/** A notice for this change is due: a right got worse since the user's last visit, and none was shown in a day. */
export function noticeDue(change: ChangeInfo | null, log: NoticeLog, now: number): boolean {
  if (!change || change.storageError || !change.changedSinceLastVisit || change.worseLines.length === 0) return false;
  const last = log[change.documentKey];
  return last === undefined || now - last >= NOTICE_INTERVAL_MS || last > now;
}

/** The log with this document's notice recorded, and entries older than a day dropped (they no longer block). */
export function recordNotice(log: NoticeLog, documentKey: string, now: number): NoticeLog {
  const kept: NoticeLog = {};
  for (const [key, at] of Object.entries(log)) if (now - at < NOTICE_INTERVAL_MS && at <= now) kept[key] = at;
  kept[documentKey] = now;
  return kept;
}

function asLog(raw: unknown): NoticeLog {
  if (typeof raw !== 'object' || raw === null) return {};
  const out: NoticeLog = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  return out;
}

/** Shows the notice when it is due and allowed; returns whether one was shown. Never throws. */
export async function notifyIfWorse(change: ChangeInfo | null, title: string, now = Date.now()): Promise<boolean> {
  try {
    if (!change || change.worseLines.length === 0) return false;
    // The notifications API exists only once the permission is granted.
    if (!browser.notifications || !(await browser.permissions.contains(NOTIFICATIONS_PERMISSION))) return false;
    const log = asLog((await browser.storage.local.get(NOTICES_KEY))[NOTICES_KEY]);
    if (!noticeDue(change, log, now)) return false;
    // Recorded before showing: two tabs reporting the same change at once must not both notify.
    await browser.storage.local.set({ [NOTICES_KEY]: recordNotice(log, change.documentKey, now) });
    await browser.notifications.create(`termwatch-change:${change.documentKey}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-96.png'),
      title: `Terms changed for the worse: ${title || change.documentKey}`.slice(0, 120),
      message: change.worseLines.slice(0, 3).join('\n'),
    });
    return true;
  } catch {
    // A notice is a courtesy: a failure (permission revoked meanwhile, storage trouble) must not break the report.
    return false;
  }
}
