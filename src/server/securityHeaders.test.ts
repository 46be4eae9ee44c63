import { describe, expect, it } from 'vitest';
import { securityHeaders } from './securityHeaders.ts';

describe('securityHeaders', () => {
  it('records what helmet would send, policy included', () => {
    const h = securityHeaders({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'self'"], frameAncestors: ["'none'"] },
      },
    });
    expect(h['content-security-policy']).toBe("default-src 'self';frame-ancestors 'none'");
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('leaves out what the options turn off', () => {
    const h = securityHeaders({ contentSecurityPolicy: false, strictTransportSecurity: false });
    expect(h['content-security-policy']).toBeUndefined();
    expect(h['strict-transport-security']).toBeUndefined();
    expect(h['x-content-type-options']).toBe('nosniff');
  });

  it('refuses options helmet refuses, at start-up rather than per request', () => {
    expect(() =>
      securityHeaders({ contentSecurityPolicy: { directives: { defaultSrc: ['self'] } } }),
    ).toThrow(/self/);
  });
});
