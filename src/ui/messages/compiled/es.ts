// Compiled from src/ui/messages/es/*.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import catalogue from './catalogue.es';
import demo from './demo.es';
import flags from './flags.es';
import frameworkEditor from './framework-editor.es';
import frameworkGrid from './framework-grid.es';
import interchange from './interchange.es';
import jsonstat from './jsonstat.es';
import localKpis from './local-kpis.es';
import localResults from './local-results.es';
import problems from './problems.es';
import results from './results.es';
import review from './review.es';
import saving from './saving.es';
import sdg from './sdg.es';
import shell from './shell.es';
import time from './time.es';
import timeCompare from './time-compare.es';
import workshop from './workshop.es';

/** Every converted namespace's messages in this language (loaded with the language's chunk). */
export default { "catalogue": catalogue, "demo": demo, "flags": flags, "framework-editor": frameworkEditor, "framework-grid": frameworkGrid, "interchange": interchange, "jsonstat": jsonstat, "local-kpis": localKpis, "local-results": localResults, "problems": problems, "results": results, "review": review, "saving": saving, "sdg": sdg, "shell": shell, "time": time, "time-compare": timeCompare, "workshop": workshop };
