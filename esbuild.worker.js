// Bundles the jieba worker-thread entry (src/node/segmenterWorker.ts → dist/segmenterWorker.js).
// Separate from esbuild.js; `npm run build` runs both. nodejs-jieba stays external (native addon).
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
esbuild
  .build({
    entryPoints: ['src/node/segmenterWorker.ts'],
    outfile: 'dist/segmenterWorker.js',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    logLevel: 'info',
    external: ['nodejs-jieba'],
  })
  .catch(e => {
    console.error(e);
    process.exit(1);
  });
