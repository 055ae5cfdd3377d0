import type { RequestHandler } from 'express';
import multer from 'multer';
import { HttpError } from '../http/http-error';
import { MAX_FILE_BYTES } from '../imports';

// The file is kept in memory (≤ 100 MB) and never written to a path taken from the upload.
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 8, parts: 10 } });

/** multer's `single('file')` with its errors as problem+json: 413 TOO_LARGE past the size limit. */
export const singleFileUpload: RequestHandler = (req, res, next) => {
  upload.single('file')(req, res, (err: unknown) => {
    if (!err) return next();
    const code = (err as { code?: string }).code;
    if (code === 'LIMIT_FILE_SIZE') {
      return next(new HttpError(413, 'TOO_LARGE', `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`, { param: 'file' }));
    }
    return next(new HttpError(400, 'UPLOAD_INVALID', `The upload could not be read (${code ?? 'multipart error'}).`, { param: 'file' }));
  });
};
