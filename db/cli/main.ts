import { toResultError } from '../dispatcher';
import { parseCliArgs, type CliArgs } from './args';
import { batch } from './commands/batch';
import { call } from './commands/call';
import { check } from './commands/check';
import { compile } from './commands/compile';
import { demo } from './commands/demo';
import { init } from './commands/init';
import { ExitCode } from './exitCodes';
import { complain, say } from './output';
import { usage } from './usage';

/** The archive from a terminal: the same open and the same dispatcher as the app. */
async function run(args: CliArgs): Promise<ExitCode> {
  switch (args.command) {
    case 'help':
      say(usage);
      return ExitCode.ok;
    case 'init':
      return init(args.file);
    case 'check':
      return check(args.file);
    case 'call':
      return call(args.file, args.method!, args.json!);
    case 'batch':
      return batch(args.file);
    case 'demo':
      return demo(args);
    case 'compile':
      return compile({ file: args.file, year: args.year!, maskPersonal: args.maskPersonal!, pdf: args.pdf! });
  }
}

async function main(argv: string[]): Promise<ExitCode> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    complain(parsed.message);
    complain('用法说明：npm run archive -- help');
    return ExitCode.usage;
  }
  try {
    return await run(parsed.args);
  } catch (e) {
    // Opening can fail (damaged file, newer schema, no permission): say why in the clerk's words.
    complain(toResultError(e).message);
    return ExitCode.failed;
  }
}

// exitCode rather than exit(): lets stdout drain when it is a pipe.
process.exitCode = await main(process.argv.slice(2));
