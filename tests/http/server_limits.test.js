'use strict';
// The HTTP layer: malformed and oversized requests, error pages, security
// headers, static files with ETag, graceful shutdown (P-6, R-4).

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { startServer, repoRoot } = require('./lib/server');
const { Client } = require('./lib/client');
const { rawRequest, rawHeader } = require('./lib/raw');

let server;
before(async () => { server = await startServer(); });
after(async () => { if (server) await server.stop(); });

// The first file under static/, as a URL path.
function someStaticFile() {
  const root = path.join(repoRoot, 'static');
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) { const f = walk(p); if (f) return f; } else if (!e.name.startsWith('.')) return p;
    }
    return null;
  };
  const file = walk(root);
  assert.ok(file, 'static/ has no file to test with');
  return `/static/${path.relative(root, file).split(path.sep).map(encodeURIComponent).join('/')}`;
}

function cspDirectives(csp) {
  const out = {};
  for (const part of (csp || '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = values;
  }
  return out;
}

function assertSecurityHeaders(headers, what) {
  const get = (n) => (typeof headers.get === 'function' ? headers.get(n) : headers[n]);
  const csp = get('content-security-policy');
  assert.ok(csp, `${what}: no Content-Security-Policy`);
  const d = cspDirectives(csp);
  const script = d['script-src'] || d['default-src'];
  assert.ok(script, `${what}: CSP has neither script-src nor default-src: ${csp}`);
  assert.ok(!script.includes("'unsafe-inline'"), `${what}: script-src allows 'unsafe-inline': ${csp}`);
  assert.deepEqual(d['frame-ancestors'], ["'none'"], `${what}: frame-ancestors is not 'none': ${csp}`);
  assert.equal((get('x-content-type-options') || '').toLowerCase(), 'nosniff', `${what}: X-Content-Type-Options`);
  assert.ok(get('referrer-policy'), `${what}: no Referrer-Policy`);
}

test('GET /healthz answers 200', async () => {
  const r = await new Client(server.baseUrl).get('/healthz');
  assert.equal(r.status, 200);
});

test('a malformed request line gets 400', async () => {
  const r = await rawRequest(server.port, 'THIS IS NOT HTTP\r\n\r\n');
  assert.equal(r.status, 400, `answer: ${r.head}`);
});

test('20 KiB of headers get 431', async () => {
  const big = 'a'.repeat(20 * 1024);
  const r = await rawRequest(server.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${big}\r\n\r\n`);
  assert.equal(r.status, 431, `answer: ${r.head}`);
});

test('a 2 MiB urlencoded body gets 413', async () => {
  const body = `email=${'a'.repeat(2 * 1024 * 1024)}`;
  const r = await rawRequest(server.port,
    `POST /signin HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`, { timeoutMs: 10000 });
  assert.equal(r.status, 413, `answer: ${r.head}`);
});

test('an unknown path gets a 404 HTML page', async () => {
  const r = await new Client(server.baseUrl).get('/no/such/page-here');
  assert.equal(r.status, 404);
  assert.match(r.headers.get('content-type') || '', /text\/html/);
  assert.match(r.text, /<html/i);
  assertSecurityHeaders(r.headers, '404 page');
});

test('a wrong method gets 405', async () => {
  const r = await new Client(server.baseUrl).request('DELETE', '/');
  assert.equal(r.status, 405);
  assertSecurityHeaders(r.headers, '405 page');
});

test('P6_security_headers_on_every_response', async () => {
  const c = new Client(server.baseUrl);
  for (const p of ['/', '/healthz', '/signin', '/register', someStaticFile()]) {
    const r = await c.get(p);
    assert.ok(r.status < 500, `${p}: status ${r.status}`);
    assertSecurityHeaders(r.headers, p);
  }
  const raw = await rawRequest(server.port, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
  assert.ok(rawHeader(raw.head, 'Content-Security-Policy'), 'raw GET /: no CSP');
});

test('static files have an ETag and answer If-None-Match with 304', async () => {
  const c = new Client(server.baseUrl);
  const p = someStaticFile();
  const first = await c.get(p);
  assert.equal(first.status, 200, `${p}: ${first.status}`);
  const etag = first.headers.get('etag');
  assert.ok(etag, `${p}: no ETag`);
  const second = await c.get(p, { headers: { 'if-none-match': etag } });
  assert.equal(second.status, 304);
  assert.equal(second.body.length, 0);
});

test('SIGTERM shuts the server down cleanly (exit code 0)', async () => {
  const s = await startServer();
  // An idle keep-alive connection must not hold the shutdown up.
  const r = await new Client(s.baseUrl).get('/');
  assert.ok(r.status < 500);
  const started = Date.now();
  const result = await s.stop();
  assert.equal(result.code, 0);
  assert.ok(Date.now() - started < 12000, 'shutdown took too long');
});
