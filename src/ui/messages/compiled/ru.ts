// Compiled from src/ui/messages/ru/*.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import demo from './demo.ru';
import interchange from './interchange.ru';
import localResults from './local-results.ru';
import results from './results.ru';
import review from './review.ru';
import saving from './saving.ru';
import time from './time.ru';
import timeCompare from './time-compare.ru';
import workshop from './workshop.ru';

/** Every converted namespace's messages in this language (loaded with the language's chunk). */
export default { "demo": demo, "interchange": interchange, "local-results": localResults, "results": results, "review": review, "saving": saving, "time": time, "time-compare": timeCompare, "workshop": workshop };
