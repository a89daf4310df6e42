/**
 * Drawn icons for the map's text buttons, shown instead of their text where the map is narrow
 * (map-view.css): the text stays in the button, visually hidden, so its accessible name is the same.
 */
const svgProps = {
  className: 'map-button-icon',
  viewBox: '0 0 24 24',
  width: 24,
  height: 24,
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

/** A globe: outline, a meridian and the equator. */
export function GlobeIcon() {
  return (
    <svg {...svgProps}>
      <circle cx="12" cy="12" r="9" />
      <ellipse cx="12" cy="12" rx="4" ry="9" />
      <path d="M3 12h18" />
    </svg>
  );
}

/** A folded paper map. */
export function FlatMapIcon() {
  return (
    <svg {...svgProps}>
      <path d="M3 6l6-2 6 2 6-2v14l-6 2-6-2-6 2z" />
      <path d="M9 4v14M15 6v14" />
    </svg>
  );
}

/** A picture: the postcard is an image of the view. */
export function PostcardIcon() {
  return (
    <svg {...svgProps}>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <circle cx="9" cy="10" r="1.6" />
      <path d="M3 17l5-4 4 3 3-2 6 4" />
    </svg>
  );
}
