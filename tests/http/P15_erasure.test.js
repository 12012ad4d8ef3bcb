'use strict';
// P-15 erasure: a member who used every feature deletes their account at
// /bin/user/edit/delete; afterwards no column of any table, no file under
// the data folder (database, write-ahead log) and no public page or search
// result holds their e-mail, phone, name, postal address or company
// address. The other member keeps their copy of the inquiries, the sender
// shown as "former member"; the audit chain still verifies. A wrong
// password or a missing confirmation shows the form again and deletes
// nothing.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { startServer } = require('./lib/server');
const { filesUnder } = require('./lib/files');
const { Client } = require('./lib/client');
const { waitForMail, allMail } = require('./lib/mail');
const { newMember, registerOk, signInOk, isSignedIn } = require('./lib/members');
const { PNG_1x1, createCompany, addProduct, postOffer } = require('./lib/market');

// Every needle that occurs in text (case-insensitive), as "what".
function found(text, needles) {
  const lower = text.toLowerCase();
  return Object.entries(needles).filter(([, v]) => lower.includes(v.toLowerCase())).map(([k]) => k);
}

function assertAbsent(text, needles, where) {
  assert.deepEqual(found(text, needles), [], `the erased member's data appears in ${where}`);
}

// Every column of every table, as text: SQLite through its own command-line
// shell on the database file, PostgreSQL through pg_dump.
function allRows(server) {
  if (server.backend === 'postgres') return server.pgDump().toString('utf8');
  const db = path.join(server.dataDir, 'hanse.db');
  const r = spawnSync('sqlite3', ['-readonly', db, '.dump'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

async function inquire(c, query, subject, message) {
  await c.get(`/inquiries/new?${query}`);
  const r = await c.post(`/inquiries/new?${query}`, { subject, message });
  assert.equal(r.status, 303, `inquiry: ${r.status} ${r.text.slice(0, 800)}`);
  return r.locationPath;
}

async function reply(c, thread, message) {
  await c.get(thread);
  const r = await c.post(`${thread}/reply`, { message });
  assert.equal(r.status, 303, `reply: ${r.status} ${r.text.slice(0, 800)}`);
}

test('P15_erasure_leaves_no_trace_of_the_member_in_the_database_files_or_pages', { timeout: 170000 }, async () => {
  const server = await startServer();
  try {
    const tag = crypto.randomBytes(4).toString('hex');
    const digits = String(1000000 + (parseInt(tag, 16) % 8999999));
    const me = newMember({
      name: `Erika Zettelmann ${tag}`,
      phone: `+49 40 ${digits}`,
      address: `Rosenweg ${tag} 7, 20095 Hamburg`,
      company_address: `Kontorhaus ${tag} 3, 20095 Hamburg`,
    });
    const needles = {
      'e-mail': me.email, name: me.name, 'phone (as stored)': `+4940${digits}`, 'phone (as typed)': me.phone,
      'postal address': me.address, 'company address': me.company_address,
    };
    const png = { filename: 'logo.png', contentType: 'image/png', data: PNG_1x1 };

    // The member, with a company (logo), a product (photo) and an offer.
    const c = new Client(server.baseUrl);
    await registerOk(c, me);  // registration records the policy acceptance
    const company = await createCompany(c, { address: me.company_address }, { logo: png });
    const product = await addProduct(c, {}, { photo: { ...png, filename: 'photo.png' } });
    const offer = await postOffer(c);
    // A second session, and a password reset request (mail to the address).
    const second = new Client(server.baseUrl);
    await signInOk(second, me.email, me.password, { remember: true });
    const anon = new Client(server.baseUrl);
    await anon.get('/password/forgot');
    assert.equal((await anon.post('/password/forgot', { email: me.email })).status, 200);
    await waitForMail({ to: me.email, subjectIncludes: 'password' });

    // Another member with a company; inquiries both ways, with replies that
    // name the erased member (redacted from the copy the other side keeps).
    const other = new Client(server.baseUrl);
    const om = await registerOk(other, newMember());
    await createCompany(other);
    const theirProduct = await addProduct(other);
    const toThem = await inquire(c, `product=${theirProduct.id}`, 'Bulk valves', 'How many can you deliver?');
    await reply(other, toThem, `Dear ${me.name}, 500 a month.`);
    const toMe = await inquire(other, `product=${product.id}`, 'Your valves', 'Do you ship to Rotterdam?');
    await reply(c, toMe, `Yes. Regards, ${me.name}, +4940${digits}`);  // the phone as stored
    await waitForMail({ to: om.email, subjectIncludes: 'reply' });

    // Bad input: the form again with a message, nothing deleted.
    let r = await c.get('/account');
    assert.ok(r.text.includes('href="/bin/user/edit/delete"'), 'the account page links to the erasure');
    r = await c.get('/bin/user/edit/delete');
    assert.equal(r.status, 200);
    assert.match(r.text, /retained because/);
    r = await c.post('/bin/user/edit/delete', { password: 'not-my-password-at-all', confirm: '1' });
    assert.equal(r.status, 422);
    assert.match(r.text, /not your current password/);
    r = await c.post('/bin/user/edit/delete', { password: me.password });
    assert.equal(r.status, 422);
    assert.match(r.text, /Tick the box/);
    assert.ok(await isSignedIn(c), 'still signed in');
    assert.equal((await new Client(server.baseUrl).get(company.path)).status, 200, 'the company is still there');

    // Before: the searches below do find the data (so finding none proves something).
    assert.deepEqual(found(allRows(server), needles).sort(), Object.keys(needles).filter((k) => k !== 'phone (as typed)').sort());

    // The erasure.
    const before = allMail();
    r = await c.post('/bin/user/edit/delete', { password: me.password, confirm: '1' });
    assert.equal(r.status, 303, r.text.slice(0, 1500));
    assert.equal(r.locationPath, '/bin/user/edit/deleted');
    r = await c.get('/bin/user/edit/deleted');
    assert.equal(r.status, 200);
    assert.match(r.text, /Erasure is complete/);
    assert.match(r.text, /retained because/);
    assertAbsent(r.text, needles, 'the page after erasure');
    assert.equal(await isSignedIn(c), false, 'signed out');
    assert.equal(await isSignedIn(second), false, 'the other session ended too');
    const confirmation = await waitForMail({ to: me.email, subjectIncludes: 'being deleted', after: before });
    assert.match(confirmation.text, /retained because/);

    // The other member keeps both threads, the erased side as a former member.
    r = await other.get('/inquiries');
    assert.equal(r.status, 200);
    assert.match(r.text, /former member/);
    for (const thread of [toThem, toMe]) {
      r = await other.get(thread);
      assert.equal(r.status, 200, `${thread} kept for the other party`);
      assert.match(r.text, /former member/);
      assertAbsent(r.text, needles, `the other party's thread ${thread}`);
    }

    // Public pages and search.
    const visitor = new Client(server.baseUrl);
    for (const p of [company.path, product.path, offer.path]) {
      assert.equal((await visitor.get(p)).status, 404, `${p} is gone`);
    }
    for (const q of [me.name, tag, company.fields.name, product.fields.title, offer.fields.title, 'Kontorhaus']) {
      r = await visitor.get(`/search?q=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200);
      for (const p of [company.path, product.path, offer.path]) {
        assert.ok(!r.text.includes(`href="${p}"`), `search for ${q} still finds ${p}`);
      }
      // The page repeats the query itself; what it found must not hold the data.
      assertAbsent(r.text.split(q).join(''), needles, `search results for ${q}`);
    }
    assertAbsent((await visitor.get('/categories')).text, needles, '/categories');

    // Every column of every table, every file under the data folder.
    assertAbsent(allRows(server), needles, 'the database');
    for (const f of filesUnder(server.dataDir)) assertAbsent(fs.readFileSync(f).toString('latin1'), needles, f);

    // The audit chain still verifies.
    const verified = server.run('audit', 'verify');
    assert.equal(verified.status, 0, `${verified.stdout}${verified.stderr}`);

    // The retention job keeps the consent history for its stated 1095 days,
    // then removes it.
    let kept = server.run('retention', 'run');
    assert.equal(kept.status, 0, kept.stderr);
    assert.match(kept.stdout, /retention: 0 kept row/);
    const later = { env: { HANSE_TESTING_CLOCK_OFFSET_SECONDS: String((3 * 365 + 1) * 86400) } };
    kept = server.run('retention', 'run', later);
    assert.equal(kept.status, 0, kept.stderr);
    assert.match(kept.stdout, /retention: [1-9]\d* kept row/);
    kept = server.run('retention', 'run', later);
    assert.match(kept.stdout, /retention: 0 kept row/, 'nothing left to remove');
  } finally {
    await server.stop({ keep: true }).catch(() => {});
    server.destroy();
  }
});
