import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';

/**
 * Builds the app once and serves the production build for the end-to-end tests: what they test is
 * what users get (service worker, CSP, lazy chunks), not the dev server.
 */
let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  await build({ logLevel: 'warn', mode: 'production' });
  // E2E_PORT lets several checkouts run their end-to-end tests side by side on one machine.
  const port = Number(process.env.E2E_PORT ?? 4175);
  server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true }, logLevel: 'warn' });
  project.provide('appUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}
