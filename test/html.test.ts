import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compare, renderHtml } from '../src/index.js';
import { root, seeds } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!existsSync(CHROMIUM))('the HTML report in headless Chromium', { timeout: 60_000 }, () => {
  test('the seeds: four Moscow versions side by side, no console errors, selection highlights counterparts', async () => {
    const sources = seeds();
    const html = renderHtml(await compare(sources), sources);
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => !r.url().startsWith('data:') && r.url() !== 'about:blank' && requests.push(r.url()));
    await page.setContent(html);
    const storyColumns = await page.$$eval('.columns', (cols) => cols.map((c) => c.querySelectorAll('.column').length));
    expect(storyColumns.sort()).toEqual([1, 4]);
    const headings = await page.$$eval('.columns .column h3', (hs) => hs.map((h) => h.textContent));
    for (const id of ['000', '001', '003', '004']) expect(headings.some((h) => h?.startsWith(id))).toBe(true);
    expect(await page.locator('.claim.solo').count()).toBeGreaterThan(0);

    // Select a grouped claim with the keyboard: its counterparts in other columns light up.
    const first = page.locator('.claim[data-group]').first();
    const group = await first.getAttribute('data-group');
    await first.focus();
    await page.keyboard.press('Enter');
    const active = await page.$$eval('.claim.active', (els) => els.map((e) => [e.getAttribute('data-group'), e.closest('.column')?.querySelector('h3')?.textContent]));
    expect(active.length).toBeGreaterThan(1);
    expect(active.every(([g]) => g === group)).toBe(true);
    expect(new Set(active.map(([, col]) => col)).size).toBeGreaterThan(1);
    expect(await page.locator('#status').textContent()).toMatch(/version/);

    mkdirSync(join(root, '.tmp'), { recursive: true });
    await page.screenshot({ path: join(root, '.tmp', 'report.png'), fullPage: false });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  test('article text with <script> and <img onerror> executes nothing', async () => {
    const evil = 'The minister <script>window.__pwned = 1</script> resigned. <img src=x onerror="window.__pwned = 2"> He left "quietly" & fast.';
    const sources = [
      { id: 'evil"><script>window.__pwned=3</script>', text: evil },
      { id: 'plain', text: 'The minister resigned. He left quietly and fast.' },
    ];
    const html = renderHtml(await compare(sources), sources);
    const page = await browser.newPage();
    await page.setContent(html);
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('body').textContent()).toContain('<script>window.__pwned = 1</script>');
    await page.close();
  });
});
