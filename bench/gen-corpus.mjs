#!/usr/bin/env node
// Writes the benchmark corpora into bench/corpus/, deterministically from bench/corpus/seed:
//   news.txt       ~1 MB of news-like English (BENCH_CORPUS_BYTES), stories separated by a blank line; a story is an
//                  optional headline line and one paragraph. Topic stories make correct and incorrect claims about
//                  the bundled fact base (Syria's war toll, the Moscow meetings, Akar, the incursions, ...); the
//                  others are unrelated news (economy, sport, weather, health, elections) full of figures and dates.
//   truth.json     the ground truth of news.txt, one entry per story: its sentences, every number written (value and
//                  kind) and every date written (resolved against the reference date 2023-04-25, with its
//                  granularity), and which fact each topic sentence claims, correctly or not.
//   article.txt    one news article of about 1,000 words about the fact base's topics (+ article.truth.json).
//   facts-N.json   fact bases of N facts (BENCH_SCALE, default 10,1000,10000,100000; 10,1000 with BENCH_QUICK=1) in the bundled format: the
//                  bundled facts first, then generated countries, cities and people with quantity, event and role
//                  facts whose triggers ("killed", "met", "minister") are the ones the article uses.
// Every random choice comes from one seeded generator, so the same seed gives byte-identical files.
//   node bench/gen-corpus.mjs            (bench/run.sh calls it)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { config, REFERENCE } from './lib/common.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = join(here, 'corpus');
const root = join(here, '..');
const seed = Number(process.env.BENCH_SEED ?? readFileSync(join(out, 'seed'), 'utf8').trim());
const corpusBytes = config.corpusBytes;
const articleWords = Number(process.env.BENCH_ARTICLE_WORDS ?? 1000);
const scaleSizes = config.scale;

// --- seeded randomness (mulberry32) --------------------------------------------------------------------------
function rng(s) {
  let a = s >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),  // inclusive
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}
let R = rng(seed);

// --- text with ground truth ---------------------------------------------------------------------------------
// A sentence is built from parts; numbers and dates are written through n()/d(), which record what they mean.
class Sentence {
  constructor() { this.text = ''; this.numbers = []; this.dates = []; this.claims = []; }
  w(...parts) { for (const p of parts) this.text += p; return this; }
  n(num) { this.text += num.text; if (num.kind) this.numbers.push(num); return this; }
  d(date) { this.text += date.text; this.dates.push(date); return this; }
  claim(fact, correct) { this.claims.push({ fact, correct }); return this; }
}
const S = () => new Sentence();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const MONTH_ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const ORDINAL_WORDS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'tenth', 'eleventh', 'twelfth'];

