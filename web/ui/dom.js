// The text-only DOM builder of the page and the widget. Strings from a text or a fact base only ever enter the
// document as text nodes: h() appends them with Node.append and sets attributes one by one, never as markup.
// A link target must first pass safeHttpUrl().

/** Creates <tag> with attributes (null/undefined/false skipped, true = present) and children (strings become text). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  return append(element, children);
}

/** Appends children; nested arrays are flattened, null/undefined/false/'' skipped, anything else becomes text. */
export function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false || child === '') continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** Replaces every child of `element` with `children`. */
export function replaceChildren(element, ...children) {
  element.replaceChildren();
  return append(element, children);
}

/**
 * A link target from a report or a fact base, or null: only an absolute http(s) URL becomes a link. null, '',
 * relative paths, javascript:, data: and anything unparsable give null, so the caller shows no link at all.
 */
export function safeHttpUrl(value) {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
