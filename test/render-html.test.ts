// The HTML report of the bundled example, opened in headless Chromium: elements present, no errors, hostile input inert.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { fsSource, readAll } from '../src/adapters/fs-source.ts';
import { resolveConfig } from '../src/config/config.ts';
import { analyzeInputs } from '../src/pipeline/run.ts';
import { render } from '../src/render/index.ts';

const chromiumPath = '/usr/bin/chromium';
const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'test/output');
const hostileTitle = '<img src=x onerror=alert(1)><script>alert(1)</script>';

/** A fictional report whose title, outlet and text try to inject markup. */
const hostileInput = {
  source: 'injected/hostile.json',
  bytes: new TextEncoder().encode(
    JSON.stringify({
      id: 'injected-hostile',
      title: hostileTitle,
      outlet: '<b onmouseover=alert(2)>Gazette</b>',
      published: '2025-03-15',
      text: 'Gunmen attacked a hotel in Bauchi on Friday, police said. <script>alert(3)</script> One guard was wounded, a spokesman said on Saturday.',
    }),
  ),
};

const launchArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-quic', '--no-first-run', '--disable-sync',
];

test('the HTML report of the example opens in Chromium, complete and inert', { timeout: 60_000 }, async (t) => {
  if (!existsSync(chromiumPath)) {
    t.skip(`no Chromium at ${chromiumPath}: install it (apt-get install -y chromium) to run the browser test`);
    return;
  }
  // Chromium starts while the pipeline runs; it is closed whatever fails after.
  const launching = chromium.launch({ executablePath: chromiumPath, args: launchArgs });
  let file: string;
  let dossier;
  try {
    const { files } = await readAll(fsSource, [join(root, 'examples')]);
    const ctx = { config: resolveConfig({ now: '2026-01-01T00:00:00Z' }), llm: null };
    dossier = await analyzeInputs([...files, hostileInput], ctx);
    mkdirSync(outDir, { recursive: true });
    file = join(outDir, 'report.html');
    writeFileSync(file, render(dossier, 'html'));
  } catch (err) {
    await (await launching).close();
    throw err;
  }
  const browser = await launching;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(e.message));
    page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
    page.on('request', (r) => void requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

    const events = dossier.events.length;
    assert.ok(events > 0, 'the example gives events');
    assert.equal(await page.locator('#events tbody tr').count(), events, 'event list');
    assert.ok((await page.locator('table.facts tbody tr').count()) > 0, 'fact ledger');
    assert.ok((await page.locator('svg.timeline g.entry').count()) > 0, 'timeline chart');
    assert.equal(await page.locator('svg.map path.land').count(), 1, 'map outline');
    assert.ok((await page.locator('svg.map circle').count()) > 0, 'places on the map');
    assert.equal(await page.locator('#articles tbody tr').count(), dossier.articles.length, 'article list');

    const hostileRow = page.locator('#articles tbody tr', { hasText: 'injected-hostile' });
    assert.ok((await hostileRow.innerText()).includes(hostileTitle), 'the injected title shows as text');
    assert.ok((await hostileRow.innerText()).includes('<b onmouseover=alert(2)>Gazette</b>'));
    assert.equal(await page.locator('script').count(), 0, 'no script element');
    assert.equal(await page.locator('img, [onerror], [onmouseover]').count(), 0, 'no injected element or handler');
    assert.deepEqual(dialogs, [], 'nothing ran');
    assert.deepEqual(errors, [], 'no console errors');
    assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), [], 'no network request');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 1280, `no horizontal scrolling at 1280 px (${width})`);
    await page.screenshot({ path: join(outDir, 'report-1280x800.png') });
  } finally {
    await browser.close();
  }
});
