// What sessionMiddleware adds to Express's Request (global augmentation of @types/express).
import type { SessionUser } from './user';

export interface RequestSession {
  /** SHA-256 of the session id: the sessions table's key. */
  idHash: string;
  csrfToken: string;
  /** The absolute end of the session (the idle timeout may end it sooner). */
  expiresAt: Date;
}

declare global {
  namespace Express {
    interface Request {
      /** The signed-in user; undefined for anonymous requests (investors browsing published data). */
      user?: SessionUser;
      userSession?: RequestSession;
    }
  }
}
