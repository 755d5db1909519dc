// @ts-check — checked by tsconfig.media.json; typed in types/webview-globals.d.ts (GovreportDom).
// Helpers shared by the webview scripts, loaded before each of them: elements built with
// textContent only (report text is untrusted, never parsed as HTML), and localised UI strings.
(function () {
  'use strict';
  const SVG_NS = 'http://www.w3.org/2000/svg';
  window.govreportDom = Object.freeze({
    /** The extension runs its integration tests (ExtensionMode.Test): webview test operations are on. */
    testMode: document.body.dataset.test === '1',
    el(tag, cls, text) {
      const e = document.createElement(tag);
      if (cls) e.className = cls;
      if (text !== undefined && text !== null) e.textContent = String(text);
      return e;
    },
    svg(tag, attrs, text) {
      const e = document.createElementNS(SVG_NS, tag);
      for (const k of Object.keys(attrs || {})) e.setAttribute(k, String(attrs[k]));
      if (text !== undefined && text !== null) e.textContent = String(text);
      return e;
    },
    /** str(key) and fmt(key, …args) over the current strings object (`getStrings()`); {0}, {1} … are filled. */
    localizer(getStrings) {
      const str = key => { const s = getStrings(); return s && typeof s[key] === 'string' ? s[key] : ''; };
      const fmt = (key, ...args) => str(key).replace(/\{(\d+)\}/g, (m, n) => (Number(n) < args.length ? String(args[Number(n)]) : m));
      return { str, fmt };
    },
  });
})();
