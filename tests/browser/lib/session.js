'use strict';
// One server and one Chromium for a test file: started before its tests,
// stopped after them. `ready(server, browser)` receives both once started.

const { before, after } = require('node:test');
const { startServer } = require('../../http/lib/server');
const { launch } = require('./browser');

function serverAndBrowser(ready) {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launch();
    ready(server, browser);
  });
  after(async () => {
    if (browser) await browser.close();
    if (server) await server.stop();
  });
}

module.exports = { serverAndBrowser };
