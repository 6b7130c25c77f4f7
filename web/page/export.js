// Exports: the report as JSON, and the checked claims as schema.org ClaimReview JSON-LD; downloads go through
// Blob URLs (no data: URLs, nothing leaves the browser).
import { sentenceOf } from './render.js';

const RATINGS = {
  supported: { ratingValue: 5, alternateName: 'True' },
  contradicted: { ratingValue: 1, alternateName: 'False' },
};

/** The article the claims appear in, as far as the page knows it. */
function articleWork(text, { articleUrl, datePublished }) {
  const work = { '@type': 'CreativeWork' };
  const headline = text.trim().split('\n')[0].trim();
  if (headline) work.headline = headline.length > 110 ? `${headline.slice(0, 109)}…` : headline;
  if (articleUrl) work.url = articleUrl;
  if (datePublished) work.datePublished = datePublished;
  return work;
}

function sourceWork(source) {
  const work = { '@type': 'CreativeWork' };
  if (source.title) work.name = source.title;
  if (source.publisher) work.publisher = { '@type': 'Organization', name: source.publisher };
  if (source.date) work.datePublished = source.date;
  if (source.url) work.url = source.url;
  return work;
}

/**
 * One ClaimReview per supported or contradicted claim with a fact. The review's author is the fact's source
 * publisher, or the fact base when the fact has no source; the claim's first appearance is the checked article
 * (an editor checks a draft before it is published).
 * options: { facts: {name, version}, articleUrl?, datePublished?, reviewDate: 'YYYY-MM-DD' }
 */
export function claimReviews(report, text, options) {
  const article = articleWork(text, options);
  const factBase = { '@type': 'Dataset', name: options.facts?.name ?? 'fact base' };
  if (options.facts?.version) factBase.version = options.facts.version;
  const reviews = report.claims
    .filter((claim) => claim.fact_id && RATINGS[claim.verdict])
    .map((claim) => {
      const review = {
        '@type': 'ClaimReview',
        claimReviewed: sentenceOf(text, claim),
        datePublished: options.reviewDate,
        author: { '@type': 'Organization', name: claim.source?.publisher ?? factBase.name },
        reviewRating: { '@type': 'Rating', bestRating: 5, worstRating: 1, ...RATINGS[claim.verdict] },
        itemReviewed: { '@type': 'Claim', text: claim.text, appearance: article, firstAppearance: article },
        reviewBody: claim.explanation ?? claim.statement,
        isBasedOn: factBase,
        identifier: `${claim.fact_id}${claim.slot ? `#${claim.slot}` : ''}`,
      };
      if (claim.source) review.citation = sourceWork(claim.source);
      return review;
    });
  return { '@context': 'https://schema.org', '@graph': reviews };
}

/** Offers `data` (serialized as pretty JSON) as a file download. */
export function download(fileName, type, data) {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
