import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralDetailFieldsFragment, ReferralStage } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { useFocusProblem } from '../../lib/focus-problem';
import type { ServerErrors } from '../../lib/form-errors';
import { MoveReferralMutation } from './graphql';
import { STAGES } from './labels';
import { MOVES_WITH_DETAILS, MoveReferralModal, type MoveDetails, type MoveWithDetails } from './MoveReferralModal';
import { STAGE_BADGE_ID } from './ReferralHeader';

const FINAL: readonly ReferralStage[] = ['WON', 'LOST', 'DECLINED', 'WITHDRAWN'];

const BUTTON_LOOK: Partial<Record<ReferralStage, { variant: string; color?: string }>> = {
  ACCEPTED: { variant: 'filled' },
  WON: { variant: 'filled', color: 'teal' },
  DECLINED: { variant: 'outline', color: 'red' },
  WITHDRAWN: { variant: 'outline', color: 'gray' },
  LOST: { variant: 'outline', color: 'orange' },
};

/**
 * One button per move the viewer may make now (viewerNextStages), nothing else. Moves that need
 * a reason or a value ask for it first. The mutation answers with the whole referral, so the page
 * redraws from the cache; focus then goes to the new stage, as the button pressed is gone. A
 * refusal (an unconfirmed email address, say) is shown in the API's words and focused.
 */
export function ReferralActions({ referral }: { referral: ReferralDetailFieldsFragment }) {
  const { t } = useTranslation('referrals');
  const [asking, setAsking] = useState<MoveWithDetails | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Counts moves made here; each one sends focus to the new stage.
  const [moved, setMoved] = useState(0);
  const [moveReferral, { loading }] = useMutation(MoveReferralMutation);
  const { ref, focusProblem } = useFocusProblem<HTMLDivElement>();
  const moves = STAGES.filter((s) => referral.viewerNextStages.includes(s));
  // The co-op that is told of the move: the other side from the person making it.
  const other = referral.viewerSide === 'RECEIVER' ? referral.from.name : referral.viewerSide === 'GIVER' ? referral.to.name : null;

  useEffect(() => {
    if (moved === 0) return;
    // A frame later: the page has redrawn from the answer, and a closing dialog is gone.
    const frame = requestAnimationFrame(() => document.getElementById(STAGE_BADGE_ID)?.focus());
    return () => cancelAnimationFrame(frame);
  }, [moved]);

  const move = async (stage: ReferralStage, details: MoveDetails = { reason: null, value: null }): Promise<ServerErrors> => {
    setProblem(null);
    const { data } = await moveReferral({ variables: { input: { referralId: referral.id, stage, ...details } } });
    const result = data?.moveReferral;
    if (result?.referral) {
      // Two sentences: what was done, and who was told.
      const told = other ? t('actions.told', { coop: other }) : t('actions.toldOther');
      notifications.show({ color: 'teal', message: `${t(`moveDone.${stage}`)} ${told}` });
      setAsking(null);
      setMoved((n) => n + 1);
      return [];
    }
    return result?.errors ?? [{ message: t('actions.failed') }];
  };

  const moveNow = async (stage: ReferralStage) => {
    try {
      const errors = await move(stage);
      if (errors.length) {
        setProblem(errors.map((e) => e.message).join(' '));
        focusProblem();
      }
    } catch (error) {
      setProblem(describeError(error));
      focusProblem();
    }
  };

  if (moves.length === 0) {
    if (FINAL.includes(referral.stage)) return null;
    return (
      <Text size="sm" c="dimmed">
        {referral.viewerSide === 'RECEIVER'
          ? t('actions.colleague', { coop: referral.to.name })
          : referral.stage === 'PASSED'
            ? t('actions.waiting', { coop: referral.to.name })
            : t('actions.takingForward', { coop: referral.to.name })}
      </Text>
    );
  }

  return (
    <Stack gap="xs" ref={ref}>
      {problem && (
        <Alert color="red" role="alert" tabIndex={-1} data-problem-alert>
          {problem}
        </Alert>
      )}
      <Group gap="xs" role="group" aria-label={t('actions.label')}>
        {moves.map((stage) => {
          const look = BUTTON_LOOK[stage] ?? { variant: 'light' };
          return (
            <Button
              key={stage}
              variant={look.variant}
              color={look.color}
              disabled={loading}
              onClick={() => (MOVES_WITH_DETAILS.includes(stage) ? setAsking(stage as MoveWithDetails) : void moveNow(stage))}
            >
              {t(`move.${stage}`)}
            </Button>
          );
        })}
      </Group>
      {asking && (
        <MoveReferralModal
          key={asking}
          stage={asking}
          giverName={referral.from.name}
          onClose={() => setAsking(null)}
          onMove={(details) => move(asking, details)}
        />
      )}
    </Stack>
  );
}
