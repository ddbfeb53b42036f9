export { CONFIG_NAMES, loadConfigFor, mergeConfigs, parseConfig, type ConfigFileSystem, type ConfigProblem, type RuleSetting, type UnresConfig } from './configFile';
export { isIgnored } from './ignore';
