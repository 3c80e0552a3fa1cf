import type { LanguageCatalogue } from '../types';

export default {} satisfies LanguageCatalogue;
