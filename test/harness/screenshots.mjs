#!/usr/bin/env node
// `npm run screenshots`: opens the real VS Code workbench (code-server + headless Chromium) with
// this extension loaded and a report open, performs a list of UI actions and saves PNGs into
// docs/images/. Table-driven: add a shot to SHOTS below.
//
// A shot is { name, file, actions, viewport?, settings?, locale? } (locale 'zh-cn': the Chinese UI,
// with the harness's language pack, see languagePack.mjs): `file` is relative to test/fixtures/workspace,
// the PNG goes to docs/images/<name>.png. Actions, run in order:
//   { waitForText: '各位代表' }              wait until the editor shows this text
//   { waitForLanguage: 'Government Work Report' } wait until the status bar shows this language mode
//   { reveal: '六稳' }                      scroll the editor to the first match (find widget)
//   { scrollToLine: 38 }                   scroll the editor so that line 38 is the top line
//   { outline: true }                      open + focus the Outline view (Explorer side bar)
//   { hover: '六稳', expect?: '稳就业' }      move the mouse onto these characters (revealing them
//                                          first) and wait for a hover (containing `expect`)
//   { command: 'View: Toggle Minimap' }    run a command by its command-palette title
//   { key: 'Escape' }                      press a key (Playwright key names, e.g. 'Control+Home')
//   { click: 'selector' }                  click a CSS selector in the workbench
//   { waitFor: 'selector' }                wait for a CSS selector to be visible
//   { wait: 500 }                          wait N ms
// Usage: node test/harness/screenshots.mjs [--only=report,hover] [--out=docs/images] [--verbose]
// Exit code 1 if any shot fails (a failed shot's PNG goes to .cache/screenshots-failed/).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT, DEFAULT_WORKSPACE, ensureHarness, parseArgs, log, startCodeServer, launchBrowser, workbenchUrl, remoteUri } from './lib.mjs';

const REPORT = '2024年厦门市政府工作报告.txt';

export const SHOTS = [
  {
    // the report highlighted, with its outline (reports → sections → sub-sections) in the side bar
    name: 'report',
    file: REPORT,
    viewport: { width: 1400, height: 860 },
    actions: [
      { waitForText: '各位代表' },
      { waitForLanguage: 'Government Work Report' },
      { scrollToLine: 40 },
      { outline: true },
      { wait: 2000 },
      { key: 'Escape' },
    ],
  },
  {
    // a glossary hover: the report's own 名词解释 entry for 六稳, reached from “六稳”1 in the body
    name: 'hover',
    file: '湖里区报告.txt',
    viewport: { width: 1400, height: 760 },
    actions: [
      { waitForText: '各位代表' },
      { waitForLanguage: 'Government Work Report' },
      { reveal: '扎实做好“六稳”' },
      { hover: '六稳', expect: '稳就业' },
      { wait: 600 },
    ],
  },
  {
    // Key Terms: TF-IDF terms per report and per section (jieba in a worker thread)
    name: 'keyterms',
    file: REPORT,
    viewport: { width: 1400, height: 860 },
    actions: [
      { waitForText: '各位代表' },
      { waitForLanguage: 'Government Work Report' },
      { command: 'Gov Report: Key Terms' },
      { wait: 5000 },
    ],
  },
  {
    // the indicator table beside the report; the cursor on the GDP target highlights its row
    name: 'table',
    file: REPORT,
    viewport: { width: 1600, height: 900 },
    actions: [
      { waitForText: '各位代表' },
      { waitForLanguage: 'Government Work Report' },
      { command: 'Gov Report: Extract Indicators' },
      { wait: 2500 },
      { reveal: '地区生产总值增长5.5%左右' },
      { wait: 1500 },
    ],
  },
  {
    // Compare Reports over the nine reports of one file (pre-picked because it is open): GDP chart + matrix
    name: 'compare',
    file: '../reports/002_6b340ccef4bd5f14.part1.txt',
    viewport: { width: 1400, height: 900 },
    settings: { 'git.openRepositoryInParentFolders': 'never' },
    actions: [
      { waitForText: '政府工作报告' },
      { command: 'Gov Report: Compare Reports…' },
      { waitFor: '.quick-input-widget .monaco-list-row' },
      { wait: 800 },
      { key: 'Enter' },
      { wait: 3000 },
    ],
  },
  {
    // a Markdown report (YAML front matter, **名词解释**) opened as a report without renaming:
    // front matter dimmed, outline from the report's own headings
    name: 'markdown',
    file: '北京市/2010.md',
    viewport: { width: 1400, height: 860 },
    settings: { 'govreport.detect.markdown': 'always' },
    actions: [
      { waitForText: '各位代表' },
      { waitForLanguage: 'Government Work Report' },
      { outline: true },
      { wait: 2000 },
      { key: 'Escape' },
    ],
  },
  {
    // the first time a Markdown report opens: one question, the answer remembered per workspace
    name: 'markdown-ask',
    file: '北京市/2010.md',
    viewport: { width: 1400, height: 760 },
    actions: [
      { waitForText: '各位代表' },
      { waitFor: '.notifications-toasts .notification-toast' },
      { wait: 800 },
    ],
  },
  {
    // the Chinese UI (VS Code display language zh-cn): command titles, the table and its detail pane,
    // and a target's hover in Chinese (目标, 约5.5%, 左右：大约)
    name: 'chinese-ui',
    file: REPORT,
    locale: 'zh-cn',
    viewport: { width: 1600, height: 900 },
    actions: [
      { waitForText: '各位代表' },
      { waitForLanguage: '政府工作报告' },
      { command: '政府工作报告: 提取指标' },
      { wait: 2500 },
      { reveal: '地区生产总值增长5.5%左右' },
      { wait: 1500 },
      { hover: '5.5%', expect: '约5.5%' },
      { wait: 800 },
    ],
  },
];

