import { useQuery } from '@apollo/client/react';
import { Autocomplete } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SuggestionsQuery } from './graphql';
import { wordsSearch } from './search-params';
import { useSearchUrl } from './useSearchUrl';

/** The kinds of suggestion, in the order shown; each group is titled `search:box.groups.<kind>`. */
const GROUPS = ['CATEGORY', 'PLACE', 'COOP'] as const;

/**
 * The search box with suggestions (see SearchBox, which loads this when the box is first
 * touched). Enter searches for the words; choosing a suggestion files the search under a
 * category, near a place, or opens the co-op.
 */
export default function SearchAutocomplete({ size, initialValue, autoFocus }: { size: 'sm' | 'lg'; initialValue: string; autoFocus: boolean }) {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const { params, onSearchPage, urlText } = useSearchUrl();
  const [value, setValue] = useState(initialValue || urlText);
  const [debounced] = useDebouncedValue(value.trim(), 200);

  // Back and forward move through searches: when the URL's words change, the box shows them
  // (adjusting state while rendering, as React recommends over an effect).
  const [shownFor, setShownFor] = useState(urlText);
  if (shownFor !== urlText) {
    setShownFor(urlText);
    setValue(urlText);
  }

  const { data } = useQuery(SuggestionsQuery, {
    variables: { prefix: debounced },
    skip: debounced.length < 2,
  });
  const suggestions = useMemo(() => (debounced.length < 2 ? [] : (data?.searchSuggestions ?? [])), [data, debounced]);
  // Autocomplete options are strings; each label says what it is, and maps back to its suggestion.
  const byLabel = useMemo(
    () => new Map(suggestions.map((s) => [`${s.label}${s.detail ? ` · ${s.detail}` : ''}`, s])),
    [suggestions],
  );
  const groups = useMemo(
    () =>
      GROUPS.map((kind) => ({ group: t(`box.groups.${kind}`), items: [...byLabel].filter(([, s]) => s.kind === kind).map(([l]) => l) })).filter(
        (g) => g.items.length > 0,
      ),
    [byLabel, t],
  );

  const search = (next: URLSearchParams) => void navigate(`/search?${next.toString()}`);

  return (
    <form
      role="search"
      aria-label={t('box.label')}
      style={size === 'sm' ? { flex: 1, maxWidth: 480 } : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        void navigate(wordsSearch(params, onSearchPage, value));
      }}
    >
      <Autocomplete
        aria-label={t('box.input')}
        placeholder={t('box.placeholder')}
        size={size}
        autoFocus={autoFocus}
        leftSection={<IconSearch size={size === 'sm' ? 16 : 20} />}
        value={value}
        onChange={setValue}
        data={groups}
        filter={({ options }) => options}
        limit={9}
        onOptionSubmit={(label) => {
          const chosen = byLabel.get(label);
          if (!chosen) return;
          if (chosen.kind === 'COOP') {
            setValue('');
            void navigate(`/coops/${chosen.value}`);
            return;
          }
          const next = new URLSearchParams();
          if (chosen.kind === 'CATEGORY') next.append('category', chosen.value);
          else next.set('near', chosen.value);
          setValue('');
          search(next);
        }}
      />
    </form>
  );
}
