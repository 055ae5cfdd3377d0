// Zip entries into memory buffers, with limits counted while inflating (libraries.md §1): header
// sizes can lie, so every byte is counted against the entry's own claim, the ratio and the total.
// Entries are never written to disk, and names with .., absolute paths or backslashes are refused.
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { bilingual, failure } from './import-result';
import type { ImportFailure } from './import-types';
import { SHAPEFILE_EXTENSIONS, ZIP_LIMITS, type ZipLimits } from './limits';

export type ZipRead = { ok: true; entries: Map<string, Buffer> } | ImportFailure;

class ZipLimitError extends Error {}

/** yauzl's own file-name checks (strictFileNames) fail the whole archive with these messages. */
const FORBIDDEN_NAME = /^(?:invalid characters in fileName|absolute path|invalid relative path)/;

/**
 * Entries skipped unread: macOS Finder's resource forks (__MACOSX/._x.shp), and the spatial-index and
 * metadata files ArcGIS writes beside every Shapefile (.sbn, .sbx, .shp.xml, .qix), which we never need.
 */
function isIgnorableEntry(fileName: string): boolean {
  const base = (fileName.split('/').pop() ?? '').toLowerCase();
  return fileName.startsWith('__MACOSX/') || base.startsWith('._') || /\.(sbn|sbx|qix|shp\.xml)$/.test(base);
}

function extensionOf(fileName: string): string {
  const base = fileName.split('/').pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot).toLowerCase();
}

function forbidden(zh: string, en: string): ImportFailure {
  return failure('ZIP_ENTRY_FORBIDDEN', bilingual(zh, en));
}

function bomb(zh: string, en: string): ImportFailure {
  return failure('ZIP_BOMB', bilingual(zh, en));
}

function checkEntry(entry: Entry, limits: ZipLimits): ImportFailure | null {
  const name = entry.fileName;
  if (name.includes('\\') || name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.split('/').includes('..')) {
    return forbidden(`压缩包含非法路径：${name}`, `forbidden path in zip: ${name}`);
  }
  if (!(SHAPEFILE_EXTENSIONS as readonly string[]).includes(extensionOf(name))) {
    return forbidden(`压缩包含不允许的文件类型：${name}（只允许${SHAPEFILE_EXTENSIONS.join(' ')}）`, `unexpected file in zip: ${name} (allowed: ${SHAPEFILE_EXTENSIONS.join(' ')})`);
  }
  if (entry.isEncrypted()) return failure('ZIP_INVALID', bilingual(`压缩包文件已加密：${name}`, `encrypted zip entry: ${name}`));
  const { uncompressedSize, compressedSize } = entry;
  if (uncompressedSize > limits.ratioFloorBytes && uncompressedSize > limits.maxRatio * compressedSize) {
    return bomb(`${name}压缩比超过${limits.maxRatio}`, `${name} claims a compression ratio above ${limits.maxRatio}`);
  }
  return null;
}

async function inflate(zip: ZipFile, entry: Entry, limits: ZipLimits, totalSoFar: number): Promise<Buffer> {
  const stream: Readable = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let size = 0;
  const ratioCap = Math.max(limits.ratioFloorBytes, limits.maxRatio * entry.compressedSize);
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > ratioCap || totalSoFar + size > limits.maxTotalBytes) {
      stream.destroy();
      throw new ZipLimitError(entry.fileName);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

async function readEntries(zip: ZipFile, limits: ZipLimits): Promise<ZipRead> {
  const entries = new Map<string, Buffer>();
  let total = 0;
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith('/') || isIgnorableEntry(entry.fileName)) continue;
    const problem = checkEntry(entry, limits);
    if (problem) return problem;
    if (entries.has(entry.fileName)) return forbidden(`压缩包含重名文件：${entry.fileName}`, `duplicate zip entry: ${entry.fileName}`);
    if (total + entry.uncompressedSize > limits.maxTotalBytes) {
      return bomb(`解压后总大小超过${limits.maxTotalBytes}字节`, `inflated size exceeds ${limits.maxTotalBytes} bytes`);
    }
    try {
      const bytes = await inflate(zip, entry, limits, total);
      total += bytes.length;
      entries.set(entry.fileName, bytes);
    } catch (error) {
      if (error instanceof ZipLimitError) return bomb(`${entry.fileName}解压时超过大小或压缩比上限`, `${entry.fileName} inflates past the size or ratio limit`);
      throw error;
    }
  }
  return { ok: true, entries };
}

export async function readZip(bytes: Buffer, limits: ZipLimits = ZIP_LIMITS): Promise<ZipRead> {
  let zip: ZipFile | undefined;
  try {
    // strictFileNames: a backslash is an error, not silently turned into a path separator.
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true, decodeStrings: true });
    if (zip.entryCount > limits.maxEntries) {
      return forbidden(`压缩包含${zip.entryCount}个文件，超过${limits.maxEntries}个`, `${zip.entryCount} entries in the zip, more than ${limits.maxEntries}`);
    }
    return await readEntries(zip, limits);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (FORBIDDEN_NAME.test(detail)) return forbidden(`压缩包含非法路径：${detail}`, `forbidden path in zip: ${detail}`);
    // validateEntrySizes: the stream ran past the size the header claimed (a lying header).
    if (/too many bytes in the stream/.test(detail)) return bomb(`压缩包头部大小与实际不符：${detail}`, `zip header lies about a size: ${detail}`);
    return failure('ZIP_INVALID', bilingual(`压缩包无法读取：${detail}`, `unreadable zip: ${detail}`));
  } finally {
    zip?.close();
  }
}
