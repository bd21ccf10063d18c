import { defineConfig, type UserConfig } from 'vite';
import { offlinePlugin } from './scripts/offlinePlugin.ts';
import { titleShellPlugin } from './scripts/titleShellPlugin.ts';

/**
 * The production build's options. `npm run bench:web` builds its bare-Phaser reference
 * (bench/reference/) with these same options, so the two builds differ only in what they contain.
 */
export const productionBuild: NonNullable<UserConfig['build']> = {
  target: 'es2022',
  // Phaser is ~350 KB gzip and cannot be tree-shaken; it gets its own long-cached chunk.
  chunkSizeWarningLimit: 1600,
  rolldownOptions: {
    output: {
      // Each language's strings and scenario translations go to assets/lang/: only the active
      // language is fetched, and the offline cache takes them as they are used.
      chunkFileNames: (chunk) =>
        chunk.moduleIds.some((id) => /[\\/](locales|translations)[\\/]/.test(id))
          ? 'assets/lang/[name]-[hash].js'
          : 'assets/[name]-[hash].js',
      codeSplitting: {
        groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
      },
    },
  },
};

export default defineConfig({
  plugins: [titleShellPlugin(), offlinePlugin()],
  build: productionBuild,
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