const grouped = (v) => Math.round(v).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const pad = (v) => String(v).padStart(2, '0');
const suffix = (d) => (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th');

// A cardinal written the way news writes it: words below ten, "1.2 million", "half a million", digits with commas.
function count(value, { words = true } = {}) {
  let text;
  if (value < 10 && words && R.chance(0.8)) text = SMALL[value];
  else if (value === 500000 && R.chance(0.3)) text = 'half a million';
  else if (value >= 1e6 && value % 1e5 === 0) text = `${value / 1e6} million`;
  else if (value >= 1e9 && value % 1e8 === 0) text = `${value / 1e9} billion`;
  else text = grouped(value);
  return { text, value, kind: 'cardinal' };
}
const atStart = (num) => ({ ...num, text: cap(num.text) });
const percent = (value) => ({ text: `${value}${R.pick([' percent', ' per cent', '%'])}`, value, kind: 'percent' });
function money(value) {
  const sign = R.pick(['$', '$', '€', '£']);
  const text = value >= 1e9 ? `${sign}${value / 1e9} billion` : value >= 1e6 ? `${sign}${value / 1e6} million`
    : `${sign}${grouped(value)}`;
  return { text, value, kind: 'money' };
}
const ordinal = (value) => ({ text: value <= 12 && R.chance(0.5) ? ORDINAL_WORDS[value] : `${value}${suffix(value)}`,
  value, kind: 'ordinal' });
const vague = (text) => ({ text, value: null, kind: 'vague' });
// Less regular forms that news also uses: number words above ten, dozens, glued scale suffixes.
const WORD_NUMBERS = [['two dozen', 24], ['twenty-five', 25], ['fifteen', 15], ['forty', 40], ['half a dozen', 6],
  ['a hundred', 100], ['sixty-three', 63]];
function wordNumber() {
  const [text, value] = R.pick(WORD_NUMBERS);
  return { text, value, kind: 'cardinal' };
}
function shortMoney() {
  const v = R.int(12, 95) / 10;
  return R.chance(0.5) ? { text: `£${v}m`, value: v * 1e6, kind: 'money' } : { text: `$${v}bn`, value: v * 1e9, kind: 'money' };
}

// Dates; truth is {iso, granularity} resolved against REFERENCE. Forms without a year are only used for recent days
// (recentDay), where every reasonable resolver agrees on the year.
function day(y, m, d, { withYear = true, form } = {}) {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const f = form ?? R.pick(withYear ? ['dmy', 'dmy', 'mdy', 'iso'] : ['dm', 'md', 'abbr']);
  const text = {
    dmy: `${d} ${MONTHS[m - 1]} ${y}`, mdy: `${MONTHS[m - 1]} ${d}, ${y}`, iso,
    dm: `${d} ${MONTHS[m - 1]}`, md: `${MONTHS[m - 1]} ${d}`, abbr: `${MONTH_ABBR[m - 1]} ${d}`,
    the_of: `the ${d}${suffix(d)} of ${MONTHS[m - 1]}`, md_th: `${MONTHS[m - 1]} ${d}${suffix(d)}`,
  }[f];
  return { text, iso, granularity: 'day', year_written: withYear };
}
const month = (y, m) => ({ text: `${MONTHS[m - 1]} ${y}`, iso: `${y}-${pad(m)}`, granularity: 'month', year_written: true });
const year = (y) => ({ text: String(y), iso: String(y), granularity: 'year', year_written: true });
const decade = (y) => ({ text: `the ${y}s`, iso: `${y}s`, granularity: 'decade', year_written: true });
const relative = (text, iso, granularity) => ({ text, iso, granularity, year_written: false, relative: true });

// A day in the five months before the reference (2022-11-25 .. 2023-04-24): a year-less date there means the same
// day whether a resolver takes the most recent past date or the nearest one.
function recentDay() {
  const ms = Date.UTC(2023, 3, 24) - R.int(0, 150) * 86400000;
  const t = new Date(ms);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}
function anyDay(y0 = 2015, y1 = 2023) {
  const y = R.int(y0, y1);
  const m = R.int(1, 12);
  return [y, m, R.int(1, 28)];
}

// --- people, places, organisations for unrelated news ------------------------------------------------------
const FIRST = ['Maria', 'James', 'Aiko', 'Olu', 'Priya', 'Lars', 'Fatima', 'Diego', 'Chen', 'Amara', 'Tomasz', 'Leila',
  'Kwame', 'Sofia', 'Rahul', 'Ingrid', 'Mateo', 'Nadia', 'Yusuf', 'Elena', 'Hiroshi', 'Grace', 'Pedro', 'Anna'];
const LAST = ['Duarte', 'Okafor', 'Lindqvist', 'Haddad', 'Nakamura', 'Mensah', 'Kowalski', 'Rossi', 'Patel', 'Fischer',
  'Moreau', 'Santos', 'Novak', 'Ibrahim', 'Larsen', 'Costa', 'Suzuki', 'Adeyemi', 'Petrov', 'Brennan', 'Varga'];
const PLACES = ['Lagos', 'Lima', 'Jakarta', 'Nairobi', 'Warsaw', 'Manila', 'Bogotá', 'Hanoi', 'Lisbon', 'Accra',
  'Dhaka', 'Quito', 'Oslo', 'Santiago', 'Kraków', 'Osaka', 'Melbourne', 'Toronto', 'Seville', 'Marseille'];
const COUNTRIES = ['Peru', 'Nigeria', 'Indonesia', 'Kenya', 'Poland', 'the Philippines', 'Colombia', 'Vietnam',
  'Portugal', 'Ghana', 'Bangladesh', 'Ecuador', 'Norway', 'Chile', 'Japan', 'Australia', 'Canada', 'Spain'];
const COMPANIES = ['Norvik Energy', 'Halden Motors', 'Sunport Logistics', 'Bravia Telecom', 'Castellan Foods',
  'Orion Pharma', 'Westmere Bank', 'Kestrel Airways', 'Tidewater Mining', 'Lumen Retail'];
const CLUBS = ['Atlético Norte', 'Riverside United', 'Porto Azul', 'Dynamo Kessel', 'Real Valle', 'FC Brenner'];
const OFFICES = ['Finance Minister', 'Health Minister', 'Prime Minister', 'Interior Minister', 'Mayor',
  'Central bank governor', 'Trade Minister', 'Education Minister'];
const person = () => `${R.pick(FIRST)} ${R.pick(LAST)}`;
const official = () => `${R.pick(OFFICES)} ${person()}`;
const said = () => R.pick(['said', 'told reporters', 'said in a statement', 'wrote on Twitter', 'told parliament']);

// --- topic sentences: claims about the bundled fact base, correct or not -----------------------------------
// Each returns a Sentence; `ok` says whether the claim agrees with the fact base.
const TOPIC = [
  (ok) => {
    const s = S().claim('syria-war-death-toll', ok);
    s.w(R.pick(["Syria's civil war", 'The war in Syria', "Syria's 12-year conflict", 'The Syrian conflict']));
    if (s.text.includes('12-year')) s.numbers.push({ text: '12', value: 12, kind: 'cardinal' });
    const v = ok ? R.pick([500000, 500000, 480000, 510000]) : R.pick([80000, 120000, 250000, 1200000, 2000000]);
    // "more than 80,000" would be true of 500,000: the wrong figures are never hedged upwards.
    const hedge = R.pick(ok ? ['', 'about ', 'roughly ', 'some ', 'an estimated ', 'more than '] : ['', 'about ', 'some ']);
    s.w(R.pick([' has killed ', ' has left ', ' has claimed the lives of ']), hedge).n(count(v));
    return s.w(s.text.includes('left') ? ' people dead' : ' people', R.pick(['.', ', monitors say.', ', according to rights groups.']));
  },
  (ok) => {
    const s = S().claim('syria-war-displaced', ok);
    s.w(R.pick(['The fighting has', 'The war has', 'More than a decade of conflict has']), ' ');
    if (ok) {
      if (R.chance(0.4)) s.w('driven ').n(vague('millions')).w(' of Syrians from their homes.');
      else s.w('displaced ').n(count(R.pick([6800000, 12000000, 13500000]))).w(' people.');
    } else if (R.chance(0.5)) s.w('displaced ').n(count(R.pick([400000, 900000, 150000]))).w(' people.');
    else s.w('forced ').n(vague('hundreds of thousands')).w(' of people from their homes.');
    return s;
  },
  (ok) => {
    const s = S().claim('turkish-airstrikes-2022-11-20', ok);
    const d = ok ? [2022, 11, 20] : R.pick([[2022, 11, 18], [2022, 11, 23], [2022, 11, 27]]);
    s.w('On ').d(day(...d, { withYear: R.chance(0.5) })).w(', ', R.pick(['Turkey', 'Türkiye', 'Ankara']),
      ' launched a barrage of airstrikes on northern Syria, killing ');
    if (R.chance(0.5)) s.n(vague(ok ? 'dozens' : 'hundreds'));
    else s.n(count(ok ? R.pick([36, 40, 52]) : R.pick([8, 12, 150, 300])));
    return s.w(R.pick(['.', ', including civilians.', ', among them Kurdish fighters and Syrian troops.']));
  },
  (ok) => {
    const s = S().claim('moscow-meeting-2022-12-28', ok);
    const d = ok ? [2022, 12, 28] : R.pick([[2022, 12, 21], [2022, 12, 30], [2023, 1, 28]]);
    s.w(R.pick(['The defence ministers of Türkiye and Syria', 'Turkish and Syrian defence ministers',
      'The Turkish and Syrian defence and intelligence chiefs']), ' met in Moscow on ');
    return s.d(day(...d, { withYear: R.chance(0.5) })).w(R.pick(['.', ', the first such talks in years.']));
  },
  (ok) => {
    const s = S().claim('moscow-quadrilateral-2023', ok);
    const d = ok ? [2023, 4, 25] : R.pick([[2023, 4, 20], [2023, 3, 25]]);
    s.w(R.pick(['Russia hosted the defence ministers of Iran, Syria and Türkiye in Moscow on ',
      "Russia's defence minister hosted his Iranian, Syrian and Turkish counterparts in Moscow on "]));
    return s.d(day(...d, { withYear: true })).w('.');
  },
  (ok) => {
    const s = S().claim('akar-defence-minister', ok);
    s.w(ok ? R.pick(['Turkish Defence Minister Hulusi Akar', "Türkiye's defence minister, Hulusi Akar,"])
      : R.pick(['Turkish Foreign Minister Hulusi Akar', "Türkiye's interior minister, Hulusi Akar,"]));
    return s.w(' ', said(), ' the talks had been ', R.pick(['constructive', 'productive', 'frank']), '.');
  },
  (ok) => {
    const s = S().claim('russia-syria-campaign', ok);
    s.w('Russia has been part of the military campaign in Syria since ');
    if (ok) s.d(R.chance(0.7) ? month(2015, 9) : year(2015));
    else s.d(R.chance(0.5) ? month(2014, 3) : year(2017));
    return s.w(R.pick(['.', ', alongside Iran.']));
  },
  (ok) => {
    const s = S().claim('turkish-incursions-since-2016', ok);
    s.w('Since ').d(year(2016)).w(', ', R.pick(['Turkey', 'Türkiye']), ' has launched ');
    return s.n(count(ok ? 3 : R.pick([2, 5, 6]))).w(' major military incursions into Syria.');
  },
  (ok) => {
    const s = S().claim('erdogan-assad-2000s', ok);
    s.w(R.pick(['Erdoğan', 'Erdogan', 'Recep Tayyip Erdoğan']), ' and ', R.pick(['Assad', 'Bashar al-Assad']),
      ' had ', R.pick(['friendly', 'warm', 'amicable']), ' relations in ');
    return s.d(decade(ok ? 2000 : 1990)).w('.');
  },
  (ok) => {
    const s = S().claim('astana-19th-meeting', ok);
    s.w('Iran, Russia and Türkiye held the ').n(ordinal(ok ? 19 : R.pick([17, 20, 21])));
    return s.w(' International Meeting on Syria in the Astana format.');
  },
];

// Background sentences on the topic that claim nothing checkable.
const TOPIC_FILLER = [
  () => S().w('Ankara has long backed rebels seeking to topple Assad.'),
  () => S().w('Moscow and Tehran are the main allies of the government in Damascus.'),
  () => S().w('Kurdish forces control much of the north-east of the country.'),
  () => S().w('Officials ', said(), ' that further talks would be held ', R.pick(['soon', 'in the coming weeks']), '.'),
  () => S().w('The meeting was the latest step in a slow thaw between ', R.pick(['Ankara', 'Turkey']), ' and Damascus.'),
  () => S().w('Refugees remain a central issue in Turkish politics ahead of the elections on ')
    .d(day(2023, 5, 14, { withYear: true })).w('.'),
  () => S().w('Turkey hosts about ').n(count(3600000)).w(' Syrian refugees, more than any other country.'),
  () => {
    const form = R.pick(['yesterday', 'on Monday', 'last year']);
    const s = S().w('The talks ');
    if (form === 'yesterday') s.d(relative('yesterday', '2023-04-24', 'day'));
    else if (form === 'on Monday') s.w('on ').d(relative('Monday', '2023-04-24', 'day'));
    else s.d(relative('last year', '2022', 'year'));
    return s.w(' focused on security along the border.');
  },
];

const TOPIC_HEADLINES = ['Turkey, Syria defence chiefs meet in Moscow', 'Russia hosts four-way talks on Syria',
  'Airstrikes hit northern Syria', 'Ankara and Damascus edge closer', 'What is left of Syria after 12 years of war'];

// --- unrelated news ------------------------------------------------------------------------------------------
const NEWS = [
  () => S().w('Inflation in ', R.pick(COUNTRIES), ' rose to ').n(percent(R.int(21, 99) / 10)).w(' in ')
    .d(month(2023, R.int(1, 3))).w(', the statistics office ', said(), '.'),
  () => S().w(R.pick(COMPANIES), ' reported revenue of ').n(money(R.int(12, 95) * 1e8)).w(' for the quarter ending ')
    .d(day(...R.pick([[2022, 12, 31], [2023, 3, 31], [2022, 9, 30]]), { form: R.pick(['dmy', 'mdy']) })).w('.'),
  () => S().w(official(), ' ', said(), ' the government would spend ').n(money(R.int(2, 40) * 1e9))
    .w(' on roads and railways over the next ').n(count(R.int(3, 10))).w(' years.'),
  () => S().w('A storm left ').n(count(R.int(3, 90) * 1000)).w(' homes in ', R.pick(PLACES), ' without power on ')
    .d(day(...recentDay(), { withYear: false })).w('.'),
  () => S().n(atStart(count(R.int(2, 60) * 100))).w(' new cases were reported in the week to ')
    .d(day(...recentDay(), { withYear: false })).w(', health officials ', said(), '.'),
  () => S().w('Turnout reached ').n(percent(R.int(400, 790) / 10)).w(' in the election held on ')
    .d(day(...anyDay(2019, 2022))).w('.'),
  () => S().w(R.pick(CLUBS), ' signed the striker for ').n(money(R.int(5, 90) * 1e6)).w(' on ')
    .d(day(...anyDay(2019, 2022))).w('.'),
  () => S().w('The ', R.pick(['bridge', 'stadium', 'hospital', 'airport terminal']), ' in ', R.pick(PLACES),
    ' opened in ').d(R.chance(0.5) ? year(R.int(1960, 2010)) : month(R.int(1990, 2022), R.int(1, 12)))
    .w(' and cost ').n(money(R.int(20, 900) * 1e6)).w(' to build.'),
  () => S().w('Police in ', R.pick(PLACES), ' arrested ').n(count(R.int(3, 40))).w(' people after protests on ')
    .d(day(...recentDay(), { withYear: false })).w('.'),
  () => S().w('The central bank raised its main rate by ').n(count(R.pick([25, 50, 75]), { words: false }))
    .w(' basis points to ').n(percent(R.int(20, 120) / 10)).w('.'),
  () => S().w(official(), ' ', said(), ' that unemployment had fallen to ').n(percent(R.int(30, 99) / 10))
    .w(', the lowest since ').d(year(R.int(1995, 2015))).w('.'),
  () => S().w('The marathon drew ').n(count(R.int(8, 45) * 1000)).w(' runners, ', R.pick(['a record', 'down from last year']), '.'),
  () => S().w(R.pick(COMPANIES), ' will cut ').n(count(R.int(2, 60) * 100)).w(' jobs by the end of ')
    .d(year(R.int(2023, 2025))).w(', ', R.pick(['a spokesman', 'its chief executive', 'a spokeswoman']), ' ', said(), '.'),
  () => S().w('Temperatures reached ').n({ text: `${R.int(35, 48)}C`, value: null, kind: null })
    .w(' in ', R.pick(PLACES), ', ', R.pick(['the highest', 'the hottest day']), ' since records began in ')
    .d(year(R.int(1870, 1950))).w('.'),
  () => S().w('The museum, founded in ').d(year(R.int(1850, 1990))).w(', welcomed ').n(count(R.int(2, 90) * 10000))
    .w(' visitors last year.'),
  () => S().w('Exports rose ').n(percent(R.int(11, 250) / 10)).w(' to ').n(money(R.int(2, 90) * 1e9)).w(' in ')
    .d(year(2022)).w('.'),
  () => S().w('The ', R.pick(['film', 'novel', 'album']), ' sold ').n(count(R.int(12, 900) * 1000))
    .w(' copies in its first week.'),
  () => S().w(R.pick(COUNTRIES).replace(/^the/, 'The'), ' will host the ').n(ordinal(R.int(2, 30)))
    .w(' summit of the regional bloc in ').d(month(2023, R.int(6, 12))).w('.'),
  () => S().w('Mr. ', R.pick(LAST), ', who took office in ').d(year(R.int(2005, 2021))).w(', ', said(),
    ' the budget was balanced.'),
  () => S().w('The U.N. agency ', said(), ' that ').n(count(R.int(11, 95) * 100000)).w(' people needed food aid.'),
  () => S().w('Rescue teams pulled ').n(count(R.int(2, 19))).w(' survivors from the rubble ')
    .d(relative('yesterday', '2023-04-24', 'day')).w(', officials ', said(), '.'),
  () => S().w('Dr. ', R.pick(LAST), ' said the vaccine was ').n(percent(R.int(60, 95))).w(' effective in a trial of ')
    .n(count(R.int(2, 40) * 1000)).w(' volunteers.'),
  () => S().w('The ', R.pick(['company', 'firm', 'group']), ' was founded in ', R.pick(PLACES), ' in ')
    .d(year(R.int(1900, 2010))).w(' and employs about ').n(count(R.int(2, 90) * 1000)).w(' people.'),
  () => S().w('Prices have risen ').n(percent(R.int(5, 40))).w(' since ')
    .d(month(2022, R.int(1, 12))).w(', according to the consumer group.'),
  () => S().w(cap(R.pick(['a', 'the'])), ' ', R.pick(['fire', 'flood', 'landslide']), ' in ', R.pick(PLACES),
    ' killed ').n(count(R.int(2, 60))).w(' people and injured ').n(count(R.int(10, 200))).w(', officials ', said(), '.'),
  // Less regular forms: number words, glued scale suffixes, "the 3rd of March", "March 3rd", "the '90s".
  () => S().w('Firefighters rescued ').n(wordNumber()).w(' people from the ', R.pick(['building', 'flooded tunnel', 'ferry']),
    ' on ').d(day(...recentDay(), { withYear: false, form: R.pick(['the_of', 'md_th']) })).w('.'),
  () => S().w('The council approved a ').n(shortMoney()).w(' upgrade of the ', R.pick(['library', 'harbour', 'tram line']),
    ' in early ').d(year(R.int(2019, 2022))).w('.'),
  () => {
    const decadeYear = R.pick([1970, 1980, 1990]);
    return S().w('House prices in ', R.pick(PLACES), ' have doubled since the ')
      .d({ text: `'${decadeYear % 100}s`, iso: `${decadeYear}s`, granularity: 'decade', year_written: false })
      .w(', the agency ', said(), '.');
  },
];
const NEWS_FILLER = [
  () => S().w('The opposition criticised the plan.'),
  () => S().w('Analysts ', said(), ' the move was expected.'),
  () => S().w('"We are doing everything we can," ', person(), ' ', said(), '.'),
  () => S().w('Shares in the company rose in early trading.'),
  () => S().w('Critics say the measures do not go far enough.'),
  () => S().w('The ministry did not respond to a request for comment.'),
  () => S().w('Residents ', said(), ' they had not been warned.'),
];
const NEWS_HEADLINES = ['Inflation eases as prices stabilise', 'Storm cuts power to thousands', 'Club signs new striker',
  'Government unveils spending plan', 'Election turnout rises', 'Central bank raises rates again',
  'Firm to cut jobs', 'Heatwave breaks records'];

// --- stories and the corpus --------------------------------------------------------------------------------
function story(topic) {
  const sentences = [];
  const headline = R.chance(0.5) ? S().w(R.pick(topic ? TOPIC_HEADLINES : NEWS_HEADLINES)) : null;
  const length = R.int(3, 8);
  const used = new Set();  // a story uses each template at most once
  const fresh = (list) => {
    if (list.every((g) => used.has(g))) list.forEach((g) => used.delete(g));
    let f;
    do f = R.pick(list); while (used.has(f));
    used.add(f);
    return f;
  };
  for (let i = 0; i < length; ++i) {
    if (topic) sentences.push(R.chance(0.7) ? fresh(TOPIC)(R.chance(0.6)) : fresh(TOPIC_FILLER)());
    else sentences.push(R.chance(0.75) ? fresh(NEWS)() : fresh(NEWS_FILLER)());
  }
  const body = sentences.map((s) => s.text).join(' ');
  const all = headline ? [headline, ...sentences] : sentences;
  return {
    text: headline ? `${headline.text}\n${body}` : body,
    truth: {
      sentences: all.map((s) => s.text),
      numbers: all.flatMap((s) => s.numbers.map(({ text, value, kind }) => ({ text, value, kind }))),
      dates: all.flatMap((s) => s.dates.map(({ text, iso, granularity, year_written, relative: rel }) =>
        ({ text, iso, granularity, year_written, relative: !!rel }))),
      claims: all.flatMap((s) => s.claims),
    },
  };
}

function corpus(bytes) {
  const stories = [];
  let size = 0;
  while (size < bytes) {
    const st = story(R.chance(0.4));
    stories.push(st);
    size += Buffer.byteLength(st.text) + 2;
  }
  return stories;
}

// One article: a dateline, then paragraphs of topic claims and background until `words` words.
function article(words) {
  const paragraphs = [];
  const truth = { sentences: [], numbers: [], dates: [], claims: [] };
  let count = 0;
  let order = 0;
  const add = (s) => {
    truth.sentences.push(s.text);
    truth.numbers.push(...s.numbers);
    truth.dates.push(...s.dates);
    truth.claims.push(...s.claims);
    count += s.text.split(/\s+/).length;
    return s.text;
  };
  let first = true;
  while (count < words) {
    const parts = [];
    for (let i = 0; i < 4 && count < words; ++i) {
      const kind = R.next();
      let s;
      if (kind < 0.5) s = TOPIC[order++ % TOPIC.length](R.chance(0.7));
      else if (kind < 0.8) s = R.pick(TOPIC_FILLER)();
      else s = R.pick(NEWS)();
      parts.push(add(s));
    }
    let text = parts.join(' ');
    if (first) text = `Moscow, 25 April 2023 (TDI): ${text}`;
    first = false;
    paragraphs.push(text);
  }
  truth.dates.unshift({ text: '25 April 2023', iso: '2023-04-25', granularity: 'day', year_written: true, relative: false });
  return { text: `${paragraphs.join('\n\n')}\n`, truth, words: count + 4 };
}

// --- scaled fact bases ---------------------------------------------------------------------------------------
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ven', 'tor', 'bel', 'dun', 'sar', 'qui', 'zel', 'mor', 'fa', 'nik',
  'pol', 'tes', 'gar', 'ul', 'bro', 'hes'];
