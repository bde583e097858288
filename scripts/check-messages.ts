// Fails when messages/id.json and messages/en.json do not have exactly the same keys, or when
// a value is empty. Also run as a unit test (tests/unit/messages.test.ts).
import { compareMessages } from "../lib/i18n-check";
import en from "../messages/en.json";
import id from "../messages/id.json";

const problems = compareMessages({ id, en });
if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  process.exit(1);
}
console.log("✓ messages/id.json and messages/en.json have the same keys");
