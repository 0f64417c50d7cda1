import { Button, Group, NumberInput, TextInput } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The place and distance. The place goes into the URL when the person is done with it (Enter or
 * leaving the box), not on every key; a place changed elsewhere replaces the draft.
 */
export function NearFilter({
  near,
  radiusKm,
  error,
  onChange,
}: {
  near: string;
  radiusKm: number;
  error: string | undefined;
  onChange: (near: string, radiusKm: number) => void;
}) {
  const { t } = useTranslation('search');
  const [draft, setDraft] = useState(near);
  // A place set elsewhere (Back, a shared link) replaces the draft; the field is not remounted,
  // so the distance being typed beside it is not lost when the place is committed on blur.
  const [shown, setShown] = useState(near);
  if (near !== shown) {
    setShown(near);
    setDraft(near);
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onChange(draft, radiusKm);
      }}
    >
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('filters.near')}
          placeholder={t('filters.nearPlaceholder')}
          leftSection={<IconMapPin size={16} />}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onBlur={() => draft !== near && onChange(draft, radiusKm)}
          error={error}
        />
        <NumberInput
          label={t('filters.within')}
          w={110}
          min={1}
          max={1000}
          value={radiusKm}
          onChange={(v) => typeof v === 'number' && v >= 1 && v <= 1000 && onChange(draft, v)}
        />
        {/* Two fields and no button would leave Enter doing nothing (HTML implicit submission). */}
        <Button type="submit" variant="default">
          {t('filters.apply')}
        </Button>
      </Group>
    </form>
  );
}
