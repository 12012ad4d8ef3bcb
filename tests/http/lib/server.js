'use strict';
// Starts a real `build/hanse serve` on loopback for one test file, on SQLite
// (a fresh data folder) or PostgreSQL (a fresh database in the test cluster
// that scripts/test starts, HANSE_TEST_PG_URL).
//
//   const server = await startServer({backend, env, args, config});
//   server.baseUrl, server.port, server.dataDir, server.logFile, server.dbUrl
//   server.run('staff', 'add', ...)  -> {status, stdout, stderr}
//   await server.stop()               SIGTERM; asserts exit code 0
//
// prepareInstance() makes the data folder, database and config without a
// server (for CLI tests).

const assert = require('node:assert/strict');
const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const hanseBin = process.env.HANSE_BIN || path.join(repoRoot, 'build', 'hanse');
const runRoot = path.join(repoRoot, '.test-run', 'http');

const live = new Set();
process.on('exit', () => {
  for (const child of live) {
    try { child.kill('SIGKILL'); } catch { /* already gone */ }
  }
});

function pgTarget() {
  const url = new URL(process.env.HANSE_TEST_PG_URL || 'postgres://postgres@127.0.0.1:15432/postgres');
  return {
    host: url.hostname || '127.0.0.1',
    port: url.port || '5432',
    user: decodeURIComponent(url.username || 'postgres'),
    url,
  };
}

// Runs SQL in the test cluster's `postgres` database (or DB), throwing on error.
function psql(sql, db = 'postgres') {
  const pg = pgTarget();
  const r = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', pg.host, '-p', pg.port,
    '-U', pg.user, '-d', db, '-At', '-c', sql], { encoding: 'utf8', timeout: 30000 });
  if (r.status !== 0) {
    throw new Error(`psql failed (${r.status}): ${sql}\n${r.stderr || r.error}`);
  }
  return r.stdout;
}

