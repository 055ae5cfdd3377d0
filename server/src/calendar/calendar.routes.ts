import { Router, type ErrorRequestHandler } from 'express';
import { HttpError } from '../http/http-error';
import { intParam, rejectUnknownParams, stringParam, type RawQuery } from '../http/query-params';
import { isIsoDate, todayInBeijing, type IsoDate } from './iso-date';
import { addWorkdays, CalendarNotCoveredError, coveredYears, dayKind, workdaysBetween } from './working-days';

const MAX_DAYS = 1000;

/** Mount with `app.use('/api/calendar', calendarRouter())`; `now` is for tests. */
export function calendarRouter(now: () => Date = () => new Date()): Router {
  const router = Router();

  router.get('/add-workdays', (req, res) => {
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['from', 'days']);
    const from = dateParam(query, 'from');
    const days = intParam(query, 'days', -MAX_DAYS, MAX_DAYS) ?? missing('days');
    res.json({ date: addWorkdays(from, days), from, days });
  });

  router.get('/workdays-between', (req, res) => {
    const query = req.query as RawQuery;
    rejectUnknownParams(query, ['from', 'to']);
    const from = dateParam(query, 'from');
    const to = dateParam(query, 'to');
    res.json({ workdays: workdaysBetween(from, to), from, to });
  });

  router.get('/day/:date', (req, res) => {
    rejectUnknownParams(req.query as RawQuery, []);
    res.json(dayKind(checkedDate(req.params.date, 'date')));
  });

  // A health check for the yearly update: in December, deadlines already run into next year.
  router.get('/coverage', (req, res) => {
    rejectUnknownParams(req.query as RawQuery, []);
    const years = coveredYears();
    const thisYear = Number(todayInBeijing(now()).slice(0, 4));
    res.json({ years, coversThisYear: years.includes(thisYear), coversNextYear: years.includes(thisYear + 1) });
  });

  router.use(calendarErrors);
  return router;
}

/** Turns CalendarNotCoveredError into 422 CALENDAR_NOT_COVERED; other routers that use the calendar can mount it too. */
export const calendarErrors: ErrorRequestHandler = (err, _req, _res, next) => {
  if (!(err instanceof CalendarNotCoveredError)) return next(err);
  next(new HttpError(422, 'CALENDAR_NOT_COVERED', err.message, { date: err.date, year: err.year, coveredYears: err.coveredYears }));
};

function dateParam(query: RawQuery, param: string): IsoDate {
  return checkedDate(stringParam(query, param) ?? missing(param), param);
}

function checkedDate(value: string, param: string): IsoDate {
  if (!isIsoDate(value)) throw new HttpError(400, 'INVALID_DATE', `"${param}" must be a date written YYYY-MM-DD.`, { param });
  return value;
}

function missing(param: string): never {
  throw new HttpError(400, 'MISSING_PARAMETER', `"${param}" is required.`, { param });
}
