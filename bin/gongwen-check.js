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
  require(entry).main();
}
