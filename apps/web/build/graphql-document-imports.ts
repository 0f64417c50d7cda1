import path from 'node:path';
import { transformAsync } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import type { Plugin } from 'vite';

const ARTIFACTS = path.resolve(import.meta.dirname, '../src/gql');

/**
 * In the build, codegen's own Babel plugin turns each graphql(`...`) call into an import of that
 * one document, so no page carries gql.ts, the lookup table of every operation's text (18 KiB
 * gzipped). Vite has no Babel step of its own any more and the wrappers on npm do not pass the
 * file name the codegen plugin needs for its relative import, hence these few lines. Only files
 * that hold a document are parsed; Babel only reads the TypeScript, the React plugin compiles it.
 */
export function graphqlDocumentImports(): Plugin {
  return {
    name: 'graphql-document-imports',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(ARTIFACTS) || id.includes('/node_modules/') || !code.includes('graphql(')) return null;
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        plugins: [
          ['@babel/plugin-syntax-typescript', { isTSX: id.endsWith('.tsx') }],
          [babelOptimizerPlugin, { artifactDirectory: ARTIFACTS, gqlTagName: 'graphql' }],
        ],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}
