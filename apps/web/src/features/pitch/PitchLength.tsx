import { Group, Progress, Text } from '@mantine/core';
import { PITCH_SECONDS, pitchSeconds, WORDS_PER_MINUTE, type PitchAnswers } from '@principle-six/schema';
import { useTranslation } from 'react-i18next';

/**
 * How long the five answers take to say at a speaking pace, against the minute a pitch round
 * gives: beside the profile form's answers, so a pitch is trimmed before the meeting, not in it.
 */
export function PitchLength({ answers }: { answers: PitchAnswers }) {
  const { t } = useTranslation('pitch');
  const seconds = pitchSeconds(answers);
  const over = seconds > PITCH_SECONDS;
  return (
    <div aria-live="polite">
      <Group justify="space-between" gap="xs" mb={4}>
        <Text size="sm" fw={600}>
          {t('length.readAloud', { seconds, limit: PITCH_SECONDS })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('length.pace', { wordsPerMinute: WORDS_PER_MINUTE })}
        </Text>
      </Group>
      <Progress
        value={Math.min(100, (seconds / PITCH_SECONDS) * 100)}
        color={over ? 'red' : seconds > PITCH_SECONDS - 10 ? 'yellow' : 'teal'}
        aria-label={t('length.label', { seconds, limit: PITCH_SECONDS })}
      />
      {over && (
        <Text size="sm" c="red.8" mt={4}>
          {t('length.over', { over: seconds - PITCH_SECONDS })}
        </Text>
      )}
    </div>
  );
}
