/**
 * `url` without a user name nor password: they can make a link read as another site ("https://gouv.fr@evil.example"
 * goes to evil.example). Used for every link the elements write. Apart from the normaliser, which loads on demand.
 */
export function withoutCredentials(url: URL): URL {
  url.username = '';
  url.password = '';
  return url;
}
