// Draws the charts whose data the page carries in <script type="application/json"> tags.
// Works on first load and after every htmx swap; no inline scripts (strict CSP).
(function () {
  // Pages that may show a chart later (loaded through htmx) name Chart.js here instead of
  // loading it up front: it is fetched the first time a chart needs drawing.
  const chartSource = document.currentScript?.dataset.chartjs;
  let chartLoading = null;
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function palette() {
    const dark = document.documentElement.getAttribute("data-bs-theme") === "dark";
    return {
      level: dark ? "#7fd1bd" : "#2f7d6d",
      rolling: dark ? "#f2c46d" : "#9a6a00",
      active: dark ? "#9ab8ff" : "#3558b0",
      flag: { mild: "#b88a00", moderate: "#c25e00", sharp: "#b02a1a" },
      threshold: dark ? "#ff9b8f" : "#b02a1a",
      grid: dark ? "rgba(255,255,255,0.1)" : "rgba(0,0,0,0.08)",
      text: dark ? "#dee2e6" : "#495057",
    };
  }

  function dateLabel(iso) {
    const d = new Date(iso + "T12:00:00");
    return d.toLocaleDateString(undefined, { day: "numeric", month: "short" });
  }

  function baseOptions(colors, yTitle, yMax) {
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 300 },
      interaction: { mode: "index", intersect: false },
      scales: {
        x: { ticks: { color: colors.text, autoSkip: true, maxTicksLimit: 8, maxRotation: 0 }, grid: { color: colors.grid } },
        y: { min: 0, max: yMax, title: { display: true, text: yTitle, color: colors.text }, ticks: { color: colors.text }, grid: { color: colors.grid } },
      },
      plugins: { legend: { labels: { color: colors.text, usePointStyle: true } } },
    };
  }

  // The dose on or before day i, so a change marker sits on the line even on a day off.
  function lastDose(doses, i) {
    for (let j = i; j >= 0; j -= 1) if (doses[j] !== null) return doses[j];
    return 0;
  }

  const builders = {
    discomfort(data, colors) {
      return {
        type: "line",
        data: {
          labels: data.labels.map(dateLabel),
          datasets: [
            { label: "Check-in (0-10)", data: data.levels, borderColor: colors.level, backgroundColor: colors.level, pointRadius: data.labels.length > 120 ? 1 : 3, spanGaps: false, tension: 0.2 },
            { label: "7-day average", data: data.rolling, borderColor: colors.rolling, backgroundColor: colors.rolling, borderDash: [6, 4], pointRadius: 0, spanGaps: true, tension: 0.3 },
            { label: "Active day", data: data.active.map((a) => (a ? 0 : null)), showLine: false, pointStyle: "triangle", pointRadius: 4, borderColor: colors.active, backgroundColor: colors.active },
            { label: "Your alert level", data: data.labels.map(() => data.threshold), borderColor: colors.threshold, borderDash: [2, 3], borderWidth: 1, pointRadius: 0 },
            { label: "Routine change", data: (data.changes || []).map((c) => (c ? 10 : null)), showLine: false, pointStyle: "rectRot", pointRadius: 6, borderColor: colors.rolling, backgroundColor: colors.rolling },
          ],
        },
        options: baseOptions(colors, "Discomfort", 10),
      };
    },
    dose(data, colors) {
      return {
        type: "line",
        data: {
          labels: data.labels.map(dateLabel),
          datasets: [
            { label: data.unit, data: data.dose, borderColor: colors.level, backgroundColor: colors.level, pointRadius: 3, tension: 0.2, spanGaps: true },
            {
              label: "Discomfort flagged",
              data: data.flags.map((f, i) => (f ? data.dose[i] : null)),
              showLine: false,
              pointStyle: "crossRot",
              pointRadius: 8,
              borderWidth: 3,
              borderColor: data.flags.map((f) => (f ? colors.flag[f] : "transparent")),
            },
            {
              label: "Routine change",
              data: data.changes.map((c, i) => (c ? lastDose(data.dose, i) : null)),
              showLine: false,
              pointStyle: "rectRot",
              pointRadius: 7,
              borderColor: colors.rolling,
              backgroundColor: colors.rolling,
            },
          ],
        },
        options: baseOptions(colors, data.unit, undefined),
      };
    },
  };

  function loadChartJs() {
    chartLoading ??= new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = chartSource;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
    return chartLoading;
  }

  function draw(root) {
    if (!window.Chart) {
      if (chartSource && root.querySelector("canvas[data-chart]")) {
        loadChartJs().then(() => draw(root), () => {});
      }
      return;
    }
    root.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
      const source = document.getElementById(canvas.dataset.chart);
      if (!source || Chart.getChart(canvas)) return;
      const data = JSON.parse(source.textContent);
      const build = builders[canvas.dataset.kind || "discomfort"];
      new Chart(canvas, build(data, palette()));
    });
  }

  document.addEventListener("DOMContentLoaded", () => draw(document));
  document.body.addEventListener("htmx:beforeSwap", (event) => {
    if (!window.Chart) return;
    event.detail.target.querySelectorAll?.("canvas[data-chart]").forEach((c) => Chart.getChart(c)?.destroy());
  });
  document.body.addEventListener("htmx:afterSettle", () => draw(document));
})();
