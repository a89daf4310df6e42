export * from './srgb';
export * from './lab';
export * from './ciede2000';
export * from './wcag';
export * from './cvd';
