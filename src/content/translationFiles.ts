/**
 * The built-in scenarios' translations, one file per scenario and language, each its own chunk
 * in the build: a player downloads only the language they use. (Kept apart from the registry so
 * command-line tools, which read the packs directly, never need the bundler's glob import.)
 */
const FILES = import.meta.glob<{ default: unknown }>('./scenarios/translations/*/*.json');

export async function loadBuiltInTranslation(id: string, language: string): Promise<unknown> {
  const load = FILES[`./scenarios/translations/${language}/${id}.json`];
  return load ? (await load()).default : undefined;
}
