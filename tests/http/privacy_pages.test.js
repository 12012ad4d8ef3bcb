'use strict';
// The privacy policy pages generated from policy/ (P-1, P-19): the version
// in force, the versions list, one version, the changes between versions
// and the JSON form. The operator is named from configuration.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { startServer, repoRoot } = require('./lib/server');
const { Client, stripTags } = require('./lib/client');

const OPERATOR = 'Zebulon Harbour Trading Cooperative';
const CONTACT = 'dpo@zebulon-harbour.example';
const SEED_OPERATOR = /alibaba/i;

let server;
before(async () => {
  server = await startServer({
    env: { HANSE_SITE_OPERATOR_NAME: OPERATOR },
    config: { site: { contact_email: CONTACT } },
  });
});
after(async () => { if (server) await server.stop(); });

const client = () => new Client(server.baseUrl);

// The clause ids of policy/v1.toml, read from the file itself.
function v1ClauseIds() {
  const text = fs.readFileSync(path.join(repoRoot, 'policy', 'v1.toml'), 'utf8');
  return [...text.matchAll(/^id = "([a-z0-9-]+)"$/gm)].map((m) => m[1]);
}

test('P1_privacy_page_shows_the_version_in_force_with_contents_and_terms', async () => {
  const r = await client().get('/privacy');
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /^text\/html/);
  const text = stripTags(r.text);
  assert.match(text, /Last amended\s*1 November 2026/);
  assert.match(text, /Version\s*1 \(In force\)/);
  const ids = v1ClauseIds();
  assert.ok(ids.length >= 20, `only ${ids.length} clauses in v1.toml`);
  for (const id of ids) {
    assert.ok(r.text.includes(`<a href="#${id}">`), `no contents entry for ${id}`);
    assert.ok(r.text.includes(`<section class="clause" id="${id}"`), `no section for ${id}`);
  }
  // Machine terms in words, with the fideslang keys.
  assert.match(text, /What data/);
  assert.match(text, /Who receives it/);
  assert.match(text, /How long it is kept/);
  assert.match(r.text, /Password <code>user\.authorization\.password<\/code>/);
  assert.match(text, /Kind of practice: Data Security/);
  assert.match(text, /Done unless you say no/);
  // Placeholders are filled; none is left.
  assert.ok(!/\{(operator|contact_email|site_name)\}/.test(r.text), 'a placeholder was left');
  assert.ok(r.text.includes('href="/privacy/versions"'));
  assert.ok(r.text.includes('href="/privacy"'), 'the footer links /privacy');
});

test('P1_operator_name_comes_from_configuration_never_from_the_seed', async () => {
  for (const url of ['/privacy', '/privacy/v/1', '/privacy/versions', '/privacy/policy.json']) {
    const r = await client().get(url);
    assert.equal(r.status, 200, url);
    assert.ok(!SEED_OPERATOR.test(r.text), `${url} names the seed's operator`);
  }
  const page = await client().get('/privacy');
  const text = stripTags(page.text);
  assert.ok(text.includes(`${OPERATOR} runs Hanse`), 'the summary does not name the operator');
  assert.ok(text.includes(`${OPERATOR}, who runs this site`), 'recipients do not name the operator');
  assert.ok(text.includes(CONTACT), 'the contact address is not in the policy text');
});

test('P19_versions_page_lists_every_version_with_dates', async () => {
  const r = await client().get('/privacy/versions');
  assert.equal(r.status, 200);
  const text = stripTags(r.text);
  assert.ok(r.text.includes('href="/privacy/v/1"'));
  assert.match(r.text, /<time datetime="2026-11-01">1 November 2026<\/time>/);
  assert.match(text, /In force/);
  assert.match(text, /at least 30 days before it takes effect/);
});

test('P19_one_version_by_number_and_404_for_others', async () => {
  const r = await client().get('/privacy/v/1');
  assert.equal(r.status, 200);
  assert.match(stripTags(r.text), /Privacy policy, version 1/);
  assert.ok(r.text.includes('id="passwords"'));
  for (const bad of ['/privacy/v/999', '/privacy/v/0', '/privacy/v/abc', '/privacy/v/01', '/privacy/v/-1',
    '/privacy/v/1x', '/privacy/v/99999999999999999999']) {
    const res = await client().get(bad);
    assert.equal(res.status, 404, bad);
  }
});

