#!/usr/bin/env node
// Moves the manifest's user-visible strings into package.nls.json (English) and replaces them in
// package.json with %key% references; package.nls.zh-cn.json holds the Chinese. Idempotent: run it
// again after adding commands or settings. package.json is re-read right before it is written (other
// edits in between are kept) and only written when something changed.
//
//   node scripts/l10n-manifest.mjs          update package.json and package.nls.json
//   node scripts/l10n-manifest.mjs --check  exit 1 if a literal is left or a key lacks a translation
//
// Covered: displayName, description, command titles and categories, the configuration title, setting
// description / markdownDescription / enumDescriptions / markdownEnumDescriptions /
// deprecationMessage / markdownDeprecationMessage, the language's display name (first alias), view,
// view container and submenu titles, and the untrusted-workspace description.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const PKG = path.join(ROOT, 'package.json');
const NLS = path.join(ROOT, 'package.nls.json');
const NLS_ZH = path.join(ROOT, 'package.nls.zh-cn.json');
const check = process.argv.includes('--check');

const readJson = f => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : {});
const isRef = v => typeof v === 'string' && /^%[^%\s]+%$/.test(v);
const short = id => id.replace(/^govreport\./, '');

/** Walks the manifest; `visit(holder, prop, key)` for every localisable string. */
function walk(pkg, visit) {
  const c = pkg.contributes ?? {};
  visit(pkg, 'displayName', 'displayName');
  visit(pkg, 'description', 'description');
  for (const cmd of c.commands ?? []) {
    visit(cmd, 'title', `command.${short(cmd.command)}.title`);
    if (typeof cmd.shortTitle === 'string') visit(cmd, 'shortTitle', `command.${short(cmd.command)}.shortTitle`);
    if (cmd.category === 'Gov Report' || cmd.category === '%command.category%') visit(cmd, 'category', 'command.category');
    else if (typeof cmd.category === 'string') visit(cmd, 'category', `command.${short(cmd.command)}.category`);
  }
  const configs = Array.isArray(c.configuration) ? c.configuration : c.configuration ? [c.configuration] : [];
  configs.forEach((conf, i) => {
    const base = configs.length > 1 ? `configuration.${i}` : 'configuration';
    if (typeof conf.title === 'string') visit(conf, 'title', `${base}.title`);
    for (const [name, prop] of Object.entries(conf.properties ?? {})) {
      const k = `config.${short(name)}`;
      for (const f of ['description', 'markdownDescription', 'deprecationMessage', 'markdownDeprecationMessage']) {
        if (typeof prop[f] === 'string') visit(prop, f, `${k}.${f}`);
      }
      for (const f of ['enumDescriptions', 'markdownEnumDescriptions']) {
        if (Array.isArray(prop[f])) prop[f].forEach((_, j) => visit(prop[f], j, `${k}.${f}.${prop.enum?.[j] ?? j}`));
      }
    }
  });
  for (const lang of c.languages ?? []) {
    if (Array.isArray(lang.aliases) && lang.aliases.length > 0) {
      // the first alias is the name VS Code shows; the others stay literal (they are search words)
      if (!isRef(lang.aliases[0]) && lang.aliases[0] === '政府工作报告') lang.aliases.unshift('Government Work Report');
      visit(lang.aliases, 0, `language.${lang.id}.name`);
    }
  }
  for (const [container, views] of Object.entries(c.views ?? {})) {
    for (const v of views) if (typeof v.name === 'string') visit(v, 'name', `view.${short(v.id)}.name`);
    void container;
  }
  for (const list of Object.values(c.viewsContainers ?? {})) {
    for (const v of list) if (typeof v.title === 'string') visit(v, 'title', `viewContainer.${short(v.id)}.title`);
  }
  for (const s of c.submenus ?? []) if (typeof s.label === 'string') visit(s, 'label', `submenu.${short(s.id)}.label`);
  const uw = pkg.capabilities?.untrustedWorkspaces;
  if (uw && typeof uw.description === 'string') visit(uw, 'description', 'capabilities.untrustedWorkspaces.description');
}

const pkgText = fs.readFileSync(PKG, 'utf8');
const pkg = JSON.parse(pkgText);
const en = readJson(NLS);
const zh = readJson(NLS_ZH);
const used = new Set();
const literals = [];
walk(pkg, (holder, prop, key) => {
  const v = holder[prop];
  if (typeof v !== 'string') return;
  if (isRef(v)) { used.add(v.slice(1, -1)); return; }
  literals.push(`${key}: ${v}`);
  let k = key;
  for (let n = 2; en[k] !== undefined && en[k] !== v; n++) k = `${key}.${n}`;
  en[k] = v;
  used.add(k);
  holder[prop] = `%${k}%`;
});
if (pkg.l10n !== './l10n') pkg.l10n = './l10n';

const sorted = o => Object.fromEntries(Object.keys(o).filter(k => used.has(k)).sort().map(k => [k, o[k]]));
const enOut = sorted(en);
const zhOut = sorted(zh);
const missingZh = [...used].filter(k => typeof zh[k] !== 'string' || !zh[k].trim()).sort();

if (check) {
  const problems = [...literals.map(l => `literal in package.json: ${l}`), ...missingZh.map(k => `no Chinese for ${k}: ${enOut[k]}`)];
  for (const p of problems) console.error(p);
  process.exit(problems.length ? 1 : 0);
}

// Re-read package.json immediately before writing: apply our changes to the current text only if
// nobody changed it since we read it; otherwise start over on the new text.
const current = fs.readFileSync(PKG, 'utf8');
if (current !== pkgText) {
  console.error('package.json changed while running; run the script again');
  process.exit(2);
}
const out = JSON.stringify(pkg, null, 2) + '\n';
if (out !== current) fs.writeFileSync(PKG, out);
fs.writeFileSync(NLS, JSON.stringify(enOut, null, 2) + '\n');
fs.writeFileSync(NLS_ZH, JSON.stringify(zhOut, null, 2) + '\n');
console.log(`${literals.length} string(s) moved to package.nls.json; ${used.size} keys${missingZh.length ? `; no Chinese yet: ${missingZh.join(', ')}` : ''}`);
