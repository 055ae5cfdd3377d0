// File extension and media type of each export, for the route's Content-Type and file name.
export const EXPORT_FORMATS = {
  geojson: { extension: '.geojson', mediaType: 'application/geo+json' },
  shapefile: { extension: '.zip', mediaType: 'application/zip' },
  txt: { extension: '.txt', mediaType: 'text/plain; charset=GBK' },
  csv: { extension: '.csv', mediaType: 'text/csv; charset=utf-8' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;
