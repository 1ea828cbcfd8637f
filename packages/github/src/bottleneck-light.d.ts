// bottleneck/light is the build of Bottleneck without its Redis clustering, the one
// @octokit/plugin-throttling itself loads; its types are the package's own.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
