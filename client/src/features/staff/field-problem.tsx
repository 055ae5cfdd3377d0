// A form field's problem under it, tied to the input by aria-describedby.
import { useI18n } from '../../app/locale';
import type { FieldProblem } from './editor-model';

export function FieldProblemText({ id, problem }: { id: string; problem: FieldProblem | undefined }) {
  const { t } = useI18n();
  if (!problem) return null;
  return (
    <span id={id} className="field-problem" role="alert">
      {t(`staff.problem.${problem}`)}
    </span>
  );
}
