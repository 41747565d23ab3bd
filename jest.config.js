/** Jest projects: pure Node specs, React component specs in jsdom, and the slow integration
 * specs (LibreOffice recalculation, headless Chromium) that need system packages. */
const tsJest = ['ts-jest', { tsconfig: { jsx: 'react-jsx', module: 'commonjs', moduleResolution: 'node', esModuleInterop: true, target: 'ES2020', isolatedModules: true } }];
const common = {
  transform: { '^.+\\.tsx?$': tsJest },
  setupFiles: ['<rootDir>/test/setup/custom-functions-global.ts'],
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
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
