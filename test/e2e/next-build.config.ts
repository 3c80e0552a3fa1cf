/**
 * The "next version" for the update test (update-two-builds.test.ts): the app's own config, built into
 * NEXT_BUILD_DIR with every chunk under a new name, as a real deploy renames the chunks whose code
 * changed. Built by the CLI in a child process, like `npm run build`.
 */
import { mergeConfig } from 'vite';
import app from '../../vite.config';

export default mergeConfig(app, {
  build: {
    outDir: process.env.NEXT_BUILD_DIR,
    emptyOutDir: true,
    rolldownOptions: { output: { entryFileNames: 'assets/[name]-[hash]-next.js', chunkFileNames: 'assets/[name]-[hash]-next.js' } },
  },
});
