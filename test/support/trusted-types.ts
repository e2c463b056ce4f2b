import { oneEvent } from '@open-wc/testing';

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

/**
 * Turns Trusted Types on (see `enforceTrustedTypes`) and checks that they are: a plain string in `innerHTML`
 * must then throw, and be reported; that report is awaited, so that the tests do not count it. False where the
 * browser has no Trusted Types.
 */
export async function turnOnTrustedTypes(names: string): Promise<boolean> {
  if (!enforceTrustedTypes(names)) return false;
  const reported = oneEvent(document, 'securitypolicyviolation');
  if (!trustedTypesEnforced()) throw new Error('Trusted Types are not enforced on this page.');
  await reported;
  return true;
}
