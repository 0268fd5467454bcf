// Adding a record: selecting words in the statement fills in where they lie in the document's text.
// Offsets count characters (code points) of the text itself; the labels the page draws after each
// highlighted record are not part of the text and are skipped.
(function () {
  "use strict";
  const article = document.querySelector("article.document-text");
  const form = document.getElementById("add-record");
  if (!article || !form) return;
  const start = form.querySelector('[data-span="start"]');
  const end = form.querySelector('[data-span="end"]');
  const preview = form.querySelector(".selection-preview");

  function length(text) {
    let count = 0;
    for (const _ of text) count += 1; // eslint-disable-line no-unused-vars
    return count;
  }

  function isLabel(node) {
    return node.parentElement && node.parentElement.closest(".record-label");
  }

  // Characters of the text before the boundary (container, offset).
  function offset(container, at) {
    const range = document.createRange();
    range.selectNodeContents(article);
    range.setEnd(container, at);
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    let total = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (range.comparePoint(node, 0) > 0) break;
      if (isLabel(node)) continue;
      total += length(node === container ? node.data.slice(0, at) : node.data);
    }
    return total;
  }

  document.addEventListener("selectionchange", function () {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!article.contains(range.startContainer) || !article.contains(range.endContainer)) return;
    const first = offset(range.startContainer, range.startOffset);
    const last = offset(range.endContainer, range.endOffset);
    if (last <= first) return;
    start.value = first;
    end.value = last;
    preview.textContent = selection.toString();
  });
})();
