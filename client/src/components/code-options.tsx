// Codes of a shared code list (statuses …) as <option>s labelled in the screen's language; a code the
// list does not know shows as itself. For the "move to" pickers of parcels and case items.
import { labelOf } from '../app/i18n';
import { useI18n } from '../app/locale';

interface Props<T extends string> {
  codes: readonly T[];
  list: readonly { code: string; labelZh: string; labelEn: string }[];
}

export function CodeOptions<T extends string>({ codes, list }: Props<T>) {
  const { locale } = useI18n();
  return codes.map((code) => {
    const item = list.find((x) => x.code === code);
    return (
      <option key={code} value={code}>
        {item ? labelOf(item, locale) : code}
      </option>
    );
  });
}
