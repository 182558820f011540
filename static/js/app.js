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
          el.setAttribute("aria-label", gettext("Loading"));
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

  // The status region at the bottom of the viewport: confirmations fade after a while,
  // failures stay until the next request, so nobody reads "saved" into silence.
  let hideTimer = null;
  function showStatus(text, error) {
    const toast = document.getElementById(error ? "status-alert" : "status-toast");
    const other = document.getElementById(error ? "status-toast" : "status-alert");
    if (!toast) return;
    if (other) other.hidden = true;
    window.clearTimeout(hideTimer);
    toast.querySelector(".status-text").textContent = text;
    toast.hidden = false;
    if (!error) hideTimer = window.setTimeout(() => { toast.hidden = true; }, 6000);
  }
  function showError(text) {
    showStatus(text, true);
  }
  document.body.addEventListener("click", (event) => {
    const close = event.target.closest(".status-close");
    if (close) close.closest(".status-toast").hidden = true;
  });
  // After a save the checklist card shrinks to what was logged: show its top, with any
  // suggestion the save made right below it.
  // The figures refreshed after a save can still move it (the first-day card goes), so
  // keep it in view through the swaps of the next two seconds.
  let keepCardUntil = 0;
  document.body.addEventListener("htmx:afterSettle", () => {
    const saved = document.querySelector("#log-card[data-saved]");
    if (saved) {
      saved.removeAttribute("data-saved");
      keepCardUntil = Date.now() + 2000;
    }
    const card = document.getElementById("log-card");
    if (card && Date.now() < keepCardUntil && card.getBoundingClientRect().top < 0) {
      card.scrollIntoView({ block: "start" });
    }
  });
  document.body.addEventListener("showStatus", (event) => {
    showStatus(event.detail.text, Boolean(event.detail.error));
  });
  document.body.addEventListener("htmx:beforeRequest", () => {
    const alert = document.getElementById("status-alert");
    if (alert) alert.hidden = true;
  });

  // A form changed but not yet saved says so beside its button; "Recorded" values on the
  // card stay the server's, and a failed send leaves the note in place.
  document.body.addEventListener("change", (event) => {
    const form = event.target.closest("form[hx-post]");
    if (!form || form.classList.contains("is-dirty")) return;
    form.classList.add("is-dirty");
    const note = form.querySelector(".form-status");
    if (note) note.textContent = gettext("Not saved yet.");
  });
  function markUnsent(event, text) {
    const form = event.detail.elt && event.detail.elt.closest && event.detail.elt.closest("form");
    const note = form && form.querySelector(".form-status");
    if (note) {
      note.textContent = text;
      note.classList.add("text-danger-emphasis");
    }
  }

  // Signed out in the meantime (session expired): the request was redirected to the login
  // page. Keep what was typed, sign in, and come back to this page with it restored.
  const DRAFT = "spinecare-draft:";
  document.body.addEventListener("htmx:beforeSwap", (event) => {
    const xhr = event.detail.xhr;
    if (!xhr.responseURL || !new URL(xhr.responseURL).pathname.startsWith("/accounts/login/")) return;
    event.detail.shouldSwap = false;
    const form = event.detail.requestConfig && event.detail.requestConfig.elt.closest("form");
    if (form) {
      const values = [];
      new FormData(form).forEach((value, name) => {
        if (name !== "csrfmiddlewaretoken" && typeof value === "string") values.push([name, value]);
      });
      sessionStorage.setItem(DRAFT + form.getAttribute("action"), JSON.stringify(values));
    }
    const here = window.location.pathname + window.location.search;
    window.location.assign("/accounts/login/?next=" + encodeURIComponent(here));
  });

  function restoreDrafts() {
    document.querySelectorAll("form[action]").forEach((form) => {
      const key = DRAFT + form.getAttribute("action");
      const saved = sessionStorage.getItem(key);
      if (!saved) return;
      sessionStorage.removeItem(key);
      const values = JSON.parse(saved);
      const names = new Set(values.map(([name]) => name));
      names.forEach((name) => {
        const wanted = values.filter(([n]) => n === name).map(([, v]) => v);
        form.querySelectorAll(`[name="${CSS.escape(name)}"]`).forEach((field) => {
          if (field.type === "checkbox" || field.type === "radio") field.checked = wanted.includes(field.value);
          else if (field.type !== "hidden" || name !== "key") field.value = wanted[0];
        });
      });
      const note = document.createElement("div");
      note.className = "alert alert-info py-2";
      note.setAttribute("role", "status");
      note.textContent = gettext("You were signed out, so nothing was saved. What you typed is back: check it and save again.");
      form.prepend(note);
    });
  }
  restoreDrafts();

  // A plain form post goes once: a double tap on "Add this routine" must not add two. The
  // page coming back from the back-forward cache can send again.
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (form.hasAttribute("hx-post") || form.method.toLowerCase() !== "post") return;
    if (form.dataset.submitting) {
      event.preventDefault();
      return;
    }
    form.dataset.submitting = "true";
  });
  window.addEventListener("pageshow", () => {
    document.querySelectorAll("form[data-submitting]").forEach((form) => {
      delete form.dataset.submitting;
    });
  });

  document.body.addEventListener("htmx:responseError", (event) => {
    const xhr = event.detail.xhr;
    if (xhr.status === 403 || xhr.status === 401) {
      showError(gettext("Your session has ended. Please log in again; then try once more."));
    } else if (xhr.status === 429) {
      showError(gettext("Too many tries in a short time. Nothing was changed. Wait a little, then try again."));
    } else {
      showError(interpolate(
        gettext("That didn't work (error %(status)s). Nothing was changed. Please try again."),
        { status: xhr.status },
        true,
      ));
    }
    markUnsent(event, gettext("Not saved. Try again."));
  });
  document.body.addEventListener("htmx:sendError", (event) => {
    if (event.detail.queued) return; // kept offline by js/offline.js, which says so
    showError(gettext("You seem to be offline. Nothing was saved: check your connection and try again."));
    markUnsent(event, gettext("Not saved: you seem to be offline."));
  });
})();
