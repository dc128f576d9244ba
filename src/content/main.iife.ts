// The content script: reads the page it runs in and tells the background what it found.
// Built as one self-contained file (the .iife name tells @crxjs so), which the manifest
// injects on job sites and the background injects elsewhere when the person asks.
import { send } from '../messages';
import { notAPosting } from '../model/posting';

function readPage() {
  // Placeholder until the extractor lands: the page title only.
  const posting = { ...notAPosting(location.href), title: document.title || null };
  return posting;
}

send('page/read', { posting: readPage() }).catch(() => {
  // The background may be restarting; the next read will tell it.
});
