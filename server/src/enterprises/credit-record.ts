// A credit record as the API gives it (守信 kept / 失信 broken), shared by the server and the client.
export interface CreditRecord {
  id: string;
  kind: 'kept' | 'broken';
  commitmentId: string;
  parcelCode: string;
  indicatorKey: string | null;
  committedValue: number | null;
  actualValue: number | null;
  margin: number | null;
  reason: string;
  /** ISO 8601. */
  decidedAt: string;
}
