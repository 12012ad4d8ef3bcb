'use strict';
// Inquiries (M-7): a buyer asks about a product or an offer, the supplier
// is told by e-mail (a link, not the text), replies, and the buyer sees the
// reply. Nobody else can read or answer the thread: 404.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client, fieldErrors } = require('./lib/client');
const { waitForMail, linksIn } = require('./lib/mail');
const { newMember, registerOk } = require('./lib/members');
const { createCompany, addProduct, postOffer } = require('./lib/market');

let server;
before(async () => { server = await startServer(); });
after(async () => { if (server) await server.stop(); });

const client = () => new Client(server.baseUrl);

async function supplierWithProduct() {
  const c = client();
  const m = await registerOk(c, newMember({ name: 'Wei Supplier' }));
  const company = await createCompany(c);
  const product = await addProduct(c);
  return { c, m, company, product };
}

function threadCount(html) {
  return (html.match(/<li class="inquiry">/g) || []).length;
}

test('M7_inquiry_reaches_the_supplier_who_replies_and_the_buyer_sees_it', async () => {
  const supplier = await supplierWithProduct();
  const buyer = client();
  const bm = await registerOk(buyer, newMember({ name: 'Anna Buyer' }));

  let r = await buyer.get(`/inquiries/new?product=${supplier.product.id}`);
  assert.equal(r.status, 200);
  assert.match(r.text, new RegExp(supplier.company.fields.name));

  // Bad input: a form error, nothing stored.
  r = await buyer.post(`/inquiries/new?product=${supplier.product.id}`, { subject: 'Price', message: '   ' });
  assert.equal(r.status, 422);
  assert.ok(fieldErrors(r.text).message, 'message error shown');
  assert.equal(threadCount((await buyer.get('/inquiries')).text), 0);

  const secret = `Need 800 pieces delivered to Hamburg ${Date.now()}`;
  r = await buyer.post(`/inquiries/new?product=${supplier.product.id}`, { subject: 'Price for 800', message: secret });
  assert.equal(r.status, 303, r.text.slice(0, 1000));
  const threadPath = r.locationPath;
  assert.match(threadPath, /^\/inquiries\/\d+$/);

  const notice = await waitForMail({ to: supplier.m.email, subjectIncludes: 'inquiry' });
  assert.ok(!notice.text.includes(secret), 'the mail must not carry the message');
  assert.deepEqual(linksIn(notice, '/inquiries/'), [threadPath], notice.text);

  r = await supplier.c.get('/inquiries');
  assert.equal(r.status, 200);
  assert.equal(threadCount(r.text), 1);
  r = await supplier.c.get(threadPath);
  assert.equal(r.status, 200);
  assert.ok(r.text.includes(secret));
  assert.ok(!r.text.includes(bm.email), 'the supplier does not see the buyer\'s e-mail address');
  assert.ok(!r.text.includes(bm.phone), 'nor the phone number');

  const answer = 'We can deliver 800 pieces at EUR 11.20 within 3 weeks.';
  r = await supplier.c.post(`${threadPath}/reply`, { message: answer });
  assert.equal(r.status, 303);
  const back = await waitForMail({ to: bm.email, subjectIncludes: 'reply' });
  assert.ok(!back.text.includes(answer));

  r = await buyer.get(threadPath);
  assert.equal(r.status, 200);
  assert.ok(r.text.includes(answer), 'the buyer sees the reply');
  assert.ok(r.text.indexOf(secret) < r.text.indexOf(answer), 'oldest first');
});

test('M7_outsiders_get_404_for_a_thread_and_cannot_reply', async () => {
  const supplier = await supplierWithProduct();
  const buyer = client();
  await registerOk(buyer);
  await buyer.get(`/inquiries/new?product=${supplier.product.id}`);
  let r = await buyer.post(`/inquiries/new?product=${supplier.product.id}`, { subject: 'Hello', message: 'Private question' });
  assert.equal(r.status, 303);
  const threadPath = r.locationPath;

  const outsider = client();
  await registerOk(outsider);
  await createCompany(outsider);
  r = await outsider.get(threadPath);
  assert.equal(r.status, 404);
  assert.ok(!r.text.includes('Private question'));
  await outsider.get('/inquiries');
  r = await outsider.post(`${threadPath}/reply`, { message: 'Let me in' });
  assert.equal(r.status, 404);
  r = await buyer.get(threadPath);
  assert.ok(!r.text.includes('Let me in'), 'nothing was added');
  assert.equal(threadCount((await outsider.get('/inquiries')).text), 0);

  const visitor = client();
  r = await visitor.get(threadPath);
  assert.equal(r.status, 303);
  assert.equal(r.locationPath, '/signin');
});

test('M7_inquiry_about_an_offer_and_unknown_topics', async () => {
  const supplier = await supplierWithProduct();
  const offer = await postOffer(supplier.c);
  const buyer = client();
  await registerOk(buyer);
  let r = await buyer.get(`/inquiries/new?offer=${offer.id}`);
  assert.equal(r.status, 200);
  r = await buyer.post(`/inquiries/new?offer=${offer.id}`, { subject: 'Copper', message: 'Is it still available?' });
  assert.equal(r.status, 303);
  r = await buyer.follow(r);
  assert.ok(r.text.includes(offer.fields.title));
  assert.equal((await buyer.get('/inquiries/new?product=999999999')).status, 404);
  assert.equal((await buyer.get('/inquiries/new?product=abc')).status, 404);
  assert.equal((await buyer.get('/inquiries/new')).status, 404);

  // The supplier's own listing: refused with a message, nothing stored.
  await supplier.c.get(`/inquiries/new?product=${supplier.product.id}`);
  r = await supplier.c.post(`/inquiries/new?product=${supplier.product.id}`, { subject: 'Self', message: 'Me?' });
  assert.equal(r.status, 422);
  assert.match(r.text, /your own company/);
});
