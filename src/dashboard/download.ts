// Files are handed to the browser's own download: a Blob behind an object URL
// and an <a download> click. No "downloads" permission is needed on an extension
// page, and the person's browser decides where the file goes.
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; keep the URL a moment for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "jobmark-shortlist-remote-2026-03-04.csv": a name that says what and when. */
export function fileName(name: string, extension: string, now = new Date()): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `jobmark-${slug || 'jobs'}-${now.toISOString().slice(0, 10)}.${extension}`;
}
