// Key Terms webview: renders data posted by src/features/keyTermsPanel.ts, with textContent only.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const app = document.getElementById('app');

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function header(title, segmenter, reason) {
    const h = el('header');
    h.appendChild(el('h1', '', title));
    const s = el('div', reason ? 'segmenter fallback' : 'segmenter', 'Segmenter: ' + segmenter + (reason ? ' — ' + reason : ''));
    s.id = 'segmenter';
    h.appendChild(s);
    return h;
  }

  /** A list of terms with CSS bars scaled to the largest value. */
  function bars(items, value, label, cls) {
    const ul = el('ul', 'terms');
    if (!items.length) {
      ul.appendChild(el('li', 'empty', '—'));
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
    const title = 'Key terms — ' + d.file;
    app.appendChild(header(title, d.segmenter, d.reason));
    for (const r of d.reports) {
      app.appendChild(el('h2', '', (r.title || d.file) + ' · ' + r.tokens + ' term tokens'));
      app.appendChild(bars(r.terms, t => t.score, t => String(t.count)));
      const grid = el('div', 'grid');
      for (const s of r.sections) {
        const box = el('section');
        const h = el('h3', '', s.title);
        h.title = 'line ' + s.line;
        h.addEventListener('click', () => vscode.postMessage({ type: 'reveal', line: s.line }));
        box.appendChild(h);
        box.appendChild(bars(s.terms.slice(0, 10), t => t.score, t => String(t.count)));
        grid.appendChild(box);
      }
      app.appendChild(grid);
    }
    app.appendChild(el('p', 'note', 'Ranked by TF-IDF (document frequency across the report’s top-level sections); numbers are occurrences.'));
    return document.getElementById('segmenter').textContent;
  }

  function renderCompare(d) {
    app.textContent = '';
    app.appendChild(header('Key terms: ' + d.a + ' → ' + d.b, d.segmenter, d.reason));
    app.appendChild(el('p', 'note', 'Frequencies per 10,000 term tokens (A: ' + d.tokensA + ' tokens, B: ' + d.tokensB + ').'));
    const fmt = n => (Math.round(n * 10) / 10).toString();
    const groups = [
      ['New in B', d.new, t => t.freqB, t => fmt(t.freqB) + ' (' + t.countB + ')', 'up'],
      ['Rose', d.rose, t => t.freqB - t.freqA, t => fmt(t.freqA) + '→' + fmt(t.freqB), 'up'],
      ['Vanished from A', d.vanished, t => t.freqA, t => fmt(t.freqA) + ' (' + t.countA + ')', 'down'],
      ['Fell', d.fell, t => t.freqA - t.freqB, t => fmt(t.freqA) + '→' + fmt(t.freqB), 'down'],
    ];
    const grid = el('div', 'grid');
    for (const [name, items, value, label, cls] of groups) {
      const box = el('section');
      box.appendChild(el('h2', '', name + ' (' + items.length + ')'));
      box.appendChild(bars(items, value, label, cls));
      grid.appendChild(box);
    }
    app.appendChild(grid);
    return document.getElementById('segmenter').textContent;
  }

  window.addEventListener('message', e => {
    const d = e.data;
    if (!d || typeof d !== 'object') return;
    let headerText = '';
    if (d.type === 'terms') headerText = renderTerms(d);
    else if (d.type === 'compare') headerText = renderCompare(d);
    else return;
    vscode.postMessage({ type: 'rendered', header: headerText });
  });
  vscode.postMessage({ type: 'ready' });
})();
