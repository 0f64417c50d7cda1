import { createTheme, darken, defaultVariantColorsResolver, parseThemeColor, type CSSVariablesResolver, type VariantColorsResolver } from '@mantine/core';

/**
 * The "light" variant (tinted buttons, badges, alerts) puts shade 6 or so of a colour on a tint
 * of the same colour: 2.7:1 for yellow, 4.3:1 for teal. Its text here is the colour's darkest
 * shade darkened by two fifths, at least 6:1 on its own tint for every colour in the theme.
 */
function readableLightVariant(input: Parameters<VariantColorsResolver>[0]) {
  const defaults = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return defaults;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || !parsed.color) return defaults;
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
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
});

/**
 * Mantine's "dimmed" grey (#868e96) is 3.3:1 on white: too faint for the counts, dates and hints
 * it is used for. This grey is 6:1 and still reads as secondary.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a' },
  dark: {},
});
