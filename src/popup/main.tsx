import { render } from 'preact';
import { extensionApi } from './api';
import { Popup } from './Popup';
import { currentTabId } from './tab';

currentTabId()
  .catch(() => null)
  .then((tabId) => render(<Popup api={extensionApi} tabId={tabId} />, document.getElementById('app')!));
