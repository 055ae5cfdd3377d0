// The CJK font every PDF uses: WenQuanYi Micro Hei, vendored in fixtures/fonts (provenance and the
// reasons for this font in fixtures/fonts/README.md). Read from the repository, never from
// /usr/share/fonts and never downloaded (offline rule).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CJK_FONT_PATH = fileURLToPath(new URL('../../../fixtures/fonts/wqy-microhei.ttc', import.meta.url));

/** Names our documents use with doc.font(). */
export const CJK_FONT = 'cjk';
export const CJK_MONO_FONT = 'cjk-mono';

// PostScript names of the two faces inside the TrueType collection.
const FACES = { [CJK_FONT]: 'WenQuanYiMicroHei', [CJK_MONO_FONT]: 'WenQuanYiMicroHeiMono' } as const;

let fontBytes: Buffer | undefined;

export function registerCjkFonts(doc: PDFKit.PDFDocument): void {
  fontBytes ??= readFileSync(CJK_FONT_PATH);
  for (const [name, face] of Object.entries(FACES)) doc.registerFont(name, fontBytes, face);
}
