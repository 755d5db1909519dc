// @ts-check — checked by tsconfig.media.json; messages typed in types/webview-protocol.d.ts (ToKeyTerms / FromKeyTerms); globals in types/webview-globals.d.ts.
// Key Terms webview: renders data posted by src/features/keyTerms/panel.ts, with textContent only.
(function () {
  'use strict';
  /** @type {VsCodeApi<import('../types/webview-protocol').FromKeyTerms>} */
  const vscode = acquireVsCodeApi();
  const app = document.getElementById('app');

  // UI strings come localised from the extension (keyTermsStrings in src/features/keyTerms/panel.ts)
  // with every data message; this script holds no UI text of its own.
  /** @type {import('../types/webview-protocol').Strings} */
  let strings = {};
  const { str, fmt } = window.govreportDom.localizer(() => strings);

  const { el } = window.govreportDom;

  function header(title, segmenter, reason) {
    const h = el('header');
    h.appendChild(el('h1', '', title));
    const s = el('div', reason ? 'segmenter fallback' : 'segmenter', reason ? fmt('segmenterFallback', segmenter, reason) : fmt('segmenter', segmenter));
    s.id = 'segmenter';
    h.appendChild(s);
    return h;
  }

  /** A list of terms with CSS bars scaled to the largest value. */
  function bars(items, value, label, cls) {
    const ul = el('ul', 'terms');
    if (!items.length) {
      ul.appendChild(el('li', 'empty', str('noTerms')));
      return ul;
    }
    const max = Math.max.apply(null, items.map(value)) || 1;
    for (const it of items) {
      const li = el('li');
      const t = el('span', 'term', it.term);
      t.title = label(it);
      li.appendChild(t);
      const bar = el('div', 'bar' + (cls ? ' ' + cls : ''));
      bar.style.width = Math.max(1, (value(it) / max) * 100) + '%';
      li.appendChild(bar);
      li.appendChild(el('span', 'num', label(it)));
      ul.appendChild(li);
    }
    return ul;
  }

  function renderTerms(d) {
    app.textContent = '';
    app.appendChild(header(fmt('termsTitle', d.file), d.segmenter, d.reason));
    for (const r of d.reports) {
      app.appendChild(el('h2', '', fmt('reportHeading', r.title || d.file, r.tokens)));
      app.appendChild(bars(r.terms, t => t.score, t => String(t.count)));
      const grid = el('div', 'grid');
      for (const s of r.sections) {
        const box = el('section');
        const h = el('h3', '', s.title);
        h.title = fmt('sectionLine', s.line);
        h.addEventListener('click', () => vscode.postMessage({ type: 'reveal', line: s.line }));
        box.appendChild(h);
        box.appendChild(bars(s.terms.slice(0, 10), t => t.score, t => String(t.count)));
        grid.appendChild(box);
      }
      app.appendChild(grid);
    }
    app.appendChild(el('p', 'note', str('termsNote')));
    return document.getElementById('segmenter').textContent;
  }

  function renderCompare(d) {
    app.textContent = '';
    app.appendChild(header(fmt('compareTitle', d.a, d.b), d.segmenter, d.reason));
    app.appendChild(el('p', 'note', fmt('compareNote', d.tokensA, d.tokensB)));
    const num = n => (Math.round(n * 10) / 10).toString();
    const groups = [
      { str: 'groupNew', items: d.new, value: t => t.freqB, label: t => num(t.freqB) + ' (' + t.countB + ')', cls: 'up' },
      { str: 'groupRose', items: d.rose, value: t => t.freqB - t.freqA, label: t => num(t.freqA) + '→' + num(t.freqB), cls: 'up' },
      { str: 'groupVanished', items: d.vanished, value: t => t.freqA, label: t => num(t.freqA) + ' (' + t.countA + ')', cls: 'down' },
      { str: 'groupFell', items: d.fell, value: t => t.freqA - t.freqB, label: t => num(t.freqA) + '→' + num(t.freqB), cls: 'down' },
    ];
    const grid = el('div', 'grid');
    for (const { str: name, items, value, label, cls } of groups) {
      const box = el('section');
      box.appendChild(el('h2', '', fmt('groupCount', str(name), items.length)));
      box.appendChild(bars(items, value, label, cls));
      grid.appendChild(box);
    }
    app.appendChild(grid);
    return document.getElementById('segmenter').textContent;
  }

  window.addEventListener('message', e => {
    const d = /** @type {import('../types/webview-protocol').ToKeyTerms} */ (e.data);
    if (!d || typeof d !== 'object') return;
    if (d.strings && typeof d.strings === 'object') strings = d.strings;
    let headerText = '';
    let rows = 0;
    if (d.type === 'terms') { headerText = renderTerms(d); rows = d.reports.length; }
    else if (d.type === 'compare') { headerText = renderCompare(d); rows = d.new.length + d.rose.length + d.vanished.length + d.fell.length; }
    else return;
    vscode.postMessage({ type: 'rendered', generation: Number.isInteger(d.generation) ? d.generation : 0, rows, header: headerText });
  });
  vscode.postMessage({ type: 'ready' });
})();
