// Public entry of the detector. Bundled alone into the always-on content script: keep imports light.
export { detectPage, detectSteps } from './detect-page';
