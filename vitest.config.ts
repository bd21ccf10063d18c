import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/property/**/*.test.ts'],
    // The engine, content and store run in Node: that is where a future server will run them too.
    environment: 'node',
    reporters: ['default'],
  },
});
