// Small readers for the facts a person picks off a job posting: seniority,
// employment type, workplace, years of experience, degrees, visa sponsorship
// and spoken languages. Each is pure and works on plain text; regexes are
// compiled once. They lean towards null/empty: a wrong fact shown to a job
// seeker is worse than a missing one, so free text only counts where its words
// clearly state the fact ("hybrid working", not "remote sensing").

import type { Education, EmploymentType, ExperienceYears, Seniority, Workplace } from '../model/posting';

// Word edges that work for accented letters too (\b is ASCII-only).
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const words = (alt: string, flags = 'iu'): RegExp => new RegExp(`${B}(?:${alt})${E}`, flags);

// ---------------------------------------------------------------------------
// Seniority

// CEO, CTO, CFO, COO, CIO, CMO, CPO, CRO, CDO, CISO, CHRO, and VP/SVP/EVP: upper case only, as titles write them.
const TITLE_CAPS_RE = new RegExp(`${B}(?:[SE]?VP|C(?:E|T|F|O|I|M|P|R|D|IS|HR)O|CxO)${E}`, 'u');
/** Ranked from the top: the highest level named in a title wins ("Senior Staff" is staff). */
const TITLE_LEVELS: [Seniority, string][] = [
  [
    'executive',
    String.raw`vice[\s-]?president|chief|president|geschäftsführer(?:in)?|vorstand|directeur\s+général|directrice\s+générale|director\s+general`,
  ],
  [
    'director',
    String.raw`director|directeur|directrice|directora|direttore|direttrice|direktor(?:in)?|ředitel(?:ka)?|dyrektor|head|(?:abteilungs|bereichs)?leiter(?:in)?|vedoucí\s+(?:oddělení|úseku)`,
  ],
  ['principal', 'principal'],
  ['staff', 'staff'],
  [
    'lead',
    String.raw`lead(?!\s+(?:gen|generation|qualification))|tech[\s-]?lead|team[\s-]?lead(?:er)?|leader|(?:team|gruppen)leiter(?:in)?|líder|lider|vedoucí(?:\s+týmu)?|chef\s+d['’]équipe`,
  ],
  ['senior', String.raw`senior(?:ní)?|sr\.?|snr|sênior|starszy|starsza`],
  [
    'mid',
    String.raw`mid(?:dle)?(?:[\s-]?level)?(?![\s-]?(?:market|west|size|sized|school|office|east))|mid[\s-]senior|medior|intermediate|regular|pleno`,
  ],
  [
    'junior',
    String.raw`junior|jr\.?|graduate|new\s+grad|entry[\s-]level|berufseinsteiger(?:in)?|absolvent(?:ka|in)?|młodszy|młodsza|débutant(?:e)?|júnior`,
  ],
  [
    'intern',
    String.raw`intern|interns|internship|trainee|werkstudent(?:in)?|working\s+student|praktikant(?:in)?|praktikum|stagiaire|stagista|tirocinante|becari[oa]|pasante|estagiári[oa]|stażyst(?:a|ka)|praktykant(?:ka)?|stážista|apprentice|apprenticeship|auszubildende[rn]?|azubi|co-op`,
  ],
];
// The levels in one regex, a group per level in rank order: tried from every place of the title,
// the first group that matches there is the highest level named there, and the highest over all
// places is the level, as testing each level's regex in turn found. One word edge instead of
// nine: a fraction of the time to compile on the first page.
const TITLE_RE = new RegExp(`${B}(?:${TITLE_LEVELS.map(([, alt]) => `(${alt})`).join('|')})${E}`, 'giu');
const MANAGER_RE = words(
  String.raw`manager|managerin|manažer(?:ka)?|menedżer|kierownik|gerente|projektleiter(?:in)?|chef\s+de\s+projet`,
);

/**
 * Seniority from a job title, by the fixtures' rule: VP/Chief/C-level →
 * executive, Director/Head → director, then principal, staff, lead, senior,
 * mid, junior, intern, the highest present winning; "Manager" only where no
 * such word stands. "II"/"III" and "Associate" say nothing; "Account
 * Executive" is a sales role, not an executive.
 */
export function seniorityFromTitle(title: string): Seniority | null {
  if (!title) return null;
  if (TITLE_CAPS_RE.test(title)) return 'executive';
  let best = -1;
  TITLE_RE.lastIndex = 0;
  for (let m = TITLE_RE.exec(title); m; m = TITLE_RE.exec(title)) {
    const rank = m.slice(1).findIndex((g) => g !== undefined);
    if (best < 0 || rank < best) best = rank;
    if (best === 0) break;
    TITLE_RE.lastIndex = m.index + 1; // a match may hide a higher level starting inside it
  }
  if (best >= 0) return TITLE_LEVELS[best]?.[0] ?? null;
  return MANAGER_RE.test(title) ? 'manager' : null;
}

/**
 * Labels of explicit seniority fields (LinkedIn "Seniority level", Stack
 * Overflow "Experience level", and their translations). Choices: LinkedIn's
 * "Associate" reads as junior (an early-career level above entry), "Mid-Senior
 * level" as mid (it covers experienced individual contributors, and mid is the
 * level it certainly includes). Where a label lists several ("Junior,
 * Mid-Level"), the first is taken.
 */
