import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconMail, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReferralDetailFieldsFragment } from '../../gql/graphql';

/** Who to contact, or why their details are not shown. */
export function ProspectCard({ referral }: { referral: ReferralDetailFieldsFragment }) {
  const { t } = useTranslation('referrals');
  const prospect = referral.prospect;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="prospect-heading">
      <Stack gap="xs">
        <Title order={2} size="h4" id="prospect-heading">
          {t('prospect.heading')}
        </Title>
        {!prospect ? (
          <Text c="dimmed" size="sm">
            {referral.stage === 'DECLINED' ? t('prospect.hidden.declined') : t('prospect.hidden.withdrawn')}
          </Text>
        ) : (
          <>
            <div>
              <Text fw={600}>{prospect.name}</Text>
              {prospect.organisation && <Text size="sm">{prospect.organisation}</Text>}
              {prospect.coop && (
                <Anchor component={Link} to={`/coops/${prospect.coop.slug}`} size="sm">
                  {t('prospect.onPrincipleSix', { coop: prospect.coop.name })}
                </Anchor>
              )}
            </div>
            {prospect.email && (
              <Group gap={6} wrap="nowrap">
                <IconMail size={16} aria-hidden />
                <Anchor href={`mailto:${prospect.email}`}>{prospect.email}</Anchor>
              </Group>
            )}
            {prospect.phone && (
              <Group gap={6} wrap="nowrap">
                <IconPhone size={16} aria-hidden />
                <Anchor href={`tel:${prospect.phone.replace(/[^\d+]/g, '')}`}>{prospect.phone}</Anchor>
              </Group>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
