// Every reader, in the order the merge trusts them: structured data first,
// then the site sources (one file per site, each declaring the pages it
// reads), then the generic reader for every other page.
import type { Source } from '../types';
import generic from './generic';
import indeed from './indeed';
import jsonLd from './json-ld';
import linkedin from './linkedin';
import microdata from './microdata';

export const STRUCTURED_SOURCES: readonly Source[] = [jsonLd, microdata];

export const SITE_SOURCES: readonly Source[] = [linkedin, indeed];

export const GENERIC_SOURCE: Source = generic;
