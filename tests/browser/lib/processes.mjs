// Child processes and servers the suite starts, so that all of them stop again, also when a check fails.
import { spawn } from "node:child_process";
import net from "node:net";

const running = new Set();

// Starts `command` with stdout and stderr into `logStream`; the child is stopped by stopAll().
export function startChild(command, args, { logStream, cwd } = {}) {
  const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
  if (logStream) {
    child.stdout.pipe(logStream, { end: false });
    child.stderr.pipe(logStream, { end: false });
  } else {
    child.stdout.resume();
    child.stderr.resume();
  }
  child.exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  running.add(child);
  child.exited.then(() => running.delete(child));
  return child;
}

// SIGTERM, then SIGKILL if it has not gone within `graceMs`.
export async function stopChild(child, graceMs = 3000) {
  if (child.exitCode !== null || child.signalCode !== null) return child.exited;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  const result = await child.exited;
  clearTimeout(timer);
  return result;
}

const cleanups = [];

// Registers a function that stopAll() runs, newest first.
export function onStop(fn) {
  cleanups.push(fn);
}

export async function stopAll() {
  while (cleanups.length > 0) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch (error) {
      console.error(`browser tests: cleaning up failed: ${error.message}`);
    }
  }
  await Promise.all([...running].map((child) => stopChild(child)));
}

// Last resort when Node itself is going down: no await possible, so only signals.
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.once(signal, () => {
    stopAll().finally(() => process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1)));
  });
}

// A TCP port on 127.0.0.1 that nothing listens on right now.
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Listens `server` (an http.Server) on 127.0.0.1 and an OS-chosen port; stopAll() closes it.
export function listenLocal(server) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      onStop(
        () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      );
      resolve(server.address().port);
    });
  });
}

export async function waitFor(what, probe, { timeoutMs = 20000, intervalMs = 50 } = {}) {
  const end = Date.now() + timeoutMs;
  let lastError = null;
  while (Date.now() < end) {
    try {
      if (await probe()) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms${lastError ? `: ${lastError.message}` : ""}`);
}
