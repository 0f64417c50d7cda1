import { useMutation, useQuery } from '@apollo/client/react';
import { Accordion, Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconMail, IconUserCheck, IconWorldWww } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import type { ClaimFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { ViewerQuery } from '../accounts/graphql';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { CLAIM_STATUS_COLOR } from './claim-labels';
import { EmailProof } from './EmailProof';
import { ClaimQuery, WithdrawClaimMutation } from './graphql';
import { ReviewProof } from './ReviewProof';
import { WebsiteProof } from './WebsiteProof';

/** /claims/:id: a claim's status and, while open, the three ways to prove it. */
export function ClaimPage() {
  const { t } = useTranslation('claims');
  return (
    <RequireSignIn reason={t('claimPage.signInReason')}>
      <Claim />
    </RequireSignIn>
  );
}

function Claim() {
  const { t } = useTranslation('claims');
  const { formatDayAndTime } = useFormat();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ClaimQuery, { variables: { id } });
  const claim = data?.claim;
  usePageTitle(claim ? t('claimPage.pageTitleFor', { name: claim.coop.name }) : t('claimPage.pageTitle'));
  if (loading && !data) return <Loading label={t('claimPage.loading')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (!claim) return <NotFoundPage what="claim" />;
  return (
    <Stack gap="lg" maw={760}>
      <Stack gap={4}>
        <Group gap="xs">
          <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
            {t('claimPage.eyebrow')}
          </Text>
          <Badge color={CLAIM_STATUS_COLOR[claim.status]} variant="light" data-testid="claim-status">
            {t(`status.${claim.status}`)}
          </Badge>
        </Group>
        <Title order={1}>
          <Anchor component={Link} to={`/coops/${claim.coop.slug}`} inherit>
            {claim.coop.name}
          </Anchor>
        </Title>
        <Text size="sm" c="dimmed">
          {claim.status === 'OPEN'
            ? t('claimPage.startedOpen', { started: formatDayAndTime(claim.createdAt), until: formatDayAndTime(claim.expiresAt) })
            : t('claimPage.started', { started: formatDayAndTime(claim.createdAt) })}
        </Text>
      </Stack>
      {claim.status === 'OPEN' ? <Proofs claim={claim} /> : <Outcome claim={claim} />}
    </Stack>
  );
}

function Outcome({ claim }: { claim: ClaimFieldsFragment }) {
  const { t } = useTranslation('claims');
  if (claim.status === 'APPROVED') {
    return (
      <Alert color="teal" title={t('claimPage.approvedTitle')} role="status">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('claimPage.approvedBody')}</Text>
          <Button component={Link} to={`/coops/${claim.coop.slug}/edit`}>
            {t('claimPage.writePitch')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="gray" title={t(`status.${claim.status}`)} role="status">
      {claim.closedReason ?? (claim.status === 'WITHDRAWN' ? t('claimPage.withdrawn') : t('claimPage.over'))}{' '}
      {claim.status !== 'REJECTED' && (
        <Anchor component={Link} to={`/coops/${claim.coop.slug}`}>
          {t('claimPage.backToCoop')}
        </Anchor>
      )}
    </Alert>
  );
}

function Proofs({ claim }: { claim: ClaimFieldsFragment }) {
  const { t } = useTranslation('claims');
  const [withdraw, { loading }] = useMutation(WithdrawClaimMutation, { refetchQueries: [ViewerQuery, 'CoopClaimState'] });
  return (
    <Stack gap="md">
      <Text>{t('claimPage.proveIntro', { name: claim.coop.name })}</Text>
      <Accordion variant="separated" defaultValue="email">
        <Accordion.Item value="email">
          <Accordion.Control icon={<IconMail size={18} aria-hidden />}>{t('claimPage.byEmail')}</Accordion.Control>
          <Accordion.Panel>
            <EmailProof claim={claim} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="website">
          <Accordion.Control icon={<IconWorldWww size={18} aria-hidden />}>{t('claimPage.byWebsite')}</Accordion.Control>
          <Accordion.Panel>
            <WebsiteProof claim={claim} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="review">
          <Accordion.Control icon={<IconUserCheck size={18} aria-hidden />}>{t('claimPage.byReview')}</Accordion.Control>
          <Accordion.Panel>
            <ReviewProof claim={claim} />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      <Button variant="subtle" color="gray" w="fit-content" loading={loading} onClick={() => void withdraw({ variables: { claimId: claim.id } })}>
        {t('claimPage.withdraw')}
      </Button>
    </Stack>
  );
}
