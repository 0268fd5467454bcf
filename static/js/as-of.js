// The overview's date control: the slider and the date field move the matrix through time without a reload,
// and keep the address in step so that a copied link shows the same date.
(function () {
  "use strict";
  const DAY = 24 * 60 * 60 * 1000;
  const slider = document.getElementById("as-of-slider");
  const field = document.getElementById("as-of-date");
  const matrix = document.getElementById("matrix");
  if (!slider || !field || !matrix || !slider.dataset.first) return;
  const first = Date.parse(slider.dataset.first);
  const last = Date.parse(slider.dataset.last);
  slider.max = String(Math.max(0, Math.round((last - first) / DAY)));

  function isoDay(time) {
    return new Date(time).toISOString().slice(0, 10);
  }
  function syncSlider() {
    const time = Date.parse(field.value);
    if (!Number.isNaN(time)) slider.value = String(Math.round((time - first) / DAY));
    slider.setAttribute("aria-valuetext", field.value);
  }

  let timer = null;
  function redraw() {
    const value = field.value;
    if (Number.isNaN(Date.parse(value))) return;
    const endpoint = new URL(matrix.dataset.endpoint, window.location.href);
    endpoint.searchParams.set("as_of", value);
    matrix.dataset.endpoint = endpoint.pathname + endpoint.search;
    const page = new URL(window.location.href);
    page.searchParams.set("as_of", value);
    window.history.replaceState(null, "", page.pathname + page.search);
    clearTimeout(timer);
    timer = setTimeout(function () {
      window.dashboardCharts.draw(matrix);
    }, 120);
  }

  slider.addEventListener("input", function () {
    field.value = isoDay(first + Number(slider.value) * DAY);
    slider.setAttribute("aria-valuetext", field.value);
    redraw();
  });
  field.addEventListener("change", function () {
    syncSlider();
    redraw();
  });
  syncSlider();
})();
