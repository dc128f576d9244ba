// Bytes to text the way a browser decides: a byte-order mark first, then a
// <meta charset> (or http-equiv Content-Type) in the first 2 KB, else the
// charset a server named, else UTF-8.

function sniffMeta(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

export function decodeHtml(bytes: Uint8Array, declared?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  for (const label of [sniffMeta(bytes), declared?.toLowerCase() ?? null]) {
    if (!label) continue;
    // A page that says UTF-16 in ASCII bytes is not UTF-16 (the HTML standard reads it as UTF-8).
    const l = label.startsWith('utf-16') ? 'utf-8' : label;
    try {
      return new TextDecoder(l).decode(bytes);
    } catch {
      /* unknown label: try the next */
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
