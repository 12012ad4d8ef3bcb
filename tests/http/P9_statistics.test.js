'use strict';
// P-9 statistics, as the running server records them: after a signed-in
// member's journey from a distinctive browser, no statistics table holds
// their id, e-mail, name, phone, the address of the test client
// (127.0.0.1), their session token, the full user agent or a URL of theirs;
// requests served under load are all counted, exactly, once the server has
// stopped on SIGTERM (the last flush is the shutdown's: R-4); 48 hours after
// the day began its salt and visitor keys are gone and its count remains.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const { startServer } = require('./lib/server');
const { sql } = require('./lib/sql');
const { Client } = require('./lib/client');
const { newMember, registerOk } = require('./lib/members');
const { createCompany } = require('./lib/market');

const AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 '
  + 'Safari/537.36 HanseDistinctive/7.3.1-p9';

function statsDump(server) {
  return [
    sql(server, 'SELECT day, dimension, value, count FROM stats_counts ORDER BY 1, 2, 3'),
    sql(server, 'SELECT day, visitor FROM stats_visitors ORDER BY 1, 2'),
    sql(server, 'SELECT day, salt, created_at FROM stats_salts ORDER BY 1'),
  ].join('\n');
}

function count(server, dimension, value) {
  const out = sql(server, `SELECT COALESCE(SUM(count), 0) FROM stats_counts WHERE dimension = '${dimension}' AND value = '${value}'`);
  return Number(out || 0);
}

async function waitFor(what, fn, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await fn()) return;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('P9_statistics_store_nothing_that_names_the_member_or_their_address', async () => {
  const server = await startServer({ config: { stats: { flush_seconds: 1 } } });
  try {
    const c = new Client(server.baseUrl, { userAgent: AGENT });
    const member = await registerOk(c, newMember({ phone: '+49 40 9876543' }));
    const session = c.cookie('hanse_session');
    assert.ok(session, 'registration signs the member in');
    const company = await createCompany(c, { name: `Distinctive Trading ${Date.now()}` });
    // Pages with the member's own ids in their URLs, and a referral from
    // another site whose URL carries the member's e-mail address.
    await c.get(company.path);
    await c.get(`/search?q=${encodeURIComponent(member.email)}`);
    const fromElsewhere = await c.request('GET', '/', {
      headers: { referer: `https://news.partner-site.example/list?who=${encodeURIComponent(member.email)}` },
    });
    assert.equal(fromElsewhere.status, 200);
    const memberId = sql(server, `SELECT id FROM members WHERE email = '${member.email}'`);
    assert.match(memberId, /^\d+$/);

    await waitFor('the referral to be flushed', () => count(server, 'referrer', 'news.partner-site.example') === 1);
    assert.ok(count(server, 'page', '/company/{id}') >= 1, 'the company page is counted by its pattern');
    assert.ok(count(server, 'browser', 'Chrome 131') >= 3, 'the browser is counted by family and version');

    const dump = statsDump(server);
    const needles = {
      'e-mail': member.email,
      'e-mail (encoded)': encodeURIComponent(member.email),
      name: member.name,
      phone: member.phone,
      address: member.address,
      'IP address': '127.0.0.1',
      'session token': session,
      'user agent': 'HanseDistinctive',
      'company URL': company.path,
      'member URL': `/member/${memberId}`,
      'search words': 'q=',
    };
    for (const [what, needle] of Object.entries(needles)) {
      assert.ok(!dump.includes(needle), `the statistics tables hold the member's ${what}`);
    }
    // Nothing that could be an address, truncated or whole.
    assert.doesNotMatch(dump, /\b127\.0\.0\b/);
    await server.stop();
  } catch (e) {
    await server.stop().catch(() => {});
    throw e;
  }
});

// Sends `total` GETs of each path over `connections` keep-alive
// connections; returns the number answered per path and status.
async function load(baseUrl, paths, total, connections) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const answered = {};
  let next = 0;
  const jobs = [];
  for (const p of paths) for (let i = 0; i < total; i++) jobs.push(p);
  async function worker() {
    while (next < jobs.length) {
      const p = jobs[next++];
      const status = await new Promise((resolve, reject) => {
        http.get(`${baseUrl}${p}`, { agent, headers: { 'user-agent': AGENT } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode));
        }).on('error', reject);
      });
      const key = `${p} ${status}`;
      answered[key] = (answered[key] || 0) + 1;
    }
  }
  await Promise.all(Array.from({ length: connections }, worker));
  agent.destroy();
  return answered;
}

test('P9_statistics_every_request_served_under_load_is_counted_after_SIGTERM', async () => {
  // A flush interval longer than the test: what is counted, the shutdown wrote.
  const server = await startServer({ config: { stats: { flush_seconds: 300 } } });
  let stopped = false;
  try {
    const answered = await load(server.baseUrl, ['/', '/categories', '/no-such-page'], 600, 16);
    assert.equal(answered['/ 200'], 600, JSON.stringify(answered));
    assert.equal(answered['/categories 200'], 600, JSON.stringify(answered));
    assert.equal(answered['/no-such-page 404'], 600, JSON.stringify(answered));
    assert.equal(count(server, 'page', '/'), 0, 'nothing is written before the first flush');

    await server.stop({ keep: true });
    stopped = true;
    assert.equal(count(server, 'page', '/'), 600);
    assert.equal(count(server, 'page', '/categories'), 600);
    assert.equal(count(server, 'section', 'category'), 600);
    // The 404s are requests, not page views; the health checks of the
    // start-up are page views of /healthz and requests too.
    const health = count(server, 'page', '/healthz');
    assert.ok(health >= 1);
    assert.equal(count(server, 'views', ''), 1200 + health);
    assert.equal(count(server, 'requests', ''), 1800 + health);
    assert.equal(count(server, 'status', '4xx'), 600);
    // Two clients: the load's, and the start-up's health check (node's fetch).
    assert.equal(Number(sql(server, 'SELECT COUNT(*) FROM stats_visitors')), 2);
    assert.equal(Number(sql(server, 'SELECT COUNT(*) FROM stats_salts')), 1);

    // 48 hours after the day began, its salt and visitor keys are destroyed,
    // also by `hanse retention run` where no server runs; the count stays.
    const tooEarly = server.run('retention', 'run', { env: { HANSE_TESTING_CLOCK_OFFSET_SECONDS: String(86400) } });
    assert.equal(tooEarly.status, 0, tooEarly.stderr);
    assert.match(tooEarly.stdout, /statistics: 0 day\(s\) closed/);
    assert.equal(Number(sql(server, 'SELECT COUNT(*) FROM stats_visitors')), 2);
    const closed = server.run('retention', 'run', { env: { HANSE_TESTING_CLOCK_OFFSET_SECONDS: String(2 * 86400) } });
    assert.equal(closed.status, 0, closed.stderr);
    assert.match(closed.stdout, /statistics: 1 day\(s\) closed/);
    assert.equal(Number(sql(server, 'SELECT COUNT(*) FROM stats_visitors')), 0);
    assert.equal(Number(sql(server, 'SELECT COUNT(*) FROM stats_salts')), 0);
    assert.equal(count(server, 'visitors', ''), 2);
  } finally {
    if (!stopped) await server.stop({ keep: true }).catch(() => {});
    server.destroy();
  }
});
