// Import: choose a file, see what it would change, then confirm. Nothing is
// written before the confirmation, and the write is one transaction: while it runs
// a progress bar counts the jobs written, and Cancel aborts it (nothing is changed).
import { useState } from 'preact/hooks';
import type { ImportPlan } from '../export/merge';
import { ImportCancelled } from '../model/import-cancelled';
import { plural } from '../model/plural';
import type { SavedJob } from '../model/saved-job';
import type { DashboardApi } from './api';
import { type ReadImport, readImport } from './read-import';

const count = (n: number) => n.toLocaleString('en-US');

interface Props {
  api: DashboardApi;
  /** Every saved job, when the page holds them all: the preview needs no read then. */
  saved: SavedJob[] | undefined;
  onImported: (message: string, written: SavedJob[]) => void;
}

type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'writing'; name: string; written: number; total: number; cancel: AbortController }
  | { step: 'cancelled'; name: string }
  | { step: 'preview'; name: string; read: ReadImport; plan: ImportPlan }
  | { step: 'error'; name: string; message: string };

export function ImportPanel({ api, saved, onImported }: Props) {
  const [state, setState] = useState<State>({ step: 'idle' });

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire again
    if (!file) return;
    setState({ step: 'reading', name: file.name });
    try {
      const read = await readImport(file);
      const plan = await api.previewImport(read.jobs, saved);
      setState({ step: 'preview', name: file.name, read, plan });
    } catch (e) {
      setState({ step: 'error', name: file.name, message: e instanceof Error ? e.message : String(e) });
    }
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    const { name, read } = state;
    const cancel = new AbortController();
    const writing = (written: number, total: number) => {
      if (!cancel.signal.aborted) setState({ step: 'writing', name, written, total, cancel });
    };
    writing(0, state.plan.write.length);
    try {
      const plan = await api.importJobs(read.jobs, read.rules, read.profile, {
        onProgress: writing,
        signal: cancel.signal,
      });
      setState({ step: 'idle' });
      const rules = read.rules.length ? `, ${plural(read.rules.length, 'site rule')}` : '';
      const profile = read.profile ? (plan.profile ? ', your profile' : ', your profile kept (yours is newer)') : '';
      onImported(
        `Imported ${name}: ${plural(plan.added, 'new job')}, ${plural(plan.updated, 'job')} merged${rules}${profile}.`,
        plan.write,
      );
    } catch (e) {
      if (e instanceof ImportCancelled) setState({ step: 'cancelled', name });
      else setState({ step: 'error', name, message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <section class="import" aria-label="Import">
      <label class="file">
        Import a file (Jobmark JSON backup or CSV)
        <input
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={(e) => void choose(e.currentTarget)}
        />
      </label>
      {state.step === 'reading' && <p aria-live="polite">Reading {state.name}…</p>}
      {state.step === 'writing' && (
        <section class="writing" aria-label="Import in progress">
          <p>
            Importing {state.name}: {count(state.written)} of {plural(state.total, 'job')} written
          </p>
          <progress
            aria-label={`Importing ${state.name}`}
            aria-valuetext={`${count(state.written)} of ${plural(state.total, 'job')} written`}
            max={Math.max(state.total, 1)}
            value={state.written}
          />
          <button type="button" onClick={() => state.cancel.abort()}>
            Cancel import
          </button>
        </section>
      )}
      {state.step === 'cancelled' && (
        <p role="status">
          Import of {state.name} cancelled: your saved jobs were not changed.{' '}
          <button type="button" onClick={() => setState({ step: 'idle' })}>
            Dismiss
          </button>
        </p>
      )}
      {state.step === 'error' && (
        <div role="alert" class="error">
          <p>
            Could not import {state.name}: {state.message}
          </p>
          <p>Your saved jobs were not changed.</p>
          <button type="button" onClick={() => setState({ step: 'idle' })}>
            Dismiss
          </button>
        </div>
      )}
      {state.step === 'preview' && (
        <section class="preview" aria-label="Import preview">
          <p>
            {state.name} ({state.read.kind}) holds {plural(state.read.jobs.length, 'job')}:{' '}
            <strong>{plural(state.plan.added, 'new job')}</strong>,{' '}
            <strong>{plural(state.plan.updated, 'already saved job', 'already saved jobs')} to merge</strong>,{' '}
            {plural(state.plan.unchanged, 'already saved and unchanged', 'already saved and unchanged')}.
          </p>
          {state.plan.examples.added.length > 0 && <p>New: {state.plan.examples.added.join('; ')}</p>}
          {state.read.rules.length > 0 && (
            <p>And {plural(state.read.rules.length, 'site rule')} (what Jobmark learnt of sites from corrections).</p>
          )}
          {state.read.profile && <p>And your profile, taken if you have none here or the file’s is the later edit.</p>}
          {state.plan.examples.updated.length > 0 && <p>Merged: {state.plan.examples.updated.join('; ')}</p>}
          {state.read.ignoredColumns.length > 0 && (
            <p>Columns Jobmark does not keep, left out: {state.read.ignoredColumns.join(', ')}</p>
          )}
          <p class="hint">
            Merging keeps the later edit of each job, adds tags and status history together and keeps both notes.
          </p>
          <button
            type="button"
            class="primary"
            disabled={state.plan.write.length === 0 && state.read.rules.length === 0 && !state.read.profile}
            onClick={() => void confirm()}
          >
            Import {plural(state.plan.write.length, 'job')}
          </button>
          <button type="button" onClick={() => setState({ step: 'idle' })}>
            Cancel
          </button>
        </section>
      )}
    </section>
  );
}
