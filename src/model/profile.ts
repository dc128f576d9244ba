// A person's own profile, kept on their machine: what they can do and what they
// will accept, set beside each posting to say how it fits (src/fit/). Nothing is
// required: an empty field says nothing and rules nothing out.
import type { Education, EmploymentType, SalaryPeriod, Workplace } from './posting';

export const SKILL_LEVELS = ['beginner', 'intermediate', 'advanced', 'expert'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export interface ProfileSkill {
  /** As the person writes it; matched with the skills data's aliases ("Postgres" is PostgreSQL). */
  name: string;
  level: SkillLevel | null;
  years: number | null;
}

/** A CV as the person sends it, kept by name: a job records which one went with the application. */
export interface CvVersion {
  /** Unique within the profile ("Backend, 2026", "Deutsch"). */
  name: string;
  text: string;
  /** ISO time it was kept. */
  savedAt: string;
}

/** The lowest pay a person accepts. */
export interface PayFloor {
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  period: SalaryPeriod;
}

export interface Profile {
  skills: ProfileSkill[];
  /** Years of professional experience in all. */
  years: number | null;
  /** Degrees held. */
  degrees: Education[];
  /** Spoken languages, as English names ("German"), as postings name them. */
  languages: string[];
  /** Places they can work in (cities, regions, countries), as they write them. */
  places: string[];
  /** The ways of working they accept; empty: any. */
  workplaces: Workplace[];
  payFloor: PayFloor | null;
  /** true: needs sponsorship; false: does not; null: not said. */
  needsSponsorship: boolean | null;
  /** Employment types they want; empty: any. */
  employmentTypes: EmploymentType[];
  /** ISO time of the last change; null for a profile never saved. */
  updatedAt: string | null;
  /** The CV versions kept, oldest first. Absent (never empty) when none: a profile of schema 6 before them has none. */
  cvs?: CvVersion[];
}

export const EMPTY_PROFILE: Profile = {
  skills: [],
  years: null,
  degrees: [],
  languages: [],
  places: [],
  workplaces: [],
  payFloor: null,
  needsSponsorship: null,
  employmentTypes: [],
  updatedAt: null,
};

/** Whether the profile says anything a posting can be weighed against. */
export function hasProfile(p: Profile | null | undefined): p is Profile {
  if (!p) return false;
  return (
    p.skills.length > 0 ||
    p.years !== null ||
    p.degrees.length > 0 ||
    p.languages.length > 0 ||
    p.places.length > 0 ||
    p.workplaces.length > 0 ||
    p.payFloor !== null ||
    p.needsSponsorship !== null ||
    p.employmentTypes.length > 0
  );
}
