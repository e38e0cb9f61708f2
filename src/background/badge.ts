// The toolbar badge: the grade in its colour, with a "•" mark when the terms changed since the last visit and a "!"
// when that change made a right worse (the title says which).
import browser from 'webextension-polyfill';
import { GRADE_COLORS } from '../shared/grade-style';
import type { TabState } from '../shared/tab-state';
import { tabStateAsShown } from '../shared/tab-view';
import type { ViewSettings } from '../core/report/view';

export function badgeFor(state: TabState): { text: string; color: string; title: string } {
  if (state.status === 'analysed' && state.analysis) {
    if (!state.analysis.languageSupported)
      return {
        text: '?',
        color: '#5f6368',
        title: `Termwatch: legal page in a language not supported yet (${state.lang})`,
      };
    const { grade, score, driver } = state.analysis.summary;
    const since = state.change?.changedSinceLastVisit ? state.change : null;
    const worse = since?.worseLines.length ? since.worseLines : null;
    const changed = worse ? '!' : since ? '•' : '';
    const note = worse
      ? ` — changed for the worse since your last visit: ${worse.join('; ')}`
      : since
        ? ' — changed since your last visit'
        : '';
    if (grade === null) return { text: changed, color: '#5f6368', title: `Termwatch: ${driver}${note}` };
    return {
      text: `${grade}${changed}`,
      color: GRADE_COLORS[grade],
      title: `Termwatch: grade ${grade} (${score}/100)${note}`,
    };
  }
  if (state.status === 'analysing') return { text: '…', color: '#5f6368', title: 'Termwatch: analysing…' };
  if (state.status === 'timed-out')
    return { text: '!', color: '#5f6368', title: 'Termwatch: this page took too long to analyse' };
  if (state.status === 'failed')
    return { text: '!', color: '#5f6368', title: `Termwatch: ${state.error ?? 'analysis failed'}` };
  return { text: '', color: '#5f6368', title: 'Termwatch' };
}

export async function showBadge(state: TabState): Promise<void> {
  const { text, color, title } = badgeFor(state);
  try {
    await browser.action.setBadgeText({ tabId: state.tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId: state.tabId, color });
    await browser.action.setTitle({ tabId: state.tabId, title });
  } catch {
    // The tab may have closed meanwhile; nothing to show then.
  }
}

/** Redraws every tab's badge as the user's settings now show it (a category switched off no longer counts). */
export async function refreshBadges(states: readonly TabState[], view: ViewSettings): Promise<void> {
  await Promise.all(states.map((s) => showBadge(tabStateAsShown(s, view))));
}