const args = parseArgs(process.argv.slice(2));
const outDir = path.resolve(args.out || path.join(PROJECT, 'docs', 'images'));
const failDir = path.join(PROJECT, '.cache', 'screenshots-failed');
const only = args.only ? String(args.only).split(',') : undefined;
const verbose = !!args.verbose;

const editorSel = '.editor-instance .monaco-editor';

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill('>' + title);
  // click the row whose label is exactly the title (Enter would take the first fuzzy match)
  const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const row = page.locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
  await row.waitFor({ state: 'visible', timeout: 10000 });
  await row.click();
  await page.locator('.quick-input-widget').first().waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});
}

/** Screen rectangle of the first rendered occurrence of `text` in the editor (exact characters, via a DOM Range). */
async function textRect(page, text) {
  return page.evaluate(({ sel, text }) => {
    const root = document.querySelector(`${sel} .view-lines`);
    if (!root) return null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent.replace(/\u00a0/g, ' ').indexOf(text);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + text.length);
      const b = r.getBoundingClientRect();
      if (b.width > 0 && b.height > 0) return { x: b.x, y: b.y, width: b.width, height: b.height };
    }
    return null;
  }, { sel: editorSel, text });
}

async function reveal(page, text) {
  await page.locator(editorSel).first().click({ position: { x: 200, y: 10 } });
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+F');
  const find = page.locator('.find-widget textarea, .find-widget input').first();
  await find.waitFor({ state: 'visible', timeout: 10000 });
  await find.fill(text);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
}

const ACTIONS = {
  async waitForText(page, text) {
    await page.locator(`${editorSel} .view-line`, { hasText: text }).first().waitFor({ timeout: 60000 });
  },
  reveal,
  async scrollToLine(page, line) {
    await page.locator(editorSel).first().click({ position: { x: 200, y: 10 } });
    await page.keyboard.press('Control+Home');
    for (let i = 1; i < Number(line); i++) await page.keyboard.press('Control+ArrowDown'); // Scroll Line Down
    await page.waitForTimeout(200);
  },
  async waitForLanguage(page, name) {
    await page.locator('#status\\.editor\\.mode', { hasText: name }).first().waitFor({ timeout: 30000 });
  },
  async outline(page) {
    await runCommand(page, 'Explorer: Focus on Outline View');
    await page.locator('.pane-header', { hasText: /outline/i }).first().waitFor({ timeout: 10000 });
  },
  async hover(page, text, action) {
    if (!(await textRect(page, text))) await reveal(page, text);
    const hover = page.locator('.monaco-hover:not(.hidden)', action.expect ? { hasText: action.expect } : {}).first();
    for (let i = 0; i < 10; i++) {
      const r = await textRect(page, text);
      if (!r) throw new Error(`text ${text} is not in the editor`);
      await page.mouse.move(5, 5);
      // aim at the characters themselves (a token span may hold more than the word)
      await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2, { steps: 5 });
      if (await hover.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) return;
    }
    throw new Error(`no hover${action.expect ? ` containing ${action.expect}` : ''} over ${text}`);
  },
  command: runCommand,
  async key(page, key) { await page.keyboard.press(key); },
  async click(page, sel) { await page.locator(sel).first().click(); },
  async waitFor(page, sel) { await page.locator(sel).first().waitFor({ state: 'visible', timeout: 30000 }); },
  async wait(page, ms) { await page.waitForTimeout(Number(ms)); },
};

