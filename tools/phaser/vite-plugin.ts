// Builds Phaser from its own CommonJS sources (the core build: no physics, tilemaps or sound, which the stage does
// not use) and gives the game `virtual:phaser-steps`: its modules, to be evaluated one at a time in the order its
// entry would evaluate them (module-plan.ts). src/stage/phaser-load.ts runs them between input events, so Phaser never lands in a
// task a learner's press would wait behind. The dev server uses the ready-made bundle instead (no stepping).
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve as resolvePath, sep } from 'node:path';
import type { Plugin } from 'vite';
import { planModules, readRequires, type ModulePlan } from './module-plan.ts';

const ID = 'virtual:phaser-steps';
const RESOLVED = '\0' + ID;
const EMPTY = '\0phaser-empty';

// Phaser's build flags, as its own webpack build sets them: both renderers, no debugging aid, no Phaser sound
// (Howler plays the game's sound), no Facebook Instant Games or 3D camera plugins.
const FLAGS: [RegExp, string][] = [
  [/typeof WEBGL_RENDERER/g, 'true'],
  [/typeof CANVAS_RENDERER/g, 'true'],
  [/typeof WEBGL_DEBUG/g, 'false'],
  [/typeof FEATURE_SOUND/g, 'false'],
  [/typeof PLUGIN_CAMERA3D/g, 'false'],
  [/typeof PLUGIN_FBINSTANT/g, 'false'],
];

const require = createRequire(import.meta.url);
const phaserRoot = dirname(require.resolve('phaser/package.json'));
const phaserSrc = join(phaserRoot, 'src') + sep;
export const PHASER_ENTRY = join(phaserSrc, 'phaser-core.js');

/** JavaScript for a patch: `call` runs in the next task, if `guard` still holds then; `self` names `this` for both. */
function inNextTask(self: string, guard: string, call: string): string {
  return `var ${self} = this; window.setTimeout(function () { if (${guard}) { ${call}; } }, 0);`;
}

/** The scale manager's game is still there (not destroyed, nor on its way to be). */
const SCALE_LIVE = 'scale.game && !scale.game.pendingDestroy';

// Three of Phaser's start-up checks wait on the GPU or a software canvas for things the stage never uses, in one
// task each while the learner is on the title screen. A build that stops matching them fails, rather than quietly waiting again.
const PATCHES: { file: string; find: string; put: string; count: number }[] = [
  // The device check made a WebGL context just to see whether one can be made (70-400 ms at 4x). The stage makes
  // the one context it uses itself, and falls back to a 2D canvas when it cannot (src/stage/stage.ts). Every
  // browser that runs the game gives image data as Uint8ClampedArray.
  {
    file: 'device/Features.js',
    find: 'Features.webGL = testWebGL();',
    put: "Features.webGL = !!window['WebGLRenderingContext'];\n    isUint8 = true;",
    count: 1,
  },
  // The 2D canvas checks drew and read back pixels (a software canvas: 20-170 ms at 4x) for blend modes that only
  // Phaser's canvas renderer uses, the stage's fallback; every browser that runs the game has them. The other
  // result (inverse alpha) is read nowhere in Phaser.
  {
    file: 'device/CanvasFeatures.js',
    find: 'CanvasFeatures.supportNewBlendModes = checkBlendMode();',
    put: 'CanvasFeatures.supportNewBlendModes = true;',
    count: 1,
  },
  {
    file: 'device/CanvasFeatures.js',
    find: 'CanvasFeatures.supportInverseAlpha = checkInverseAlpha();',
    put: 'CanvasFeatures.supportInverseAlpha = false;',
    count: 1,
  },
  // The renderer turned on every compressed-texture extension the device has (27 lookups, each format turned on
  // in the GPU: 20-90 ms at 4x). The stage's pictures are drawn from SVG, never loaded compressed.
  {
    file: 'renderer/webgl/WebGLRenderer.js',
    find: 'this.compression = this.getCompressedTextures();',
    put: 'this.compression = { IMG: true };',
    count: 2,
  },
  // Phaser boots as soon as it is constructed, and starts in the task in which its default textures come in, right
  // after the renderer's own boot: two tasks of 90-190 ms at 4x as the learner reads the title. Each half now has a
  // task of its own (the stage is made long after the page's DOMContentLoaded, so booting was never waiting for it).
  {
    file: 'core/Game.js',
    find: 'DOMContentLoaded(this.boot.bind(this));',
    put: 'var boot = this.boot.bind(this);\n    DOMContentLoaded(function () { window.setTimeout(boot, 0); });',
    count: 1,
  },
  {
    file: 'core/Game.js',
    find: 'this.textures.once(TextureEvents.READY, this.texturesReady, this);',
    put: 'this.textures.once(TextureEvents.READY, function () { window.setTimeout(this.texturesReady.bind(this), 0); }, this);',
    count: 1,
  },
  // The boot (after the two patches here) was still one task of 70-100 ms at 4x in traces: reading the game's config
  // (12-18 ms), then making the renderer (about 60 ms, most of it setting every piece of WebGL state). The renderer is
  // made a task after the config is read: the rest of the boot moves into a method of its own, bootRenderer.
  {
    file: 'core/Game.js',
    find: 'CreateRenderer(this);',
    put:
      inNextTask('booting', '!booting.pendingDestroy', 'booting.bootRenderer()') +
      '\n    },\n\n    bootRenderer: function ()\n    {\n        CreateRenderer(this);',
    count: 1,
  },
  // The boot itself was still one task of 90-110 ms at 4x: making the renderer (about half), then the BOOT event,
  // on which the scale, texture and animation managers set themselves up. The event now has a task of its own.
  {
    file: 'core/Game.js',
    find: 'this.events.emit(Events.BOOT);',
    put: inNextTask('game', '!game.pendingDestroy', 'game.events.emit(Events.BOOT)'),
    count: 1,
  },
  // The BOOT event's task (above) was still 70-110 ms at 4x, about half of it the scale manager measuring the page
  // (a forced layout) and sizing the canvas. It now boots in the task after; nothing needs it before the default
  // textures are in (READY, on which it refreshes again, and the loop's first step come tasks later).
  {
    file: 'scale/ScaleManager.js',
    find: 'this.game.events.once(GameEvents.BOOT, this.boot, this);',
    put: `this.game.events.once(GameEvents.BOOT, function () { ${inNextTask('scale', SCALE_LIVE, 'scale.boot()')} }, this);`,
    count: 1,
  },
  // When the default textures are in, the READY event refreshed the scale manager (measuring the page again) and
  // made the system scene in one task of 65-95 ms at 4x; the refresh, a check that nothing moved since its boot,
  // now comes a task later.
  {
    file: 'scale/ScaleManager.js',
    find: 'game.events.once(GameEvents.READY, this.refresh, this);',
    put: `game.events.once(GameEvents.READY, function () { ${inNextTask('scale', SCALE_LIVE, 'scale.refresh()')} }, this);`,
    count: 1,
  },
  // Starting the game made the system scene and then, in the same task, the texture manager's stamp and tile sprite
  // (for drawing into dynamic textures, which the stage never uses; the tile sprite sets up its WebGL render nodes):
  // 30-45 ms of a task of 90-130 ms at 4x. Phaser's own handler, unchanged, now hears a signal sent in the next task
  // instead; a manager destroyed meanwhile sends none, and its destroy copes with no stamp.
  {
    file: 'textures/TextureManager.js',
    find: 'this.game.events.once(GameEvents.SYSTEM_READY, function (scene)',
    put:
      'var manager = this;\n        this.game.events.once(GameEvents.SYSTEM_READY, function (scene) { ' +
      "window.setTimeout(function () { if (manager.game) { manager.emit('stage:stamps', scene); } }, 0); });\n" +
      "        this.once('stage:stamps', function (scene)",
    count: 1,
  },
  {
    file: 'textures/TextureManager.js',
    find: 'this.stamp.destroy();',
    put: 'if (this.stamp) { this.stamp.destroy(); }',
    count: 1,
  },
];

