export type * from './types';
export { validateScenario, type ContentProblem } from './validateScenario';
export {
  BUILT_IN_IDS,
  findPack,
  findScenario,
  isBuiltIn,
  loadBuiltIn,
  loadBuiltIns,
  loadedScenarios,
  loadPack,
  onPackRegistered,
  registerPack,
  switchContentLanguage,
  useTranslations,
  type TranslationLoader,
  unregisterPack,
} from './registry';
export { loadPackData, loadPackText, type PackLoad, type PackProblem } from './pack/loadPack';
export { compilePack, scenarioNamespace, type CompiledPack } from './pack/compile';
export type { TextTree } from './pack/texts';
export { packSchema, PACK_FORMAT, PACK_SCHEMA_FILE, type Pack } from './schema/packSchema';
export { toJsonSchema } from './schema/dsl';
export { parseUntrustedJson, type ParseProblem } from './schema/parseJson';
export { MAX_FILE_BYTES } from './schema/limits';
export { describePackProblem, type Translate } from './pack/describe';
