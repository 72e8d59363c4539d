import { z } from 'zod';
import { zhCN } from 'zod/v4/locales';

// zod's own messages in Chinese, as the archive gives them (shared/api.ts does the same there).
z.config(zhCN());
// No JIT: it would try `new Function`, which the window's CSP refuses (and reports as an error).
// zod decides this when a schema is built, so main.tsx imports this module before anything else.
z.config({ jitless: true });
