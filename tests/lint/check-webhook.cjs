// Checks a webhook body against the format's own published definition and prints the problems, one a line;
// exits 1 when there are any. Usage: node check-webhook.cjs teams|slack FILE
//   teams: each attachment's card through the Adaptive Cards SDK's parser and property validation (adaptivecards).
//   slack: the body type-checked by TypeScript against Slack's Block Kit types (@slack/types), excess fields included.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const [format, file] = process.argv.slice(2);
const payload = JSON.parse(fs.readFileSync(file, "utf8"));
const problems = [];

if (format === "teams") {
  const AC = require("adaptivecards/dist/adaptivecards.js");
  for (const attachment of payload.attachments ?? []) {
    const card = new AC.AdaptiveCard();
    const context = new AC.SerializationContext();
    card.parse(attachment.content, context);
    for (let i = 0; i < context.eventCount; i++) {
      problems.push(context.getEventAt(i).message);
    }
    for (const event of card.validateProperties().validationEvents) {
      problems.push(event.message);
    }
  }
} else if (format === "slack") {
  const ts = require("typescript");
  // Inside this folder, so that @slack/types resolves from its node_modules.
  const folder = fs.mkdtempSync(path.join(__dirname, ".check-"));
  try {
    const source = path.join(folder, "message.ts");
    fs.writeFileSync(source,
      'import type { KnownBlock } from "@slack/types";\n' +
      `export const message: { text: string; blocks: KnownBlock[] } = ${JSON.stringify(payload, null, 2)};\n`);
    const program = ts.createProgram([source], {
      strict: true, noEmit: true, skipLibCheck: true, types: [],
      target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    });
    for (const d of ts.getPreEmitDiagnostics(program)) {
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
      problems.push(`line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
} else {
  problems.push(`unknown format ${format}: teams or slack`);
}

for (const problem of problems) {
  console.log(problem);
}
process.exit(problems.length === 0 ? 0 : 1);
