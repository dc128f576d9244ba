import { render } from 'preact';
import { installDesign } from '../ui/design';
import { startEarlyRead, storeApi } from './api';
import { Dashboard, type Start, VIEWS, type View } from './Dashboard';
import { FIRST } from './useJobs';

// The shared look (ui/design.ts) before the first render.
installDesign();

// The first screenful is read while the page's code is still starting.
startEarlyRead(FIRST);

/** "#due" opens the Due view, "#job=ID" that job (the popup's and the reminder's links). */
function startOf(hash: string): Start {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = VIEWS.find((v) => params.has(v)) as View | undefined;
  return { view, open: params.get('job') };
}

render(<Dashboard api={storeApi} start={startOf(location.hash)} />, document.getElementById('app')!);
