// The stage: a Phaser scene that draws the room and the people in it, from a StageState. It knows nothing about
// ink or scoring; it is told what to show and shows it, with gentle transitions (none when motion is reduced).

import type * as Phaser from 'phaser';
import { nextTask } from '../app/next-task';
import { loadPhaser, type PhaserModule } from './phaser-load';
import { cast } from '../story/registries';
import { backdropSvg, characterSvg, toLook } from './art';
import { coverBox, personBoxes, STEP_BACK, textureHeight, type Box, type Clear } from './layout';
import { afterPaint } from '../state/after-paint';
import { hold, sleepWhenStill } from './idle';
import { addCanvasTexture, preparingPicture, svgTexture, texturesPending, warmPainter } from './textures';
import type { StageState } from '../story/staging';

export interface StageView {
  show(state: StageState): void;
  /** The words are changing: draw nothing until they are painted (show() does this too). */
  giveWay(): void;
  /** The part of the canvas the interface leaves clear (null: all of it): the people's faces are kept inside it.
   *  Redraws once the frame being painted is done, never in it. */
  frame(clear: Clear | null): void;
  setReducedMotion(reduce: boolean): void;
  /** 'webgl' or 'canvas': which renderer Phaser chose (the tests insist on WebGL). */
  renderer(): string;
  /** Where each person is on the canvas now (in the last frame drawn), in canvas pixels: the tests check faces
   *  against the panel with it. */
  placed(): { id: string; box: Box }[];
  /** Whether the last state shown is on the canvas: no show waiting for a paint, no picture being made, no fade. */
  settled(): boolean;
  /** Whether a room is on the canvas (at least half faded in): what the first line of a scenario needs. */
  roomShown(): boolean;
  destroy(): void;
}

/** Told when a picture starts and finishes being drawn, so the loading bar can show real progress. */
export interface PictureProgress {
  start(key: string): void;
  end(key: string, ok: boolean): void;
}

const FADE_MS = 350;

