// Reading a VSIX (a zip): shared by scripts/package.mjs (verifies what it built) and the test
// runners that load the packaged extension (test/web/run-tests.mjs's VSIX pass). No `unzip` binary
// on CI: vsce's own zip reader, yauzl (a dependency of @vscode/vsce).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const VSCE = path.join(PROJECT, 'node_modules', '@vscode', 'vsce', 'vsce');

/** Extracts `zip` into `dir`; resolves to [{ name, size }] of its files (entries escaping `dir` are an error). */
export function unzip(zip, dir) {
  const yauzl = createRequire(VSCE)('yauzl');
  const root = path.resolve(dir);
  return new Promise((resolve, reject) => {
    yauzl.open(zip, { lazyEntries: true }, (err, zf) => {
      if (err) return reject(err);
      const files = [];
      zf.on('error', reject);
      zf.on('end', () => resolve(files));
      zf.on('entry', entry => {
        const dest = path.join(root, entry.fileName);
        if (!dest.startsWith(root + path.sep)) return reject(new Error(`bad zip entry ${entry.fileName}`));
        if (entry.fileName.endsWith('/')) { zf.readEntry(); return; }
        files.push({ name: entry.fileName, size: entry.uncompressedSize });
        fs.mkdirSync(path.dirname(dest), { recursive: true });
        zf.openReadStream(entry, (e, rs) => {
          if (e) return reject(e);
          rs.pipe(fs.createWriteStream(dest, { mode: (entry.externalFileAttributes >>> 16) & 0o777 || 0o644 })).on('finish', () => zf.readEntry()).on('error', reject);
        });
      });
      zf.readEntry();
    });
  });
}
