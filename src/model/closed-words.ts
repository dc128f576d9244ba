// What a posting's page says when it is closed but still shows the posting (a banner
// over the text): per language, matched on folded text (accents and case away,
// model/closed.ts). Only phrases about the job itself: "no longer available" alone
// could be anything's.
export const CLOSED_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'no longer accepting applications',
    'this job is no longer available',
    'this position is no longer available',
    'this job has expired',
    'this job posting has expired',
    'this position has been filled',
    'this job is closed',
    'this posting is closed',
    'applications are closed',
    'applications for this position are closed',
  ],
  de: [
    'diese stelle ist nicht mehr verfugbar',
    'diese stellenanzeige ist nicht mehr verfugbar',
    'die stelle ist bereits besetzt',
    'diese stelle wurde bereits besetzt',
    'diese stellenanzeige ist abgelaufen',
    'bewerbungen sind nicht mehr moglich',
  ],
  fr: [
    "cette offre n'est plus disponible",
    "cette offre d'emploi n'est plus disponible",
    'cette offre a expire',
    'ce poste a ete pourvu',
    "n'accepte plus de candidatures",
    'les candidatures sont closes',
  ],
};
