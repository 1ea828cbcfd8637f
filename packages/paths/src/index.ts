export { isInside, leadsInside, realPathInside } from './inside.js';
