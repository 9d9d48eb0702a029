// What every presenter-mode screen gets: the stores, the rules, and one way in for every action (keys, buttons
// and the presenter view all send the same commands).
import type { Controller } from '../../app/controller';
import type { Room } from '../../app/room';
import type { Command } from '../../presenter/commands';
import type { Presenter } from '../../presenter/presenter';
import type { PresenterStores } from '../../presenter/stores';
import type { CatalogueEntry } from '../../story/scenario';

export interface RoomUi extends Omit<Room, 'lookahead'> {
  catalogue: CatalogueEntry[];
  controller: Controller;
  presenter: Presenter;
  stores: PresenterStores;
  command(cmd: Command): void;
  saveRecord(): void;
}
