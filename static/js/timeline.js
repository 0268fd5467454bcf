// Draws the topic timeline from the JSON endpoint and keeps its data table in step with it.
(function () {
  "use strict";
  const chart = document.getElementById("timeline");
  const select = document.getElementById("topic-select");
  const table = document.getElementById("timeline-table");
  const toggle = document.getElementById("toggle-data");
  const errorBox = document.getElementById("timeline-error");

  function fillTable(rows) {
    const body = table.querySelector("tbody");
    body.replaceChildren();
    for (const row of rows) {
      const tr = document.createElement("tr");
      for (const value of [row.date, row.actor_name, (row.stance > 0 ? "+" : "") + row.stance, row.speaker, row.quote]) {
        const td = document.createElement("td");
        td.textContent = value;  // text, never HTML: quotes come from outside
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
  }

  async function draw() {
    const url = new URL(chart.dataset.endpoint, window.location.href);
    url.searchParams.set("topic", select.value);
    const response = await fetch(url);
    const payload = await response.json();
    if (!response.ok) {
      errorBox.textContent = payload.error || "The chart could not be loaded.";
      errorBox.hidden = false;
      return;
    }
    errorBox.hidden = true;
    await Plotly.react(chart, payload.figure.data, payload.figure.layout, { responsive: true, displaylogo: false });
    chart.dataset.traces = String(payload.figure.data.length);
    fillTable(payload.rows);
  }

  select.addEventListener("change", draw);
  toggle.addEventListener("click", function () {
    const show = table.hidden;
    table.hidden = !show;
    toggle.setAttribute("aria-pressed", String(show));
    toggle.textContent = show ? "Hide data" : "Show data";
  });
  draw();
})();
