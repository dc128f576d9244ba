// Every reader, in the order the merge trusts them: structured data first,
// then the site sources (one file per site, each declaring the pages it
// reads), then the generic reader for every other page. To support a new
// site, add a file beside these and list it here.
import type { Source } from '../types';
import ashby from './ashby';
import builtin from './builtin';
import generic from './generic';
import greenhouse from './greenhouse';
import indeed from './indeed';
import jobscz from './jobscz';
import jsonLd from './json-ld';
import lever from './lever';
import linkedin from './linkedin';
import microdata from './microdata';
import recruitee from './recruitee';
import reed from './reed';
import remoteok from './remoteok';
import smartrecruiters from './smartrecruiters';
import stackoverflow from './stackoverflow';
import stepstone from './stepstone';
import weworkremotely from './weworkremotely';
import workable from './workable';
import workday from './workday';

export const STRUCTURED_SOURCES: readonly Source[] = [jsonLd, microdata];

export const SITE_SOURCES: readonly Source[] = [
  linkedin,
  indeed,
  greenhouse,
  lever,
  workday,
  ashby,
  smartrecruiters,
  workable,
  weworkremotely,
  remoteok,
  jobscz,
  reed,
  stackoverflow,
  builtin,
  recruitee,
  stepstone,
];

export const GENERIC_SOURCE: Source = generic;
