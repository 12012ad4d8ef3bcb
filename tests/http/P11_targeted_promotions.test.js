'use strict';
// P-11, clause targeted-promotions: banners on the home, search and category
// pages, chosen per request (after the visitor page cache) by, in order, a
// signed-in member's company industries when the privacy guard allows
// targeted promotions for them, the interest cookie hanse_interests when the
// visitor accepted advertising cookies, or nothing; each with "Why am I
// seeing this?" naming the data that chose it. A member who turned targeted
// promotions off gets an untargeted banner; the interest cookie is never set
// without advertising consent; clicks go through a redirect that only leads
// to the campaign's registered link (400 otherwise); impressions and clicks
// are counted per campaign and day; the impression cap holds; the staff
// form validates every field (400 with messages, nothing stored).
// Promotions: members join, see their progress and leave; a reached goal's
// reward (the company's listings featured first on their category pages)
// starts with the change that reached it and ends with its days, when the
// member leaves or turns targeted promotions off; members who turned
// targeted promotions off and suppressed addresses (P-18) are never
// included; a visitor's promotion cookie only with promotion cookies
// accepted.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { startServer } = require('./lib/server');
const { Client, fieldErrors, decodeEntities, stripTags } = require('./lib/client');
const { registerOk } = require('./lib/members');
const { signedInStaff } = require('./lib/staff_accounts');
const { createCompany, addProduct, postOffer, PNG_1x1 } = require('./lib/market');
const { sqlRows } = require('./lib/sql_rows');
const { sql } = require('./lib/sql');

let server;
let admin;
before(async () => {
  server = await startServer();
  admin = (await signedInStaff(server, 'admin')).client;
});
after(async () => { if (server) await server.stop(); });

function today(offsetDays = 0) {
  return new Date(Date.now() + offsetDays * 86400000).toISOString().slice(0, 10);
}

function tag() { return crypto.randomBytes(4).toString('hex'); }

// Stores a campaign through the staff form; returns {id, text, link}.
async function newCampaign(overrides = {}, files = {}) {
  assert.equal((await admin.get('/staff/banners/new')).status, 200);
  const fields = {
    text: `Banner ${tag()}`,
    link: '/categories',
    industries: [],
    countries: '',
    first_day: today(-1),
    last_day: today(30),
    cap: '',
    kind: 'house',
    ...overrides,
  };
  const r = await admin.postMultipart('/staff/banners/new', fields, files);
  assert.equal(r.status, 303, `campaign: ${r.status} ${JSON.stringify(fieldErrors(r.text))}`);
  const m = /created=(\d+)/.exec(r.location);
  assert.ok(m, r.location);
  return { id: Number(m[1]), text: fields.text, link: fields.link };
}

// The banner on a page: {id, basis, text, why, href} or null.
function banner(html) {
  const m = /<aside class="banner"[^>]*data-banner="(\d+)" data-basis="(\w+)">([\s\S]*?)<\/aside>/.exec(html);
  if (!m) return null;
  const text = /<p class="banner-text"><a href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/.exec(m[3]);
  const why = /<details class="banner-why">\s*<summary>Why am I seeing this\?<\/summary>\s*<p>([\s\S]*?)<\/p>/.exec(m[3]);
  assert.ok(text && why, `banner without text or explanation: ${m[0]}`);
  return {
    id: Number(m[1]), basis: m[2], href: decodeEntities(text[1]), text: decodeEntities(stripTags(text[2])),
    why: decodeEntities(stripTags(why[1])), html: m[0],
  };
}

async function memberWithCompany(industries, country = 'DE') {
  const client = new Client(server.baseUrl);
  await registerOk(client);
  await createCompany(client, { industries, country });
  return client;
}

// A visitor who made a cookie choice (POST /privacy/cookies).
async function visitorWhoChose(fields, headers = {}) {
  const client = new Client(server.baseUrl);
  const r = await client.post('/privacy/cookies', { csrf: null, ...fields },
    { headers: { origin: server.baseUrl, 'sec-fetch-site': 'same-origin', ...headers } });
  assert.equal(r.status, 303, `cookie choice: ${r.status} ${r.text.slice(0, 500)}`);
  assert.ok(client.cookie('hanse_cookie_choice'), 'no choice cookie');
  return client;
}

function interestCookieSet(r) {
  return r.setCookies.some((c) => c.name.endsWith('hanse_interests') && c.value !== '');
}

