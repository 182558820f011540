// Hold timer for the Today checklist: start, a visible countdown, left then right side for
// exercises done on each side, and the seconds held filled into the entry when it stops.
// Runs entirely in the browser; the entry is saved with the session as usual.
(function () {
  const SPEAK_EVERY = 5; // seconds between screen-reader updates

  function setup(box) {
    if (box.dataset.ready) return;
    box.dataset.ready = "1";
    const start = box.querySelector(".timer-start");
    const stop = box.querySelector(".timer-stop");
    const display = box.querySelector(".timer-display");
    const speech = box.querySelector(".timer-speech");
    const input = document.getElementById(box.dataset.target);
    const done = document.getElementById(box.dataset.done);
    const perSide = box.dataset.perSide === "true";
    let interval = null;
    let startedAt = 0;
    let side = 0; // 0 left (or only), 1 right
    let held = [];
    let lastSpoken = -1;

    const goal = () => parseInt(input && input.value, 10) || parseInt(box.dataset.seconds, 10) || 0;
    const sideName = () => (perSide ? (side === 0 ? gettext("Left side") : gettext("Right side")) : pgettext("hold timer", "Hold"));
    const say = (text) => { speech.textContent = text; };

    function render(elapsed) {
      const target = goal();
      const left = Math.max(target - elapsed, 0);
      display.textContent = target
        // Translators: the hold timer's display, "s" short for seconds: "Left side: 7 s held, 13 s to go".
        ? interpolate(gettext("%(side)s: %(held)s s held, %(left)s s to go"), { side: sideName(), held: elapsed, left }, true)
        : interpolate(gettext("%(side)s: %(held)s s held"), { side: sideName(), held: elapsed }, true);
      box.classList.toggle("timer-reached", target > 0 && elapsed >= target);
      if (target && elapsed === target) {
        say(perSide && side === 0 ? gettext("Time. Switch to the right side.") : gettext("Time. You can stop now."));
        if (navigator.vibrate) navigator.vibrate(200);
        if (perSide && side === 0) nextSide(elapsed);
      } else if (elapsed > 0 && elapsed % SPEAK_EVERY === 0 && elapsed !== lastSpoken) {
        lastSpoken = elapsed;
        say(target
          ? interpolate(ngettext("%(count)s second to go", "%(count)s seconds to go", left), { count: left }, true)
          : interpolate(ngettext("%(count)s second", "%(count)s seconds", elapsed), { count: elapsed }, true));
      }
    }

    function tick() {
      render(Math.floor((Date.now() - startedAt) / 1000));
    }

    function nextSide(elapsed) {
      held.push(elapsed);
      side = 1;
      startedAt = Date.now();
      lastSpoken = -1;
    }

    start.addEventListener("click", () => {
      held = [];
      side = 0;
      lastSpoken = -1;
      startedAt = Date.now();
      start.hidden = true;
      stop.hidden = false;
      stop.focus();
      say(interpolate(gettext("%(side)s: timer started"), { side: sideName() }, true));
      render(0);
      interval = window.setInterval(tick, 250);
    });

    stop.addEventListener("click", () => {
      window.clearInterval(interval);
      const elapsed = Math.floor((Date.now() - startedAt) / 1000);
      if (!perSide || side === 1 || held.length === 0) held.push(elapsed);
      // Per side, the entry records the shorter hold: what both sides managed.
      const seconds = Math.min(...held);
      if (input) {
        input.value = String(Math.min(seconds, parseInt(input.max, 10) || seconds));
        input.dispatchEvent(new Event("change", { bubbles: true }));
      }
      if (done && seconds > 0) done.checked = true;
      const details = box.closest(".entry")?.querySelector("details.entry-more");
      if (details) details.open = true;
      display.textContent = interpolate(perSide && held.length > 1
        // Translators: "s" is short for seconds.
        ? gettext("Held %(seconds)s s each side. Filled in below: it is kept when you save the session.")
        : gettext("Held %(seconds)s s. Filled in below: it is kept when you save the session."), { seconds }, true);
      say(display.textContent);
      stop.hidden = true;
      start.hidden = false;
      start.textContent = gettext("Start again");
      start.focus();
    });
  }

  function init(root) {
    root.querySelectorAll("[data-hold-timer]").forEach(setup);
  }

  document.addEventListener("DOMContentLoaded", () => init(document));
  document.body.addEventListener("htmx:afterSettle", () => init(document));
})();
