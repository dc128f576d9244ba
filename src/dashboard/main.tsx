import { render } from 'preact';
import { startEarlyRead, storeApi } from './api';
import { Dashboard } from './Dashboard';
import { FIRST } from './useJobs';

// The first screenful is read while the page's code is still starting.
startEarlyRead(FIRST);
render(<Dashboard api={storeApi} />, document.getElementById('app')!);
