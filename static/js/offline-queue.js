// Saves made offline, kept in IndexedDB until the server confirms them. Shared by the page
// (js/offline.js) and the service worker (Background Sync), so it touches no DOM. Its words
// come from the JavaScript catalogue (or js/i18n.js), which both load before it.
// An item: { id, action, fields: [[name, value], ...], csrf, label, state, error, queuedAt }.
// Sessions carry their idempotency key (id "session:<key>"), so sending one twice saves it
// once; a check-in (id "checkin:<date>") replaces the day's, so sending it twice is harmless.
self.SpineQueue = (() => {
  const DB = "spinecare-offline";
  const STORE = "queue";
  const SYNC_TAG = "spinecare-queue";

  function open() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "id" });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  async function run(mode, work) {
    const db = await open();
    try {
      return await new Promise((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const result = work(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(result && "result" in result ? result.result : undefined);
        tx.onerror = () => reject(tx.error);
      });
    } finally {
      db.close();
    }
  }

  const put = (item) => run("readwrite", (store) => store.put(item));
  const remove = (id) => run("readwrite", (store) => store.delete(id));
  const all = () => run("readonly", (store) => store.getAll());
  const clear = () => run("readwrite", (store) => store.clear());

  function readTrigger(response) {
    try {
      return JSON.parse(response.headers.get("HX-Trigger") || "{}");
    } catch (error) {
      return {};
    }
  }

  // The first problem the re-rendered form shows (an alert or a field's error), as text; the
  // worker has no DOMParser, so a pattern reads our own templates' markup.
  function firstProblem(html) {
    const found = /<div class="(?:alert alert-[a-z]+|invalid-feedback)[^"]*"[^>]*>([\s\S]*?)<\/div>/.exec(html);
    if (!found) return "";
    return found[1].replace(/<[^>]*>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();
  }

  // Send one item as htmx would. Returns { state: "sent" | "failed" | "offline", text }.
  async function send(item) {
    let response;
    try {
      response = await fetch(item.action, {
        method: "POST",
        body: new URLSearchParams(item.fields),
        credentials: "same-origin",
        headers: { "x-csrftoken": item.csrf, "HX-Request": "true" },
      });
    } catch (error) {
      return { state: "offline" };
    }
    if (response.redirected && new URL(response.url).pathname.startsWith("/accounts/login/")) {
      return { state: "failed", text: gettext("You were signed out, so this was not saved. Log in, then try again.") };
    }
    if (response.status === 403) {
      return { state: "failed", text: gettext("Your session has changed, so this was not saved. Try again.") };
    }
    if (!response.ok) {
      const text = interpolate(gettext("The server could not save this (error %(status)s). Try again."), { status: response.status }, true);
      return { state: "failed", text };
    }
    const status = readTrigger(response).showStatus || {};
    if (status.error) {
      const reason = firstProblem(await response.text());
      return { state: "failed", text: interpolate(gettext("%(problem)s Open the day to fix it."), { problem: reason || status.text }, true) };
    }
    return { state: "sent", text: status.text || gettext("Saved.") };
  }

  // Send every waiting item, one sender at a time (page or worker). Failed items stay, with
  // their reason, until the person tries again or discards them.
  async function replay(csrf) {
    const sendAll = async () => {
      const results = [];
      const items = (await all()).filter((item) => item.state === "waiting");
      items.sort((a, b) => a.queuedAt - b.queuedAt);
      for (const item of items) {
        if (csrf) item.csrf = csrf;
        const result = await send(item);
        if (result.state === "offline") break;
        if (result.state === "sent") await remove(item.id);
        else await put({ ...item, state: "failed", error: result.text });
        results.push({ id: item.id, label: item.label, ...result });
      }
      return results;
    };
    if (self.navigator.locks) return self.navigator.locks.request(SYNC_TAG, sendAll);
    return sendAll();
  }

  return { SYNC_TAG, put, remove, all, clear, replay };
})();
