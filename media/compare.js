// @ts-check — checked by tsconfig.media.json; messages typed in types/webview-protocol.d.ts (ToCompare / FromCompare); globals in types/webview-globals.d.ts.
// Compare Reports webview: a bar chart of one canonical indicator (inline SVG built with DOM APIs),
// the places × indicators matrix and the target/actual pairs. Plain browser JS, no libraries.
// Report text is untrusted: strings are rendered with textContent only.
(function () {
  'use strict';
  /** @type {VsCodeApi<import('../types/webview-protocol').FromCompare>} */
  const vscode = acquireVsCodeApi();
  const saved = vscode.getState() || {};
  const state = {
    key: typeof saved.key === 'string' ? saved.key : 'gdp',
    sources: Array.isArray(saved.sources) ? saved.sources : [],
    scrollTop: typeof saved.scrollTop === 'number' ? saved.scrollTop : 0,
  };
  // UI strings come localised from the extension (src/features/webviewStrings.ts) with the data,
  // and are kept in the state so a restored view is labelled before data arrives.
  let strings = saved.strings && typeof saved.strings === 'object' ? saved.strings : {};
  const { str, fmt } = window.govreportDom.localizer(() => strings);
  function persist() { vscode.setState(Object.assign({}, state, { strings })); }

  let matrix = null;
  let generation = 0;
  let restored = false;

  const { el, svg } = window.govreportDom;

  const app = document.getElementById('app');
  const root = el('div', 'compare');
  app.appendChild(root);
  const heading = el('h2', '');
  const summary = el('div', 'note');
  const chartBar = el('div', 'chartbar');
  const keySel = el('select', 'keysel');
  const svgBtn = el('button', 'action');
  const pngBtn = el('button', 'action');
  svgBtn.type = pngBtn.type = 'button';
  const keyLabel = el('span', '');
  chartBar.append(keyLabel, keySel, svgBtn, pngBtn);
  const chartBox = el('div', 'chart');
  const chartNote = el('div', 'note');
  const matrixHead = el('h2', '');
  const matrixBox = el('div', 'matrix');
  const pairsHead = el('h2', '');
  const pairsBox = el('div', 'pairs');
  root.append(heading, summary, chartBar, chartBox, chartNote, matrixHead, matrixBox, pairsHead, pairsBox);
  root.addEventListener('scroll', () => { state.scrollTop = root.scrollTop; persist(); });

  /** (Re)labels the static UI from `strings`. */
  function applyStrings() {
    heading.textContent = str('heading');
    keySel.setAttribute('aria-label', str('indicator'));
    svgBtn.textContent = str('exportSvg');
    pngBtn.textContent = str('exportPng');
    keyLabel.textContent = str('indicatorColon');
    matrixHead.textContent = str('matrixHeading');
    pairsHead.textContent = str('pairsHeading');
  }
  applyStrings();

  const MARK = { '左右': '≈', '上下': '≈', '以上': '≥', '以内': '≤', '以下': '≤' };
  const STATUS = { met: '✓', missed: '✗', 'not-comparable': '–' };
  const STATUS_STR = { met: 'met', missed: 'missed', 'not-comparable': 'notComparable' };

  function cssVar(name, fallback) {
    const v = getComputedStyle(document.body).getPropertyValue(name).trim();
    return v || fallback;
  }
  function num(v) { return Math.round(v * 1000) / 1000; }
  function valueLabel(c) {
    if (!c || c.value === null) return '';
    const v = c.upper !== null ? num(c.value) + '–' + num(c.upper) : String(num(c.value));
    return (MARK[c.qualifier] || '') + v;
  }

  // ---- chart --------------------------------------------------------------------------------------
  /** Builds the bar chart of `key` as an <svg> element with resolved colours (so exports look the same). */
  function buildChart(key) {
    const col = matrix.columns.find(c => c.key === key);
    const colors = {
      fg: cssVar('--vscode-foreground', '#333'),
      muted: cssVar('--vscode-descriptionForeground', '#777'),
      axis: cssVar('--vscode-charts-lines', '#888'),
      t: cssVar('--vscode-charts-blue', '#3794ff'),
      a: cssVar('--vscode-charts-green', '#89d185'),
      bg: cssVar('--vscode-editor-background', '#fff'),
      font: cssVar('--vscode-font-family', 'sans-serif'),
    };
    // the unit most targets of this indicator use; other units are listed, not plotted
    const units = new Map();
    for (const r of matrix.rows) {
      const c = r.cells[key];
      for (const v of c ? [c.target, c.actual] : []) if (v && v.value !== null && !v.relative) units.set(v.unit, (units.get(v.unit) || 0) + 1);
    }
    const unit = [...units.entries()].sort((x, y) => y[1] - x[1])[0];
    const mainUnit = unit ? unit[0] : '';
    const plotted = v => v && v.value !== null && !v.relative && v.unit === mainUnit;
    const groups = matrix.rows.map(r => ({ row: r, cell: r.cells[key] || null }));
    const values = [];
    for (const g of groups) for (const v of g.cell ? [g.cell.target, g.cell.actual] : []) if (plotted(v)) values.push(v.upper !== null ? v.upper : v.value, v.value);
    // nice axis: a step of 1, 2 or 5 × 10^k, bounds on whole steps
    const rawMax = Math.max(0, ...values);
    const rawMin = Math.min(0, ...values);
    const rough = ((rawMax - rawMin) || 1) / 4;
    const mag = Math.pow(10, Math.floor(Math.log10(rough)));
    const step = [1, 2, 5, 10].map(f => f * mag).find(x => x >= rough) || 10 * mag;
    const max = Math.ceil(rawMax / step) * step || step;
    const min = Math.floor(rawMin / step) * step;
    const gw = 84;
    const left = 48;
    const top = 36;
    const plotH = 220;
    const width = Math.max(480, left + groups.length * gw + 20);
    const height = top + plotH + 70;
    const span = (max - min) || 1;
    const y = v => top + plotH - ((v - min) / span) * plotH;
    const s = svg('svg', { width, height, viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'font-family': colors.font, 'font-size': 12 });
    s.appendChild(svg('rect', { x: 0, y: 0, width, height, fill: colors.bg }));
    s.appendChild(svg('title', {}, (col ? col.label : key) + (mainUnit ? ' (' + mainUnit + ')' : '')));
    s.appendChild(svg('text', { x: left, y: 18, fill: colors.fg, 'font-weight': 'bold' }, (col ? col.label + ' · ' + col.en : key) + (mainUnit ? ' (' + mainUnit + ')' : '')));
    // legend
    s.appendChild(svg('rect', { x: width - 230, y: 8, width: 10, height: 10, fill: colors.t }));
    s.appendChild(svg('text', { x: width - 216, y: 17, fill: colors.fg }, str('legendTarget')));
    s.appendChild(svg('rect', { x: width - 160, y: 8, width: 10, height: 10, fill: colors.a }));
    s.appendChild(svg('text', { x: width - 146, y: 17, fill: colors.fg }, str('legendActual')));
    // axis and grid
    const ticks = Math.round(span / step);
    for (let k = 0; k <= ticks; k++) {
      const v = min + step * k;
      const yy = y(v);
      s.appendChild(svg('line', { x1: left, x2: width - 10, y1: yy, y2: yy, stroke: colors.axis, 'stroke-opacity': k === 0 ? 0.9 : 0.25 }));
      s.appendChild(svg('text', { x: left - 6, y: yy + 4, fill: colors.muted, 'text-anchor': 'end' }, String(num(v))));
    }
    let bars = 0;
    groups.forEach((g, i) => {
      const x0 = left + i * gw + 10;
      const c = g.cell;
      const pair = [['t', c && c.target], ['a', c && c.actual]];
      pair.forEach(([kind, v], j) => {
        const bx = x0 + j * 30;
        if (!plotted(v)) {
          if (v) s.appendChild(svg('text', { x: bx + 12, y: y(0) - 4, fill: colors.muted, 'text-anchor': 'middle' }, v.value === null ? '…' : '*'));
          return;
        }
        const hiV = v.upper !== null ? v.upper : v.value;
        const y1 = y(Math.max(0, hiV));
        const y2 = y(Math.min(0, v.value));
        const bar = svg('rect', { x: bx, y: Math.min(y1, y2), width: 24, height: Math.max(1, Math.abs(y2 - y1)), fill: colors[kind], class: 'bar bar-' + kind });
        bar.appendChild(svg('title', {}, fmt(kind === 't' ? 'barTarget' : 'barActual', v.display, g.row.label)));
        s.appendChild(bar);
        bars++;
        s.appendChild(svg('text', { x: bx + 12, y: Math.min(y1, y2) - 4, fill: colors.fg, 'text-anchor': 'middle', class: 'vlabel' }, valueLabel(v)));
      });
      const label = g.row.label.length > 9 ? g.row.label.slice(0, 8) + '…' : g.row.label;
      s.appendChild(svg('text', { x: x0 + 27, y: top + plotH + 18, fill: colors.fg, 'text-anchor': 'middle', class: 'glabel' }, label));
      if (c && c.actualStatus) s.appendChild(svg('text', { x: x0 + 27, y: top + plotH + 34, fill: colors.muted, 'text-anchor': 'middle' }, fmt('statusVs', STATUS[c.actualStatus], c.actualVs || '')));
    });
    s.appendChild(svg('text', { x: left, y: height - 8, fill: colors.muted }, str('chartKey')));
    return { svg: s, bars, unit: mainUnit };
  }

  function drawChart() {
    if (!matrix) return { bars: 0 };
    const built = buildChart(state.key);
    chartBox.replaceChildren(built.svg);
    const n = matrix.rows.filter(r => r.cells[state.key] && r.cells[state.key].target).length;
    chartNote.textContent = fmt('chartNote', n, matrix.rows.length);
    return built;
  }

  function serializeChart() {
    const built = buildChart(state.key);
    return new XMLSerializer().serializeToString(built.svg);
  }

  function chartPng() {
    return new Promise((resolve, reject) => {
      const built = buildChart(state.key);
      const text = new XMLSerializer().serializeToString(built.svg);
      const w = Number(built.svg.getAttribute('width'));
      const h = Number(built.svg.getAttribute('height'));
      const img = new Image();
      img.onload = () => {
        const canvas = document.createElement('canvas');
        canvas.width = w * 2;
        canvas.height = h * 2;
        const ctx = canvas.getContext('2d');
        ctx.scale(2, 2);
        ctx.drawImage(img, 0, 0, w, h);
        try { resolve(canvas.toDataURL('image/png')); } catch (e) { reject(e); }
      };
      img.onerror = () => reject(new Error('could not draw the SVG'));
      img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(text);
    });
  }

  svgBtn.addEventListener('click', () => {
    if (matrix) vscode.postMessage({ type: 'saveChart', format: 'svg', key: state.key, data: serializeChart() });
  });
  pngBtn.addEventListener('click', () => {
    if (!matrix) return;
    chartPng().then(data => vscode.postMessage({ type: 'saveChart', format: 'png', key: state.key, data }),
      e => { chartNote.textContent = fmt('pngFailed', String(e && e.message || e)); });
  });
  keySel.addEventListener('change', () => { state.key = keySel.value; persist(); drawChart(); markColumn(); });

  // ---- matrix and pairs -----------------------------------------------------------------------------
  function markColumn() {
    for (const th of /** @type {NodeListOf<HTMLElement>} */ (matrixBox.querySelectorAll('th[data-key]'))) th.classList.toggle('sel', th.dataset.key === state.key);
  }
  function drawMatrix() {
    const table = el('table', 'matrix-table');
    const thead = el('thead');
    const hr = el('tr');
    hr.appendChild(el('th', '', str('report')));
    for (const c of matrix.columns) {
      const th = el('th', '', c.label);
      th.dataset.key = c.key;
      th.title = c.en + ' (' + c.key + ')';
      hr.appendChild(th);
    }
    thead.appendChild(hr);
    table.appendChild(thead);
    const tbody = el('tbody');
    for (const r of matrix.rows) {
      const tr = el('tr');
      const th = el('th', '', r.label);
      th.title = r.title + ' — ' + r.file;
      tr.appendChild(th);
      for (const c of matrix.columns) {
        const td = el('td');
        const cell = r.cells[c.key];
        if (cell && cell.target) {
          const d = el('div', 't', fmt('cellTarget', cell.target.display));
          d.title = fmt('atLine', cell.target.text, cell.target.line);
          td.appendChild(d);
        }
        if (cell && cell.actual) {
          const d = el('div', 'a', fmt('cellActual', cell.actual.display) + (cell.actualStatus ? ' ' + STATUS[cell.actualStatus] : ''));
          const at = fmt('atLine', cell.actual.text, cell.actual.line);
          d.title = cell.actualVs ? fmt('vsTargetNote', at, cell.actualVs) : at;
          td.appendChild(d);
        }
        tr.appendChild(td);
      }
      tbody.appendChild(tr);
    }
    table.appendChild(tbody);
    matrixBox.replaceChildren(table);
    markColumn();
  }
  function drawPairs() {
    if (!matrix.pairs.length) {
      pairsBox.replaceChildren(el('div', 'note', str('noPairs')));
      return;
    }
    const table = el('table');
    const hr = el('tr');
    for (const h of ['pairIndicator', 'pairTargetReport', 'pairTarget', 'pairActualReport', 'pairActual', 'pairStatus', 'pairWhy']) hr.appendChild(el('th', '', str(h)));
    const thead = el('thead');
    thead.appendChild(hr);
    table.appendChild(thead);
    const tbody = el('tbody');
    for (const p of matrix.pairs) {
      const tr = el('tr');
      const col = matrix.columns.find(c => c.key === p.key);
      for (const t of [col ? col.label : (p.key || ''), p.mode === 'review' ? fmt('review', p.targetLabel) : p.targetLabel, p.target.display,
        p.actualLabel, p.actual.display, STATUS[p.status] + ' ' + ((STATUS_STR[p.status] && str(STATUS_STR[p.status])) || p.status), p.reason]) tr.appendChild(el('td', '', t));
      tbody.appendChild(tr);
    }
    table.appendChild(tbody);
    pairsBox.replaceChildren(table);
  }

  function isMatrix(m) {
    return m && typeof m === 'object' && Array.isArray(m.columns) && Array.isArray(m.rows) && Array.isArray(m.pairs);
  }

  function render() {
    summary.textContent = fmt('summary', matrix.rows.length, matrix.columns.length, matrix.pairs.length);
    const keys = matrix.columns.map(c => c.key);
    if (!keys.includes(state.key)) state.key = keys.includes('gdp') ? 'gdp' : (keys[0] || 'gdp');
    const opts = matrix.columns.map(c => { const o = el('option', '', c.label + ' (' + c.key + ')'); o.value = c.key; return o; });
    keySel.replaceChildren(...opts);
    keySel.value = state.key;
    drawChart();
    drawMatrix();
    drawPairs();
  }

  function testOp(m) {
    switch (m.op) {
      case 'dumpText': {
        const scripts = Array.from(document.querySelectorAll('script'));
        return { text: document.body.innerText, scripts: scripts.length, // elements created from data would sit inside #app (VS Code injects one inline script of its own in <head>)
          foreignScripts: app.querySelectorAll('script').length, appElements: app.querySelectorAll('script, img, iframe, object, embed, a, link, style').length,
          scriptSrcs: scripts.map(s => s.src || '(inline)'),
          imgs: app.querySelectorAll('img').length, allImgs: document.querySelectorAll('img').length, rows: matrix ? matrix.rows.length : 0 };
      }
      case 'chart': {
        if (typeof m.key === 'string' && matrix && matrix.columns.some(c => c.key === m.key)) { state.key = m.key; keySel.value = m.key; persist(); }
        const built = drawChart();
        const labels = Array.from(chartBox.querySelectorAll('text.glabel')).map(t => t.textContent);
        const values = Array.from(chartBox.querySelectorAll('text.vlabel')).map(t => t.textContent);
        const out = { key: state.key, bars: built.bars, targetBars: chartBox.querySelectorAll('rect.bar-t').length, labels, values, unit: built.unit };
        if (m.format === 'svg') return Object.assign(out, { data: serializeChart() });
        if (m.format === 'png') return chartPng().then(data => Object.assign(out, { data }), e => Object.assign(out, { error: String(e) }));
        return out;
      }
      default: return { error: 'unknown op' };
    }
  }

  window.addEventListener('message', ev => {
    const m = /** @type {import('../types/webview-protocol').ToCompare} */ (ev.data);
    if (!m || typeof m !== 'object' || typeof m.type !== 'string') return;
    if (m.type === 'data') {
      if (!isMatrix(m.matrix) || !Number.isInteger(m.generation)) return;
      if (m.strings && typeof m.strings === 'object') { strings = m.strings; applyStrings(); }
      matrix = m.matrix;
      generation = m.generation;
      if (Array.isArray(m.sources)) state.sources = m.sources.filter(s => s && typeof s.uri === 'string' && Number.isInteger(s.index));
      render();
      persist();
      if (!restored) { restored = true; root.scrollTop = state.scrollTop; }
      const gen = generation;
      let sent = false;
      const send = () => { if (!sent) { sent = true; vscode.postMessage({ type: 'rendered', generation: gen, rows: matrix.rows.length }); } };
      requestAnimationFrame(() => setTimeout(send, 0));
      setTimeout(send, 1000);
    } else if (m.type === 'test' && window.govreportDom.testMode) {
      // test operations exist only when the extension runs its integration tests (ExtensionMode.Test)
      Promise.resolve(testOp(m)).then(result => vscode.postMessage({ type: 'testResult', id: m.id, result }));
    }
  });

  vscode.postMessage({ type: 'ready' });
}());