function withPatches(id: string, code: string): string {
  let out = code;
  for (const p of PATCHES) {
    if (!id.endsWith(p.file)) continue;
    if (out.split(p.find).length - 1 !== p.count)
      throw new Error(
        `Phaser: ${p.file} no longer has "${p.find}" ${p.count} times; see tools/phaser/vite-plugin.ts`,
      );
    out = out.split(p.find).join(p.put);
  }
  return out;
}

function withFlags(code: string): string {
  let out = code;
  for (const [flag, value] of FLAGS) out = out.replace(flag, value);
  // The entry sets `global.Phaser`, a Node name: in the browser it is globalThis.
  return out.replace(/\bglobal\.Phaser\b/g, 'globalThis.Phaser');
}

/** A require from a Phaser source file, resolved as Node would (a folder's index.js, a package's main). */
function resolveFrom(from: string, request: string): string {
  if (!request.startsWith('.')) return require.resolve(request, { paths: [dirname(from)] });
  const base = resolvePath(dirname(from), request);
  for (const candidate of [base, `${base}.js`, join(base, 'index.js')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  throw new Error(`Phaser: cannot resolve "${request}" from ${from}`);
}

export function planPhaser(entry = PHASER_ENTRY): ModulePlan {
  return planModules(
    entry,
    (id) => readRequires(withPatches(id, withFlags(readFileSync(id, 'utf8')))),
    resolveFrom,
  );
}

export function phaserStepsPlugin(): Plugin {
  let serve = false;
  return {
    name: 'care-conversations-phaser-steps',
    enforce: 'pre',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    resolveId(id) {
      if (id === ID) return RESOLVED;
      // Only required behind WEBGL_DEBUG, which is off: never loaded, but the bundler still looks for it.
      if (id === 'phaser3spectorjs') return EMPTY;
      return null;
    },
    load(id) {
      if (id === EMPTY) return 'module.exports = {};';
      if (id !== RESOLVED) return null;
      if (serve)
        return "import * as Phaser from 'phaser';\nexport default { steps: [], entry: () => Phaser };\n";
      const plan = planPhaser();
      const req = (file: string) => `() => require(${JSON.stringify(file)})`;
      return [
        `// ${plan.steps.length} steps; ${plan.inCycles.length} more modules are evaluated in their cycle's step.`,
        `module.exports = {`,
        `  steps: [${plan.steps.map(req).join(',\n    ')}],`,
        `  entry: ${req(PHASER_ENTRY)},`,
        `};`,
      ].join('\n');
    },
    transform(code, id) {
      if (!id.startsWith(phaserSrc)) return null;
      return { code: withPatches(id, withFlags(code)), map: null };
    },
  };
}
