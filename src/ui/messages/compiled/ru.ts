// Compiled from src/ui/messages/ru/*.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import catalogue from './catalogue.ru';
import demo from './demo.ru';
import flags from './flags.ru';
import frameworkEditor from './framework-editor.ru';
import frameworkGrid from './framework-grid.ru';
import interchange from './interchange.ru';
import jsonstat from './jsonstat.ru';
import localKpis from './local-kpis.ru';
import localResults from './local-results.ru';
import problems from './problems.ru';
import results from './results.ru';
import review from './review.ru';
import saving from './saving.ru';
import sdg from './sdg.ru';
import shell from './shell.ru';
import time from './time.ru';
import timeCompare from './time-compare.ru';
import workshop from './workshop.ru';

/** Every converted namespace's messages in this language (loaded with the language's chunk). */
export default { "catalogue": catalogue, "demo": demo, "flags": flags, "framework-editor": frameworkEditor, "framework-grid": frameworkGrid, "interchange": interchange, "jsonstat": jsonstat, "local-kpis": localKpis, "local-results": localResults, "problems": problems, "results": results, "review": review, "saving": saving, "sdg": sdg, "shell": shell, "time": time, "time-compare": timeCompare, "workshop": workshop };
