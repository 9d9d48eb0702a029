// Baseline 2, the straightforward way to put words over a stage: one Phaser scene that, once the engine has booted,
// paints a room and shows the same first line and options (real DOM buttons in Phaser's DOM container, so they are
// found and timed exactly like the game's). The words wait for Phaser: this is what the game must beat.
import * as Phaser from 'phaser';
import scenario from 'virtual:bench-story';
import { mountPlayer } from '../player';
import '../styles.css';

class TalkScene extends Phaser.Scene {
  constructor() {
    super('talk');
  }

  create(): void {
    const { width, height } = this.scale.gameSize;
    // A flat room, like the game's backdrops: wall, floor, window.
    this.add.rectangle(0, 0, width, height * 0.65, 0xd9cdb8).setOrigin(0, 0);
    this.add.rectangle(0, height * 0.65, width, height * 0.35, 0x9c7b5b).setOrigin(0, 0);
    this.add.rectangle(width * 0.62, height * 0.12, width * 0.22, height * 0.3, 0xa9cfe0).setOrigin(0, 0);
    const root = document.createElement('div');
    root.id = 'root';
    this.add.dom(0, 0, root).setOrigin(0, 0);
    mountPlayer(root, scenario.json);
    document.body.dataset.stage = 'ready';
  }
}

const parent = document.getElementById('stage')!;
new Phaser.Game({
  type: Phaser.AUTO,
  parent,
  banner: false,
  audio: { noAudio: true },
  dom: { createContainer: true },
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  backgroundColor: '#f4f1ea',
  scene: TalkScene,
});
