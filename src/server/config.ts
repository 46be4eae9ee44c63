import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InkCalcError } from '../pipeline/InkCalcError.ts';

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
    logLevel: read('LOG_LEVEL', SETTINGS.LOG_LEVEL),
    distDir: resolve(ROOT, 'dist'),
  };
}
