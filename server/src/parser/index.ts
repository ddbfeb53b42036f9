export { parse, parseVersion, type ParseOptions } from './parse';
export { LineMap, splitLines } from './lines';
export { detectLanguage } from './language';
