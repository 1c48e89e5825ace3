// A tripwire for the hostile suite, loaded into the CLI child with `NODE_OPTIONS=--import` and
// imported by in-process tests: every TCP connection this process tries to open to anything but
// 127.0.0.0/8 or ::1 is refused before a packet leaves, and recorded. So a hole in the SSRF guard
// shows up as a failed test, never as traffic to a private network. Loaded in the child, it also
// writes the peak RSS at exit, to prove memory stayed bounded.
import { appendFileSync } from 'node:fs';
import { lookup as dnsLookup } from 'node:dns';
import net from 'node:net';

const LOG = process.env.HOPTRACE_TRIPWIRE_LOG;
const tripped = (globalThis.__hoptraceTripwire ??= []);

const isLoopback = (ip) => /^127\./.test(ip) || ip === '::1' || /^::ffff:127\./i.test(ip);

function trip(target) {
  tripped.push(target);
  if (LOG) appendFileSync(LOG, `connect ${target}\n`);
  return Object.assign(new Error(`tripwire: connection to ${target} refused`), { code: 'ETRIPWIRE' });
}

function guardedLookup(original) {
  return (hostname, options, callback) => {
    const cb = typeof options === 'function' ? options : callback;
    const opts = typeof options === 'function' ? {} : options;
    original(hostname, opts, (err, address, family) => {
      if (err) return cb(err);
      const all = Array.isArray(address) ? address.map((a) => a.address) : [address];
      const bad = all.find((a) => !isLoopback(a));
      if (bad) return cb(trip(`${bad} (${hostname})`));
      cb(null, address, family);
    });
  };
}

if (!net.Socket.prototype.__tripwire) {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    // net.connect() hands over [options, cb] already normalized; socket.connect(options) does not.
    const opts = Array.isArray(args[0]) ? args[0][0] : typeof args[0] === 'object' ? args[0] : null;
    if (opts && !opts.path) {
      const host = opts.host ?? 'localhost';
      if (net.isIP(host)) {
        if (!isLoopback(host)) {
          const err = trip(host);
          process.nextTick(() => this.destroy(err));
          return this;
        }
      } else {
        opts.lookup = guardedLookup(opts.lookup ?? dnsLookup);
      }
    }
    return connect.apply(this, args);
  };
  net.Socket.prototype.__tripwire = true;
}

if (LOG) process.on('exit', () => appendFileSync(LOG, `maxrss ${process.resourceUsage().maxRSS}\n`));
