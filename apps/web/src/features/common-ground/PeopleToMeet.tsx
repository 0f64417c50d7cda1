import { useQuery } from '@apollo/client/react';
import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, LoadError } from '../../lib/QueryState';
import { PeopleToMeetQuery } from './graphql';

/** "People you could talk to" at a meeting: usefulness first, then common ground, each with its reasons. */
export function PeopleToMeet({ meetingId }: { meetingId: string }) {
  const { data, loading, error, refetch } = useQuery(PeopleToMeetQuery, { variables: { id: meetingId } });
  const { t } = useTranslation('common-ground');
  if (loading && !data) return <Loading label={t('people.loading')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const people = data?.meeting?.peopleToMeet ?? [];
  const noInterests = (data?.viewer?.interests.length ?? 0) === 0;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('people.heading')}
        </Title>
        {people.length === 0 ? (
          <Text c="dimmed">{t('people.none')}</Text>
        ) : (
          <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
            {people.map((p) => (
              <li key={p.userId}>
                <Text fw={600}>
                  {p.displayName}
                  {p.coop && (
                    <>
                      {' · '}
                      <Anchor component={Link} to={`/coops/${p.coop.slug}`} fw={400}>
                        {p.coop.name}
                      </Anchor>
                    </>
                  )}
                </Text>
                <List size="sm">
                  {p.reasons.map((reason) => (
                    <List.Item key={reason}>{reason}</List.Item>
                  ))}
                </List>
              </li>
            ))}
          </Stack>
        )}
        {noInterests && (
          <Text size="sm">
            <Trans t={t} i18nKey="people.addInterests" components={{ add: <Anchor component={Link} to="/account/interests" /> }} />
          </Text>
        )}
      </Stack>
    </Card>
  );
}
