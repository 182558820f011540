// The two things Bootstrap's JavaScript (80 KB) did here: open and close the menu on a
// narrow screen, and dismiss a message. The CSS (.collapse, .show) stays Bootstrap's.
(function () {
  document.addEventListener("click", (event) => {
    const toggler = event.target.closest?.('[data-bs-toggle="collapse"]');
    if (toggler) {
      const menu = document.querySelector(toggler.dataset.bsTarget);
      const open = !menu.classList.contains("show");
      menu.classList.toggle("show", open);
      toggler.setAttribute("aria-expanded", String(open));
      toggler.classList.toggle("collapsed", !open);
      return;
    }
    const close = event.target.closest?.('[data-bs-dismiss="alert"]');
    if (close) close.closest(".alert")?.remove();
  });
})();
