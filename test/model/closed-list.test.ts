// A board's whole list (issue 18 §3): only the unfiltered list of a board known to list
// every posting on one page counts, and only its links to that board's postings.
import { expect, test } from 'vitest';
import { listedPostings, MAX_LIST_LINKS, wholeBoardList } from '../../src/model/closed-list';

test("a Lever company's list, at its own address, is whole; tracking words do not filter it", () => {
  for (const address of [
    'https://jobs.lever.co/acme',
    'https://jobs.lever.co/acme/',
    'https://jobs.lever.co/acme?lever-source=LinkedIn',
    'https://jobs.eu.lever.co/acme#top',
  ]) {
    expect(wholeBoardList(address)?.prefix, address).toMatch(/^https:\/\/jobs(\.eu)?\.lever\.co\/acme\/$/);
  }
});

test('a filtered list, a posting, another company or another board is no whole list', () => {
  for (const address of [
    'https://jobs.lever.co/acme?team=Engineering',
    'https://jobs.lever.co/acme?location=Berlin&commitment=Full-time',
    'https://jobs.lever.co/acme?department=Sales',
    'https://jobs.lever.co/acme/6a1f2c3d-9e8b-4c7a-b1d2-3e4f5a6b7c8d',
    'https://jobs.lever.co/',
    'http://jobs.lever.co/acme',
    'https://jobs.lever.co:8443/acme',
    'https://boards.greenhouse.io/acme',
    'https://job-boards.greenhouse.io/acme',
    'https://jobs.ashbyhq.com/acme',
    'https://evil.example/jobs.lever.co/acme',
    'not an address',
  ]) {
    expect(wholeBoardList(address), address).toBeNull();
  }
});

test("the list's postings: its links to the company's postings, canonical (an apply page is its posting)", () => {
  const board = wholeBoardList('https://jobs.lever.co/acme')!;
  const listed = listedPostings(board, [
    'https://jobs.lever.co/acme/1111-aaaa',
    'https://jobs.lever.co/acme/2222-bbbb/apply?lever-source=list',
    'https://jobs.lever.co/acme?team=Sales',
    'https://jobs.lever.co/other/3333-cccc',
    'https://www.acme.example/careers',
    'https://jobs.lever.co/acme/4444-dddd/extra',
  ]);
  expect(listed && [...listed]).toEqual([
    'https://jobs.lever.co/acme/1111-aaaa',
    'https://jobs.lever.co/acme/2222-bbbb',
  ]);
});

test('a list that shows none of its postings, or more links than any list holds, says nothing', () => {
  const board = wholeBoardList('https://jobs.lever.co/acme')!;
  expect(listedPostings(board, [])).toBeNull();
  expect(listedPostings(board, ['https://www.lever.co/', 'https://jobs.lever.co/other/1'])).toBeNull();
  const many = Array.from({ length: MAX_LIST_LINKS + 1 }, (_, i) => `https://jobs.lever.co/acme/${i}`);
  expect(listedPostings(board, many)).toBeNull();
});
