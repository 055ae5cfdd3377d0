// The type of an uploaded file from its first bytes (magic numbers), never from the declared type
// or the file name: a "report.pdf" that is really HTML must not be stored or served as a PDF
// (security.md: virus-safe handling, content-type sniffing). Pure.

export const ALLOWED_CONTENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AllowedContentType = (typeof ALLOWED_CONTENT_TYPES)[number];

const SIGNATURES: readonly { type: AllowedContentType; bytes: readonly number[]; extension: string }[] = [
  // ISO 32000-1 §7.5.2: a PDF starts with "%PDF-".
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], extension: 'pdf' },
  // PNG (ISO/IEC 15948) 8-byte signature.
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], extension: 'png' },
  // JPEG SOI marker followed by the start of another marker.
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff], extension: 'jpg' },
];

export function sniffContentType(bytes: Uint8Array): AllowedContentType | null {
  const match = SIGNATURES.find((s) => s.bytes.length <= bytes.length && s.bytes.every((b, i) => bytes[i] === b));
  return match?.type ?? null;
}

export function extensionOf(type: AllowedContentType): string {
  return SIGNATURES.find((s) => s.type === type)?.extension ?? 'bin';
}
