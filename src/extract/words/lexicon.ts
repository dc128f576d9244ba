// The shape of one language's words. Every language file (en.ts, de.ts, …) fills every field, so
// the type shows at a glance which language lacks which words: an empty list is a gap, not an
// oversight. words/index.ts joins the languages in the order of LEXICONS and builds the patterns
// the readers use, once, when the module loads.
//
// Two kinds of entry:
// - Pattern: a piece of regular-expression source, used as written inside a larger pattern
//   ("nice[ -]to[ -]haves?", "per\\s+(?:year|annum)"). Alternations, classes, escapes and
//   lookarounds in it are regex syntax. Three placeholders stand for what a language file cannot
//   spell itself: {B} a word start (no letter or digit before), {E} a word end (no letter or digit
//   after), {NUM} the day-count words of every language (workplace.dayCounts).
// - Word: plain text, matched as it is (a map key or a list member; never regex syntax).
//
// Where a group is matched says how to write it:
// - "folded" groups are matched on text passed through text.ts fold(): lower case, accents
//   dropped, ’ as ', spaces collapsed. Write them the same way ("uber uns", not "Über uns").
// - every other group is matched on the text as written, case-insensitively unless its comment
//   says "case-sensitive"; write accents as the page does ("hodně štěstí").
// Within a group, order matters only where a comment says so; words/index.ts keeps each
// language's order and puts the languages in LEXICONS order.
import type { EmploymentType, SalaryPeriod, Seniority } from '../../model/posting';

/** Regular-expression source (see the header). */
export type Pattern = string;
/** Plain text (see the header). */
export type Word = string;

/** The spoken languages a posting may ask for, by their English names (the output); the order of groups in LANGUAGE_NAMES. */
export const SPOKEN_LANGUAGES = [
  'English',
  'German',
  'French',
  'Spanish',
  'Portuguese',
  'Italian',
  'Dutch',
  'Czech',
  'Slovak',
  'Polish',
  'Hungarian',
  'Romanian',
  'Russian',
  'Ukrainian',
  'Swedish',
  'Norwegian',
  'Danish',
  'Finnish',
  'Greek',
  'Turkish',
  'Arabic',
  'Hebrew',
  'Hindi',
  'Japanese',
  'Chinese',
  'Korean',
  'Vietnamese',
  'Thai',
  'Indonesian',
] as const;
export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number];

/** Seniority levels a job title names; "manager" is read apart (only where no level word stands). */
export type TitleLevel = Exclude<Seniority, 'manager'>;

/** How a degree is written: between word edges, after a word start only, or anywhere. */
export interface DegreeWords {
  /** Between word edges ("bachelor", "Masterabschluss"). */
  words: Pattern[];
  /** After a word start only: they end in punctuation or a lookahead ("Bc.", "licence /"). */
  starts: Pattern[];
  /** Anywhere, no edge ({E} marks a word end where one is needed): "(licence)". */
  anywhere: Pattern[];
}

