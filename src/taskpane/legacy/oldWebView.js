/*
 * Runs before the task pane's bundle, in every web view Word may use, including Internet Explorer 11 (volume-licensed
 * Word 2016 and 2019) and Edge Legacy (EdgeHTML). It is ECMAScript 5 on purpose: no let/const, arrow functions,
 * template strings or anything newer (scripts/check-dist.js parses it as ES5 and fails the build check otherwise).
 *
 * The bundle is ES2020 and cannot even be parsed by those web views, so the pane would stay at its loading text
 * forever. The bundle marks <html data-pane-bundle="running"> as soon as it runs; when the page has finished loading
 * without that mark, this script replaces the loading text with an explanation the writer can act on. A bundle that
 * failed to download gets a different explanation: the web view is not to blame then.
 */
/* global window, document */
(function () {
  "use strict";

  var BUNDLE_MARK = "data-pane-bundle";
  var bundleDownloadFailed = false;

  var OLD_WORD = {
    title: "公文写作助手不能在这个版本的 Word 中运行",
    lines: [
      "这台电脑上的 Word 用旧的网页组件（Internet Explorer 或旧版 Edge）显示任务窗格，本加载项在其中无法运行。",
      "可以使用的版本：Word 2021、Word 2024、Microsoft 365 版 Word（Windows 或 Mac），以及 Word 网页版。",
      "不能使用的版本：批量许可版 Word 2016 和 Word 2019，以及多年未更新的 Microsoft 365。",
      "请联系本单位信息化管理人员：将 Office 升级到 Office 2021 或更新的版本（或把 Microsoft 365 更新到最新版本），并安装 Microsoft Edge WebView2 运行时。升级之前，可以改用 Word 网页版打开文档使用本加载项。"
    ]
  };

  var NOT_DOWNLOADED = {
    title: "公文写作助手没有加载完整",
    lines: [
      "加载项的程序文件没有下载成功，可能是网络中断或服务器暂时不可用。",
      "请关闭任务窗格后重新打开；仍然不行时，请联系本单位信息化管理人员检查加载项服务器。"
    ]
  };

  function isBundleScript(element) {
    if (!element || element.tagName !== "SCRIPT" || !element.src) return false;
    // office.js has its own message, shown by the bundle; every other script of this page is the bundle's.
    return element.src.indexOf("office.js") === -1;
  }

  function explain(message) {
    var root = document.getElementById("root");
    if (!root) return;
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.setAttribute("data-testid", "old-webview");
    box.style.padding = "12px";
    box.style.fontFamily = "'Microsoft YaHei', 'PingFang SC', sans-serif";
    box.style.fontSize = "14px";
    box.style.lineHeight = "1.6";
    var title = document.createElement("h1");
    title.style.fontSize = "16px";
    title.style.margin = "0 0 8px 0";
    title.appendChild(document.createTextNode(message.title));
    box.appendChild(title);
    for (var i = 0; i < message.lines.length; i++) {
      var line = document.createElement("p");
      line.style.margin = "0 0 8px 0";
      line.appendChild(document.createTextNode(message.lines[i]));
      box.appendChild(line);
    }
    root.appendChild(box);
  }

  // A <script> that fails to download fires "error" on the element, which does not bubble: listen in capture.
  window.addEventListener(
    "error",
    function (event) {
      if (isBundleScript(event.target)) bundleDownloadFailed = true;
    },
    true
  );

  // "load" comes after every script of the page has run (the bundle is deferred), so a missing mark means the bundle
  // never got to run.
  window.addEventListener("load", function () {
    if (document.documentElement.getAttribute(BUNDLE_MARK) === "running") return;
    explain(bundleDownloadFailed ? NOT_DOWNLOADED : OLD_WORD);
  });
})();
