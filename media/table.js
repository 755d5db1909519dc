// @ts-check — checked by tsconfig.media.json; messages typed in types/webview-protocol.d.ts (ToTable / FromTable); globals in types/webview-globals.d.ts.
// Indicator table webview. Plain browser JS, no libraries. Report text is untrusted: every string
// from the extension is rendered with textContent / createTextNode, never as HTML.
// Rows are virtualised (only the visible rows are in the DOM), so 2,000+ rows stay smooth.
(function () {
  'use strict';
  /** @type {VsCodeApi<import('../types/webview-protocol').FromTable>} */
  const vscode = acquireVsCodeApi();
  const ROW_H = 24;
  const OVERSCAN = 12;

  // UI strings come localised from the extension (src/features/webviewStrings.ts) with the data;
  // `str` names the key of each column's label.
  const COLUMNS = [
    { key: 'kind', str: 'colKind', num: false },
    { key: 'name', str: 'colIndicator', num: false },
    { key: 'value', str: 'colValue', num: true },
    { key: 'upper', str: 'colUpper', num: true },
    { key: 'unit', str: 'colUnit', num: false },
    { key: 'qualifier', str: 'colQualifier', num: false },
    { key: 'aim', str: 'colAim', num: true },
    { key: 'year', str: 'colYear', num: true },
    { key: 'dataYear', str: 'colDataYear', num: true },
    { key: 'place', str: 'colPlace', num: false },
    { key: 'section', str: 'colSection', num: false },
    { key: 'line', str: 'colLine', num: true },
    { key: 'vs', str: 'colVs', num: false },
  ];
  const KIND_STR = { target: 'kindTarget', actual: 'kindActual', other: 'kindOther' };
  const STATUS_STR = { met: 'statusMet', missed: 'statusMissed', 'not-comparable': 'statusNotComparable', exceeded: 'statusExceeded', 'within-ceiling': 'statusWithinCeiling' };

  const saved = vscode.getState() || {};
  /** Localised UI strings (kept in the state so a restored panel is labelled before data arrives). */
  let strings = saved.strings && typeof saved.strings === 'object' ? saved.strings : {};
  const { str, fmt } = window.govreportDom.localizer(() => strings);
  const state = {
    uri: typeof saved.uri === 'string' ? saved.uri : '',
    scope: saved.scope === 'target' ? 'target' : 'all',
    sortKey: COLUMNS.some(c => c.key === saved.sortKey) ? saved.sortKey : 'line',
    sortDir: saved.sortDir === -1 ? -1 : 1,
    text: typeof saved.text === 'string' ? saved.text : '',
    kind: ['all', 'target', 'actual', 'other'].includes(saved.kind) ? saved.kind : 'all',
    group: saved.group === true,
    scrollTop: typeof saved.scrollTop === 'number' && saved.scrollTop >= 0 ? saved.scrollTop : 0,
  };
  function persist() { vscode.setState(Object.assign({}, state, { strings })); }

  let rows = [];
  let items = []; // {group: string, count} | {row}
  let generation = 0;
  let highlighted = -1;
  let restoredScroll = false;
  let pendingRender = 0;

  const { el } = window.govreportDom;

  // ---- layout -------------------------------------------------------------------------------------
  const app = document.getElementById('app');
  const toolbar = el('div', 'toolbar');
  const filter = el('input', 'filter');
  filter.type = 'search';
  filter.value = state.text;
  const kindSel = el('select', 'kind');
  const kindOptions = {};
  for (const k of ['all', 'target', 'actual', 'other']) {
    const o = el('option', '');
    o.value = k;
    kindOptions[k] = o;
    kindSel.appendChild(o);
  }
  kindSel.value = state.kind;
  const groupLabel = el('label', 'group');
  const groupBox = el('input');
  groupBox.type = 'checkbox';
  groupBox.checked = state.group;
  const groupText = document.createTextNode('');
  groupLabel.appendChild(groupBox);
  groupLabel.appendChild(groupText);
  const count = el('span', 'count');
  const fileLabel = el('span', 'file');
  toolbar.append(filter, kindSel, groupLabel, count, fileLabel);

  const notice = el('div', 'notice');
  notice.hidden = true;
  notice.setAttribute('role', 'status');

  const viewport = el('div', 'viewport');
  viewport.tabIndex = 0;
  const head = el('div', 'row head');
  head.setAttribute('role', 'row');
  const headCells = {};
  for (const c of COLUMNS) {
    const b = el('button', 'cell c-' + c.key);
    b.type = 'button';
    b.addEventListener('click', () => {
      if (state.sortKey === c.key) state.sortDir = -state.sortDir;
      else { state.sortKey = c.key; state.sortDir = 1; }
      persist();
      rebuild();
    });
    headCells[c.key] = b;
    head.appendChild(b);
  }
  const spacer = el('div', 'spacer');
  const body = el('div', 'body');
  spacer.appendChild(body);
  viewport.append(head, spacer);
  const empty = el('div', 'empty');
  // the detail pane: the selected row's whole sentence, wrapped (the cells are one line each)
  const detail = el('div', 'detail');
  detail.setAttribute('role', 'region');
  detail.setAttribute('aria-live', 'polite');
  const detailHead = el('div', 'detail-head');
  const detailSentence = el('div', 'detail-sentence');
  const detailMeta = el('div', 'detail-meta');
  detail.append(detailHead, detailSentence, detailMeta);
  app.append(toolbar, notice, viewport, empty, detail);

  /** (Re)labels the static UI from `strings`. */
  function applyStrings() {
    filter.placeholder = str('filterPlaceholder');
    filter.setAttribute('aria-label', str('filterLabel'));
    kindSel.setAttribute('aria-label', str('colKind'));
    kindOptions.all.textContent = str('allKinds');
    for (const k of ['target', 'actual', 'other']) kindOptions[k].textContent = str(KIND_STR[k]);
    groupText.textContent = ' ' + str('groupBySection');
    for (const c of COLUMNS) headCells[c.key].title = fmt('sortBy', str(c.str));
    if (!rows.length) empty.textContent = generation ? str('noIndicators') : str('waiting');
    showDetail();
  }
  applyStrings();

  /** Fills the detail pane from the highlighted row (or the hint when none is). */
  function showDetail() {
    const r = rows.find(x => x.i === highlighted);
    detail.classList.toggle('none', !r);
    if (!r) {
      detailHead.textContent = rows.length ? str('detailHint') : '';
      detailSentence.textContent = '';
      detailMeta.textContent = '';
      return;
    }
    const head = [cellText(r, 'kind'), r.name];
    const value = r.qualitative && r.value === null ? '' : [cellText(r, 'value'), r.upper === null ? '' : '–' + cellText(r, 'upper'), cellText(r, 'unit'), r.qualifier].join('');
    if (value) head.push(value);
    if (r.vs) head.push(cellText(r, 'vs') + (r.vs.reason ? ' — ' + r.vs.reason : ''));
    detailHead.textContent = head.filter(Boolean).join(' · ');
    detailSentence.textContent = r.qualitative && r.value === null ? fmt('detailQualitative', r.sentence || r.text) : (r.sentence || r.text);
    detailMeta.textContent = fmt('detailLine', [r.place, r.year === null ? '' : String(r.year), r.section].filter(Boolean).join(' · '), r.line);
  }

  // ---- data → items -------------------------------------------------------------------------------
  function sortValue(r, key) {
    switch (key) {
      case 'name': return r.name + ' ' + (r.canonicalLabel || '');
      case 'aim': return r.aim ? 1 : 0;
      case 'vs': return r.vs ? r.vs.outcome || r.vs.status : null;
      case 'value': return typeof r.signedValue === 'number' ? r.signedValue : r.value;
      case 'upper': return typeof r.signedUpper === 'number' ? r.signedUpper : r.upper;
      case 'dataYear': return r.dataYear ? parseInt(r.dataYear, 10) : null;
      default: return r[key];
    }
  }
  const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });
  function compare(a, b) {
    const col = COLUMNS.find(c => c.key === state.sortKey);
    const x = sortValue(a, state.sortKey);
    const y = sortValue(b, state.sortKey);
    const xn = x === null || x === undefined || x === '';
    const yn = y === null || y === undefined || y === '';
    if (xn || yn) return xn && yn ? a.i - b.i : xn ? 1 : -1; // empty values last, in both directions
    let d;
    if (col && col.num) d = Number(x) - Number(y);
    else d = collator.compare(String(x), String(y));
    return (d || a.i - b.i) * (d ? state.sortDir : 1);
  }
  function matches(r, q) {
    if (state.kind !== 'all' && r.kind !== state.kind) return false;
    if (!q) return true;
    const hay = [r.name, r.canonical, r.canonicalLabel, r.section, r.place, r.unit, r.qualifier, r.verb, r.text, r.report,
      r.value === null ? '' : String(r.value)].join('\u0001').toLowerCase();
    return hay.includes(q);
  }
  function rebuild() {
    const q = state.text.trim().toLowerCase();
    const list = rows.filter(r => matches(r, q)).sort(compare);
    items = [];
    if (state.group) {
      const groups = new Map();
      for (const r of list) {
        const g = r.section || str('noSection');
        if (!groups.has(g)) groups.set(g, []);
        groups.get(g).push(r);
      }
      for (const [g, rs] of groups) {
        items.push({ group: g, count: rs.length });
        for (const r of rs) items.push({ row: r });
      }
    } else {
      for (const r of list) items.push({ row: r });
    }
    for (const c of COLUMNS) {
      const b = headCells[c.key];
      b.classList.toggle('sorted', state.sortKey === c.key);
      b.setAttribute('aria-sort', state.sortKey === c.key ? (state.sortDir === 1 ? 'ascending' : 'descending') : 'none');
      b.textContent = str(c.str) + (state.sortKey === c.key ? (state.sortDir === 1 ? ' ▲' : ' ▼') : '');
    }
    count.textContent = list.length === rows.length ? fmt('rows', rows.length) : fmt('rowsOf', list.length, rows.length);
    empty.hidden = rows.length > 0;
    if (rows.length === 0) empty.textContent = str('noIndicators');
    spacer.style.height = (items.length * ROW_H) + 'px';
    draw();
    return list.length;
  }

  // ---- drawing (virtualised) ------------------------------------------------------------------------
  function cellText(r, key) {
    switch (key) {
      case 'kind': return (KIND_STR[r.kind] && str(KIND_STR[r.kind])) || r.kind;
      // signed: a decline is negative (下降8.8% → -8.8); rows without signedValue (older data) show value
      case 'value': return r.value === null ? (r.qualitative ? str('qualitative') : '') : String(typeof r.signedValue === 'number' ? r.signedValue : r.value);
      case 'upper': return r.upper === null ? '' : String(typeof r.signedUpper === 'number' ? r.signedUpper : r.upper);
      case 'dataYear': return r.dataYear || '';
      case 'aim': return r.aim ? str('aim') : '';
      case 'year': return r.year === null ? '' : String(r.year);
      case 'place': return r.place || '';
      case 'line': return String(r.line);
      case 'vs': {
        if (!r.vs) return '';
        const o = r.vs.outcome || r.vs.status; // verdict by the target's bound (exceeded, within ceiling …)
        return fmt('vsTarget', (STATUS_STR[o] && str(STATUS_STR[o])) || o, r.vs.target);
      }
      case 'unit': return r.relative ? fmt('unitRelative', r.unit, r.relative) : r.unit;
      default: return r[key] === null || r[key] === undefined ? '' : String(r[key]);
    }
  }
  function rowElement(r) {
    const e = el('div', 'row data kind-' + r.kind);
    e.setAttribute('role', 'row');
    e.dataset.index = String(r.i);
    e.tabIndex = -1;
    for (const c of COLUMNS) {
      const cell = el('div', 'cell c-' + c.key);
      if (c.key === 'name') {
        cell.appendChild(el('span', 'name', r.name));
        if (r.canonical) cell.appendChild(el('span', 'canonical', r.canonicalLabel || r.canonical));
        cell.title = r.text;
      } else {
        cell.textContent = cellText(r, c.key);
        if (c.key === 'vs' && r.vs) { cell.classList.add('status-' + r.vs.status); cell.title = r.vs.reason; }
        if (c.key === 'section') cell.title = r.section;
      }
      e.appendChild(cell);
    }
    if (r.i === highlighted) e.classList.add('current');
    return e;
  }
  function draw() {
    const top = viewport.scrollTop;
    const h = viewport.clientHeight || window.innerHeight;
    const first = Math.max(0, Math.floor(top / ROW_H) - OVERSCAN);
    const last = Math.min(items.length, Math.ceil((top + h) / ROW_H) + OVERSCAN);
    const frag = document.createDocumentFragment();
    for (let k = first; k < last; k++) {
      const it = items[k];
      if (it.row) frag.appendChild(rowElement(it.row));
      else {
        const g = el('div', 'row grouphead');
        g.appendChild(el('span', 'gname', it.group));
        g.appendChild(el('span', 'gcount', ' (' + it.count + ')'));
        frag.appendChild(g);
      }
    }
    body.style.transform = 'translateY(' + (first * ROW_H) + 'px)';
    body.replaceChildren(frag);
  }
  let scrollQueued = false;
  viewport.addEventListener('scroll', () => {
    if (scrollQueued) return;
    scrollQueued = true;
    requestAnimationFrame(() => {
      scrollQueued = false;
      draw();
      state.scrollTop = viewport.scrollTop;
      persist();
    });
  });
  window.addEventListener('resize', () => draw());

  function scrollToIndex(i) {
    const k = items.findIndex(it => it.row && it.row.i === i);
    if (k < 0) return false;
    const y = k * ROW_H;
    const headH = head.offsetHeight || ROW_H;
    if (y < viewport.scrollTop + headH || y + ROW_H > viewport.scrollTop + viewport.clientHeight) {
      viewport.scrollTop = Math.max(0, y - viewport.clientHeight / 2);
    }
    draw();
    return true;
  }
  function setHighlight(i) {
    highlighted = i;
    showDetail();
    for (const e of body.querySelectorAll('.row.current')) e.classList.remove('current');
    if (i >= 0) {
      scrollToIndex(i);
      const e = body.querySelector('.row.data[data-index="' + i + '"]');
      if (e) e.classList.add('current');
    }
  }

  // ---- events -------------------------------------------------------------------------------------
  body.addEventListener('click', ev => {
    const rowEl = ev.target instanceof Element ? /** @type {HTMLElement | null} */ (ev.target.closest('.row.data')) : null;
    if (!rowEl) return;
    const i = Number(rowEl.dataset.index);
    if (!Number.isInteger(i)) return;
    setHighlight(i);
    vscode.postMessage({ type: 'reveal', index: i });
  });
  viewport.addEventListener('keydown', ev => {
    if (ev.key !== 'Enter' && ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp') return;
    const k = items.findIndex(it => it.row && it.row.i === highlighted);
    if (ev.key === 'Enter') {
      if (highlighted >= 0) vscode.postMessage({ type: 'reveal', index: highlighted });
      return;
    }
    ev.preventDefault();
    let n = k + (ev.key === 'ArrowDown' ? 1 : -1);
    while (n >= 0 && n < items.length && !items[n].row) n += ev.key === 'ArrowDown' ? 1 : -1;
    if (n >= 0 && n < items.length) setHighlight(items[n].row.i);
  });
  let filterTimer;
  filter.addEventListener('input', () => {
    clearTimeout(filterTimer);
    filterTimer = setTimeout(() => { state.text = filter.value; persist(); viewport.scrollTop = 0; rebuild(); }, 120);
  });
  kindSel.addEventListener('change', () => { state.kind = kindSel.value; persist(); rebuild(); });
  groupBox.addEventListener('change', () => { state.group = groupBox.checked; persist(); rebuild(); });

  function isRow(r) {
    return r && typeof r === 'object' && Number.isInteger(r.i) && typeof r.kind === 'string' && typeof r.name === 'string'
      && typeof r.line === 'number' && (r.sentence === undefined || typeof r.sentence === 'string');
  }

  function testOp(m) {
    switch (m.op) {
      case 'dumpText': {
        const scripts = Array.from(document.querySelectorAll('script'));
        return {
          text: document.body.innerText,
          scripts: scripts.length,
          // elements created from data would sit inside #app (VS Code injects one inline script of its own in <head>)
          foreignScripts: app.querySelectorAll('script').length, appElements: app.querySelectorAll('script, img, iframe, object, embed, a, link, style').length,
          scriptSrcs: scripts.map(s => s.src || '(inline)'),
          imgs: app.querySelectorAll('img').length, allImgs: document.querySelectorAll('img').length,
          iframes: document.querySelectorAll('iframe').length,
          links: document.querySelectorAll('a').length,
          rows: rows.length,
          items: items.length,
          domRows: body.querySelectorAll('.row.data').length,
          highlighted,
        };
      }
      case 'click': {
        const i = Number(m.index);
        if (!scrollToIndex(i)) return { clicked: false };
        const e = body.querySelector('.row.data[data-index="' + i + '"] .c-name');
        if (!e) return { clicked: false };
        e.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        return { clicked: true };
      }
      case 'state': return Object.assign({}, state, { rows: rows.length, items: items.length, highlighted });
      case 'layout': {
        // header labels that do not fit their column (cut with an ellipsis), and the detail pane's text
        const clipped = COLUMNS.filter(c => headCells[c.key].scrollWidth > headCells[c.key].clientWidth + 1).map(c => c.key);
        // value cells (numbers, "(qualitative)") cut in the rows on screen
        const valuesClipped = Array.from(body.querySelectorAll('.row.data .c-value')).filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent);
        return { clipped, valuesClipped, width: document.documentElement.clientWidth, detail: detail.innerText, detailHeight: detail.offsetHeight };
      }
      case 'setFilter':
        if (typeof m.text === 'string') { state.text = m.text; filter.value = m.text; }
        if (typeof m.kind === 'string' && ['all', 'target', 'actual', 'other'].includes(m.kind)) { state.kind = m.kind; kindSel.value = m.kind; }
        if (typeof m.group === 'boolean') { state.group = m.group; groupBox.checked = m.group; }
        if (typeof m.sortKey === 'string' && COLUMNS.some(c => c.key === m.sortKey)) { state.sortKey = m.sortKey; state.sortDir = m.sortDir === -1 ? -1 : 1; }
        persist();
        return { shown: rebuild(), first: items.filter(it => it.row).slice(0, 5).map(it => it.row.i) };
      default: return { error: 'unknown op' };
    }
  }

  window.addEventListener('message', ev => {
    const m = /** @type {import('../types/webview-protocol').ToTable} */ (ev.data);
    if (!m || typeof m !== 'object' || typeof m.type !== 'string') return;
    switch (m.type) {
      case 'data': {
        if (!Array.isArray(m.rows) || !Number.isInteger(m.generation)) return;
        if (m.strings && typeof m.strings === 'object') strings = m.strings;
        const fresh = typeof m.uri === 'string' && m.uri !== state.uri;
        const scopeChanged = (m.scope === 'target' ? 'target' : 'all') !== state.scope;
        rows = m.rows.filter(isRow);
        generation = m.generation;
        if (fresh && state.uri) { state.scrollTop = 0; }
        state.uri = typeof m.uri === 'string' ? m.uri : '';
        state.scope = m.scope === 'target' ? 'target' : 'all';
        if ((fresh || scopeChanged) && rows.length && !rows.some(r => state.kind === 'all' || r.kind === state.kind)) state.kind = 'all';
        if (scopeChanged && state.scope === 'target') state.kind = 'all';
        kindSel.value = state.kind;
        applyStrings();
        fileLabel.textContent = typeof m.file === 'string' ? m.file : '';
        document.body.classList.toggle('scope-target', state.scope === 'target');
        showClosed(m.closed === true);
        persist();
        const shown = rebuild();
        if (!restoredScroll) {
          restoredScroll = true;
          viewport.scrollTop = state.scrollTop;
          draw();
        }
        // report once the browser has painted the rows
        const gen = generation;
        pendingRender++;
        const ticket = pendingRender;
        let sent = false;
        const send = () => {
          if (sent || ticket !== pendingRender) return;
          sent = true;
          vscode.postMessage({ type: 'rendered', generation: gen, rows: shown, total: rows.length });
        };
        requestAnimationFrame(() => setTimeout(send, 0));
        setTimeout(send, 1000); // hidden panels get no animation frames
        break;
      }
      case 'highlight':
        if (Number.isInteger(m.index) && m.index >= -1 && m.index < rows.length) setHighlight(m.index);
        break;
      case 'closed':
        showClosed(m.closed === true);
        break;
      case 'test':
        // test operations exist only when the extension runs its integration tests (ExtensionMode.Test)
        if (!window.govreportDom.testMode) break;
        vscode.postMessage({ type: 'testResult', id: m.id, result: testOp(m) });
        break;
      default:
        break;
    }
  });

  function showClosed(closed) {
    notice.hidden = !closed;
    notice.textContent = closed ? str('closed') : '';
    document.body.classList.toggle('doc-closed', closed);
  }

  vscode.postMessage({ type: 'ready' });
}());
