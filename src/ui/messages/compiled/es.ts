// Compiled from src/ui/messages/es/*.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import time from './time.es';
import timeCompare from './time-compare.es';

/** Every converted namespace's messages in this language (loaded with the language's chunk). */
export default { "time": time, "time-compare": timeCompare };
