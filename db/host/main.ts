import { parseArgs } from 'node:util';
import { defaultArchivePath } from '../paths';
import { DEFAULT_PORT, serve } from './serve';

/** `npm run web -- --file PATH --port PORT`: the browser-mode host on any archive file. */
async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { file: { type: 'string' }, port: { type: 'string' } },
    strict: true,
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`端口必须是 0 到 65535 之间的整数，收到的是 “${values.port}”。`);
  }
  await serve({ file: values.file ?? defaultArchivePath(), port, anyPortIfTaken: values.port === undefined });
}

main(process.argv.slice(2)).catch((e: Error) => {
  console.error(`无法启动档案服务：${e.message}`);
  process.exit(1);
});
