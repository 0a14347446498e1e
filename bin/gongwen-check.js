#!/usr/bin/env node
// `gongwen-check`: checks 工作总结 .docx/.txt files. The program itself is compiled TypeScript in lib/ (npm run build:cli).
"use strict";
const fs = require("fs");
const path = require("path");

const entry = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(entry)) {
  // lib/ is missing, so src/cli/messages.ts is not available either: this one hint lives here.
  process.stderr.write("找不到编译后的命令行程序（lib/cli/main.js）。请先在项目目录中运行：npm run build:cli\n");
  process.exitCode = 2;
} else {
  try {
    require(entry).main();
  } catch (error) {
    // runCli catches everything it runs; this is for a damaged lib/ (a module that fails to load). No stack trace:
    // a Chinese sentence for the user, the original message for IT staff, exit 2 (the check did not run).
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    process.stderr.write(`gongwen-check 出现内部错误，检查未完成（${detail}）。请把这条信息转告信息化管理人员。\n`);
    process.exitCode = 2;
  }
}
