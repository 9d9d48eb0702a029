// What every presenter-mode screen gets: the stores, the rules, and one way in for every action (keys, buttons
// and the presenter view all send the same commands).
import type { Controller } from '../../app/controller';
import type { Command } from '../../presenter/commands';
import type { Presenter } from '../../presenter/presenter';
import type { SessionRecord } from '../../presenter/record';
import type { PresenterStores } from '../../presenter/stores';
import type { CatalogueEntry } from '../../story/scenario';

export interface RoomUi {
  catalogue: CatalogueEntry[];
  controller: Controller;
  presenter: Presenter;
  stores: PresenterStores;
  command(cmd: Command): void;
  choose(id: string): void;
  start(id: string): Promise<void>;
  toStart(): void;
  record(): SessionRecord | null;
  title(id: string): string;
  saveRecord(): void;
}
