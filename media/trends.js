// @ts-check — checked by tsconfig.media.json; messages typed in types/webview-protocol.d.ts (ToTrends / FromTrends); globals in types/webview-globals.d.ts.
// Term Trends webview: renders data posted by src/features/trends/panel.ts — a line chart (SVG built
// with DOM APIs), first-seen and peak per term, a table and the rose/fell lists — with textContent only.
(function () {
  'use strict';
  /** @type {VsCodeApi<import('../types/webview-protocol').FromTrends>} */
  const vscode = acquireVsCodeApi();
  const app = document.getElementById('app');
  const { el, svg } = window.govreportDom;

  // UI strings come localised from the extension (trendsStrings in src/features/trends/panel.ts).
  /** @type {import('../types/webview-protocol').Strings} */
  let strings = {};
  const { str, fmt } = window.govreportDom.localizer(() => strings);

  /** @type {import('../types/webview-protocol').TrendsData | null} */
  let data = null;
  /** 'share' | 'per10k' */
  let measure = 'share';
  const SERIES = 8;

  const pct = v => (v * 100 >= 10 ? String(Math.round(v * 100)) : (Math.round(v * 1000) / 10).toString()) + '%';
  const num = v => (v === null || v === undefined ? str('unknown') : v >= 10 ? String(Math.round(v)) : (Math.round(v * 100) / 100).toString());
  const valueOf = p => (measure === 'share' ? p.share : p.per10k);
  const label = v => (measure === 'share' ? pct(v) : num(v));

  /** A tick step of 1, 2 or 5 × 10^k giving about 4 ticks up to `max`. */
  function niceStep(max) {
    const raw = max / 4 || 1;
    const p = Math.pow(10, Math.floor(Math.log10(raw)));
    for (const m of [1, 2, 5, 10]) if (raw <= m * p) return m * p;
    return 10 * p;
  }

  function drawChart(d) {
    const box = el('div', 'chart');
    const keys = d.buckets.map(b => b.key);
    const width = Math.max(520, Math.min(1100, 70 + keys.length * 48));
    const height = 300;
    const left = 56, right = 16, top = 28, bottom = 44;
    let max = 0;
    for (const t of d.trends) for (const p of t.points) { const v = valueOf(p); if (typeof v === 'number' && v > max) max = v; }
    const step = niceStep(max || (measure === 'share' ? 0.1 : 1));
    const yMax = Math.max(step, Math.ceil((max || step) / step) * step);
    const x = i => left + (keys.length <= 1 ? (width - left - right) / 2 : (i * (width - left - right)) / (keys.length - 1));
    const y = v => top + (height - top - bottom) * (1 - v / yMax);
    const s = svg('svg', { width, height, viewBox: '0 0 ' + width + ' ' + height, role: 'img', class: 'trends' });
    s.appendChild(svg('title', {}, fmt('chartTitle', str(measure === 'share' ? 'measureShare' : 'measurePer10k'), str(d.by === 'year' ? 'byYear' : 'byLevel'))));
    s.appendChild(svg('text', { x: left, y: 16, class: 'axis-title' }, str(measure === 'share' ? 'measureShare' : 'measurePer10k')));
    for (let v = 0; v <= yMax + step / 2; v += step) {
      s.appendChild(svg('line', { x1: left, x2: width - right, y1: y(v), y2: y(v), class: v === 0 ? 'axis' : 'grid' }));
      s.appendChild(svg('text', { x: left - 6, y: y(v) + 4, class: 'ylabel', 'text-anchor': 'end' }, label(v)));
    }
    const every = Math.max(1, Math.ceil(keys.length / 16));
    keys.forEach((k, i) => {
      if ((keys.length - 1 - i) % every === 0) s.appendChild(svg('text', { x: x(i), y: height - bottom + 16, class: 'xlabel', 'text-anchor': 'middle' }, k));
    });
    d.trends.forEach((t, n) => {
      const cls = 'series s' + (n % SERIES);
      const pts = [];
      t.points.forEach((p, i) => { const v = valueOf(p); if (typeof v === 'number') pts.push([x(i), y(v), p]); });
      if (pts.length > 1) {
        const line = svg('polyline', { points: pts.map(q => q[0].toFixed(1) + ',' + q[1].toFixed(1)).join(' '), class: cls + ' line', fill: 'none' });
        line.dataset.term = t.term;
        s.appendChild(line);
      }
      for (const [px, py, p] of pts) {
        const first = d.by === 'year' && t.firstSeen !== null && p.year === t.firstSeen;
        const peak = t.peak !== null && p.key === t.peak;
        const c = svg('circle', { cx: px, cy: py, r: peak || first ? 5 : 3, class: cls + ' dot' + (first ? ' first' : '') + (peak ? ' peak' : '') });
        c.dataset.term = t.term;
        c.dataset.key = p.key;
        c.appendChild(svg('title', {}, fmt('pointTitle', t.term, p.key, p.docsWith, p.docs, pct(p.share), num(p.per10k))));
        s.appendChild(c);
      }
    });
    box.appendChild(s);
    return box;
  }

  function legend(d) {
    const ul = el('ul', 'legend');
    d.trends.forEach((t, n) => {
      const li = el('li');
      li.dataset.term = t.term;
      li.appendChild(el('span', 'swatch s' + (n % SERIES)));
      const facts = [];
      if (t.docsWith === 0) facts.push(str('neverSeen'));
      else {
        if (d.by === 'year' && t.firstSeen !== null) facts.push(fmt('firstSeen', t.firstSeen));
        if (t.peak !== null) facts.push(fmt('peak', t.peak));
      }
      li.appendChild(el('span', 'term', t.term));
      const f = el('span', 'facts', facts.join(' · '));
      if (t.firstSeen !== null) f.dataset.firstSeen = String(t.firstSeen);
      if (t.peak !== null) f.dataset.peak = t.peak;
      li.appendChild(f);
      ul.appendChild(li);
    });
    return ul;
  }

  function table(d) {
    const t = el('table', 'data');
    const head = el('tr');
    head.appendChild(el('th', '', str('colBucket')));
    head.appendChild(el('th', 'n', str('colReports')));
    for (const tr of d.trends) {
      head.appendChild(el('th', 'n', tr.term + ' · ' + str('measureShare')));
      head.appendChild(el('th', 'n', tr.term + ' · ' + str('measurePer10k')));
    }
    const thead = el('thead');
    thead.appendChild(head);
    t.appendChild(thead);
    const body = el('tbody');
    d.buckets.forEach((b, i) => {
      const row = el('tr');
      row.appendChild(el('td', '', b.key));
      row.appendChild(el('td', 'n', b.docs));
      for (const tr of d.trends) {
        const p = tr.points[i];
        row.appendChild(el('td', 'n' + (p && p.docsWith ? '' : ' zero'), p ? fmt('cellShare', pct(p.share), p.docsWith, p.docs) : str('unknown')));
        row.appendChild(el('td', 'n' + (p && p.docsWith ? '' : ' zero'), p ? num(p.per10k) : str('unknown')));
      }
      body.appendChild(row);
    });
    t.appendChild(body);
    return t;
  }

  function shiftList(title, items) {
    const box = el('section', 'shift');
    box.appendChild(el('h2', '', title));
    const ul = el('ul', 'shifts');
    for (const s of items) {
      const li = el('li');
      li.appendChild(el('span', 'term', s.term));
      li.appendChild(el('span', 'num', fmt('shiftLine', pct(s.shareA), pct(s.shareB))));
      ul.appendChild(li);
    }
    if (!items.length) ul.appendChild(el('li', 'empty', str('unknown')));
    box.appendChild(ul);
    return box;
  }

  function toolbar(d) {
    const bar = el('div', 'toolbar');
    const button = (text, on, click) => {
      const b = el('button', on ? 'on' : '', text);
      b.type = 'button';
      b.addEventListener('click', click);
      bar.appendChild(b);
    };
    button(str('measureShare'), measure === 'share', () => { measure = 'share'; render(); });
    const per10k = d.trends.some(t => t.points.some(p => p.per10k !== null));
    if (per10k) button(str('measurePer10k'), measure === 'per10k', () => { measure = 'per10k'; render(); });
    bar.appendChild(el('span', 'sep'));
    button(str('byYear'), d.by === 'year', () => { if (d.by !== 'year') vscode.postMessage({ type: 'by', by: 'year' }); });
    button(str('byLevel'), d.by === 'level', () => { if (d.by !== 'level') vscode.postMessage({ type: 'by', by: 'level' }); });
    return bar;
  }

  function render() {
    const d = data;
    if (!d) return;
    if (measure === 'per10k' && !d.trends.some(t => t.points.some(p => p.per10k !== null))) measure = 'share';
    app.textContent = '';
    const header = el('header');
    header.appendChild(el('h1', '', fmt('title', d.label)));
    const years = d.buckets.map(b => b.key);
    header.appendChild(el('div', 'summary', d.by === 'year' && years.length ? fmt('summaryYears', d.reports, years[0], years[years.length - 1]) : fmt('summaryLevels', d.reports)));
    header.appendChild(toolbar(d));
    app.appendChild(header);
    app.appendChild(legend(d));
    app.appendChild(drawChart(d));
    const tableBox = el('div', 'tablebox');
    tableBox.appendChild(table(d));
    app.appendChild(tableBox);
    if (d.shifts) {
      const a = fmt('period', d.shifts.periodA[0], d.shifts.periodA[1]);
      const b = fmt('period', d.shifts.periodB[0], d.shifts.periodB[1]);
      const grid = el('div', 'grid');
      grid.appendChild(shiftList(fmt('rose', a, b), d.shifts.rose));
      grid.appendChild(shiftList(fmt('fell', a, b), d.shifts.fell));
      app.appendChild(grid);
    } else if (d.by === 'year' && d.minDocs === 0) {
      app.appendChild(el('p', 'note', str('noShifts')));
    }
    if (d.minDocs > 0) app.appendChild(el('p', 'note', fmt('sparseNote', d.minDocs)));
    app.appendChild(el('p', 'note', str('note')));
  }

  function testOp(m) {
    if (m.op === 'chart') {
      const chart = app.querySelector('svg.trends');
      return {
        measure,
        by: data ? data.by : null,
        xLabels: Array.from(app.querySelectorAll('svg.trends text.xlabel')).map(t => t.textContent),
        lines: Array.from(app.querySelectorAll('svg.trends polyline.line')).map(l => l.getAttribute('data-term')),
        dots: Array.from(app.querySelectorAll('svg.trends circle.dot')).map(c => ({ term: c.getAttribute('data-term'), key: c.getAttribute('data-key') })),
        firstSeenDots: Array.from(app.querySelectorAll('svg.trends circle.first')).map(c => c.getAttribute('data-term') + '@' + c.getAttribute('data-key')),
        peakDots: Array.from(app.querySelectorAll('svg.trends circle.peak')).map(c => c.getAttribute('data-term') + '@' + c.getAttribute('data-key')),
        legend: Array.from(app.querySelectorAll('ul.legend li')).map(li => li.textContent),
        tableRows: app.querySelectorAll('table.data tbody tr').length,
        rose: Array.from(app.querySelectorAll('section.shift:first-child li .term')).map(t => t.textContent),
        svgChildren: chart ? chart.childElementCount : 0,
        scripts: app.querySelectorAll('script, img, iframe, object, embed, a, link, style, foreignObject').length,
      };
    }
    if (m.op === 'measure' && (m.measure === 'share' || m.measure === 'per10k')) { measure = m.measure; render(); return { measure }; }
    if (m.op === 'dumpText') return { text: document.body.innerText };
    return { error: 'unknown op' };
  }

  window.addEventListener('message', e => {
    const m = /** @type {import('../types/webview-protocol').ToTrends} */ (e.data);
    if (!m || typeof m !== 'object' || typeof m.type !== 'string') return;
    if (m.type === 'test') {
      // test operations exist only when the extension runs its integration tests (ExtensionMode.Test)
      if (window.govreportDom.testMode) Promise.resolve(testOp(m)).then(result => vscode.postMessage({ type: 'testResult', id: m.id, result }));
      return;
    }
    if (m.type !== 'data' || !Number.isInteger(m.generation) || !Array.isArray(m.trends) || !Array.isArray(m.buckets)) return;
    if (m.strings && typeof m.strings === 'object') strings = m.strings;
    data = m;
    render();
    vscode.postMessage({ type: 'rendered', generation: m.generation, rows: m.trends.length });
  });
  vscode.postMessage({ type: 'ready' });
})();
