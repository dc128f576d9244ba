import { render } from 'preact';
import { installDesign } from '../ui/design';
import { extensionApi } from './api';
import { Popup } from './Popup';
import { currentTabId } from './tab';

// The shared look (ui/design.ts) before the first render.
installDesign();

currentTabId()
  .catch(() => null)
  .then((tabId) => render(<Popup api={extensionApi} tabId={tabId} />, document.getElementById('app')!));
