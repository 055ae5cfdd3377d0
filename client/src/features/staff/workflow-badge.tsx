// A record's review state (草稿, 待审核 …) as a labelled chip; the shape of the chip, not only its
// colour, tells the states apart (rejected and withdrawn are outlined).
import { WORKFLOW_STATES, type WorkflowState } from '../../../../server/src/domain/workflow';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';

export function WorkflowBadge({ state }: { state: WorkflowState }) {
  const { locale } = useI18n();
  const item = WORKFLOW_STATES.find((s) => s.code === state);
  return (
    <span className={`workflow-badge workflow-${state}`} data-workflow={state}>
      {item ? labelOf(item, locale) : state}
    </span>
  );
}
