'use strict';
// R-2 failure test (issue 15): scripts/cluster with two instances behind
// nginx, a scripted load of acknowledged writes (feedback messages: stored,
// then an acknowledgement mail through the outbox) and reads (the home page,
// search), and one instance killed with SIGKILL mid-load. Shows that
//  - every write answered with 200 is in the database,
//  - nginx routes around the dead instance (the load after the kill is
//    served without errors while the instance stays down),
//  - the errors during the switch are reported and at most one per request
//    in flight at the moment of the kill (WRITERS + READERS); the switch
//    time (the slowest request around the kill, the first served after it)
//    is reported.
// Ports: HANSE_CLUSTER_* (defaults of scripts/cluster: 16460-16464, SMTP
// 2562); HANSE_CLUSTER_LOAD_SECONDS (default 8) is the length of the load.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { Client, csrfToken } = require('../http/lib/client');

const root = path.resolve(__dirname, '..', '..');
const script = path.join(root, 'scripts', 'cluster');
const pgPort = process.env.HANSE_CLUSTER_PG_PORT || '16460';
const lbPort = process.env.HANSE_CLUSTER_PORT || '16462';
const base = `http://127.0.0.1:${lbPort}`;
const clusterDir = process.env.HANSE_CLUSTER_DIR || `/tmp/hanse-cluster-${process.getuid()}`;
const LOAD_MS = Number(process.env.HANSE_CLUSTER_LOAD_SECONDS || 8) * 1000;
const WRITERS = 6;
const READERS = 4;

// Every request comes from nginx's address: the per-IP limits are raised
// for this load (they are tested on their own in tests/http).
const env = {
  ...process.env,
  HANSE_LIMITS_MESSAGES_PER_IP_HOUR: '1000000',
  HANSE_LIMITS_MESSAGES_PER_MEMBER_HOUR: '1000000',
};

function cluster(...args) {
  const r = spawnSync(script, args, { env, encoding: 'utf8', timeout: 300000 });
  if (r.status !== 0) throw new Error(`scripts/cluster ${args.join(' ')}: ${r.status}\n${r.stderr}\n${r.stdout}`);
  return r.stdout;
}

