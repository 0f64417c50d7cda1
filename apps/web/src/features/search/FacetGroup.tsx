import { Checkbox, Stack, Text } from '@mantine/core';
import { useFormat } from '../../i18n/useFormat';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  /** Nesting under the option above (category tree), for indentation. */
  depth?: number;
}

/** One filter as checkboxes, each value with how many co-ops it would give. */
export function FacetGroup({
  title,
  options,
  selected,
  onChange,
  labelOf = (value) => value,
}: {
  title: string;
  options: FacetOption[];
  selected: string[];
  onChange: (values: string[]) => void;
  /** The label of a chosen value that the counts no longer list. */
  labelOf?: (value: string) => string;
}) {
  const { formatNumber } = useFormat();
  if (options.length === 0 && selected.length === 0) return null;
  // A chosen value stays visible (with 0) even when other filters leave it no co-ops.
  const shown: FacetOption[] = [
    ...options,
    ...selected.filter((v) => !options.some((o) => o.value === v)).map((value) => ({ value, label: labelOf(value), count: 0 })),
  ];
  return (
    <Checkbox.Group label={title} value={selected} onChange={onChange}>
      <Stack gap={6} mt={6}>
        {shown.map((o) => (
          <Checkbox
            key={o.value}
            value={o.value}
            ml={(o.depth ?? 0) * 16}
            label={
              <Text size="sm" span>
                {o.label}{' '}
                <Text span c="dimmed" size="xs">
                  ({formatNumber(o.count)})
                </Text>
              </Text>
            }
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
