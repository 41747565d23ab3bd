import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import officeAddins from 'eslint-plugin-office-addins';

// Microsoft's Office.js rules (sync after load, load before read, isNullObject, no sync in loops…), as
// office-addin-lint turns them on: the `office-addins/*` rules of the plugin's recommended config. Its
// other entries (prettier, @eslint/js) are left out: this project does not format with prettier. That
// config matches .js/.ts only and its parser may be undefined, so the files and parser are set here.
const officeAddinRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((entry) => Object.entries(entry.rules ?? {}))
    .filter(([rule]) => rule.startsWith('office-addins/')),
);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', '.tiercraft-tmp/**', '*.config.js', 'bin/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    languageOptions: { parser: tseslint.parser },
    rules: officeAddinRules,
  },
  {
    // The engine is pure: no Office, React or I/O.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react*', 'office*', 'exceljs', 'fs', 'node:*', 'path', '@fluentui/*', '*/workbook/*', '*/taskpane/*', '*/functions/*', '*/cli/*'] }],
    },
  },
);