function pgDump(db) {
  const pg = pgTarget();
  const r = spawnSync('pg_dump', ['-h', pg.host, '-p', pg.port, '-U', pg.user, '--no-owner', db],
    { timeout: 60000, maxBuffer: 512 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pg_dump failed: ${r.stderr}`);
  return r.stdout; // Buffer
}

function tomlValue(v) {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(String(v));
}

// {section: {key: value}} -> TOML text.
function toToml(config) {
  let out = '';
  for (const [section, keys] of Object.entries(config)) {
    out += `[${section}]\n`;
    for (const [k, v] of Object.entries(keys)) out += `${k} = ${tomlValue(v)}\n`;
    out += '\n';
  }
  return out;
}

function mergeConfig(base, extra) {
  const out = structuredClone(base);
  for (const [section, keys] of Object.entries(extra || {})) {
    out[section] = { ...(out[section] || {}), ...keys };
  }
  return out;
}

function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function freePort() {
  for (let i = 0; i < 200; i++) {
    const port = 20000 + crypto.randomInt(10001);
    if (await portFree(port)) return port;
  }
  throw new Error('no free port in 20000-30000');
}

// Runs `hanse ARGS` synchronously (no --data etc. added).
function runHanse(args, { env = {}, timeoutMs = 120000, input } = {}) {
  const r = spawnSync(hanseBin, args, {
    cwd: repoRoot, encoding: 'utf8', timeout: timeoutMs, input,
    env: { ...process.env, ...env },
  });
  if (r.error) throw new Error(`cannot run ${hanseBin}: ${r.error.message}`);
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

// A data folder, database and config file for one server.
async function prepareInstance({ backend = process.env.HANSE_TEST_BACKEND || 'sqlite', config = {}, port } = {}) {
  assert.ok(['sqlite', 'postgres'].includes(backend), `unknown backend ${backend}`);
  const id = `${backend}-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  const baseDir = path.join(runRoot, id);
  const dataDir = path.join(baseDir, 'data');
  fs.mkdirSync(dataDir, { recursive: true });
  port = port || await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  let dbUrl; let dbName = null;
  if (backend === 'postgres') {
    dbName = `hanse_t_${crypto.randomBytes(6).toString('hex')}`;
    psql(`CREATE DATABASE ${dbName}`);
    const pg = pgTarget();
    dbUrl = `postgres://${encodeURIComponent(pg.user)}@${pg.host}:${pg.port}/${dbName}`;
  } else {
    dbUrl = `sqlite:${path.join(dataDir, 'hanse.db')}`;
  }

  const configFile = path.join(baseDir, 'hanse.toml');
  const cfg = mergeConfig({
    mail: {
      smtp_host: '127.0.0.1',
      smtp_port: Number(process.env.HANSE_TEST_SMTP_PORT || 2525),
      poll_seconds: 1,
    },
    // Every test client is 127.0.0.1: per-IP attempt limits are raised here
    // and tested on their own in rate_limits.test.js.
    accounts: {
      argon2_memory_kib: 19456, argon2_iterations: 2,
      max_registrations_per_ip_hour: 1000, max_reset_requests_per_ip_hour: 1000,
    },
    site: { base_url: baseUrl },
  }, config);
  fs.writeFileSync(configFile, toToml(cfg));

  const common = ['--data', dataDir, '--database', dbUrl, '--config', configFile];
  return {
    backend, id, baseDir, dataDir, dbUrl, dbName, configFile, port, baseUrl,
    // `hanse ARGS --data D --database U --config C`
    run(...cliArgs) {
      let opts = {};
      if (cliArgs.length && typeof cliArgs[cliArgs.length - 1] === 'object') opts = cliArgs.pop();
      return runHanse([...cliArgs, ...common], opts);
    },
    psql(sql) {
      assert.ok(dbName, 'psql() is for the postgres backend');
      return psql(sql, dbName);
    },
    pgDump() {
      assert.ok(dbName, 'pgDump() is for the postgres backend');
      return pgDump(dbName);
    },
    destroy() {
      if (dbName) {
        try { psql(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`); } catch (e) { console.error(e.message); }
        dbName = null;
      }
      if (!process.env.HANSE_TEST_KEEP) fs.rmSync(baseDir, { recursive: true, force: true });
    },
  };
}

function logTail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function waitHealthy(baseUrl, child, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`hanse serve exited (${child.exitCode ?? child.signalCode}) before it was healthy; log:\n${logTail(logFile)}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
      last = `status ${res.status}`;
    } catch (e) {
      last = e.cause?.code || e.message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`hanse serve not healthy after ${timeoutMs} ms (${last}); log:\n${logTail(logFile)}`);
}

function waitExit(child, timeoutMs) {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    child.once('exit', (code, signal) => { clearTimeout(timer); resolve({ code, signal }); });
  });
}

// instance: serve an existing prepareInstance() (or a stopped server kept
// with stop({keep: true})) instead of a new one, e.g. to restart on the same
// database with another configuration (env).
async function startServer({ backend = process.env.HANSE_TEST_BACKEND || 'sqlite', env = {}, args = [], config = {}, healthTimeoutMs = 20000, instance = null } = {}) {
  if (!fs.existsSync(hanseBin)) throw new Error(`${hanseBin} does not exist: build first (scripts/test)`);
  const inst = instance || await prepareInstance({ backend, config });
  const logFile = path.join(inst.baseDir, 'server.log');
  const logFd = fs.openSync(logFile, 'a');
  const child = spawn(hanseBin, ['serve', '--listen', `127.0.0.1:${inst.port}`, '--data', inst.dataDir,
    '--database', inst.dbUrl, '--config', inst.configFile, ...args], {
    cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  child.unref();
  live.add(child);
  child.once('exit', () => live.delete(child));
  try {
    await waitHealthy(inst.baseUrl, child, logFile, healthTimeoutMs);
  } catch (e) {
    child.kill('SIGKILL');
    await waitExit(child, 5000);
    inst.destroy();
    throw e;
  }

  let stopped = null;
  return {
    ...inst,
    logFile,
    process: child,
    pid: child.pid,
    // The server log so far.
    log() { return fs.readFileSync(logFile, 'utf8'); },
    // SIGTERM, then asserts a clean exit (code 0). keep: leave files and database.
    async stop({ keep = false, signal = 'SIGTERM', timeoutMs = 15000 } = {}) {
      if (stopped) return stopped;
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const result = await waitExit(child, timeoutMs);
      if (!result) {
        child.kill('SIGKILL');
        await waitExit(child, 5000);
      }
      stopped = result || { code: null, signal: 'timeout' };
      const clean = result && result.code === 0;
      if (!keep && clean) inst.destroy();
      assert.ok(result, `hanse serve did not exit within ${timeoutMs} ms of ${signal}; log:\n${logTail(logFile)}`);
      assert.equal(result.code, 0, `hanse serve exit ${result.code ?? result.signal} after ${signal}; log:\n${logTail(logFile)}`);
      return stopped;
    },
    destroy() { inst.destroy(); },
  };
}

module.exports = { startServer, prepareInstance, runHanse, hanseBin, repoRoot, psql, pgDump, freePort, logTail };
