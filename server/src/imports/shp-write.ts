// .shp and .shx for Polygon records (ESRI Shapefile Technical Description, 1998): big-endian
// record headers, little-endian content, outer rings clockwise and holes counter-clockwise.
import type { MultiPolygon, Position } from 'geojson';
import { orientRing } from './orient-ring';

const FILE_CODE = 9994;
const VERSION = 1000;
const SHAPE_NULL = 0;
const SHAPE_POLYGON = 5;
const HEADER_BYTES = 100;
const RECORD_HEADER_BYTES = 8;

type Box = [number, number, number, number];

function boxOf(points: readonly Position[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of points) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

function recordContent(geometry: MultiPolygon): Buffer {
  const rings = geometry.coordinates.flatMap((polygon) => polygon.map((ring, i) => orientRing(ring, i !== 0)));
  const points = rings.flat();
  if (points.length === 0) {
    const empty = Buffer.alloc(4);
    empty.writeInt32LE(SHAPE_NULL, 0);
    return empty;
  }
  const content = Buffer.alloc(44 + 4 * rings.length + 16 * points.length);
  content.writeInt32LE(SHAPE_POLYGON, 0);
  boxOf(points).forEach((v, i) => content.writeDoubleLE(v, 4 + 8 * i));
  content.writeInt32LE(rings.length, 36);
  content.writeInt32LE(points.length, 40);
  let start = 0;
  rings.forEach((ring, i) => {
    content.writeInt32LE(start, 44 + 4 * i);
    start += ring.length;
  });
  const pointsAt = 44 + 4 * rings.length;
  points.forEach(([x = 0, y = 0], i) => {
    content.writeDoubleLE(x, pointsAt + 16 * i);
    content.writeDoubleLE(y, pointsAt + 16 * i + 8);
  });
  return content;
}

function fileHeader(fileBytes: number, box: Box): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeInt32BE(FILE_CODE, 0);
  header.writeInt32BE(fileBytes / 2, 24); // lengths count 16-bit words
  header.writeInt32LE(VERSION, 28);
  header.writeInt32LE(SHAPE_POLYGON, 32);
  box.forEach((v, i) => header.writeDoubleLE(v, 36 + 8 * i));
  return header;
}

export function writeShpShx(geometries: readonly MultiPolygon[]): { shp: Buffer; shx: Buffer } {
  const contents = geometries.map(recordContent);
  const all = geometries.flatMap((g) => g.coordinates.flat(2));
  const box: Box = all.length > 0 ? boxOf(all) : [0, 0, 0, 0];
  const shpParts: Buffer[] = [];
  const index = Buffer.alloc(8 * contents.length);
  let offset = HEADER_BYTES;
  contents.forEach((content, i) => {
    const recordHeader = Buffer.alloc(RECORD_HEADER_BYTES);
    recordHeader.writeInt32BE(i + 1, 0);
    recordHeader.writeInt32BE(content.length / 2, 4);
    shpParts.push(recordHeader, content);
    index.writeInt32BE(offset / 2, 8 * i);
    index.writeInt32BE(content.length / 2, 8 * i + 4);
    offset += RECORD_HEADER_BYTES + content.length;
  });
  return {
    shp: Buffer.concat([fileHeader(offset, box), ...shpParts]),
    shx: Buffer.concat([fileHeader(HEADER_BYTES + index.length, box), index]),
  };
}
