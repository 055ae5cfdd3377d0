import { useState } from 'react';
import { useI18n } from '../../app/locale';
import { Dialog } from '../../components/dialog';
import type { BasemapSettings } from './settings-store';

export function SettingsDialog({ open, settings, onSave, onClose }: { open: boolean; settings: BasemapSettings; onSave(settings: BasemapSettings): void; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('settings.title')} open={open} onClose={onClose}>
      <SettingsForm settings={settings} onSave={onSave} onClose={onClose} />
    </Dialog>
  );
}

function SettingsForm({ settings, onSave, onClose }: { settings: BasemapSettings; onSave(settings: BasemapSettings): void; onClose(): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(settings);
  return (
    <form
      className="settings-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
        onClose();
      }}
    >
      <fieldset>
        <legend>{t('settings.onlineBasemap')}</legend>
        <p className="fine-print">{t('settings.onlineHint')}</p>
        <label className="checkbox">
          <input type="checkbox" checked={draft.enabled} onChange={(e) => setDraft({ ...draft, enabled: e.target.checked })} />
          <span>{t('settings.enable')}</span>
        </label>
        <label className="field">
          <span>{t('settings.token')}</span>
          <input type="text" autoComplete="off" spellCheck={false} value={draft.token} onChange={(e) => setDraft({ ...draft, token: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('settings.layer')}</span>
          <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value === 'img' ? 'img' : 'vec' })}>
            <option value="vec">{t('settings.layerVec')}</option>
            <option value="img">{t('settings.layerImg')}</option>
          </select>
        </label>
      </fieldset>
      <p className="fine-print">{t('settings.basemapNote')}</p>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button">
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
