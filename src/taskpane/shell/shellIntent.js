/*
 * Loaded in the head of the pages whose first screen is prerendered (taskpane.html, pane-bench.html), before the
 * bundle: the tab bar is on the screen before the pane's code has run, and a tab clicked (or chosen with Enter or
 * Space) then must not be lost. This script only remembers which tab was asked for; the pane opens it as soon as it
 * responds (App.tsx, ./shellIntent.ts), and from then on the pane's own handlers take every click.
 * ECMAScript 5 (scripts/check-dist.js): it is loaded in old web views too, where it must not fail to parse.
 */
/* global window, document */
(function () {
  "use strict";

  var intent = { tab: null, listening: true };
  window.gongwenShellIntent = intent;

  function tabOf(node) {
    while (node && node.nodeType === 1) {
      if (node.getAttribute("role") === "tab") return node;
      node = node.parentNode;
    }
    return null;
  }

  document.addEventListener(
    "click",
    function (event) {
      if (!intent.listening) return;
      var tab = tabOf(event.target);
      var value = tab && tab.getAttribute("data-tab");
      if (!value) return;
      intent.tab = value;
      // Said on the tab itself, so that the writer (and a screen reader) can tell the click was taken.
      tab.setAttribute("aria-busy", "true");
    },
    true
  );
})();
