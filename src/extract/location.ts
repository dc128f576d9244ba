// Locations as a page writes them ("Lisbon, Portugal", "Remote - USA"), and the
// few rules that tell a place from other short text.
import { employmentTypeFrom } from './facts/employment';
import { workplaceFrom } from './facts/workplace';
import { cleanText, fold } from './text';
import { allWords, currentWords, perWords, sharedPattern } from './words';

/** "Prague", null, "Czechia" → "Prague, Czechia" (no repeats, no empty parts). */
export function joinPlace(parts: (string | null | undefined)[]): string {
  const out: string[] = [];
  for (const p of parts) {
    const t = cleanText(p ?? '');
    if (t && /\p{L}/u.test(t) && !out.some((o) => fold(o) === fold(t))) out.push(t);
  }
  return out.join(', ');
}

/** Whether a short text names a place (a country, a big city, "Remote"). */
export function looksLikePlace(text: string): boolean {
  const { PLACE_NAME, PLACE_CODE, TOWN_AND_REGION_CODE } = currentWords();
  const t = cleanText(text);
  if (!t || t.length > 120) return false;
  if (/^[\s\p{Extended_Pictographic}]*[📍🌎🌍🌏]/u.test(t)) return true;
  // "US" in a line written in capitals is the word ("ABOUT US", "JOIN US").
  const code = PLACE_CODE.test(t) && (/\p{Ll}/u.test(t) || t.length <= 4);
  return PLACE_NAME.test(fold(t)) || code || TOWN_AND_REGION_CODE.test(t);
}

/** "Planned Parenthood of Illinois", "Monetary Authority of Singapore": a name ending in the place it serves. */
export function nameOfPlace(text: string): boolean {
  const joined = currentWords().NAME_JOINED.exec(text);
  return !!joined && !looksLikePlace(joined[1]!) && looksLikePlace(joined[2]!);
}

/** Drops the decoration around a place ("📍 Prague" → "Prague", "Location: Berlin" → "Berlin"). */
export function cleanPlace(text: string): string {
  const { PLACE_LABEL } = currentWords();
  return (
    cleanText(text)
      .replace(/\u200d|\ufe0f/g, '')
      .replace(/^[\s\p{Extended_Pictographic}\p{So}]+/u, '')
      .replace(PLACE_LABEL, '')
      // "68 - AMMERSCHWIHR": a French département's number before its town.
      .replace(/^\d{2,3}\s+-\s+(?=\p{L})/u, '')
      .trim()
  );
}

/**
 * A postal address on a line of its own: a street and its number, a postal code, the town and
 * maybe the country ("U Přehrady 3204/61, 46602 Jablonec nad Nisou, Česká republika",
 * "Maliebaan 100, 3581 CX Utrecht", "Hauptstraße 5, 10115 Berlin").
 */
const POSTAL_ADDRESS =
  /^[^,\d]{2,60}\s\d+\p{L}?(?:[/-]\d+\p{L}?)?,\s*(?:\d{3}\s?\d{2}|\d{4}\s?[A-Z]{2}|\d{4,5})\s+([^,\d]{2,60}(?:,\s*[^,\d]{2,40})?)$/u;

/** The town (and country) of a line that is a postal address, or null. */
export function placeOfAddress(text: string): string | null {
  const match = POSTAL_ADDRESS.exec(cleanText(text));
  return match ? match[1]!.trim() : null;
}

const TITLE_CITY = String.raw`\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?`;
/**
 * Cities in brackets at the end of a title: "(Lisbon)", "(Huizen/Amersfoort)", "(Berlin, Hamburg or
 * Munich)", joined by any language's list words. Built on first use, not when the reader loads.
 */
let titleCities: RegExp | undefined;
const TITLE_CITIES = (): RegExp =>
  (titleCities ??= new RegExp(
    String.raw`\((${TITLE_CITY}(?:(?:\s*/\s*|${allWords().PLACE_LIST_GAP.source})${TITLE_CITY}){0,5})\)\s*$`,
    'u',
  ));
/** What stands between two of those cities, in the page's languages: built once per set of them. */
const TITLE_CITY_GAP = perWords((words) => sharedPattern(String.raw`\s*/\s*|${words.PLACE_LIST_GAP.source}`, 'u'));

/**
 * The cities in brackets at the end of a title ("Engineer (Lisbon)"), which pages often leave out
 * of the location line. "(Remote)", "(Contract)", "(Frontend/Backend)" and similar are not cities.
 */
export function placesInTitle(title: string): string[] {
  const { NOT_A_CITY } = currentWords();
  const match = TITLE_CITIES().exec(title);
  if (!match) return citiesOpeningTitle(title);
  const places = match[1]!.split(TITLE_CITY_GAP());
  // "(Teilzeit)", "(Hybrid)": a job's terms in the words of any language are no city.
  const terms = (place: string) => place.length <= 30 && (employmentTypeFrom(place) || workplaceFrom(place));
  return places.every((place) => place && !NOT_A_CITY.test(place) && !terms(place)) ? places : [];
}

/** Square brackets that open a title: "[São Paulo] Front-end Developer", "[Remoto / Porto Alegre ] …". */
const TITLE_OPENING = /^\s*\[([^\]]{2,60})\]/u;
const ONLY_A_CITY = new RegExp(`^${TITLE_CITY}$`, 'u');

/**
 * The cities in the square brackets that open a title, as boards of GitHub issues write them, the
 * way of working beside them left out ("[Remoto / Porto Alegre ]" → Porto Alegre); "[PJ]" and
 * "[Remoto]" name none.
 */
function citiesOpeningTitle(title: string): string[] {
  const { NOT_A_CITY } = currentWords();
  const inside = TITLE_OPENING.exec(title)?.[1];
  if (!inside) return [];
  const parts = inside
    .split(TITLE_CITY_GAP())
    .map((part) => part.trim())
    .filter((part) => part && !workplaceFrom(part));
  return parts.length &&
    parts.every((part) => ONLY_A_CITY.test(part) && !NOT_A_CITY.test(part) && !employmentTypeFrom(part))
    ? parts
    : [];
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
