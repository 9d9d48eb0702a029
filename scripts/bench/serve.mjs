// A tiny static server for a built folder on 127.0.0.1, with gzip like an ordinary web host, so the "compressed"
// byte counts are real. Every file is read and compressed once at start-up: serving is then only a write, and the
// server's own work barely competes with the browser for the machine's cores.
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.m4a': 'audio/mp4',
};
// Already-compressed formats (fonts, images, audio) are sent as they are, as any host would.
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.ttf',
  '.otf',
  '.ico',
]);

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** Serves `dir` on 127.0.0.1 (a free port). Resolves to { url, close() }. */
export async function serve(dir) {
  const files = new Map();
  for (const full of walk(dir)) {
    const ext = extname(full);
    const raw = readFileSync(full);
    const gz = COMPRESSIBLE.has(ext) ? gzipSync(raw, { level: constants.Z_DEFAULT_COMPRESSION }) : null;
    files.set('/' + relative(dir, full).split(sep).join('/'), {
      raw,
      gz,
      type: TYPES[ext] ?? 'application/octet-stream',
    });
  }
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = files.get(path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const gzip = file.gz && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? file.gz : file.raw;
    res.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    files,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
