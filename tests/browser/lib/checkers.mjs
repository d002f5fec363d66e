// The two outside judges: axe-core (in the page) and the Nu Html Checker (vnu.jar on Java).
import { execFile } from "node:child_process";
import { createRequire } from "node:module";

import { AxeBuilder } from "@axe-core/playwright";

// Every WCAG A and AA rule axe-core has, for WCAG 2.0, 2.1 and 2.2.
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations;
}

// The violations in full: rule, impact, what it means, and every element with axe's explanation.
export function formatViolations(where, violations) {
  const lines = [`${where}: ${violations.length} axe violation(s)`];
  for (const violation of violations) {
    lines.push(`  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.tags.join(", ")})`);
    lines.push(`    ${violation.description}`);
    lines.push(`    ${violation.helpUrl}`);
    for (const node of violation.nodes) {
      lines.push(`    - ${node.target.join(" ")}`);
      lines.push(`      ${node.html}`);
      for (const line of (node.failureSummary || "").split("\n")) lines.push(`      ${line}`);
    }
  }
  return lines.join("\n");
}

const require = createRequire(import.meta.url);
// The package exports the path of the jar it ships (as a String object).
export const VNU_JAR = String(require("vnu-jar"));

// Runs the Nu Html Checker once over `files`; returns its errors as "file:line:col: message".
export function vnuErrors(files) {
  return new Promise((resolve, reject) => {
    execFile(
      "java",
      ["-Xss1024k", "-jar", VNU_JAR, "--format", "json", "--errors-only", "--stdout", ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // vnu exits 1 when it found errors; anything it cannot say in JSON is a failure of the run.
        let report;
        try {
          report = JSON.parse(stdout);
        } catch {
          reject(new Error(`vnu did not run: ${error?.message ?? ""}\n${stderr}`));
          return;
        }
        resolve(
          report.messages
            .filter((m) => m.type === "error" || m.type === "non-document-error")
            .map((m) => {
              const file = decodeURIComponent((m.url || "").replace(/^file:/, ""));
              return `${file}:${m.lastLine ?? "?"}:${m.firstColumn ?? m.lastColumn ?? "?"}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, " ")}` : ""}`;
            }),
        );
      },
    );
  });
}
