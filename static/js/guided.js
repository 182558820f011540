// The guided session: the long form on templates/tracking/guided.html becomes one step at a
// time (an intro, each exercise, then "did anything hurt?" with Save). Done ticks the
// exercise, Skip leaves it unticked; the form posts as the Today checklist does.
// While it runs the screen is kept on (Screen Wake Lock), and the end of every hold is
// marked by a vibration, a short tone and a message for screen readers.
(function () {
  const form = document.querySelector("[data-guided]");
  if (!form) return;
  const words = JSON.parse(document.getElementById("guided-words").textContent);
  const fill = (text, values) => text.replace(/%\((\w+)\)s/g, (_, key) => String(values[key]));
  // Translators: the guided session's hold countdown, "s" short for seconds.
  const shortSeconds = (seconds) => interpolate(gettext("%(seconds)s s"), { seconds }, true);

  const steps = [...form.querySelectorAll("[data-guided-step]")];
  const exercises = steps.slice(1, -1);
  const nav = form.querySelector("[data-guided-nav]");
  const previous = nav.querySelector("[data-guided-previous]");
  const skip = nav.querySelector("[data-guided-skip]");
  const next = nav.querySelector("[data-guided-next]");
  const progress = form.querySelector("[data-guided-progress]");
  const speech = form.querySelector("[data-guided-speech]");
  const duration = form.querySelector("[name=duration_minutes]");
  const skippedMarks = [...form.querySelectorAll("[data-guided-skipped]")];
  let current = 0;
  let startedAt = null;

  const say = (text) => { speech.textContent = text; };

  // Screen Wake Lock: held while an exercise is on screen; the browser drops it when the page
  // is hidden, so it is asked for again when the page comes back.
  const awakeNote = form.querySelector("[data-guided-awake]");
  let wakeLock = null;
  let asking = false;
  async function keepAwake() {
    if (!("wakeLock" in navigator) || wakeLock || asking) return;
    asking = true;
    try {
      const lock = await navigator.wakeLock.request("screen");
      if (!running()) {
        lock.release().catch(() => {});
        return;
      }
      wakeLock = lock;
      awakeNote.hidden = false;
      lock.addEventListener("release", () => {
        if (wakeLock === lock) wakeLock = null;
        awakeNote.hidden = true;
      });
    } catch (error) {
      // Refused (battery saver, say): the session works without it.
    } finally {
      asking = false;
    }
  }
  function letSleep() {
    if (wakeLock) wakeLock.release().catch(() => {});
    wakeLock = null;
    awakeNote.hidden = true;
  }
  const running = () => current > 0 && current < steps.length - 1;
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && running()) keepAwake();
  });

  // The cue at the end of a hold: a vibration and a short, soft tone (no audio file needed).
  // Browsers only let a page make sound once it has been tapped, so the tap that starts a
  // hold also readies the sound.
  let audio = null;
  function readySound() {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) return;
    try {
      audio = audio || new Context();
      if (audio.state === "suspended") audio.resume().catch(() => {});
    } catch (error) {
      audio = null;
    }
  }
  function cue() {
    if (typeof navigator.vibrate === "function") navigator.vibrate([200, 100, 200]);
    if (!audio) return;
    try {
      const tone = audio.createOscillator();
      const volume = audio.createGain();
      tone.frequency.value = 880;
      volume.gain.setValueAtTime(0.2, audio.currentTime);
      volume.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.4);
      tone.connect(volume).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.4);
    } catch (error) {
      audio = null; // no sound this time; the vibration and the message still mark it
    }
  }

  // One hold timer per exercise that has holds: sets × sides holds, each started by a tap.
  const timers = new Map();
  function setUpTimer(box) {
    const display = box.querySelector("[data-timer-display]");
    const what = box.querySelector("[data-timer-what]");
    const start = box.querySelector("[data-timer-start]");
    const stop = box.querySelector("[data-timer-stop]");
    const input = document.getElementById(box.dataset.target);
    const seconds = parseInt(box.dataset.seconds, 10);
    const sets = Math.max(parseInt(box.dataset.sets, 10) || 1, 1);
    const sides = box.dataset.perSide === "true" ? [words.left, words.right] : [null];
    const holds = [];
    for (let set = 1; set <= sets; set += 1) sides.forEach((side) => holds.push({ set, side }));
    let index = 0;
    let held = [];
    let interval = null;
    let holdStart = 0;

    function name(hold) {
      const parts = [];
      if (hold.side) parts.push(hold.side);
      if (sets > 1) parts.push(fill(words.set, { n: hold.set, total: sets }));
      const text = parts.join(", ") || words.hold;
      return text.charAt(0).toUpperCase() + text.slice(1);
    }
    function ready() {
      const hold = holds[index];
      display.textContent = shortSeconds(seconds);
      what.textContent = hold.side || sets > 1 ? name(hold) : "";
      start.textContent = hold.side ? fill(words.start_side, { side: hold.side }) : words.start;
    }
    function finish(elapsed, early) {
      window.clearInterval(interval);
      interval = null;
      held.push(elapsed);
      // What every side managed: the shortest hold goes into the entry.
      if (input) input.value = String(Math.min(...held));
      const hold = holds[index];
      index += 1;
      stop.hidden = true;
      start.hidden = false;
      if (early) {
        say(fill(words.stopped, { seconds: elapsed }));
      } else {
        cue();
      }
      if (index < holds.length) {
        if (!early) {
          const side = holds[index].side;
          say(side && side !== hold.side
            ? fill(words.switch, { what: name(hold), side })
            : fill(words.hold_done, { what: name(hold) }));
        }
        ready();
        start.focus();
      } else {
        if (!early) say(words.all_done);
        display.textContent = fill(words.held, { seconds: Math.min(...held) });
        what.textContent = "";
        index = 0;
        held = [];
        start.textContent = words.again;
        next.focus();
      }
    }
    function tick() {
      const elapsed = Math.floor((Date.now() - holdStart) / 1000);
      if (elapsed >= seconds) {
        finish(seconds, false);
        return;
      }
      display.textContent = shortSeconds(seconds - elapsed);
    }
    start.addEventListener("click", () => {
      readySound();
      if (index === 0) held = [];
      holdStart = Date.now();
      start.hidden = true;
      stop.hidden = false;
      stop.focus();
      say(fill(words.started, { what: name(holds[index]), seconds }));
      display.textContent = shortSeconds(seconds);
      interval = window.setInterval(tick, 250);
    });
    stop.addEventListener("click", () => {
      finish(Math.min(Math.floor((Date.now() - holdStart) / 1000), seconds), true);
    });
    ready();
    box.hidden = false;
    return {
      halt() { if (interval) stop.click(); },
    };
  }

  function checkbox(step) {
    return step.querySelector(".guided-done input[type=checkbox]");
  }

  function show(index) {
    const leaving = steps[current];
    if (timers.has(leaving)) timers.get(leaving).halt();
    current = index;
    say("");
    steps.forEach((step, n) => { step.hidden = n !== index; });
    const atEnd = index === steps.length - 1;
    nav.hidden = index === 0;
    skip.hidden = atEnd;
    next.hidden = atEnd;
    if (index === 0) {
      progress.textContent = "";
    } else if (atEnd) {
      progress.textContent = words.end;
      exercises.forEach((step, n) => { skippedMarks[n].hidden = checkbox(step).checked; });
      if (startedAt !== null && duration && !duration.dataset.touched) {
        const minutes = Math.round((Date.now() - startedAt) / 60000);
        duration.value = String(Math.min(Math.max(minutes, 1), 240));
      }
    } else {
      progress.textContent = fill(words.step, { n: index, total: exercises.length });
    }
    if (running()) keepAwake(); else letSleep();
    steps[index].querySelector("h2").focus();
    window.scrollTo(0, 0);
  }

  form.classList.add("guided-js");
  exercises.forEach((step) => {
    const box = step.querySelector("[data-guided-timer]");
    if (box) timers.set(step, setUpTimer(box));
  });
  if (duration) duration.addEventListener("input", () => { duration.dataset.touched = "1"; });

  const begin = form.querySelector("[data-guided-begin]");
  begin.hidden = false;
  begin.addEventListener("click", () => {
    if (startedAt === null) startedAt = Date.now();
    show(1);
  });
  previous.addEventListener("click", () => show(Math.max(current - 1, 0)));
  skip.addEventListener("click", () => {
    checkbox(steps[current]).checked = false;
    show(current + 1);
  });
  next.addEventListener("click", () => {
    checkbox(steps[current]).checked = true;
    show(current + 1);
  });
  const save = form.querySelector("[data-guided-save]");
  form.addEventListener("submit", () => {
    letSleep();
    save.disabled = true; // one tap saves once; the form's key covers the rest
  });
  window.addEventListener("pageshow", () => { save.disabled = false; });

  steps.forEach((step, n) => { step.hidden = n !== 0; });
})();
