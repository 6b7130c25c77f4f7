// The widget's two stylesheets, constructed (new CSSStyleSheet) and adopted: no <style> element and no style
// attribute is ever written, so a Content-Security-Policy without 'unsafe-inline' allows them.
//
// The shadow sheet styles the widget's own UI and reaches nothing outside it. Its colours come from one palette
// table with a light and a dark value each: `theme="light"` or `"dark"` picks one, `auto` (the default) follows
// prefers-color-scheme. Every text is at least 4.5:1 on its background, every line and control edge 3:1
// (tests/browser/a11y.test.js measures it). The document sheet holds only the marks in the article:
// ::highlight(claimcheck-*) and the fallback mark.claimcheck-mark-*. The marks sit on the site's own background,
// so they follow the article's color-scheme (light-dark()), not the widget's theme. Both read custom properties,
// so a site themes the widget from its own CSS (see README.md).

// name -> [custom property a site may set, light, dark]
const PALETTE = {
  fg: ['fg', '#1d1d1f', '#ecebe8'],
  muted: ['muted', '#5c5c63', '#b9b8c0'],
  bg: ['bg', '#f6f5f1', '#1f2023'],
  surface: ['surface', '#ffffff', '#2a2b2f'],
  border: ['border', '#d9d6cc', '#4a4c52'],
  edge: ['edge', '#8a877d', '#8d9098'],          // edges of controls: 3:1 on bg and surface
  accent: ['accent', '#174ea6', '#9ec1ff'],
  focus: ['focus', '#174ea6', '#9ec1ff'],
  contradicted: ['contradicted', '#b3261e', '#ff9b91'],
  'contradicted-bg': ['contradicted-bg', '#fcebea', '#4a2320'],
  supported: ['supported', '#1e6b34', '#86dba0'],
  'supported-bg': ['supported-bg', '#e6f2e9', '#1d3a27'],
  unverified: ['unverified', '#85560a', '#f3c96b'],
  'unverified-bg': ['unverified-bg', '#fbf0d5', '#40331a'],
};
const vars = (i) => Object.entries(PALETTE).map(([name, v]) => `--_${name}: var(--claimcheck-${v[0]}, ${v[i]});`).join('\n  ');

// The bar is one line at every width: 46 px plus the panel's 1 px borders make the 48 px a site reserves.
export const BAR_HEIGHT_PX = 48;

