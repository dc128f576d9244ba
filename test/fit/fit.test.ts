// The fit, item by item: aliases, levels, years, degrees, languages, places, and the deal-breakers.
import { expect, test } from 'vitest';
import { fitOf } from '../../src/fit/fit';
import { canonicalSkill } from '../../src/fit/skills';
import { compareFit, summarise } from '../../src/fit/summary';
import { type JobPosting, notAPosting } from '../../src/model/posting';
import { EMPTY_PROFILE, type Profile } from '../../src/model/profile';

const posting = (over: Partial<JobPosting>): JobPosting => ({
  ...notAPosting('https://boards.greenhouse.io/acme/jobs/1'),
  isJobPosting: true,
  title: 'Backend Engineer',
  ...over,
});

const ME: Profile = {
  ...EMPTY_PROFILE,
  skills: [
    { name: 'Postgres', level: 'advanced', years: 5 },
    { name: 'K8s', level: 'beginner', years: 1 },
    { name: 'Go', level: 'expert', years: 6 },
    { name: 'Python', level: null, years: null },
  ],
  years: 7,
  degrees: ['bachelor'],
  languages: ['English', 'French'],
  places: ['Berlin', 'France'],
  workplaces: ['remote', 'hybrid', 'onsite'],
  payFloor: { amount: 70000, currency: 'EUR', period: 'year' },
  needsSponsorship: true,
  employmentTypes: ['full-time'],
};

test('a skill is one skill under its aliases: Postgres is PostgreSQL, K8s is Kubernetes', () => {
  expect(canonicalSkill('Postgres')).toBe('PostgreSQL');
  expect(canonicalSkill(' k8s ')).toBe('Kubernetes');
  expect(canonicalSkill('Underwater basket weaving')).toBe('Underwater basket weaving');
  const fit = fitOf(
    posting({ requirements: ['Solid PostgreSQL skills', 'Experience running Kubernetes in production'] }),
    ME,
  );
  expect(fit.requirements[0]).toEqual({
    text: 'Solid PostgreSQL skills',
    verdict: 'met',
    reasons: ['PostgreSQL: you have it (as Postgres)'],
  });
  // A beginner's level meets it only partly, and says so.
  expect(fit.requirements[1]).toMatchObject({
    verdict: 'partly',
    reasons: ['Kubernetes: you have it (as K8s), as a beginner'],
  });
});

test('skills: all needed unless the item offers a choice; one of "Python or Java" is enough', () => {
  const fit = fitOf(
    posting({
      requirements: [
        'Go, Rust and Kafka in production',
        'Python or Java for tooling',
        'Rust or Scala',
        'Experience of Go and Rust',
        'GPU/TPU clusters with Kubernetes and Rust',
      ],
    }),
    ME,
  );
  expect(fit.requirements.map((r) => r.verdict)).toEqual(['partly', 'met', 'not-met', 'partly', 'partly']);
  expect(fit.requirements[0]?.reasons).toEqual([
    'Go: you have it',
    'Rust: not in your profile',
    'Kafka: not in your profile',
  ]);
  expect(fit.requirements[1]?.reasons[0]).toMatch(/Python: you have it \(one of Python, Java is asked\)/);
  expect(fit.requirements[2]?.reasons).toEqual(['none of Rust, Scala is in your profile']);
});

test('years: a skill’s own years where the profile says them, else the years in all; one short is partly', () => {
  const fit = fitOf(
    posting({
      requirements: [
        '5+ years of experience with Go',
        '8+ years of professional experience',
        '10+ years of experience in software',
        '3+ years of experience with Python',
      ],
    }),
    ME,
  );
  expect(fit.requirements.map((r) => [r.verdict, r.reasons.at(-1)])).toEqual([
    ['met', '5+ years asked, you have 6 of Go'],
    ['partly', '8+ years asked, you have 7 of experience: one short'],
    ['not-met', '10+ years asked, you have 7 of experience'],
    ['met', '3+ years asked, you have 7 of experience'],
  ]);
});

test('degrees: the lowest degree named is enough; languages: each must be spoken', () => {
  const fit = fitOf(
    posting({
      requirements: [
        "Bachelor's degree in Computer Science or related field",
        "Master's degree or PhD in Physics",
        'Fluent English and German',
        'Business fluent French (C1)',
      ],
    }),
    ME,
  );
  expect(fit.requirements.map((r) => r.verdict)).toEqual(['met', 'not-met', 'partly', 'met']);
  expect(fit.requirements[1]?.reasons).toEqual(["a master's or a PhD asked, you have a bachelor's"]);
  expect(fit.requirements[2]?.reasons).toEqual(['English: you speak it', 'German: not among the languages you speak']);
});

