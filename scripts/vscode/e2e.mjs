// End-to-end: what a person sees. The packaged VSIX installed into a real VS Code
// (code-server, driven by Debian's Chromium): open a sample, wait for the annotations,
// hover a variable, open the heap explorer, link cursor and blocks both ways, click a
// pool, scrub, switch the version and the colour theme; a screenshot of each.
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

    step = 'dismissing the hover';
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 400);

    step = "moving the editor's cursor to line 6";
    await line.click();
    const held = await waitFor('the explorer to show what line 6 holds', async () => {
      const t = await frame.locator('#status').innerText();
      return /line 6 holds [1-9]\d* blocks?/.test(t) ? t : null;
    });
    check(true, `the cursor on line 6 highlights its blocks: "${held.replace(/.*(line 6 holds[^·]*).*/, '$1').trim()}"`);

    step = 'clicking a block of line 6 in the pool view';
    await page.locator('.view-lines .view-line', { hasText: /^del\s/ }).first().click();
    const blocks = frame.locator('#blocks');
    const bb = await blocks.boundingBox();
    if (!bb) throw new Error('the pool view draws no blocks');
    let target = null;
    // Find x's block by the tooltip each cell shows (cells are 14 px or wider).
    for (let y = 5; y < bb.height && target === null; y += 14) {
      for (let x = 5; x < bb.width && target === null; x += 14) {
        await page.mouse.move(bb.x + x, bb.y + y);
        const tip = await frame.locator('#tip').evaluate((e) => (e.hidden ? '' : e.textContent ?? '')).catch(() => '');
        if (/allocated by line 6\b/.test(tip)) target = { x: bb.x + x, y: bb.y + y, tip };
      }
    }
    if (target === null) throw new Error('no block of line 6 in the open pool');
    await page.mouse.click(target.x, target.y);
    const cursorAt = await waitFor('the editor to reveal line 6', async () => {
      // The panel keeps the focus, so read the editor's active line number rather than the status bar.
      const t = await page.locator('.monaco-editor .line-numbers.active-line-number').first().innerText().catch(() => '');
      return t.trim() === '6' ? t : null;
    }, 10_000).catch(() => null);
    await page.screenshot({ path: join(results, 'e2e-heap-block-to-line.png') });
    check(cursorAt !== null, `clicking ${target.tip.split(':')[0]} (${target.tip.split(': ')[1]}) moves the editor to line 6`);

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

    step = 'switching the CPython version in the panel';
    await frame.locator('#version').click();
    await frame.locator('#version vscode-option, vscode-option', { hasText: /^3\.8$/ }).first().click().catch(async () => {
      // The list is in the select's shadow root; pick by keyboard as a person can.
      for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    });
    const header = await waitFor('the explorer to redraw for 3.8', async () => {
      const t = await frame.locator('#file').innerText();
      return /CPython 3\.8/.test(t) ? t : null;
    }, 30_000).catch(() => null);
    await page.waitForTimeout(1000);
    await page.screenshot({ path: join(results, 'e2e-heap-version-3.8.png') });
    check(header !== null, `the panel's version switch redraws the maps for CPython 3.8 (${header ?? 'header unchanged'})`);

    // The version list may still be open (the keyboard path picks without closing it on a slow
    // machine): left open, it takes the keys typed into the command palette next.
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);

    for (const [theme, cls] of [['Light High Contrast', 'vscode-high-contrast-light'], ['Light Modern', 'vscode-light']]) {
      step = `switching the colour theme to ${theme}`;
      await page.keyboard.press('F1');
      await page.keyboard.type('Preferences: Color Theme');
      // Click the command's own row: Enter may pick "Browse Color Themes in Marketplace".
      const command = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Preferences: Color Theme' }).first();
      await command.waitFor({ timeout: 10_000 }).catch(() => undefined);
      if ((await command.count()) > 0) await command.click();
      else await page.keyboard.press('Enter');
      await page.waitForTimeout(800);
      await page.keyboard.type(theme);
      // Pick the theme's own row once it is listed (Enter too early can pick "Browse Additional Color Themes").
      const row = page.locator(".quick-input-list .monaco-list-row", { hasText: theme }).first();
      await row.waitFor({ timeout: 10_000 }).catch(() => undefined);
      if ((await row.count()) > 0) await row.click();
      else await page.keyboard.press('Enter');
      const themed = await waitFor(`the explorer to take the ${theme} colours`, async () => {
        const c = await frame.locator('body').getAttribute('class');
        return c && c.split(/\s+/).includes(cls) ? c : null;
      }, 15_000).catch(() => null);
      await page.waitForTimeout(800);
      const file = `e2e-heap-theme-${theme.toLowerCase().replace(/\s+/g, '-')}.png`;
      await page.screenshot({ path: join(results, file) });
      check(themed !== null, `the explorer follows the ${theme} theme (${file})`);
    }

    step = 'scrubbing, then reloading the window';
    await slider.evaluate((el) => {
      el.value = String(Math.floor(Number(el.max) / 2));
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForTimeout(1000);
    const before = /event \d+ \/ \d+/.exec(await frame.locator('#pos').innerText())?.[0];
    await page.keyboard.press('F1');
    await page.keyboard.type('Developer: Reload Window');
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(3000);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const after = await waitFor('the explorer to come back after the reload', async () => {
      const t = await frame.locator('#pos').innerText({ timeout: 1000 }).catch(() => '');
      const m = /event \d+ \/ \d+/.exec(t)?.[0];
      return m !== undefined && m === before ? m : null;
    }, 60_000).catch(() => null);
    await page.screenshot({ path: join(results, 'e2e-heap-after-reload.png') });
    check(before !== undefined && after === before, `the explorer comes back after a window reload at the same moment (${before} -> ${after ?? 'not restored'})`);
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
