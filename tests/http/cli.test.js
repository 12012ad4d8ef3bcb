'use strict';
// The command line: help, version, configuration errors, schema versions.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { runHanse, prepareInstance, freePort } = require('./lib/server');

const backend = process.env.HANSE_TEST_BACKEND || 'sqlite';

test('hanse --help lists the subcommands', () => {
  const r = runHanse(['--help']);
  assert.equal(r.status, 0, r.stderr);
  for (const sub of ['serve', 'migrate', 'demo', 'staff', 'version']) assert.match(r.stdout, new RegExp(sub));
});

const helpOptions = {
  serve: ['--listen', '--data', '--database', '--config'],
  migrate: ['--data', '--database', '--config'],
  demo: ['--companies', '--seed'],
  staff: ['add', '--email', '--role'],
  version: [],
};
for (const [sub, options] of Object.entries(helpOptions)) {
  test(`hanse ${sub} --help exits 0 and names its options`, () => {
    const r = runHanse([sub, '--help']);
    assert.equal(r.status, 0, `exit ${r.status}: ${r.stderr}`);
    const text = `${r.stdout}${r.stderr}`;
    for (const o of options) assert.ok(text.includes(o), `hanse ${sub} --help does not mention ${o}:\n${text}`);
  });
}

test('hanse version prints the version', () => {
  const r = runHanse(['version']);
  assert.equal(r.status, 0);
  const cmake = fs.readFileSync(path.join(__dirname, '..', '..', 'CMakeLists.txt'), 'utf8');
  const v = /project\(hanse\s+VERSION\s+([0-9.]+)/.exec(cmake);
  assert.match(r.stdout, v ? new RegExp(v[1].replace(/\./g, '\\.')) : /\d+\.\d+\.\d+/);
});

test('a bad value in the config file names its key', async () => {
  const inst = await prepareInstance({ backend, config: { server: { listen: 'nonsense' } } });
  try {
    const r = runHanse(['serve', '--config', inst.configFile, '--data', inst.dataDir, '--database', inst.dbUrl],
      { timeoutMs: 20000 });
    assert.notEqual(r.status, 0, 'serve accepted server.listen = "nonsense"');
    assert.equal(r.signal, null, 'serve did not exit by itself');
    assert.match(`${r.stdout}${r.stderr}`, /server\.listen/);
  } finally {
    inst.destroy();
  }
});

function recordFutureSchema(inst) {
  const tries = [
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)",
    "INSERT INTO schema_migrations (version, name) VALUES (999, 'future')",
    'INSERT INTO schema_migrations (version) VALUES (999)',
  ];
  let lastError = '';
  for (const sql of tries) {
    if (inst.backend === 'postgres') {
      try { inst.psql(sql); return; } catch (e) { lastError = e.message; }
    } else {
      const file = inst.dbUrl.replace(/^sqlite:/, '');
      const r = spawnSync('/usr/bin/python3', ['-c',
        'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()', file, sql],
      { encoding: 'utf8' });
      if (r.status === 0) return;
      lastError = r.stderr;
    }
  }
  throw new Error(`cannot record schema version 999: ${lastError}`);
}

test('a database from a newer hanse: migrate and serve refuse with "newer"', async () => {
  const inst = await prepareInstance({ backend });
  try {
    const first = inst.run('migrate');
    assert.equal(first.status, 0, `migrate: ${first.stderr}`);
    recordFutureSchema(inst);
    const again = inst.run('migrate');
    assert.notEqual(again.status, 0);
    assert.match(`${again.stdout}${again.stderr}`, /newer/);
    const port = await freePort();
    const serve = inst.run('serve', '--listen', `127.0.0.1:${port}`, { timeoutMs: 20000 });
    assert.notEqual(serve.status, 0);
    assert.equal(serve.signal, null, 'serve did not exit by itself');
    assert.match(`${serve.stdout}${serve.stderr}`, /newer/);
  } finally {
    inst.destroy();
  }
});

test('hanse migrate is idempotent', async () => {
  const inst = await prepareInstance({ backend });
  try {
    assert.equal(inst.run('migrate').status, 0);
    const again = inst.run('migrate');
    assert.equal(again.status, 0, again.stderr);
  } finally {
    inst.destroy();
  }
});
