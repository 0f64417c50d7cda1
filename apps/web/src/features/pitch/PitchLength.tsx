import { Group, Progress, Text } from '@mantine/core';
import { PITCH_SECONDS, pitchSeconds, type PitchAnswers } from '@principle-six/schema';

/**
 * How long the five answers take to say at a speaking pace, against the minute a pitch round
 * gives: beside the profile form's answers, so a pitch is trimmed before the meeting, not in it.
 */
export function PitchLength({ answers }: { answers: PitchAnswers }) {
  const seconds = pitchSeconds(answers);
  const over = seconds > PITCH_SECONDS;
  return (
    <div aria-live="polite">
      <Group justify="space-between" gap="xs" mb={4}>
        <Text size="sm" fw={600}>
          Read aloud: about {seconds} s of your {PITCH_SECONDS}
        </Text>
        <Text size="xs" c="dimmed">
          at 150 words a minute
        </Text>
      </Group>
      <Progress
        value={Math.min(100, (seconds / PITCH_SECONDS) * 100)}
        color={over ? 'red' : seconds > PITCH_SECONDS - 10 ? 'yellow' : 'teal'}
        aria-label={`Pitch length: ${seconds} of ${PITCH_SECONDS} seconds`}
      />
      {over && (
        <Text size="sm" c="red.8" mt={4}>
          That is {seconds - PITCH_SECONDS} s over the minute: trim it so the room hears all of it.
        </Text>
      )}
    </div>
  );
}
