// The widget's two stylesheets, constructed (new CSSStyleSheet) and adopted: no <style> element and no style
// attribute is ever written, so a Content-Security-Policy without 'unsafe-inline' allows them.
//
// The shadow sheet styles the widget's own UI and reaches nothing outside it. The document sheet holds only rules
// for the widget's marks in the article: ::highlight(claimcheck-*) and the fallback mark.claimcheck-mark. Both
// read custom properties, so a site themes the widget from its own CSS (see README.md).

const SHADOW_CSS = `
:host {
  --_fg: var(--claimcheck-fg, #1d1d1f);
  --_muted: var(--claimcheck-muted, #5c5c63);
  --_bg: var(--claimcheck-bg, #f6f5f1);
  --_surface: var(--claimcheck-surface, #ffffff);
  --_border: var(--claimcheck-border, #d9d6cc);
  --_accent: var(--claimcheck-accent, #174ea6);
  --_radius: var(--claimcheck-radius, 6px);
  --_contradicted: var(--claimcheck-contradicted, #b3261e);
  --_contradicted-bg: var(--claimcheck-contradicted-bg, #fcebea);
  --_supported: var(--claimcheck-supported, #1e6b34);
  --_supported-bg: var(--claimcheck-supported-bg, #e6f2e9);
  --_unverified: var(--claimcheck-unverified, #85560a);
  --_unverified-bg: var(--claimcheck-unverified-bg, #fbf0d5);
  display: block;
  font: 400 15px/1.45 var(--claimcheck-font, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif);
  color: var(--_fg);
  contain: layout style;
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
button { font: inherit; color: inherit; }
:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}

.panel { background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); container-type: inline-size; }
.badge {
  display: flex; align-items: center; gap: 10px; width: 100%; min-height: 46px; padding: 8px 14px;
  background: none; border: 0; border-radius: var(--_radius); cursor: pointer; text-align: start;
}
.badge:disabled { cursor: default; }
.badge:hover:not(:disabled) .toggle { text-decoration: underline; }
.logo { flex: none; width: 22px; height: 22px; color: var(--_accent); }
.summary { flex: 1; min-width: 0; display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 10px; }
.title { font-weight: 700; letter-spacing: .01em; }
.counts { display: inline-flex; flex-wrap: wrap; gap: 6px; }
.count { font-size: 13px; font-weight: 600; padding: 1px 8px; border-radius: 999px; }
.message { color: var(--_muted); font-size: 14px; }
.toggle { flex: none; font-size: 13px; font-weight: 600; color: var(--_accent); display: inline-flex; align-items: center; gap: 4px; }
.toggle::after {
  content: ""; width: 7px; height: 7px; border: solid currentColor; border-width: 0 2px 2px 0;
  transform: translateY(-2px) rotate(45deg); transition: transform .15s;
}
.badge[aria-expanded="true"] .toggle::after { transform: translateY(1px) rotate(-135deg); }
.spinner {
  width: 14px; height: 14px; border-radius: 50%; border: 2px solid var(--_border); border-top-color: var(--_accent);
  animation: spin .8s linear infinite;
}
@keyframes spin { to { transform: rotate(360deg); } }

[data-verdict="contradicted"] { --_v: var(--_contradicted); --_v-bg: var(--_contradicted-bg); }
[data-verdict="supported"] { --_v: var(--_supported); --_v-bg: var(--_supported-bg); }
[data-verdict="unverified"] { --_v: var(--_unverified); --_v-bg: var(--_unverified-bg); }
.count, .verdict { color: var(--_v); background: var(--_v-bg); }
.verdict {
  display: inline-flex; align-items: center; gap: 5px; font-size: 12px; font-weight: 700; text-transform: uppercase;
  letter-spacing: .04em; padding: 2px 8px; border-radius: 999px; white-space: nowrap;
}
.verdict::before { content: ""; width: 7px; height: 7px; border-radius: 50%; background: currentColor; }

.list { list-style: none; margin: 0; padding: 0 6px 6px; border-top: 1px solid var(--_border); max-height: 420px; overflow: auto; }
.list[hidden] { display: none; }
.item {
  display: grid; grid-template-columns: 8.6em 1fr; gap: 2px 10px; align-items: baseline; width: 100%;
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
  border-top: 4px solid var(--_v, var(--_accent)); border-radius: var(--_radius);
  box-shadow: 0 12px 32px rgb(0 0 0 / .18), 0 2px 6px rgb(0 0 0 / .08); z-index: 2147483000;
  font: inherit;
}
.card:not(.open) { display: none; }
.card:focus { outline: none; }
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
.values div { padding: 8px 10px; border-radius: var(--_radius); background: var(--_bg); }
.values dt { font-size: 12px; color: var(--_muted); text-transform: uppercase; letter-spacing: .04em; }
.values dd { margin: 2px 0 0; font-weight: 700; font-size: 16px; }
.values .found dd { color: var(--_v); }
.statement, .explanation, .source { margin: 0 0 8px; font-size: 14px; }
.statement { font-weight: 600; }
.explanation, .source { color: var(--_muted); }
.source a { color: var(--_accent); }
.card-foot { display: flex; justify-content: space-between; gap: 8px; padding: 10px 14px; border-top: 1px solid var(--_border); }
.nav {
  padding: 4px 12px; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); cursor: pointer;
  font-size: 13px; font-weight: 600;
}
.nav:hover:not(:disabled) { border-color: var(--_accent); color: var(--_accent); }
.nav:disabled { opacity: .45; cursor: default; }

@container (max-width: 480px) {
  .item { grid-template-columns: 1fr; gap: 4px; }
  .item .context { grid-column: 1; }
  .badge { padding: 8px 10px; }
}
@media (prefers-reduced-motion: reduce) {
  .spinner { animation-duration: 3s; }
  .toggle::after { transition: none; }
}
@media (forced-colors: active) {
  .verdict, .count { border: 1px solid CanvasText; }
}
`;

const DOCUMENT_CSS = `
::highlight(claimcheck-contradicted) {
  background-color: var(--claimcheck-mark-contradicted, rgb(214 48 39 / .16));
  text-decoration: underline 2px var(--claimcheck-contradicted, #b3261e);
}
::highlight(claimcheck-unverified) {
  background-color: var(--claimcheck-mark-unverified, rgb(234 170 0 / .18));
  text-decoration: underline dotted 2px var(--claimcheck-unverified, #85560a);
}
::highlight(claimcheck-supported) {
  background-color: var(--claimcheck-mark-supported, transparent);
  text-decoration: underline 1px var(--claimcheck-supported, #2e8b47);
}
::highlight(claimcheck-active) {
  background-color: var(--claimcheck-mark-active, rgb(255 196 0 / .45));
}
mark.claimcheck-mark { color: inherit; background: none; cursor: pointer; text-underline-offset: 3px; }
mark.claimcheck-mark-contradicted {
  background-color: var(--claimcheck-mark-contradicted, rgb(214 48 39 / .16));
  text-decoration: underline 2px var(--claimcheck-contradicted, #b3261e);
}
mark.claimcheck-mark-unverified {
  background-color: var(--claimcheck-mark-unverified, rgb(234 170 0 / .18));
  text-decoration: underline dotted 2px var(--claimcheck-unverified, #85560a);
}
mark.claimcheck-mark-supported {
  background-color: var(--claimcheck-mark-supported, transparent);
  text-decoration: underline 1px var(--claimcheck-supported, #2e8b47);
}
mark.claimcheck-mark.claimcheck-mark-active { background-color: var(--claimcheck-mark-active, rgb(255 196 0 / .45)); }
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
