/** A link in the header (and in the phone menu); `label` is a key in the app namespace's `nav`. */
export interface NavItem {
  to: string;
  label: 'needs' | 'offers' | 'councils' | 'network' | 'forYou' | 'referrals';
}

/** For everyone. */
export const NAV: NavItem[] = [
  { to: '/needs', label: 'needs' },
  { to: '/offers', label: 'offers' },
  { to: '/councils', label: 'councils' },
  { to: '/network', label: 'network' },
];

/** The header's links for a visitor, or a signed-in person and whether they belong to a co-op. */
export function navFor(viewer: { memberships: readonly unknown[] } | null): NavItem[] {
  if (!viewer) return NAV;
  return [{ to: '/for-you', label: 'forYou' }, ...(viewer.memberships.length ? [{ to: '/referrals', label: 'referrals' } as const] : []), ...NAV];
}
