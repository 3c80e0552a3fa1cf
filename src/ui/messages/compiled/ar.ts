// Compiled from src/ui/messages/ar/*.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import catalogue from './catalogue.ar';
import demo from './demo.ar';
import flags from './flags.ar';
import frameworkEditor from './framework-editor.ar';
import frameworkGrid from './framework-grid.ar';
import interchange from './interchange.ar';
import jsonstat from './jsonstat.ar';
import localKpis from './local-kpis.ar';
import localResults from './local-results.ar';
import problems from './problems.ar';
import results from './results.ar';
import review from './review.ar';
import saving from './saving.ar';
import sdg from './sdg.ar';
import shell from './shell.ar';
import time from './time.ar';
import timeCompare from './time-compare.ar';
import workshop from './workshop.ar';

/** Every converted namespace's messages in this language (loaded with the language's chunk). */
export default { "catalogue": catalogue, "demo": demo, "flags": flags, "framework-editor": frameworkEditor, "framework-grid": frameworkGrid, "interchange": interchange, "jsonstat": jsonstat, "local-kpis": localKpis, "local-results": localResults, "problems": problems, "results": results, "review": review, "saving": saving, "sdg": sdg, "shell": shell, "time": time, "time-compare": timeCompare, "workshop": workshop };