// The scene is defined once Phaser is loaded (phaser-load.ts evaluates it a slice at a time), not when this
// module is: the class extends Phaser's Scene.
function defineStageScene(P: PhaserModule) {
  return class StageScene extends P.Scene {
    private backdrop: Phaser.GameObjects.Image | null = null;
    private people = new Map<string, Phaser.GameObjects.Image>();
    private state: StageState | null = null;
    private drawn = 0; // bumps on every show(), so a slow texture for an old state is dropped
    clear: Clear | null = null;
    /** Where the people were in the last frame drawn: what the canvas shows, not what is about to be drawn. */
    placed: { id: string; box: Box }[] = [];
    reduceMotion = false;
    /** The warm-up picture is not made yet: the loop must not sleep before it has drawn it. */
    warming = false;
    progress: PictureProgress | null = null;
    /** A picture that was being made is on the stage now: draw it (unless the words are on their way). */
    arrived: () => void = () => {};

    constructor() {
      super('stage');
    }

    create(): void {
      this.scale.on('resize', () => this.redraw(true));
      this.events.once(P.Scenes.Events.SHUTDOWN, () => this.scale.removeAllListeners('resize'));
      // The warm-up waits for the scene's first frame, and then has a task of its own: with the scene's start it was
      // one task of 110-125 ms at 4x CPU throttling in cold loads like the bench's (its picture is the first the
      // renderer makes, and its first image).
      this.warming = true;
      this.events.once(P.Scenes.Events.RENDER, () => void nextTask().then(() => this.warmUp()));
      this.events.on(P.Scenes.Events.RENDER, () => {
        this.placed = [...this.people].map(([id, img]) => ({
          id,
          box: { x: img.x, y: img.y, width: img.displayWidth, height: img.displayHeight },
        }));
      });
      if (this.state) this.redraw(true);
    }

    /** Draws one invisible picture, so the stage's shader is compiled while the learner is on the title screen (a
     *  wait of 70-200 ms at 4x CPU throttling), not in the first frame of their first conversation. Not in the scene's
     *  first frame: that frame runs the scene's updating and drawing code for the first time, and with the shader's
     *  compiling and linking it was one task of 80-175 ms at 4x in traces of cold loads. */
    private warmUp(): void {
      this.warming = false; // the loop may sleep after the next frame's update: that frame draws the picture first
      if (!this.sys.isActive()) return;
      const blank = document.createElement('canvas');
      blank.width = 2;
      blank.height = 2;
      addCanvasTexture(this, 'stage:warm-up', blank);
      const img = this.add.image(0, 0, 'stage:warm-up').setOrigin(0, 0);
      this.events.once(P.Scenes.Events.RENDER, () => img.destroy());
      void warmPainter();
    }

    /**
     * The texture for `key`, drawn from the SVG if it is not made yet; the progress hook hears about new ones.
     * `svg` is only called for a new texture: building the markup costs more than looking the texture up.
     * A texture already made is `true` at once, not a promise: the caller then changes the picture before the loop
     * draws its next frame (see wake in idle.ts), instead of a microtask later.
     */
    private texture(key: string, svg: () => string, width: number, height: number): true | Promise<boolean> {
      if (this.textures.exists(key)) return true;
      return this.makeTexture(key, svg, width, height);
    }

    private async makeTexture(
      key: string,
      svg: () => string,
      width: number,
      height: number,
    ): Promise<boolean> {
      // Each picture's markup is built in a task of its own: building a person's SVG and starting its image, for
      // everyone on the stage at once, was one task of 60-110 ms at 4x, long enough to hold up the next key press.
      const prepared = preparingPicture();
      let markup: string;
      try {
        await nextTask();
        markup = svg();
      } catch {
        return false; // a room, look or mood the art does not know: described in words, not drawn
      } finally {
        prepared();
      }
      this.progress?.start(key);
      const ok = await svgTexture(this, key, markup, width, height);
      this.progress?.end(key, ok);
      return ok;
    }

    show(state: StageState): void {
      const previous = this.state;
      this.state = state;
      if (!this.sys.isActive()) return;
      this.redraw(previous?.location !== state.location);
    }

    /** Whether the stage has been shown a state: until then the canvas is empty. */
    showing(): boolean {
      return this.state !== null;
    }

    roomShown(): boolean {
      return !!this.backdrop && this.backdrop.alpha >= 0.5;
    }

    /** The room (when the state has one) and everyone in it fully faded in: a new tween may not be listed yet. */
    opaque(): boolean {
      if (this.state?.location && (!this.backdrop || this.backdrop.alpha < 0.99)) return false;
      return [...this.people.values()].every((img) => img.alpha >= 0.99);
    }

    /** The clear part of the canvas changed: the same people, placed again (at once: a glide is many frames). */
    reframe(): void {
      if (this.sys.isActive()) void this.redraw(false, false);
    }

    private async redraw(newRoom: boolean, glide = true): Promise<void> {
      const state = this.state;
      if (!state) return;
      const ticket = ++this.drawn;
      const { width, height } = this.scale.gameSize;
      const dpr = Math.min(2, globalThis.devicePixelRatio || 1);

      if (state.location) {
        const box = coverBox(width, height);
        const px = textureHeight(box.height, dpr);
        const key = `room:${state.location}:${px}`;
        const location = state.location;
        // A room the art does not know: the people stand against the plain background instead.
        const made = this.texture(key, () => backdropSvg(location), (px * 16) / 9, px);
        if (made === true || (await made)) {
          if (ticket !== this.drawn) return;
          if (this.backdrop?.texture.key !== key) {
            const old = this.backdrop;
            this.backdrop = this.add.image(box.x, box.y, key).setOrigin(0, 0).setDepth(0);
            this.fadeIn(this.backdrop, newRoom);
            if (old) this.fadeOut(old, newRoom);
          }
          this.backdrop.setDisplaySize(box.width, box.height).setPosition(box.x, box.y);
          if (made !== true) this.arrived();
        }
      }

      const visible = state.people.filter((p) => !p.offstage && cast[p.id]);
      const boxes = personBoxes(visible.length, width, height, this.clear);
      const wanted = new Set(visible.map((p) => p.id));
      for (const [id, img] of this.people) {
        if (!wanted.has(id) || newRoom) {
          this.people.delete(id);
          this.fadeOut(img, true);
        }
      }
      await Promise.all(
        visible.map(async (p, i) => {
          const box = boxes[i]!;
          const px = textureHeight(box.height, dpr);
          const key = `person:${p.id}:${p.mood}:${px}`;
          const entry = cast[p.id]!;
          const svg = () => characterSvg({ age: entry.age, look: toLook(entry.look) }, p.mood);
          const made = this.texture(key, svg, (px * 400) / 560, px);
          if ((made !== true && !(await made)) || ticket !== this.drawn) return;
          let img = this.people.get(p.id);
          if (!img) {
            img = this.add.image(box.x, box.y, key).setOrigin(0, 0).setDepth(10);
            this.people.set(p.id, img);
            this.fadeIn(img, true);
          } else if (img.texture.key !== key) {
            // A change of face is a swap, as in a picture book: a cross-fade on every reply kept the stage drawing
            // (two full-size people blended, frame after frame) while the learner read and chose.
            img.setTexture(key);
          }
          const speaking = state.speaking === p.id;
          img.setDisplaySize(box.width, box.height).setDepth(speaking ? 11 : 10);
          // The speaker steps forward at once; people only glide when the line-up changes (someone came or went).
          // A glide or fade on every line kept the stage drawing through most of the learner's next key press.
          this.move(img, box.x, box.y + (speaking ? 0 : box.height * STEP_BACK), glide && img.x !== box.x);
          img.setTint(speaking || !state.speaking ? 0xffffff : 0xc8ccd2);
          if (made !== true) this.arrived();
        }),
      );
    }

    private fadeIn(obj: Phaser.GameObjects.Image, slow: boolean): void {
      if (this.reduceMotion) return void obj.setAlpha(1);
      obj.setAlpha(0);
      this.tweens.add({ targets: obj, alpha: 1, duration: slow ? FADE_MS : FADE_MS / 2 });
    }

    private fadeOut(obj: Phaser.GameObjects.Image, slow: boolean): void {
      if (this.reduceMotion) return void obj.destroy();
      this.tweens.add({
        targets: obj,
        alpha: 0,
        duration: slow ? FADE_MS : FADE_MS / 2,
        onComplete: () => obj.destroy(),
      });
    }

    private move(obj: Phaser.GameObjects.Image, x: number, y: number, glide: boolean): void {
      if (this.reduceMotion || !glide || (obj.x === x && obj.y === y)) return void obj.setPosition(x, y);
      this.tweens.add({ targets: obj, x, y, duration: FADE_MS });
    }
  };
}

