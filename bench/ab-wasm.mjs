#!/usr/bin/env node
// Side by side in Node: the package of one tree (ROOT, a checkout with web/dist built) checking this bench's corpus
// one story per call, the whole corpus in one call, and the 1,000-word article, in-thread. Prints one JSON line:
// {root, per_story_mb_s, whole_mb_s, article_ms} (medians of 5 passes after a warm-up; the article: the median of
// 6 medians of 100 checks). To compare two builds, run it for each, alternating, in fresh processes:
//   for i in 1 2 3; do for t in /tmp/before "$PWD"; do node bench/ab-wasm.mjs "$t"; done; done
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(process.argv[2] ?? '.');
const corpus = new URL('corpus/', import.meta.url);
const { createChecker } = await import(pathToFileURL(`${root}/web/src/index.js`).href);
const checker = await createChecker({ worker: false });
const text = readFileSync(new URL('news.txt', corpus), 'utf8');
const article = readFileSync(new URL('article.txt', corpus), 'utf8');
const stories = text.split('\n\n').filter((s) => s.trim() !== '');
const date = '2023-04-25';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

for (let i = 0; i < 300; ++i) await checker.check(article, { date });  // warm-up: V8 tiers the hot code up
const perStory = [];
const whole = [];
const articleMs = [];
for (let round = 0; round < 6; ++round) {
  let start = performance.now();
  for (const story of stories) await checker.check(story, { date });
  if (round > 0) perStory.push(performance.now() - start);
  start = performance.now();
  await checker.check(text, { date });
  if (round > 0) whole.push(performance.now() - start);
  const times = [];
  for (let i = 0; i < 100; ++i) {
    const t0 = performance.now();
    await checker.check(article, { date });
    times.push(performance.now() - t0);
  }
  articleMs.push(median(times));
}
const mb = Buffer.byteLength(text) / 1e6;
console.log(JSON.stringify({ root, per_story_mb_s: +(mb / median(perStory) * 1000).toFixed(2),
  whole_mb_s: +(mb / median(whole) * 1000).toFixed(2), article_ms: +median(articleMs).toFixed(3) }));
checker.dispose();
