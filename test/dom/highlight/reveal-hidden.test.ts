// What folds a clause away, and which of the page's own controls unfold it (jump-to-clause; the opening itself, with
// layout, is checked in Chromium by test/browser/jump-to-folded.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { controlsOf, hidersOf } from '../../../src/content/highlight/reveal-hidden';

afterEach(() => {
  document.body.innerHTML = '';
});

const textOf = (selector: string): Text => document.querySelector(selector)!.firstChild as Text;

describe('hidersOf', () => {
  it('lists a closed <details>, a hidden tab panel and a display:none panel, outermost first', () => {
    document.body.innerHTML = `
      <details id="outer"><summary>Title</summary>
        <div role="tabpanel" id="tp" hidden>
          <div id="acc" style="display: none"><p id="clause">We train models on your content.</p></div>
        </div>
      </details>`;
    expect(hidersOf(textOf('#clause')).map((el) => el.id)).toEqual(['outer', 'tp', 'acc']);
  });

  it('does not count the <summary> of a closed <details> as hidden, nor an open <details>', () => {
    document.body.innerHTML = `
      <details id="closed"><summary id="s">Your content</summary><p>…</p></details>
      <details open><summary>Open</summary><p id="shown">We sell your data.</p></details>`;
    expect(hidersOf(textOf('#s'))).toEqual([]);
    expect(hidersOf(textOf('#shown'))).toEqual([]);
  });

  it('counts aria-hidden panels', () => {
    document.body.innerHTML = `<div id="p" aria-hidden="true"><p id="c">We share your data.</p></div>`;
    expect(hidersOf(textOf('#c')).map((el) => el.id)).toEqual(['p']);
  });
});

describe('controlsOf', () => {
  it('finds the tab and the accordion button by aria-controls (any of its ids) and the labelling tab', () => {
    document.body.innerHTML = `
      <button id="b1" aria-expanded="false" aria-controls="x panel">Open</button>
      <div role="tab" id="t1" aria-selected="false">Tab</div>
      <div role="tabpanel" id="panel" aria-labelledby="t1" hidden><p>…</p></div>
      <div id="other"></div>`;
    expect(controlsOf(document, document.getElementById('panel')!).map((el) => el.id)).toEqual(['b1', 't1']);
    expect(controlsOf(document, document.getElementById('other')!)).toEqual([]);
  });

  it('finds nothing for a panel without an id or label (it cannot be opened)', () => {
    document.body.innerHTML = `<button aria-controls="">x</button><div class="panel" hidden><p>…</p></div>`;
    expect(controlsOf(document, document.querySelector('.panel')!)).toEqual([]);
  });
});
