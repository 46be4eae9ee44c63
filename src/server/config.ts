import { isIP } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InkCalcError } from '../pipeline/errors.ts';

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** Absolute path of the ONNX model; its labels JSON sits beside it. */
  readonly modelPath: string;
  /** Largest request body, bytes (JSON, raw image, urlencoded, each multipart part). */
  readonly bodyLimit: number;
  readonly maxPixels: number;
  readonly maxStrokes: number;
  /** Total points over all strokes of one drawing. */
  readonly maxPoints: number;
  readonly requestTimeoutMs: number;
  /** Requests per minute per client address; 0 turns rate limiting off. */
  readonly rateLimitMax: number;
  /**
   * Whom to believe about the client's address (X-Forwarded-For), as Fastify's trustProxy
   * takes it: false (the socket's peer), true (any peer: only when nothing but the proxy can
   * reach the server), or the proxies' addresses. Behind a proxy, without it every client
   * shares one rate limit. (Fastify 5 trusts nobody for a bare hop count, so none is offered.)
   */
  readonly trustProxy: boolean | readonly string[];
  readonly ortThreads: number;
  readonly logLevel: LogLevel;
  /** The built page (vite's output); not an environment setting, tests point it elsewhere. */
  readonly distDir: string;
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

// The package root, two levels above src/server: defaults must not depend on the cwd,
// because `npx ink-calc serve` runs from wherever the user happens to be.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

interface Setting<T> {
  readonly schema: z.ZodType<T>;
  readonly expected: string;
  readonly fallback: T;
}

const whole = (min: number, max: number, fallback: number): Setting<number> => ({
  schema: z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max)),
  expected: `a whole number from ${min} to ${max}`,
  fallback,
});

// An address or a CIDR block: 10.0.0.1, 10.0.0.0/8, ::1, fd00::/8.
const isAddressOrBlock = (part: string): boolean => {
  const [address = '', bits, ...rest] = part.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
};

const SETTINGS = {
  PORT: whole(0, 65535, 3000),
  HOST: {
    schema: z.string().regex(/^[^\s/]+$/),
    expected: 'a host name or IP address (e.g. 127.0.0.1, or 0.0.0.0 for every interface)',
    fallback: '127.0.0.1',
  },
  MODEL_PATH: {
    // A path the user typed means the cwd, as on any command line; only the default is
    // anchored to the package.
    schema: z
      .string()
      .min(1)
      .transform((p) => resolve(p)),
    expected: 'the path of an ONNX model file',
    fallback: resolve(ROOT, 'models', 'symbols.onnx'),
  },
  BODY_LIMIT: whole(1024, 1024 ** 3, 5 * 1024 * 1024),
  MAX_PIXELS: whole(1, 1e9, 16_000_000),
  MAX_STROKES: whole(1, 1e6, 500),
  MAX_POINTS: whole(1, 1e8, 50_000),
  REQUEST_TIMEOUT_MS: whole(100, 3_600_000, 10_000),
  RATE_LIMIT_MAX: whole(0, 1e9, 120),
  ORT_THREADS: whole(1, 256, 2),
  TRUST_PROXY: {
    schema: z.union([
      z.enum(['true', 'false']).transform((v) => v === 'true'),
      z
        .string()
        .transform((v) => v.split(',').map((p) => p.trim()))
        .refine((parts) => parts.every(isAddressOrBlock)),
    ]),
    expected:
      "true, false, or the proxies' addresses (comma-separated IPs or CIDR blocks, e.g. " +
      '10.0.0.0/8,::1)',
    fallback: false as boolean | readonly string[],
  },
  LOG_LEVEL: {
    schema: z.enum(LEVELS),
    expected: `one of ${LEVELS.join(', ')}`,
    fallback: 'info' as LogLevel,
  },
} satisfies Record<string, Setting<unknown>>;

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads the server's settings from environment variables. Unset or empty means the
 * default; anything else must parse completely, so `PORT=80a` is refused rather than
 * quietly becoming 80. Throws InkCalcError 'bad-request' naming the variable, the value
 * and what is expected.
 */
export function loadConfig(env: Env): ServerConfig {
  const read = <T>(name: keyof typeof SETTINGS & string, setting: Setting<T>): T => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') return setting.fallback;
    const parsed = setting.schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    throw new InkCalcError(
      'bad-request',
      `${name}=${JSON.stringify(env[name])} is not valid: ${name} must be ${setting.expected}. ` +
        `Fix or unset it.`,
    );
  };
  return {
    port: read('PORT', SETTINGS.PORT),
    host: read('HOST', SETTINGS.HOST),
    modelPath: read('MODEL_PATH', SETTINGS.MODEL_PATH),
    bodyLimit: read('BODY_LIMIT', SETTINGS.BODY_LIMIT),
    maxPixels: read('MAX_PIXELS', SETTINGS.MAX_PIXELS),
    maxStrokes: read('MAX_STROKES', SETTINGS.MAX_STROKES),
    maxPoints: read('MAX_POINTS', SETTINGS.MAX_POINTS),
    requestTimeoutMs: read('REQUEST_TIMEOUT_MS', SETTINGS.REQUEST_TIMEOUT_MS),
    rateLimitMax: read('RATE_LIMIT_MAX', SETTINGS.RATE_LIMIT_MAX),
    ortThreads: read('ORT_THREADS', SETTINGS.ORT_THREADS),
    trustProxy: read('TRUST_PROXY', SETTINGS.TRUST_PROXY),
    logLevel: read('LOG_LEVEL', SETTINGS.LOG_LEVEL),
    distDir: resolve(ROOT, 'dist'),
  };
}
