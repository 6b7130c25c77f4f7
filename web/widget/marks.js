// Marking claims in the publisher's article, and finding the claim under a click.
//
// HighlightMarks uses the CSS Custom Highlight API: ranges registered in CSS.highlights and painted by the
// ::highlight() rules of the document sheet (styles.js). The article's DOM and layout stay exactly as published.
// Highlights are shared by name ("claimcheck-contradicted", ...) between widgets; each widget adds and removes only
// its own ranges. WrapMarks is the fallback for browsers without the API: each claim's text nodes are split and
// wrapped in <mark class="claimcheck-mark">; clear() unwraps them and joins the split text nodes again, so the
// article's markup is as before. Both answer claimAt(event) for clicks on the article.

export const HIGHLIGHT_PREFIX = 'claimcheck-';
const ACTIVE = 'active';
const HIT_SLOP = 2;  // px around a claim's boxes that still counts as a hit

export function highlightsSupported() {
  return typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';
}

/** 'highlight' or 'wrap' (attribute value 'auto' picks what the browser supports). */
export function createMarks(mode) {
  const useHighlights = mode === 'highlight' || (mode !== 'wrap' && highlightsSupported());
  return useHighlights && highlightsSupported() ? new HighlightMarks() : new WrapMarks();
}

function insideRects(rects, x, y) {
  for (const r of rects) {
    if (x >= r.left - HIT_SLOP && x <= r.right + HIT_SLOP && y >= r.top - HIT_SLOP && y <= r.bottom + HIT_SLOP) {
      return true;
    }
  }
  return false;
}

// The DOM position under a point, where the browser tells it.
function caretAt(doc, x, y) {
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p && { node: p.offsetNode, offset: p.offset };
  }
  if (doc.caretRangeFromPoint) {
    const r = doc.caretRangeFromPoint(x, y);
    return r && { node: r.startContainer, offset: r.startOffset };
  }
  return null;
}

class HighlightMarks {
  kind = 'highlight';
  #claims = new Map();  // claim index -> { range, verdict }
  #active = -1;

  #highlight(name) {
    const key = HIGHLIGHT_PREFIX + name;
    let highlight = CSS.highlights.get(key);
    if (!highlight) {
      highlight = new Highlight();
      if (name === ACTIVE) highlight.priority = 1;
      CSS.highlights.set(key, highlight);
    }
    return highlight;
  }

  #drop(name, range) {
    const key = HIGHLIGHT_PREFIX + name;
    const highlight = CSS.highlights.get(key);
    if (!highlight) return;
    highlight.delete(range);
    if (highlight.size === 0) CSS.highlights.delete(key);
  }

  /** Marks claims: [{ index, verdict, range }]. */
  add(claims) {
    for (const { index, verdict, range } of claims) {
      this.#claims.set(index, { range, verdict });
      this.#highlight(verdict).add(range);
    }
  }

  /** Index of the claim to show as selected, or -1. */
  setActive(index) {
    const previous = this.#claims.get(this.#active);
    if (previous) this.#drop(ACTIVE, previous.range);
    this.#active = index;
    const next = this.#claims.get(index);
    if (next) this.#highlight(ACTIVE).add(next.range);
  }

  rangeOf(index) { return this.#claims.get(index)?.range ?? null; }

  /** The index of the claim under a mouse event on the article, or -1. */
  claimAt(event) {
    const { clientX: x, clientY: y } = event;
    const caret = caretAt(event.target.ownerDocument ?? document, x, y);
    let fallback = -1;
    for (const [index, { range }] of this.#claims) {
      if (!insideRects(range.getClientRects(), x, y)) continue;
      if (!caret || range.comparePoint(caret.node, caret.offset) === 0) return index;
      fallback = index;
    }
    return fallback;
  }

  clear() {
    this.setActive(-1);
    for (const { range, verdict } of this.#claims.values()) this.#drop(verdict, range);
    this.#claims.clear();
  }
}

class WrapMarks {
  kind = 'wrap';
  #claims = new Map();  // claim index -> { range, marks: [HTMLElement] }
  #markClaim = new WeakMap();  // mark -> claim index
  #splits = new Map();  // original text node -> Set of the text nodes split off it
  #active = -1;

  /**
   * Marks claims: [{ index, verdict, range, segments }] in document order, segments as TextMap.segments gives
   * them (offsets into the text nodes as they were read). Where claims overlap, the later one keeps the text.
   */
  add(claims) {
    const jobs = [];
    for (const claim of claims) {
      this.#claims.set(claim.index, { range: claim.range, marks: [] });
      for (const segment of claim.segments) jobs.push({ claim, segment });
    }
    // Last piece first: splitting a node keeps the node itself as the prefix, so the offsets of every piece still
    // to come stay valid.
    for (let i = jobs.length - 1; i >= 0; i--) {
      const { claim, segment } = jobs[i];
      const mark = this.#wrap(segment, claim.verdict, claim.index);
      if (mark) this.#claims.get(claim.index).marks.unshift(mark);
    }
    // Wrapping moved the text the ranges pointed into: the claim's range now spans its marks.
    for (const entry of this.#claims.values()) {
      if (!entry.marks.length) continue;
      entry.range = entry.marks[0].ownerDocument.createRange();
      entry.range.setStartBefore(entry.marks[0]);
      entry.range.setEndAfter(entry.marks[entry.marks.length - 1]);
    }
  }

  #wrap({ node, from, to }, verdict, index) {
    if (!node.parentNode) return null;
    to = Math.min(to, node.data.length);
    if (to <= from) return null;
    const pieces = this.#splits.get(node) ?? new Set();
    this.#splits.set(node, pieces);
    if (to < node.data.length) pieces.add(node.splitText(to));
    let text = node;
    if (from > 0) {
      text = node.splitText(from);
      pieces.add(text);
    }
    const mark = text.ownerDocument.createElement('mark');
    mark.className = `claimcheck-mark claimcheck-mark-${verdict}`;
    text.parentNode.insertBefore(mark, text);
    mark.appendChild(text);
    this.#markClaim.set(mark, index);
    return mark;
  }

  setActive(index) {
    for (const mark of this.#claims.get(this.#active)?.marks ?? []) mark.classList.remove('claimcheck-mark-active');
    this.#active = index;
    for (const mark of this.#claims.get(index)?.marks ?? []) mark.classList.add('claimcheck-mark-active');
  }

  rangeOf(index) { return this.#claims.get(index)?.range ?? null; }

  claimAt(event) {
    for (let element = event.target; element && element.nodeType === Node.ELEMENT_NODE;
      element = element.parentElement) {
      if (this.#markClaim.has(element)) return this.#markClaim.get(element);
    }
    return -1;
  }

  /** Removes every mark and joins the text nodes split for them: the markup is as it was before. */
  clear() {
    this.setActive(-1);
    for (const { marks } of this.#claims.values()) {
      for (const mark of marks) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        mark.remove();
      }
    }
    for (const [original, pieces] of this.#splits) {
      while (original.parentNode && pieces.has(original.nextSibling)) {
        const piece = original.nextSibling;
        original.appendData(piece.data);
        piece.remove();
      }
    }
    this.#claims.clear();
    this.#splits.clear();
  }
}
