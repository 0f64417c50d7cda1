import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { mantineStylesheets, mantineStylesModule, STYLES_MODULE } from './mantine-styles';

// pnpm runs a package's scripts in its folder: that is the web app's.
const webDir = process.cwd();
writeFileSync(path.join(webDir, STYLES_MODULE), mantineStylesModule(mantineStylesheets(webDir)));
console.log(`Wrote ${STYLES_MODULE}`);