export interface Lexicon {
  /** Headings that name a part of a posting (sections.ts). Folded. */
  headings: {
    /** Each kind: between non-letters, anywhere in the heading. Kinds are tried nice-to-have, benefits, requirements, responsibilities. */
    responsibilities: Pattern[];
    requirements: Pattern[];
    niceToHave: Pattern[];
    benefits: Pattern[];
    /** The whole heading names the job in general ("About the role"): bullets under it are duties. */
    aboutJob: Pattern[];
    /** Heading starts that never open a part though a kind's words match ("About the team", "Salary"). */
    notAPart: Pattern[];
    /** What the person will learn or gain ("Co získáte"), between non-letters: no must-haves. */
    whatYouGain: Pattern[];
    /**
     * The heading of the ideal profile ("Ideally, you'd have:", "Idealerweise bringen Sie mit…"),
     * at the heading's start: nice-to-haves beside a must-have list, the must-haves of a page
     * that has no other. Each entry also names the nice-to-haves (niceToHave above).
     */
    idealProfile: Pattern[];
    /**
     * A heading that asks why to join ("Why Fastly?", "Pourquoi nous rejoindre ?"), at the
     * heading's start: a benefits part where its items name perks, else the company's pitch, no
     * part. Each entry also names the benefits (benefits above) where the heading is one.
     */
    whyJoin: Pattern[];
  };
  /** Lines that end a part (sections.ts). */
  partEnds: {
    /** Heading starts, folded: the company, the law, the process, a job board template's facts. */
    closing: Pattern[];
    /** Line starts, as written: how to apply, sign-offs ("Good luck!"). */
    howToApply: Pattern[];
    /**
     * Heading starts, folded: the hiring process ("Our interview process", "Proceso de selección").
     * They end the part; what follows is read by what its bullets say (the steps say nothing, perks
     * after them are still perks).
     */
    hiringProcess: Pattern[];
  };
  /** Words inside an item of the must-haves that make it optional (sections.ts). As written. */
  itemCues: {
    /** A line that introduces the next bullets as optional ("… is an advantage:"), between \b edges. */
    optional: Pattern[];
    /** An item that ends by calling itself optional ("Go as a plus"). Order matters: read by exec. */
    optionalTail: Pattern[];
    /**
     * Words among an item's first four that make it optional ("Ideally 5 years of …", "Du hast
     * idealerweise …", "Det er ønskelig at …", "Preference will be given to …"). Folded.
     */
    optionalEarly: Pattern[];
    /** An item that opens by saying it is not needed ("You don't need to …"). */
    notNeeded: Pattern[];
    /**
     * What an item under no known heading says of itself (sections.ts classifyRun), folded, between
     * word edges: a must-have asks for experience, knowledge, a degree; a benefit names pay, leave,
     * insurance, a perk; a duty opens with what the person will do (a verb, or a noun of an action).
     */
    requirement: Pattern[];
    benefit: Pattern[];
    /** At the start of the item. */
    duty: Pattern[];
  };
  /** Labels of a details box ("Job type: Full-time"), folded, each the whole label (labels.ts). */
  labels: {
    employmentType: Pattern[];
    seniority: Pattern[];
    workplace: Pattern[];
    location: Pattern[];
    salary: Pattern[];
    datePosted: Pattern[];
    /** The last day to apply ("Deadline", "Bewerbungsfrist"): its row marks a job ad. */
    deadline: Pattern[];
    /** The hiring company's row ("Employer", "Zadavatel"): its value is the company's name. */
    company: Pattern[];
    /** A tooltip label that means the experience level (JazzHR's icon title "Experience"). Whole label, as written. */
    tooltipLevel: Pattern[];
  };
  /** A hiring company's name as sites dress it (merge.ts tidyCompany, byline.ts). */
  company: {
    /** Career-site words before the name in a site's name ("Join the …", "Careers at …"). As written, case-insensitive. */
    siteBefore: Pattern[];
    /** … and after it ("… Careers", "… - Jobs"). As written, case-insensitive. */
    siteAfter: Pattern[];
    /** The words a company calls itself by, which name no company ("About Us", "Über uns"). Folded. */
    ourselves: Word[];
    /** Teams and departments a line under the title may name, never the company ("Engineering", "Vertrieb"). Folded. */
    departments: Word[];
    /** The word before a writer's user name on a post's byline ("By awalvie · May 1, 2026"): such a line names who wrote, not who hires. As written, case-insensitive. */
    authorCredit: Pattern[];
    /** Words that open a heading about the company, before its name ("About …", "Über …"). As written, case-insensitive. */
    aboutHeading: Pattern[];
    /** What a company does right after its name when it hires ("… is looking for", "… sucht"). As written, case-insensitive. */
    hiring: Pattern[];
    /** Words before a company's name that open a sentence about working there ("At …,", "Bei …"). As written, case-insensitive. */
    atCompany: Pattern[];
    /** Small words inside a company's name, between its capitalised words ("Bank of America", "Sp. z o.o."). As written. */
    nameJoiners: Pattern[];
    /** The verb after a company's name where a paragraph opens by saying what it is ("Acme is …", "Acme ist …"). As written. */
    subjectVerbs: Pattern[];
    /** Words a company opens a sentence with to name itself ("We are Callvoip", "Wij zijn …"). As written. */
    weAre: Pattern[];
    /** What follows a company's name on a line that heads its perks ("Meatable offers:", "Acme bietet dir:"). As written. */
    offers: Pattern[];
    /** Articles a sentence may put before a company's name ("The Canadian Digital Service", "Die Universität …"). As written. */
    articles: Pattern[];
    /** Legal forms that end a company's name ("GmbH", "S.p.A.", "Sp. z o.o."). As written, case as written. */
    legalForms: Pattern[];
  };
  /** Signs that a page is a job ad when it has no parts under headings (list-page.ts). As written, case-insensitive. */
  posting: {
    /** What an ad's title carries: the genders it is open to ("(m/w/d)", "H/F"), an inclusive ending ("Conseiller(e)"). */
    titleMarkers: Pattern[];
    /**
     * The occupations a job's title names ("Data Scientist", "Ingénieur Django/Python",
     * "Analista de UX/UI"), a whole word; as written, case-insensitive. Read in every language:
     * titles borrow ("Vaga Mobile Developer").
     */
    occupations: Pattern[];
    /** Occupations a compound ends with ("Frontendutvecklare", "Softwareentwickler"): no word start needed. */
    occupationEndings: Pattern[];
    /** A sentence of an employer who hires ("we are looking for", "wir suchen", "nous recherchons"), from a word start. */
    seeking: Pattern[];
    /**
     * What a search result's title counts, after its number ("3 618 offres", "1,234 Software Engineer
     * jobs", "245 Stellenangebote"): a page so titled is a list of jobs, not one.
     */
    listCounts: Pattern[];
  };
  /** Job titles and document titles (merge.ts, sources/generic.ts). As written. */
  title: {
    /** What a site puts before a job title ("Job Application for …"). */
    prefixes: Pattern[];
    /** What a document title alone puts before it ("Stellenangebot: …"). */
    documentTitlePrefixes: Pattern[];
    /**
     * Words that join a title to its company, one list per place they are read: a title
     * heading ("Engineer at Datadog"), the rest of a document title after the job title, and the
     * end of a document title whose job title is not known. The three lists differ today; making
     * them one would change which titles are cut, so that waits for a change of behaviour.
     */
    joinersInTitle: Word[];
    joinersAfterTitle: Word[];
    joinersInDocumentTitle: Word[];
    /** Document titles of a bot check or challenge page ("Just a moment…"), at the start. */
    botCheck: Pattern[];
    /**
     * A title written as a sentence of hiring ("Die OKF sucht eine:n Projektmanager:in …"): the
     * words before the job (`seeks`, from a word start, case-blind), the article or "a person for"
     * after them (`seekArticles`), and a word after the job (`sought`: "… gesucht!").
     */
    seeks: Pattern[];
    seekArticles: Pattern[];
    sought: Pattern[];
    /** What a document title calls the page, a part never the company ("Junior Tester - Detail pozice | Aricoma"). Folded, whole part. */
    pageWords: Pattern[];
    /**
     * What a title calls an application for no particular job ("Talent Pool", "General Application",
     * "Initiativbewerbung"): such a page is no posting. Folded, whole words.
     */
    noJob: Pattern[];
  };
  /** Words that join two technologies of one list ("Go or Java", "Swift nebo Objective-C"), as written, case-blind. */
  skillListJoiners: Pattern[];
  /**
   * Words before a product's name that show the product is meant, not a company of that name
   * ("experience with Salesforce", "Kenntnisse in DATEV", "tools (Amplitude, …)"), from a word
   * start, in lower case. Up to three words and a bracket may stand between.
   */
  productBefore: Pattern[];
  /** Words of an apply link or button ("Apply", "Bewerben", "Ansök"), from a word start. As written. */
  apply: Pattern[];
  /** Path segments of links to job pages ("/jobs/…", "/stellen/…"); list pages link to a hundred. */
  jobLinkPaths: Pattern[];
  /** Places (location.ts, sources/generic.ts). */
  place: {
    /** Countries, regions and big cities, between non-letters. Folded. */
    names: Pattern[];
    /** Places written as codes that are words when folded ("US"). As written. */
    codes: Pattern[];
    /** Codes of regions written after a town and a comma ("Berkeley, CA", "Toronto, ON"). As written. */
    regionCodes: Word[];
    /** A label before a place ("Location:", "Místo práce:"), stripped from it. */
    labels: Pattern[];
    /** Words in brackets at the end of a title that are no city ("(Remote)"), at the start. */
    notCities: Pattern[];
    /** Phrases before a place in a sentence ("based in", "located in"). Case-sensitive. */
    basedIn: Pattern[];
    /** Articles between such a phrase and the place ("our", "the"). Case-sensitive. */
    basedInArticles: Pattern[];
    /** Words that join places in a list ("Ottawa, Montreal and Toronto"). Whole words, as written. */
    listJoiners: Word[];
    /** A site's word after the place ("San Francisco HQ"), dropped. Case-sensitive. */
    siteWords: Pattern[];
    /** Whole "places" that are only a region or a mode ("Remote", "EMEA"). Case-sensitive. */
    vague: Pattern[];
    /**
     * Words that end the name of a unit of an organisation, never a place ("based in the Department
     * of Computer Science", "the Scientific Computing Department"). Case-sensitive.
     */
    units: Pattern[];
  };
  /** Month names, folded, by their first letters as dates.ts looks them up (first 5, 4, then 3). */
  months: Record<Word, number>;
  /** Number words ("three", "drei", "tři") and their value, for years of experience. */
  numbers: Record<Word, number>;
  /** Pay (salary.ts). As written. */
  pay: {
    /** Periods written after an amount ("per year", "brutto jährlich"), up to a non-letter. Order matters within a language. */
    periodsAfter: Record<SalaryPeriod, Pattern[]>;
    /** Period units written after a slash ("/yr", "/Jahr", "/měs."). */
    periodUnits: Record<SalaryPeriod, Pattern[]>;
    /** Periods named in the words before an amount ("Annual salary:", "Jahresgehalt"). Order matters: read by exec. */
    periodsBefore: Record<SalaryPeriod, Pattern[]>;
    /** Words that may stand between an amount and its period ("brutto", "gross", "b2b"). Order matters. */
    grossNet: Pattern[];
    /** Words that say an amount is pay ("salary", "Gehalt", "mzda"). Order matters: the last match counts. */
    words: Pattern[];
    /** Words shortly before an amount that make it something else: a perk, funding, a price. Order matters. */
    notPayBefore: Pattern[];
    /** Words just after an amount that make it something else ("in funding", "employees"). */
    notPayAfter: Pattern[];
    /** A line with a salary that names one of these is about a bonus or a perk, not the pay… */
    perkLine: Word[];
    /** …unless it names one of these too. Both whole words. */
    payLine: Word[];
    /** Multipliers after a number, up to a non-letter. Case-sensitive ("k", "tis.", "Tsd."). */
    thousand: Pattern[];
    million: Pattern[];
    lakh: Pattern[];
    /** Those of the lakh multipliers that also name the period ("12 LPA": lakhs per annum). */
    lakhPerYear: Pattern[];
    crore: Pattern[];
    /** Counts that follow a number that is no money ("500 employees"), up to a word end. */
    countNouns: Pattern[];
    /** Words between the two ends of a range ("to", "bis", "až"). */
    rangeJoiners: Pattern[];
    /** Units a page repeats after the first end of a range ("$135,000/yr - …"), English only today. */
    perEndUnits: Pattern[];
    /** What stands before such a unit besides a slash ("per ", "an "). */
    perEndLeads: Pattern[];
    /** Words of a pay grade's step that may stand before a range's second end ("$105,123 to GS-15 Step 10 $136,659"). */
    gradeWords: Pattern[];
    /** Words before one figure that leave the range open above ("From £55,000", "ab 60.000 €"). */
    openAbove: Pattern[];
    /** Currency names written after an amount ("euros", "korun"), by ISO code. Whole words. */
    currencyNames: Record<string, Word[]>;
    /** Places and languages that say which krona "kr" is, by ISO code. Whole words. */
    kronaPlaces: Record<string, Word[]>;
  };
  /** Seniority (facts/seniority.ts). As written. */
  seniority: {
    /** Executive titles in capitals (CEO, VP), case-sensitive. */
    titleAbbreviations: Pattern[];
    /** Level words of a job title, by level; the levels are ranked in code. */
    titleLevels: Record<TitleLevel, Pattern[]>;
    /** "Manager" words, read only where no level word stands. */
    manager: Pattern[];
    /** Values of a seniority field ("Mid-Senior level", "Berufseinstieg"). Order matters: at one place the longer wins. */
    labelLevels: Record<Seniority, Pattern[]>;
    /** A field value that says no level applies ("Not Applicable"), the whole value. */
    notApplicable: Pattern[];
  };
  /** Employment type (facts/employment.ts). As written. */
  employment: {
    /** Words of each type; the types are tried in code's order where two start at one place. */
    types: Record<EmploymentType, Pattern[]>;
    /** "contract", "contrat", "Vertrags-" before a word for its type ("contract type", "Vertragsart")… */
    /**
     * Nouns of a job, and words that hire someone, that make an employment word beside them a
     * statement in running text ("a full-time position", "Stelle in Vollzeit", "is hiring a
     * full-time designer"); as written, case-insensitive (facts/employment.ts).
     */
    jobNouns: Pattern[];
    contractWords: Pattern[];
    /** …and those type words. Order matters: the phrase found is blanked out. */
    contractTypeWords: Pattern[];
    /** Other phrases with an employment word that state no type ("permanent contract"). Order matters. */
    noise: Pattern[];
    /** Words that mean an internship only as a whole label (French "Stage"; English "stage" is everywhere). */
    internshipOnlyAsLabel: Pattern[];
    /** What follows a number of hours a week ("40 h/Woche", "19 hours per week"): the hours say full- or part-time. */
    weeklyHours: Pattern[];
    /** Phrases that say the role is part-time, whatever a box says ("this is a part-time position"), from a \b edge. */
    partTimeRole: Pattern[];
    /** Words of an employment contract: a row that names one beside a contractor's form offers both. */
    employed: Pattern[];
    /** Tags a title ends with for its hours ("Mechanic - FT", "Baker -PTU", "Bakery Manager (FT)"). Case-sensitive. */
    titleTags: { 'full-time': Pattern[]; 'part-time': Pattern[] };
  };
  /** Workplace (facts/workplace.ts). As written. */
  workplace: {
    /** Words of a short label or badge ("Hybrid", "Da remoto", "Vor Ort"), between word edges. */
    labelHybrid: Pattern[];
    labelRemote: Pattern[];
    labelOnsite: Pattern[];
    /** "no remote" and the like, blanked out before a label is read for remote words. */
    notRemote: Pattern[];
    /** Day counts of an office week ("two", "zwei", "dva"); {NUM} in phrases stands for them with \d. */
    dayCounts: Word[];
    /** Phrases of free text that state hybrid work, after a word start ({E} where a word end is needed). */
    hybridPhrases: Pattern[];
    /** The same, with no word start needed. */
    hybridPhrasesAnywhere: Pattern[];
    /** Phrases that state remote work, between word edges. Order matters: read match by match. */
    remotePhrases: Pattern[];
    /** The same at a line's start ("Remote and flexible working hours"). */
    remoteLineStarts: Pattern[];
    /** Phrases that state on-site work, between word edges. */
    onsitePhrases: Pattern[];
    /** Words just before a remote phrase that negate it ("not fully remote"), up to the phrase. */
    remoteNegations: Pattern[];
  };
  /** Years of experience (facts/experience.ts). As written. */
  experience: {
    /** Words for years ("years", "Jahre", "let"). */
    yearWords: Pattern[];
    /** Words between two numbers of years ("3 to 5", "3 bis 5"). */
    rangeJoiners: Pattern[];
    /** "or more" after the number ("5 or more years"). */
    orMore: Pattern[];
    /** Words around the number that make it experience ("experience", "Erfahrung", "praxe"). */
    context: Pattern[];
    /** Words before the number that make it the company's years ("we've been", "founded"), up to the filler words… */
    companyBefore: Pattern[];
    /** …"over", "more than", "a" between them and the number. */
    approximately: Pattern[];
    /** Words after "N years" that make it the company's ("ago", "in business"), at the start. */
    companyAfter: Pattern[];
    /** What an item may open with before its years ("At least 5 years …"). */
    atLeast: Pattern[];
    /** What follows the years in an item that is about doing something ("5 years driving …"). */
    yearsDoing: Pattern[];
  };
  /** Degrees (facts/education.ts). As written. */
  education: {
    /** Abbreviations of degrees, case-sensitive ("BS", "MSc", "PhD"). */
    degreeAbbreviations: Pattern[];
    /** Those of a bachelor's and a master's that count only beside another degree, "in …" or "degree". */
    bachelorAbbreviations: Pattern[];
    masterAbbreviations: Pattern[];
    bachelor: DegreeWords;
    master: DegreeWords;
    phd: DegreeWords;
  };
  /** Visa sponsorship (facts/visa.ts): phrases that refuse it, and that offer it. As written; {B} where a word start is needed. */
  visa: {
    no: Pattern[];
    yes: Pattern[];
  };
  /** Spoken languages (facts/languages.ts). As written. */
  spokenLanguages: {
    /** Names of each language in this language; a trailing \p{L}* lets the word run on ("Englischkenntnisse"). */
    names: Partial<Record<SpokenLanguage, Pattern[]>>;
    /** Abbreviations in capitals ("AJ" for angličtina), case-sensitive. */
    abbreviations: Partial<Record<SpokenLanguage, Word[]>>;
    /** Words near a language name that make it a requirement ("fluent", "fließend", "znalost"). */
    cues: Pattern[];
    /** Endings of compound forms that carry their own cue ("Deutschkenntnisse", "englischsprachig"). */
    compoundCues: Pattern[];
  };
  /**
   * Where a fact read from the text is shown on the page: the first block that mentions one of
   * these (derive-facts.ts). The readers return where they found the fact, which is often a
   * better place; showing that changes the recorded provenance, so it waits for a change of
   * behaviour. As written; experienceYears are year words after a number.
   */
  mentions: {
    workplace: Pattern[];
    experienceYears: Pattern[];
    education: Pattern[];
    visaSponsorship: Pattern[];
  };
}
