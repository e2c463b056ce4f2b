/**
 * Lit's `static properties` entries with `state: true` are internal reactive state. The analyzer reads every
 * entry without `attribute: false` as an attribute; this plugin takes the states back out of the attributes.
 */
function litStates() {
  /** class name → names of its state properties */
  const states = new Map();
  return {
    name: 'mn-lit-states',
    analyzePhase({ ts, node }) {
      if (node.kind !== ts.SyntaxKind.ClassDeclaration || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || member.name?.getText() !== 'properties') continue;
        const object = member.initializer;
        if (!object || !ts.isObjectLiteralExpression(object)) continue;
        for (const entry of object.properties) {
          const options = ts.isPropertyAssignment(entry) ? entry.initializer : undefined;
          const isState = options && ts.isObjectLiteralExpression(options) && options.properties.some(
            (o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) states.set(node.name.getText(), [...(states.get(node.name.getText()) ?? []), entry.name.getText()]);
        }
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const names = states.get(declaration.name);
        if (!names) continue;
        declaration.attributes = declaration.attributes?.filter((a) => !names.includes(a.fieldName));
        for (const member of declaration.members ?? []) {
          if (!names.includes(member.name)) continue;
          delete member.attribute;
          delete member.reflects;
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.component.ts', 'src/components/**/mn-*.ts', 'src/events/*.ts'],
  exclude: ['**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [litStates()],
};
