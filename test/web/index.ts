// Test entry for the browser's web-worker extension host (bundled by build-tests.mjs into
// .cache/web-tests/index.js; @vscode/test-web loads it as extensionTestsPath and calls run()).
// mocha's browser build (mocha/mocha.js) defines the global `mocha`; a rejection makes the run
// exit with 1. A run with fewer than MIN_TESTS tests fails too, so the suite cannot shrink silently.
import 'mocha/mocha.js';

/** MOCHA_GREP at build time (build-tests.mjs): run only the matching tests. */
declare const __MOCHA_GREP__: string;

interface BrowserRunner { on(event: 'pass' | 'fail', f: () => void): void }
interface BrowserMocha {
  setup(o: { ui: 'tdd'; reporter: string; timeout: number; color: boolean; grep?: string }): void;
  run(done: (failures: number) => void): BrowserRunner;
}

const MIN_TESTS = 15;

export function runWith(loadTests: () => void): Promise<void> {
  // mocha.run() reads globalThis.location.search, which VS Code's worker extension host lacks
  const g = globalThis as unknown as { location?: { search: string }; mocha: BrowserMocha };
  if (!g.location) g.location = { search: '' };
  g.mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 60000, color: false, grep: __MOCHA_GREP__ || undefined });
  loadTests();
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    try {
      const runner = g.mocha.run(failures => {
        console.log(`web: ${passed} passed, ${failed} failed`);
        if (failures > 0) reject(new Error(`${failures} web test(s) failed.`));
        else if (passed < MIN_TESTS && !__MOCHA_GREP__) reject(new Error(`only ${passed} web tests ran (at least ${MIN_TESTS} expected)`));
        else resolve();
      });
      runner.on('pass', () => { passed++; });
      runner.on('fail', () => { failed++; });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
