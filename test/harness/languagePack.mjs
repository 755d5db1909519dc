// A minimal Simplified-Chinese language pack for the harness, built offline as a VSIX: a VS Code
// extension that contributes `localizations` for `zh-cn`. Installed into code-server's throw-away
// extensions dir and started with `--locale zh-cn`, it makes the workbench resolve its display
// language to zh-cn — so VS Code loads this extension's package.nls.zh-cn.json and
// l10n/bundle.l10n.zh-cn.json, which is what the Chinese-UI integration tests check.
//
// The workbench's own strings stay English: the Microsoft pack (MS-CEINTL.vscode-language-pack-zh-hans)
// is only on the VS Code marketplace, which this environment cannot reach, and the npm copy
// (@codingame/monaco-vscode-language-pack-zh-hans) is an index-ordered array for monaco-vscode-api's
// build, not keyed by VS Code's nls keys, so it cannot be mapped onto code-server's messages.
// `translations` may carry workbench strings later ({ "vs/…/file": { key: message } }).
import fs from 'node:fs';
import path from 'node:path';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive of `files` ({ name: string|Buffer }), entries stored (no compression). */
export function zip(files) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(0, 8); local.writeUInt32LE(0, 10); local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26); local.writeUInt16LE(0, 28);
    locals.push(local, nameBuf, data);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0); cen.writeUInt16LE(20, 4); cen.writeUInt16LE(20, 6); cen.writeUInt16LE(0x0800, 8);
    cen.writeUInt16LE(0, 10); cen.writeUInt32LE(0, 12); cen.writeUInt32LE(crc, 16);
    cen.writeUInt32LE(data.length, 20); cen.writeUInt32LE(data.length, 24); cen.writeUInt16LE(nameBuf.length, 28);
    cen.writeUInt32LE(offset, 42);
    central.push(cen, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cenSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(Object.keys(files).length, 8); end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cenSize, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}

export const LANGUAGE_PACK_ID = 'govreport-tools.govreport-test-language-pack-zh-hans';

/**
 * Registers the installed pack in `<user-data>/languagepacks.json`, the file code-server's server
 * reads to resolve `--locale` (VS Code writes it from the shared process, which code-server has
 * not; installing with the CLI does not write it either). Shape: { locale: { hash, extensions,
 * translations: { vscode: path }, label } }.
 */
export function writeLanguagePacksJson(userDataDir, extensionsDir, locale = 'zh-cn') {
  const dir = fs.readdirSync(extensionsDir).find(d => d.toLowerCase().startsWith(LANGUAGE_PACK_ID.toLowerCase() + '-'));
  if (!dir) throw new Error(`language pack ${LANGUAGE_PACK_ID} is not installed in ${extensionsDir}`);
  const translations = path.join(extensionsDir, dir, 'translations', 'main.i18n.json');
  const version = dir.slice(LANGUAGE_PACK_ID.length + 1);
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({
    [locale]: {
      hash: `govreport-test-${version}`,
      extensions: [{ extensionIdentifier: { id: LANGUAGE_PACK_ID }, version }],
      translations: { vscode: translations },
      label: '中文(简体)',
    },
  }, null, 2));
}

/** Writes the language pack VSIX for `locale` (zh-cn) to `vsixPath`; returns vsixPath. */
export function buildLanguagePack(vsixPath, locale = 'zh-cn', translations = {}) {
  const manifest = {
    name: 'govreport-test-language-pack-zh-hans',
    displayName: 'Chinese (Simplified) language pack for the govreport test harness',
    publisher: 'govreport-tools',
    version: '0.0.1',
    engines: { vscode: '^1.100.0' },
    categories: ['Language Packs'],
    contributes: {
      localizations: [{
        languageId: locale,
        languageName: 'Chinese Simplified',
        localizedLanguageName: '中文(简体)',
        translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
      }],
    },
  };
  const vsixManifest = `<?xml version="1.0" encoding="utf-8"?>
<PackageManifest Version="2.0.0" xmlns="http://schemas.microsoft.com/developer/vsx-schema/2011">
  <Metadata><Identity Language="en-US" Id="${manifest.name}" Version="${manifest.version}" Publisher="${manifest.publisher}"/><DisplayName>${manifest.displayName}</DisplayName><Description xml:space="preserve">test harness</Description><Categories>Language Packs</Categories></Metadata>
  <Installation><InstallationTarget Id="Microsoft.VisualStudio.Code"/></Installation><Dependencies/>
  <Assets><Asset Type="Microsoft.VisualStudio.Code.Manifest" Path="extension/package.json" Addressable="true"/></Assets>
</PackageManifest>
`;
  const contentTypes = '<?xml version="1.0" encoding="utf-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension=".json" ContentType="application/json"/><Default Extension=".vsixmanifest" ContentType="text/xml"/></Types>\n';
  fs.mkdirSync(path.dirname(vsixPath), { recursive: true });
  fs.writeFileSync(vsixPath, zip({
    '[Content_Types].xml': contentTypes,
    'extension.vsixmanifest': vsixManifest,
    'extension/package.json': JSON.stringify(manifest, null, 2),
    'extension/translations/main.i18n.json': JSON.stringify({ version: '1.0.0', contents: translations }),
  }));
  return vsixPath;
}
