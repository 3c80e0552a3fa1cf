// Compiled from src/ui/messages/zh/*.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
import catalogue from './catalogue.zh';
import demo from './demo.zh';
import flags from './flags.zh';
import frameworkEditor from './framework-editor.zh';
import frameworkGrid from './framework-grid.zh';
import interchange from './interchange.zh';
import jsonstat from './jsonstat.zh';
import localKpis from './local-kpis.zh';
import localResults from './local-results.zh';
import problems from './problems.zh';
import results from './results.zh';
import review from './review.zh';
import saving from './saving.zh';
import sdg from './sdg.zh';
import shell from './shell.zh';
import time from './time.zh';
import timeCompare from './time-compare.zh';
import workshop from './workshop.zh';

/** Every converted namespace's messages in this language (loaded with the language's chunk). */
export default { "catalogue": catalogue, "demo": demo, "flags": flags, "framework-editor": frameworkEditor, "framework-grid": frameworkGrid, "interchange": interchange, "jsonstat": jsonstat, "local-kpis": localKpis, "local-results": localResults, "problems": problems, "results": results, "review": review, "saving": saving, "sdg": sdg, "shell": shell, "time": time, "time-compare": timeCompare, "workshop": workshop };
