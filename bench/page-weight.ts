// {"bench":"page-weight","path":…,"html_css_kb_compressed":…,"js_kb_required":…} for the home
// page and the newest article, as a first visit over a throttled connection costs them: the
// brotli bytes on the wire of the HTML and of every stylesheet it links, and of every script it
// loads (public pages load none: they work without JavaScript). Target: ≤ 14 KB, 0 KB of script.
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { newestArticlePath } from './demo-paths.ts';
import { startBenchServer } from './server.ts';

const server = await startBenchServer({ port: 3850 + (process.pid % 40), demo: false });
try {
  for (const path of ['/', await newestArticlePath(server.url)]) {
    const page = await fetchRaw(`${server.url}${path}`);
    if (page.status !== 200) throw new Error(`${path} answered ${page.status}`);
    const linked = (pattern: RegExp) =>
      [...page.text.matchAll(pattern)].map((match) => match[1] ?? '');
    const stylesheets = linked(/<link rel="stylesheet" href="([^"]+)"/g);
    const scripts = linked(/<script[^>]* src="([^"]+)"/g);
    let htmlCss = page.wireBytes;
    for (const href of stylesheets) htmlCss += (await fetchRaw(`${server.url}${href}`)).wireBytes;
    let js = 0;
    for (const src of scripts) js += (await fetchRaw(`${server.url}${src}`)).wireBytes;
    process.stdout.write(
      `${JSON.stringify({
        bench: 'page-weight',
        path,
        html_css_kb_compressed: kilobytes(htmlCss),
        js_kb_required: kilobytes(js),
      })}\n`,
    );
  }
} finally {
  await server.stop();
}

function kilobytes(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}

/** A GET as a browser's first visit makes it (brotli accepted), counting the body's bytes as
 * they travel; fetch() would decompress them first. */
function fetchRaw(url: string): Promise<{ status: number; wireBytes: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers: { 'accept-encoding': 'br, gzip' } }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const body = Buffer.concat(chunks);
        const encoding = incoming.headers['content-encoding'];
        const plain =
          encoding === 'br'
            ? brotliDecompressSync(body)
            : encoding === 'gzip'
              ? gunzipSync(body)
              : body;
        resolve({
          status: incoming.statusCode ?? 0,
          wireBytes: body.length,
          text: plain.toString(),
        });
      });
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}
