import { randomFillSync } from 'node:crypto';

/** Source of event ids. A provider, so tests can fix ids and hashes stay reproducible. */
export abstract class IdGenerator {
  abstract next(): string;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * RFC 9562 UUID version 7: 48-bit Unix milliseconds, then a 12-bit counter that keeps ids
 * strictly increasing within one millisecond (method 1 of RFC 9562 §6.2), then 62 random bits.
 * Time-ordered ids keep the event-id index append-mostly.
 */
export class UuidV7Generator extends IdGenerator {
  private lastMs = -1;
  private counter = 0;
  private readonly pool = new Uint8Array(16 * 256);
  private poolOffset = this.pool.length;

  next(): string {
    let ms = Date.now();
    if (ms <= this.lastMs) {
      ms = this.lastMs;
      this.counter += 1;
      if (this.counter > 0xfff) {
        // Counter exhausted within one millisecond: borrow the next millisecond.
        ms += 1;
        this.counter = 0;
      }
    } else {
      this.counter = 0;
    }
    this.lastMs = ms;
    const bytes = this.randomBytes();
    bytes[0] = Math.floor(ms / 2 ** 40) & 0xff;
    bytes[1] = Math.floor(ms / 2 ** 32) & 0xff;
    bytes[2] = (ms >>> 24) & 0xff;
    bytes[3] = (ms >>> 16) & 0xff;
    bytes[4] = (ms >>> 8) & 0xff;
    bytes[5] = ms & 0xff;
    bytes[6] = 0x70 | ((this.counter >>> 8) & 0x0f);
    bytes[7] = this.counter & 0xff;
    bytes[8] = 0x80 | (bytes[8]! & 0x3f);
    let out = '';
    for (let i = 0; i < 16; i++) {
      if (i === 4 || i === 6 || i === 8 || i === 10) out += '-';
      out += HEX[bytes[i]!];
    }
    return out;
  }

  private randomBytes(): Uint8Array {
    if (this.poolOffset >= this.pool.length) {
      randomFillSync(this.pool);
      this.poolOffset = 0;
    }
    const slice = this.pool.subarray(this.poolOffset, this.poolOffset + 16);
    this.poolOffset += 16;
    return slice;
  }
}
