/**
 * Turns Trusted Types on for the test page (a CSP `<meta>`, honoured when inserted at run time), allowing the
 * policies `names`. Returns false where the browser has no Trusted Types.
 */
export function enforceTrustedTypes(names: string): boolean {
  if (!('trustedTypes' in window)) return false;
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `require-trusted-types-for 'script'; trusted-types ${names}`;
  document.head.append(meta);
  return true;
}

/** True when assigning a plain string to `innerHTML` throws, as Trusted Types require. */
export function trustedTypesEnforced(): boolean {
  try {
    document.createElement('div').innerHTML = '<b>x</b>';
    return false;
  } catch {
    return true;
  }
}
