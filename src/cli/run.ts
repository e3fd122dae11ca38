// Runs the CLI from source (`npx tsx src/cli/run.ts ...`); the installed bin runs the build.
import { main } from './main.ts';

process.exitCode = await main(process.argv);
