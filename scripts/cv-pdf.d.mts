export function cvPdf(text: string): Buffer;
export function scannedPdf(): Buffer;
export function encryptedPdf(): Buffer;
export function manyPagesPdf(count: number): Buffer;
export const SAMPLE_CVS: { english: string; german: string };
