import { createTheme, darken, defaultVariantColorsResolver, parseThemeColor, type CSSVariablesResolver, type VariantColorsResolver } from '@mantine/core';

/**
 * The "light" variant (tinted buttons, badges, alerts), and "subtle" when hovered, put shade 6 or
 * so of a colour on a tint of the same colour: 2.7:1 for yellow, 4.3:1 for teal. Its text here is the colour's darkest
 * shade darkened by two fifths, at least 6:1 on its own tint for every colour in the theme.
 */
function readableLightVariant(input: Parameters<VariantColorsResolver>[0]) {
  const defaults = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || !parsed.color) return defaults;
  if (input.variant === 'filled') {
    // At shade 9 Mantine's hover steps back to the lighter shade 8 (3.9:1 under white text).
    return { ...defaults, hover: darken(parsed.value, 0.12) };
  }
  if (input.variant !== 'light' && input.variant !== 'subtle') return defaults;
  const text = darken(input.theme.colors[parsed.color]![9], 0.4);
  return { ...defaults, color: text, hoverColor: text };
}

export const theme = createTheme({
  primaryColor: 'teal',
  // Teal's default shade (6) under white text, and as link text on white, is 2.5:1; shade 9 is
  // 4.9:1, above WCAG AA's 4.5:1 for body text.
  primaryShade: { light: 9, dark: 7 },
  // Filled badges and buttons in other colours pick black or white text, whichever reads.
  autoContrast: true,
  variantColorResolver: readableLightVariant,
  defaultRadius: 'md',
  // Plain objects, not Modal.extend(): importing the components here would put them in every
  // page's first load. A dialog's header is a div (Mantine's <header> is a second banner
  // landmark beside the page's), and its close button says what it does.
  components: {
    // Links are underlined, not told apart by colour alone (WCAG 1.4.1); a link that is plainly
    // one (a card's title, the logo) may still say otherwise.
    Anchor: { defaultProps: { underline: 'always' } },
    ModalHeader: { defaultProps: { component: 'div' } },
    DrawerHeader: { defaultProps: { component: 'div' } },
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    // A notification's text under a title is Mantine's pale grey (3.3:1): the readable dimmed one.
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } }, styles: { description: { color: 'var(--mantine-color-dimmed)' } } },
  },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
});

/**
 * Mantine's "dimmed" grey (#868e96) is 3.3:1 on white: too faint for the counts, dates and hints
 * it is used for. This grey is 6:1 and still reads as secondary. The same for error text.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    // Filled buttons in the primary colour hover darker, not back to the lighter shade 8 (3.9:1).
    '--mantine-primary-color-filled-hover': darken(t.colors[t.primaryColor]![9], 0.12),
    [`--mantine-color-${t.primaryColor}-filled-hover`]: darken(t.colors[t.primaryColor]![9], 0.12),
    '--mantine-color-dimmed': '#5c636a',
    // Field errors in red 9 (5.9:1) rather than red 6 (3.3:1).
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
