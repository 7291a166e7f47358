// End-to-end: what a person sees. The packaged VSIX installed into a real VS Code
// (code-server, driven by Debian's Chromium): open a sample, wait for the annotations,
// hover a variable, open the heap explorer and click in it; screenshots of each.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup } from './setup.mjs';
import { launchChromium, startCodeServer } from './server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const results = join(root, 'test-results');
const samples = join(root, 'samples');
const SAMPLE = '05_refcounts.py';

let step = 'starting';
const failures = [];
function check(cond, what) {
  if (!cond) failures.push(what);
  console.log(`  ${cond ? '✔' : '✘'} ${what}`);
}

/** The text VS Code draws after lines (decorations render their text as CSS content). */
async function annotationTexts(page) {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('.view-lines .view-line span span')) {
      for (const pseudo of ['::before', '::after']) {
        const c = getComputedStyle(el, pseudo).content;
        if (c && c !== 'none' && c !== 'normal' && c.length > 2) out.push(c.slice(1, -1));
      }
    }
    return out;
  });
}

async function waitFor(what, fn, ms = 30_000) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function main() {
  mkdirSync(results, { recursive: true });
  const vsix = join(root, 'arena-lens.vsix');
  if (!existsSync(vsix)) throw new Error('package first: npm run package');
  step = 'setting up code-server';
  await setup();
  step = 'starting code-server with the VSIX installed';
  const server = await startCodeServer(samples, { installVsix: vsix });
  let browser = null;
  let page = null;
  try {
    step = 'launching Chromium';
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    step = 'opening the workbench';
    await page.goto(`${server.url}/?folder=${encodeURIComponent(samples)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForTimeout(2000);

    step = `opening ${SAMPLE}`;
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SAMPLE }).first().click();
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 20_000 });

    step = 'waiting for the annotations';
    const texts = await waitFor('annotations after the lines', async () => {
      const t = await annotationTexts(page);
      return t.some((x) => /rc=/.test(x)) ? t : null;
    }, 60_000);
    await page.screenshot({ path: join(results, 'e2e-annotations.png') });
    console.log(`  annotations on screen: ${texts.slice(0, 6).join(' | ')}`);
    check(texts.some((x) => /x: list rc=1/.test(x)), 'line 6 shows x: list rc=1');
    check(texts.some((x) => /\+2 blocks/.test(x)), 'a line shows the blocks it allocated');

    step = 'hovering a variable';
    // The line `x = [1, 2, 3]` (VS Code draws spaces as non-breaking ones): hover its first character.
    const line = page.locator('.view-lines .view-line', { hasText: /^x\s=\s\[1,/ }).first();
    const lb = await line.boundingBox();
    if (!lb) throw new Error('the line x = [1, 2, 3] is not on screen');
    await page.mouse.move(lb.x + 4, lb.y + lb.height / 2);
    const hover = await waitFor('the hover', async () => {
      const h = page.locator('.monaco-hover', { hasText: 'reference count' });
      return (await h.count()) > 0 && (await h.first().isVisible()) ? h.first().innerText() : null;
    });
    await page.screenshot({ path: join(results, 'e2e-hover.png') });
    console.log(`  hover: ${hover.replace(/\s+/g, ' ').slice(0, 200)}`);
    check(/reference count after line 6: 1/.test(hover.replace(/\*/g, '')), 'the hover tells the reference count');
    check(/size class \d+ \(\d+-byte blocks\)/.test(hover), 'the hover tells the size class');

    step = "opening the heap explorer from the hover's link";
    await page.locator('.monaco-hover a', { hasText: 'heap explorer' }).first().click();
    const frame = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    const canvas = frame.locator('canvas').first();
    await canvas.waitFor({ timeout: 30_000 });
    await page.waitForTimeout(2500);
    await page.screenshot({ path: join(results, 'e2e-heap-explorer.png') });
    check(await canvas.isVisible(), 'the heap explorer draws its arena map');
    const hoveredPool = /pool (0x[0-9a-f]+)/.exec(hover)?.[1];
    const opened = await frame.locator('body').innerText();
    check(hoveredPool !== undefined && opened.includes(hoveredPool), `the link opened the pool of x (${hoveredPool})`);

    step = 'clicking a pool in the heap explorer';
    const box = await canvas.boundingBox();
    if (box) await page.mouse.click(box.x + 12, box.y + 8);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(results, 'e2e-heap-pool.png') });
    const panelText = await frame.locator('body').innerText();
    console.log(`  explorer text: ${panelText.replace(/\s+/g, ' ').slice(0, 300)}`);
    check(/arena/i.test(panelText), 'the explorer names arenas and pools');
    check(/free[- ]list/i.test(panelText), 'a clicked pool shows its header (free list, blocks)');

    step = 'scrubbing the timeline';
    const slider = frame.locator('input[type=range]').first();
    if ((await slider.count()) > 0) {
      await slider.evaluate((el) => {
        el.value = String(Math.floor(Number(el.max) / 3));
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      });
    } else {
      for (let i = 0; i < 60; i++) await page.keyboard.press(',');
    }
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(results, 'e2e-heap-scrubbed.png') });
    const scrubbed = await frame.locator('body').innerText();
    const m = /event (\d+) \/ (\d+)/.exec(scrubbed);
    check(m !== null && Number(m[1]) < Number(m[2]), `the timeline moved back (${m ? m[0] : 'no event counter'})`);
  } catch (e) {
    await page?.screenshot({ path: join(results, 'e2e-failure.png') }).catch(() => undefined);
    failures.push(`${step}: ${e instanceof Error ? e.message : e}`);
    console.log(`  ✘ failed while ${step}: ${e instanceof Error ? e.message : e} (screenshot test-results/e2e-failure.png)`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
  if (failures.length > 0) {
    console.log(`\n[e2e] ${failures.length} check(s) failed:\n - ${failures.join('\n - ')}`);
    return 1;
  }
  console.log('\n[e2e] all checks passed; screenshots in test-results/');
  return 0;
}

const watchdog = setTimeout(() => {
  console.error(`[e2e] timed out while ${step}`);
  process.exit(2);
}, 8 * 60_000);
process.exitCode = await main();
clearTimeout(watchdog);
