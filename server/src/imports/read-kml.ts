// KML through @xmldom/xmldom + @tmcw/togeojson. DOCTYPE and ENTITY declarations are refused before
// parsing (xmldom does not fetch external entities, but an internal entity can still expand a
// billion laughs, and no KML needs either). KML coordinates are WGS84 lon/lat by definition
// (OGC 07-147r2); they are stored as CGCS2000 with a warning (the two differ by centimetres).
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { decodeText } from './decode-text';
import { bilingual, failure, fileWarning } from './import-result';
import type { ImportFailure, ImportOverrides } from './import-types';
import type { RawRead } from './normalise-features';

const DECLARATION = /<!\s*(?:DOCTYPE|ENTITY)/i;
/** Styling togeojson copies into properties; not parcel attributes. */
const STYLE_KEY = /^(?:styleUrl|styleHash|styleMap|stroke|fill|icon|label|visibility)/;

class XmlError extends Error {}

function placemarkProperties(properties: Record<string, unknown> | null): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties ?? {}).filter(([key]) => !STYLE_KEY.test(key)));
}

export function readKml(bytes: Buffer, overrides: ImportOverrides): RawRead | ImportFailure {
  const decoded = decodeText(bytes, overrides.encoding);
  if (!decoded.ok) return failure('ENCODING', decoded.message);
  if (DECLARATION.test(decoded.text)) {
    return failure('XXE', bilingual('KML含DOCTYPE或ENTITY声明，已拒绝', 'the KML declares a DOCTYPE or ENTITY and is refused'));
  }
  let doc;
  try {
    doc = new DOMParser({
      onError(level, message) {
        if (level !== 'warning') throw new XmlError(message);
      },
    }).parseFromString(decoded.text, 'text/xml');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure('XML_INVALID', bilingual(`XML格式错误：${detail}`, `malformed XML: ${detail}`));
  }
  if (doc.documentElement?.localName !== 'kml') {
    return failure('UNSUPPORTED_FORMAT', bilingual('XML文件不是KML', `the XML root is <${doc.documentElement?.localName ?? ''}>, not <kml>`));
  }
  let collection: ReturnType<typeof kml>;
  try {
    collection = kml(doc);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure('XML_INVALID', bilingual(`KML内容无法转换：${detail}`, `cannot convert the KML: ${detail}`));
  }
  return {
    format: 'kml',
    features: collection.features.map((f, i) => ({ index: i + 1, properties: placemarkProperties(f.properties), geometry: f.geometry })),
    stated: { srid: 4490, source: 'kml' },
    encoding: decoded.encoding,
    issues: [fileWarning('WGS84_AS_CGCS2000')],
  };
}
