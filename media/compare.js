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
    seriesKey: typeof saved.seriesKey === 'string' ? saved.seriesKey : 'gdp',
    includeLowConfidence: saved.includeLowConfidence === true,
  };
  // UI strings come localised from the extension (src/features/webviewStrings.ts) with the data,
  // and are kept in the state so a restored view is labelled before data arrives.
  let strings = saved.strings && typeof saved.strings === 'object' ? saved.strings : {};
  const { str, fmt } = window.govreportDom.localizer(() => strings);
  function persist() { vscode.setState(Object.assign({}, state, { strings })); }

  let matrix = null;
  /** One place over the years: the series per indicator (compare/compute.ts SeriesView[]), else null. */
  let series = null;
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
  // low-confidence toggle
  const lowBox = el('label', 'lowconf');
  const lowCheck = /** @type {HTMLInputElement} */ (el('input', ''));
  lowCheck.type = 'checkbox';
  lowCheck.checked = state.includeLowConfidence;
  const lowText = el('span', '');
  lowBox.append(lowCheck, lowText);
  // one place over the years: a chart and a table per indicator
  const seriesSection = el('section', 'series');
  const seriesHead = el('h2', '');
  const seriesNote = el('div', 'note');
  const seriesBar = el('div', 'chartbar');
  const seriesSel = el('select', 'keysel');
  const seriesLabel = el('span', '');
  seriesBar.append(seriesLabel, seriesSel);
  const seriesSummary = el('div', 'series-summary');
  const seriesChart = el('div', 'chart');
  const seriesTable = el('div', 'series-table');
  const seriesAll = el('ul', 'series-all');
  seriesSection.append(seriesHead, seriesNote, seriesBar, seriesSummary, seriesChart, seriesTable, seriesAll);
  seriesSection.hidden = true;
  root.append(heading, summary, lowBox, seriesSection, chartBar, chartBox, chartNote, matrixHead, matrixBox, pairsHead, pairsBox);
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
    lowText.textContent = str('includeLowConfidence');
    seriesHead.textContent = str('seriesHeading');
    seriesNote.textContent = str('seriesNote');
    seriesLabel.textContent = str('indicatorColon');
    seriesSel.setAttribute('aria-label', str('indicator'));
  }
  applyStrings();

  const MARK = { '左右': '≈', '上下': '≈', '以上': '≥', '以内': '≤', '以下': '≤' };
  const STATUS = { met: '✓', missed: '✗', 'not-comparable': '–' };
  const STATUS_STR = { met: 'met', missed: 'missed', 'not-comparable': 'notComparable' };
  // verdicts by the target's bound (core compare.ts Outcome)
  const OUTCOME = { met: '✓', exceeded: '▲', 'within-ceiling': '✓≤', missed: '✗', 'not-comparable': '–' };
  const OUTCOME_STR = { met: 'met', exceeded: 'exceeded', 'within-ceiling': 'withinCeiling', missed: 'missed', 'not-comparable': 'notComparable' };
  const BOUND_STR = { floor: 'boundFloor', ceiling: 'boundCeiling', point: 'boundPoint', range: 'boundRange' };
  function outcomeText(o) { return o ? OUTCOME[o] + ' ' + ((OUTCOME_STR[o] && str(OUTCOME_STR[o])) || o) : ''; }

  function cssVar(name, fallback) {
    const v = getComputedStyle(document.body).getPropertyValue(name).trim();
    return v || fallback;
  }
  function num(v) { return Math.round(v * 1000) / 1000; }
  /** The signed value(s) of a matrix/series value: a decline is negative (older data without signedValue: value). */
  function signed(c) {
    const lo = typeof c.signedValue === 'number' ? c.signedValue : c.value;
    const hi = typeof c.signedUpper === 'number' ? c.signedUpper : c.upper;
    return { lo, hi: hi === null || hi === undefined ? null : hi };
  }
  function signedNumber(c) {
    const s = signed(c);
    return s.hi !== null ? num(s.lo) + '–' + num(s.hi) : String(num(s.lo));
  }
  function valueLabel(c) {
    if (!c || c.value === null) return '';
    return (MARK[c.qualifier] || '') + signedNumber(c);
  }
  /** A value as shown in a cell: signed, with unit and qualifier ("-8.8%", "7%左右"); qualitative text as the core wrote it. */
  function signedDisplay(c) {
    if (!c) return '';
    if (c.value === null) return c.display || '';
    return signedNumber(c) + (c.unit || '') + (c.qualifier || '') + (c.relative ? ' (vs ' + c.relative + ')' : '');
  }
  /** "…(2022)": the year the figure refers to, when known. */
  function withYear(text, c) {
    return c && c.dataYear ? fmt('dataYear', text, c.dataYear) : text;
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
      neg: cssVar('--vscode-charts-red', '#f14c4c'),
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
    for (const g of groups) for (const v of g.cell ? [g.cell.target, g.cell.actual] : []) if (plotted(v)) { const sv = signed(v); values.push(sv.hi !== null ? sv.hi : sv.lo, sv.lo); }
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
        const sv = signed(v);
        const hiV = sv.hi !== null ? sv.hi : sv.lo;
        const y1 = y(Math.max(0, hiV));
        const y2 = y(Math.min(0, sv.lo));
        const neg = hiV < 0;
        const bar = svg('rect', { x: bx, y: Math.min(y1, y2), width: 24, height: Math.max(1, Math.abs(y2 - y1)), fill: neg ? colors.neg : colors[kind],
          class: 'bar bar-' + kind + (neg ? ' bar-neg' : '') });
        bar.appendChild(svg('title', {}, fmt(kind === 't' ? 'barTarget' : 'barActual', withYear(signedDisplay(v), v), g.row.label)));
        s.appendChild(bar);
        bars++;
        s.appendChild(svg('text', { x: bx + 12, y: neg ? Math.max(y1, y2) + 12 : Math.min(y1, y2) - 4, fill: colors.fg, 'text-anchor': 'middle', class: 'vlabel' }, valueLabel(v)));
      });
      const label = g.row.label.length > 9 ? g.row.label.slice(0, 8) + '…' : g.row.label;
      s.appendChild(svg('text', { x: x0 + 27, y: top + plotH + 18, fill: colors.fg, 'text-anchor': 'middle', class: 'glabel' }, label));
      if (c && c.actualStatus) s.appendChild(svg('text', { x: x0 + 27, y: top + plotH + 34, fill: colors.muted, 'text-anchor': 'middle' }, fmt('statusVs', c.actualOutcome ? OUTCOME[c.actualOutcome] : STATUS[c.actualStatus], c.actualVs || '')));
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


  // ---- one place over the years ---------------------------------------------------------------------
  function isSeries(x) {
    return x && typeof x === 'object' && typeof x.key === 'string' && Array.isArray(x.points) && x.summary && typeof x.summary === 'object';
  }
  function currentSeries() {
    if (!series || !series.length) return null;
    return series.find(x => x.key === state.seriesKey) || series.find(x => x.key === 'gdp') || series[0];
  }
  /** The value plotted for a series side: the signed value (the upper end of a ceiling target). */
  function plotValue(v) {
    if (!v || v.value === null) return null;
    const sv = signed(v);
    return v.bound === 'ceiling' && sv.hi !== null ? sv.hi : sv.lo;
  }
  /** A line chart (years × signed values) of one indicator's targets and actuals, as an <svg> element. */
  function buildSeriesChart(sr) {
    const colors = {
      fg: cssVar('--vscode-foreground', '#333'), muted: cssVar('--vscode-descriptionForeground', '#777'),
      axis: cssVar('--vscode-charts-lines', '#888'), t: cssVar('--vscode-charts-blue', '#3794ff'),
      a: cssVar('--vscode-charts-green', '#89d185'), miss: cssVar('--vscode-charts-red', '#f14c4c'),
      over: cssVar('--vscode-charts-purple', '#b180d7'), bg: cssVar('--vscode-editor-background', '#fff'),
      font: cssVar('--vscode-font-family', 'sans-serif'),
    };
    const pts = sr.points.filter(p => p.target || p.actual);
    // the unit of most targets; values in other units are not plotted
    const units = new Map();
    for (const p of pts) for (const v of [p.target, p.actual]) if (v && v.value !== null) units.set(v.unit, (units.get(v.unit) || 0) + (v === p.target ? 2 : 1));
    const top1 = [...units.entries()].sort((x, y) => y[1] - x[1])[0];
    const unit = top1 ? top1[0] : '';
    const val = v => (v && v.unit === unit ? plotValue(v) : null);
    const values = [0];
    for (const p of pts) for (const v of [p.target, p.actual]) { const x = val(v); if (x !== null) values.push(x); }
    const rawMax = Math.max(...values);
    const rawMin = Math.min(...values);
    const rough = ((rawMax - rawMin) || 1) / 4;
    const mag = Math.pow(10, Math.floor(Math.log10(rough)));
    const step = [1, 2, 5, 10].map(f => f * mag).find(x => x >= rough) || 10 * mag;
    const max = Math.ceil(rawMax / step) * step || step;
    const min = Math.floor(rawMin / step) * step;
    const years = pts.map(p => p.year);
    const y0 = years.length ? Math.min(...years) : 0;
    const y1 = years.length ? Math.max(...years) : 0;
    const gx = 46;
    const left = 52;
    const top = 36;
    const plotH = 220;
    const width = Math.max(480, left + (y1 - y0 + 1) * gx + 20);
    const height = top + plotH + 56;
    const span = (max - min) || 1;
    const y = v => top + plotH - ((v - min) / span) * plotH;
    const x = yr => left + (yr - y0) * gx + gx / 2;
    const s = svg('svg', { width, height, viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'font-family': colors.font, 'font-size': 12, class: 'series-svg' });
    s.appendChild(svg('rect', { x: 0, y: 0, width, height, fill: colors.bg }));
    const title = (sr.place ? sr.place + ' · ' : '') + sr.label + ' · ' + sr.en + (unit ? ' (' + unit + ')' : '');
    s.appendChild(svg('title', {}, title));
    s.appendChild(svg('text', { x: left, y: 18, fill: colors.fg, 'font-weight': 'bold' }, title));
    s.appendChild(svg('line', { x1: width - 250, x2: width - 232, y1: 13, y2: 13, stroke: colors.t, 'stroke-width': 2, 'stroke-dasharray': '5 3' }));
    s.appendChild(svg('text', { x: width - 228, y: 17, fill: colors.fg }, str('legendTarget')));
    s.appendChild(svg('line', { x1: width - 160, x2: width - 142, y1: 13, y2: 13, stroke: colors.a, 'stroke-width': 2 }));
    s.appendChild(svg('text', { x: width - 138, y: 17, fill: colors.fg }, str('legendActualSeries')));
    const ticks = Math.round(span / step);
    for (let k = 0; k <= ticks; k++) {
      const v = min + step * k;
      s.appendChild(svg('line', { x1: left, x2: width - 10, y1: y(v), y2: y(v), stroke: colors.axis, 'stroke-opacity': Math.abs(v) < 1e-9 ? 0.9 : 0.25 }));
      s.appendChild(svg('text', { x: left - 6, y: y(v) + 4, fill: colors.muted, 'text-anchor': 'end' }, String(num(v))));
    }
    for (let yr = y0; yr <= y1 && years.length; yr++) {
      s.appendChild(svg('text', { x: x(yr), y: top + plotH + 18, fill: colors.fg, 'text-anchor': 'middle', class: 'xlabel' }, String(yr)));
    }
    // lines: consecutive years with a value are joined
    const line = (side, color, dash) => {
      let d = '';
      let prev = null;
      for (const p of pts) {
        const v = val(p[side]);
        if (v === null) { prev = null; continue; }
        d += (prev !== null && p.year === prev + 1 ? ' L' : ' M') + x(p.year) + ' ' + y(v);
        prev = p.year;
      }
      if (d) s.appendChild(svg('path', Object.assign({ d: d.trim(), fill: 'none', stroke: color, 'stroke-width': 2, class: 'line-' + side }, dash ? { 'stroke-dasharray': dash } : {})));
    };
    line('target', colors.t, '5 3');
    line('actual', colors.a, '');
    let negative = 0;
    for (const p of pts) {
      const t = p.target;
      if (t && t.unit === unit && t.value !== null) {
        const sv = signed(t);
        if (sv.hi !== null) s.appendChild(svg('line', { x1: x(p.year), x2: x(p.year), y1: y(sv.lo), y2: y(sv.hi), stroke: colors.t, 'stroke-width': 5, 'stroke-opacity': 0.5 }));
        const m = svg('rect', { x: x(p.year) - 4, y: y(plotValue(t)) - 4, width: 8, height: 8, fill: colors.t, class: 'pt-target' });
        m.appendChild(svg('title', {}, fmt('barTarget', withYear(signedDisplay(t), t), String(p.year))));
        s.appendChild(m);
      }
      const a = p.actual;
      const av = val(a);
      if (a && av !== null) {
        if (av < 0) negative++;
        const fill = p.outcome === 'missed' ? colors.miss : p.outcome === 'exceeded' ? colors.over : colors.a;
        const c = svg('circle', { cx: x(p.year), cy: y(av), r: 5, fill, class: 'pt-actual' + (av < 0 ? ' neg' : '') + (p.outcome ? ' o-' + p.outcome : '') });
        c.appendChild(svg('title', {}, fmt('barActual', withYear(signedDisplay(a), a), String(p.year)) + (p.outcome ? ' — ' + outcomeText(p.outcome) : '')));
        s.appendChild(c);
        s.appendChild(svg('text', { x: x(p.year), y: av < 0 ? y(av) + 16 : y(av) - 8, fill: colors.fg, 'text-anchor': 'middle', class: 'avlabel' }, String(num(av))));
      }
      if (p.outcome && p.outcome !== 'not-comparable') s.appendChild(svg('text', { x: x(p.year), y: top + plotH + 34, fill: p.outcome === 'missed' ? colors.miss : colors.muted, 'text-anchor': 'middle', class: 'olabel' }, OUTCOME[p.outcome]));
    }
    return { svg: s, unit, negative };
  }

  function drawSeries() {
    if (!series) { seriesSection.hidden = true; return null; }
    seriesSection.hidden = false;
    const sr = currentSeries();
    if (!sr) { seriesSummary.textContent = str('seriesNone'); seriesChart.replaceChildren(); seriesTable.replaceChildren(); return null; }
    state.seriesKey = sr.key;
    seriesSummary.textContent = sr.summaryText || '';
    const built = buildSeriesChart(sr);
    seriesChart.replaceChildren(built.svg);
    const table = el('table', 'series-points');
    const thead = el('thead');
    const hr = el('tr');
    for (const h of ['seriesYear', 'seriesTarget', 'seriesActual', 'seriesBound', 'seriesOutcome', 'seriesGap']) hr.appendChild(el('th', '', str(h)));
    thead.appendChild(hr);
    table.appendChild(thead);
    const tbody = el('tbody');
    for (const p of sr.points) {
      const tr = el('tr', p.outcome ? 'o-' + p.outcome : '');
      tr.dataset.year = String(p.year);
      const tText = p.target ? withYear(signedDisplay(p.target), p.target) : '';
      const cells = [
        String(p.year),
        p.targetFrom === 'review' && tText ? fmt('fromReview', tText) : tText,
        p.actual ? withYear(signedDisplay(p.actual), p.actual) : '',
        p.bound ? str(BOUND_STR[p.bound] || '') || p.bound : '',
        outcomeText(p.outcome),
        p.gap === null || p.gap === undefined ? '' : (p.gap > 0 ? '+' : p.gap < 0 ? '−' : '') + num(Math.abs(p.gap)),
      ];
      cells.forEach((t, k) => {
        const td = el('td', '', t);
        const v = k === 1 ? p.target : k === 2 ? p.actual : null;
        if (v) td.title = fmt('atLine', v.text, v.line) + ' — ' + v.file;
        if (k === 2 && p.actual && signed(p.actual).lo < 0) td.classList.add('neg');
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    }
    table.appendChild(tbody);
    seriesTable.replaceChildren(table);
    // one summary line per indicator
    seriesAll.replaceChildren(...series.filter(x => x.summary.judged > 0).map(x => el('li', x.key === sr.key ? 'sel' : '', x.summaryText)));
    return built;
  }
  seriesSel.addEventListener('change', () => { state.seriesKey = seriesSel.value; persist(); drawSeries(); });
  lowCheck.addEventListener('change', () => {
    state.includeLowConfidence = lowCheck.checked;
    persist();
    vscode.postMessage({ type: 'lowConfidence', include: lowCheck.checked });
  });

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
          const d = el('div', 't' + (cell.targetOutcome ? ' o-' + cell.targetOutcome : ''), withYear(fmt('cellTarget', signedDisplay(cell.target)), cell.target)
            + (cell.targetOutcome ? ' ' + OUTCOME[cell.targetOutcome] : ''));
          d.title = fmt('atLine', cell.target.text, cell.target.line) + (cell.targetOutcome ? ' — ' + outcomeText(cell.targetOutcome) : '');
          td.appendChild(d);
        }
        if (cell && cell.actual) {
          const o = cell.actualOutcome || null;
          const d = el('div', 'a' + (o ? ' o-' + o : '') + (signed(cell.actual).lo < 0 ? ' neg' : ''), withYear(fmt('cellActual', signedDisplay(cell.actual)), cell.actual)
            + (o ? ' ' + OUTCOME[o] : cell.actualStatus ? ' ' + STATUS[cell.actualStatus] : ''));
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
      const verdict = p.outcome ? outcomeText(p.outcome) : STATUS[p.status] + ' ' + ((STATUS_STR[p.status] && str(STATUS_STR[p.status])) || p.status);
      for (const t of [col ? col.label : (p.key || ''), p.mode === 'review' ? fmt('review', p.targetLabel) : p.targetLabel, withYear(signedDisplay(p.target), p.target),
        p.actualLabel, withYear(signedDisplay(p.actual), p.actual), verdict, p.reason]) tr.appendChild(el('td', '', t));
      if (p.outcome) tr.classList.add('o-' + p.outcome);
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
    if (series) {
      const sopts = series.map(x => { const o = el('option', '', x.label + ' (' + x.key + ')'); o.value = x.key; return o; });
      seriesSel.replaceChildren(...sopts);
      const cur = currentSeries();
      if (cur) seriesSel.value = cur.key;
    }
    drawSeries();
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
        const out = { key: state.key, bars: built.bars, targetBars: chartBox.querySelectorAll('rect.bar-t').length, negativeBars: chartBox.querySelectorAll('rect.bar-neg').length,
          labels, values, unit: built.unit, matrixText: matrixBox.innerText };
        if (m.format === 'svg') return Object.assign(out, { data: serializeChart() });
        if (m.format === 'png') return chartPng().then(data => Object.assign(out, { data }), e => Object.assign(out, { error: String(e) }));
        return out;
      }
      case 'series': {
        if (typeof m.key === 'string' && series && series.some(x => x.key === m.key)) { state.seriesKey = m.key; seriesSel.value = m.key; persist(); }
        const built = drawSeries();
        const sr = currentSeries();
        if (!built || !sr) return { series: false, keys: series ? series.map(x => x.key) : [] };
        const rows = Array.from(seriesTable.querySelectorAll('tbody tr')).map(tr => Array.from(tr.children).map(td => td.textContent));
        return {
          series: true, key: sr.key, keys: series.map(x => x.key), summary: seriesSummary.textContent, hidden: seriesSection.hidden,
          xlabels: Array.from(seriesChart.querySelectorAll('text.xlabel')).map(t => t.textContent),
          actualLabels: Array.from(seriesChart.querySelectorAll('text.avlabel')).map(t => t.textContent),
          negativePoints: seriesChart.querySelectorAll('circle.pt-actual.neg').length, targets: seriesChart.querySelectorAll('rect.pt-target').length,
          rows, unit: built.unit,
        };
      }
      case 'lowConfidence': return { checked: lowCheck.checked };
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
      series = Array.isArray(m.series) ? m.series.filter(isSeries) : null;
      if (typeof m.includeLowConfidence === 'boolean') { state.includeLowConfidence = m.includeLowConfidence; lowCheck.checked = m.includeLowConfidence; }
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
