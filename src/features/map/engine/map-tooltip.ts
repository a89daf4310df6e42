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

  show(text: string, x: number, y: number) {
    this.el.textContent = text;
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
