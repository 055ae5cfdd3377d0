// Input limits of the import readers, in one place so the HTTP layer (multer fileSize), the client
// and the tests use the same numbers (security.md "Bad geometry and files").

/** Largest upload; one byte more is refused with 413 TOO_LARGE before anything is parsed. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Features (records, parcels, CSV rows) per file: TOO_MANY_FEATURES. */
export const MAX_FEATURES = 50_000;
/** Positions per feature, closing positions included: TOO_MANY_VERTICES on that feature. */
export const MAX_VERTICES_PER_FEATURE = 100_000;
/** Positions per file (security.md: a vertex cap per feature and per request). */
export const MAX_VERTICES_PER_FILE = 5_000_000;

/** Zip limits (libraries.md §1, yauzl row); counted while inflating, because headers can lie. */
export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  /** Per-entry inflated / compressed size. */
  maxRatio: number;
  /** The ratio is enforced only above this inflated size: a blank-padded DBF of a few KB can
   *  legitimately compress 300:1, while a bomb has to be large to do harm. */
  ratioFloorBytes: number;
}

export const ZIP_LIMITS: Readonly<ZipLimits> = {
  maxEntries: 20,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

/** Shapefile parts accepted inside a zip; anything else is ZIP_ENTRY_FORBIDDEN. */
export const SHAPEFILE_EXTENSIONS = ['.shp', '.shx', '.dbf', '.prj', '.cpg'] as const;

/** Output precision of imported lon/lat: 1e-9° ≈ 0.1 mm, finer than any survey. */
export const LONLAT_DECIMALS = 9;
