// The demo `npm start` ends with: code-server on 127.0.0.1 with the packaged VSIX
// installed and the sample scripts open; prints the address and runs until Ctrl+C.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup } from './setup.mjs';
import { startCodeServer } from './server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
await setup();
const server = await startCodeServer(join(root, 'samples'), {
  installVsix: join(root, 'arena-lens.vsix'),
  port: Number(process.env.PORT ?? 8080),
});
console.log(`\n[arena-lens] VS Code with Arena Lens is running: open ${server.url}/?folder=${encodeURIComponent(join(root, 'samples'))}`);
console.log('[arena-lens] (bound to 127.0.0.1 only; press Ctrl+C to stop)\n');
const stop = () => void server.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
await new Promise(() => undefined);