function coined(i, minSyllables = 3) {
  let s = '';
  let v = i;
  for (let k = 0; k < minSyllables || v > 0; ++k) {
    s += SYLLABLES[v % SYLLABLES.length];
    v = Math.floor(v / SYLLABLES.length);
  }
  return cap(s);
}

function scaledFacts(n, bundled) {
  const doc = {
    $schema: './schema.json', name: `bench-${n}`, version: '1.0.0',
    description: `Generated by bench/gen-corpus.mjs: ${n} facts for the scale benchmark.`,
    sources: [...bundled.sources, { id: 'bench', title: 'Generated fact base', publisher: 'bench', date: REFERENCE }],
    entities: [...bundled.entities],
    facts: bundled.facts.slice(0, n),
  };
  for (let u = 0; doc.facts.length < n; ++u) {
    const country = `${coined(u)}ia`;
    const city = `${coined(u)}burg`;
    const first = coined(u + 7, 2);
    const last = `${coined(u)}ski`;
    doc.entities.push(
      { id: `c${u}`, name: country, kind: 'country', aliases: [country, `the Republic of ${country}`],
        demonyms: [`${country}n`] },
      { id: `t${u}`, name: city, kind: 'city', part_of: `c${u}`, aliases: [city] },
      { id: `p${u}`, name: `${first} ${last}`, kind: 'person', aliases: [`${first} ${last}`, last] });
    const [y, m, d] = anyDay(2000, 2022);
    const deaths = R.int(2, 900) * 100;
    const facts = [
      { id: `q${u}`, kind: 'quantity', statement: `Floods in ${country} killed about ${grouped(deaths)} people.`,
        sources: ['bench'], triggers: ['killed', 'dead', 'death toll', 'died'],
        about: { entities: [`c${u}`], terms: [['flood', 'floods', 'flooding']] },
        measure: 'deaths', unit: 'people', values: [{ value: { approx: deaths } }] },
      { id: `e${u}`, kind: 'event', statement: `${first} ${last} met the trade ministers of the region in ${city}.`,
        sources: ['bench'], triggers: ['met', 'meeting', 'talks', 'hosted'],
        about: { entities: [`p${u}`] }, date: { on: `${y}-${pad(m)}-${pad(d)}` }, place: `t${u}`,
        participants: { entities: [`c${u}`], closed: false } },
      { id: `r${u}`, kind: 'role', statement: `${first} ${last} is ${country}'s finance minister.`,
        sources: ['bench'], triggers: ['minister', 'finance minister'], about: { entities: [`p${u}`] },
        person: `p${u}`, office: 'finance minister', of: `c${u}` },
    ];
    doc.facts.push(...facts.slice(0, n - doc.facts.length));
  }
  return doc;
}

