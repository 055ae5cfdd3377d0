// RFC 6266 with an RFC 8187 UTF-8 name, so Chinese file names survive and old clients get an ASCII one.
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}
