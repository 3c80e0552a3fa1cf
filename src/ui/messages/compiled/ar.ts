// Compiled from src/ui/messages/ar/*.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import demo from './demo.ar';
import interchange from './interchange.ar';
import localResults from './local-results.ar';
import results from './results.ar';
import review from './review.ar';
import saving from './saving.ar';
import time from './time.ar';
import timeCompare from './time-compare.ar';
import workshop from './workshop.ar';

/** Every converted namespace's messages in this language (loaded with the language's chunk). */
export default { "demo": demo, "interchange": interchange, "local-results": localResults, "results": results, "review": review, "saving": saving, "time": time, "time-compare": timeCompare, "workshop": workshop };
