// multer for material uploads: memory storage only (bytes go to the database, never to a path taken
// from the upload), one file, 20 MB; its errors become problem+json with stable codes.
import type { RequestHandler } from 'express';
import multer from 'multer';
import { HttpError } from '../http/http-error';

/** 20 MiB, the largest scan a hall window takes; migration 0007's CHECK on size_bytes says the same. */
export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;

// Browsers send file names as UTF-8 bytes; multer's default would read them as Latin-1.
const upload = multer({ storage: multer.memoryStorage(), defParamCharset: 'utf8', limits: { fileSize: MAX_MATERIAL_BYTES, files: 1, fields: 8, parts: 10, fieldSize: 1024 } });

export const materialUpload: RequestHandler = (req, res, next) => {
  upload.single('file')(req, res, (err: unknown) => {
    if (!err) return next();
    const code = (err as { code?: string }).code;
    if (code === 'LIMIT_FILE_SIZE') {
      return next(new HttpError(413, 'FILE_TOO_LARGE', `A material may be at most ${MAX_MATERIAL_BYTES / 1024 / 1024} MB.`, { param: 'file', maxBytes: MAX_MATERIAL_BYTES }));
    }
    return next(new HttpError(400, 'UPLOAD_INVALID', `The upload could not be read (${code ?? 'multipart error'}).`, { param: 'file' }));
  });
};
