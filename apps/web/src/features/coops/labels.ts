import { COOP_TYPES, type CoopTypeKey } from '@principle-six/taxonomy';

export function coopTypeLabel(type: string): string {
  return COOP_TYPES[type as CoopTypeKey]?.label ?? type;
}
