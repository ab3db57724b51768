// Static files, fingerprinted: each is served at /assets/<name>.<hash>.<ext> with a cache
// lifetime of a year, since a change makes a new name. They are read (and the browser script
// bundled with esbuild) once at start-up, and kept compressed in memory.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { build } from 'esbuild';

export interface Asset {
  body: Buffer;
  brotli: Buffer;
  gzip: Buffer;
  contentType: string;
}

export interface Assets {
  /** The public URL of an asset by its plain name, such as `app.css`. */
  url(name: string): string;
  /** The asset behind a fingerprinted file name, if there is one. */
  get(fingerprintedName: string): Asset | undefined;
}

const contentTypes: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const publicFolder = fileURLToPath(new URL('../../../public', import.meta.url));
const browserEntry = fileURLToPath(new URL('../../client/main.ts', import.meta.url));

export async function loadAssets(): Promise<Assets> {
  const sources = new Map<string, Buffer>();
  for (const file of readdirSync(publicFolder)) {
    sources.set(file, readFileSync(join(publicFolder, file)));
  }
  const bundle = await build({
    entryPoints: [browserEntry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    write: false,
  });
  const script = bundle.outputFiles[0];
  if (script) sources.set('app.js', Buffer.from(script.contents));

  const byPlainName = new Map<string, string>();
  const byFingerprint = new Map<string, Asset>();
  for (const [name, body] of sources) {
    const extension = extname(name);
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
    const fingerprinted = `${name.slice(0, -extension.length)}.${hash}${extension}`;
    byPlainName.set(name, `/assets/${fingerprinted}`);
    byFingerprint.set(fingerprinted, {
      body,
      brotli: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
      gzip: gzipSync(body, { level: 9 }),
      contentType: contentTypes[extension] ?? 'application/octet-stream',
    });
  }
  return {
    url: (name) => {
      const url = byPlainName.get(name);
      if (!url) throw new Error(`No asset named ${name} in public/`);
      return url;
    },
    get: (fingerprintedName) => byFingerprint.get(fingerprintedName),
  };
}
