import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Autocomplete, Badge, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterestKind, InterestVisibility } from '../../gql/graphql';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { AddInterestMutation, InterestOptionsQuery, MyInterestsQuery, RemoveInterestMutation, SetInterestVisibilityMutation } from './graphql';
import { kindOptions, visibilityOptions } from './labels';

/** /account/interests: common ground, each interest with who may see it (only me, to begin with). */
export function InterestsPage() {
  const { t } = useTranslation('common-ground');
  usePageTitle(t('interests.title'));
  return (
    <RequireSignIn reason={t('interests.signIn')}>
      <Interests />
    </RequireSignIn>
  );
}

function Interests() {
  const { data, loading, error, refetch } = useQuery(MyInterestsQuery);
  const [setVisibility] = useMutation(SetInterestVisibilityMutation);
  const [remove] = useMutation(RemoveInterestMutation, { refetchQueries: [MyInterestsQuery] });
  const { t } = useTranslation('common-ground');
  const visibilities = useMemo(() => visibilityOptions(t), [t]);
  if (loading && !data) return <Loading label={t('interests.loading')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const interests = data?.viewer?.interests ?? [];
  return (
    <Stack maw={760} px={{ base: 'xs', sm: 0 }}>
      <Title order={1}>{t('interests.heading')}</Title>
      <Text c="dimmed">{t('interests.intro')}</Text>
      <AddInterest />
      {interests.length === 0 ? (
        <Text c="dimmed">{t('interests.none')}</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('interests.list')}>
          {interests.map((interest) => (
            <Card key={interest.id} withBorder padding="xs" component="li">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Group gap="xs">
                  <Badge variant="light">{t(`kind.${interest.kind}`)}</Badge>
                  <Text fw={600}>{interest.label}</Text>
                </Group>
                <Group gap="xs" wrap="nowrap">
                  <Select
                    size="xs"
                    aria-label={t('interests.whoMaySee', { interest: interest.label })}
                    data={visibilities}
                    value={interest.visibility}
                    allowDeselect={false}
                    onChange={(value) => value && void setVisibility({ variables: { input: { id: interest.id, visibility: value as InterestVisibility } } })}
                    w={200}
                  />
                  <Button size="xs" variant="subtle" color="red" aria-label={t('interests.remove', { interest: interest.label })} onClick={() => void remove({ variables: { id: interest.id } })}>
                    <IconTrash size={16} />
                  </Button>
                </Group>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function AddInterest() {
  const { t } = useTranslation('common-ground');
  const kinds = useMemo(() => kindOptions(t), [t]);
  const visibilities = useMemo(() => visibilityOptions(t), [t]);
  const [kind, setKind] = useState<InterestKind>('TEAM');
  const [label, setLabel] = useState('');
  const [visibility, setVisibility] = useState<InterestVisibility>('ONLY_ME');
  const [problem, setProblem] = useState<string | null>(null);
  const [typed] = useDebouncedValue(label.trim(), 200);
  const vocabulary = kind === 'COUNTRY' || kind === 'LANGUAGE';
  const options = useQuery(InterestOptionsQuery, { variables: { kind, text: typed }, skip: !vocabulary && typed.length < 2 });
  const [add, state] = useMutation(AddInterestMutation, { refetchQueries: [MyInterestsQuery] });
  return (
    <Card withBorder>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const { data } = await add({ variables: { input: { kind, label, visibility } } });
          const error = data?.addInterest.errors[0];
          setProblem(error?.message ?? null);
          if (!error) setLabel('');
        }}
      >
        <Stack gap="xs">
          <Group align="flex-end" wrap="wrap" gap="xs">
            <Select label={t('add.kind')} data={kinds} value={kind} onChange={(v) => v && setKind(v as InterestKind)} allowDeselect={false} w={220} />
            <Autocomplete
              label={vocabulary ? t('add.fromList') : t('add.ownWords')}
              value={label}
              onChange={setLabel}
              data={[...new Set((options.data?.interestOptions ?? []).map((o) => o.label))]}
              error={problem}
              maxLength={80}
              w={260}
            />
            <Select label={t('add.whoMaySee')} data={visibilities} value={visibility} onChange={(v) => v && setVisibility(v as InterestVisibility)} allowDeselect={false} w={200} />
            <Button type="submit" loading={state.loading} disabled={label.trim().length < 2}>
              {t('add.add')}
            </Button>
          </Group>
          {!vocabulary && (
            <Text size="xs" c="dimmed">
              {t('add.shortForms')}
            </Text>
          )}
        </Stack>
      </form>
      {problem === null && visibility === 'ONLY_ME' && (
        <Alert mt="xs" color="gray" variant="light">
          {t('add.private')}
        </Alert>
      )}
    </Card>
  );
}
