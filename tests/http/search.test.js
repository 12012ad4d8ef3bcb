'use strict';
// Search (M-6) over HTTP: whatever is typed gives a 200 page with results or
// a friendly "no results", never an error page; matches are highlighted in
// <mark> with the text escaped. The end-to-end part (a product added through
// the catalogue forms is found) runs when those forms exist.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client, stripTags } = require('./lib/client');
const { registerOk } = require('./lib/members');
const { createCompany, addProduct, unique } = require('./lib/market');

let server;
before(async () => { server = await startServer(); });
after(async () => { if (server) await server.stop(); });

const client = () => new Client(server.baseUrl);

const HOSTILE = [
  '"', '*', '-', 'NEAR(', '((', '))', 'a"b', 'steel*', '-steel', 'NOT steel', 'title:steel', '{title}:x',
  'a'.repeat(5000), '中文 搜索', 'بحث', '<b>bold</b>', "'; DROP TABLE products; --", '%', '\\', 'steel & pipe:*',
];

test('M6_every_hostile_query_gives_a_200_page', async () => {
  const c = client();
  for (const q of HOSTILE) {
    const r = await c.get(`/search?q=${encodeURIComponent(q)}`);
    assert.equal(r.status, 200, `query ${JSON.stringify(q.slice(0, 30))}: ${r.status}`);
    assert.match(r.text, /<h1>Search<\/h1>/);
  }
  // Bytes that are not UTF-8, and filters that make no sense.
  for (const target of ['/search?q=%ff%fe', '/search?q=%c3', '/search?q=x&page=-1', '/search?q=x&page=99999999999',
    '/search?q=x&kind=%22', '/search?q=x&country=%00%01', '/search?q=x&category=..%2F..', '/search?q[]=x',
    '/search?q=%', '/search']) {
    const r = await c.get(target);
    assert.equal(r.status, 200, `${target}: ${r.status}`);
  }
});

test('M6_no_results_is_said_in_words_and_what_was_typed_stays_text', async () => {
  const r = await client().get(`/search?q=${encodeURIComponent('<b>zzqqxx</b>')}`);
  assert.equal(r.status, 200);
  assert.match(stripTags(r.text), /No results for/);
  assert.ok(!r.text.includes('<b>zzqqxx'), 'the query is escaped');
  assert.match(r.text, /value="&lt;b&gt;zzqqxx&lt;\/b&gt;"/);
});

test('M6_the_form_keeps_the_filters_and_labels_every_input', async () => {
  const r = await client().get('/search?q=valve&category=industrial-machinery%2Fvalves&country=de&kind=sell');
  assert.equal(r.status, 200);
  for (const id of ['q', 'category', 'country', 'kind']) assert.match(r.text, new RegExp(`<label for="${id}">`));
  assert.match(r.text, /<option value="industrial-machinery\/valves" selected>/);
  assert.match(r.text, /<option value="sell" selected>/);
  assert.match(r.text, /id="country"[^>]*value="DE"/);
});

test('M6_a_product_added_through_the_catalogue_is_found_highlighted_and_escaped', async () => {
  const c = client();
  await registerOk(c);
  const probe = await c.get('/products/new');
  assert.ok(probe.status !== 404 && probe.status !== 405,
    `the catalogue forms are missing: GET /products/new answers ${probe.status}`);
  const word = unique('Quetzalvalve').split(' ')[1];  // a word no other test uses
  await createCompany(c, { country: 'NL' });
  const title = `Quetzal${word} <b>brass</b> valve`;
  const product = await addProduct(c, { title, description: `A ${word} valve for <script>x</script> pipes.` });
  const r = await client().get(`/search?q=${encodeURIComponent(`quetzal${word}`)}`);
  assert.equal(r.status, 200);
  assert.match(r.text, new RegExp(`href="/product/${product.id}-`));
  assert.match(r.text, /<mark>Quetzal/);
  assert.ok(!r.text.includes('<b>brass</b>'), 'markup in a title stays text');
  assert.ok(r.text.includes('&lt;b&gt;brass&lt;/b&gt;'));
  assert.ok(!r.text.includes('<script>x'), 'markup in a description stays text');
  // Filters: the company's country, the kind.
  const nl = await client().get(`/search?q=quetzal${word}&country=NL&kind=product`);
  assert.match(nl.text, new RegExp(`/product/${product.id}-`));
  const fr = await client().get(`/search?q=quetzal${word}&country=FR`);
  assert.match(stripTags(fr.text), /No results for/);
  const offers = await client().get(`/search?q=quetzal${word}&kind=offer`);
  assert.match(stripTags(offers.text), /No results for/);
});