const LABEL_LEVELS: [Seniority, RegExp][] = [
  ['intern', words(`internship|intern|student|stage|stáž|praxe|praktikum|prácticas|estágio|staż|tirocinio`)],
  [
    'junior',
    words(
      String.raw`entry[\s-]?level|entry|associate|associato|associado|early\s+professional|esperienza\s+minima|začátečník|junior|berufseinstieg|premier\s+emploi|sin\s+experiencia|nível\s+de\s+entrada|assistente|algo\s+de\s+responsabilidad|mit\s+berufserfahrung|początkujący|graduate`,
    ),
  ],
  [
    'mid',
    words(
      String.raw`mid[\s-]?senior(?:\s+level)?|mid(?:[\s-]level)?|intermediate|medior|regular|pleno(?:-sênior)?|středně\s+pokročilý|livello\s+intermedio(?:-superiore)?|intermedio|confirmé|średniozaawansowany`,
    ),
  ],
  ['senior', words(String.raw`senior|sr\.?|sênior`)],
  ['lead', words(String.raw`lead|team\s+lead`)],
  ['manager', words(`manager|management`)],
  ['director', words(`director|direttore|directeur|ředitel|dyrektor|diretor|direktor`)],
  [
    'executive',
    words(
      String.raw`executive|dirigente|ejecutivo|executivo|cadre\s+dirigeant|geschäftsführung|kadra\s+kierownicza|vedoucí\s+pracovník`,
    ),
  ],
  ['principal', words('principal')],
  ['staff', words('staff')],
];
const NOT_APPLICABLE_RE =
  /^\s*(?:not\s+applicable|n\/a|neuvedeno|nerelevantní|non\s+applicabile|nicht\s+zutreffend|sans\s+objet|non\s+applicable|no\s+aplicable|nie\s+dotyczy|não\s+aplicável|niet\s+van\s+toepassing)\s*$/iu;

