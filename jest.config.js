/** Jest projects: pure Node specs, React component specs in jsdom, and the slow integration
 * specs (LibreOffice recalculation, headless Chromium) that need system packages. */
const tsJest = ['ts-jest', { tsconfig: { jsx: 'react-jsx', module: 'commonjs', moduleResolution: 'node', esModuleInterop: true, target: 'ES2020', isolatedModules: true } }];
// commander is published as ES modules only: the CLI specs compile it to CommonJS like the sources.
const esmOnly = { '^.+/node_modules/commander/.+\\.js$': ['ts-jest', { tsconfig: { module: 'commonjs', allowJs: true, target: 'ES2020', isolatedModules: true } }] };
const common = {
  transform: { '^.+\\.tsx?$': tsJest },
  // fast-check runs on a fixed seed (FC_SEED=random or a number to change it): see the setup file.
  setupFiles: ['<rootDir>/test/setup/custom-functions-global.ts', '<rootDir>/test/setup/fast-check-seed.ts'],
};
module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      transform: { ...common.transform, ...esmOnly },
      transformIgnorePatterns: ['/node_modules/(?!commander/)'],
      // The specs that start `tiercraft` as a child process run the compiled command line, built here when stale.
      globalSetup: '<rootDir>/test/setup/cliBundle.ts',
    },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/ui/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/test/setup/jest-dom.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      // The browser tests run against a production build of the playground, made here when missing or stale.
      globalSetup: '<rootDir>/test/integration/e2e/support/globalSetup.ts',
    },
  ],
};
