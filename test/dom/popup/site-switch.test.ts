// The popup's per-site switch: off lists the site among the ignored sites and takes the highlights off the page.
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteSwitch } from '../../../src/pages/popup/site-switch';
import type { PopupActions } from '../../../src/pages/popup/actions';

afterEach(() => {
  document.body.innerHTML = '';
});

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

function fake(enabled: boolean): { actions: PopupActions; calls: string[] } {
  const calls: string[] = [];
  const actions = {
    siteEnabled: (host: string) => {
      calls.push(`ask ${host}`);
      return Promise.resolve(enabled);
    },
    setSiteEnabled: (host: string, on: boolean) => {
      calls.push(`set ${host} ${on}`);
      return Promise.resolve();
    },
    setHighlights: (tabId: number, on: boolean) => {
      calls.push(`highlights ${tabId} ${on}`);
      return Promise.resolve(0);
    },
  } as unknown as PopupActions;
  return { actions, calls };
}

describe('popup: Termwatch on this site', () => {
  it('turns the site off (the ignored sites of Options) and takes the highlights off this page', async () => {
    const { actions, calls } = fake(true);
    const root = document.createElement('div');
    document.body.append(root);
    render(h(SiteSwitch, { url: 'https://www.Shop.example/terms?x=1', tabId: 4, actions }), root);
    await settle();
    const box = root.querySelector('input[role="switch"]') as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(root.textContent).toContain('Termwatch on shop.example');
    box.click();
    await settle();
    expect(calls).toEqual(['ask shop.example', 'set shop.example false', 'highlights 4 false']);
    expect(root.textContent).toMatch(/off: pages here are not read unless you ask/);
  });

  it('turns it back on without touching the page', async () => {
    const { actions, calls } = fake(false);
    const root = document.createElement('div');
    document.body.append(root);
    render(h(SiteSwitch, { url: 'https://shop.example/terms', tabId: 4, actions }), root);
    await settle();
    (root.querySelector('input[role="switch"]') as HTMLInputElement).click();
    await settle();
    expect(calls).toEqual(['ask shop.example', 'set shop.example true']);
  });

  it('is not offered on pages that are not web pages', async () => {
    const { actions } = fake(true);
    const root = document.createElement('div');
    document.body.append(root);
    render(h(SiteSwitch, { url: 'chrome://settings', tabId: 4, actions }), root);
    await settle();
    expect(root.querySelector('input')).toBeNull();
  });
});