test('P19_changes_page_compares_versions_and_answers_bad_input_with_400', async () => {
  // Only version 1 exists: nothing earlier to compare with.
  const first = await client().get('/privacy/changes');
  assert.equal(first.status, 200);
  assert.match(stripTags(first.text), /Version 1 is the first version/);
  const same = await client().get('/privacy/changes?from=1&to=1');
  assert.equal(same.status, 200);
  assert.match(stripTags(same.text), /The two versions do not differ/);
  for (const q of ['from=abc', 'to=abc', 'from=999', 'from=1&to=7', 'from=', 'from=1.5', 'to=%00']) {
    const r = await client().get(`/privacy/changes?${q}`);
    assert.equal(r.status, 400, q);
    assert.match(r.headers.get('content-type'), /^text\/html/, q);
    assert.match(stripTags(r.text), /Bad request/, q);
  }
  const r = await client().get('/privacy/changes?from=abc');
  assert.match(stripTags(r.text), /version number/);
});

test('P1_policy_json_is_the_machine_readable_policy', async () => {
  const r = await client().get('/privacy/policy.json');
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /^application\/json/);
  const policy = JSON.parse(r.text);
  assert.equal(policy.version, 1);
  assert.equal(policy.effective, '2026-11-01');
  assert.equal(policy.operator.name, OPERATOR);
  assert.equal(policy.operator.contact_email, CONTACT);
  assert.deepEqual(policy.clauses.map((c) => c.id), v1ClauseIds());
  const passwords = policy.clauses.find((c) => c.id === 'passwords');
  assert.deepEqual(passwords.categories, ['user.authorization.password']);
  assert.equal(passwords.choice, 'always');
  assert.equal(passwords.opp115, 'Data Security');
  for (const c of policy.clauses) {
    for (const key of ['id', 'title', 'opp115', 'text', 'categories', 'purposes', 'recipients', 'choice',
      'retention', 'requirements']) assert.ok(key in c, `${c.id} lacks ${key}`);
    assert.ok(!/\{(operator|contact_email|site_name)\}/.test(c.text), `${c.id}: placeholder left`);
  }
  const v1 = await client().get('/privacy/policy.json?version=1');
  assert.equal(v1.status, 200);
  assert.deepEqual(JSON.parse(v1.text), policy);
  const missing = await client().get('/privacy/policy.json?version=42');
  assert.equal(missing.status, 404);
  assert.ok(JSON.parse(missing.text).error);
  const bad = await client().get('/privacy/policy.json?version=x');
  assert.equal(bad.status, 400);
  assert.ok(JSON.parse(bad.text).error);
});

test('P1_policy_json_matches_the_documented_schema', async () => {
  const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'policy', 'policy.schema.json'), 'utf8'));
  const policy = JSON.parse((await client().get('/privacy/policy.json')).text);
  // A small checker for the parts of JSON Schema the file uses.
  const check = (s, v, where) => {
    if (s.$ref) s = schema.$defs[s.$ref.replace('#/$defs/', '')];
    if (s.type === 'object') {
      assert.equal(typeof v, 'object', where);
      for (const k of s.required || []) assert.ok(k in v, `${where}: missing ${k}`);
      if (s.additionalProperties === false) {
        for (const k of Object.keys(v)) assert.ok(k in s.properties, `${where}: undocumented ${k}`);
      }
      for (const [k, sub] of Object.entries(s.properties || {})) if (k in v) check(sub, v[k], `${where}.${k}`);
    } else if (s.type === 'array') {
      assert.ok(Array.isArray(v), where);
      v.forEach((x, i) => check(s.items, x, `${where}[${i}]`));
    } else if (s.type === 'string') {
      assert.equal(typeof v, 'string', where);
      if (s.enum) assert.ok(s.enum.includes(v), `${where}: ${v} not in enum`);
      if (s.pattern) assert.match(v, new RegExp(s.pattern), where);
    } else if (s.type === 'integer') {
      assert.ok(Number.isInteger(v), where);
    }
  };
  check(schema, policy, 'policy');
});
