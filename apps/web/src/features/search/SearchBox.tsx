import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { wordsSearch } from './search-params';
import { useSearchUrl } from './useSearchUrl';

// Suggestions need Mantine's combobox, popover and floating-ui: a third of the header's weight.
// They are fetched when someone first points at or focuses the box, not with every first page.
const loadAutocomplete = () => import('./SearchAutocomplete');
type Autocomplete = ComponentType<{ size: 'sm' | 'lg'; initialValue: string; autoFocus: boolean }>;

/**
 * The one search box, in the header of every page (and larger on the front page). It is a plain
 * search field until first touched, then the same field with suggestions: what was typed and the
 * focus carry over. Enter searches either way.
 */
export function SearchBox({ size = 'sm' }: { size?: 'sm' | 'lg' }) {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const { params, onSearchPage, urlText } = useSearchUrl();
  const [typed, setTyped] = useState<string | null>(null);
  // Not React.lazy: suspending would remount the plain field mid-keystroke. The field with
  // suggestions replaces it only once its code is here, taking over what was typed.
  const [Enhanced, setEnhanced] = useState<Autocomplete | null>(null);
  // Whether the box still has the focus when the suggestions arrive: the new field takes it over.
  const [focused, setFocused] = useState(false);

  const plain = (
    <form
      role="search"
      aria-label={t('box.label')}
      style={size === 'sm' ? { flex: 1, maxWidth: 480 } : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        void navigate(wordsSearch(params, onSearchPage, typed ?? urlText));
      }}
    >
      <TextInput
        // The role it will have once suggestions load, so that it is one control throughout.
        role="combobox"
        aria-expanded={false}
        aria-autocomplete="list"
        aria-label={t('box.input')}
        placeholder={t('box.placeholder')}
        size={size}
        leftSection={<IconSearch size={size === 'sm' ? 16 : 20} />}
        value={typed ?? urlText}
        onChange={(e) => setTyped(e.currentTarget.value)}
        onPointerEnter={() => void loadAutocomplete()}
        onFocus={() => {
          setFocused(true);
          void loadAutocomplete().then((module) => setEnhanced(() => module.default));
        }}
        onBlur={() => setFocused(false)}
      />
    </form>
  );
  return Enhanced ? <Enhanced size={size} initialValue={typed ?? ''} autoFocus={focused} /> : plain;
}