/**
 * A clean copy of the fixture workspace for pictures: the reports and the user glossary, without
 * the deliberately broken glossary and settings the integration tests need (their warning would
 * otherwise sit in every screenshot).
 */
function cleanWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-shots-'));
  for (const name of fs.readdirSync(DEFAULT_WORKSPACE)) {
    if (name === '.vscode' || name === 'glossaries' || name.startsWith('xss')) continue;
    fs.cpSync(path.join(DEFAULT_WORKSPACE, name), path.join(dir, name), { recursive: true });
  }
  return dir;
}

async function takeShot(shot) {
  const workspace = cleanWorkspace();
  // files from outside the workspace (../reports/…) are copied into it
  const file = path.join(workspace, shot.file.startsWith('..') ? path.basename(shot.file) : shot.file);
  const source = path.resolve(DEFAULT_WORKSPACE, shot.file);
  if (!fs.existsSync(file) && fs.existsSync(source)) fs.copyFileSync(source, file);
  if (!fs.existsSync(file)) throw new Error(`no such file ${file}`);
  const cs = await startCodeServer({ verbose, locale: shot.locale, settings: { 'editor.stickyScroll.enabled': false, ...shot.settings } });
  let browser;
  let page;
  try {
    browser = await launchBrowser(cs.tmp);
    page = await (await browser.newContext({ viewport: shot.viewport || { width: 1400, height: 860 } })).newPage();
    page.on('pageerror', e => console.error(`[browser pageerror] ${e}`));
    if (verbose) page.on('console', m => console.log(`[browser ${m.type()}] ${m.text()}`));
    await page.goto(workbenchUrl(cs.authority, {
      folder: workspace,
      payload: [
        ['extensionDevelopmentPath', remoteUri(cs.authority, PROJECT)],
        ['openFile', remoteUri(cs.authority, file)],
        ['skipWelcome', 'true'],
      ],
    }));
    await page.locator(`${editorSel} .view-line`).first().waitFor({ timeout: 60000 });
    log(`${shot.name}: editor open`);
    for (const action of shot.actions) {
      const kind = Object.keys(action).find(k => k in ACTIONS);
      if (!kind) throw new Error(`unknown action ${JSON.stringify(action)}`);
      if (verbose) log(`${shot.name}: ${JSON.stringify(action)}`);
      await ACTIONS[kind](page, action[kind], action);
    }
    const mode = await page.locator('#status\\.editor\\.mode').innerText({ timeout: 5000 }).catch(() => '?');
    log(`${shot.name}: language mode "${mode}"`);
    fs.mkdirSync(outDir, { recursive: true });
    const out = path.join(outDir, `${shot.name}.png`);
    await page.screenshot({ path: out });
    log(`${shot.name}: saved ${path.relative(process.cwd(), out)}`);
  } catch (e) {
    if (page) {
      fs.mkdirSync(failDir, { recursive: true });
      await page.screenshot({ path: path.join(failDir, `${shot.name}.png`) }).catch(() => {});
      log(`${shot.name}: FAILED, state saved to ${path.relative(process.cwd(), path.join(failDir, shot.name + '.png'))}`);
    }
    throw e;
  } finally {
    try { if (browser) await browser.close(); } catch { /* ignore */ }
    await cs.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

ensureHarness();
let failed = 0;
for (const shot of SHOTS.filter(s => !only || only.includes(s.name))) {
  try {
    await takeShot(shot);
  } catch (e) {
    failed++;
    console.error(`${shot.name}: ${e.message || e}`);
  }
}
process.exit(failed ? 1 : 0);
