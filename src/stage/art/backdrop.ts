// Backdrops for every location in stories/locations.json, as SVG strings (1920 x 1080). Rooms are calm and
// muted so that people and text stand out: the lower third stays plain for dialogue, the middle open for
// the cast.

import { locations } from '../../story/registries';
import { agencyOfficeSvg } from './backdrops/agency-office';
import { bedroomSvg } from './backdrops/bedroom';
import { communicationBoardSvg } from './backdrops/communication-board';
import { backdropRoot } from './backdrops/common';
import { corridorSvg } from './backdrops/corridor';
import { hallwaySvg } from './backdrops/hallway';
import { kitchenSvg } from './backdrops/kitchen';
import { loungeSvg } from './backdrops/lounge';
import { meetingRoomSvg } from './backdrops/meeting-room';
import { officeSvg } from './backdrops/office';
import { staffRoomSvg } from './backdrops/staff-room';
import { escapeText } from './svg';

const rooms: Readonly<Record<string, () => string>> = {
  bedroom: bedroomSvg,
  lounge: loungeSvg,
  corridor: corridorSvg,
  office: officeSvg,
  kitchen: kitchenSvg,
  hallway: hallwaySvg,
  'agency-office': agencyOfficeSvg,
  'staff-room': staffRoomSvg,
  'meeting-room': meetingRoomSvg,
  'communication-board': communicationBoardSvg,
};

const registry: Readonly<Record<string, { name: string; about: string }>> = locations;

/** Every location id the stories may name (from stories/locations.json). */
export const locationIds: readonly string[] = Object.keys(registry);

export function backdropSvg(locationId: string): string {
  const entry = Object.hasOwn(registry, locationId) ? registry[locationId] : undefined;
  const draw = Object.hasOwn(rooms, locationId) ? rooms[locationId] : undefined;
  if (entry === undefined) {
    throw new Error(`Unknown location "${locationId}"; the locations are ${locationIds.join(', ')}`);
  }
  if (draw === undefined) throw new Error(`Location "${locationId}" has no backdrop drawn yet`);
  return backdropRoot(escapeText(entry.name), [draw()]);
}
