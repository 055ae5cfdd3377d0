// Every reason an import can fail or warn, with the HTTP status it fails with and a description in
// Chinese and English. One list (terra-draw style): the readers, the UI, the OpenAPI document and
// the tests all name these constants. `status: null` marks codes that only ever appear as issues.
// Broken structure is 400 (security.md: the bad-geometry corpus → 400 with code); well-formed input
// that cannot be used (CRS, range, encoding, emptiness) is 422; limits are 413.
// The CRS codes mirror geo/detect-crs CRS_REASONS, so a detection failure passes through unchanged.

interface ReasonInfo {
  status: 400 | 413 | 422 | null;
  zh: string;
  en: string;
}

export const IMPORT_REASONS = {
  TOO_LARGE: { status: 413, zh: '文件超过大小上限', en: 'The file exceeds the size limit' },
  TOO_MANY_FEATURES: { status: 413, zh: '要素（记录）数量超过上限', en: 'Too many features (records)' },
  TOO_MANY_VERTICES: { status: 413, zh: '坐标点数量超过上限（单个要素或整个文件）', en: 'Too many vertices in one feature or in the file' },
  EMPTY: { status: 422, zh: '文件中没有要素', en: 'The file holds no features' },
  UNSUPPORTED_FORMAT: { status: 400, zh: '无法识别的文件格式', en: 'Unrecognised file format' },
  ZIP_INVALID: { status: 400, zh: '压缩包损坏或无法读取', en: 'The zip archive is corrupt or unreadable' },
  ZIP_BOMB: { status: 413, zh: '压缩包解压后过大或压缩比异常（疑似压缩炸弹）', en: 'The zip inflates too far or too steeply (zip bomb)' },
  ZIP_ENTRY_FORBIDDEN: { status: 400, zh: '压缩包含不允许的文件（路径穿越、绝对路径、意外扩展名或多个图层）', en: 'The zip holds a forbidden entry (path traversal, absolute path, unexpected extension or several layers)' },
  SHP_MISSING_PART: { status: 422, zh: 'Shapefile 缺少必需文件（.shp 或 .dbf）', en: 'A required Shapefile part (.shp or .dbf) is missing' },
  SHP_INVALID: { status: 400, zh: 'Shapefile 文件结构损坏', en: 'The Shapefile is structurally corrupt' },
  ENCODING: { status: 422, zh: '文字编码无法识别或出现乱码', en: 'Text encoding is undecodable or produces mojibake' },
  XXE: { status: 400, zh: 'KML 含 DOCTYPE/ENTITY 声明（外部实体攻击风险），已拒绝', en: 'KML declares a DOCTYPE/ENTITY (external entity risk) and is refused' },
  XML_INVALID: { status: 400, zh: 'XML/KML 格式错误', en: 'Malformed XML/KML' },
  JSON_INVALID: { status: 400, zh: 'JSON 格式错误或不是 GeoJSON', en: 'Malformed JSON, or JSON that is not GeoJSON' },
  TXT_INVALID: { status: 400, zh: '报部格式坐标文件格式错误', en: 'Malformed ministry-format (报部) coordinate TXT' },
  CSV_INVALID: { status: 400, zh: 'CSV 格式错误或单元格内容无效', en: 'Malformed CSV or an invalid cell' },
  NULL_GEOMETRY: { status: 422, zh: '要素几何为空', en: 'A feature has no geometry' },
  INVALID_GEOMETRY: { status: 400, zh: '几何结构无效（环未闭合、少于4个点、非有限数值等）', en: 'Invalid geometry structure (unclosed ring, fewer than 4 positions, non-finite numbers…)' },
  MIXED_TYPES: { status: 422, zh: '含点、线等非面要素，地块只接受面', en: 'Points or lines among the polygons; parcels must be polygons' },
  Z_COORDINATES: { status: null, zh: '含Z（高程）坐标，已忽略', en: 'Z (height) coordinates were dropped' },
  OUT_OF_RANGE: { status: 422, zh: '坐标不在山西省范围内', en: 'Coordinates fall outside Shanxi' },
  AXIS_SWAPPED: { status: 422, zh: '坐标轴顺序颠倒（纬度/经度或北坐标/东坐标）', en: 'Axes are swapped (lat/lon or northing/easting)' },
  AMBIGUOUS_CRS: { status: 422, zh: '无法确定坐标系（无带号的高斯投影坐标），请指定坐标系', en: 'Cannot tell the CRS (Gauss-Krüger without zone prefix); state it' },
  MIXED_CRS: { status: 422, zh: '文件混用多个坐标系或投影带', en: 'The file mixes several coordinate systems or zones' },
  UNSUPPORTED_CRS: { status: 422, zh: '不支持的坐标系（只支持CGCS2000经纬度及3度带37/38带）', en: 'Unsupported CRS (only CGCS2000 lon/lat and 3° GK zones 37/38)' },
  WGS84_AS_CGCS2000: { status: null, zh: 'WGS84 坐标按 CGCS2000 存储（两者相差厘米级）', en: 'WGS84 coordinates stored as CGCS2000 (they differ by centimetres)' },
  ZONE_MISMATCH: { status: null, zh: '带号与坐标前缀不一致，按坐标前缀处理', en: 'The stated zone disagrees with the coordinate prefix; the prefix wins' },
  POINT_COUNT_MISMATCH: { status: null, zh: '界址点数与实际坐标点数不符', en: 'The stated point count differs from the points listed' },
  UNKNOWN_COLUMN: { status: null, zh: '未识别的列，已忽略', en: 'Unrecognised columns were ignored' },
  DUPLICATE_CODE: { status: 422, zh: '文件内地块编号重复', en: 'A parcel code repeats within the file' },
} as const satisfies Record<string, ReasonInfo>;

export type ImportReason = keyof typeof IMPORT_REASONS;
/** Codes a whole file can fail with (those with a status). */
export type ImportErrorCode = { [K in ImportReason]: (typeof IMPORT_REASONS)[K]['status'] extends null ? never : K }[ImportReason];
/** Codes a single feature or the file can be flagged with in `issues`. */
export type ImportIssueCode = ImportReason;

export const IMPORT_REASON_CODES = Object.keys(IMPORT_REASONS) as ImportReason[];
