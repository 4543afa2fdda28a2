/**
 * How the wizard page's client code is cut into files. Every file is gzipped on its own for the
 * byte budget, and each costs its own overhead, so the wizard gets two: `wizard`, what the page
 * loads statically (Preact and the wizard's component with everything it imports),
 * and `wizard-later`, what the wizard only reaches through import() (the later steps, sending, the
 * SLA clock, the matcher), fetched as the wizard starts; the attachments control goes in a third,
 * `wizard-attachments`, fetched when the issue step shows. The modules the wizard shares with a
 * catalogue page's script (the catalogue helpers, coverage rules and routes the compare page and
 * the tier finder use too) go to one file, `shared`, so those pages never download the wizard and
 * the wizard pays for one more file, not one per module; those the wizard reaches only through
 * import() (the matrix filter's case folding, which its topic list uses too) go to `shared-later`,
 * so its first script does not carry them.
 */
import type { ChunkingContext } from 'rolldown';

/** The wizard page's script, which mounts the wizard. */
const WIZARD_ENTRY = /[\\/]pages[\\/]support[\\/]new\.astro\?astro&type=script/;
/**
 * Astro's Preact renderer: built because the integration is there (it compiles the .tsx files), but
 * no page loads it, as no page has an island; a module only it reaches is left to the bundler.
 * Should a page gain a Preact island, its component's entry reaches Preact too, so Preact leaves
 * the `wizard` file (the rule below wants every entry to be the wizard's); check `npm run size`.
 */
const PREACT_RENDERER = /[\\/]@astrojs[\\/]preact[\\/]dist[\\/]client\.js$/;
/** Modules worth placing: the project's own, Preact, and Vite's helper for import(). */
const PLACED =
  /[\\/]src[\\/]|[\\/]node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]|vite[\\/]preload-helper/;

/** The attachments control: its own file, fetched when the issue step shows, not as the wizard starts. */
const ATTACHMENTS_UI = /[\\/]src[\\/](wizard[\\/]attachments[\\/]|domain[\\/]attachments\.ts$)/;

/**
 * The entries whose imports reach `id`: through static imports only (none for a module only
 * import() reaches), or with `dynamic`, through import() too.
 */
function entriesReaching(id: string, context: ChunkingContext, dynamic = false): Set<string> {
  const entries = new Set<string>();
  const seen = new Set([id]);
  const queue = [id];
  for (let module = queue.pop(); module !== undefined; module = queue.pop()) {
    const info = context.getModuleInfo(module);
    if (!info) continue;
    if (info.isEntry) entries.add(module);
    for (const importer of dynamic ? [...info.importers, ...info.dynamicImporters] : info.importers) {
      if (!seen.has(importer)) {
        seen.add(importer);
        queue.push(importer);
      }
    }
  }
  return entries;
}

/** The wizard file a module goes to, or null to leave it to the bundler. */
export function wizardChunk(id: string, context: ChunkingContext): string | null {
  if (!PLACED.test(id)) return null;
  const entries = [...entriesReaching(id, context)].filter((entry) => !PREACT_RENDERER.test(entry));
  if (entries.length === 0) {
    if (ATTACHMENTS_UI.test(id)) return 'wizard-attachments';
    return /[\\/]src[\\/](wizard|domain)[\\/]/.test(id) ? 'wizard-later' : null;
  }
  if (entries.every((entry) => WIZARD_ENTRY.test(entry))) return 'wizard';
  if (!/[\\/]src[\\/]/.test(id)) return null;
  if (entries.some((entry) => WIZARD_ENTRY.test(entry))) return 'shared';
  // Shared with a catalogue page, but reached by the wizard only through import(): not in its first script.
  const wizardLater = [...entriesReaching(id, context, true)].some((entry) => WIZARD_ENTRY.test(entry));
  return wizardLater ? 'shared-later' : null;
}
