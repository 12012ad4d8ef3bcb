'use strict';
// Uploads (issue 4, item 8): photos are recognised by content, at most 2 MB;
// a renamed text file, an SVG and an oversized image are refused with a
// message naming the file, and nothing is stored.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client } = require('./lib/client');
const { registerOk } = require('./lib/members');
const { PNG_1x1, createCompany, addProduct, productFields } = require('./lib/market');

let server;
let supplier;
before(async () => {
  server = await startServer();
  supplier = new Client(server.baseUrl);
  await registerOk(supplier);
  await createCompany(supplier);
});
after(async () => { if (server) await server.stop(); });

// Adds a product with one good photo and returns that upload's id: every
// later upload would get a higher id.
async function lastUploadId() {
  const product = await addProduct(supplier, {}, { photo: { filename: 'ok.png', contentType: 'image/png', data: PNG_1x1 } });
  const page = await supplier.get(product.path);
  return Number(/<a href="\/upload\/(\d+)"><img/.exec(page.text)[1]);
}

async function productCount() {
  const listings = await supplier.get('/company/listings');
  return (listings.text.match(/<a href="\/product\/\d+\/edit">/g) || []).length;
}

async function refused(file, expectInMessage) {
  const marker = await lastUploadId();
  const before = await productCount();
  await supplier.get('/products/new');
  const fields = productFields();
  const r = await supplier.postMultipart('/products/new', fields, { photo: file });
  assert.equal(r.status, 422, `expected 422, got ${r.status}`);
  assert.ok(r.text.includes(file.filename), 'the message names the file');
  assert.match(r.text, expectInMessage);
  assert.ok(r.text.includes(`value="${fields.title}"`), 'typed values are kept');
  assert.equal(await productCount(), before, 'no product stored');
  assert.equal((await supplier.get(`/upload/${marker + 1}`)).status, 404, 'no upload stored');
  const next = await lastUploadId();
  assert.equal(next, marker + 1, 'the refused upload took no row');
}

test('M3_upload_text_file_renamed_jpg_is_refused', async () => {
  await refused({ filename: 'photo.jpg', contentType: 'image/jpeg', data: Buffer.from('Hello, I am plain text.\n') }, /text/i);
});

test('M3_upload_svg_is_refused', async () => {
  const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>';
  await refused({ filename: 'logo.svg', contentType: 'image/svg+xml', data: Buffer.from(svg) }, /SVG/);
});

test('M3_upload_over_2MB_is_refused', async () => {
  const big = Buffer.concat([PNG_1x1, Buffer.alloc(2 * 1024 * 1024 + 10, 0)]);
  await refused({ filename: 'huge.png', contentType: 'image/png', data: big }, /2 MB/);
});

test('M3_upload_headers_never_html', async () => {
  const id = await lastUploadId();
  const r = await new Client(server.baseUrl).get(`/upload/${id}`);
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'image/png');
  assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
  // Never run as a document: no scripts, no plugins, a sandboxed origin.
  assert.equal(r.headers.get('content-security-policy'), "default-src 'none'; sandbox");
  assert.match(r.headers.get('content-disposition'), /^inline; filename="image-\d+\.png"$/);
  assert.equal((await new Client(server.baseUrl).get('/upload/not-a-number')).status, 404);
});
