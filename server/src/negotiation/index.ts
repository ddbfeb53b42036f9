export { scanNegotiation } from './scan';
export { compareLabels, labelKey, rankOf, readLabel, suffixOf } from './labels';
