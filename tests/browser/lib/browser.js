'use strict';
// Headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core,
// with page checks: axe-core accessibility audit, Nu HTML Checker
// validation of the served bytes, and screenshots.
//
//   const b = await launch();
//   const { context, page, checker } = await b.newPage('journey');
//   await checker.check(page, 'register', response);  // audit + validate + screenshot
//   checker.assertClean();                            // fails listing every problem

const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const testsRoot = path.resolve(__dirname, '..', '..');
const artifactsRoot = path.join(testsRoot, 'artifacts');
const CHROMIUM = process.env.HANSE_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function playwright() {
  try {
    return require('playwright-core');
  } catch (e) {
    throw new Error(`playwright-core is not installed in tests/node_modules (npm ci in tests/): ${e.message}`);
  }
}

const axeSource = () => fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const vnuJar = () => path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

// Runs axe on the page; returns the serious and critical violations as text lines.
async function audit(page) {
  // addScriptTag would add an inline <script>, which the site's CSP rightly
  // refuses (and reports as a console error): evaluate axe over CDP instead,
  // which CSP does not govern.
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.evaluate(axeSource());
  }
  const result = await page.evaluate(async () => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] },
  }));
  const lines = [];
  for (const v of result.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    const targets = v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ');
    lines.push(`axe ${v.impact} ${v.id}: ${v.help} [${targets}]`);
  }
  return lines;
}

// Validates HTML with vnu.jar; returns the errors as text lines.
function validateHtml(html) {
  const r = spawnSync('java', ['-jar', vnuJar(), '--errors-only', '--format', 'json', '-'], {
    input: html, encoding: 'utf8', timeout: 120000, maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) return [`vnu could not run: ${r.error.message}`];
  const out = (r.stderr || '') + (r.stdout || '');
  const start = out.indexOf('{');
  if (start < 0) return r.status === 0 ? [] : [`vnu exit ${r.status}: ${out.slice(0, 500)}`];
  let report;
  try {
    report = JSON.parse(out.slice(start, out.lastIndexOf('}') + 1));
  } catch (e) {
    return [`vnu output unreadable (${e.message}): ${out.slice(0, 500)}`];
  }
  return (report.messages || [])
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `html line ${m.lastLine ?? '?'}: ${m.message} ${m.extract ? `[${m.extract.replace(/\s+/g, ' ').trim()}]` : ''}`);
}

// The bytes the server sent for the page: the navigation RESPONSE when
// given, else the page's URL fetched again with the context's cookies.
async function servedHtml(page, response) {
  if (response) {
    try { return await response.text(); } catch { /* fall back to a re-fetch */ }
  }
  const url = page.url();
  const cookies = await page.context().cookies(url);
  const res = await fetch(url, {
    headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
    redirect: 'manual',
  });
  return res.text();
}

class PageChecker {
  constructor(testName) {
    this.dir = path.join(artifactsRoot, testName.replace(/[^A-Za-z0-9_.-]+/g, '_'));
    fs.mkdirSync(this.dir, { recursive: true });
    this.problems = [];
    this.steps = 0;
  }

  attach(page) {
    page.on('pageerror', (e) => this.problems.push(`page error on ${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      // Failed loads are reported below, with their URL.
      if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) {
        this.problems.push(`console error on ${page.url()}: ${m.text()}`);
      }
    });
    page.on('response', (r) => {
      const url = new URL(r.url());
      // Chromium asks for /favicon.ico by itself; a page never names it.
      if (r.status() >= 400 && !r.request().isNavigationRequest() && url.pathname !== '/favicon.ico') {
        this.problems.push(`${r.status()} for ${url.pathname} (loaded by ${page.url()})`);
      }
    });
    page.on('requestfailed', (r) => {
      this.problems.push(`request failed: ${r.url()} (${r.failure()?.errorText}) on ${page.url()}`);
    });
  }

  async screenshot(page, step) {
    this.steps += 1;
    const file = path.join(this.dir, `${String(this.steps).padStart(2, '0')}-${step}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  }

  // Screenshot, accessibility audit and HTML validation of the current page.
  async check(page, step, response) {
    await this.screenshot(page, step);
    const where = `${step} (${new URL(page.url()).pathname})`;
    for (const line of await audit(page)) this.problems.push(`${where}: ${line}`);
    for (const line of validateHtml(await servedHtml(page, response))) this.problems.push(`${where}: ${line}`);
  }

  assertClean() {
    assert.deepEqual(this.problems, [], `problems found:\n${this.problems.join('\n')}`);
  }
}

// Chromium keeps Unix sockets in its temporary folder and profile, and a
// socket path may not exceed 107 bytes ("Socket path too long" when TMPDIR is
// deep, for example inside a checkout). So both go to a short folder of this
// process's own under /tmp, removed when the process exits: Chromium's TMPDIR,
// and the fresh profile (--user-data-dir) that Playwright makes in os.tmpdir().
let shortTmp = null;
function shortTmpDir() {
  if (!shortTmp) {
    shortTmp = fs.mkdtempSync('/tmp/hanse-chromium-');
    process.on('exit', () => {
      try { fs.rmSync(shortTmp, { recursive: true, force: true }); } catch { /* best effort */ }
    });
  }
  return shortTmp;
}

async function launchChromium(chromium) {
  const tmp = shortTmpDir();
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  try {
    return await chromium.launch({
      executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, env: { ...process.env, TMPDIR: tmp },
    });
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

async function launch() {
  const { chromium } = playwright();
  const browser = await launchChromium(chromium);
  return {
    browser,
    async newPage(testName, contextOptions = {}) {
      const context = await browser.newContext({ locale: 'en-GB', ...contextOptions });
      const page = await context.newPage();
      page.setDefaultTimeout(15000);
      const checker = new PageChecker(testName);
      checker.attach(page);
      return { context, page, checker };
    },
    close: () => browser.close(),
  };
}

module.exports = { launch, audit, validateHtml, servedHtml, PageChecker, CHROMIUM_ARGS, artifactsRoot };
