// Compiled from src/ui/messages/en/*.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
export { catalogue } from './catalogue';
export { demo } from './demo';
export { flags } from './flags';
export { frameworkEditor } from './framework-editor';
export { interchange } from './interchange';
export { jsonstat } from './jsonstat';
export { localKpis } from './local-kpis';
export { localResults } from './local-results';
export { results } from './results';
export { review } from './review';
export { saving } from './saving';
export { sdg } from './sdg';
export { shell } from './shell';
export { time } from './time';
export { timeCompare } from './time-compare';
export { workshop } from './workshop';
