// The review queue by keyboard: j/k move between records, v verifies, r rejects, c opens the correction with the
// stance focused (Enter saves, Esc closes), o opens the record's page, / jumps to the filters. Keys typed into a
// field are left alone. After an action the page reloads with the same place in the list selected.
(function () {
  "use strict";
  const items = Array.from(document.querySelectorAll(".queue-item"));
  const memory = "review-queue-place:" + location.pathname;
  let current = -1;

  function select(index, focus) {
    if (!items.length) return;
    current = Math.max(0, Math.min(items.length - 1, index));
    items.forEach(function (item, i) {
      item.classList.toggle("current", i === current);
      if (i === current) item.setAttribute("aria-current", "true");
      else item.removeAttribute("aria-current");
    });
    if (focus) items[current].focus();
    items[current].scrollIntoView({ block: "nearest" });
    sessionStorage.setItem(memory, String(current));
  }

  function submit(item, action) {
    const form = item.querySelector('form[data-action="' + action + '"]');
    if (form) form.requestSubmit();
  }

  function correct(item) {
    const details = item.querySelector('details[data-action="correct"]');
    details.open = true;
    details.querySelector('select[name="stance"]').focus();
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const field = event.target.closest && event.target.closest("input, select, textarea, [contenteditable]");
    if (field) {
      const details = field.closest("details");
      if (event.key === "Escape" && details) {
        details.open = false;
        select(current, true);
        event.preventDefault();
      }
      return;
    }
    const item = items[current];
    switch (event.key) {
      case "j": select(current + 1, true); break;
      case "k": select(current - 1, true); break;
      case "v": if (item) submit(item, "verify"); break;
      case "r": if (item) submit(item, "reject"); break;
      case "c": if (item) correct(item); break;
      case "o": if (item) location.assign(item.querySelector('a[data-action="open"]').href); break;
      case "/": {
        const filter = document.querySelector(".filters select, .filters input");
        if (filter) filter.focus();
        break;
      }
      default: return;
    }
    event.preventDefault();
  });

  items.forEach(function (item, i) {
    item.addEventListener("focusin", function () {
      if (current !== i) select(i, false);
    });
  });

  const saved = parseInt(sessionStorage.getItem(memory) || "", 10);
  if (items.length) select(Number.isNaN(saved) ? 0 : saved, !Number.isNaN(saved));
})();
