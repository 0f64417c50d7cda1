import { Button, Group, Modal, RingProgress, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { PITCH_SECONDS, pitchSeconds } from '@principle-six/schema';
import { IconPlayerPause, IconPlayerPlay, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePitchTimer } from './usePitchTimer';

/** The warning a pitch round gives: the last ten seconds. */
const WARNING_SECONDS = 10;

interface PracticeCoop {
  name: string;
  place: { name: string };
  provides: string;
  whyBuy: string;
  wantToTalkTo: string;
}

/**
 * Practice mode: one's own pitch card in large type with the round's 60-second timer, so a
 * member can rehearse before a meeting. Space starts and pauses it, as on the facilitator's screen.
 */
export function PracticePitch({ coop }: { coop: PracticeCoop }) {
  const { t } = useTranslation('pitch');
  const [opened, { open, close }] = useDisclosure(false);
  const timer = usePitchTimer();
  const estimate = pitchSeconds({ name: coop.name, placeName: coop.place.name, provides: coop.provides, whyBuy: coop.whyBuy, wantToTalkTo: coop.wantToTalkTo });
  const warning = timer.left <= WARNING_SECONDS;
  const finish = () => {
    timer.reset();
    close();
  };
  return (
    <>
      <Button variant="light" onClick={open}>
        {t('practice.open')}
      </Button>
      <Modal opened={opened} onClose={finish} title={t('practice.title')} size="xl" fullScreen={false}>
        <Stack
          gap="lg"
          onKeyDown={(event) => {
            if (event.key === ' ' && event.target === event.currentTarget) {
              event.preventDefault();
              if (timer.running) timer.pause();
              else timer.start();
            }
          }}
        >
          <Group justify="space-between" align="center" wrap="wrap">
            <Text c="dimmed">
              {estimate > PITCH_SECONDS ? t('practice.estimateOver', { seconds: estimate }) : t('practice.estimate', { seconds: estimate })}
            </Text>
            <RingProgress
              size={120}
              thickness={10}
              roundCaps
              sections={[{ value: (timer.left / PITCH_SECONDS) * 100, color: timer.left === 0 ? 'red' : warning ? 'orange' : 'teal' }]}
              label={
                <Text ta="center" fw={700} fz={28} role="timer" aria-live={warning ? 'assertive' : 'off'} aria-label={t('practice.secondsLeft', { count: timer.left })}>
                  {timer.left}
                </Text>
              }
            />
          </Group>
          {timer.left === 0 && (
            <Text c="red.8" fw={700} role="status">
              {t('practice.timeUp')}
            </Text>
          )}
          <Stack gap="md" fz={22} lh={1.4}>
            <Title order={2}>
              {coop.name}, {coop.place.name}
            </Title>
            <Text fz="inherit" style={{ whiteSpace: 'pre-line' }}>
              {coop.provides}
            </Text>
            <Text fz="inherit" style={{ whiteSpace: 'pre-line' }}>
              <strong>{t('practice.whyBuy')} </strong>
              {coop.whyBuy}
            </Text>
            <Text fz="inherit" style={{ whiteSpace: 'pre-line' }}>
              <strong>{t('practice.wantToTalkTo')} </strong>
              {coop.wantToTalkTo}
            </Text>
          </Stack>
          <Group>
            {timer.running ? (
              <Button leftSection={<IconPlayerPause size={18} />} onClick={timer.pause}>
                {t('practice.pause')}
              </Button>
            ) : (
              <Button leftSection={<IconPlayerPlay size={18} />} onClick={timer.start} disabled={timer.left === 0}>
                {timer.left === PITCH_SECONDS ? t('practice.start') : t('practice.carryOn')}
              </Button>
            )}
            <Button variant="default" leftSection={<IconRefresh size={18} />} onClick={timer.reset}>
              {t('practice.startAgain')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
