import { RingProgress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PitchClockReading } from './useLiveRound';

/** The round's clock: seconds left in a ring, orange for the last ten, red when time is up. */
export function PitchClock({ clock, total, size = 160 }: { clock: PitchClockReading; total: number; size?: number }) {
  const { t } = useTranslation('pitch-round');
  const color = clock.over ? 'red' : clock.warning ? 'orange' : 'teal';
  return (
    <RingProgress
      size={size}
      thickness={Math.round(size / 12)}
      roundCaps
      sections={[{ value: total ? (Math.max(0, clock.leftMs) / (total * 1000)) * 100 : 0, color }]}
      label={
        <Text
          ta="center"
          fw={800}
          fz={size / 4}
          c={clock.over ? 'red.8' : undefined}
          role="timer"
          aria-live={clock.warning || clock.over ? 'assertive' : 'off'}
          aria-label={clock.over ? t('clock.over', { count: Math.floor(-clock.leftMs / 1000) }) : t('clock.left', { count: clock.left })}
        >
          {clock.over ? `+${Math.floor(-clock.leftMs / 1000)}` : clock.left}
        </Text>
      }
    />
  );
}
