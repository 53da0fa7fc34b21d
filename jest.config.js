/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  setupFiles: ['<rootDir>/test/setup/reflect-metadata.ts'],
  testTimeout: 120000,
  // Database tests share one MariaDB server; two workers keep the machine responsive.
  maxWorkers: 2,
  // Recycle a worker whose heap has grown large (seeded scale-6 exports), so later suites do not pay for its garbage.
  workerIdleMemoryLimit: '1GB',
};