function sql(query) {
  const r = spawnSync('psql', ['-X', '-q', '-h', '127.0.0.1', '-p', pgPort, '-U', 'postgres', '-d', 'hanse', '-At', '-c', query],
    { encoding: 'utf8', timeout: 30000 });
  if (r.status !== 0) throw new Error(`psql: ${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean);
}

before(() => { cluster('start', '--instances', '2', '--no-replica'); });
after(() => { cluster('stop'); });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

test('R2_an_instance_killed_under_load_loses_no_acknowledged_write_and_is_routed_around', { timeout: 240000 }, async () => {
  const run = crypto.randomBytes(4).toString('hex');
  const acknowledged = new Set();
  const errors = [];  // {at, what}
  const done = { before: 0, after: 0 };
  const afterErrors = [];
  // The switch: requests that started before the kill and ended after it,
  // or started within 1.5 s after it; their slowest is the switch time.
  let slowestInSwitch = 0;
  let firstServedAfterKill = null;  // ms from the kill to the first 200 that started after it
  let killedAt = null;
  let n = 0;
  const started = Date.now();
  const stopAt = started + LOAD_MS;

  function note(ok, what, began) {
    const now = Date.now();
    if (killedAt !== null && now >= killedAt && began - killedAt <= 1500) {
      slowestInSwitch = Math.max(slowestInSwitch, now - began);
      if (ok && began >= killedAt && firstServedAfterKill === null) firstServedAfterKill = now - killedAt;
    }
    if (killedAt !== null && now - killedAt > 1500) {
      if (ok) done.after++; else afterErrors.push(what);
    } else if (ok) done.before++;
    if (!ok) errors.push({ at: now - started, what });
  }

  async function writer() {
    while (Date.now() < stopAt) {
      const tag = `cluster-${run}-${n++}`;
      let began = Date.now();
      try {
        const c = new Client(base);
        const form = await c.get('/feedback');
        if (form.status !== 200) { note(false, `GET /feedback ${form.status}`, began); continue; }
        began = Date.now();
        const r = await c.request('POST', '/feedback', {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ topic: 'services', message: `Load message ${tag}.`,
            reply_email: `load.${run}@example.com`, csrf: csrfToken(form.text) ?? '' }).toString(),
        });
        if (r.status === 200) { acknowledged.add(tag); note(true, '', began); } else note(false, `POST /feedback ${r.status}`, began);
      } catch (e) {
        note(false, `POST /feedback ${e.cause?.code || e.message}`, began);
      }
    }
  }

  async function reader(i) {
    const paths = ['/', '/search?q=valve', '/feedback', '/healthz'];
    let k = i;
    while (Date.now() < stopAt) {
      const p = paths[k++ % paths.length];
      const began = Date.now();
      try {
        const r = await fetch(base + p, { redirect: 'manual', signal: AbortSignal.timeout(10000) });
        await r.arrayBuffer();
        note(r.status === 200, `GET ${p} ${r.status}`, began);
      } catch (e) {
        note(false, `GET ${p} ${e.cause?.code || e.message}`, began);
      }
    }
  }

  async function killer() {
    await sleep(LOAD_MS * 0.35);
    // At once, without blocking the event loop (scripts/cluster kill would,
    // while node waits for it): the pid the script recorded, as it does.
    const pidFile = path.join(clusterDir, 'hanse1.pid');
    const pid = Number(fs.readFileSync(pidFile, 'utf8'));
    process.kill(pid, 'SIGKILL');
    killedAt = Date.now();
    fs.rmSync(pidFile);
  }

  await Promise.all([killer(), ...Array.from({ length: WRITERS }, writer), ...Array.from({ length: READERS }, (_, i) => reader(i))]);

  const stored = new Set(sql(`SELECT message FROM feedback WHERE message LIKE 'Load message cluster-${run}-%'`)
    .map((m) => /cluster-[0-9a-f]+-\d+/.exec(m)[0]));
  const missing = [...acknowledged].filter((t) => !stored.has(t));
  const status = spawnSync(script, ['status'], { env, encoding: 'utf8' }).stdout;
  // nginx logs each attempt on the dead instance it routed around.
  const nginxLog = fs.readFileSync(path.join(clusterDir, 'nginx', 'error.log'), 'utf8');
  const refused = nginxLog.split('\n').filter((l) => /Connection refused\) while connecting to upstream/.test(l)).length;
  const report = `acknowledged writes ${acknowledged.size}, stored ${stored.size}, missing ${missing.length}; ` +
    `successful requests before/around the kill ${done.before}, after it ${done.after}; ` +
    `switch: slowest request ${slowestInSwitch} ms, first served ${firstServedAfterKill} ms after the kill; ` +
    `attempts on the dead instance nginx routed around ${refused}; ` +
    `errors ${errors.length}: ${JSON.stringify(errors.slice(0, 20))}`;
  console.log(`# ${report}`);
  console.log(status.split('\n').map((l) => `# ${l}`).join('\n'));

  assert.ok(acknowledged.size >= 20, `too little load to show anything: ${report}`);
  assert.deepEqual(missing, [], `acknowledged writes missing from the database: ${report}`);
  assert.match(status, /hanse1 .* down/, 'instance 1 is not down');
  assert.match(status, /hanse2 .* up/, 'instance 2 is not up');
  assert.ok(done.after >= 20, `the load balancer did not go on serving after the kill: ${report}`);
  assert.ok(refused >= 1, `nginx never tried the dead instance: ${report}`);
  assert.deepEqual(afterErrors, [], `errors once the switch was over: ${report}`);
  assert.ok(firstServedAfterKill !== null && firstServedAfterKill < 1500, `nothing served soon after the kill: ${report}`);
  assert.ok(errors.length <= WRITERS + READERS, `more errors than requests in flight at the kill: ${report}`);
});
