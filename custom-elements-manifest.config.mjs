export default {
  globs: ['src/components/**/*.component.ts', 'src/components/**/mn-*.ts', 'src/events/*.ts'],
  exclude: ['**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
