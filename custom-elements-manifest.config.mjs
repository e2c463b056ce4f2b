/**
 * Lit's `static properties` entries with `state: true` are internal reactive state. The analyzer reads every
 * entry without `attribute: false` as an attribute (open-wc/custom-elements-manifest#294); this plugin takes the
 * states back out of the attributes. It runs after the analyzer's own Lit plugin, on the same class node, and
 * fails the analysis on a `static properties` it cannot read, rather than let states pass for attributes.
 */
function litStates() {
  return {
    name: 'mn-lit-states',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const className = node.name.text;
      const nameOf = (n) => (ts.isIdentifier(n) || ts.isStringLiteral(n) ? n.text : undefined);
      const unwrap = (e) =>
        e && (ts.isSatisfiesExpression(e) || ts.isAsExpression(e) || ts.isParenthesizedExpression(e)) ? unwrap(e.expression) : e;
      const states = new Set();
      for (const member of node.members) {
        const isStatic = ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !member.name || nameOf(member.name) !== 'properties') continue;
        const object = ts.isPropertyDeclaration(member) ? unwrap(member.initializer) : undefined;
        if (!object || !ts.isObjectLiteralExpression(object)) {
          throw new Error(`${moduleDoc.path}: ${className}.properties is not an object literal; mn-lit-states cannot tell its states`);
        }
        for (const entry of object.properties) {
          const options = ts.isPropertyAssignment(entry) ? unwrap(entry.initializer) : undefined;
          if (!options || !ts.isObjectLiteralExpression(options) || !entry.name || nameOf(entry.name) === undefined) {
            throw new Error(`${moduleDoc.path}: ${className}.properties has an entry mn-lit-states cannot read`);
          }
          const isState = options.properties.some(
            (o) => ts.isPropertyAssignment(o) && o.name && nameOf(o.name) === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) states.add(nameOf(entry.name));
        }
      }
      if (states.size === 0) return;
      const declaration = moduleDoc.declarations?.find((d) => d.kind === 'class' && d.name === className);
      if (!declaration) return;
      declaration.attributes = declaration.attributes?.filter((a) => !states.has(a.fieldName));
      for (const member of declaration.members ?? []) {
        if (!states.has(member.name)) continue;
        delete member.attribute;
        delete member.reflects;
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
