import type * as Replicad from "replicad";
import type { KernelFiles } from "../kernelFiles";
import { FontError, fontBytes } from "./fontSource";

type ReplicadText = Pick<typeof Replicad, "loadFont" | "getFont" | "textBlueprints" | "drawText" | "sketchText">;
type Font = ReturnType<typeof Replicad.getFont>;
type TextConfig = { fontFamily?: string } | undefined;
// replicad declares `fontFamily` as the literal type "string"; these functions take any family name.
type TextFunction = (text: string, config?: TextConfig, ...rest: unknown[]) => unknown;

/**
 * Fonts as user code sees them through replicad's text functions. replicad keeps loaded fonts
 * in one registry for the whole realm; here each build sees only the fonts it loaded itself, and
 * a freshly parsed default font, so nothing a candidate loads or changes reaches the next one.
 * As in replicad's studio, the default font is there before the code runs (when the code names a
 * text function) and `loadFont` of a family already loaded returns it without reading anything.
 */
export class BuildFonts {
  private defaultFont: Promise<ArrayBuffer> | null = null;
  /** Families loaded during the running build. */
  private loaded = new Set<string>();
  private warn: (text: string) => void = () => {};
  private watched: [string, object][] = [];

  constructor(
    private readonly replicad: ReplicadText,
    private readonly files: KernelFiles,
  ) {}

  /** Starts a build: it has no font yet, and gets the default one now when it will draw text. */
  async begin(needsDefault: boolean, warn: (text: string) => void): Promise<void> {
    this.loaded = new Set();
    this.warn = warn;
    if (needsDefault) await this.loadDefault();
  }

  /** The font library's prototypes, once a font has been read: the realm guard watches them as it does replicad's. */
  prototypes(): [string, object][] {
    return this.watched;
  }

  /** replicad's text functions with this build's fonts; they replace replicad's own in what user code gets. */
  readonly functions: ReplicadText = {
    loadFont: ((source: unknown, family = "default", force = false) => {
      if (!force && (this.loaded.has(family) || family === "default")) return this.loadDefault().then(() => this.replicad.getFont(family));
      // Read synchronously, so a source of the wrong kind fails at the code's own line.
      const bytes = fontBytes(source, (url) => this.files.fontFile(url));
      bytes.catch(() => undefined);
      return this.loadDefault().then(async () => this.parse(await bytes, family));
    }) as ReplicadText["loadFont"],
    getFont: ((family = "default") => (this.loaded.has(family) ? this.replicad.getFont(family) : undefined)) as ReplicadText["getFont"],
    textBlueprints: this.withFonts("textBlueprints") as ReplicadText["textBlueprints"],
    drawText: this.withFonts("drawText") as ReplicadText["drawText"],
    sketchText: this.withFonts("sketchText") as ReplicadText["sketchText"],
  };

  /** replicad's `operation`, drawing with a family this build loaded. */
  private withFonts(operation: "textBlueprints" | "drawText" | "sketchText"): TextFunction {
    return (text, config, ...rest) => (this.replicad[operation] as unknown as TextFunction)(text, this.configFor(config, operation), ...rest);
  }

  private async loadDefault(): Promise<void> {
    if (this.loaded.has("default")) return;
    this.defaultFont ??= this.files.defaultFont();
    let bytes: ArrayBuffer;
    try {
      bytes = await this.defaultFont;
    } catch (error) {
      // Not kept: a later build tries again (the page may be back online).
      this.defaultFont = null;
      throw new FontError(`the default font could not be loaded: ${(error as Error).message}`);
    }
    const font = await this.parse(bytes.slice(0), "default");
    if (this.watched.length === 0) this.watched = fontPrototypes(font);
  }

  private async parse(bytes: ArrayBuffer, family: string): Promise<Font> {
    let font: Font;
    try {
      font = await this.replicad.loadFont(bytes, family, true);
    } catch (error) {
      throw new FontError(`loadFont could not read the font for family "${family}": ${(error as Error).message}; TTF, OTF and WOFF fonts can be read, WOFF2 cannot`);
    }
    this.loaded.add(family);
    return font;
  }

  /** The code's text settings, with a family it did not load replaced by the default, as replicad does, but said in the build's console. */
  private configFor<C extends TextConfig>(config: C, operation: string): C {
    const family = config?.fontFamily ?? "default";
    if (this.loaded.has(family)) return config;
    if (!this.loaded.has("default")) {
      throw new FontError(`${operation} has no font to draw with: this build loaded none; call \`await loadFont(...)\` first, or name ${operation} directly in the code so the default font is loaded before it runs`);
    }
    this.warn(`font family "${family}" was not loaded in this build, so ${operation} uses the default font; load it first with \`await loadFont(url or bytes, "${family}")\``);
    return { ...config, fontFamily: "default" } as C;
  }
}

/** The prototypes behind a font, its glyphs and the paths it draws, which every later font shares. */
function fontPrototypes(font: Font): [string, object][] {
  const samples: [string, unknown][] = [
    ["opentype.Font", font],
    ["opentype.GlyphSet", font.glyphs],
    ["opentype.Glyph", font.glyphs.get(0)],
    ["opentype.Path", font.getPath("A", 0, 0, 1)],
  ];
  return samples.flatMap(([label, sample]) => {
    const prototype = sample && typeof sample === "object" ? Object.getPrototypeOf(sample) : null;
    return prototype && prototype !== Object.prototype ? [[`${label}.prototype`, prototype] as [string, object]] : [];
  });
}
