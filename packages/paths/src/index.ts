export { isInside, realPathInside } from './inside.js';
