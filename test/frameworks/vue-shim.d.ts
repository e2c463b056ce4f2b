// Single-file components, for `tsc` (in an app, `vue-tsc` reads them itself).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
