// Locations as a page writes them ("Lisbon, Portugal", "Remote - USA"), and the
// few rules that tell a place from other short text.
import { cleanText, fold } from './text';

/** "Prague", null, "Czechia" → "Prague, Czechia" (no repeats, no empty parts). */
export function joinPlace(parts: (string | null | undefined)[]): string {
  const out: string[] = [];
  for (const p of parts) {
    const t = cleanText(p ?? '');
    if (t && /\p{L}/u.test(t) && !out.some((o) => fold(o) === fold(t))) out.push(t);
  }
  return out.join(', ');
}

// Countries and regions people name in postings, in English and in their own language.
const PLACES = [
  'usa',
  'united states',
  'us',
  'uk',
  'united kingdom',
  'canada',
  'mexico',
  'brazil',
  'brasil',
  'argentina',
  'chile',
  'colombia',
  'portugal',
  'spain',
  'espana',
  'france',
  'germany',
  'deutschland',
  'austria',
  'osterreich',
  'switzerland',
  'schweiz',
  'italy',
  'italia',
  'netherlands',
  'nederland',
  'belgium',
  'ireland',
  'poland',
  'polska',
  'czechia',
  'czech republic',
  'cesko',
  'ceska republika',
  'slovakia',
  'hungary',
  'romania',
  'bulgaria',
  'greece',
  'sweden',
  'norway',
  'denmark',
  'finland',
  'estonia',
  'latvia',
  'lithuania',
  'ukraine',
  'turkey',
  'israel',
  'india',
  'china',
  'japan',
  'singapore',
  'australia',
  'new zealand',
  'south africa',
  'nigeria',
  'kenya',
  'egypt',
  'uae',
  'europe',
  'emea',
  'apac',
  'latam',
  'north america',
  'worldwide',
  'anywhere',
  'remote',
  'praha',
  'prague',
  'brno',
  'london',
  'berlin',
  'munich',
  'munchen',
  'paris',
  'madrid',
  'barcelona',
  'lisbon',
  'lisboa',
  'amsterdam',
  'dublin',
  'warsaw',
  'warszawa',
  'krakow',
  'vienna',
  'wien',
  'zurich',
  'new york',
  'san francisco',
  'seattle',
  'austin',
  'boston',
  'chicago',
  'los angeles',
  'toronto',
  'vancouver',
  'bangalore',
  'bengaluru',
  'hyderabad',
  'tokyo',
  'sydney',
];
// Between non-letters, written as lookarounds (it is only tested): the same answer, and V8
// compiles it in a fraction of the time of consuming those characters (cold on every page load).
const PLACE_RE = new RegExp(`(?<!\\p{L})(?:${PLACES.join('|')})(?!\\p{L})`, 'u');

/** Whether a short text names a place (a country, a big city, "Remote"). */
export function looksLikePlace(text: string): boolean {
  const t = cleanText(text);
  if (!t || t.length > 120) return false;
  if (/^[\s\p{Extended_Pictographic}]*[📍🌎🌍🌏]/u.test(t)) return true;
  return PLACE_RE.test(fold(t));
}

/** Drops the decoration around a place ("📍 Prague" → "Prague", "Location: Berlin" → "Berlin"). */
export function cleanPlace(text: string): string {
  return cleanText(text)
    .replace(/\u200d|\ufe0f/g, '')
    .replace(/^[\s\p{Extended_Pictographic}\p{So}]+/u, '')
    .replace(
      /^(?:locations?|job location|place|ort|standort|lieu|ubicaci[oó]n|localiza[cç][aã]o|sede|locatie|m[ií]sto(?: pr[aá]ce)?|lokalizacja)\s*[:：]\s*/iu,
      '',
    )
    .trim();
}

/** A city in brackets at the end of a title ("Engineer (Lisbon)"), which pages often leave out of the location line. */
export function placeInTitle(title: string): string | null {
  const m = /\(([\p{Lu}][\p{Ll}]+(?:[ -][\p{Lu}][\p{Ll}]+)?)\)\s*$/u.exec(title);
  if (!m) return null;
  const w = m[1]!;
  // "(Remote)", "(Contract)" and similar are not cities.
  if (/^(?:remote|hybrid|contract|intern|internship|temporary|part|full|senior|junior|new|lead|onsite)/i.test(w))
    return null;
  return w;
}

// ISO 3166 codes that structured data gives for countries, as a person names them.
const COUNTRIES: Record<string, string> = {
  US: 'United States',
  GB: 'United Kingdom',
  UK: 'United Kingdom',
  DE: 'Germany',
  FR: 'France',
  ES: 'Spain',
  PT: 'Portugal',
  IT: 'Italy',
  NL: 'Netherlands',
  BE: 'Belgium',
  IE: 'Ireland',
  CH: 'Switzerland',
  AT: 'Austria',
  CZ: 'Czechia',
  SK: 'Slovakia',
  PL: 'Poland',
  HU: 'Hungary',
  RO: 'Romania',
  BG: 'Bulgaria',
  GR: 'Greece',
  SE: 'Sweden',
  NO: 'Norway',
  DK: 'Denmark',
  FI: 'Finland',
  EE: 'Estonia',
  LV: 'Latvia',
  LT: 'Lithuania',
  UA: 'Ukraine',
  TR: 'Turkey',
  IL: 'Israel',
  IN: 'India',
  CN: 'China',
  JP: 'Japan',
  KR: 'South Korea',
  SG: 'Singapore',
  AU: 'Australia',
  NZ: 'New Zealand',
  CA: 'Canada',
  MX: 'Mexico',
  BR: 'Brazil',
  AR: 'Argentina',
  CL: 'Chile',
  CO: 'Colombia',
  ZA: 'South Africa',
  NG: 'Nigeria',
  KE: 'Kenya',
  EG: 'Egypt',
  AE: 'United Arab Emirates',
  HR: 'Croatia',
  SI: 'Slovenia',
  RS: 'Serbia',
  LU: 'Luxembourg',
  PH: 'Philippines',
  VN: 'Vietnam',
  TH: 'Thailand',
  MY: 'Malaysia',
  ID: 'Indonesia',
  PK: 'Pakistan',
  BD: 'Bangladesh',
  CY: 'Cyprus',
  MT: 'Malta',
  IS: 'Iceland',
};

/** "GB" → "United Kingdom"; anything else as written. */
export function countryName(v: string | null | undefined): string | null {
  if (!v) return null;
  const t = v.trim();
  return /^[A-Z]{2}$/.test(t) ? (COUNTRIES[t] ?? t) : t;
}
