/** One line for the clerk on stdout, and one on stderr for what went wrong. */
export const say = (line: string) => process.stdout.write(`${line}\n`);
export const complain = (line: string) => process.stderr.write(`${line}\n`);
