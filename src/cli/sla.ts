/** `npm run --silent sla -- --tier premium --priority high [--at ISO] [--verdict upsell]`: the first-response due time. */
import { finish, readIntakeData } from './built-data.ts';
import { runSla } from './sla-command.ts';

finish(runSla(process.argv.slice(2), readIntakeData(), new Date()));
