// Site-wide behaviour: a progress bar on slow htmx requests and a clear message when one fails.
(function () {
  let timer = null;
  let pending = 0;
  const bar = () => document.getElementById("page-progress");

  document.body.addEventListener("htmx:beforeRequest", () => {
    pending += 1;
    if (timer === null) {
      timer = window.setTimeout(() => {
        if (!bar()) {
          const el = document.createElement("div");
          el.id = "page-progress";
          el.setAttribute("role", "progressbar");
          el.setAttribute("aria-label", "Loading");
          document.body.appendChild(el);
        }
      }, 250);
    }
  });
  document.body.addEventListener("htmx:afterRequest", () => {
    pending = Math.max(0, pending - 1);
    if (pending === 0) {
      window.clearTimeout(timer);
      timer = null;
      bar()?.remove();
    }
  });

  function showError(text) {
    const box = document.getElementById("messages");
    if (!box) return;
    const alert = document.createElement("div");
    alert.className = "alert alert-danger";
    alert.setAttribute("role", "alert");
    alert.textContent = text;
    box.replaceChildren(alert);
  }

  document.body.addEventListener("htmx:responseError", (event) => {
    const xhr = event.detail.xhr;
    if (xhr.status === 403 || xhr.status === 401) {
      showError("Your session has ended. Please log in again; then try once more.");
    } else {
      showError("That didn't work (error " + xhr.status + "). Nothing was changed. Please try again.");
    }
  });
  document.body.addEventListener("htmx:sendError", () => {
    showError("You seem to be offline. Nothing was sent; check your connection and try again.");
  });
})();
