// Draws every [data-chart] element from its JSON endpoint, keeps its data table in step, and opens the
// statement behind a point when it is clicked. Text from the server is put in the page as text, never as HTML.
(function () {
  "use strict";
  const config = {
    responsive: true,
    displaylogo: false,
    topojsonURL: document.body.dataset.topojsonUrl,
  };

  function cellFor(value) {
    const td = document.createElement("td");
    if (value && typeof value === "object") {
      const link = document.createElement("a");
      link.textContent = value.text;
      if (typeof value.href === "string" && value.href.startsWith("/")) link.href = value.href;
      td.appendChild(link);
    } else {
      td.textContent = value === null || value === undefined ? "" : String(value);
    }
    return td;
  }

  function fillTable(table, data) {
    if (!table || !data) return;
    table.querySelector("caption").textContent = data.caption;
    const head = table.querySelector("thead tr");
    head.replaceChildren();
    for (const column of data.columns) {
      const th = document.createElement("th");
      th.scope = "col";
      th.textContent = column;
      head.appendChild(th);
    }
    const body = table.querySelector("tbody");
    body.replaceChildren();
    for (const row of data.rows) {
      const tr = document.createElement("tr");
      for (const value of row) tr.appendChild(cellFor(value));
      body.appendChild(tr);
    }
  }

  function hasPoints(figure) {
    return figure.data.some((trace) => (trace.x || trace.locations || []).length > 0);
  }

  // The Export links follow the chart: when its endpoint changes (a date slider), so do their parameters.
  function updateExports(element) {
    const panel = element.closest(".chart-panel");
    const links = panel && panel.querySelector("[data-export-base]");
    if (!links) return;
    const query = new URL(element.dataset.endpoint, window.location.origin).searchParams;
    for (const link of links.querySelectorAll("a[data-format]")) {
      const params = new URLSearchParams(query);
      if (link.dataset.scale) params.set("scale", link.dataset.scale);
      link.href = links.dataset.exportBase + "." + link.dataset.format + "?" + params.toString();
    }
    const hidden = panel.querySelector("[data-export-query]");
    if (hidden) hidden.value = query.toString();
  }

  async function draw(element) {
    const errorBox = document.getElementById(element.dataset.error);
    element.dataset.state = "loading";
    let response;
    let payload = {};
    try {
      response = await fetch(element.dataset.endpoint, { headers: { Accept: "application/json" } });
      payload = await response.json();
    } catch (error) {
      response = response || { ok: false, status: 0 };
    }
    if (!response.ok) {
      errorBox.textContent = payload.error || "The chart could not be loaded; reload the page to try again.";
      errorBox.hidden = false;
      element.dataset.state = "error";
      return;
    }
    if (hasPoints(payload.figure)) {
      errorBox.hidden = true;
    } else {
      errorBox.textContent = "Nothing to draw for these choices: widen the date range or choose other actors or topics.";
      errorBox.hidden = false;
    }
    await Plotly.react(element, payload.figure.data, payload.figure.layout, config);
    if (!element.dataset.clickBound) {
      element.on("plotly_click", function (event) {
        const url = event.points.length ? event.points[0].customdata : "";
        if (typeof url === "string" && url.startsWith("/")) window.location.assign(url);
      });
      element.dataset.clickBound = "true";
    }
    fillTable(document.getElementById(element.dataset.table), payload.table);
    updateExports(element);
    element.dataset.state = "drawn";
    element.dispatchEvent(new CustomEvent("chart:drawn", { detail: payload }));
  }

  for (const button of document.querySelectorAll(".toggle-data")) {
    button.addEventListener("click", function () {
      const table = document.getElementById(button.getAttribute("aria-controls"));
      const show = table.hidden;
      table.hidden = !show;
      button.setAttribute("aria-pressed", String(show));
      button.textContent = show ? "Hide data" : "Show data";
    });
  }

  window.dashboardCharts = { draw: draw };
  for (const element of document.querySelectorAll("[data-chart]")) draw(element);
})();
