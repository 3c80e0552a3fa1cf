// Compiled from src/ui/messages/fr/*.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import catalogue from './catalogue.fr';
import demo from './demo.fr';
import flags from './flags.fr';
import frameworkEditor from './framework-editor.fr';
import frameworkGrid from './framework-grid.fr';
import interchange from './interchange.fr';
import jsonstat from './jsonstat.fr';
import localKpis from './local-kpis.fr';
import localResults from './local-results.fr';
import problems from './problems.fr';
import results from './results.fr';
import review from './review.fr';
import saving from './saving.fr';
import sdg from './sdg.fr';
import shell from './shell.fr';
import time from './time.fr';
import timeCompare from './time-compare.fr';
import workshop from './workshop.fr';

/** Every converted namespace's messages in this language (loaded with the language's chunk). */
export default { "catalogue": catalogue, "demo": demo, "flags": flags, "framework-editor": frameworkEditor, "framework-grid": frameworkGrid, "interchange": interchange, "jsonstat": jsonstat, "local-kpis": localKpis, "local-results": localResults, "problems": problems, "results": results, "review": review, "saving": saving, "sdg": sdg, "shell": shell, "time": time, "time-compare": timeCompare, "workshop": workshop };
