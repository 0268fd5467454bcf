// Draws an embedded chart from the figure in the page; nothing is fetched, so a frozen embed stays as it was.
(function () {
  "use strict";
  const figure = JSON.parse(document.getElementById("embed-figure").textContent);
  const element = document.getElementById("embed-chart");
  const config = { responsive: true, displaylogo: false, topojsonURL: document.body.dataset.topojsonUrl };
  Plotly.newPlot(element, figure.data, figure.layout, config).then(function () {
    element.dataset.state = "drawn";
    element.on("plotly_click", function (event) {
      const url = event.points.length ? event.points[0].customdata : "";
      if (typeof url === "string" && url.startsWith("/")) window.open(url, "_blank", "noopener");
    });
  });
})();