const SHADOW_CSS = `
:host, :host([theme="light"]) { ${vars(1)} color-scheme: light; }
:host([theme="dark"]) { ${vars(2)} color-scheme: dark; }
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) { ${vars(2)} color-scheme: dark; }
}
:host {
  display: block;
  font: 400 15px/1.45 var(--claimcheck-font, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif);
  color: var(--_fg);
  contain: layout style;
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
button { font: inherit; color: inherit; }
:focus-visible, .card:focus { outline: 2px solid var(--_focus); outline-offset: 2px; }
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}

.panel { background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--claimcheck-radius, 6px); container-type: inline-size; }
.bar {
  display: flex; align-items: center; gap: 10px; height: ${BAR_HEIGHT_PX - 2}px; padding: 0 7px 0 12px;
  white-space: nowrap; overflow: hidden;
}
.logo { flex: none; width: 22px; height: 22px; color: var(--_accent); }
.title { flex: none; font-weight: 700; letter-spacing: .01em; }
.state { flex: 1 1 auto; min-width: 0; display: flex; align-items: center; gap: 8px; color: var(--_muted); font-size: 14px; }
.state[hidden] { display: none; }
.message { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.percent { font-variant-numeric: tabular-nums; }
.counts { flex: 1 1 auto; min-width: 0; display: flex; align-items: center; gap: 6px; overflow: hidden; }
.counts[hidden] { display: none; }
.count {
  flex: none; display: inline-flex; align-items: center; gap: 4px; height: 30px; padding: 0 10px;
  border: 1px solid var(--_v); border-radius: 999px; background: var(--_v-bg); color: var(--_v);
  font-size: 13px; font-weight: 600; cursor: pointer;
}
.count:hover { background: var(--_surface); }
.count[aria-pressed="true"] { background: var(--_v); color: var(--_surface); }
.count-number { font-weight: 700; }
.badge {
  flex: none; margin-left: auto; display: inline-flex; align-items: center; gap: 6px; height: 32px; padding: 0 10px;
  border: 1px solid var(--_edge); border-radius: var(--claimcheck-radius, 6px); background: var(--_surface);
  color: var(--_accent); font-size: 13px; font-weight: 600; cursor: pointer;
}
.badge[hidden] { display: none; }
.badge::after {
  content: ""; width: 7px; height: 7px; border: solid currentColor; border-width: 0 2px 2px 0;
  transform: translateY(-2px) rotate(45deg); transition: transform .15s;
}
.badge[aria-expanded="true"]::after { transform: translateY(1px) rotate(-135deg); }
.label-short { display: none; }
.spinner {
  flex: none; width: 14px; height: 14px; border-radius: 50%; border: 2px solid var(--_border); border-top-color: var(--_accent);
  animation: spin .8s linear infinite;
}
@keyframes spin { to { transform: rotate(360deg); } }

[data-verdict="contradicted"] { --_v: var(--_contradicted); --_v-bg: var(--_contradicted-bg); }
[data-verdict="supported"] { --_v: var(--_supported); --_v-bg: var(--_supported-bg); }
[data-verdict="unverified"] { --_v: var(--_unverified); --_v-bg: var(--_unverified-bg); }
.verdict {
  display: inline-flex; align-items: center; gap: 5px; font-size: 12px; font-weight: 700; text-transform: uppercase;
  letter-spacing: .04em; padding: 2px 8px; border-radius: 999px; white-space: nowrap; color: var(--_v); background: var(--_v-bg);
}

.list, .details { margin: 0; padding: 0 6px 6px; border-top: 1px solid var(--_border); }
.list { list-style: none; max-height: 420px; overflow: auto; }
.list[hidden], .details[hidden], .list li[hidden] { display: none; }
.details { padding: 10px 14px; font-size: 14px; }
.details p, .details ol { margin: 0 0 6px; }
.details ol { padding-left: 18px; }
.details code { font-size: 13px; }
.error-where, .error-code { margin-right: 6px; }
.item {
  display: grid; grid-template-columns: 9em 1fr; gap: 2px 10px; align-items: baseline; width: 100%;
  padding: 10px 8px; background: none; border: 0; border-bottom: 1px solid var(--_border); cursor: pointer; text-align: start;
}
li:last-child .item { border-bottom: 0; }
.item:hover, .item[aria-current="true"] { background: var(--_surface); }
.item .verdict { justify-self: start; }
.item .quote { font-weight: 600; }
.item .context {
  grid-column: 2; color: var(--_muted); font-size: 13px; overflow: hidden;
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical;
}

.card {
  position: fixed; inset: auto; margin: 0; width: min(380px, calc(100vw - 16px)); max-height: min(520px, calc(100vh - 16px));
  overflow: auto; padding: 0; color: var(--_fg); background: var(--_surface); border: 1px solid var(--_border);
  border-top: 4px solid var(--_v, var(--_accent)); border-radius: var(--claimcheck-radius, 6px);
  box-shadow: 0 12px 32px rgb(0 0 0 / .18), 0 2px 6px rgb(0 0 0 / .08); z-index: 2147483000;
  font: inherit;
}
.card:not(.open) { display: none; }
.card-head { display: flex; align-items: center; gap: 10px; padding: 12px 14px 0; }
.position { flex: 1; color: var(--_muted); font-size: 13px; }
.close {
  width: 30px; height: 30px; border: 0; border-radius: 50%; background: none; cursor: pointer; font-size: 20px; line-height: 1;
  color: var(--_muted);
}
.close:hover { background: var(--_bg); color: var(--_fg); }
.card-body { padding: 8px 14px 14px; }
.sentence { margin: 0 0 12px; font-family: var(--claimcheck-quote-font, Georgia, "Times New Roman", serif); font-size: 16px; line-height: 1.5; }
.sentence mark { color: inherit; background: var(--_v-bg); box-shadow: inset 0 -2px 0 var(--_v); padding: 0 1px; }
.values { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; margin: 0 0 12px; }
.values div { padding: 8px 10px; border-radius: var(--claimcheck-radius, 6px); background: var(--_bg); }
.values dt { font-size: 12px; color: var(--_muted); text-transform: uppercase; letter-spacing: .04em; }
.values dd { margin: 2px 0 0; font-weight: 700; font-size: 16px; }
.values .found dd { color: var(--_v); }
.figures { margin: 0 0 8px; font-size: 14px; }
.figures > summary { cursor: pointer; color: var(--_accent); font-size: 13px; }
.figure-list { margin: 4px 0 0; padding-left: 20px; }
.figure-value { font-weight: 600; }
.figure-source, .figure-note { color: var(--_muted); }
.figure--agrees .figure-agrees { color: var(--_supported); }
.statement, .explanation, .source { margin: 0 0 8px; font-size: 14px; }
.statement { font-weight: 600; }
.explanation, .source { color: var(--_muted); }
.source cite { font-style: normal; color: var(--_fg); }
.source a { color: var(--_accent); }
.card-foot { display: flex; justify-content: space-between; gap: 8px; padding: 10px 14px; border-top: 1px solid var(--_border); }
.nav {
  padding: 4px 12px; border: 1px solid var(--_edge); border-radius: var(--claimcheck-radius, 6px); background: var(--_surface); cursor: pointer;
  font-size: 13px; font-weight: 600;
}
.nav:hover:not(:disabled) { border-color: var(--_accent); color: var(--_accent); }
.nav:disabled { opacity: .45; cursor: default; }

@container (max-width: 600px) {
  .count-word { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); }
  .count { padding: 0 9px; }
}
@container (max-width: 480px) {
  .item { grid-template-columns: 1fr; gap: 4px; }
  .item .context { grid-column: 1; }
  .bar { gap: 8px; padding-left: 10px; }
  .label-long { display: none; }
  .label-short { display: inline; }
}
@container (max-width: 360px) {
  .title { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); }
}
@media (prefers-reduced-motion: reduce) {
  .spinner { animation-duration: 3s; }
  .badge::after { transition: none; }
}
@media (forced-colors: active) {
  .verdict, .count { border: 1px solid CanvasText; }
}
`;