export function seniorityFromText(label: string): Seniority | null {
  if (!label || NOT_APPLICABLE_RE.test(label)) return null;
  let best: Seniority | null = null;
  let at = Number.POSITIVE_INFINITY;
  let len = 0;
  for (const [level, re] of LABEL_LEVELS) {
    const m = re.exec(label);
    // Earliest wins; at the same place the longer phrase ("Mid-Senior level" over "Mid").
    if (m && (m.index < at || (m.index === at && m[0].length > len))) {
      best = level;
      at = m.index;
      len = m[0].length;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// Employment type

const EMPLOYMENT: [EmploymentType, string][] = [
  [
    'full-time',
    String.raw`full[\s_-]?time|vollzeit|cdi|tiempo\s+completo|jornada\s+completa|tempo\s+integral|(?:a\s+)?tempo\s+pieno|voltijd|plný\s+úvazek|plný\s+pracovní\s+úvazek|pełny\s+etat|pełen\s+etat|temps\s+plein|temps\s+complet|heltid|fuldtid|hpp`,
  ],
  [
    'part-time',
    String.raw`part[\s_-]?time|teilzeit|tiempo\s+parcial|media\s+jornada|meio\s+período|tempo\s+parcial|(?:a\s+)?tempo\s+parziale|part\s+time|deeltijd|zkrácený\s+úvazek|částečný\s+úvazek|niepełny\s+etat|temps\s+partiel|deltid|minijob`,
  ],
  [
    'temporary',
    String.raw`temporary|temp|temp[\s-]to[\s-]perm|befristet|fixed[\s-]term|cdd|temporal|temporário|temporaneo|tempo\s+determinato|tijdelijk|na\s+dobu\s+určitou|czas\s+określony|seasonal|saisonal|per[\s_-]diem`,
  ],
  [
    'contract',
    String.raw`contract|contractor|contractors|freelance|freelancer|free-lance|freiberuflich|freiberufler(?:in)?|werkvertrag|autónomo|contratista|indépendant|kontrakt|zlecenie|umowa\s+o\s+dzieło|živnostník|na\s+živnost|ičo`,
  ],
  [
    'internship',
    String.raw`internship|intern|interns|praktikum|werkstudent(?:in)?|working\s+student|stagiaire|prácticas|pasantía|estágio|tirocinio|staż|stáž|trainee(?:ship)?|apprenticeship|co-op`,
  ],
];
// One regex, a group per type in the order above: its first match is the earliest type named
// and, where two start at one place, the first listed (as one regex per type, the earliest
// kept, did), in one pass over the text.
const EMPLOYMENT_RE = new RegExp(`${B}(?:${EMPLOYMENT.map(([, alt]) => `(${alt})`).join('|')})${E}`, 'iu');
// Phrases that contain an employment word but state none: "contract type", "permanent contract".
const EMPLOYMENT_NOISE_RE =
  /(?:contract|contrat|vertrags?)[\s-]*(?:type|typ|art)|type\s+(?:of\s+)?contract|(?:permanent|employment|indefinite|open[\s-]ended|unlimited|work)\s+contract|contract\s+of\s+employment|unbefristet\w*/giu;

/**
 * Employment type from a label or short text, or from schema.org values
 * (FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN; for an array the first
 * that means something). "Permanent" says nothing about hours, so it is null;
 * the French CDD is a fixed-term contract, so temporary. When several are
 * named, the first written wins.
 */
export function employmentTypeFrom(text: string | readonly unknown[]): EmploymentType | null {
  if (Array.isArray(text)) {
    for (const item of text) {
      if (typeof item !== 'string') continue;
      const t = employmentTypeFrom(item);
      if (t) return t;
    }
    return null;
  }
  if (typeof text !== 'string' || !text) return null;
  const clean = text.replace(EMPLOYMENT_NOISE_RE, (m) => ' '.repeat(m.length));
  // "Stage" is French for internship, but English "stage" is everywhere: only as the whole label.
  if (/^\s*stage\s*$/i.test(clean)) return 'internship';
  const m = EMPLOYMENT_RE.exec(clean);
  return m ? (EMPLOYMENT[m.slice(1).findIndex((g) => g !== undefined)]?.[0] ?? null) : null;
}

// A posting that says outright that the role is part-time is, whatever a site's
// employment-type box defaults to ("Full-time" on LinkedIn): "The role is part-time with
// 15-20 hours a week", "this is a part-time position", "Teilzeitstelle".
const PART_TIME_ROLE_RE =
  /\b(?:(?:role|position|job|this)\s+is\s+(?:a\s+)?part[\s-]time|part[\s-]time\s+(?:role|position|job)\b)|\bTeilzeitstelle\b|\bčástečný\s+úvazek\b/iu;

/** Whether the text states that the role is part-time (see PART_TIME_ROLE_RE). */
export function saysPartTime(text: string): boolean {
  return PART_TIME_ROLE_RE.test(text);
}

// ---------------------------------------------------------------------------
// Workplace

const LABEL_HYBRID_RE = words(
  String.raw`hybrid|hybride|híbrido|hibrido|ibrido|hybridní|hybrydow[aey]|hybrydowo|partially\s+remote|teilweise\s+(?:remote|home[\s-]?office)|home[\s-]?office\s+möglich|občasn\p{L}*\s+práce\s+z\s+domova|částečn\p{L}*\s+(?:práce\s+)?z\s+domova|práce\s+převážně\s+z\s+domova|télétravail\s+partiel|flex(?:ible)?\s+remote`,
);
const LABEL_REMOTE_RE = words(
  String.raw`remote|fully\s+remote|100\s?%\s+remote|remote[\s-]first|work\s+from\s+home|wfh|home[\s-]?office|télétravail(?:\s+(?:complet|total))?|remoto|en\s+remoto|da\s+remoto|teletrabajo|trabalho\s+remoto|práce\s+z\s+domova|plně\s+z\s+domova|na\s+dálku|zdaln[aiey]|praca\s+zdalna|thuiswerken|op\s+afstand|telecommute|anywhere|work\s+remotely`,
);
const LABEL_ONSITE_RE = words(
  String.raw`on[\s-]?site|in[\s-]office|office[\s-]based|in[\s-]person|vor\s+ort|präsenz|sur\s+site|présentiel|en\s+présentiel|presencial|in\s+sede|in\s+ufficio|presenziale|stacjonarn[aiey]|v\s+kanceláři|na\s+pracovišti|op\s+kantoor|no\s+remote|not\s+remote|non[\s-]remote`,
);

/**
 * Workplace from a short label or badge ("Remote", "Hybrid (3 days in
 * office)", "On-site", "Da remoto"). A hybrid word wins; a label naming both
 * remote and office work ("Remote / On-site") is read as hybrid; "no remote"
 * is on-site.
 */
export function workplaceFrom(text: string): Workplace | null {
  if (!text) return null;
  if (LABEL_HYBRID_RE.test(text)) return 'hybrid';
  const onsite = LABEL_ONSITE_RE.test(text);
  const remote = LABEL_REMOTE_RE.test(text.replace(/\b(?:no|not|non)[\s-]remote\b/giu, ' '));
  if (remote && onsite) return 'hybrid';
  if (remote) return 'remote';
  if (onsite) return 'onsite';
  return null;
}

const NUM_WORD = String.raw`\d|one|two|three|four|ein|zwei|drei|vier|deux|trois|quatre|dos|tres|cuatro|due|tre|quattro|dva|dvě|tři|čtyři|dwa|trzy|cztery`;
// The regexes below write each word edge once around a group of alternatives rather than once
// per alternative (LANGUAGE_RE too): the same matches, but a lookbehind on \p{L} repeated in
// every alternative costs V8 tens of milliseconds to compile on the first page, and makes the
// compiled matcher slower on every page after. Regexes read only by test() may list their
// alternatives in any order; DESC_REMOTE_RE is read match by match and keeps its order.
const DESC_HYBRID_RE = new RegExp(
  `${B}(?:` +
    [
      String.raw`(?:hybrid\s+(?:role|position|work\p{L}*|model|schedule|set-?up|arrangement|environment|policy|workplace|job|opportunity|office|team|approach|format|mode|basis|culture)|(?:is|as|in)\s+a\s+hybrid|(?:remote|home)\s+or\s+hybrid|hybrid\s+(?:or|/)\s+remote)${E}`,
      String.raw`(?:${NUM_WORD})(?:\s*(?:-|to)\s*(?:${NUM_WORD}))?\s*\+?\s*days?\s+(?:(?:per|a|each|every)\s+week\s+)?(?:in|at|from)\s+(?:the|our|an?)\s+office`,
      String.raw`(?:in[\s-]|(?:in|at|from)\s+)(?:the\s+|our\s+)?office\s+(?:${NUM_WORD})(?:\s*(?:-|to)\s*(?:${NUM_WORD}))?\s+days`,
      // "a minimum of 4 days a week onsite": fewer than five days in the office is a hybrid week.
      String.raw`(?:[1-4]|one|two|three|four)(?:\s*(?:-|to)\s*(?:[1-4]|two|three|four))?\s*\+?\s*days?\s+(?:(?:per|a|each|every)\s+week\s+)?(?:on[\s-]?site|in[\s-]person|in\s+(?:the|our)\s+offices?)${E}`,
      String.raw`(?:work\s+)?(?:remotely|from\s+home)\s+(?:up\s+to\s+)?(?:${NUM_WORD})\s+days?`,
      String.raw`(?:flexible\s+working\s+(?:hours\s+)?and\s+home[\s-]?office|home[\s-]?office\s+(?:days?|possible|option)|occasional\s+(?:remote\s+work|work\s+from\s+home|home[\s-]?office))${E}`,
      String.raw`(?:homeoffice|home\s+office|mobiles?\s+arbeiten)\s+(?:möglich|an\s+\p{L}+\s+tagen)`,
      String.raw`(?:hybridní|hybrydow\p{L}*|hybride[nrs]?|híbrido|ibrido|télétravail\s+partiel|jours?\s+de\s+télétravail)${E}`,
      // "drei Tage Büro, zwei Tage von zu Hause": a week split between the office and home.
      String.raw`(?:[1-4]|ein|zwei|drei|vier)\s+tag(?:e|en)?\s+(?:(?:pro|die|in\s+der)\s+woche\s+)?(?:im\s+|ins\s+)?büro`,
      String.raw`(?:možnost\s+)?(?:občasn|částečn)\p{L}*\s+práce\s+z\s+domova`,
      // "možnost homeoffice": home office as an option, as "home office possible".
      String.raw`možnost\s+(?:home[\s-]?office|práce\s+z\s+domova)`,
    ].join('|') +
    ')|' +
    // Phrases that need no word edge before them.
    [
      String.raw`teilweise\s+(?:homeoffice|remote|mobil)`,
      String.raw`práce\s+převážně\s+z\s+domova`,
      String.raw`home[\s-]?office\s+(?:dny|dn[ůí])`,
    ].join('|'),
  'iu',
);
// Read match by match (a negated one is skipped), so its alternatives keep their order exactly.
const DESC_REMOTE_RE = new RegExp(
  '(?:' +
    [
      String.raw`${B}(?:(?:fully|100\s?%|completely|entirely|full[\s-]?time)\s+remote(?:ly)?|remote[\s-](?:first|only|friendly))`,
      // A benefit line that starts with it: "Remote and flexible working hours".
      String.raw`(?:^|\n)\s*(?:fully\s+|100\s?%\s+)?remote(?:\s+work(?:ing)?)?\s+and\s+flexible`,
      String.raw`${B}(?:(?:a\s+|this\s+is\s+a\s+)?remote\s+(?:role|position|job|opportunity|contract|company|team\s+member)|(?:work|working)\s+(?:from\s+anywhere|remotely)|(?:all|fully)[\s-](?:remote|distributed)|100\s?%\s+(?:homeoffice|home\s+office|télétravail|zdalnie|remoto|z\s+domova)|(?:full[\s-]remote|télétravail\s+(?:complet|total|à\s+100\s?%)|praca\s+(?:w\s+pełni\s+)?zdalna|completamente\s+(?:da\s+)?remoto|trabajo\s+(?:100\s?%\s+)?remoto|plně\s+z\s+domova|práce\s+plně\s+na\s+dálku))`,
    ].join('|') +
    `)${E}`,
  'giu',
);
const DESC_ONSITE_RE = new RegExp(
  `${B}(?:` +
    [
      String.raw`must\s+be\s+(?:on[\s-]?site|in\s+(?:the|our)\s+office|located\s+on[\s-]?site|able\s+to\s+work\s+on[\s-]?site)`,
      String.raw`(?:an?|this\s+is\s+an?)\s+(?:on[\s-]?site|in[\s-]office|office[\s-]based|in[\s-]person)\s+(?:role|position|job)`,
      String.raw`(?:fully|100\s?%)\s+(?:on[\s-]?site|in[\s-]office|office[\s-]based)`,
      // Not in a question ("Is this job not remote? Let us know!").
      String.raw`(?:not\s+(?:a\s+)?remote|no\s+remote|non[\s-]remote)(?!\s*\?)`,
      String.raw`(?:5|five)\s+days\s+(?:per|a)\s+week\s+(?:in|at)\s+(?:the|our)\s+office`,
      String.raw`on[\s-]?site\s+(?:only|required)`,
      String.raw`(?:work|working)\s+(?:on[\s-]?site|in\s+the\s+office)\s+(?:full[\s-]time|every\s+day|daily)`,
    ].join('|') +
    `)${E}`,
  'iu',
);
const NEGATED_REMOTE_RE = /(?:not|no|non|isn['’]t)[\s-](?:a\s+|an\s+)?(?:fully\s+)?$/iu;

/**
 * Workplace from a posting's free text, conservatively: only phrases that
 * state it ("this is a hybrid role", "fully remote", "3 days per week in the
 * office", "must be on-site"). "Remote" in "remote sensing" or an office city
 * alone say nothing. Where hybrid and remote both appear ("hybrid or remote"),
 * hybrid wins: the role is not fully remote for everyone. Where fully-remote
 * and must-be-on-site both appear, the text describes a mix: hybrid.
 */
export function workplaceFromDescription(text: string): Workplace | null {
  if (!text) return null;
  if (DESC_HYBRID_RE.test(text)) return 'hybrid';
  let remote = false;
  const re = DESC_REMOTE_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!NEGATED_REMOTE_RE.test(text.slice(Math.max(0, m.index - 16), m.index))) {
      remote = true;
      break;
    }
  }
  const onsite = DESC_ONSITE_RE.test(text);
  if (remote && onsite) return 'hybrid';
  if (remote) return 'remote';
  if (onsite) return 'onsite';
  return null;
}

// ---------------------------------------------------------------------------
// Years of experience

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  ein: 1,
  einem: 1,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  un: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  dix: 10,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  due: 2,
  tre: 3,
  quattro: 4,
  jeden: 1,
  dva: 2,
  dvě: 2,
  tři: 3,
  čtyři: 4,
  pět: 5,
  dwa: 2,
  dwóch: 2,
  trzy: 3,
  cztery: 4,
  pięć: 5,
  twee: 2,
  drie: 3,
  vijf: 5,
};
const NUM = String.raw`\d{1,2}|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')}`;
const YEARS_WORD = `years?|yrs?|jahre?n?|ans?|años|anos|anni|jaar|roky|roků|rok|let|lat|lata|roku`;
const EXPERIENCE_YEARS_RE = new RegExp(
  String.raw`${B}(${NUM})(?:\s*\+)?(?:\s*(?:-|–|—|to|bis|až|à|a|do|tot|or)\s*(${NUM}))?\s*(\+|plus|or\s+more|oder\s+mehr|(?:and|or)\s+above)?\s*(?:\(?\s*(?:${YEARS_WORD})\s*\)?)${E}(\s*\+)?`,
  'giu',
);
const EXPERIENCE_CONTEXT_RE =
  /experien|erfahrung|expérience|experiencia|experiência|esperienza|ervaring|praxe|praxi|zkušen|doświadczeni|professional|work(?:ing)?\s+history|hands-on|track\s+record|in\s+(?:a|an|the)?\s*(?:similar|related|relevant)|berufs/iu;
// Not about the candidate: "over 20 years in business", "founded 10 years ago", "we're 5 years old".
const NOT_CANDIDATE_BEFORE_RE =
  /(?:\bwe(?:['’]ve|['’]re|\s+have|\s+are|\s+bring)(?:\s+been)?|\bour|\bcompany(?:['’]s)?|\bfounded|\bsince|\bestablished|\bhistory\s+of|\bages?|\baged)\s+(?:(?:over|more\s+than|almost|nearly|about|around|a|an|the|in|for)\s+)*$/iu;
const NOT_CANDIDATE_AFTER_RE =
  /^\s*(?:ago|old|in\s+business|of\s+(?:history|operation|success|innovation)|history|warranty)/iu;

// A bullet that opens with the years says what they are about without the word "experience":
// "5+ years driving growth programs", "3+ years in B2B sales", "7 years of Go", "At least 2
// years in a marketing role".
const ITEM_START_RE = /^[\s\-–•*·▪●◦]*(?:(?:at\s+least|minimum(?:\s+of)?|min\.|over|more\s+than)\s*)?$/iu;
const YEARS_DOING_RE = /^\s+(?:(?!during)\p{L}{2,}ing|of|in|as|at|with|across|on)(?![\p{L}\p{N}])/iu;

function numberValue(s: string): number {
  const n = Number(s);
  return Number.isNaN(n) ? (NUMBER_WORDS[s.toLowerCase()] ?? Number.NaN) : n;
}

/** Where the sentence around an offset ends, so context does not leak from the next bullet. */
function sentenceAfter(text: string, from: number, max: number): string {
  const s = text.slice(from, from + max);
  const cut = s.search(/[.!?;\n•]\s|\n/);
  return cut >= 0 ? s.slice(0, cut) : s;
}
function sentenceBefore(text: string, to: number, max: number): string {
  const s = text.slice(Math.max(0, to - max), to);
  const m = /[.!?;\n•](?=\s)[^.!?;\n•]*$|\n[^\n]*$/.exec(s);
  return m ? s.slice(m.index + 1) : s;
}

/**
 * The first years-of-experience requirement: "5+ years" → {min: 5}, "3-5
 * years" → {min: 3, max: 5}, "at least two years", "mindestens 3 Jahre
 * Berufserfahrung", "3 roky praxe". The sentence must be about experience, and
 * about the candidate rather than the company.
 */
export function experienceYearsFrom(text: string): ExperienceYears | null {
  if (!text) return null;
  EXPERIENCE_YEARS_RE.lastIndex = 0;
  for (let m = EXPERIENCE_YEARS_RE.exec(text); m; m = EXPERIENCE_YEARS_RE.exec(text)) {
    const end = m.index + m[0].length;
    const before = sentenceBefore(text, m.index, 60);
    const after = sentenceAfter(text, end, 90);
    if (NOT_CANDIDATE_BEFORE_RE.test(before) || NOT_CANDIDATE_AFTER_RE.test(after)) continue;
    const leadsItem = ITEM_START_RE.test(before) && YEARS_DOING_RE.test(after);
    if (!leadsItem && !EXPERIENCE_CONTEXT_RE.test(after) && !EXPERIENCE_CONTEXT_RE.test(before.slice(-40))) continue;
    const min = numberValue(m[1]!);
    const max = m[2] === undefined ? undefined : numberValue(m[2]);
    if (!Number.isFinite(min) || min > 40) continue;
    if (max !== undefined && Number.isFinite(max) && max > min && max <= 50) return { min, max };
    return { min };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Education

const DEGREE_LIST = String.raw`(?:BS|BA|MS|MA|Ph\.?\s?D\.?|BSc|MSc|MBA|MEng|BEng)`;
// Word edges written once per group, as for DESC_HYBRID_RE. These regexes are only tested
// (test()), so "Y after X", which reads as the lookbehind (?<=X)Y, is written XY: a match
// exists exactly when it did, and V8 no longer runs a lookbehind at every place of the text.
const BACHELOR_RE = new RegExp(
  `${B}(?:(?:` +
    [
      String.raw`bachelor|bachelors|bachelor['’]s|baccalaureate|undergraduate\s+degree|(?:university|college|four[\s-]year|4[\s-]year)\s+degree|BSc|B\.\s?Sc\.?|B\.\s?S\.|B\.\s?A\.|BEng|B\.\s?Eng\.?|B\.\s?Tech\.?|BTech|licenciatura|laurea(?!\s+magistrale)|licencjat|bakalář\p{L}*|hochschulabschluss|studienabschluss|hochschulstudium|universitätsstudium|vysokoškolsk\p{L}*(?<!středoškolsk\p{L}*\s{0,3}(?:nebo|či|/|,|-)\s{0,3}vysokoškolsk\p{L}*)|studia\s+wyższe|wyższe\s+wykształcenie|kandidatexamen|bachelorgrad|bachelorexamen`,
      // "SŠ nebo VŠ", "SŠ/VŠ": secondary school will do, so no degree is asked for.
      String.raw`VŠ(?<!SŠ\s{0,3}(?:nebo|či|/|,|-)\s{0,3}VŠ)`,
      String.raw`bac\s*\+\s*[34]`,
      String.raw`(?:abgeschlossen|erfolgreich)\p{L}*\s+(?:\p{L}+\s+){0,2}studium`,
      String.raw`licence\s+(?:en|professionnelle|pro)`,
      String.raw`grado\s+(?:en|universitario)|título\s+de\s+grado|grau\s+de\s+bacharel|bacharelado`,
    ].join('|') +
    String.raw`)${E}|Bc\.|licence\s*/)|\(licence\)|/\s*licence${E}`,
  'iu',
);
const MASTER_RE = new RegExp(
  `${B}(?:` +
    [
      String.raw`(?<!scrum\s|quiz\s|web|git\s)master\s*['’]\s*s${E}`,
      String.raw`(?<!scrum\s)masters?\s+(?:degree|of\s+(?:science|arts|engineering|business)|in\s+(?:computer|engineering|science|mathematics|math|physics|finance|economics|business|a\s+(?:related|relevant|technical|quantitative)|related|relevant|statistics|data|information)|\(|or\s+(?:phd|equivalent|higher|above))`,
      String.raw`(?:MSc|M\.\s?Sc\.?|M\.\s?S\.|MBA|MEng|M\.\s?Eng\.?|M\.\s?Tech\.?|MTech|masterabschluss|masterstudium|master-?abschluss|bac\s*\+\s*[5]|máster|maestría|mestrado|laurea\s+magistrale|magisterium|magister|inženýr\p{L}*|magistersk\p{L}*|masterexamen|magisterexamen|mastergrad|kandidatuddannelse)${E}`,
      String.raw`master(?=\s*(?:/|oder|or|und|and|,)\s*(?:promotion|ph\.?\s?d|doktor|doctor))`,
      String.raw`(?:Ing|Mgr)\.(?=\s*(?:[/,]|nebo)\s*(?:Bc|Ing|Mgr)\.)`,
      String.raw`(?:bachelor\p{L}*|Bc\.)\s*(?:/|oder|or|und|and|,|nebo|lub|o)\s*master${E}`,
    ].join('|') +
    String.raw`)|(?:Bc|Ing|Mgr)\.\s*(?:[/,]|nebo)\s*(?:Ing|Mgr)\.`,
  'iu',
);
const PHD_RE = new RegExp(
  [
    String.raw`${B}(?:ph\.?\s?d\.?(?:s(?![\p{L}]))?(?![\p{L}])|dphil|doctorate|doctoral\s+degree|doktorat|doctorat|doctorado|doutorado|dottorato|doktorát|doktorsk\p{L}*|promotion\s+(?:in|im)\s|promotion\s+(?:wünschenswert|von\s+vorteil|erwünscht))`,
    String.raw`(?:master|studium|diplom)\p{L}*\s*(?:/|oder|und|,)\s*promotion${E}`,
  ].join('|'),
  'iu',
);

// "BS", "BA", "MS", "MA" are degrees only in capitals and beside another degree, "in …" or "degree"
// ("MS Office", "Bain", "main" are not).
const abbreviation = (alt: string): RegExp =>
  new RegExp(
    String.raw`${B}(?:(?:${alt})(?=\s*(?:(?:/\s*|,\s*|\s+or\s+)${DEGREE_LIST}${E}|\s+in\s|\s+degree|\s*\())|${DEGREE_LIST}\s*/\s*(?:${alt})${E})`,
    'u',
  );
const BACHELOR_ABBR_RE = abbreviation('BS|BA');
const MASTER_ABBR_RE = abbreviation('MS|MA');

/**
 * Degree levels a posting names as required or accepted, in the order
 * bachelor, master, phd. "BS"/"MS"/"MA" count only beside another degree or
 * "degree"; "Master" never in "Scrum Master", "master data" or "masterclass".
 * "Advanced degree" could be either higher level and is not counted.
 */
export function educationFrom(text: string): Education[] {
  if (!text) return [];
  const out: Education[] = [];
  if (BACHELOR_RE.test(text) || BACHELOR_ABBR_RE.test(text)) out.push('bachelor');
  if (MASTER_RE.test(text) || MASTER_ABBR_RE.test(text)) out.push('master');
  if (PHD_RE.test(text)) out.push('phd');
  return out;
}

// ---------------------------------------------------------------------------
// Visa sponsorship

const VISA_NO_RE = new RegExp(
  [
    String.raw`(?:unable|not\s+able|cannot|can['’]?t|can\s+not|won['’]t|will\s+not|do\s+not|don['’]t|does\s+not|doesn['’]t|is\s+not\s+able|are\s+not\s+able|not\s+in\s+a\s+position)\s+(?:to\s+)?(?:currently\s+)?(?:provide|offer|support|sponsor)\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:visas?|sponsorship|work\s+permits?|H-?1B)`,
    String.raw`(?:unable|not\s+able|cannot|can['’]?t|will\s+not|won['’]t|do\s+not|does\s+not)\s+(?:to\s+)?sponsor`,
    String.raw`${B}no\s+(?:visa\s+)?sponsorship`,
    String.raw`sponsorship\s+(?:is\s+)?(?:not|unavailable)\s*(?:available|offered|provided|possible)?`,
    String.raw`without\s+(?:the\s+need\s+for\s+)?(?:(?:current\s+or\s+future|future|any)\s+)?(?:visa\s+|employer\s+)?sponsorship`,
    String.raw`not\s+(?:eligible|available)\s+for\s+(?:visa\s+)?sponsorship`,
    String.raw`keine\s+(?:visa|visum)|kein\s+visum|sans\s+parrainage`,
  ].join('|'),
  'iu',
);
const VISA_YES_RE = new RegExp(
  [
    String.raw`visa\s+sponsorship\s+(?:is\s+)?(?:available|offered|provided|possible)`,
    String.raw`${B}(?:we|will|can|able\s+to|happy\s+to|willing\s+to)\s+(?:\p{L}+\s+){0,2}?sponsor\s+(?:\p{L}+\s+){0,2}?(?:visas?|work\s+permits?|H-?1B)`,
    String.raw`(?:offer|provide|include)s?\s+(?:\p{L}+\s+){0,2}?visa\s+(?:sponsorship|support)`,
    String.raw`visa\s+(?:support|assistance|sponsorship)\s+(?:is\s+)?(?:available|provided|offered)`,
    String.raw`relocation\s+(?:and|&|\+)\s+visa\s+(?:support|assistance|sponsorship)`,
    String.raw`visa\s+(?:and|&|\+)\s+relocation\s+(?:support|assistance|package)`,
    String.raw`(?:visa\s+)?sponsorship\s+available`,
    String.raw`visa\s+sponsor(?:ship)?\s*:\s*(?:yes|available)`,
    String.raw`visa[\s-]?(?:unterstützung|sponsoring)|unterstützung\s+(?:beim|bei\s+der)\s+(?:visum|visa)`,
    String.raw`we\s+sponsor\s+visas`,
  ].join('|'),
  'iu',
);

/** true where the posting offers visa sponsorship, false where it says it does not, else null. */
export function visaSponsorshipFrom(text: string): boolean | null {
  if (!text) return null;
  if (VISA_NO_RE.test(text)) return false;
  if (VISA_YES_RE.test(text)) return true;
  return null;
}

// ---------------------------------------------------------------------------
// Spoken languages

/** English name → forms in English, German, French, Spanish, Portuguese, Italian, Dutch, Czech, Polish. */
const LANGUAGES: [string, string][] = [
  [
    'English',
    String.raw`english|englisch\p{L}*|anglais|ingl[eé]s|inglês|inglese|engels|angli[čc]tin\p{L}*|anglick\p{L}*|angielsk\p{L}*`,
  ],
  [
    'German',
    String.raw`german|deutsch(?!land)\p{L}*|allemand|alem[aá]n|alemão|tedesco|duits|němčin\p{L}*|německ\p{L}*|niemieck\p{L}*`,
  ],
  [
    'French',
    String.raw`french|französisch\p{L}*|français|francés|francês|francese|francouzštin\p{L}*|francouzsk\p{L}*|francusk\p{L}*`,
  ],
  [
    'Spanish',
    String.raw`spanish|spanisch\p{L}*|espagnol|español|espanhol|spagnolo|spaans|španělštin\p{L}*|španělsk\p{L}*|hiszpańsk\p{L}*`,
  ],
  ['Portuguese', String.raw`portuguese|portugiesisch\p{L}*|portugais|portugués|português|portoghese|portugees`],
  ['Italian', String.raw`italian|italienisch\p{L}*|italien|italiano|italiana|italiaans|italštin\p{L}*|włosk\p{L}*`],
  [
    'Dutch',
    String.raw`dutch|niederländisch\p{L}*|néerlandais|neerlandés|holandês|olandese|nederlands|nizozemštin\p{L}*`,
  ],
  [
    'Czech',
    String.raw`czech|tschechisch\p{L}*|tchèque|checo|ceco|tsjechisch|češtin\p{L}*|česk\p{L}*\s+jazyk\p{L}*|czesk\p{L}*`,
  ],
  ['Slovak', String.raw`slovak|slowakisch\p{L}*|slovaque|eslovaco|slovenštin\p{L}*|słowack\p{L}*`],
  ['Polish', String.raw`polish|polnisch\p{L}*|polonais|polaco|polacco|polštin\p{L}*|język\p{L}*\s+polsk\p{L}*`],
  ['Hungarian', String.raw`hungarian|ungarisch\p{L}*|hongrois|húngaro|ungherese|maďarštin\p{L}*|węgiersk\p{L}*`],
  ['Romanian', String.raw`romanian|rumänisch\p{L}*|roumain|rumano|romeno|rumeno|rumunštin\p{L}*|rumuńsk\p{L}*`],
  ['Russian', String.raw`russian|russisch\p{L}*|russe|ruso|russo|ruštin\p{L}*|rosyjsk\p{L}*`],
  ['Ukrainian', String.raw`ukrainian|ukrainisch\p{L}*|ukrainien|ucraniano|ucraino|ukrajinštin\p{L}*|ukraińsk\p{L}*`],
  ['Swedish', String.raw`swedish|schwedisch\p{L}*|suédois|sueco|svedese|zweeds|švédštin\p{L}*`],
  ['Norwegian', String.raw`norwegian|norwegisch\p{L}*|norvégien|noruego|norueguês|norvegese|noors`],
  ['Danish', String.raw`danish|dänisch\p{L}*|danois|danés|dinamarquês|danese|deens`],
  ['Finnish', String.raw`finnish|finnisch\p{L}*|finnois|finlandés|finlandese`],
  ['Greek', String.raw`greek|griechisch\p{L}*|grec|griego|grego|greco`],
  ['Turkish', String.raw`turkish|türkisch\p{L}*|turc|turco`],
  ['Arabic', String.raw`arabic|arabisch\p{L}*|arabe|árabe|arabo`],
  ['Hebrew', String.raw`hebrew|hebräisch\p{L}*|hébreu|hebreo|ebraico`],
  ['Hindi', 'hindi'],
  ['Japanese', String.raw`japanese|japanisch\p{L}*|japonais|japonés|japonês|giapponese|japonštin\p{L}*`],
  ['Chinese', String.raw`chinese|mandarin|cantonese|chinesisch\p{L}*|chinois|chino|chinês|cinese`],
  ['Korean', String.raw`korean|koreanisch\p{L}*|coréen|coreano`],
  ['Vietnamese', String.raw`vietnamese|vietnamesisch\p{L}*|vietnamien`],
  ['Thai', 'thai'],
  ['Indonesian', String.raw`indonesian|bahasa\s+indonesia`],
];
// The word edges stand once around the alternation, not once per language, and the
// open ending `\p{L}*` ("englisch\p{L}*": Englischkenntnisse) once after every form that
// has it: each case-folded \p{L} is costly for V8 to build, and this runs cold on every
// page load. The same matches as one group per language: a form always runs to the end
// of its word, so which form of a place matches never changes the match, and no two
// languages share a word. Group k (from 1) is GROUP_LANGUAGE[k - 1].
const OPEN_END = String.raw`\p{L}*`;
const formsOf = (alt: string, open: boolean): string =>
  alt
    .split('|')
    .filter((f) => f.endsWith(OPEN_END) === open)
    .map((f) => (open ? f.slice(0, -OPEN_END.length) : f))
    .join('|');
const GROUP_LANGUAGE: string[] = [];
const languageGroups = (open: boolean): string =>
  LANGUAGES.filter(([, alt]) => formsOf(alt, open))
    .map(([name, alt]) => {
      GROUP_LANGUAGE.push(name);
      return `(${formsOf(alt, open)})`;
    })
    .join('|');
const LANGUAGE_RE = new RegExp(`${B}(?:(?:${languageGroups(true)})${OPEN_END}|${languageGroups(false)})${E}`, 'giu');
// Czech abbreviations: "znalost AJ" (angličtina), "NJ" (němčina); upper case only.
const LANGUAGE_ABBR_RE = /(?<![\p{L}\p{N}])(AJ|NJ)(?![\p{L}\p{N}])/gu;
// Words that make a language name a requirement: level, fluency, "is a must".
const LANGUAGE_CUE_RE =
  /fluen|fluid|proficien|native|mother\s+tongue|business[\s-](?:level|fluent)|working\s+(?:knowledge|proficiency)|written|spoken|verbal|speak|conversational|bilingual|communicat|excellent|good|strong|advanced|intermediate|basic|is\s+a\s+(?:must|plus|bonus|requirement)|required|mandatory|\bmust\b|a\s+plus|preferred|knowledge|skills?\b|\blevel\b|(?<![\p{L}\p{N}])[ABC][12](?![\p{L}\p{N}])|fließend|verhandlungssicher|kenntnis|sehr\s+gut|\bgute|muttersprach|sprachig|courant|bilingue|maîtrise|niveau|avanzad|nativo|nivel|dominio|znalost|slovem|písmem|aktivní|pokročil|úrov|znajomoś|bieg[łl]|komunikatywn|język|conoscenz|ottim|fluente|buon[ao]?\b|vloeiend|beheersing|kennis|perfe[ck]t|requis|exigé|imprescindible|requerid|indispensab|voraussetzung|erforderlich|vorausgesetzt|nutn|podmínk|wymagan/iu;

/**
 * Spoken languages a posting asks for, as English names in order of first
 * mention. A name counts only with a requirement word in its sentence
 * ("fluent English and German", "German (C1)", "Czech is a must",
 * "Deutschkenntnisse", "znalost angličtiny"); a language switcher or the
 * language the page is written in does not.
 */
export function spokenLanguagesFrom(text: string): string[] {
  if (!text) return [];
  const found = new Map<string, number>();
  const consider = (name: string, start: number, end: number, form: string): void => {
    if (found.has(name)) return;
    // Compound forms carry their own cue: "Deutschkenntnisse", "englischsprachig".
    const compound = /kenntnis|sprachig/iu.test(form);
    const window = `${sentenceBefore(text, start, 60)} ${sentenceAfter(text, end, 60)}`;
    if (compound || LANGUAGE_CUE_RE.test(window)) found.set(name, start);
  };
  LANGUAGE_RE.lastIndex = 0;
  for (let m = LANGUAGE_RE.exec(text); m; m = LANGUAGE_RE.exec(text)) {
    const name = GROUP_LANGUAGE[m.slice(1).findIndex((g) => g !== undefined)];
    if (name) consider(name, m.index, m.index + m[0].length, m[0]);
  }
  LANGUAGE_ABBR_RE.lastIndex = 0;
  for (let m = LANGUAGE_ABBR_RE.exec(text); m; m = LANGUAGE_ABBR_RE.exec(text)) {
    consider(m[1] === 'AJ' ? 'English' : 'German', m.index, m.index + 2, m[0]);
  }
  // Order of mention (of the mention that counted), abbreviations included.
  return [...found.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
}
