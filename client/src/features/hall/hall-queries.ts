// The hall's one server question of its own: the date n working days after a date, on the
// mainland calendar with its holidays and make-up workdays (server/src/calendar).
import { useQuery } from '@tanstack/react-query';
import { getJson } from '../../lib/api';
import { addWorkdaysPath } from './deadline';

export interface WorkdayDate {
  date: string;
  from: string;
  days: number;
}

/** `from` and `days` as deadlineRequest() accepted them. */
export function useAddWorkdays(from: string, days: number) {
  return useQuery({
    queryKey: ['calendar', 'add-workdays', from, days],
    queryFn: ({ signal }) => getJson<WorkdayDate>(addWorkdaysPath(from, days), signal),
    // The holiday arrangement changes once a year, by a deployment.
    staleTime: 60 * 60_000,
    // A bad date or an uncovered year will not get better by asking again; the form offers a retry.
    retry: false,
  });
}
