#!/usr/bin/env node
// Timings inside a real VS Code (the integration harness): activation, outline and hover latency,
// command → rendered table for a 1 MB report. Runs the timed integration tests only and collects
// their "[bench]" / latency lines. Skipped (with a note) when the harness is not installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!fs.existsSync(path.join(ROOT, '.cache/vscode-real'))) {
  console.log('real VS Code harness not installed (npm run harness:setup): skipped');
  process.exit(0);
}
spawnSync('npx', ['tsc', '-p', 'tsconfig.test.json'], { cwd: ROOT, stdio: 'inherit' });
const r = spawnSync(process.execPath, [path.join(ROOT, 'test/harness/run-tests.mjs')], {
  cwd: ROOT, encoding: 'utf8', env: { ...process.env, MOCHA_GREP: 'activation costs|outline of a 1 MB|hover latency|command → rendered table|report terms: load cost' },
});
const out = (r.stdout ?? '') + (r.stderr ?? '');
const num = (re) => { const m = re.exec(out); return m ? Number(m[1]) : null; };
const result = {
  activationMs: num(/\[bench\] activation: ([\d.]+) ms/),
  outline1mbFirstMs: num(/\[bench\] outline\.1mb: first ([\d.]+) ms/),
  outline1mbCachedMs: num(/cached ([\d.]+) ms, \d+ reports/),
  hoverP50Ms: num(/hover latency \(provider, 200 calls\): p50 ([\d.]+) ms/),
  hoverP95Ms: num(/hover latency \(provider, 200 calls\): p50 [\d.]+ ms, p95 ([\d.]+) ms/),
  hoverRoundTripP95Ms: num(/round trip, 100 calls\): p50 [\d.]+ ms, p95 ([\d.]+) ms/),
  tableRender1mbMs: num(/\[bench\] table\.render\.1mb: ([\d.]+) ms/),
  // data/reportTerms.json: read + parsed + indexed on the first jargon hover; then hovers that name reports
  glossaryLoadMs: num(/\[bench\] glossary\.load: ([\d.]+) ms/),
  reportTermsLoadMs: num(/\[bench\] reportTerms\.load: ([\d.]+) ms/),
  hoverReportTermsP50Ms: num(/\[bench\] hover\.reportTerms \(provider, 200 calls\): p50 ([\d.]+) ms/),
  hoverReportTermsP95Ms: num(/\[bench\] hover\.reportTerms \(provider, 200 calls\): p50 [\d.]+ ms, p95 ([\d.]+) ms/),
};
for (const line of out.split('\n')) if (/\[bench\]|hover latency|passing|failing/.test(line)) console.log(line.trim());
console.log('BENCH_VSCODE ' + JSON.stringify(result));
process.exit(r.status ?? 1);
