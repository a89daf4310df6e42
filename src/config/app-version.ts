import { version } from '../../package.json';

/** The app's version from package.json (only this field lands in the bundle). */
export const APP_VERSION: string = version;
