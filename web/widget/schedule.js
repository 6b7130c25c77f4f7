// When the widget may work, and how it keeps the page responsive while it does.
//
// Nothing heavy starts until one of the watched elements comes near the viewport (IntersectionObserver) or the
// browser is idle (requestIdleCallback); whichever comes first. Long loops run against a Budget: they give the
// main thread back (scheduler.yield, else a MessageChannel task) once a slice has used its few milliseconds, so
// no task the widget runs comes near the 50 ms long-task line.

const NEAR_VIEWPORT = '600px 0px';
const IDLE_FALLBACK_MS = 1500;  // browsers without requestIdleCallback: this long after the load event

/**
 * Resolves once any of `elements` is within NEAR_VIEWPORT of the viewport or the browser is idle.
 * `signal` (an AbortSignal) stops the wait; the promise then never resolves.
 */
export function whenNeeded(elements, signal) {
  return new Promise((resolve) => {
    const cleanups = [];
    const done = () => {
      for (const cleanup of cleanups) cleanup();
      resolve();
    };
    if (typeof IntersectionObserver === 'function') {
      const observer = new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) done();
      }, { rootMargin: NEAR_VIEWPORT });
      for (const element of elements) if (element) observer.observe(element);
      cleanups.push(() => observer.disconnect());
    }
    cleanups.push(onIdle(done));
    signal?.addEventListener('abort', () => { for (const cleanup of cleanups) cleanup(); }, { once: true });
  });
}

/** Calls `callback` once the browser is idle; returns a function that cancels it. */
function onIdle(callback) {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => callback());
    return () => cancelIdleCallback(handle);
  }
  let timer = 0;
  const arm = () => { timer = setTimeout(callback, IDLE_FALLBACK_MS); };
  if (document.readyState === 'complete') arm();
  else addEventListener('load', arm, { once: true });
  return () => { removeEventListener('load', arm); clearTimeout(timer); };
}

/** Gives the main thread back for one turn of the event loop. */
export function yieldToMain() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(null);
  });
}

/** A time slice: `due()` says when the current one is used up; `next()` yields and starts a new one. */
export class Budget {
  #sliceMs;
  #start = performance.now();

  constructor(sliceMs = 8) { this.#sliceMs = sliceMs; }

  due() { return performance.now() - this.#start > this.#sliceMs; }

  async next() {
    await yieldToMain();
    this.#start = performance.now();
  }

  /** Yields only when the slice is used up: call it freely inside loops. */
  async pace() {
    if (this.due()) await this.next();
  }
}
