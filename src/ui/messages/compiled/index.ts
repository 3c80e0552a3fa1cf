// Compiled from src/ui/messages/en/*.json by scripts/messages.ts; do not edit (edit the JSON and run npx tsx scripts/messages.ts).
export { demo } from './demo';
export { interchange } from './interchange';
export { localResults } from './local-results';
export { results } from './results';
export { review } from './review';
export { saving } from './saving';
export { time } from './time';
export { timeCompare } from './time-compare';
export { workshop } from './workshop';
