// A real nietpluis-kiosk with its own folder and config, and the loopback receiver it forwards to.
import { execFile } from "node:child_process";
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { promisify } from "node:util";

import { freePort, listenLocal, startChild, stopChild, onStop, waitFor } from "./processes.mjs";

// The HTTPS receiver of a welfare organisation, as plain HTTP on 127.0.0.1 (kiosk.toml allows
// http:// to a loopback address for tests). Records every report it is sent.
export async function startReceiver() {
  const reports = [];
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      if (request.method !== "POST" || request.url !== "/meldingen") {
        response.writeHead(404).end();
        return;
      }
      try {
        reports.push(JSON.parse(Buffer.concat(chunks).toString("utf8")));
        response.writeHead(201).end();
      } catch {
        response.writeHead(400).end();
      }
    });
  });
  const port = await listenLocal(server);
  // Checks run side by side and the kiosk forwards in its own time: find a report by what is in it.
  const waitForReport = async (what, matches) => {
    await waitFor(`a report with ${what} reaching the receiver`, () => reports.some(matches));
    return reports.find(matches);
  };
  return { url: `http://127.0.0.1:${port}/meldingen`, reports, waitForReport };
}

// Writes kiosk.toml (and its secret, outside the content folder) into `dir`; returns the config path.
async function writeConfig(dir, { port, sourceDir, contentDir, receiverUrl, idleSeconds, mode }) {
  await fs.mkdir(path.join(dir, "geheim"), { recursive: true });
  const secret = path.join(dir, "geheim", "sleutel");
  await fs.writeFile(secret, "browser-proef-sleutel-0123456789abcdef\n", { mode: 0o600 });
  const toml = `[kiosk]
id = "browser-proef"
locatie = "Buurthuis Browserproef"
listen = "127.0.0.1:${port}"
data_dir = "data"
inhoud = "${contentDir ?? path.join(sourceDir, "content")}"
sjablonen = "${path.join(sourceDir, "templates")}"
terug_naar_start_na_s = ${idleSeconds}
modus = "${mode}"

[[organisatie]]
id = "welzijn-proef"
naam = "Welzijn Proef"
postcodes = ["1000-1099"]
[organisatie.doorsturen]
type = "https"
url = "${receiverUrl}"
geheim_bestand = "${secret}"
time_out_s = 5

[bezorging]
eerste_wachttijd_s = 1
hoogste_wachttijd_s = 2
`;
  const config = path.join(dir, "kiosk.toml");
  await fs.writeFile(config, toml);
  return config;
}

// Starts the kiosk and waits until /health answers. `mode` is "kiosk" or "publiek". With `addresses`
// (a CSV or BAG extract) the address register is imported first, as IT does it. `contentDir` (a
// content folder other than the example's) and `port` are for a site and an intake that must know
// each other's address before either starts.
export async function startKiosk({ binary, sourceDir, workDir, name, receiverUrl, idleSeconds, mode = "kiosk", addresses, contentDir, port: wanted }) {
  const dir = path.join(workDir, name);
  await fs.mkdir(dir, { recursive: true });
  const port = wanted ?? (await freePort());
  const config = await writeConfig(dir, { port, sourceDir, contentDir, receiverUrl, idleSeconds, mode });
  if (addresses) {
    await fs.mkdir(path.join(dir, "data"), { recursive: true, mode: 0o700 });
    await promisify(execFile)(binary, ["adressen", "importeer", addresses, "--config", config], { cwd: dir });
  }
  const logFile = path.join(dir, "kiosk.log");
  const log = createWriteStream(logFile);
  const child = startChild(binary, ["--config", config], { logStream: log, cwd: dir });
  onStop(async () => {
    await stopChild(child);
    log.end();
  });
  const url = `http://127.0.0.1:${port}/`;
  const health = async () => {
    const response = await fetch(url + "health");
    return response.ok ? response.json() : null;
  };
  try {
    // 60 s: a kiosk with read-aloud speaks its screens before it serves (a few seconds on an idle
    // machine, far more on a loaded one; docs/voorlezen.md).
    await waitFor(
      `kiosk ${name} answering /health`,
      async () => {
        if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
        return (await health()) !== null;
      },
      { timeoutMs: 60000 },
    );
  } catch (error) {
    throw new Error(`${error.message}\n${await fs.readFile(logFile, "utf8").catch(() => "")}`);
  }
  return { url, name, idleSeconds, mode, health, logFile };
}
