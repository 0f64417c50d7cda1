/** A link in the header (and in the phone menu). */
export interface NavItem {
  to: string;
  label: string;
}

/** For everyone. */
export const NAV: NavItem[] = [
  { to: '/needs', label: 'Needs' },
  { to: '/offers', label: 'Offers' },
  { to: '/councils', label: 'Councils' },
  { to: '/network', label: 'Network' },
];

/** The header's links for a visitor, or a signed-in person and whether they belong to a co-op. */
export function navFor(viewer: { memberships: readonly unknown[] } | null): NavItem[] {
  if (!viewer) return NAV;
  return [{ to: '/for-you', label: 'For you' }, ...(viewer.memberships.length ? [{ to: '/referrals', label: 'Referrals' }] : []), ...NAV];
}
