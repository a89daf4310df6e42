import type { NativeName } from '@/types/partner';
import { directionOf } from '@/lib/partners/native-name';

/** A partner's own names, shown after its name (`after`, the text's start), each with its `lang`. */
export interface TooltipNative {
  after: string;
  names: readonly NativeName[];
}

/** The map's one tooltip: a partner's or group's description next to the pointer or focus ring. */
export class MapTooltip {
  private readonly el: HTMLDivElement;

  constructor(container: HTMLElement) {
    this.el = document.createElement('div');
    this.el.className = 'map-tooltip';
    this.el.setAttribute('role', 'tooltip');
    this.el.hidden = true;
    container.appendChild(this.el);
  }

  show(text: string, x: number, y: number, native?: TooltipNative) {
    if (native?.names.length && text.startsWith(native.after)) {
      // "Osan · 오산시 — South Korea · …": each own name in a <bdi> with its language.
      const parts: (string | Node)[] = [native.after];
      for (const n of native.names) {
        const bdi = document.createElement('bdi');
        bdi.lang = n.lang;
        const dir = directionOf(n.lang);
        if (dir) bdi.dir = dir;
        bdi.textContent = n.text;
        parts.push(' · ', bdi);
      }
      this.el.replaceChildren(...parts, text.slice(native.after.length));
    } else this.el.textContent = text;
    this.el.hidden = false;
    this.el.style.transform = `translate(${x + 14}px, ${y + 14}px)`;
  }

  hide() {
    this.el.hidden = true;
  }

  remove() {
    this.el.remove();
  }
}
