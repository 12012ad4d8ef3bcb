'use strict';
// R-2 replica test (issue 15): scripts/cluster with two instances whose
// visitors' public pages are read from the streaming replica
// (database.replica_url, db/replica.h), under a load of visitor reads (the
// home page, search) and acknowledged writes (feedback), and the replica
// stopped (immediate shutdown) and started again mid-load
// (scripts/cluster replica-restart). Shows that
//  - reads fall back to the primary while the replica is away: no read
//    fails because of it (errors reported, at most one per request in
//    flight), and every instance says so in its log;
//  - every instance reads from the replica again once it is back (log, and
//    its connections on the replica);
//  - every write answered with 200 is in the database.
// Ports: HANSE_CLUSTER_* (defaults of scripts/cluster: 16460-16464, SMTP
// 2562); HANSE_CLUSTER_LOAD_SECONDS (default 8) is the length of the load.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { Client, csrfToken } = require('../http/lib/client');

const root = path.resolve(__dirname, '..', '..');
const script = path.join(root, 'scripts', 'cluster');
const pgPort = process.env.HANSE_CLUSTER_PG_PORT || '16460';
const replicaPort = process.env.HANSE_CLUSTER_REPLICA_PORT || '16461';
const lbPort = process.env.HANSE_CLUSTER_PORT || '16462';
const base = `http://127.0.0.1:${lbPort}`;
const clusterDir = process.env.HANSE_CLUSTER_DIR || `/tmp/hanse-cluster-${process.getuid()}`;
const LOAD_MS = Number(process.env.HANSE_CLUSTER_LOAD_SECONDS || 8) * 1000;
const WRITERS = 2;
const READERS = 6;

const env = {
  ...process.env,
  HANSE_LIMITS_MESSAGES_PER_IP_HOUR: '1000000',
  HANSE_LIMITS_MESSAGES_PER_MEMBER_HOUR: '1000000',
  HANSE_CLUSTER_REPLICA_DOWN_SECONDS: '2',
};

function cluster(...args) {
  const r = spawnSync(script, args, { env, encoding: 'utf8', timeout: 300000 });
  if (r.status !== 0) throw new Error(`scripts/cluster ${args.join(' ')}: ${r.status}\n${r.stderr}\n${r.stdout}`);
  return r.stdout;
}

function sql(port, query) {
  const r = spawnSync('psql', ['-X', '-q', '-h', '127.0.0.1', '-p', port, '-U', 'postgres', '-d', 'hanse', '-At', '-c', query],
    { encoding: 'utf8', timeout: 30000 });
  if (r.status !== 0) throw new Error(`psql: ${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean);
}

before(() => { cluster('start', '--instances', '2'); });
after(() => { cluster('stop'); });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

test('R2_reads_fall_back_to_the_primary_while_the_replica_restarts', { timeout: 240000 }, async () => {
  const run = crypto.randomBytes(4).toString('hex');
  const acknowledged = new Set();
  const errors = [];
  let reads = 0;
  let n = 0;
  const started = Date.now();
  const stopAt = started + LOAD_MS;

  async function writer() {
    while (Date.now() < stopAt) {
      const tag = `replica-${run}-${n++}`;
      try {
        const c = new Client(base);
        const form = await c.get('/feedback');
        if (form.status !== 200) { errors.push({ at: Date.now() - started, what: `GET /feedback ${form.status}` }); continue; }
        const r = await c.request('POST', '/feedback', {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ topic: 'services', message: `Load message ${tag}.`,
            reply_email: `load.${run}@example.com`, csrf: csrfToken(form.text) ?? '' }).toString(),
        });
        if (r.status === 200) acknowledged.add(tag);
        else errors.push({ at: Date.now() - started, what: `POST /feedback ${r.status}` });
      } catch (e) {
        errors.push({ at: Date.now() - started, what: `POST /feedback ${e.cause?.code || e.message}` });
      }
    }
  }

  async function reader(i) {
    const paths = ['/', '/search?q=valve', '/search?q=steel&kind=product', '/'];
    let k = i;
    while (Date.now() < stopAt) {
      const p = paths[k++ % paths.length];
      try {
        const r = await fetch(base + p, { redirect: 'manual', signal: AbortSignal.timeout(10000) });
        await r.arrayBuffer();
        if (r.status === 200) reads++;
        else errors.push({ at: Date.now() - started, what: `GET ${p} ${r.status}` });
      } catch (e) {
        errors.push({ at: Date.now() - started, what: `GET ${p} ${e.cause?.code || e.message}` });
      }
    }
  }

  let restart = null;
  async function restarter() {
    await sleep(LOAD_MS * 0.3);
    const child = spawn(script, ['replica-restart'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const at = Date.now() - started;
    const code = await new Promise((resolve) => child.on('exit', resolve));
    restart = { at, took: Date.now() - started - at, code, stderr };
  }

  await Promise.all([restarter(), ...Array.from({ length: WRITERS }, writer),
    ...Array.from({ length: READERS }, (_, i) => reader(i))]);
  // The instances look at the replica again a second after a failure.
  await sleep(1500);
  for (let i = 0; i < 8; i++) await (await fetch(`${base}/search?q=after`)).arrayBuffer();

  const stored = new Set(sql(pgPort, `SELECT message FROM feedback WHERE message LIKE 'Load message replica-${run}-%'`)
    .map((m) => /replica-[0-9a-f]+-\d+/.exec(m)[0]));
  const missing = [...acknowledged].filter((t) => !stored.has(t));
  const logs = [1, 2].map((i) => fs.readFileSync(path.join(clusterDir, `hanse${i}.log`), 'utf8'));
  const fellBack = logs.map((l) => /read replica: .* unavailable, reading from the primary/.test(l));
  const cameBack = logs.map((l) => /read replica: .* serves reads again/.test(l));
  const onReplica = Number(sql(replicaPort,
    "SELECT count(*) FROM pg_stat_activity WHERE datname = 'hanse' AND backend_type = 'client backend' AND pid <> pg_backend_pid()")[0]);
  const report = `reads ${reads}, acknowledged writes ${acknowledged.size}, missing ${missing.length}; ` +
    `replica restart at ${restart?.at} ms took ${restart?.took} ms (exit ${restart?.code}); ` +
    `instances that fell back ${JSON.stringify(fellBack)}, came back ${JSON.stringify(cameBack)}, ` +
    `their connections on the replica ${onReplica}; errors ${errors.length}: ${JSON.stringify(errors.slice(0, 20))}`;
  console.log(`# ${report}`);

  assert.equal(restart?.code, 0, `replica-restart failed: ${restart?.stderr}`);
  assert.ok(reads >= 100, `too little load to show anything: ${report}`);
  assert.ok(acknowledged.size >= 10, `too few writes: ${report}`);
  assert.deepEqual(missing, [], `acknowledged writes missing: ${report}`);
  assert.deepEqual(fellBack, [true, true], `an instance did not notice the replica was away: ${report}`);
  assert.deepEqual(cameBack, [true, true], `an instance did not read from the replica again: ${report}`);
  assert.ok(onReplica >= 2, `the instances hold no connection on the replica: ${report}`);
  assert.ok(errors.length <= WRITERS + READERS, `more errors than requests in flight: ${report}`);
});
