// The words a person reads for each fact and each of its values: one list for the
// forms that correct them, the lists of what was corrected, and their checks.
import type { FactField, ItemPlace } from './corrections';
import type { EmploymentType, SalaryPeriod, Seniority, Workplace } from './posting';

export const FACT_LABELS: Record<FactField, string> = {
  title: 'Title',
  company: 'Company',
  locations: 'Places',
  workplace: 'Workplace',
  employmentType: 'Employment type',
  seniority: 'Seniority',
  salary: 'Salary',
  datePosted: 'Date posted',
  skills: 'Skills',
};

export const WORKPLACE_WORDS: Record<Workplace, string> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' };
export const EMPLOYMENT_WORDS: Record<EmploymentType, string> = {
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  temporary: 'Temporary',
  internship: 'Internship',
};
export const SENIORITY_WORDS: Record<Seniority, string> = {
  intern: 'Intern',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  staff: 'Staff',
  principal: 'Principal',
  lead: 'Lead',
  manager: 'Manager',
  director: 'Director',
  executive: 'Executive',
};
export const PERIOD_WORDS: Record<SalaryPeriod, string> = {
  hour: 'per hour',
  day: 'per day',
  week: 'per week',
  month: 'per month',
  year: 'per year',
};

/** The parts of a posting and "out of it", as a person names them. */
export const PLACE_WORDS: Record<ItemPlace, string> = {
  responsibilities: 'Responsibilities',
  requirements: 'Requirements',
  niceToHave: 'Nice to have',
  benefits: 'Benefits',
  none: 'Not part of the posting',
};
