// The dashboard: every saved job, in its own tab.
import { useEffect, useState } from 'preact/hooks';
import { openStore } from '../store/db';

export function Dashboard() {
  const [count, setCount] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    openStore()
      .then((db) => db.count('jobs'))
      .then(setCount)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return (
    <main class="dashboard">
      <h1>Saved jobs</h1>
      {error && <p role="alert">Could not open your saved jobs: {error}</p>}
      {count === 0 && <p>No saved jobs yet. Open a job posting and press Save job.</p>}
      {count !== null && count > 0 && <p>{count} saved jobs</p>}
    </main>
  );
}
