/** Faults the spec server can inject instead of its normal answer. */
import type { Fault } from './spec-server.js';
import { send } from './spec-server.js';

export const faults = {
  status(status: number, body = '', headers: Record<string, string> = {}, contentType = 'application/json'): Fault {
    return (_req, res) => {
      send(res, status, body === '' ? undefined : contentType, body, headers);
      return true;
    };
  },
  /** Closes the connection without answering. */
  reset(): Fault {
    return (req) => {
      req.socket.destroy();
      return true;
    };
  },
  /** Answers normally, after `ms`. */
  delay(ms: number): Fault {
    return async () => {
      await new Promise((r) => setTimeout(r, ms));
      return false;
    };
  },
  /** A success status with a body that is not JSON. */
  invalidJSON(): Fault {
    return (_req, res) => {
      send(res, 200, 'application/json', '{"id": "truncated');
      return true;
    };
  },
};
