// `npm run web -- --file PATH --port PORT`: runs the browser-mode host from its TypeScript source.
import { register } from 'tsx/esm/api';

register();
await import('../db/host/main.ts');
