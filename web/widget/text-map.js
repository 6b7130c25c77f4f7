// The article as the checker sees it, and the way back from the checker's offsets to the article's DOM.
//
// readText walks the target element once and builds the text a reader sees: whitespace collapsed as CSS
// `white-space: normal` collapses it (kept as is in pre/pre-wrap), a blank line between blocks (the engine always
// ends a sentence there), a newline for <br>. Scripts, styles, form controls, embedded documents, elements that are
// not rendered and elements marked `data-claimcheck-skip` are left out. Every run of the output remembers the text
// node and node offset it came from. Report offsets and Text node offsets are both UTF-16 code units, so mapping a
// claim back is a binary search plus arithmetic, and a claim may span links, emphasis or any other inline markup.
// Only text is ever read: nothing here creates or parses HTML.

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'iframe',
  'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'img', 'picture', 'head', 'claim-check',
]);
export const SKIP_ATTRIBUTE = 'data-claimcheck-skip';
const BLOCK_BREAK = '\n\n';
const LINE_BREAK = '\n';
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

function skipped(element) {
  return SKIP_TAGS.has(element.localName) || element.hasAttribute(SKIP_ATTRIBUTE) || element.hidden;
}

function isInline(display) {
  return display.startsWith('inline') || display === 'contents' || display.startsWith('ruby');
}

function keepsWhitespace(style) {
  const space = style.whiteSpaceCollapse ?? style.whiteSpace;
  return space === 'preserve' || space === 'pre' || space === 'pre-wrap' || space === 'break-spaces' ||
    space === 'preserve-breaks' || space === 'pre-line';
}

/**
 * Accumulates output text and its runs. A run is { start, end, node, offset, nodeEnd }: output [start, end)
 * came from `node` [offset, nodeEnd); node is null for a break the builder made up; a collapsed whitespace run
 * has end - start 1 and any nodeEnd - offset.
 */
class TextBuilder {
  parts = [];
  runs = [];
  length = 0;
  #pendingBreak = '';
  #pendingSpace = null;

  #emit(text, node, offset, nodeEnd) {
    this.runs.push({ start: this.length, end: this.length + text.length, node, offset, nodeEnd });
    this.parts.push(text);
    this.length += text.length;
  }

  #flush() {
    if (this.length > 0 && this.#pendingBreak) this.#emit(this.#pendingBreak, null, 0, 0);
    else if (this.length > 0 && this.#pendingSpace) {
      const { node, offset, nodeEnd } = this.#pendingSpace;
      this.#emit(' ', node, offset, nodeEnd);
    }
    this.#pendingBreak = '';
    this.#pendingSpace = null;
  }

  blockBreak() {
    this.#pendingBreak = BLOCK_BREAK;
    this.#pendingSpace = null;
  }

  lineBreak() {
    if (!this.#pendingBreak) this.#pendingBreak = LINE_BREAK;
    this.#pendingSpace = null;
  }

  verbatim(node) {
    if (!node.data) return;
    this.#flush();
    this.#emit(node.data, node, 0, node.data.length);
  }

  collapsed(node) {
    const data = node.data;
    let at = 0;
    for (const space of data.matchAll(COLLAPSIBLE)) {
      if (space.index > at) {
        this.#flush();
        this.#emit(data.slice(at, space.index), node, at, space.index);
      }
      if (!this.#pendingBreak && !this.#pendingSpace) {
        this.#pendingSpace = { node, offset: space.index, nodeEnd: space.index + space[0].length };
      }
      at = space.index + space[0].length;
    }
    if (at < data.length) {
      this.#flush();
      this.#emit(data.slice(at), node, at, data.length);
    }
  }
}

/**
 * Reads the text of `root`; `budget` (schedule.js) keeps each slice short.
 * Resolves to a TextMap.
 */
export async function readText(root, budget) {
  const out = new TextBuilder();
  const view = root.ownerDocument.defaultView;
  // Each entry: [node, keepSpace] to enter, or [element, null] to leave a block.
  const stack = [[root, keepsWhitespace(view.getComputedStyle(root))]];
  while (stack.length) {
    await budget?.pace();
    const [node, keep] = stack.pop();
    if (keep === null) {
      out.blockBreak();
    } else if (node.nodeType === Node.TEXT_NODE) {
      if (keep) out.verbatim(node);
      else out.collapsed(node);
    } else if (node.nodeType === Node.ELEMENT_NODE && (node === root || !skipped(node))) {
      if (node.localName === 'br') {
        out.lineBreak();
        continue;
      }
      const style = view.getComputedStyle(node);
      if (style.display === 'none') continue;
      const block = node !== root && !isInline(style.display);
      if (block) {
        out.blockBreak();
        stack.push([node, null]);
      }
      const keepChildren = keepsWhitespace(style);
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push([child, keepChildren]);
    }
  }
  return new TextMap(out.parts.join(''), out.runs);
}

/** The text read from the DOM and the way back: ranges and per-node segments for [start, end). */
export class TextMap {
  constructor(text, runs) {
    this.text = text;
    this.runs = runs;
  }

  // Index of the last run starting at or before `offset`.
  #runAt(offset) {
    let lo = 0;
    let hi = this.runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runs[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  // DOM position of output offset `offset`, as the start (side 'start') or end (side 'end') of a range.
  #position(offset, side) {
    let i = this.#runAt(side === 'end' ? offset - 1 : offset);
    const step = side === 'end' ? -1 : 1;
    let run = this.runs[i];
    while (run && !run.node) run = this.runs[(i += step)];
    if (!run) return null;
    if (offset <= run.start) return { node: run.node, offset: run.offset };
    if (offset >= run.end) return { node: run.node, offset: run.nodeEnd };
    if (run.end - run.start !== run.nodeEnd - run.offset) return { node: run.node, offset: run.offset };
    return { node: run.node, offset: run.offset + (offset - run.start) };
  }

  /** A live DOM Range over output [start, end), or null when the span holds no text from the DOM. */
  range(start, end) {
    if (!this.runs.length || !(start < end)) return null;
    const from = this.#position(start, 'start');
    const to = this.#position(end, 'end');
    if (!from || !to) return null;
    const range = from.node.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range.collapsed ? null : range;
  }

  /** The text node pieces of output [start, end): [{ node, from, to }], one per node, in document order. */
  segments(start, end) {
    const pieces = [];
    for (let i = this.#runAt(start); i < this.runs.length && this.runs[i].start < end; i++) {
      const run = this.runs[i];
      if (!run.node || run.end <= start) continue;
      const exact = run.end - run.start === run.nodeEnd - run.offset;
      const from = exact ? run.offset + Math.max(0, start - run.start) : run.offset;
      const to = exact ? run.offset + (Math.min(end, run.end) - run.start) : run.nodeEnd;
      const last = pieces[pieces.length - 1];
      if (last && last.node === run.node && last.to === from) last.to = to;
      else if (to > from) pieces.push({ node: run.node, from, to });
    }
    return pieces;
  }
}
