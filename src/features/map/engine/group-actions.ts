import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '@/types/partner';
import type { ShownGroup } from './layout-features';
import type { PartnerDisplay } from './partner-display';

/** "Country · 9: Town A, Town B, …": what a group's tooltip says and a screen reader hears. */
export function describeGroup(group: ShownGroup, display: PartnerDisplay, lang: Lang): string {
  return `${group.label[lang]}: ${group.members.map((m) => display.nameOf(m, lang)).join(', ')}`;
}

/** A group whose members stay together, listed beside its marker (CSS px in the map). */
export interface GroupListing {
  id: string;
  label: string;
  members: { id: string; name: string }[];
  x: number;
  y: number;
}

/** Tells the map's member list what to show (null: nothing); the list closes when the map moves. */
export class GroupListWatch {
  private listener: ((listing: GroupListing | null) => void) | null = null;

  constructor(private readonly map: MapLibreMap) {}

  readonly subscribe = (listener: (listing: GroupListing | null) => void) => {
    this.listener = listener;
    this.map.on('movestart', this.close);
    return () => {
      this.map.off('movestart', this.close);
      this.listener = null;
    };
  };

  show(listing: GroupListing) {
    this.listener?.(listing);
  }

  readonly close = () => this.listener?.(null);
}
