{% autoescape off %}// SpineCare's service worker, served at /sw.js (spinecare/pwa.py) with the scope "/".
// Static files: cache first (their names carry a content hash in production).
// Today's pages (the signed-in home and today's checklist): network first, the last copy
// when offline. Saves made offline wait in IndexedDB (js/offline-queue.js) and are sent
// by Background Sync where the browser has it.
// Its words are in the language of the request that fetched it: the catalogue first (if it
// fails to load, js/i18n.js speaks English), then the queue that uses them.
try {
  importScripts({{ catalogue }});
} catch (error) { /* js/i18n.js stands in */ }
importScripts({{ i18n_script }}, {{ queue_script }});

const VERSION = "{{ version }}";
const STATIC_CACHE = "spinecare-static-" + VERSION;
const PAGES_CACHE = "spinecare-pages";
const PRECACHE = {{ precache }};
const PAGES = {{ pages }};
const OFFLINE_TEXT = {{ offline_text }};
const TODAY_URL = {{ today_url }};
const TODAY_TEXT = {{ today_text }};
const LANG = {{ lang }};

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(STATIC_CACHE)
      .then((cache) => Promise.all(PRECACHE.map((url) => cache.add(url).catch(() => null))))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((key) => key.startsWith("spinecare-static-") && key !== STATIC_CACHE)
        .map((key) => caches.delete(key))))
      .then(() => self.clients.claim())
  );
});

// Our JavaScript catalogue's address carries its language and version: never stale either.
function isStatic(url) {
  return url.pathname.startsWith("/static/") || url.pathname.startsWith("/jsi18n/");
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => "&#" + c.charCodeAt(0) + ";");
}

function isPage(url) {
  return url.origin === self.location.origin && PAGES.includes(url.pathname) && !url.search;
}

// Their addresses say which file (and the catalogue's, which language): a Vary header such
// as the catalogue's Accept-Language must not make the kept copy miss.
async function fromCacheFirst(request) {
  const cached = await caches.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(STATIC_CACHE)).put(request, response.clone());
  return response;
}

async function savePage(url, response) {
  // Only a signed-in page: a redirect to the log-in page is not today's page.
  if (response.ok && !response.redirected && response.type === "basic") {
    await (await caches.open(PAGES_CACHE)).put(url, response.clone());
  }
}

async function networkFirst(request) {
  const url = new URL(request.url);
  try {
    const response = await fetch(request);
    if (isPage(url)) await savePage(url.pathname, response);
    return response;
  } catch (error) {
    const cached = await caches.match(isPage(url) ? url.pathname : TODAY_URL, { cacheName: PAGES_CACHE });
    if (cached && isPage(url)) return cached;
    const link = cached ? '<p><a href="' + TODAY_URL + '">' + escapeHtml(TODAY_TEXT) + "</a></p>" : "";
    return new Response(
      '<!doctype html><html lang="' + LANG + '"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>SpineCare</title><p>' + escapeHtml(OFFLINE_TEXT) + "</p>" + link,
      { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } }
    );
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (isStatic(url)) {
    event.respondWith(fromCacheFirst(request));
  } else if (request.mode === "navigate") {
    event.respondWith(networkFirst(request));
  }
});

// A signed-in page asks for today's pages and the files it loaded to be kept for offline.
self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "keep") {
    event.waitUntil((async () => {
      const cache = await caches.open(STATIC_CACHE);
      await Promise.all((data.files || []).map(async (url) => {
        if (!(await cache.match(url, { ignoreVary: true }))) await cache.add(url).catch(() => null);
      }));
      if (data.pages) {
        await Promise.all(PAGES.map(async (path) => {
          try {
            const copy = await fetch(path, { credentials: "same-origin", headers: { "X-SpineCare-Keep": "1" } });
            await savePage(path, copy);
          } catch (error) { /* offline */ }
        }));
      }
    })());
  } else if (data.type === "forget") {
    event.waitUntil(caches.delete(PAGES_CACHE));
  }
});

self.addEventListener("sync", (event) => {
  if (event.tag !== SpineQueue.SYNC_TAG) return;
  event.waitUntil(SpineQueue.replay().then(async (results) => {
    const pages = await self.clients.matchAll({ type: "window" });
    pages.forEach((page) => page.postMessage({ type: "synced", results }));
  }));
});

self.addEventListener("push", (event) => {
  let data = {};
  try { data = event.data ? event.data.json() : {}; } catch (error) { data = {}; }
  event.waitUntil(self.registration.showNotification(data.title || "SpineCare", {
    body: data.body || "",
    icon: PRECACHE.find((url) => url.includes("icon-192")),
    data: { url: data.url || TODAY_URL },
    tag: "spinecare-reminder",
  }));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = new URL(event.notification.data.url, self.location.origin).href;
  event.waitUntil((async () => {
    const pages = await self.clients.matchAll({ type: "window" });
    const open = pages.find((page) => page.url === target);
    return open ? open.focus() : self.clients.openWindow(target);
  })());
});
{% endautoescape %}
