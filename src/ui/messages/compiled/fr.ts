// Compiled from src/ui/messages/fr/*.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import demo from './demo.fr';
import interchange from './interchange.fr';
import localResults from './local-results.fr';
import results from './results.fr';
import review from './review.fr';
import saving from './saving.fr';
import time from './time.fr';
import timeCompare from './time-compare.fr';
import workshop from './workshop.fr';

/** Every converted namespace's messages in this language (loaded with the language's chunk). */
export default { "demo": demo, "interchange": interchange, "local-results": localResults, "results": results, "review": review, "saving": saving, "time": time, "time-compare": timeCompare, "workshop": workshop };
