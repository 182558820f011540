// The clinician report: its "Print" button opens the browser's print dialog (no inline script).
(function () {
  document.querySelectorAll("[data-print]").forEach((button) => {
    button.addEventListener("click", () => window.print());
  });
})();
