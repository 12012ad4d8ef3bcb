'use strict';
// hanse demo (M-9): deterministic demo marketplace, idempotent, clear errors.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { prepareInstance, startServer, repoRoot } = require('./lib/server');

const backend = process.env.HANSE_TEST_BACKEND || 'sqlite';

// Everything the demo writes except offers.expires_at (counted from the
// day of the load by design).
const DUMP = [
  'SELECT id, email, name, phone, address, country, company_name, company_address, password_hash,'
    + ' created_at, updated_at, policy_version, public_name, public_title FROM members ORDER BY id',
  'SELECT id, slug, name, address, country, year_founded, description, website, policy_version,'
    + ' created_at, updated_at FROM companies ORDER BY id',
  'SELECT company_id, category_id FROM company_industries ORDER BY company_id, category_id',
  'SELECT member_id, company_id, role, joined_at FROM company_members ORDER BY member_id',
  'SELECT id, company_id, category_id, title, description, specifications, min_order_quantity,'
    + ' min_order_unit, price_min_cents, price_max_cents, currency, created_at, updated_at FROM products ORDER BY id',
  'SELECT id, company_id, member_id, kind, category_id, title, description, quantity, unit,'
    + ' target_price_cents, currency, created_at, renewed_at, withdrawn_at FROM offers ORDER BY id',
  'SELECT id, supplier_company_id, buyer_member_id, buyer_company_id, product_id, offer_id, subject,'
    + ' created_at, last_message_at FROM inquiries ORDER BY id',
  'SELECT id, inquiry_id, member_id, from_supplier, body, created_at FROM inquiry_messages ORDER BY id',
  // The pictures, to the byte, and which product and company shows which.
  'SELECT id, member_id, content_type, size, data, created_at FROM uploads ORDER BY id',
  'SELECT product_id, position, upload_id FROM product_photos ORDER BY product_id, position',
  'SELECT id, logo_upload_id FROM companies ORDER BY id',
];

