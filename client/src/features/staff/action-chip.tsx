// What the commit will do with a previewed feature: 新建 / 更新 / 跳过, with the map's colour and
// line (skip is dashed there and here), never colour alone.
import { useI18n } from '../../app/locale';
import { PREVIEW_ACTION_STYLES, type PreviewAction } from '../../map/import-preview-layer';

export function ActionChip({ action }: { action: PreviewAction }) {
  const { t } = useI18n();
  const { color, dashed } = PREVIEW_ACTION_STYLES[action];
  return (
    <span className={`action-chip action-${action}`} data-action={action}>
      <span className={dashed ? 'swatch swatch-dashed' : 'swatch'} style={{ backgroundColor: color, borderColor: color }} aria-hidden="true" />
      {t(`staff.action.${action}`)}
    </span>
  );
}
