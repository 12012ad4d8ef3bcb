'use strict';
// P-13: compliance staff record disclosures; the package is read through
// the guard and lists what it contains (a JSON download); the member sees a
// disclosure on /account/access unless notice is withheld, and once the
// withholding is lifted; /transparency counts the records per basis and
// quarter; an unknown basis or a field over its limit is a field error and
// nothing is stored.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lib/server');
const { Client, fieldErrors } = require('./lib/client');
const { registerOk } = require('./lib/members');
const { signedInStaff } = require('./lib/staff_accounts');
const { unzip } = require('./lib/unzip');

let server;
let compliance;
before(async () => {
  server = await startServer();
  compliance = (await signedInStaff(server, 'compliance')).client;
});
after(async () => { if (server) await server.stop(); });

// A registered member: {client, m, id} (the id found by compliance staff).
async function member() {
  const client = new Client(server.baseUrl);
  const m = await registerOk(client);
  await compliance.get('/staff/members');
  const r = await compliance.post('/staff/members', {
    query: m.email, purpose: 'third_party_sharing.legal_obligation', reason: 'Preparing a disclosure',
  });
  assert.equal(r.status, 200, r.text.slice(0, 2000));
  return { client, m, id: /<h2>Member (\d+)<\/h2>/.exec(r.text)[1] };
}

function fields(id, overrides = {}) {
  return {
    member: id,
    categories: ['user.name', 'user.contact'],
    recipient: 'Amtsgericht Hamburg',
    basis: 'court-order',
    reference: 'AG HH 12 C 345/26',
    withheld_reason: '',
    ...overrides,
  };
}

// Records a disclosure; returns its number.
async function record(values) {
  assert.equal((await compliance.get('/staff/disclosures/new')).status, 200);
  const r = await compliance.post('/staff/disclosures/new', values);
  assert.equal(r.status, 303, `record: ${r.status}\n${r.text.slice(0, 3000)}`);
  return /recorded=(\d+)/.exec(r.location)[1];
}

// The disclosures the member sees on /account/access; the data page
// (/bin/user/edit) and the download must list the same number.
async function visibleTo(client) {
  const r = await client.get('/account/access');
  assert.equal(r.status, 200);
  const ids = [...r.text.matchAll(/data-disclosure="(\d+)"/g)].map((x) => x[1]);
  const page = await client.get('/bin/user/edit');
  assert.equal(page.status, 200);
  const section = /<h2 id="disclosures">[\s\S]*?<\/section>/.exec(page.text);
  assert.ok(section, 'the data page has a disclosures section');
  assert.equal((section[0].match(/<li>/g) || []).length, ids.length, section[0]);
  const zip = await client.get('/bin/user/edit/export.zip');
  assert.equal(zip.status, 200);
  const doc = JSON.parse(unzip(zip.body).get('data.json').toString('utf8'));
  const table = doc.tables.find((t) => t.table === 'disclosures');
  assert.ok(table, 'the download has the disclosures table');
  assert.deepEqual(table.rows.map((row) => String(row.id)).sort(), [...ids].sort());
  return ids;
}

// {quarter: {basis: n}} from /transparency, as a visitor sees it.
async function transparency() {
  const r = await new Client(server.baseUrl).get('/transparency');
  assert.equal(r.status, 200);
  const out = {};
  for (const row of r.text.matchAll(/<tr data-quarter="([^"]+)">([\s\S]*?)<\/tr>/g)) {
    out[row[1]] = {};
    for (const cell of row[2].matchAll(/<td data-basis="([^"]+)">(\d+)<\/td>/g)) out[row[1]][cell[1]] = Number(cell[2]);
  }
  return out;
}

