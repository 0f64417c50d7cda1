import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SearchBox } from '../search/SearchBox';

/**
 * Everyday things co-ops buy from each other, as a start for someone who has not searched yet.
 * They are searches, not prose: the directory's descriptions and categories are in English, so
 * the words stay English in every language (a Welsh word would find nothing).
 */
const EXAMPLES = ['bookkeeping', 'printing', 'catering', 'web design', 'cleaning', 'legal advice'];

/** The front page's search box: the header's own, larger, with a few searches to try. */
export function HomeSearch() {
  const { t } = useTranslation('home');
  return (
    <Stack gap={8} maw={640}>
      <SearchBox size="lg" />
      <Group gap="xs" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('hero.try')}
        </Text>
        {EXAMPLES.map((q) => (
          <Anchor key={q} component={Link} to={`/search?q=${encodeURIComponent(q)}`} size="sm">
            {q}
          </Anchor>
        ))}
      </Group>
    </Stack>
  );
}

