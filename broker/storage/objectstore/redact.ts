// Object store URLs made safe for logs and error messages: credentials and secret parameters masked.

const secretParameter = /secret|token|password|passwd|signature|credential|access.?key/i;

/**
 * `url` with any `user:password@` replaced by `***@` and the values of secret-looking query
 * parameters (and the credentials of a nested `endpoint=` URL) replaced by `***`. Everything else
 * is kept byte for byte, so the result still reads like what the user typed.
 */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf('?');
  const base = queryStart < 0 ? url : url.slice(0, queryStart);
  const redactedBase = base.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/@?#]*@/, '$1***@');
  if (queryStart < 0) return redactedBase;
  const parameters = url
    .slice(queryStart + 1)
    .split('&')
    .map((parameter) => {
      const equals = parameter.indexOf('=');
      if (equals < 0) return parameter;
      const name = parameter.slice(0, equals);
      const value = parameter.slice(equals + 1);
      if (secretParameter.test(name)) return `${name}=***`;
      if (name === 'endpoint') {
        let decoded: string;
        try {
          decoded = decodeURIComponent(value);
        } catch {
          return parameter;
        }
        const redacted = redactUrl(decoded);
        return redacted === decoded ? parameter : `${name}=${redacted}`;
      }
      return parameter;
    });
  return `${redactedBase}?${parameters.join('&')}`;
}
