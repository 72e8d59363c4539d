import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'coverage', 'screenshots', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // The layers, as the README's layout draws them: each may import only what lies below it.
  layer(['renderer/**/*.{ts,tsx}'], 'the UI reaches the archive only through the contract (shared/) and its client', [
    'db',
    'electron',
  ]),
  layer(['db/**/*.ts'], 'the archive library runs under plain Node, outside Electron and without the UI', [
    'electron',
    'renderer',
  ]),
  layer(['shared/**/*.ts'], 'the contract is imported by every layer and imports none of them', [
    'db',
    'electron',
    'renderer',
  ]),
  layer(['electron/**/*.ts'], 'the desktop shell loads the UI by URL, never by import', ['renderer']),
);

/** Refuses imports of the project's top-level folders `banned` (and the `electron` package) from `files`. */
function layer(files, why, banned) {
  const folders = banned.map((b) => ({
    regex: `^(\\.{1,2}/)+(\\.{1,2}/)*${b}(/|$)`,
    message: `${why}: do not import ${b}/ here.`,
  }));
  const electronPackage = banned.includes('electron')
    ? [{ regex: '^electron(/|$)', message: `${why}: do not import Electron here.` }]
    : [];
  return { files, rules: { 'no-restricted-imports': ['error', { patterns: [...folders, ...electronPackage] }] } };
}
