// Choose a file by dropping it or with the system picker (a real <input type="file">, so it works
// from the keyboard and with screen readers; its label is what shows, and shows its focus).
import { useId, useState } from 'react';
import { useI18n } from '../../app/locale';
import { formatNumber } from '../../lib/format';

interface Props {
  file: File | null;
  accept: string;
  hint: string;
  onFile(file: File): void;
  testId?: string;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

export function FileDrop({ file, accept, hint, onFile, testId }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [over, setOver] = useState(false);
  return (
    <div
      className="file-drop"
      data-over={over || undefined}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const dropped = e.dataTransfer.files[0];
        if (dropped) onFile(dropped);
      }}
    >
      <p className="file-drop-lead">{t('staff.upload.drop')}</p>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept={accept}
        data-testid={testId}
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          if (chosen) onFile(chosen);
          e.target.value = '';
        }}
      />
      <label htmlFor={id} className="button button-secondary">
        {t('staff.upload.choose')}
      </label>
      <p className="fine-print">{hint}</p>
      {file && (
        <p className="file-chosen" data-testid="chosen-file">
          {t('staff.upload.chosen', { name: file.name, size: formatBytes(file.size) })}
        </p>
      )}
    </div>
  );
}