// verdict -> [underline style, line light, line dark, background light, background dark]
const MARKS = {
  contradicted: ['underline 2px', '#b3261e', '#ff978d', 'rgb(214 48 39 / .16)', 'rgb(255 110 100 / .22)'],
  unverified: ['underline dotted 2px', '#85560a', '#f3c96b', 'rgb(234 170 0 / .18)', 'rgb(240 190 60 / .2)'],
  supported: ['underline 1px', '#2e8b47', '#7fd39a', 'transparent', 'transparent'],
};
const ACTIVE = ['rgb(255 196 0 / .45)', 'rgb(255 200 60 / .22)'];

function markRules(pick) {
  const rules = Object.entries(MARKS).map(([verdict, m]) => {
    const body = `background-color: var(--claimcheck-mark-${verdict}, ${pick(m[3], m[4])});
  text-decoration: ${m[0]} var(--claimcheck-${verdict}, ${pick(m[1], m[2])});`;
    return `::highlight(claimcheck-${verdict}) { ${body} }\nmark.claimcheck-mark-${verdict} { ${body} }`;
  });
  const active = `background-color: var(--claimcheck-mark-active, ${pick(...ACTIVE)});`;
  return [...rules, `::highlight(claimcheck-active) { ${active} }`, `mark.claimcheck-mark.claimcheck-mark-active { ${active} }`].join('\n');
}

// Separate rules for ::highlight and mark: a browser that cannot parse one selector drops the whole rule.
const DOCUMENT_CSS = `
mark.claimcheck-mark { color: inherit; background: none; cursor: pointer; text-underline-offset: 3px; }
${markRules((light) => light)}
@supports (color: light-dark(#000, #fff)) {
${markRules((light, dark) => `light-dark(${light}, ${dark})`)}
}
`;

const DOCUMENT_SHEET = Symbol.for('claimcheck.documentSheet');
let shadowSheet = null;

function construct(css) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

/** The sheet for a widget's shadow root (one instance shared by all widgets). */
export function widgetSheet() {
  shadowSheet ??= construct(SHADOW_CSS);
  return shadowSheet;
}

/** Adds the marks' sheet to `doc` once, even when two copies of this script are loaded. */
export function adoptDocumentSheet(doc) {
  if (doc[DOCUMENT_SHEET]) return;
  doc[DOCUMENT_SHEET] = construct(DOCUMENT_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, doc[DOCUMENT_SHEET]];
}
