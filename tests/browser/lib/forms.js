'use strict';
// Filling and submitting forms in Chromium the way a person does.

// Fills a form control by name, whatever kind it is: a select gets the
// option, a checkbox (or one of a group, by value) or a radio button (by
// value) is ticked, a file input
// gets the file {name, mimeType, buffer}, anything else is typed into.
async function fill(page, form, name, value) {
  const controls = page.locator(`${form} [name="${name}"]`);
  const el = controls.first();
  const tag = await el.evaluate((e) => `${e.tagName.toLowerCase()}:${(e.getAttribute('type') || '').toLowerCase()}`);
  if (tag.startsWith('select')) await el.selectOption(value);
  else if (tag === 'input:checkbox' && (await controls.count()) > 1) {
    for (const v of [].concat(value)) await page.locator(`${form} [name="${name}"][value="${v}"]`).check();
  } else if (tag === 'input:checkbox') await el.check();
  else if (tag === 'input:radio') await page.locator(`${form} [name="${name}"][value="${value}"]`).check();
  else if (tag === 'input:file') await el.setInputFiles(value);
  else await el.fill(value);
}

// Submits FORM by its submit button and waits for the page that follows.
async function submit(page, form) {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.locator(`${form} [type="submit"], ${form} button:not([type])`).first().click(),
  ]);
  return response;
}

const path = (page) => new URL(page.url()).pathname;

// Registers member M (tests/http/lib/members.js newMember) through the form
// at BASE_URL/register, checking the form page as STEP-register; ends on
// /account.
async function registerThroughForm(page, checker, baseUrl, m, step) {
  const res = await page.goto(`${baseUrl}/register`);
  await checker.check(page, `${step}-register`, res);
  const reg = 'form[action="/register"]';
  for (const k of ['name', 'email', 'phone', 'address', 'country', 'company_name', 'company_address', 'password']) {
    await fill(page, reg, k, m[k]);
  }
  await fill(page, reg, 'accept_policy', '1');
  await submit(page, reg);
  if (path(page) !== '/account') throw new Error(`after registering: ${page.url()}`);
}

module.exports = { fill, submit, path, registerThroughForm };
