// Job sites (applicant tracking systems) where many companies' boards share one
// host, each under a path of its own: boards.greenhouse.io/acme, jobs.lever.co/acme.
// A rule learnt on one company's board is for that board: another company on the
// same system writes its own headings and its own name. Data, not logic: a new
// system is a line here (its host, lower-case, without "www.").
export const ATS_BOARD_HOSTS: readonly string[] = [
  'boards.greenhouse.io',
  'job-boards.greenhouse.io',
  'job-boards.eu.greenhouse.io',
  'jobs.lever.co',
  'jobs.eu.lever.co',
  'jobs.ashbyhq.com',
  'apply.workable.com',
  'jobs.smartrecruiters.com',
  'jobs.jobvite.com',
  'careers.jobscore.com',
];
