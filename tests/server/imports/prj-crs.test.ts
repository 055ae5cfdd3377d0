import { describe, expect, it } from 'vitest';
import { CGCS2000_GEOGRAPHIC_WKT } from '../../../server/src/imports/cgcs2000-wkt';
import { crsFromPrj } from '../../../server/src/imports/prj-crs';

const GEOGCS = 'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const gk = (name: string, falseEasting: number, cm: number, projection = 'Gauss_Kruger') =>
  `PROJCS["${name}",${GEOGCS},PROJECTION["${projection}"],PARAMETER["False_Easting",${falseEasting}],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${cm}],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;

describe('crsFromPrj', () => {
  it('reads CGCS2000 geographic (our own export) as 4490', () => {
    expect(crsFromPrj(CGCS2000_GEOGRAPHIC_WKT)).toEqual({ ok: true, srid: 4490, wgs84: false });
  });

  it.each([
    ['CGCS2000_3_Degree_GK_Zone_37', 37_500_000, 111, 4525],
    ['CGCS2000_3_Degree_GK_Zone_38', 38_500_000, 114, 4526],
    ['CGCS2000_3_Degree_GK_CM_111E', 500_000, 111, 4546],
    ['CGCS2000 / 3-degree Gauss-Kruger CM 114E', 500_000, 114, 4547],
  ])('reads %s by its parameters → EPSG:%i', (name, fe, cm, srid) => {
    expect(crsFromPrj(gk(name, fe, cm))).toEqual({ ok: true, srid, wgs84: false });
    expect(crsFromPrj(gk(name, fe, cm, 'Transverse_Mercator'))).toMatchObject({ srid });
  });

  it('reads WKT2 from QGIS', () => {
    const wkt2 = 'PROJCRS["CGCS2000 / 3-degree Gauss-Kruger CM 114E",BASEGEOGCRS["China Geodetic Coordinate System 2000",DATUM["China 2000",ELLIPSOID["CGCS2000",6378137,298.257222101]]],CONVERSION["3-degree Gauss-Kruger CM 114E",METHOD["Transverse Mercator",ID["EPSG",9807]],PARAMETER["Latitude of natural origin",0],PARAMETER["Longitude of natural origin",114],PARAMETER["Scale factor at natural origin",1],PARAMETER["False easting",500000],PARAMETER["False northing",0]],ID["EPSG",4547]]';
    expect(crsFromPrj(wkt2)).toEqual({ ok: true, srid: 4547, wgs84: false });
  });

  it('takes WGS84 geographic as 4490 with a flag for the warning', () => {
    expect(crsFromPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]')).toEqual({ ok: true, srid: 4490, wgs84: true });
  });

  it('refuses Xian 1980, a 6-degree zone and Web Mercator', () => {
    const xian = gk('Xian_1980_3_Degree_GK_Zone_38', 38_500_000, 114).replace(/China_Geodetic_Coordinate_System_2000|D_China_2000|CGCS2000/g, 'Xian_1980');
    expect(crsFromPrj(xian)).toMatchObject({ ok: false });
    expect(crsFromPrj(gk('CGCS2000_GK_Zone_19', 19_500_000, 111))).toMatchObject({ ok: false });
    expect(crsFromPrj('PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984"]]')).toMatchObject({ ok: false });
  });
});
