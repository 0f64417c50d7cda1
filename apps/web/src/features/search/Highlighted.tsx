import { Mark, Text } from '@mantine/core';

/** A snippet with its matched words marked; text only, never HTML from the server. */
export function Highlighted({ segments }: { segments: { text: string; highlighted: boolean }[] }) {
  return (
    <Text size="sm" c="dimmed">
      {segments.map((s, i) => (s.highlighted ? <Mark key={i}>{s.text}</Mark> : <span key={i}>{s.text}</span>))}
    </Text>
  );
}
