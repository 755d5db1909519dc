/**
 * Pure helpers for putting untrusted report text into VS Code UI strings and for checking what a
 * webview sends back. No `vscode`, no Node.
 */

/** Escapes codicon syntax: "$(rocket)" in report text must stay text in status bar / CodeLens titles. */
export function escapeIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

/** Collapses whitespace and cuts to `max` characters (status bar, titles). */
export function shortLabel(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** HTML text escaping (for the few fixed strings in the webview shell; data never goes into HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c] as string));
}

export const MAX_SVG_CHARS = 5_000_000;
export const MAX_PNG_CHARS = 30_000_000;

export type ChartExport = { format: 'svg'; text: string } | { format: 'png'; bytes: Uint8Array };

function base64ToBytes(b64: string): Uint8Array {
  const table = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const clean = b64.endsWith('=') ? b64.slice(0, b64.endsWith('==') ? -2 : -1) : b64;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = table.indexOf(clean[i]);
    if (v < 0) throw new Error('bad base64');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) { bits -= 8; out[o++] = (acc >> bits) & 0xff; }
  }
  return out.subarray(0, o);
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Validates a chart export posted by the webview: `svg` must be one `<svg …>…</svg>` document with no
 * script, event handler attribute, foreignObject or external reference; `png` must be a
 * `data:image/png;base64,` URL whose bytes start with the PNG signature. Returns null when invalid.
 */
export function validateChartExport(format: unknown, data: unknown): ChartExport | null {
  if (typeof data !== 'string') return null;
  if (format === 'svg') {
    if (data.length > MAX_SVG_CHARS) return null;
    const t = data.trim();
    if (!/^<svg[\s>]/.test(t) || !t.endsWith('</svg>')) return null;
    if (/<script|<foreignObject|<iframe|\son\w+\s*=|javascript:|(?:href|src)\s*=\s*["'](?!#)/i.test(t)) return null;
    return { format: 'svg', text: t };
  }
  if (format === 'png') {
    if (data.length > MAX_PNG_CHARS) return null;
    const m = /^data:image\/png;base64,([A-Za-z0-9+/]+={0,2})$/.exec(data);
    if (!m) return null;
    let bytes: Uint8Array;
    try { bytes = base64ToBytes(m[1]); } catch { return null; }
    if (bytes.length < 8 || PNG_MAGIC.some((b, i) => bytes[i] !== b)) return null;
    return { format: 'png', bytes };
  }
  return null;
}
