"""The forms of an HTML page, read with the standard library's HTML parser, and what a browser
would submit from them. The locustfile posts what the page offers, so a renamed field or new
markup changes what is posted instead of silently emptying the test.

Stdlib only: the locustfile and the unit tests both import it.
"""

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Control:
    """One named input, select or textarea of a form."""

    tag: str
    type: str
    name: str
    value: str = ""
    checked: bool = False
    disabled: bool = False
    options: list[tuple[str, bool]] = field(default_factory=list)  # a select's (value, selected)

    def values(self) -> list[str]:
        """What a browser posts for this control as the page left it."""
        if self.disabled or self.type in {"submit", "button", "reset", "image", "file"}:
            return []
        if self.type in {"checkbox", "radio"}:
            return [self.value] if self.checked else []
        if self.type in {"select", "select-multiple"}:
            chosen = [value for value, selected in self.options if selected]
            if self.type == "select":  # one value: the last one marked, else the first option
                chosen = chosen[-1:] or [value for value, _selected in self.options[:1]]
            return chosen
        return [self.value]


@dataclass
class Form:
    attrs: dict[str, str]
    controls: list[Control] = field(default_factory=list)

    @property
    def action(self) -> str:
        return self.attrs.get("hx-post") or self.attrs.get("action") or ""

    def checkboxes(self) -> list[Control]:
        return [c for c in self.controls if c.type == "checkbox" and not c.disabled]

    def submission(self, *, tick=(), choose=None) -> list[tuple[str, str]]:
        """The name-value pairs a browser posts: the page's values, with the checkboxes in
        ``tick`` ticked and the radio buttons in ``choose`` (name -> value) chosen."""
        choose = choose or {}
        pairs = []
        for control in self.controls:
            if control.type == "checkbox" and control in tick:
                pairs.append((control.name, control.value))
            elif control.type == "radio" and control.name in choose:
                if control.value == choose[control.name] and not control.disabled:
                    pairs.append((control.name, control.value))
            else:
                pairs.extend((control.name, value) for value in control.values())
        return pairs


class _FormReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self.form: Form | None = None
        self.select: Control | None = None
        self.option: tuple[str | None, bool] | None = None  # the open <option>: value, selected
        self.option_text = ""
        self.textarea: Control | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if tag == "form":
            self.form = Form(found)
            self.forms.append(self.form)
            return
        if self.form is None:
            return
        name, disabled = found.get("name", ""), "disabled" in found
        if tag == "input" and name:
            kind = found.get("type", "text").lower()
            default = "on" if kind in {"checkbox", "radio"} else ""
            value, checked = found.get("value", default), "checked" in found
            self.form.controls.append(Control(tag, kind, name, value, checked, disabled))
        elif tag == "select" and name:
            kind = "select-multiple" if "multiple" in found else "select"
            self.select = Control(tag, kind, name, disabled=disabled)
            self.form.controls.append(self.select)
        elif tag == "option" and self.select is not None:
            self._end_option()
            self.option = (dict(attrs).get("value"), "selected" in found)
            self.option_text = ""
        elif tag == "textarea" and name:
            self.textarea = Control(tag, "textarea", name, disabled=disabled)
            self.form.controls.append(self.textarea)

    def _end_option(self) -> None:
        if self.option is not None and self.select is not None:
            value, selected = self.option
            self.select.options.append(
                (self.option_text.strip() if value is None else value, selected)
            )
        self.option = None

    def handle_data(self, data: str) -> None:
        if self.option is not None:
            self.option_text += data
        elif self.textarea is not None:
            self.textarea.value += data

    def handle_endtag(self, tag: str) -> None:
        if tag in {"option", "select"}:
            self._end_option()
            if tag == "select":
                self.select = None
        elif tag == "textarea" and self.textarea is not None:
            # Browsers drop the newline that may follow <textarea>.
            self.textarea.value = self.textarea.value.removeprefix("\n")
            self.textarea = None
        elif tag == "form":
            self.form = None


def replace(pairs: list[tuple[str, str]], values: dict[str, str]) -> list[tuple[str, str]]:
    """``pairs`` with the fields named in ``values`` set to those values (added if absent)."""
    return [(name, value) for name, value in pairs if name not in values] + list(values.items())


def read_forms(html: str) -> list[Form]:
    reader = _FormReader()
    reader.feed(html)
    reader.close()
    return reader.forms


def form_posting_to(html: str, path: str) -> Form:
    """The page's form that posts to ``path``; LookupError when the page has none."""
    for form in read_forms(html):
        if form.action == path and form.attrs.get("method", "get").lower() == "post":
            return form
    raise LookupError(f"No form posts to {path}")