// --- main ----------------------------------------------------------------------------------------------------
mkdirSync(out, { recursive: true });
R = rng(seed);
const stories = corpus(corpusBytes);
writeFileSync(join(out, 'news.txt'), `${stories.map((s) => s.text).join('\n\n')}\n`);
writeFileSync(join(out, 'truth.json'), JSON.stringify({ seed, reference: REFERENCE, stories: stories.map((s) => s.truth) }));
R = rng(seed + 1);
const art = article(articleWords);
writeFileSync(join(out, 'article.txt'), art.text);
writeFileSync(join(out, 'article.truth.json'), JSON.stringify({ seed, reference: REFERENCE, words: art.words, ...art.truth }));
const bundled = JSON.parse(readFileSync(join(root, 'facts/moscow-2023-04-25.json'), 'utf8'));
for (const n of scaleSizes) {
  R = rng(seed + n);
  writeFileSync(join(out, `facts-${n}.json`), JSON.stringify(scaledFacts(n, bundled)));
}
const numbers = stories.reduce((a, s) => a + s.truth.numbers.length, 0);
const dates = stories.reduce((a, s) => a + s.truth.dates.length, 0);
console.log(`corpus: seed ${seed}, ${stories.length} stories, ${Buffer.byteLength(stories.map((s) => s.text).join('\n\n'))} bytes, ` +
  `${numbers} numbers, ${dates} dates; article ${art.words} words; fact bases ${scaleSizes.join(', ')}`);
