import { FrameworkError, loadFramework } from '../../framework';
import { readFrameworkFile } from '../../framework-file';
import { loadTargetSet } from '../../targets';
import file from './sdg11.framework.json';

/**
 * SDG 11's global indicators as a second built-in framework (issue #30, item 5), read through the same
 * reader as any framework file: the shipped file is checked like a user's (test/unit/sdg11.test.ts).
 */
const read = readFrameworkFile(file);
if (!read.ok) throw new FrameworkError('The shipped SDG 11 framework file does not read.');

export const sdg11 = loadFramework(read.value.data);
export const sdg11Targets = loadTargetSet(read.value.targets!, sdg11);
