import { NativeSelect } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/i18n';
import { useLanguageNames } from '../../i18n/useLanguageNames';

/**
 * The language switch: a native select, which every phone and screen reader already knows how to
 * work, listing each language by its own name. The choice is kept in this browser (i18n.ts).
 */
export function LanguageSelect({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t, i18n } = useTranslation('app');
  const names = useLanguageNames();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      leftSection={<IconLanguage size={16} aria-hidden />}
      size="sm"
      w={fullWidth ? undefined : 130}
      value={i18n.resolvedLanguage}
      onChange={(event) => void i18n.changeLanguage(event.currentTarget.value)}
    >
      {/* Each option is in its own language, which a screen reader should pronounce as such. */}
      {LANGUAGES.map((tag) => (
        <option key={tag} value={tag} lang={tag}>
          {names[tag] ?? tag}
        </option>
      ))}
    </NativeSelect>
  );
}
