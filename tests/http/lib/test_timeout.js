'use strict';
// Preloaded into every test file by scripts/test (node --require): a default
// timeout for each test and hook that does not set its own, so that a hung
// test fails on its own and the file's other tests still run and are counted.
// node 20's --test-timeout does not do this: it limits each whole file, and a
// file cut off by it reports none of its tests.
//
//   HANSE_TEST_TIMEOUT_MS   the default, in milliseconds (180000)
//
// node takes a test's `location:` (shown with a failure in TAP) from the
// caller of test(), which is now this file; the stack shows the test's line.

const nodeTest = require('node:test');

const timeout = Number(process.env.HANSE_TEST_TIMEOUT_MS || 180000);

// test([name][, options][, fn]) with options.timeout defaulted.
function testArgs(args) {
  const at = args.findIndex((a) => a !== null && typeof a === 'object');
  if (at >= 0) {
    if (args[at].timeout !== undefined) return args;
    return args.map((a, i) => (i === at ? { ...a, timeout } : a));
  }
  // node reads a leading object as the options, else they follow the name.
  const where = typeof args[0] === 'function' ? 0 : 1;
  return [...args.slice(0, where), { timeout }, ...args.slice(where)];
}

// hook(fn[, options]) with options.timeout defaulted.
function hookArgs([fn, options]) {
  if (options && options.timeout !== undefined) return [fn, options];
  return [fn, { ...options, timeout }];
}

function wrap(original, withDefault) {
  return function (...args) { return original.apply(this, withDefault(args)); };
}

// test and it, with their variants test.skip, test.todo and test.only.
function wrapTest(original) {
  const wrapped = wrap(original, testArgs);
  for (const variant of ['skip', 'todo', 'only']) {
    if (typeof original[variant] === 'function') wrapped[variant] = wrap(original[variant], testArgs);
  }
  return wrapped;
}

for (const name of ['test', 'it']) nodeTest[name] = wrapTest(nodeTest[name]);
for (const name of ['before', 'after', 'beforeEach', 'afterEach']) nodeTest[name] = wrap(nodeTest[name], hookArgs);