test('P11_targeted_promotions_explanation_names_the_data_for_each_path', async () => {
  const machinery = await newCampaign({ text: `Machinery fair ${tag()}`, industries: ['industrial-machinery'] });
  const farming = await newCampaign({ text: `Farming week ${tag()}`, industries: ['agriculture'] });
  await newCampaign({ text: `For everyone ${tag()}` });

  // a) A member whose company is in industrial machinery (a sub-category).
  const member = await memberWithCompany(['industrial-machinery/pumps']);
  for (const path of ['/', '/search?q=pump', '/category/agriculture', '/categories']) {
    const r = await member.get(path);
    assert.equal(r.status, 200, path);
    if (path === '/categories') { assert.equal(banner(r.text), null, 'the directory has no slot'); continue; }
    const b = banner(r.text);
    assert.ok(b, `no banner on ${path}`);
    assert.equal(b.id, machinery.id, `member on ${path}: ${b.text}`);
    assert.equal(b.basis, 'member');
    assert.match(b.why, /your company's industry Industrial Machinery/);
    assert.match(b.why, /because you did not turn off targeted promotions/);
    assert.ok(b.html.includes('href="/account/personalisation"'), 'no way to turn it off');
    assert.ok(!r.setCookies.some((c) => c.name.endsWith('hanse_interests')), 'a member got the interest cookie unasked');
  }

  // b) A visitor who accepted advertising cookies and browsed agriculture.
  const accepted = await visitorWhoChose({ choice: 'accept_all' });
  const browsed = await accepted.get('/category/agriculture');
  assert.equal(browsed.status, 200);
  assert.ok(interestCookieSet(browsed), 'the interest cookie was not set with advertising accepted');
  const seen = banner((await accepted.get('/')).text);
  assert.equal(seen.id, farming.id, seen.text);
  assert.equal(seen.basis, 'interests');
  assert.match(seen.why, /the industries you browsed here \(Agriculture\)/);
  assert.match(seen.why, /kept in the cookie hanse_interests that you accepted/);
  assert.ok(seen.html.includes('href="/privacy/cookies"'));

  // c) A visitor who chose nothing: the same browsing sets no cookie and
  // the banner is one shown to everyone.
  const visitor = new Client(server.baseUrl);
  const plain = await visitor.get('/category/agriculture');
  assert.ok(!interestCookieSet(plain));
  for (let i = 0; i < 3; i++) {
    const b = banner((await visitor.get('/')).text);
    assert.ok(b, 'no banner for a visitor');
    assert.equal(b.basis, 'none');
    assert.notEqual(b.id, machinery.id);
    assert.notEqual(b.id, farming.id);
    assert.equal(b.why, 'No data about you chose this banner: it is shown to everyone.');
  }
  // Even with a planted interest cookie, without consent it is not used.
  visitor.setCookie('hanse_interests', 'agriculture');
  assert.equal(banner((await visitor.get('/')).text).basis, 'none');
});

test('P11_targeted_promotions_opted_out_member_gets_an_untargeted_banner', async () => {
  const toys = await newCampaign({ text: `Toy makers ${tag()}`, industries: ['toys'] });
  await newCampaign({ text: `Shown to all ${tag()}` });
  const member = await memberWithCompany(['toys/educational-toys']);
  const before = banner((await member.get('/')).text);
  assert.equal(before.id, toys.id);
  assert.equal(before.basis, 'member');

  assert.equal((await member.get('/account/personalisation')).status, 200);
  const off = await member.post('/account/personalisation', { clause: 'targeted-promotions', value: 'denied' });
  assert.equal(off.status, 303, off.text.slice(0, 500));
  const settings = await member.follow(off);
  assert.match(settings.text, /Turn on targeted promotions/);
  // The consent ledger holds the opt-out.
  const rows = sqlRows(server, "SELECT what, value FROM consent_ledger WHERE kind = 'clause' AND what = 'targeted-promotions' ORDER BY id DESC");
  assert.ok(rows.length >= 1 && rows[0][1] === 'denied', JSON.stringify(rows));

  for (const path of ['/', '/search?q=toy', '/category/toys']) {
    for (let i = 0; i < 2; i++) {
      const b = banner((await member.get(path)).text);
      assert.ok(b, `no banner on ${path}`);
      assert.notEqual(b.id, toys.id, `the targeted banner after opting out on ${path}`);
      assert.equal(b.basis, 'none');
      assert.equal(b.why, 'No data about you chose this banner: it is shown to everyone.');
    }
  }
  // Switched back on: targeted again.
  await member.get('/account/personalisation');
  assert.equal((await member.post('/account/personalisation', { clause: 'targeted-promotions', value: 'granted' })).status, 303);
  assert.equal(banner((await member.get('/')).text).id, toys.id);
});

test('P11_targeted_promotions_interest_cookie_never_set_without_advertising_consent', async () => {
  const journeys = [
    ['no choice', new Client(server.baseUrl)],
    ['rejected all', await visitorWhoChose({ choice: 'reject_all' })],
    ['statistics only', await visitorWhoChose({ choice: 'save', statistics: 'on' })],
    ['GPC without a choice', null],
  ];
  for (const [name, client] of journeys) {
    const c = client || new Client(server.baseUrl);
    const headers = client ? {} : { 'sec-gpc': '1' };
    for (const path of ['/category/energy', '/category/energy', '/category/energy/solar-panels', '/', '/search?q=solar']) {
      const r = await c.get(path, { headers });
      assert.equal(r.status, 200, `${name}: ${path}`);
      assert.ok(!r.setCookies.some((k) => k.name.endsWith('hanse_interests')), `${name}: interest cookie on ${path}`);
    }
  }
  // With advertising accepted: set on the first category page, also when
  // the page comes from the visitor page cache, most recent first.
  const first = await visitorWhoChose({ choice: 'accept_all' });
  const second = await visitorWhoChose({ choice: 'save', advertising: 'on' });
  for (const c of [first, second]) {
    const r1 = await c.get('/category/energy');
    assert.ok(interestCookieSet(r1), 'not set with advertising accepted');
    assert.equal(c.cookie('hanse_interests'), 'energy');
    const r2 = await c.get('/category/furniture/bedroom-furniture');
    assert.ok(interestCookieSet(r2));
    assert.equal(c.cookie('hanse_interests'), 'furniture.energy');
    const again = await c.get('/category/furniture');
    assert.ok(!interestCookieSet(again), 'set again although unchanged');
  }
  // Withdrawn later: the cookie is deleted, not used.
  const later = await first.post('/privacy/cookies', { csrf: null, choice: 'reject_all' },
    { headers: { origin: server.baseUrl, 'sec-fetch-site': 'same-origin' } });
  assert.equal(later.status, 303);
  const after = await first.get('/category/toys');
  assert.ok(!interestCookieSet(after));
  assert.notEqual(banner(after.text)?.basis, 'interests');
});

test('P11_targeted_promotions_click_redirect_refuses_unregistered_urls', async () => {
  const link = `https://partner.example/offer/${tag()}?ref=hanse`;
  const c = await newCampaign({ text: `Partner offer ${tag()}`, link, kind: 'partner', industries: ['luggage-bags'] });
  const member = await memberWithCompany(['luggage-bags/suitcases']);
  const b = banner((await member.get('/')).text);
  assert.equal(b.id, c.id);
  assert.match(b.html, /Advertisement from a partner/);
  assert.ok(b.href.startsWith(`/banner/${c.id}/click?to=`), b.href);
  const ok = await member.get(b.href);
  assert.equal(ok.status, 303);
  assert.equal(ok.rawLocation, link);
  const visitor = new Client(server.baseUrl);
  for (const to of ['https://evil.example/', '//evil.example/', '/categories', `${link}x`, 'javascript:alert(1)', '']) {
    const r = await visitor.get(`/banner/${c.id}/click?to=${encodeURIComponent(to)}`);
    assert.equal(r.status, 400, `to=${to}`);
    assert.equal(r.rawLocation, null);
  }
  assert.equal((await visitor.get(`/banner/${c.id}/click`)).status, 400);
  assert.equal((await visitor.get(`/banner/99999999/click?to=${encodeURIComponent(link)}`)).status, 400);
  assert.equal((await visitor.get(`/banner/x/click?to=${encodeURIComponent(link)}`)).status, 400);
});

test('P11_targeted_promotions_impressions_and_clicks_counted_and_cap_respected', async () => {
  const capped = await newCampaign({ text: `Capped ${tag()}`, industries: ['chemicals'], cap: '3' });
  await newCampaign({ text: `Fallback ${tag()}` });
  const member = await memberWithCompany(['chemicals/organic-chemicals']);
  const shown = [];
  for (let i = 0; i < 6; i++) shown.push(banner((await member.get('/')).text).id);
  assert.equal(shown.filter((id) => id === capped.id).length, 3, `shown: ${shown}`);
  assert.deepEqual(shown.slice(0, 3), [capped.id, capped.id, capped.id]);
  // Two clicks on it (a click is allowed after the cap: the link is registered).
  for (let i = 0; i < 2; i++) {
    const r = await member.get(`/banner/${capped.id}/click?to=${encodeURIComponent(capped.link)}`);
    assert.equal(r.status, 303);
  }
  const list = await admin.get('/staff/banners');
  assert.equal(list.status, 200);
  const row = new RegExp(`<tr id="campaign-${capped.id}">[\\s\\S]*?<td class="impressions">(\\d+)</td><td class="clicks">(\\d+)</td>`).exec(list.text);
  assert.ok(row, list.text.slice(0, 3000));
  assert.equal(Number(row[1]), 3);
  assert.equal(Number(row[2]), 2);
  // Aggregate only: per campaign and day, no visitor or member.
  const counts = sqlRows(server, `SELECT campaign_id, day, impressions, clicks FROM banner_counts WHERE campaign_id = ${capped.id}`);
  assert.equal(counts.length, 1);
  assert.equal(Number(counts[0][2]), 3);
  assert.equal(Number(counts[0][3]), 2);
  const columns = server.backend === 'postgres'
    ? sqlRows(server, "SELECT column_name FROM information_schema.columns WHERE table_name = 'banner_counts'").map((r) => r[0])
    : sqlRows(server, "SELECT name FROM pragma_table_info('banner_counts')").map((r) => r[0]);
  assert.deepEqual(columns.sort(), ['campaign_id', 'clicks', 'day', 'impressions'], 'a column that could name a visitor');
  // Ended by staff: shown no more.
  const ended = await newCampaign({ text: `Ends ${tag()}`, industries: ['lights-lighting'] });
  const lit = await memberWithCompany(['lights-lighting/led-bulbs']);
  assert.equal(banner((await lit.get('/')).text).id, ended.id);
  await admin.get('/staff/banners');
  assert.equal((await admin.post(`/staff/banners/${ended.id}/end`, {})).status, 303);
  assert.notEqual(banner((await lit.get('/')).text)?.id, ended.id);
});

test('P11_targeted_promotions_campaign_form_validates_every_field', async () => {
  assert.equal((await admin.get('/staff/banners/new')).status, 200);
  const marker = `Invalid ${tag()}`;
  const bad = await admin.postMultipart('/staff/banners/new', {
    text: '', link: 'javascript:alert(1)', industries: ['no-such-industry'], countries: 'DE, XX',
    first_day: '2026-02-30', last_day: 'tomorrow', cap: '-5', kind: 'sponsor',
  }, { image: { filename: 'x.svg', contentType: 'image/svg+xml', data: '<svg xmlns="http://www.w3.org/2000/svg"/>' } });
  assert.equal(bad.status, 400);
  const errors = fieldErrors(bad.text);
  for (const field of ['text', 'link', 'industries', 'countries', 'first_day', 'last_day', 'cap', 'kind', 'image'])
    assert.ok(errors[field], `no message for ${field}: ${JSON.stringify(errors)}`);
  assert.match(bad.text, /Nothing was stored/);
  // Each link form that could lead elsewhere is refused.
  for (const link of ['//evil.example/x', 'http://plain.example/', 'https://user@evil.example/', 'https://', 'https://host/a b', '/a\\b', 'ftp://x.example/']) {
    await admin.get('/staff/banners/new');
    const r = await admin.postMultipart('/staff/banners/new', {
      text: marker, link, first_day: today(), last_day: today(1), kind: 'house',
    });
    assert.equal(r.status, 400, `link ${link}`);
    assert.ok(fieldErrors(r.text).link, `link ${link}`);
  }
  // Last day before first day; a cap too large.
  await admin.get('/staff/banners/new');
  const order = await admin.postMultipart('/staff/banners/new', {
    text: marker, link: '/', first_day: today(2), last_day: today(1), cap: '99999999999', kind: 'house',
  });
  assert.equal(order.status, 400);
  assert.ok(fieldErrors(order.text).last_day);
  assert.ok(fieldErrors(order.text).cap);
  assert.ok(!(await admin.get('/staff/banners')).text.includes(marker), 'an invalid campaign was stored');
  // A valid one with an image: the image is served as an image.
  const ok = await newCampaign({ text: `With image ${tag()}`, industries: ['metals-minerals'] },
    { image: { filename: 'a.png', contentType: 'image/png', data: PNG_1x1 } });
  const member = await memberWithCompany(['metals-minerals/steel-pipes']);
  const b = banner((await member.get('/')).text);
  assert.equal(b.id, ok.id);
  assert.ok(b.html.includes(`src="/banner/${ok.id}/image"`));
  const img = await member.get(`/banner/${ok.id}/image`);
  assert.equal(img.status, 200);
  assert.equal(img.headers.get('content-type'), 'image/png');
  // Only admins manage campaigns.
  const support = (await signedInStaff(server, 'support')).client;
  assert.equal((await support.get('/staff/banners')).status, 403);
  assert.equal((await support.get('/staff/banners/new')).status, 403);
  const asMember = await member.get('/staff/banners');
  assert.notEqual(asMember.status, 200);
  assert.ok(!asMember.text.includes(ok.text), 'a member saw the campaigns');
});

async function newPromotion(overrides = {}) {
  assert.equal((await admin.get('/staff/promotions/new')).status, 200);
  const fields = { title: `Promotion ${tag()}`, rule: 'offers', target: '2', reward_days: '7',
    first_day: today(-1), last_day: today(30), ...overrides };
  const r = await admin.post('/staff/promotions/new', fields);
  assert.equal(r.status, 303, `promotion: ${r.status} ${JSON.stringify(fieldErrors(r.text))}`);
  return { id: Number(/created=(\d+)/.exec(r.location)[1]), ...fields };
}

function standing(html, id) {
  const m = new RegExp(`<section class="promotion" id="promotion-${id}"[\\s\\S]*?</section>`).exec(html);
  return m ? decodeEntities(stripTags(m[0])).replace(/\s+/g, ' ') : null;
}

test('P11_targeted_promotions_promotions_members_join_see_progress_and_leave', async () => {
  // The staff form checks every field.
  await admin.get('/staff/promotions/new');
  const bad = await admin.post('/staff/promotions/new', { title: ' ', rule: 'lottery', reward_days: '0',
    first_day: 'soon', last_day: '2026-02-31' });
  assert.equal(bad.status, 400);
  const errors = fieldErrors(bad.text);
  for (const f of ['title', 'rule', 'reward_days', 'first_day', 'last_day']) assert.ok(errors[f], `no message for ${f}`);
  await admin.get('/staff/promotions/new');
  const noTarget = await admin.post('/staff/promotions/new', { title: 'x', rule: 'offers', target: '0', reward_days: '3',
    first_day: today(), last_day: today(1) });
  assert.equal(noTarget.status, 400);
  assert.ok(fieldErrors(noTarget.text).target);

  const promo = await newPromotion();
  const profile = await newPromotion({ rule: 'profile', target: '' });
  const member = await memberWithCompany(['metals-minerals/copper']);
  let page = await member.get('/account/promotions');
  assert.equal(page.status, 200);
  assert.match(standing(page.text, promo.id), /Post 2 offers this month.*You do not take part/);
  assert.ok(standing(page.text, profile.id));
  assert.equal((await member.post(`/account/promotions/${promo.id}/join`, {})).status, 303);
  page = await member.get('/account/promotions');
  assert.match(standing(page.text, promo.id), /You take part\. Progress: 0 of 2/);
  await postOffer(member);
  assert.match(standing((await member.get('/account/promotions')).text, promo.id), /Progress: 1 of 2/);
  await postOffer(member);
  page = await member.get('/account/promotions');
  assert.match(standing(page.text, promo.id), /Progress: 2 of 2.*Goal reached: featured until/);
  assert.equal((await member.post(`/account/promotions/${promo.id}/leave`, {})).status, 303);
  page = await member.get('/account/promotions');
  assert.match(standing(page.text, promo.id), /You left this promotion/);
  const rows = sqlRows(server, `SELECT left_at IS NOT NULL, completed_at IS NOT NULL FROM promotion_participants WHERE promotion_id = ${promo.id}`);
  assert.equal(rows.length, 1);
  assert.ok(['1', 't', 'true'].includes(rows[0][0]) && ['1', 't', 'true'].includes(rows[0][1]), JSON.stringify(rows));
  // Leaving what one is not part of: 404, nothing changed.
  await member.get('/account/promotions');
  assert.equal((await member.post(`/account/promotions/${profile.id}/leave`, {})).status, 404);
  const list = await admin.get('/staff/promotions');
  assert.match(list.text, new RegExp(`<tr id="promotion-${promo.id}">[\\s\\S]*?<td>1</td></tr>`));

  // Participation is the member's: it goes with their account (P-15).
  const leaver = new Client(server.baseUrl);
  const me = await registerOk(leaver);
  await createCompany(leaver, { industries: ['metals-minerals/copper'] });
  await leaver.get('/account/promotions');
  assert.equal((await leaver.post(`/account/promotions/${promo.id}/join`, {})).status, 303);
  const [[leaverId]] = sqlRows(server, `SELECT member_id FROM promotion_participants WHERE promotion_id = ${promo.id} ORDER BY joined_at DESC, member_id DESC LIMIT 1`);
  await leaver.get('/bin/user/edit/delete');
  const erased = await leaver.post('/bin/user/edit/delete', { password: me.password, confirm: '1' });
  assert.equal(erased.status, 303, erased.text.slice(0, 500));
  assert.deepEqual(sqlRows(server, `SELECT promotion_id FROM promotion_participants WHERE member_id = ${leaverId}`), []);
});

test('P11_targeted_promotions_promotions_never_include_suppressed_or_opted_out_members', async () => {
  const promo = await newPromotion();
  const suppressed = await memberWithCompany(['metals-minerals/copper']);
  const optedOut = await memberWithCompany(['metals-minerals/copper']);
  // A guardian's suppression (P-18) marks the account; here set directly.
  const ids = sqlRows(server, 'SELECT id FROM members ORDER BY id DESC LIMIT 2').map((r) => Number(r[0]));
  const suppressedId = ids[1];  // registered first of the two
  sql(server, `UPDATE members SET promotions_suppressed_at = 1 WHERE id = ${suppressedId}`);
  await optedOut.get('/account/personalisation');
  assert.equal((await optedOut.post('/account/personalisation', { clause: 'targeted-promotions', value: 'denied' })).status, 303);
  for (const [name, c] of [['suppressed', suppressed], ['opted out', optedOut]]) {
    const page = await c.get('/account/promotions');
    assert.equal(page.status, 200);
    assert.match(page.text, /Promotions are not offered to your account/, name);
    assert.equal(standing(page.text, promo.id), null, name);
    const join = await c.post(`/account/promotions/${promo.id}/join`, {});
    assert.equal(join.status, 403, `${name}: ${join.status}`);
  }
  const rows = sqlRows(server, `SELECT member_id FROM promotion_participants WHERE promotion_id = ${promo.id}`);
  assert.deepEqual(rows, []);
  // Nor do they get a targeted banner.
  const b = banner((await suppressed.get('/')).text);
  assert.notEqual(b?.basis, 'member');
});

test('P11_targeted_promotions_promotion_cookie_only_with_promotions_consent', async () => {
  await newPromotion({ title: `Cookie promotion ${tag()}` });
  const refusing = [
    ['no choice', new Client(server.baseUrl)],
    ['rejected all', await visitorWhoChose({ choice: 'reject_all' })],
    ['advertising only', await visitorWhoChose({ choice: 'save', advertising: 'on' })],
  ];
  for (const [name, c] of refusing) {
    for (let i = 0; i < 2; i++) {
      const r = await c.get('/promotions');
      assert.equal(r.status, 200, name);
      assert.ok(!r.setCookies.some((k) => k.name.endsWith('hanse_promotions')), `${name}: promotion cookie set`);
      assert.ok(!r.text.includes('class="new"'), `${name}: marked new without the cookie`);
      assert.match(r.text, /Nothing about your visit is remembered here/);
    }
  }
  const accepting = await visitorWhoChose({ choice: 'save', promotions: 'on' });
  const first = await accepting.get('/promotions');
  assert.ok(first.setCookies.some((k) => k.name.endsWith('hanse_promotions') && k.value !== ''), 'not set with promotions accepted');
  assert.match(first.text, /class="new"/);
  const second = await accepting.get('/promotions');
  assert.ok(!second.text.includes('class="new"'), 'still new on the second visit');
});

// The featured section of a category page: the titles of its cards, or null.
function featuredTitles(html) {
  const m = /<section class="featured"[\s\S]*?<\/section>/.exec(html);
  if (!m) return null;
  return [...m[0].matchAll(/<li class="featured-card"><p class="featured-mark">Featured<\/p>([\s\S]*?)<\/li>/g)]
    .map((c) => decodeEntities(stripTags(c[1])));
}

function featuredHas(html, title) {
  return (featuredTitles(html) || []).some((text) => text.includes(title));
}

test('P11_targeted_promotions_reward_features_the_listings_while_it_lasts', async () => {
  const promo = await newPromotion({ target: '1', reward_days: '5' });
  const valves = '/category/industrial-machinery/valves';
  const earner = await memberWithCompany(['industrial-machinery/valves']);
  const product = await addProduct(earner, { title: `Featured gate valve ${tag()}` });
  const other = await memberWithCompany(['industrial-machinery/valves']);
  const otherProduct = await addProduct(other, { title: `Plain gate valve ${tag()}` });
  const visitor = new Client(server.baseUrl);

  // Taking part is not enough: nothing is featured before the goal.
  await earner.get('/account/promotions');
  assert.equal((await earner.post(`/account/promotions/${promo.id}/join`, {})).status, 303);
  assert.ok(!featuredHas((await visitor.get(valves)).text, product.fields.title), 'featured before the goal');

  // The offer that reaches the goal starts the reward at once (the member
  // does not need to open their promotions page).
  const offer = await postOffer(earner);
  let page = await visitor.get(valves);
  assert.equal(page.status, 200);
  assert.ok(featuredHas(page.text, product.fields.title), `not featured: ${JSON.stringify(featuredTitles(page.text))}`);
  assert.ok(!featuredHas(page.text, otherProduct.fields.title), 'a company without the reward is featured');
  // First on the page: the featured section comes before the listing.
  assert.ok(page.text.indexOf('class="featured"') < page.text.indexOf('<h2>Products</h2>'));
  // Its offers too, on the offers of their category.
  const copper = await visitor.get('/category/metals-minerals/copper?kind=offer');
  assert.ok(featuredHas(copper.text, offer.fields.title), 'the offer is not featured');
  // Only on the first page of a listing.
  assert.equal(featuredTitles((await visitor.get(`${valves}?kind=product&page=2`)).text), null);
  const [[until, from]] = sqlRows(server, `SELECT featured_until, featured_from FROM featured_listings WHERE promotion_id = ${promo.id}`);
  assert.equal(Number(until) - Number(from), 5 * 86400);
  assert.match(standing((await earner.get('/account/promotions')).text, promo.id), /Goal reached: featured until/);

  // Turning targeted promotions off ends it at once; on again, it is back.
  await earner.get('/account/personalisation');
  assert.equal((await earner.post('/account/personalisation', { clause: 'targeted-promotions', value: 'denied' })).status, 303);
  assert.ok(!featuredHas((await visitor.get(valves)).text, product.fields.title), 'featured after the opt-out');
  await earner.get('/account/personalisation');
  assert.equal((await earner.post('/account/personalisation', { clause: 'targeted-promotions', value: 'granted' })).status, 303);
  assert.ok(featuredHas((await visitor.get(valves)).text, product.fields.title), 'not featured again after opting in');

  // Leaving ends it; joining again resumes what is left, not a new reward.
  await earner.get('/account/promotions');
  assert.equal((await earner.post(`/account/promotions/${promo.id}/leave`, {})).status, 303);
  assert.ok(!featuredHas((await visitor.get(valves)).text, product.fields.title), 'featured after leaving');
  assert.deepEqual(sqlRows(server, `SELECT 1 FROM featured_listings WHERE promotion_id = ${promo.id}`), []);
  await earner.get('/account/promotions');
  assert.equal((await earner.post(`/account/promotions/${promo.id}/join`, {})).status, 303);
  assert.ok(featuredHas((await visitor.get(valves)).text, product.fields.title), 'not featured after joining again');
  const [[again]] = sqlRows(server, `SELECT featured_until FROM featured_listings WHERE promotion_id = ${promo.id}`);
  assert.equal(Number(again), Number(until));

  // When its days are over it is gone (the page's content is kept at most
  // a second).
  sql(server, `UPDATE featured_listings SET featured_until = featured_from WHERE promotion_id = ${promo.id}`);
  await new Promise((resolve) => setTimeout(resolve, 1200));
  assert.ok(!featuredHas((await visitor.get(valves)).text, product.fields.title), 'featured after its days');
});
