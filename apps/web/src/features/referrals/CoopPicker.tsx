import { useQuery } from '@apollo/client/react';
import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CoopPickerQuery } from './graphql';

const SHOWN = 10;
const MIN_CHARACTERS = 2;

export interface PickedCoop {
  id: string;
  name: string;
}

/**
 * A co-op chosen by searching the directory as one types (name, place or what it provides), for
 * forms that name another co-op. `exclude` leaves out co-ops that cannot be chosen here.
 */
export function CoopPicker(props: {
  label: string;
  description?: ReactNode;
  placeholder?: string;
  required?: boolean;
  value: string;
  error?: ReactNode;
  exclude?: readonly string[];
  onChange: (id: string) => void;
  onBlur?: () => void;
  onFocus?: () => void;
  onPick?: (coop: PickedCoop | null) => void;
}) {
  const { exclude, onChange, onPick, value, ...inputProps } = props;
  const { t } = useTranslation('referrals');
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string; name: string } | null>(null);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // Once a co-op is chosen the box shows its label; that is not something to search for.
  const text = picked && debounced === picked.label ? '' : debounced;
  const { data, loading } = useQuery(CoopPickerQuery, {
    variables: { input: { text }, first: SHOWN },
    skip: text.length < MIN_CHARACTERS,
  });

  const options = useMemo(() => {
    const found =
      text.length < MIN_CHARACTERS
        ? []
        : (data?.search.edges ?? [])
            .map(({ node }) => ({ value: node.id, label: `${node.name} · ${node.place.name}`, name: node.name }))
            .filter((o) => !exclude?.includes(o.value));
    // The chosen one stays an option, or the box would empty when the results move on.
    return picked && !found.some((o) => o.value === picked.value) ? [picked, ...found] : found;
  }, [data, exclude, picked, text]);

  return (
    <Select
      {...inputProps}
      searchable
      clearable
      value={value || null}
      data={options}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      rightSection={loading ? <Loader size="xs" /> : undefined}
      nothingFoundMessage={text.length < MIN_CHARACTERS ? t('picker.typeMore') : loading ? t('picker.searching') : t('picker.noMatch')}
      onChange={(id) => {
        const option = options.find((o) => o.value === id) ?? null;
        setPicked(option);
        onPick?.(option && { id: option.value, name: option.name });
        onChange(id ?? '');
      }}
    />
  );
}
