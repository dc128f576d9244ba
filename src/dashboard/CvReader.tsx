// Start the profile from a CV: its text pasted, or a .pdf, .txt or .md file chosen
// or dropped. A PDF's text is read on this machine (read-pdf.ts, pdf.js loaded only
// then); the file's text fills the box, where the person can check it. Jobmark reads
// it (fit/cv.ts, the extractor's readers) and proposes what it found, each a checkbox
// for the person to confirm; only what they keep goes into the profile form, and
// nothing is saved until they save the profile. The CV's text itself is not kept.
import { useRef, useState } from 'preact/hooks';
import { type CvProposal, readCv } from '../fit/cv';
import type { Education } from '../model/posting';

/** What the person kept of a proposal. */
export type CvChoice = Pick<CvProposal, 'skills' | 'years' | 'degrees' | 'languages'>;

const DEGREE_WORDS: Record<Education, string> = { bachelor: 'Bachelor’s', master: 'Master’s', phd: 'PhD' };
/** A CV is a few pages of text; a file far larger is not one. */
const MAX_CV_BYTES = 1024 * 1024;

const isPdf = (file: File) => /\.pdf$/i.test(file.name) || file.type === 'application/pdf';
const isText = (file: File) => /\.(txt|md|markdown)$/i.test(file.name) || /^text\//.test(file.type);

async function textOf(file: File): Promise<string> {
  if (isPdf(file)) {
    // pdf.js and its reader arrive with the first PDF, not with the dashboard.
    const { pdfTextOf } = await import('./read-pdf');
    return pdfTextOf(file);
  }
  if (!isText(file))
    throw new Error(
      `${file.name} is not a file Jobmark reads: choose a .pdf, .txt or .md file, or paste the CV’s text.`,
    );
  if (file.size > MAX_CV_BYTES) throw new Error(`${file.name} is over 1 MB: that is not a CV’s text.`);
  return file.text();
}

interface Props {
  onKeep: (choice: CvChoice) => void;
  /** Keep the text as a named CV version, to record which one went with an application. */
  onKeepVersion: (name: string, text: string) => void;
}

export function CvReader({ onKeep, onKeepVersion }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [found, setFound] = useState<CvProposal | null>(null);
  const [skip, setSkip] = useState<Set<string>>(new Set());
  const [versionName, setVersionName] = useState('');
  const [reading, setReading] = useState<string | null>(null);
  const [readFrom, setReadFrom] = useState<string | null>(null);
  /** The file read last: a file that finishes after a later one was chosen is dropped. */
  const latest = useRef<File | null>(null);

  const load = async (file: File | undefined) => {
    if (!file) return;
    latest.current = file;
    setReading(file.name);
    setReadFrom(null);
    setError(null);
    try {
      const read = await textOf(file);
      if (latest.current !== file) return;
      setText(read);
      setReadFrom(file.name);
    } catch (e) {
      // What the form held stays as it was: only the message is new.
      if (latest.current === file) setError(e instanceof Error ? e.message : String(e));
    } finally {
      if (latest.current === file) setReading(null);
    }
  };
  const read = () => {
    setReadFrom(null);
    setFound(readCv(text));
    setSkip(new Set());
  };
  const toggle = (key: string, on: boolean) => {
    const next = new Set(skip);
    on ? next.delete(key) : next.add(key);
    setSkip(next);
  };
  const keep = () => {
    if (!found) return;
    onKeep({
      skills: found.skills.filter((s) => !skip.has(`skill:${s}`)),
      years: skip.has('years') ? null : found.years,
      degrees: found.degrees.filter((d) => !skip.has(`degree:${d}`)),
      languages: found.languages.filter((l) => !skip.has(`language:${l}`)),
    });
    setFound(null);
  };
  const box = (key: string, label: string) => (
    <label key={key} class="choice">
      <input type="checkbox" checked={!skip.has(key)} onChange={(e) => toggle(key, e.currentTarget.checked)} />
      {label}
    </label>
  );
  const nothing =
    found && !found.skills.length && found.years === null && !found.degrees.length && !found.languages.length;

  return (
    <section class="cv-reader card" aria-labelledby="cv-heading">
      <h3 id="cv-heading">Start from your CV</h3>
      <p class="hint">
        Paste your CV’s text, or choose or drop a .pdf, .txt or .md file. Jobmark proposes what it finds; you keep what
        is right. The CV itself is kept only if you keep it as a named version, to say which one you sent.
      </p>
      <label class="cv-text">
        Your CV’s text
        <textarea
          rows={8}
          value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setReadFrom(null);
          }}
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            void load(e.dataTransfer?.files[0]);
          }}
        />
      </label>
      <div class="actions">
        <label class="file">
          Or choose a file (.pdf, .txt, .md)
          <input
            type="file"
            accept=".pdf,application/pdf,.txt,.md,.markdown,text/plain,text/markdown"
            onChange={(e) => {
              void load(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <button type="button" class="primary" disabled={!text.trim() || reading !== null} onClick={read}>
          Read my CV
        </button>
      </div>
      <div class="actions">
        <label class="stacked">
          Name for this CV version
          <input
            type="text"
            maxLength={200}
            value={versionName}
            onInput={(e) => setVersionName(e.currentTarget.value)}
          />
        </label>
        <button
          type="button"
          disabled={!text.trim() || !versionName.trim()}
          onClick={() => {
            onKeepVersion(versionName.trim(), text);
            setVersionName('');
          }}
        >
          Keep as a CV version
        </button>
      </div>
      {reading && <p role="status">Reading {reading}…</p>}
      {readFrom && !reading && (
        <p role="status">The text of {readFrom} is in the box above: check it, then press Read my CV.</p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {nothing && <p role="status">Jobmark found no skills, years, degrees or languages in this text.</p>}
      {found && !nothing && (
        <fieldset class="cv-found">
          <legend>Found in your CV: keep what is right</legend>
          {found.skills.length > 0 && (
            <fieldset>
              <legend>Skills</legend>
              {found.skills.map((s) => box(`skill:${s}`, s))}
            </fieldset>
          )}
          {found.years !== null &&
            box(
              'years',
              `${found.years} years of experience (${found.yearsFrom === 'stated' ? 'as your CV says' : 'from the dates of your work history'})`,
            )}
          {found.degrees.length > 0 && (
            <fieldset>
              <legend>Degrees</legend>
              {found.degrees.map((d) => box(`degree:${d}`, DEGREE_WORDS[d]))}
            </fieldset>
          )}
          {found.languages.length > 0 && (
            <fieldset>
              <legend>Languages</legend>
              {found.languages.map((l) => box(`language:${l}`, l))}
            </fieldset>
          )}
          <button type="button" class="primary" onClick={keep}>
            Add what is checked to my profile
          </button>
        </fieldset>
      )}
    </section>
  );
}
