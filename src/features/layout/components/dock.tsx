import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isTabbed, type LayoutClass } from '../layout-class';
import type { DockState } from '../hooks/use-dock-state';
import { useDockControls } from '../hooks/use-dock-controls';
import './dock.css';

export interface DockPanel {
  id: string;
  label: string;
  content: ReactNode;
}

interface Props {
  layout: LayoutClass;
  panels: readonly DockPanel[];
  state: DockState;
  /** A reserved place under the panels (the kiosk's Start over). */
  footer?: ReactNode;
}

/**
 * The panels beside or under the map: a sidebar (wide), a bottom sheet with tabs (phones), tabs
 * under the map (portrait kiosks) or buttons that unfold one panel (small embeds). Every panel
 * stays mounted in every layout (an inactive one is `hidden`), so nothing reloads on a resize.
 */
export function Dock({ layout, panels, state, footer }: Props) {
  const { t } = useTranslation();
  const tabbed = isTabbed(layout);
  const controls = useDockControls(layout);
  const active = panels.some((p) => p.id === state.active) ? state.active : (panels[0]?.id ?? '');
  const open = layout === 'fold' ? (state.unfolded ? active : null) : active;
  const shown = (id: string) => layout === 'wide' || open === id;
  const select = (id: string) => {
    state.setActive(id);
    if (layout === 'sheet' && state.snap === 'peek') state.setSnap('half');
  };
  const toggle = (id: string) => {
    if (open === id) state.setUnfolded(false);
    else state.reveal(id);
  };

  return (
    <aside
      className="dock"
      data-snap={layout === 'sheet' ? state.snap : undefined}
      data-open={layout === 'fold' && open ? '' : undefined}
    >
      {controls && layout === 'sheet' && (
        <controls.SheetGrip snap={state.snap} onSnap={state.setSnap} />
      )}
      {controls && tabbed && panels.length > 1 && (
        <controls.DockTabs
          panels={panels}
          active={active}
          onSelect={select}
          label={t('layout.panels')}
        />
      )}
      {controls && layout === 'fold' && (
        <controls.FoldBar panels={panels} open={open} onToggle={toggle} />
      )}
      <div className="dock-panels">
        {panels.map((p) => (
          <div
            key={p.id}
            id={`dock-panel-${p.id}`}
            className="dock-panel"
            role={tabbed && panels.length > 1 ? 'tabpanel' : undefined}
            aria-labelledby={tabbed && panels.length > 1 ? `dock-tab-${p.id}` : undefined}
            hidden={!shown(p.id)}
          >
            {p.content}
          </div>
        ))}
      </div>
      {footer && <div className="dock-footer">{footer}</div>}
    </aside>
  );
}
