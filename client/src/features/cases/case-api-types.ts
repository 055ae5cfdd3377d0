// Types of the case view's parts, as the server defines them.
export type { CaseView, EvaluationView, EventView, ItemView, MaterialView } from '../../../../server/src/cases/case-view';