function quarterNow() {
  const d = new Date();
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

test('P13_a_disclosure_is_shown_to_the_member_and_its_package_lists_what_it_contains', async () => {
  const { client, m, id } = await member();
  const number = await record(fields(id));
  assert.deepEqual(await visibleTo(client), [number]);
  const page = await client.get('/account/access');
  assert.match(page.text, /Amtsgericht Hamburg/);
  assert.match(page.text, /Court order/);

  const list = await compliance.get('/staff/disclosures');
  assert.equal(list.status, 200);
  assert.ok(list.text.includes(`id="disclosure-${number}"`));
  const download = await compliance.get(`/staff/disclosures/${number}/package.json`);
  assert.equal(download.status, 200);
  assert.match(download.headers.get('content-type'), /application\/json/);
  assert.match(download.headers.get('content-disposition') || '', /attachment/);
  const pkg = JSON.parse(download.text);
  assert.equal(pkg.purpose, 'third_party_sharing.legal_obligation');
  assert.equal(pkg.data.members[0]['members.email'], m.email);
  assert.equal(pkg.data.members[0]['members.phone'], m.phone.replace(/\s/g, ''));  // stored normalised
  const listed = pkg.contents.map((c) => c.field);
  assert.ok(listed.includes('members.email') && listed.includes('members.name'), JSON.stringify(listed));
  assert.ok(!listed.includes('members.password_hash'), 'credentials are disclosed');
  assert.ok(!download.text.includes('$argon2'), 'a password hash is in the package');
  assert.equal(pkg.same_as_disclosed, true);
});

test('P13_a_withheld_disclosure_is_hidden_from_the_member_until_the_withholding_is_lifted', async () => {
  const { client, id } = await member();
  const number = await record(fields(id, {
    basis: 'subpoena', notice_withheld: '1', withheld_reason: 'The subpoena forbids notice for 90 days.',
  }));
  assert.deepEqual(await visibleTo(client), [], 'a withheld disclosure is shown');
  const list = await compliance.get('/staff/disclosures');
  assert.match(list.text, /The subpoena forbids notice/);
  const lifted = await compliance.post(`/staff/disclosures/${number}/lift`, {});
  assert.equal(lifted.status, 303, lifted.text.slice(0, 2000));
  assert.deepEqual(await visibleTo(client), [number], 'a lifted disclosure is not shown');
});

test('P13_unknown_basis_and_fields_over_their_limit_are_field_errors_and_nothing_is_stored', async () => {
  const { client, id } = await member();
  const before = await transparency();
  const cases = [
    [{ basis: 'rumour' }, 'basis'],
    [{ recipient: 'r'.repeat(201) }, 'recipient'],
    [{ reference: 'x'.repeat(101) }, 'reference'],
    [{ notice_withheld: '1', withheld_reason: 'w'.repeat(501) }, 'withheld_reason'],
    [{ categories: ['user.authorization.credentials'] }, 'categories'],
    [{ member: '9'.repeat(25) }, 'member'],
  ];
  for (const [overrides, field] of cases) {
    await compliance.get('/staff/disclosures/new');
    const r = await compliance.post('/staff/disclosures/new', fields(id, overrides));
    assert.equal(r.status, 422, `${field}: ${r.status}`);
    assert.ok(fieldErrors(r.text)[field], `${field}: no field error in ${JSON.stringify(fieldErrors(r.text))}`);
  }
  assert.deepEqual(await transparency(), before, 'bad input was counted');
  assert.deepEqual(await visibleTo(client), []);
});

test('P13_transparency_counts_per_basis_and_quarter_match_the_records', async () => {
  const { id } = await member();
  const before = (await transparency())[quarterNow()] || {};
  await record(fields(id, { basis: 'regulator' }));
  await record(fields(id, { basis: 'regulator', notice_withheld: '1', withheld_reason: 'The regulator asked.' }));
  await record(fields(id, { basis: 'dispute', categories: ['user.contact'] }));
  const now = (await transparency())[quarterNow()];
  assert.ok(now, 'no row for this quarter');
  assert.equal(now.regulator, (before.regulator || 0) + 2);
  assert.equal(now.dispute, (before.dispute || 0) + 1);
  assert.equal(now.total, (before.total || 0) + 3);
  // The counts are the records: the staff list has as many of each basis.
  const list = await compliance.get('/staff/disclosures');
  const rows = [...list.text.matchAll(/<tr id="disclosure-\d+">([\s\S]*?)<\/tr>/g)].map((x) => x[1]);
  assert.equal(rows.length, now.total);
  assert.equal(rows.filter((r) => r.includes('A government or regulatory authority')).length, now.regulator);
  const home = await new Client(server.baseUrl).get('/');
  assert.match(home.text, /href="\/transparency"/, 'the footer does not link the transparency page');
});

test('P13_only_compliance_staff_record_disclosures', async () => {
  const { client: support } = await signedInStaff(server, 'support');
  assert.equal((await support.get('/staff/disclosures')).status, 403);
  assert.equal((await support.get('/staff/disclosures/new')).status, 403);
  const { client } = await member();
  const r = await client.get('/staff/disclosures');
  assert.ok(r.status === 403 || (r.status === 303 && /^\/staff\/signin/.test(r.location)), `member got ${r.status}`);
});
