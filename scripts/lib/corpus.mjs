// The corpus walker of the developer scripts: every report file (.md/.txt) under a folder,
// depth first, each folder's entries in name order (the corpus is `<level>/<place>/<year>.md`).
import fs from 'node:fs';
import path from 'node:path';

/** Paths of the .md/.txt files under `dir`, depth first, names sorted within each folder. */
export function corpusFiles(dir, out = []) {
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) corpusFiles(p, out);
    else if (/\.(md|txt)$/i.test(name)) out.push(p);
  }
  return out;
}
