/** JSON logs with secrets redacted: cookies, tokens and passwords never reach a log line. */
import pino from 'pino';
import type { AppConfig } from '../config/config.js';

export const createLogger = (level: AppConfig['logLevel']) =>
  pino({
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        '*.password',
        '*.token',
      ],
      censor: '[redacted]',
    },
  });
