// `npm run bench`: the benchmarks of bench/README.md; the work is in bench/main.ts.
import { main } from './main';

main(process.argv.slice(2)).catch((e: Error) => {
  console.error(e.stack ?? e.message);
  process.exit(1);
});