type StageScene = InstanceType<ReturnType<typeof defineStageScene>>;

/** A WebGL context made as Phaser's WebGL renderer would make it for this stage's settings, or null. */
function webglContext(canvas: HTMLCanvasElement): WebGLRenderingContext | null {
  try {
    const gl = canvas.getContext('webgl', {
      alpha: true, // transparent: the page's colour shows behind the room
      depth: true,
      // No multisampling: the stage draws only upright pictures whose edges are in their own (smoothed) pixels, so
      // it smoothed nothing one could see, and in software WebGL it made every frame the canvas took part in about
      // a third dearer for the GPU process (docs/performance.md), whose frames the words' next frame waits behind.
      antialias: false,
      premultipliedAlpha: true,
      stencil: true,
      desynchronized: false,
      failIfMajorPerformanceCaveat: false,
      powerPreference: 'default',
      preserveDrawingBuffer: false,
    });
    return gl && !gl.isContextLost() ? gl : null;
  } catch {
    return null;
  }
}

export async function createStage(
  parent: HTMLElement,
  progress: PictureProgress | null = null,
): Promise<StageView> {
  // User Timing measures (stage:phaser, stage:context, stage:game): the bench and a trace show what each costs.
  const t0 = performance.now();
  const P = await loadPhaser();
  performance.measure('stage:phaser', { start: t0 });
  const scene: StageScene = new (defineStageScene(P))();
  scene.progress = progress;
  // The canvas and its WebGL context are made here, in a task of their own (making a context waits on the GPU),
  // rather than inside Phaser's boot; Phaser's own check that WebGL works, which made a second context, is left out
  // of the build (tools/phaser/vite-plugin.ts). No WebGL: Phaser draws on a 2D canvas instead.
  // At the size Phaser will give it: a WebGL canvas whose size changes allocates its drawing buffer again.
  const width = parent.clientWidth || 1024;
  const height = parent.clientHeight || 768;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const t1 = performance.now();
  const gl = webglContext(canvas);
  performance.measure('stage:context', { start: t1 });
  await nextTask();
  return new Promise((resolve) => {
    const t2 = performance.now();
    const game = new P.Game({
      type: gl ? P.WEBGL : P.CANVAS,
      canvas,
      // Phaser's types say a 2D context here; its WebGL renderer takes the WebGL one it is given.
      ...(gl ? { context: gl as unknown as CanvasRenderingContext2D } : {}),
      parent,
      transparent: true,
      banner: false,
      audio: { noAudio: true },
      // The stage is a picture: nothing on it is pressed. Phaser's input managers would otherwise handle every key
      // and pointer event on the page (its keyboard plugin took 36 ms of one play-through's 80 key presses at 4x CPU throttling).
      input: { keyboard: false, mouse: false, touch: false, gamepad: false },
      scale: {
        mode: P.Scale.RESIZE,
        width,
        height,
      },
      // One texture per draw: the stage has a room and a few people, so a few more draw calls cost nothing, while
      // Phaser compiles a new shader each time a batch holds more textures than before (TexCount 1, 2, 3, 4, 7 in
      // one play-through), each link a wait of 50-500 ms at 4x CPU throttling, in the middle of the conversation.
      //
      // A batch of 1024 quads, not Phaser's 16384: each batch handler fills a vertex buffer of that size when the
      // renderer boots, and uploading Phaser's (about 1.8 MB for quads, 2.9 MB for tile sprites) was 57 ms of a
      // 159 ms boot task at 4x. The stage draws tens of quads a frame, so the smaller batch never splits a draw.
      // `antialias` is the pictures' smooth scaling; `antialiasGL` the context's multisampling, off (webglContext).
      render: { antialias: true, antialiasGL: false, maxTextures: 1, batchSize: 1024 },
      callbacks: {
        // The scene is added in a task after Phaser's boot, not given in the config: booting the game and starting
        // a scene (its plugins, the renderer's batches, the warm-up picture) were one task of 100-180 ms at 4x.
        postBoot: () => void nextTask().then(() => started()),
      },
    });
    performance.measure('stage:game-constructor', { start: t2 });
    const started = () => {
      game.scene.add('stage', scene, true);
      performance.measure('stage:game', { start: t2 });
      const wakeLoop = sleepWhenStill(game, scene, () => scene.warming);
      // The words change first: the picture follows once they are painted (only the latest state is drawn).
      let next: StageState | null = null;
      let reframing = false;
      // Held from a change of words until their frame is painted: a picture arriving then waits for that wake.
      let held = false;
      const holdFor = (): void => {
        held = true;
        hold(game);
      };
      const wake = (): void => {
        held = false;
        wakeLoop();
      };
      // In the next animation frame, not here: Phaser's wake draws a frame at once, and here is the end of the task
      // that painted the picture (the frame would lengthen it by 10-40 ms at 4x).
      let arriving = false;
      scene.arrived = () => {
        if (arriving) return;
        arriving = true;
        requestAnimationFrame(() => {
          arriving = false;
          if (!held) wakeLoop();
        });
      };
      resolve({
        show: (s) => {
          holdFor();
          if (next === null)
            afterPaint(() => {
              const state = next!;
              next = null;
              // The picture changes first, then the loop wakes: waking draws a frame there and then (Phaser's
              // wake ticks at once), and it is the frame that shows the change unless a texture is on its way
              // (its arrival wakes the loop again).
              scene.show(state);
              wake();
            });
          next = s;
        },
        giveWay: () => {
          if (next !== null || !game.loop.running) return;
          holdFor();
          afterPaint(() => {
            if (next === null) wake();
          });
        },
        frame: (clear) => {
          scene.clear = clear;
          // A show() on its way draws with it; otherwise one redraw, once the words' frame is painted.
          // Nothing shown yet (the title, the list of scenarios): nothing to place again, so no frame is drawn. The
          // first clear arrives as the stage starts, and its frame of nothing was a task of 70-100 ms at 4x.
          if (next !== null || reframing || !scene.showing()) return;
          reframing = true;
          holdFor();
          afterPaint(() => {
            reframing = false;
            scene.reframe();
            wake();
          });
        },
        setReducedMotion: (r) => {
          scene.reduceMotion = r;
        },
        renderer: () => (game.renderer.type === P.WEBGL ? 'webgl' : 'canvas'),
        placed: () => scene.placed,
        roomShown: () => scene.roomShown(),
        settled: () =>
          next === null && texturesPending() === 0 && scene.tweens.getTweens().length === 0 && scene.opaque(),
        destroy: () => game.destroy(true),
      });
    };
  });
}
