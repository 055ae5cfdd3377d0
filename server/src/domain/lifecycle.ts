// Lifecycle moves of a published parcel (domain.md §1), and who may make them. Publishing itself
// moves 储备 → 已发布 (see workflow.ts); a transfer (已出让) will come from a signed commitment.
import type { ParcelStatus } from './parcel-status';

export interface LifecycleMove {
  from: readonly ParcelStatus[];
  roles: readonly string[];
}

export const LIFECYCLE_MOVES: Partial<Record<ParcelStatus, LifecycleMove>> = {
  // 流拍: a listing that found no bidder goes back to published.
  published: { from: ['reserve', 'listed'], roles: ['admin', 'publisher'] },
  listed: { from: ['published'], roles: ['admin', 'publisher'] },
  transferred: { from: ['listed'], roles: ['admin', 'publisher'] },
  under_construction: { from: ['transferred'], roles: ['admin', 'publisher', 'agent'] },
  completed: { from: ['under_construction'], roles: ['admin', 'publisher', 'agent'] },
  output_reviewed: { from: ['completed'], roles: ['admin', 'publisher'] },
  withdrawn: { from: ['reserve', 'published', 'listed'], roles: ['admin', 'publisher'] },
};
