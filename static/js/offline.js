// The installable, offline app on the page's side: registers the service worker (/sw.js),
// keeps today's pages for offline, and queues a session or check-in saved without a
// connection (js/offline-queue.js) until the server confirms it. Nothing queued is ever
// shown as saved: the page says "waiting to sync" until the server has answered.
(function () {
  const script = document.currentScript;
  const queueable = (script.dataset.queue || "").split(" ").filter(Boolean);
  const signedIn = script.dataset.signedIn === "true";
  const region = document.getElementById("status-region");

  function status(text, error) {
    document.body.dispatchEvent(new CustomEvent("showStatus", { detail: { text, error } }));
  }

  function csrf() {
    try {
      return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["x-csrftoken"] || "";
    } catch (error) {
      return "";
    }
  }

  if ("serviceWorker" in navigator && script.dataset.worker) {
    // The worker keeps each copy of today's pages as they are visited. A page it did not
    // control yet hands it the files it loaded; a signed-in page lets it fetch today's pages
    // when it has no copy, or only one more than an hour old or in another language (so
    // today's checklist opens offline without having been visited, and isn't yesterday's).
    const uncontrolled = !navigator.serviceWorker.controller;
    const pages = (script.dataset.pages || "").split(" ").filter(Boolean);
    async function pagesToRefresh() {
      if (!signedIn) return false;
      const cache = await caches.open("spinecare-pages");
      const copies = await Promise.all(pages.map((path) => cache.match(path)));
      const hourAgo = Date.now() - 3600 * 1000;
      // A copy in another language (the person switched) is refreshed too: "de" vs "es".
      const language = (tag) => (tag || "").toLowerCase().split("-")[0];
      const here = language(document.documentElement.lang);
      return copies.some((copy) => !copy
        || Date.parse(copy.headers.get("Date") || 0) < hourAgo
        || (here && language(copy.headers.get("Content-Language")) !== here));
    }
    // The worker speaks the page's language (its offline page, the queue's messages): a new
    // language registers it again under a new address.
    const lang = document.documentElement.lang;
    const worker = script.dataset.worker + (lang ? "?lang=" + encodeURIComponent(lang) : "");
    navigator.serviceWorker.register(worker, { scope: "/" }).catch(() => null);
    navigator.serviceWorker.ready.then(async (registration) => {
      const files = !uncontrolled ? [] : performance.getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((url) => url.startsWith(location.origin + "/static/") || url.startsWith(location.origin + "/jsi18n/"));
      const refresh = await pagesToRefresh().catch(() => false);
      if (files.length || refresh) registration.active?.postMessage({ type: "keep", files, pages: refresh });
    });
    navigator.serviceWorker.addEventListener("message", (event) => {
      if (event.data && event.data.type === "synced") reportResults(event.data.results);
    });
  }

  // The list of what waits or failed, in the status region, until it is sent or discarded.
  const panel = document.createElement("div");
  panel.className = "status-toast sync-panel";
  panel.id = "sync-panel";
  panel.hidden = true;
  region?.prepend(panel);

  async function render() {
    if (!window.SpineQueue || !region) return;
    let items = [];
    try {
      items = await SpineQueue.all();
    } catch (error) {
      return;
    }
    panel.replaceChildren();
    panel.hidden = items.length === 0;
    const list = document.createElement("ul");
    list.className = "list-unstyled mb-0 flex-grow-1";
    items.forEach((item) => {
      const row = document.createElement("li");
      row.dataset.queueId = item.id;
      const text = document.createElement("span");
      text.setAttribute("role", "status");
      text.textContent = item.state === "failed"
        ? interpolate(gettext("%(what)s: not saved. %(reason)s"), { what: item.label, reason: item.error }, true)
        : interpolate(gettext("%(what)s: waiting to sync. It will be sent when you're back online."), { what: item.label }, true);
      row.append(text);
      if (item.state === "failed") {
        const retry = document.createElement("button");
        retry.type = "button";
        retry.className = "btn btn-sm btn-light ms-2";
        retry.textContent = gettext("Try again");
        retry.dataset.retry = item.id;
        const discard = document.createElement("button");
        discard.type = "button";
        discard.className = "btn btn-sm btn-light ms-1";
        discard.textContent = gettext("Discard");
        discard.dataset.discard = item.id;
        row.append(retry, discard);
      }
      list.append(row);
    });
    panel.append(list);
  }

  const SYNCED = "spinecare-synced";
  function reportResults(results) {
    const sent = results.filter((result) => result.state === "sent");
    const failed = results.filter((result) => result.state === "failed");
    let text = "";
    if (sent.length) {
      const details = sent.map((r) => r.text).join(" ");
      text = interpolate(gettext("Sent now that you're back online. %(details)s"), { details }, true).trim();
    }
    if (failed.length) {
      status(interpolate(gettext("%(what)s: not saved. %(reason)s"), { what: failed[0].label, reason: failed[0].text }, true), true);
    }
    else if (text) status(text);
    render();
    // Show the day as the server now has it, unless something is being typed.
    const onToday = /^\/(dashboard|today)\/$/.test(location.pathname);
    if (sent.length && !failed.length && onToday && !document.querySelector("form.is-dirty")) {
      sessionStorage.setItem(SYNCED, text);
      location.reload();
    }
  }
  const synced = sessionStorage.getItem(SYNCED);
  if (synced) {
    sessionStorage.removeItem(SYNCED);
    status(synced);
  }

  let syncing = false;
  async function sync() {
    if (!window.SpineQueue || syncing || !navigator.onLine) return;
    syncing = true;
    try {
      const results = await SpineQueue.replay(csrf());
      if (results.length) reportResults(results);
    } catch (error) {
      // IndexedDB unavailable: nothing was queued either.
    } finally {
      syncing = false;
    }
  }

  // The day in the page's language ("27 Nov 2026", "27.11.2026"), or as it came if unreadable.
  function dayLabel(iso) {
    const day = new Date(iso + "T12:00:00");
    if (Number.isNaN(day.getTime())) return iso;
    return new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: "medium" }).format(day);
  }

  function labelFor(form, action) {
    if (action.includes("checkin")) return gettext("Check-in");
    const date = form.querySelector("[name=date]");
    return date ? interpolate(gettext("Session for %(date)s"), { date: dayLabel(date.value) }, true) : gettext("Session");
  }

  // Capture phase, so this runs before app.js's "offline, nothing was saved" message, which
  // leaves a queued save alone (event.detail.queued).
  document.addEventListener("htmx:sendError", (event) => {
    const elt = event.detail.elt;
    const form = elt && elt.closest && elt.closest("form");
    const action = form && new URL(form.getAttribute("hx-post") || "", location.href).pathname;
    if (!form || !window.SpineQueue || !queueable.includes(action)) return;
    event.detail.queued = true;
    const fields = [];
    const data = event.detail.requestConfig?.formData || new FormData(form);
    data.forEach((value, name) => {
      if (name !== "csrfmiddlewaretoken" && typeof value === "string") fields.push([name, value]);
    });
    const get = (name) => (fields.find(([n]) => n === name) || [])[1] || "";
    const id = get("key") ? "session:" + get("key") : action + ":" + get("date");
    const item = {
      id, action, fields, csrf: csrf(), label: labelFor(form, action),
      state: "waiting", error: "", queuedAt: Date.now(),
    };
    SpineQueue.put(item).then(async () => {
      form.classList.remove("is-dirty");
      const note = form.querySelector(".form-status");
      if (note) {
        note.textContent = gettext("Waiting to sync: kept on this device, not saved yet.");
        note.classList.remove("text-danger-emphasis");
      }
      status(gettext("You're offline. Kept on this device and waiting to sync; it is sent when you're back online."));
      render();
      const registration = await navigator.serviceWorker?.ready;
      registration?.sync?.register(SpineQueue.SYNC_TAG).catch(() => null);
    }).catch(() => {
      status(gettext("You seem to be offline, and this browser could not keep the save. Nothing was saved: try again when you're online."), true);
    });
  }, true);

  panel.addEventListener("click", async (event) => {
    const retry = event.target.closest("[data-retry]");
    const discard = event.target.closest("[data-discard]");
    const id = (retry || discard)?.dataset.retry || discard?.dataset.discard;
    if (!id) return;
    const item = (await SpineQueue.all()).find((entry) => entry.id === id);
    if (item && retry) await SpineQueue.put({ ...item, state: "waiting", error: "" });
    if (item && discard) await SpineQueue.remove(id);
    await render();
    if (retry) sync();
  });

  window.addEventListener("online", sync);
  render().then(sync);
})();
