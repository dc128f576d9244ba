// "Label: value" facts as pages print them in a details box ("Job type:
// Full-time", "Experience level: Junior", "Místo pracoviště: Praha"), in the
// languages of the sections. Used by the generic reader and by site sources.
import type { EmploymentType, Salary, Seniority, Workplace } from '../model/posting';
import { isoDate } from './dates';
import { employmentTypeFrom, seniorityFromText, workplaceFrom } from './facts';
import { cleanPlace } from './location';
import { findSalary } from './salary';
import { fold } from './text';

export type LabelKind = 'employmentType' | 'seniority' | 'workplace' | 'location' | 'salary' | 'datePosted';

// Swedish labels are those of Teamtailor's details box ("Ort", "Distansarbete", "Anställningsform").
const LABELS: [LabelKind, RegExp][] = [
  [
    'employmentType',
    /^(?:job type|employment type|type of employment|contract type|employment|commitment|schedule|typ uvazku|typ pracovniho pomeru|druh pracovniho pomeru|uvazek|beschaftigungsart|anstellungsart|arbeitszeit|vertragsart|type de contrat|type d'emploi|tipo de contrato|tipo de empleo|jornada|tipo di contratto|dienstverband|rodzaj umowy|wymiar pracy|wymiar etatu|anstallningsform|omfattning|tjanstgoringsgrad)$/,
  ],
  [
    'seniority',
    /^(?:experience level|seniority level|seniority|career level|level|job level|karrierestufe|berufserfahrung|niveau d'experience|niveau|nivel de experiencia|nivel|livello|senioriteit|uroven|pozycja|poziom stanowiska)$/,
  ],
  [
    'workplace',
    /^(?:workplace|workplace type|work model|work type|remote|remote work|on-?site\/remote|arbeitsmodell|home ?office|teletravail|modalidad|modalita|werkplek|prace z domova|tryb pracy|remote status|distansarbete|arbetsplatstyp)$/,
  ],
  [
    'location',
    /^(?:locations?|job location|office location|work location|place of work|misto pracoviste|misto prace|misto|lokalita|standort|arbeitsort|einsatzort|lieu|lieu de travail|ubicacion|localizacao|local de trabalho|sede|luogo di lavoro|locatie|standplaats|lokalizacja|miejsce pracy|ort|orter|arbetsort|placering)$/,
  ],
  [
    'salary',
    /^(?:salary|pay|pay range|compensation|base salary|salary range|mzda|plat|odmena|gehalt|verguetung|salaire|remuneration|salario|sueldo|retribuzione|stipendio|salaris|wynagrodzenie)$/,
  ],
  [
    'datePosted',
    /^(?:posted|date posted|posted on|published|publication date|datum zverejneni|zverejneno|veroffentlicht|publie le|publicado|data di pubblicazione|geplaatst|data publikacji)$/,
  ],
];

export function labelKind(label: string): LabelKind | null {
  const f = fold(label)
    .replace(/[:：]\s*$/, '')
    .trim();
  if (!f || f.length > 40) return null;
  for (const [k, re] of LABELS) if (re.test(f)) return k;
  return null;
}

export interface LabelFacts {
  employmentType?: EmploymentType;
  seniority?: Seniority;
  workplace?: Workplace;
  location?: string;
  salary?: { salary: Salary; text: string };
  datePosted?: string;
}

/** Reads one labelled value into facts; returns the kind it filled, if any. */
export function readLabel(label: string, value: string, into: LabelFacts): LabelKind | null {
  const kind = labelKind(label);
  const v = value.trim();
  if (!kind || !v || v.length > 200) return null;
  switch (kind) {
    case 'employmentType': {
      const e = employmentTypeFrom(v);
      if (e && !into.employmentType) into.employmentType = e;
      return e ? kind : null;
    }
    case 'seniority': {
      const s = seniorityFromText(v);
      if (s && !into.seniority) into.seniority = s;
      return s ? kind : null;
    }
    case 'workplace': {
      const w = workplaceFrom(v);
      if (w && !into.workplace) into.workplace = w;
      return w ? kind : null;
    }
    case 'location':
      if (!into.location && v.length <= 120) into.location = cleanPlace(v);
      return kind;
    case 'salary': {
      const s = findSalary(v);
      if (s && !into.salary) into.salary = { salary: s.salary, text: s.text };
      return s ? kind : null;
    }
    case 'datePosted': {
      const d = isoDate(v);
      if (d && !into.datePosted) into.datePosted = d;
      return d ? kind : null;
    }
  }
}

/** "Job type: Full-time" → ["Job type", "Full-time"], or null for text that is not a label and value. */
export function splitLabel(text: string): [string, string] | null {
  const m = /^([\p{L}][\p{L}' /-]{1,38}?)\s*[:：]\s*(.{1,200})$/u.exec(text);
  return m ? [m[1]!, m[2]!] : null;
}
