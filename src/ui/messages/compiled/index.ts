// Compiled from src/ui/messages/en/*.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
export { catalogue } from './catalogue';
export { demo } from './demo';
export { flags } from './flags';
export { frameworkEditor } from './framework-editor';
export { frameworkGrid } from './framework-grid';
export { interchange } from './interchange';
export { jsonstat } from './jsonstat';
export { localResults } from './local-results';
export { problems } from './problems';
export { results } from './results';
export { review } from './review';
export { saving } from './saving';
export { shell } from './shell';
export { time } from './time';
export { timeCompare } from './time-compare';
export { workshop } from './workshop';
