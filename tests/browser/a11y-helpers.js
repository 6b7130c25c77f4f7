// Accessibility measures for the browser tests, computed from what the browser renders:
//   - contrast: every text against the background composited under it (WCAG AA: 4.5:1, 3:1 for large text), every
//     underline and text-underlining border, and every claimcheck highlight in the article (3:1 for the line, 4.5:1
//     for the text on the highlight's background);
//   - the focus ring of the focused element (through shadow roots): an outline at least 2 px wide, 3:1 against what
//     is behind it;
//   - axe-core (web/node_modules/axe-core), served from the page's own origin so the strict CSP lets it run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './harness.js';

const AXE_PATH = '/__axe/axe.min.js';

/** Runs in the page: colour helpers shared by the audits below, installed once as window.__a11y. */
function installColour() {
  if (window.__a11y) return;
  const parse = (c) => {
    const m = /^rgba?\(([^)]+)\)$/.exec(c ?? '');
    if (!m) return null;
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
  const channel = (v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = (c) => 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
  const ratio = (a, b) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const parent = (el) => el.parentElement ?? el.getRootNode()?.host ?? null;
  /** The colour behind `el` (its own background included), or null behind an image or a gradient. */
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = parent(e)) {
      const s = getComputedStyle(e);
      if (s.backgroundImage !== 'none') return null;
      const c = parse(s.backgroundColor);
      if (c && c[3] > 0) {
        layers.push(c);
        if (c[3] >= 1) break;
      }
    }
    let color = [255, 255, 255, 1];
    for (const layer of layers.reverse()) color = over(layer, color);
    return color;
  };
  const opacity = (el) => {
    let o = 1;
    for (let e = el; e; e = parent(e)) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  const clipped = (el) => {
    for (let e = el; e; e = parent(e)) {
      const s = getComputedStyle(e);
      if (s.clip === 'rect(0px, 0px, 0px, 0px)' || (s.overflow === 'hidden' && e.getBoundingClientRect().width <= 1)) return true;
    }
    return false;
  };
  window.__a11y = { parse, over, ratio, parent, background, opacity, clipped };
}

/**
 * Runs in the page: contrast failures under `scope` ('document', or a selector of shadow hosts: their shadow roots
 * are audited) plus the claimcheck highlights when `highlights`. Returns ['why: text (ratio < needed)', ...].
 */
function contrastAudit({ scope, highlights }) {
  const { parse, over, ratio, background, opacity, clipped } = window.__a11y;
  const failures = [];
  const elements = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      elements.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (scope === 'document') walk(document);
  else for (const host of document.querySelectorAll(scope)) walk(host.shadowRoot);

  for (const el of elements) {
    const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.data).join('').trim();
    if (!text || !el.checkVisibility?.({ visibilityProperty: true, opacityProperty: true })) continue;
    const box = el.getBoundingClientRect();
    if (box.width < 1 || box.height < 1 || clipped(el) || el.closest(':disabled, [disabled], option, script, style')) continue;
    const s = getComputedStyle(el);
    const bg = background(el);
    if (!bg) continue;
    const fg = parse(s.color);
    if (!fg) continue;
    const seen = over([fg[0], fg[1], fg[2], fg[3] * opacity(el)], bg);
    const size = parseFloat(s.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
    const need = large ? 3 : 4.5;
    const name = `${el.localName}.${String(el.className).split(' ')[0]} "${text.slice(0, 30)}"`;
    const r = ratio(seen, bg);
    if (r < need) failures.push(`text: ${name} ${s.color} on ${bg.map(Math.round)} (${r.toFixed(2)} < ${need})`);
    if (s.textDecorationLine.includes('underline')) {
      const line = parse(s.textDecorationColor);
      const lr = line && ratio(over(line, bg), bg);
      if (lr && lr < 3) failures.push(`underline: ${name} ${s.textDecorationColor} (${lr.toFixed(2)} < 3)`);
    }
    if (s.borderBottomStyle !== 'none' && parseFloat(s.borderBottomWidth) >= 2 && s.display.startsWith('inline')) {
      const line = parse(s.borderBottomColor);
      const behind = background(el.parentElement ?? el);
      const lr = line && behind && ratio(over(line, behind), behind);
      if (lr && lr < 3) failures.push(`underline (border): ${name} ${s.borderBottomColor} (${lr.toFixed(2)} < 3)`);
    }
  }
  if (highlights) {
    const active = CSS.highlights.get('claimcheck-active');
    for (const [key, highlight] of CSS.highlights) {
      if (!key.startsWith('claimcheck-') || key === 'claimcheck-active') continue;
      for (const range of highlight) {
        const el = range.startContainer.nodeType === Node.TEXT_NODE ? range.startContainer.parentElement : range.startContainer;
        const base = background(el);
        if (!base) continue;
        const own = getComputedStyle(el, `::highlight(${key})`);
        let bg = over(parse(own.backgroundColor) ?? [0, 0, 0, 0], base);
        if (active?.has(range)) bg = over(parse(getComputedStyle(el, '::highlight(claimcheck-active)').backgroundColor), bg);
        const name = `${key} "${range.toString().slice(0, 30)}"`;
        const tr = ratio(parse(getComputedStyle(el).color), bg);
        if (tr < 4.5) failures.push(`highlighted text: ${name} (${tr.toFixed(2)} < 4.5)`);
        if (own.textDecorationLine.includes('underline')) {
          const lr = ratio(over(parse(own.textDecorationColor), bg), bg);
          if (lr < 3) failures.push(`highlight underline: ${name} ${own.textDecorationColor} (${lr.toFixed(2)} < 3)`);
        }
      }
    }
  }
  return failures;
}

/** Contrast failures (see contrastAudit) in `page`. */
export async function contrastFailures(page, { scope = 'document', highlights = false } = {}) {
  await page.evaluate(installColour);
  return page.evaluate(contrastAudit, { scope, highlights });
}

/** Runs in the page: the focused element (through shadow roots) and its focus ring. */
function focusAudit() {
  const { parse, ratio, background, parent } = window.__a11y;
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const name = `${el.localName}.${String(el.className).split(' ')[0]}${el.id ? `#${el.id}` : ''}`;
  const width = parseFloat(s.outlineWidth);
  if (s.outlineStyle === 'auto') return { name, ok: true, why: 'the browser\'s own ring' };
  if (s.outlineStyle === 'none' || width < 2) return { name, ok: false, why: `outline ${s.outlineStyle} ${s.outlineWidth}` };
  const behind = background(parent(el) ?? el);
  const r = behind ? ratio(parse(s.outlineColor), behind) : 3;
  return { name, ok: r >= 3, why: `outline ${s.outlineColor} at ${r.toFixed(2)}:1` };
}

/** { name, ok, why } of the focused element's ring, or null when nothing has focus. */
export async function focusRing(page) {
  await page.evaluate(installColour);
  return page.evaluate(focusAudit);
}

/** Serves axe-core at the page's origin (call before navigating). */
export function serveAxe(page) {
  const source = readFileSync(join(root, 'web/node_modules/axe-core/axe.min.js'));
  return page.route(`**${AXE_PATH}`, (route) => route.fulfill({ contentType: 'text/javascript', body: source }));
}

/** axe-core's serious and critical violations in `page` (optionally only inside `include` selectors). */
export async function axeViolations(page, include = null) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ url: AXE_PATH });
  const violations = await page.evaluate(async (within) => {
    const result = await window.axe.run(within ? { include: within } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, include);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 5).join(' | ')}`);
}
