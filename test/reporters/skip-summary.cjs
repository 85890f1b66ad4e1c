/**
 * After the run, lists every test or suite that was skipped and why, in one place: each skip
 * prints "<what> skipped: <reason>" (console.log) where it decides, and this gathers those lines
 * from every test file's console, which the default reporter shows only file by file.
 */
class SkipSummaryReporter {
  constructor() {
    this.reasons = [];
  }

  onTestResult(_test, result) {
    for (const entry of result.console ?? []) {
      const text = String(entry.message);
      if (/\bskipped: /.test(text)) this.reasons.push(`${text.split('\n')[0]}  (${require('node:path').relative(process.cwd(), result.testFilePath)})`);
    }
  }

  onRunComplete() {
    if (this.reasons.length === 0) return;
    const unique = [...new Set(this.reasons)];
    process.stderr.write(`\nSkipped, and why (${unique.length}):\n${unique.map((r) => `  - ${r}`).join('\n')}\n`);
  }
}

module.exports = SkipSummaryReporter;
