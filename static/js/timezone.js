// Pre-select the device's time zone on sign-up, unless the user already chose one.
(function () {
  let zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  document.querySelectorAll("select[data-detect-timezone]").forEach((select) => {
    const untouched = !select.dataset.userChanged && (select.value === "UTC" || select.value === "");
    if (zone && untouched && select.querySelector(`option[value="${CSS.escape(zone)}"]`)) {
      select.value = zone;
    }
    select.addEventListener("change", () => { select.dataset.userChanged = "1"; });
  });
})();