// Rows of one query as text lines, on either backend.
function rows(inst, sql) {
  if (inst.backend === 'postgres') return inst.psql(sql).split('\n').filter((l) => l !== '');
  const file = inst.dbUrl.replace(/^sqlite:/, '');
  const r = spawnSync('/usr/bin/python3', ['-c',
    'import sqlite3,sys\nfor row in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]): print("|".join("" if v is None else str(v) for v in row))',
    file, sql], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.split('\n').filter((l) => l !== '');
}

function dump(inst) {
  return DUMP.map((sql) => rows(inst, sql).join('\n')).join('\n----\n');
}

async function demoInstance(...args) {
  const inst = await prepareInstance({ backend });
  const r = inst.run('demo', ...args, { timeoutMs: 120000 });
  assert.equal(r.status, 0, `hanse demo ${args.join(' ')} exit ${r.status}: ${r.stderr}`);
  return { inst, r };
}

test('M9_demo: the same seed gives the same data; another seed other data', async () => {
  const a = await demoInstance('--companies', '50', '--seed', '7');
  const b = await demoInstance('--companies', '50', '--seed', '7');
  const c = await demoInstance('--companies', '50', '--seed', '8');
  try {
    const da = dump(a.inst);
    assert.equal(da, dump(b.inst), 'two loads with seed 7 differ');
    assert.notEqual(da, dump(c.inst), 'seeds 7 and 8 gave the same data');
  } finally {
    a.inst.destroy();
    b.inst.destroy();
    c.inst.destroy();
  }
});

test('M9_demo: companies with members, valid industries, products, active offers and inquiries', async () => {
  const { inst } = await demoInstance('--companies', '50', '--seed', '7');
  try {
    const count = (table) => Number(rows(inst, `SELECT COUNT(*) FROM ${table}`)[0]);
    assert.equal(count('companies'), 50);
    const members = count('members');
    assert.ok(members >= 50 && members <= 150, `${members} members`);
    assert.equal(count('company_members'), members);
    assert.equal(Number(rows(inst, "SELECT COUNT(*) FROM company_members WHERE role = 'owner'")[0]), 50);
    const products = count('products');
    assert.ok(products >= 100 && products <= 450, `${products} products`);
    assert.ok(count('offers') > 10, 'hardly any offers');
    assert.ok(count('inquiries') > 0 && count('inquiry_messages') >= count('inquiries'), 'no inquiries');
    assert.equal(Number(rows(inst, 'SELECT COUNT(*) FROM members WHERE policy_version <> 1')[0]), 0);
    assert.equal(rows(inst, "SELECT COUNT(*) FROM members WHERE email = 'demo1@hanse.example'")[0], '1');

    // Industries and listings use ids of the category directory.
    const toml = fs.readFileSync(path.join(repoRoot, 'market', 'categories.toml'), 'utf8');
    const ids = new Set([...toml.matchAll(/id = "([^"]+)"/g)].map((m) => m[1]));
    const used = [
      ...rows(inst, 'SELECT DISTINCT category_id FROM company_industries'),
      ...rows(inst, 'SELECT DISTINCT category_id FROM products'),
      ...rows(inst, 'SELECT DISTINCT category_id FROM offers'),
    ];
    for (const id of used) assert.ok(ids.has(id), `unknown category ${id}`);

    // Offers are active when loaded: they expire 1-90 days from now.
    const now = Math.floor(Date.now() / 1000);
    const [min, max] = rows(inst, 'SELECT MIN(expires_at), MAX(expires_at) FROM offers')[0].split('|').map(Number);
    assert.ok(min > now && max <= now + 91 * 86400, `offers expire between ${min} and ${max}, now ${now}`);

    // Every product has a photo and every company a logo: PNG uploads,
    // shared (fewer pictures than products), owned by no member.
    assert.equal(Number(rows(inst, 'SELECT COUNT(*) FROM products p WHERE NOT EXISTS'
      + ' (SELECT 1 FROM product_photos pp WHERE pp.product_id = p.id)')[0]), 0, 'a product without a photo');
    assert.equal(Number(rows(inst, 'SELECT COUNT(*) FROM companies WHERE logo_upload_id IS NULL')[0]), 0,
      'a company without a logo');
    assert.ok(count('uploads') < products, `${count('uploads')} pictures for ${products} products`);
    assert.equal(Number(rows(inst, "SELECT COUNT(*) FROM uploads WHERE content_type <> 'image/png'"
      + ' OR member_id IS NOT NULL')[0]), 0);

    // Text in several languages and scripts.
    const titles = rows(inst, 'SELECT title FROM products').join('\n');
    assert.match(titles, /[\u4e00-\u9fff]|[\u3040-\u30ff]|[\u0600-\u06ff]/, 'no Chinese, Japanese or Arabic titles');
    assert.match(titles, /[äöüßéèáíóúãç]/i, 'no accented European titles');
  } finally {
    inst.destroy();
  }
});

test('M9_demo: a second run on the same database changes nothing', async () => {
  const { inst } = await demoInstance('--companies', '20', '--seed', '3');
  try {
    const before = dump(inst);
    const r = inst.run('demo', '--companies', '30', '--seed', '4', { timeoutMs: 60000 });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /already present/);
    assert.equal(dump(inst), before);
  } finally {
    inst.destroy();
  }
});

test('M9_demo: bad --companies and --seed values exit non-zero with a message', async () => {
  const inst = await prepareInstance({ backend });
  try {
    assert.equal(inst.run('migrate').status, 0);
    for (const [option, value] of [['--companies', 'lots'], ['--companies', '0'], ['--companies', '-5'],
      ['--companies', '10x'], ['--companies', '99999999999'], ['--seed', 'abc']]) {
      const r = inst.run('demo', option, value, { timeoutMs: 30000 });
      assert.notEqual(r.status, 0, `${option} ${value} accepted`);
      assert.match(r.stderr, new RegExp(`${option}: expected a whole number`), r.stderr);
    }
    assert.equal(Number(rows(inst, 'SELECT COUNT(*) FROM companies')[0] || 0), 0, 'rows written after an error');
  } finally {
    inst.destroy();
  }
});

test('M9_demo: a demo company page answers 200', async () => {
  const { inst } = await demoInstance('--companies', '5', '--seed', '7');
  const server = await startServer({ instance: inst });
  try {
    const [id, slug, name] = rows(inst, 'SELECT id, slug, name FROM companies ORDER BY id LIMIT 1')[0].split('|');
    const res = await fetch(`${server.baseUrl}/company/${id}-${slug}`);
    assert.equal(res.status, 200);
    const html = await res.text();
    const escaped = name.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
    assert.ok(html.includes(name) || html.includes(escaped), `the page does not show ${name}`);
    // Its logo and a product photo are served as the PNG files stored.
    const [logo] = rows(inst, 'SELECT logo_upload_id FROM companies ORDER BY id LIMIT 1');
    const [photo] = rows(inst, 'SELECT upload_id FROM product_photos ORDER BY product_id LIMIT 1');
    for (const id of [logo, photo]) {
      const image = await fetch(`${server.baseUrl}/upload/${id}`);
      assert.equal(image.status, 200, `/upload/${id}`);
      assert.equal(image.headers.get('content-type'), 'image/png');
      const bytes = Buffer.from(await image.arrayBuffer());
      assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    }
  } finally {
    await server.stop();
  }
});
