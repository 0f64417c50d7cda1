import { Button, Drawer, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** What closing shows, such as "Show 24 co-ops". */
  showLabel: string;
  children: ReactNode;
}

/**
 * The search filters on a phone, over the results rather than above them. Filters apply as they
 * are chosen (the URL changes behind the drawer); the button at the foot goes back to the
 * results. Loaded only when someone opens it.
 */
export default function FiltersDrawer({ opened, onClose, showLabel, children }: Props) {
  const { t } = useTranslation('search');
  return (
    <Drawer.Root opened={opened} onClose={onClose} position="bottom" size="90%" id="search-filters">
      <Drawer.Overlay />
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t('filters.title')}</Drawer.Title>
          <Drawer.CloseButton aria-label={t('filters.close')} />
        </Drawer.Header>
        <Drawer.Body>
          <Stack gap="lg" pb="xl">
            {children}
            <Button onClick={onClose} fullWidth>
              {showLabel}
            </Button>
          </Stack>
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
