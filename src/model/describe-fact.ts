// One fact's value in words, the same in the popup, the job view and the list of
// what was corrected: "Remote", "Go, Rust", "USD 100,000–150,000 per year".
import type { FactField } from './corrections';
import { EMPLOYMENT_WORDS, SENIORITY_WORDS, WORKPLACE_WORDS } from './fact-words';
import { describeSalary, type JobPosting } from './posting';

const NONE = 'none';

export function describeFact<F extends FactField>(field: F, value: JobPosting[F]): string {
  if (value === null || value === undefined) return NONE;
  switch (field) {
    case 'locations':
    case 'skills':
      return (value as string[]).join(', ') || NONE;
    case 'workplace':
      return WORKPLACE_WORDS[value as keyof typeof WORKPLACE_WORDS];
    case 'employmentType':
      return EMPLOYMENT_WORDS[value as keyof typeof EMPLOYMENT_WORDS];
    case 'seniority':
      return SENIORITY_WORDS[value as keyof typeof SENIORITY_WORDS];
    case 'salary':
      return describeSalary({ salary: value as JobPosting['salary'], salaryText: null }) ?? NONE;
    default:
      return String(value) || NONE;
  }
}