test('an item that asks nothing the profile answers is left to the person, not guessed', () => {
  const fit = fitOf(posting({ requirements: ['A sense of humour', 'Strong communication skills'] }), ME);
  expect(fit.requirements.map((r) => r.verdict)).toEqual(['unknown', 'unknown']);
  expect(summarise(fit).text).toBe('no deal-breakers');
  expect(summarise(fit).share).toBeNull();
});

test('the skills the posting names that the profile lacks, counting aliases', () => {
  const fit = fitOf(posting({ skills: ['PostgreSQL', 'Kubernetes', 'Terraform', 'Go', 'AWS'] }), ME);
  expect(fit.missingSkills).toEqual(['Terraform', 'AWS']);
  expect(fitOf(posting({ skills: ['Terraform'] }), EMPTY_PROFILE).missingSkills).toEqual([]);
});

test('deal-breakers, each said plainly', () => {
  const bad = posting({
    salary: { min: 50000, max: 60000, currency: 'EUR', period: 'year' },
    salaryText: '€50,000–60,000 a year',
    workplace: 'onsite',
    locations: ['Munich, Germany'],
    visaSponsorship: false,
    languages: ['German'],
    experienceYears: { min: 10 },
    employmentType: 'contract',
  });
  expect(fitOf(bad, ME).dealBreakers).toEqual([
    { kind: 'pay', text: 'Pay below your floor: €50,000–60,000 a year; yours is EUR 70,000 per year.' },
    { kind: 'place', text: 'On-site in Munich, Germany; you can work in Berlin, France.' },
    { kind: 'sponsorship', text: 'No visa sponsorship, and you need it.' },
    { kind: 'language', text: 'Asks for German, which you do not speak.' },
    { kind: 'years', text: 'Asks for 10+ years; you have 7.' },
    { kind: 'employment', text: 'Contract; you want full-time.' },
  ]);
});

test('no deal-breaker where the posting says nothing, says another currency, or the place is within the person’s', () => {
  const fine = [
    posting({ salary: { min: 60000, max: null, currency: 'EUR', period: 'year' } }), // open above
    posting({ salary: { min: 40000, max: 50000, currency: 'GBP', period: 'year' } }), // not guessed across currencies
    posting({ salary: { min: 45, max: 50, currency: 'EUR', period: 'hour' } }), // 104,000 a year
    posting({ workplace: 'onsite', locations: ['Lyon, France'] }),
    posting({ workplace: 'hybrid', locations: ['Berlin'] }),
    posting({ workplace: 'remote', locations: ['Munich'] }),
    posting({ visaSponsorship: null }),
    posting({ experienceYears: { min: 9 } }),
  ];
  for (const p of fine) expect(fitOf(p, ME).dealBreakers, JSON.stringify(p.salary ?? p.locations)).toEqual([]);
  expect(fitOf(posting({ workplace: 'onsite' }), { ...ME, workplaces: ['remote'] }).dealBreakers).toEqual([
    { kind: 'workplace', text: 'On-site; you work remote.' },
  ]);
  expect(
    fitOf(posting({ salary: { min: 20, max: 30, currency: 'EUR', period: 'hour' } }), ME).dealBreakers[0]?.kind,
  ).toBe('pay');
});

test('the summary counts met items of those weighed, says deal-breakers, and sorts by them', () => {
  const p = posting({
    requirements: ['Experience with Go', 'Python', 'Rust in production', 'A sense of humour', 'Solid PostgreSQL'],
    niceToHave: ['Kafka', 'Go or Rust'],
  });
  const good = summarise(fitOf(p, ME));
  expect(good.text).toBe('3 of 4 requirements, 1 of 2 nice-to-haves, no deal-breakers');
  expect(good.share).toBe(0.75);
  const worse = summarise(fitOf({ ...p, visaSponsorship: false }, ME));
  expect(worse.text).toBe('3 of 4 requirements, 1 of 2 nice-to-haves, 1 deal-breaker');
  const best = summarise(fitOf(posting({ requirements: ['Experience with Go'] }), ME));
  expect([worse, good, null, best].sort(compareFit)).toEqual([best, good, worse, null]);
  const partly = summarise(fitOf(posting({ requirements: ['Kubernetes', 'Experience with Go'] }), ME));
  expect(partly.text).toBe('1 of 2 requirements (1 partly), no deal-breakers');
  expect(partly.share).toBe(0.75);
});

test('an empty profile weighs nothing and rules nothing out', () => {
  const fit = fitOf(
    posting({ requirements: ['5+ years of Go'], visaSponsorship: false, workplace: 'onsite', locations: ['Oslo'] }),
    EMPTY_PROFILE,
  );
  expect(fit.requirements[0]?.verdict).toBe('unknown');
  expect(fit.dealBreakers).toEqual([]);
});
