// Draws every <canvas data-chart="ID"> from the JSON in the element #ID (written by ChartData on the server).
// Chart.js shows every series' value for the hovered or focused position; arrow keys move along it.
(function () {
  "use strict";
  if (typeof Chart === "undefined") { return; }
  var colours = { band95: "rgba(11,83,148,0.12)", band80: "rgba(11,83,148,0.25)", line: "#0b5394", line2: "#b45f06", points: "#a40e26", bars: "#6e7781" };
  var reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function dataset(series, index, all) {
    var style = series.style;
    var set = { label: series.label, data: series.values, borderColor: colours[style], backgroundColor: colours[style], spanGaps: false };
    if (style === "band95" || style === "band80") {
      var isLower = series.key.indexOf("lo") === 0;
      set.borderWidth = 0; set.pointRadius = 0; set.pointHitRadius = 0;
      // A lower edge fills up to the upper edge just before it: the interval becomes a shaded band.
      set.fill = isLower ? "-1" : false;
      set.backgroundColor = colours[style];
      return set;
    }
    if (style === "points") { set.type = "line"; set.showLine = false; set.pointRadius = 4; return set; }
    if (style === "bars") { set.type = "bar"; return set; }
    set.borderWidth = 2.5; set.pointRadius = 2; set.fill = false;
    return set;
  }

  function draw(canvas) {
    var source = document.getElementById(canvas.getAttribute("data-chart"));
    if (!source) { return; }
    var data = JSON.parse(source.textContent);
    var chart = new Chart(canvas, {
      type: data.kind === "daily" ? "bar" : "line",
      data: { labels: data.labels, datasets: data.series.map(dataset) },
      options: {
        responsive: true, maintainAspectRatio: false, animation: reduced ? false : { duration: 300 },
        interaction: { mode: "index", intersect: false },
        plugins: {
          legend: { labels: { filter: function (item) { return !/^(lo|hi)/.test(data.series[item.datasetIndex].key); } } },
          tooltip: { callbacks: { label: function (c) { return c.dataset.label + ": " + (c.parsed.y === null ? "–" : c.parsed.y.toLocaleString(document.documentElement.lang)); } } }
        },
        scales: { y: { beginAtZero: true } }
      }
    });
    canvas.setAttribute("data-drawn", "true");
    // Keyboard: left and right arrows move the tooltip along the x axis.
    var at = -1;
    canvas.addEventListener("keydown", function (e) {
      if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") { return; }
      e.preventDefault();
      var n = data.labels.length;
      at = e.key === "ArrowRight" ? Math.min(n - 1, at + 1) : Math.max(0, at - 1);
      var active = chart.data.datasets.map(function (_, i) { return { datasetIndex: i, index: at }; });
      chart.tooltip.setActiveElements(active, { x: 0, y: 0 });
      chart.setActiveElements(active);
      chart.update();
    });
  }

  document.querySelectorAll("canvas[data-chart]").forEach(draw);
})();
