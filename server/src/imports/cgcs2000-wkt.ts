// The .prj we write: ESRI WKT1 of EPSG:4490, the form ArcGIS and QGIS both read back as CGCS2000.
export const CGCS2000_GEOGRAPHIC_WKT =
  'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
