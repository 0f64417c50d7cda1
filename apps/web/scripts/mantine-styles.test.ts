import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mantineStylesheets, mantineStylesModule, STYLES_MODULE } from './mantine-styles';

const WEB = path.resolve(__dirname, '..');

describe('the Mantine stylesheets the app loads', () => {
  const sheets = mantineStylesheets(WEB);

  it('are the ones its components need: run `pnpm --filter @principle-six/web styles` when this fails', () => {
    expect(readFileSync(path.join(WEB, STYLES_MODULE), 'utf8')).toBe(mantineStylesModule(sheets));
  });

  it('include what a component draws inside it, before its own (a Select is a Combobox over an Input)', () => {
    const at = (name: string) => sheets.indexOf(`@mantine/core/styles/${name}.css`);
    // Autocomplete (the search box) draws an Input in a Combobox, which is a Popover.
    for (const inner of ['Input', 'Combobox', 'Popover']) expect(at(inner)).toBeGreaterThan(-1);
    expect(at('Button')).toBeGreaterThan(at('UnstyledButton'));
    expect(at('Modal')).toBeGreaterThan(at('ModalBase'));
  });

  it('start with Mantine’s reset and variables and leave out components the app never draws', () => {
    expect(sheets.slice(0, 3)).toEqual(['@mantine/core/styles/baseline.css', '@mantine/core/styles/default-css-variables.css', '@mantine/core/styles/global.css']);
    expect(sheets).not.toContain('@mantine/core/styles/ColorPicker.css');
    expect(sheets).not.toContain('@mantine/core/styles/AngleSlider.css');
  });
});
