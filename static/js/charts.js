// Draws the charts whose data the page carries in <script type="application/json"> tags.
// Works on first load and after every htmx swap; no inline scripts (strict CSP).
(function () {
  // htmx runs the page's scripts again when Back restores a page: listen only once.
  if (window.spinecareCharts) return;
  window.spinecareCharts = true;
  // Pages that may show a chart later (loaded through htmx) name Chart.js here instead of
  // loading it up front: it is fetched the first time a chart needs drawing.
  const chartSource = document.currentScript?.dataset.chartjs;
  let chartLoading = null;
  // The first Chart.js loaded draws every chart: htmx runs a page's scripts again when Back
  // restores it, and the second copy would not know the charts the first one drew.
  let chartJs = null;
  const lib = () => (chartJs ??= window.Chart || null);
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

  // Dates and numbers in the page's language: "27 Nov", "27. Nov.", "27 nov"; "7,5" in German.
  const locale = document.documentElement.lang || undefined;
  const dayMonth = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short" });

  function dateLabel(iso) {
    return dayMonth.format(new Date(iso + "T12:00:00"));
  }

  // About one date every 80 px, so the labels never touch on a 375 px phone.
  function tickLimit(width) {
    return Math.max(3, Math.min(8, Math.floor(width / 80)));
  }

  // Legend entries draw what the chart draws: a line (dashed where the line is) for a line
  // without points, the dataset's own marker otherwise. Empty datasets leave the legend.
  function legendLabels(chart) {
    const items = lib().defaults.plugins.legend.labels.generateLabels(chart);
    return items.map((item) => {
      const set = chart.data.datasets[item.datasetIndex];
      const lineOnly = set.showLine !== false && set.pointRadius === 0;
      return {
        ...item,
        pointStyle: lineOnly ? "line" : set.pointStyle || "circle",
        strokeStyle: set.borderColor,
        fillStyle: set.backgroundColor ?? set.borderColor,
        lineWidth: lineOnly ? 2 : set.borderWidth ?? 2,
        lineDash: set.borderDash || [],
      };
    });
  }

  function baseOptions(colors, yTitle, yMax, width) {
    return {
      locale, // Chart.js formats tick and tooltip numbers with Intl.NumberFormat in this locale
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 300 },
      interaction: { mode: "index", intersect: false },
      onResize(chart, size) {
        chart.options.scales.x.ticks.maxTicksLimit = tickLimit(size.width);
      },
      scales: {
        x: { ticks: { color: colors.text, autoSkip: true, autoSkipPadding: 12, maxTicksLimit: tickLimit(width), maxRotation: 0 }, grid: { color: colors.grid } },
        y: { min: 0, max: yMax, title: { display: true, text: yTitle, color: colors.text }, ticks: { color: colors.text }, grid: { color: colors.grid } },
      },
      plugins: {
        legend: {
          labels: {
            color: colors.text,
            usePointStyle: true,
            boxHeight: 10,
            generateLabels: legendLabels,
            filter: (item, data) => data.datasets[item.datasetIndex].data.some((v) => v !== null),
          },
        },
      },
    };
  }

  // The dose on or before day i, so a change marker sits on the line even on a day off.
  function lastDose(doses, i) {
    for (let j = i; j >= 0; j -= 1) if (doses[j] !== null) return doses[j];
    return 0;
  }

  // The report's chart carries no words of its own: these, in the page's language, stand in.
  const DISCOMFORT_TEXT = () => ({
    level: gettext("Check-in (0-10)"),
    rolling: gettext("7-day average"),
    active: gettext("Active day"),
    threshold: gettext("Your alert level"),
    change: gettext("Routine change"),
    // Translators: the discomfort chart's vertical axis, levels 0 to 10.
    axis: gettext("Discomfort"),
  });
  const FLAG_MARKERS = { mild: "triangle", moderate: "rect", sharp: "crossRot" };

  const builders = {
    discomfort(data, colors, width) {
      const text = data.text || DISCOMFORT_TEXT();
      return {
        type: "line",
        data: {
          labels: data.labels.map(dateLabel),
          datasets: [
            { label: text.level, data: data.levels, borderColor: colors.level, backgroundColor: colors.level, pointRadius: data.labels.length > 120 ? 1 : 3, spanGaps: false, tension: 0.2 },
            { label: text.rolling, data: data.rolling, borderColor: colors.rolling, backgroundColor: colors.rolling, borderDash: [6, 4], pointRadius: 0, spanGaps: true, tension: 0.3 },
            { label: text.active, data: data.active.map((a) => (a ? 0 : null)), showLine: false, pointStyle: "triangle", pointRadius: 4, borderColor: colors.active, backgroundColor: colors.active },
            { label: text.threshold, data: data.labels.map(() => data.threshold), borderColor: colors.threshold, borderDash: [2, 3], borderWidth: 1, pointRadius: 0 },
            { label: text.change, data: (data.changes || []).map((c) => (c ? 10 : null)), showLine: false, pointStyle: "rectRot", pointRadius: 6, borderColor: colors.rolling, backgroundColor: colors.rolling },
          ],
        },
        options: baseOptions(colors, text.axis, 10, width),
      };
    },
    // One point a day, or a week (its highest dose and worst flag) over long ranges.
    dose(data, colors, width) {
      const flagSets = Object.entries(FLAG_MARKERS).map(([level, marker]) => ({
        label: data.text.flags[level],
        data: data.flags.map((f, i) => (f === level ? lastDose(data.dose, i) : null)),
        showLine: false,
        pointStyle: marker,
        pointRadius: 7,
        borderWidth: 3,
        borderColor: colors.flag[level],
        backgroundColor: level === "sharp" ? colors.flag[level] : "transparent",
      }));
      const options = baseOptions(colors, data.unit, undefined, width);
      if (data.period === "week") {
        options.plugins.tooltip = { callbacks: { title: (items) => interpolate(data.text.week, { date: items[0].label }, true) } };
      }
      return {
        type: "line",
        data: {
          labels: data.labels.map(dateLabel),
          datasets: [
            { label: data.unit, data: data.dose, borderColor: colors.level, backgroundColor: colors.level, pointRadius: data.labels.length > 60 ? 2 : 3, tension: 0.2, spanGaps: true },
            ...flagSets,
            {
              label: data.text.change,
              data: data.changes.map((c, i) => (c ? lastDose(data.dose, i) : null)),
              showLine: false,
              pointStyle: "rectRot",
              pointRadius: 7,
              borderColor: colors.rolling,
              backgroundColor: colors.rolling,
            },
          ],
        },
        options,
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

  // Chart.js (about 200 KB, a second of a slow phone's CPU) is fetched only when a chart
  // comes within a few hundred pixels of the screen, after the page's content: a phone that
  // never scrolls down to the chart never pays for it.
  let watcher = null;
  function drawWhenNear(canvases) {
    const fetchAndDraw = () => loadChartJs().then(() => draw(document), () => {});
    if (!("IntersectionObserver" in window)) return fetchAndDraw();
    watcher ??= new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      watcher.disconnect();
      fetchAndDraw();
    }, { rootMargin: "300px 0px" });
    canvases.forEach((canvas) => watcher.observe(canvas));
  }

  function draw(root) {
    const Chart = lib();
    if (!Chart) {
      const canvases = root.querySelectorAll("canvas[data-chart]");
      if (chartSource && canvases.length) drawWhenNear(canvases);
      return;
    }
    // A chart whose canvas left the page (swapped, or replaced by Back) lets go of it.
    Object.values(Chart.instances).forEach((chart) => chart.canvas?.isConnected || chart.destroy());
    root.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
      const source = document.getElementById(canvas.dataset.chart);
      if (!source || Chart.getChart(canvas)) return;
      const data = JSON.parse(source.textContent);
      const build = builders[canvas.dataset.kind || "discomfort"];
      new Chart(canvas, build(data, palette(), canvas.parentElement.clientWidth));
    });
  }

  // The heat-map opens at today: the newest week is at the right end of its scroller. Done
  // when it nears the screen: measuring its width forces a layout of 371 days, which a phone
  // that never scrolls down to it need not wait for.
  const nearScreen = "IntersectionObserver" in window
    ? new IntersectionObserver((entries) => entries.forEach((entry) => {
        if (!entry.isIntersecting) return;
        nearScreen.unobserve(entry.target);
        entry.target.scrollLeft = entry.target.scrollWidth;
      }), { rootMargin: "300px 0px" })
    : null;
  function showToday(root) {
    root.querySelectorAll("[data-heatmap-scroll]:not([data-shown])").forEach((scroller) => {
      scroller.dataset.shown = "true";
      if (nearScreen) nearScreen.observe(scroller);
      else scroller.scrollLeft = scroller.scrollWidth;
    });
  }

  // A tap, a click or Enter on a day shows its words in the panel under the heat-map.
  function showDay(cell) {
    rove(cell);
    const section = cell.closest("section");
    section.querySelector(".hd.selected")?.classList.remove("selected");
    cell.classList.add("selected");
    section.querySelector(".heatmap-detail").textContent = cell.title;
  }

  // One tab stop for 371 days (a roving tabindex): arrows move a day or a week.
  function rove(cell) {
    cell.closest(".heatmap").querySelector('button.hd:not([tabindex="-1"])')?.setAttribute("tabindex", "-1");
    cell.setAttribute("tabindex", "0");
  }

  const STEPS = { ArrowUp: -1, ArrowDown: 1, ArrowLeft: -7, ArrowRight: 7 };

  function moveFocus(event) {
    const cell = event.target.closest?.(".heatmap button.hd");
    if (!cell) return;
    const cells = [...cell.closest(".heatmap").querySelectorAll("button.hd")];
    const here = cells.indexOf(cell);
    let next;
    if (event.key in STEPS) next = here + STEPS[event.key];
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = cells.length - 1;
    else return;
    event.preventDefault();
    const target = cells[Math.max(0, Math.min(cells.length - 1, next))];
    rove(target);
    target.focus();
  }

  document.addEventListener("click", (event) => {
    const cell = event.target.closest?.(".heatmap button.hd");
    if (cell) showDay(cell);
  });
  document.addEventListener("keydown", moveFocus);
  document.addEventListener("DOMContentLoaded", () => {
    showToday(document);
    draw(document);
  });
  document.body.addEventListener("htmx:beforeSwap", (event) => {
    if (!lib()) return;
    event.detail.target.querySelectorAll?.("canvas[data-chart]").forEach((c) => lib().getChart(c)?.destroy());
  });
  // After a swap, and after Back, which puts a page back without a settle event.
  ["htmx:afterSettle", "htmx:historyRestore"].forEach((name) =>
    document.body.addEventListener(name, () => {
      showToday(document);
      draw(document);
    }),
  );
})();
