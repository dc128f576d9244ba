#!/usr/bin/env node
// The fit of 10,000 saved jobs against a profile (issue 18), in Node, with the code
// the dashboard runs (src/fit, loaded through Vite). Goal: under 200 ms for all of
// them. Two figures: the first time (every requirement and nice-to-have is read for
// its skills, years, degrees and languages) and after the profile changed (what each
// item asks is kept per posting, so only the weighing runs again). Prints, never fails.
// `JOBS=2000 node scripts/bench-fit.mjs` for another size.
import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';

const COUNT = Number(process.env.JOBS ?? 10_000);
const server = await createServer({ configFile: false, logLevel: 'error', server: { middlewareMode: true } });
try {
  const { fitOf } = await server.ssrLoadModule('/src/fit/fit.ts');
  const { summarise } = await server.ssrLoadModule('/src/fit/summary.ts');
  const { notAPosting } = await server.ssrLoadModule('/src/model/posting.ts');

  // Items as real postings word them, mixed so no two postings are alike.
  const REQUIREMENTS = [
    '5+ years of experience building backend services',
    'Strong PostgreSQL skills and experience tuning queries',
    'Experience running Kubernetes in production',
    'Experience with Rust and Kafka',
    'Fluent English; German is a plus',
    "Bachelor's degree in Computer Science or a related field",
    'Python or Go for tooling and automation',
    'Experience with AWS (EC2, S3, Lambda) and Terraform',
    'You communicate clearly in writing',
    '3+ years of experience with React and TypeScript',
    'Mindestens 3 Jahre Berufserfahrung mit Java und Spring Boot',
    'Maîtrise de SQL et de Python, anglais courant',
  ];
  const NICE = ['Experience with Go', 'Experience with Terraform', 'Knowledge of GraphQL', 'Open-source contributions'];
  const SKILLS = [
    'PostgreSQL',
    'Kubernetes',
    'Rust',
    'Kafka',
    'Go',
    'Python',
    'AWS',
    'Terraform',
    'React',
    'TypeScript',
  ];
  const postings = Array.from({ length: COUNT }, (_, i) => ({
    ...notAPosting(`https://boards.greenhouse.io/acme/jobs/${i}`),
    isJobPosting: true,
    title: `Engineer ${i}`,
    locations: [i % 3 ? 'Berlin, Germany' : 'Munich, Germany'],
    workplace: ['remote', 'hybrid', 'onsite'][i % 3],
    salary: { min: 50_000 + (i % 40) * 1000, max: 70_000 + (i % 40) * 1000, currency: 'EUR', period: 'year' },
    skills: SKILLS.filter((_, k) => (i + k) % 3 === 0),
    languages: i % 5 ? ['English'] : ['English', 'German'],
    visaSponsorship: i % 7 ? null : false,
    experienceYears: { min: 2 + (i % 8) },
    // Each posting its own item texts (a number in each), so nothing is shared between postings.
    requirements: REQUIREMENTS.filter((_, k) => (i + k) % 2 === 0).map((r) => `${r} (team ${i})`),
    niceToHave: NICE.filter((_, k) => (i + k) % 2 === 1).map((r) => `${r} (team ${i})`),
  }));
  const profile = {
    skills: [
      { name: 'Postgres', level: 'advanced', years: 5 },
      { name: 'K8s', level: 'beginner', years: 1 },
      { name: 'Go', level: 'expert', years: 6 },
      { name: 'Python', level: null, years: null },
      { name: 'AWS', level: null, years: 3 },
    ],
    years: 7,
    degrees: ['master'],
    languages: ['English', 'French'],
    places: ['Berlin'],
    workplaces: ['remote', 'hybrid', 'onsite'],
    payFloor: { amount: 65_000, currency: 'EUR', period: 'year' },
    needsSponsorship: true,
    employmentTypes: [],
    updatedAt: null,
  };
  const run = (p) => {
    const started = performance.now();
    let breakers = 0;
    for (const posting of postings) breakers += summarise(fitOf(posting, p)).dealBreakers;
    return { ms: performance.now() - started, breakers };
  };
  const first = run(profile);
  const again = [1, 2, 3, 4, 5].map((n) => run({ ...profile, years: 7 + n }).ms).sort((a, b) => a - b)[2];
  const items = postings.reduce((n, p) => n + p.requirements.length + p.niceToHave.length, 0);
  console.log(
    `\nFit of ${COUNT.toLocaleString('en-US')} saved jobs against a profile (${items.toLocaleString('en-US')} items; goal < 200 ms)`,
  );
  console.log(`  first time, every item read:      ${Math.round(first.ms)} ms (${first.breakers} deal-breakers found)`);
  console.log(`  profile changed, items known:     ${Math.round(again)} ms (median of 5)`);
} finally {
  await server.close();
}
