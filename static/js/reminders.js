// Reminders page: turn on notifications on this device (the Push API), then tell the server
// where to send them. The server's VAPID public key comes through json_script.
(function () {
  const button = document.getElementById("push-add");
  const note = document.getElementById("push-note");
  if (!button || !note) return;
  const key = JSON.parse(document.getElementById("push-key").textContent);

  function bytes(base64url) {
    const text = atob(base64url.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((base64url.length + 3) % 4));
    return Uint8Array.from(text, (c) => c.charCodeAt(0));
  }
  function b64(buffer) {
    return btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function csrf() {
    return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["x-csrftoken"] || "";
  }

  if (!("serviceWorker" in navigator) || !("PushManager" in window)) {
    button.disabled = true;
    note.textContent = gettext("This browser can't show notifications. E-mail or the calendar feed will work.");
    return;
  }
  button.addEventListener("click", async () => {
    note.textContent = "";
    try {
      if ((await Notification.requestPermission()) !== "granted") {
        note.textContent = gettext("Notifications are blocked for this site. Allow them in the browser's settings, then try again.");
        return;
      }
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: bytes(key),
      });
      const body = new URLSearchParams({
        endpoint: subscription.endpoint,
        p256dh: b64(subscription.getKey("p256dh")),
        auth: b64(subscription.getKey("auth")),
      });
      const response = await fetch(button.dataset.url, {
        method: "POST", body, credentials: "same-origin", headers: { "x-csrftoken": csrf() },
      });
      const answer = await response.json();
      note.textContent = answer.text || answer.error;
    } catch (error) {
      note.textContent = gettext("Notifications could not be turned on here. Check your connection, then try again.");
    }
  });
})();
