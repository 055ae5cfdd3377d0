// Reading our PDFs back with independent tools: poppler's pdftotext (is the Chinese text really
// there, as text?), pdftoppm (what does the page look like?) and jsQR (does the printed code scan?).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export const HAS_POPPLER = ['pdftotext', 'pdftoppm', 'pdffonts'].every((tool) => spawnSync(tool, ['-v']).error === undefined);
export const POPPLER_MISSING = 'poppler-utils (pdftotext, pdftoppm, pdffonts) is not installed';

const ARTIFACTS = fileURLToPath(new URL('../../artifacts/pdf/', import.meta.url));

function withFile<T>(pdf: Buffer, use: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'sla-pdf-'));
  try {
    const path = join(dir, 'doc.pdf');
    writeFileSync(path, pdf);
    return use(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of each page, in content order (pdftotext -raw keeps our spaces: 第 1 页 共 2 页). */
export function pdfPages(pdf: Buffer): string[] {
  const text = withFile(pdf, (path) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
  return text.split('\f').slice(0, -1);
}

/** Font lines of pdffonts: name, type, encoding, embedded, subset, unicode map. */
export function pdfFonts(pdf: Buffer): string[] {
  return withFile(pdf, (path) => execFileSync('pdffonts', [path], { encoding: 'utf8' }))
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
}

export function renderPagePng(pdf: Buffer, page: number): Buffer {
  return withFile(pdf, (path, dir) => {
    execFileSync('pdftoppm', ['-r', '100', '-png', '-f', String(page), '-l', String(page), '-singlefile', path, join(dir, 'page')]);
    return readFileSync(join(dir, 'page.png'));
  });
}

export function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data ?? null;
}

/** Keeps a sample of what a test rendered under the git-ignored tests/artifacts/. */
export function saveArtifact(name: string, bytes: Uint8Array): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, name), bytes);
}

/** Text without whitespace: table cells wrap at widths the test should not depend on. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
