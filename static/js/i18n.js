// Stand-ins for Django's JavaScript catalogue (spinecare/jsi18n.py) when it did not load: our
// scripts then speak English rather than fail. Loaded after the catalogue, which defines these
// first when it arrives. Touches no DOM: the service worker imports it too.
(function () {
  const globals = self;
  if (typeof globals.gettext === "function") return;
  globals.gettext = (msgid) => msgid;
  globals.ngettext = (singular, plural, count) => (count == 1 ? singular : plural);
  globals.pgettext = (context, msgid) => msgid;
  globals.npgettext = (context, singular, plural, count) => (count == 1 ? singular : plural);
  globals.interpolate = (fmt, obj, named) => (named
    ? fmt.replace(/%\(\w+\)s/g, (match) => String(obj[match.slice(2, -2)]))
    : fmt.replace(/%s/g, () => String(obj.shift())));
})();
