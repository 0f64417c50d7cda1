import { COOP_TYPE_KEYS, COOP_TYPES, type CoopTypeKey } from '@principle-six/taxonomy';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export function isCoopType(type: string): type is CoopTypeKey {
  return (COOP_TYPE_KEYS as string[]).includes(type);
}

/**
 * A kind of co-op in the reader's language (`coops:coopType.*`); a kind this app does not know is
 * shown as it came. Without `t`, the English name from the taxonomy, for callers not yet translated.
 */
export function coopTypeLabel(type: string, t?: TFunction<'coops'>): string {
  if (!isCoopType(type)) return type;
  return t ? t(`coopType.${type}`) : COOP_TYPES[type].label;
}

/** `coopTypeLabel` bound to the language shown, for components of any feature. */
export function useCoopTypeLabel(): (type: string) => string {
  const { t } = useTranslation('coops');
  return (type) => coopTypeLabel(type, t);
}
