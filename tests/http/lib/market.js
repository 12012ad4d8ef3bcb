'use strict';
// Marketplace helpers for the HTTP and browser tests. The form contracts
// here are the site's: each handler implements them.
//
//   await createCompany(client, {name: 'Acme Tools'})  -> {id, path}   (POST /company/new)
//   await addProduct(client, {title: ...})             -> {id, path}   (POST /products/new)
//   await postOffer(client, {kind: 'sell', ...})       -> {id, path}   (POST /offers/new)
// The client must be signed in; each asserts the 303 and returns the new
// listing's id and public path.

const assert = require('node:assert/strict');
const crypto = require('node:crypto');

// A tiny valid PNG (1x1, red), for photo and logo uploads.
const PNG_1x1 = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de' +
  '0000000c49444154789c63f8cfc0000003010100c9fe92ef0000000049454e44ae426082', 'hex');

function unique(prefix) {
  return `${prefix} ${crypto.randomBytes(4).toString('hex')}`;
}

function companyFields(overrides = {}) {
  return {
    name: unique('Hanseatic Test Works'),
    address: 'Am Sandtorkai 1\n20457 Hamburg',
    country: 'DE',
    industries: ['industrial-machinery/machine-tools'],
    year_founded: '1999',
    description: 'We make precision machine tools and spare parts.',
    website: 'https://example.com',
    ...overrides,
  };
}

// Creates the signed-in member's company. files: {logo: {filename, contentType, data}}.
async function createCompany(client, overrides = {}, files = {}) {
  await client.get('/company/new');
  const fields = companyFields(overrides);
  const r = await client.postMultipart('/company/new', fields, files);
  assert.equal(r.status, 303, `create company: ${r.status} ${r.text.slice(0, 1500)}`);
  const m = /^\/company\/(\d+)-[A-Za-z0-9%-]+$/.exec(r.locationPath);
  assert.ok(m, `company location ${r.location}`);
  return { id: Number(m[1]), path: r.locationPath, fields };
}

function productFields(overrides = {}) {
  return {
    title: unique('Stainless steel ball valve'),
    category: 'industrial-machinery/valves',
    description: 'Full bore ball valve, PN40, for water and oil.',
    spec_name: ['Material', 'Pressure'],
    spec_value: ['AISI 316', 'PN40'],
    min_order_quantity: '100',
    min_order_unit: 'pieces',
    price_min: '12.50',
    price_max: '18.00',
    currency: 'EUR',
    ...overrides,
  };
}

// Adds a product to the signed-in member's company. files: {photo: {...}}.
async function addProduct(client, overrides = {}, files = {}) {
  await client.get('/products/new');
  const fields = productFields(overrides);
  const r = await client.postMultipart('/products/new', fields, files);
  assert.equal(r.status, 303, `add product: ${r.status} ${r.text.slice(0, 1500)}`);
  const m = /^\/product\/(\d+)-[A-Za-z0-9%-]+$/.exec(r.locationPath);
  assert.ok(m, `product location ${r.location}`);
  return { id: Number(m[1]), path: r.locationPath, fields };
}

function offerFields(overrides = {}) {
  return {
    kind: 'sell',
    title: unique('Surplus copper wire'),
    category: 'metals-minerals/copper',
    description: 'Bare copper wire, 2.5 mm, on 50 kg reels.',
    quantity: '20',
    unit: 'tonnes',
    target_price: '7800.00',
    currency: 'EUR',
    valid_days: '30',
    ...overrides,
  };
}

// Posts an offer for the signed-in member's company.
async function postOffer(client, overrides = {}) {
  await client.get('/offers/new');
  const fields = offerFields(overrides);
  const r = await client.post('/offers/new', fields);
  assert.equal(r.status, 303, `post offer: ${r.status} ${r.text.slice(0, 1500)}`);
  const m = /^\/offer\/(\d+)-[a-z0-9-]+$/.exec(r.locationPath);
  assert.ok(m, `offer location ${r.location}`);
  return { id: Number(m[1]), path: r.locationPath, fields };
}

module.exports = { PNG_1x1, unique, companyFields, createCompany, productFields, addProduct, offerFields, postOffer };
