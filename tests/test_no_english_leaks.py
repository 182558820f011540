"""No English left for a German or Spanish reader: the main pages, rendered for a person with
a year of history in that language, contain none of our catalogue's English sentences.

The sentences are the catalogue's own msgids (locale/<lang>/LC_MESSAGES/django.po) of two
words or more whose translation differs from the English; a placeholder in one matches any
short text. A msgid that is also good German or Spanish (it appears in one of the
catalogue's translations, e.g. "Check-in" or "SpineCare API") is not English there. Text a page
marks as English (``lang="en"``: the API reference's endpoint descriptions) is left out, and so
are people's own words: the demo history's notes are emptied and its routine renamed.
"""

import functools
import html
import json
import random
import re
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.contrib.auth.hashers import make_password
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from spinecare.accounts.tasks import send_password_reset
from spinecare.api.models import ApiToken
from spinecare.data.models import ClinicianLink
from spinecare.reminders.models import Reminder
from spinecare.reminders.services import send_email
from tests.factories import ReminderFactory, UserFactory
from tracking.management.demo import create_demo_user
from tracking.models import CheckIn, ExerciseEntry, GentleDay, Routine, RoutineItem, Session

LOCALE = Path(__file__).resolve().parent.parent / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sd]|\{\{.*?\}\}|\{\w*\}")
TAG = re.compile(r"<[^>]+>")
MARKED_ENGLISH = re.compile(r"""<(\w+)\b[^>]*\blang=["']en["'][^>]*>.*?</\1>""", re.S)
# Text a person reads: what is between tags, and these attributes (screen readers, tooltips).
READ_ATTRIBUTES = {"aria-label", "title", "placeholder", "alt", "aria-description"}


def _plain(text: str) -> str:
    return " ".join(html.unescape(TAG.sub(" ", text)).split())


@functools.cache
def english_sentences(language: str) -> dict[str, tuple[str, re.Pattern]]:
    """The catalogue's English msgids a reader of ``language`` must never see, as patterns."""
    po = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    entries = [e for e in po if not e.obsolete and e.translated()]
    translations = "\n".join(
        _plain(text) for e in entries for text in [e.msgstr, *e.msgstr_plural.values()] if text
    )
    sentences = {}
    for entry in entries:
        translated = [entry.msgstr] if entry.msgstr else list(entry.msgstr_plural.values())
        for msgid in filter(None, [entry.msgid, entry.msgid_plural]):
            english = _plain(msgid)
            literal = PLACEHOLDER.sub(" ", english)
            if len(re.findall(r"[A-Za-z]{2,}", literal)) < 2:
                continue  # a lone word, or nothing but placeholders
            if any(_plain(text) == english for text in translated) or english in translations:
                continue  # the same words in that language too
            parts = [re.escape(part) for part in PLACEHOLDER.split(english)]
            pattern = r".{1,80}?".join(parts).replace(r"\ ", r"\s+")
            longest = max(PLACEHOLDER.split(english), key=len).strip()
            sentences[english] = (longest, re.compile(r"(?<![\w-])" + pattern + r"(?![\w-])"))
    return sentences


class _Text(HTMLParser):
    """The words a person reads on a page (not scripts or styles) and in labelling attributes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template"):
            self._skip += 1
        self.parts.extend(value for name, value in attrs if name in READ_ATTRIBUTES and value)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def page_text(content: str) -> str:
    parser = _Text()
    parser.feed(MARKED_ENGLISH.sub(" ", content))
    return " ".join(" ".join(parser.parts).split())


def english_in(text: str, sentences: dict[str, tuple[str, re.Pattern]]) -> list[str]:
    """The sentences in the text; the plain substring test first keeps this fast."""
    text = " ".join(text.split())
    return sorted(
        msgid
        for msgid, (longest, pattern) in sentences.items()
        if longest in text and pattern.search(text)
    )


@pytest.fixture
def person(db, language):
    """A year of demo history in ``language``, with every kind of thing a page can show."""
    user, _ = create_demo_user(
        f"leaks-{language}@example.com",
        days=365,
        rng=random.Random(18),
        password_hash=make_password("a password"),
        display_name="Ana",
    )
    user.language = language
    user.save(update_fields=["language"])
    Routine.objects.filter(user=user).update(name="Rücken am Morgen")
    # The demo's notes are English words people typed: theirs, never translated.
    Session.objects.filter(user=user).update(notes="")
    CheckIn.objects.filter(user=user).update(notes="")
    ExerciseEntry.objects.filter(session__user=user).update(discomfort_note="")
    GentleDay.objects.create(user=user, date=user.local_today() - timedelta(days=2))
    ReminderFactory(user=user)
    ApiToken.issue(user, name="Laptop", scope=ApiToken.Scope.READ)
    today = user.local_today()
    _link, user.link_token = ClinicianLink.issue(
        user, start=today - timedelta(days=29), end=today, days=7, label="Dr Ng"
    )
    return user


def pages(user) -> list[tuple[str, dict]]:
    """(url, extra request headers) for the pages to read."""
    routine = Routine.objects.filter(user=user).first()
    item = RoutineItem.objects.filter(routine=routine).first()
    session = Session.objects.filter(user=user).order_by("-date").first()
    checkin = CheckIn.objects.filter(user=user).order_by("-date").first()
    slug = item.exercise.slug
    htmx = {"HX-Request": "true"}
    urls = [
        reverse("tracking:today"),
        reverse("tracking:guided-session"),
        reverse("tracking:dashboard"),
        reverse("tracking:how-it-works"),
        reverse("tracking:history"),
        reverse("tracking:session-edit", args=[session.pk]),
        reverse("tracking:session-delete", args=[session.pk]),
        reverse("tracking:checkin-edit", args=[checkin.pk]),
        reverse("tracking:checkin-delete", args=[checkin.pk]),
        reverse("tracking:suggestion-list"),
        reverse("tracking:routine-list"),
        reverse("tracking:routine-detail", args=[routine.pk]),
        reverse("tracking:routine-adjustments", args=[routine.pk]),
        reverse("tracking:routine-delete", args=[routine.pk]),
        reverse("tracking:exercise-progress", args=[slug]),
        reverse("tracking:onboarding"),
        reverse("tracking:onboarding-safety") + "?areas=lower&minutes=5",
        reverse("exercises:list"),
        reverse("exercises:detail", args=[slug]),
        reverse("accounts:settings"),
        reverse("accounts:delete"),
        reverse("reminders:settings"),
        reverse("data:index"),
        reverse("data:report"),
        reverse("api:tokens"),
        reverse("api:docs"),
        "/no-such-page/",
    ]
    partials = [
        reverse("tracking:today"),
        reverse("tracking:history"),
        reverse("tracking:streak-badge"),
        reverse("exercises:list") + "?q=plank",
    ]
    return [(url, {}) for url in urls] + [(url, htmx) for url in partials]


@pytest.mark.parametrize("language", ["de", "es"])
def test_no_english_sentence_on_the_main_pages(client, person, language):
    sentences = english_sentences(language)
    assert len(sentences) > 300, "the catalogue's English sentences were not found"
    client.force_login(person)
    read, found = 0, {}
    for url, headers in pages(person):
        response = client.get(url, headers=headers)
        if response.status_code not in (200, 404):
            found[url] = [f"status {response.status_code}"]
            continue
        read += 1
        leaks = english_in(page_text(response.content.decode()), sentences)
        if leaks:
            found[url + (" (htmx)" if headers else "")] = leaks
    assert read >= 30
    assert not found, "\n".join(f"{url}: {leaks}" for url, leaks in found.items())


class _Forms(HTMLParser):
    """A page's POST forms: their address and the fields a browser would send as they are."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms, self._form, self._select, self._textarea = [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("method", "").lower() == "post" or "hx-post" in a):
            self._form = {"url": a.get("hx-post") or a.get("action"), "fields": {}, "types": {}}
            self.forms.append(self._form)
        elif self._form is None or not a.get("name"):
            return
        elif tag == "input" and a.get("type") not in ("submit", "button", "file"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self._form["fields"].setdefault(a["name"], a.get("value") or "")
            self._form["types"][a["name"]] = a.get("type", "text")
        elif tag == "select":
            self._select = a["name"]
            self._form["types"][a["name"]] = "select"
        elif tag == "textarea":
            self._form["fields"][a["name"]] = ""
        elif (
            tag == "option"
            and self._select
            and ("selected" in a or self._select not in self._form["fields"])
        ):
            self._form["fields"][self._select] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


BAD = {"number": "9999", "date": "2026-02-31", "email": "not-an-address", "time": "25:99"}
# Forms whose valid submission would end what the other pages need.
KEEP = ("delete", "revoke", "logout", "push/remove", "/i18n/")


def post_forms(client, page_url: str) -> list:
    """Each POST form on the page, sent as it is and with a wrong value in every field that
    can hold one; the answers (redirects followed) to read."""
    parser = _Forms()
    parser.feed(client.get(page_url).content.decode())
    answers, shapes = [], set()
    for form in parser.forms:
        if not form["url"] or any(word in form["url"] for word in KEEP):
            continue
        shape = re.sub(r"\d+", "N", form["url"])  # one of a list's many like forms is enough
        if shape in shapes:
            continue
        shapes.add(shape)
        bad = {
            name: BAD.get(form["types"].get(name), value) for name, value in form["fields"].items()
        }
        for data in (bad, form["fields"]):
            for headers in ({"HX-Request": "true"}, {}):
                response = client.post(form["url"], data, headers=headers, follow=True)
                answers.append((f"POST {form['url']} from {page_url}", response))
    return answers


def answer_text(response) -> str:
    """What a person reads from an answer: the page, and the toasts htmx events carry."""
    events = " ".join(
        json.dumps(json.loads(value), ensure_ascii=False)
        for name, value in response.headers.items()
        if name.startswith("HX-Trigger") and value.startswith("{")
    )
    return page_text(response.content.decode()) + " " + events


@pytest.mark.parametrize("language", ["de", "es"])
def test_no_english_in_form_errors_messages_and_toasts(client, person, language):
    sentences = english_sentences(language)
    client.force_login(person)
    session = Session.objects.filter(user=person).order_by("-date").first()
    checkin = CheckIn.objects.filter(user=person).order_by("-date").first()
    routine = Routine.objects.filter(user=person).first()
    forms_on = [
        reverse("tracking:today"),
        reverse("tracking:routine-list"),
        reverse("tracking:routine-detail", args=[routine.pk]),
        reverse("tracking:session-edit", args=[session.pk]),
        reverse("tracking:checkin-edit", args=[checkin.pk]),
        reverse("tracking:onboarding"),
        reverse("tracking:onboarding-safety") + "?areas=lower&minutes=5",
        reverse("accounts:settings"),
        reverse("reminders:settings"),
        reverse("data:index"),
        reverse("api:tokens"),
    ]
    found, sent = {}, 0
    for page_url in forms_on:
        for label, response in post_forms(client, page_url):
            sent += 1
            leaks = english_in(answer_text(response), sentences)
            if leaks:
                found.setdefault(label, set()).update(leaks)
        client.force_login(person)  # in case a form signed the person out
    # The import's refusals: the person's own (there is history already), then a new
    # account's, which reads the files.
    newcomer = UserFactory(language=language)
    for who in (person, newcomer):
        client.force_login(who)
        for name, content in [
            ("notes.txt", b"not json"),
            ("spinecare.json", b'{"format": "something else"}'),
            ("spinecare.json", b'{"format": "spinecare", "version": 99}'),
        ]:
            upload = SimpleUploadedFile(name, content, content_type="application/json")
            response = client.post(reverse("data:import"), {"file": upload}, follow=True)
            sent += 1
            if leaks := english_in(answer_text(response), sentences):
                found.setdefault(f"import {name}", set()).update(leaks)
    assert sent >= 40
    assert not found, "\n".join(f"{url}: {sorted(leaks)}" for url, leaks in found.items())


@pytest.mark.parametrize("language", ["de", "es"])
def test_no_english_for_a_visitor_in_e_mails_or_the_calendar(client, person, language, mailoutbox):
    """Visitors in their browser's language (log-in, lockout, sign-up, the shared report); the
    e-mails and the calendar feed in the person's own, whatever the asking side speaks."""
    sentences = english_sentences(language)
    browser = {"Accept-Language": f"{language},en;q=0.5"}
    answers = [
        client.get(url, headers=browser)
        for url in [
            reverse("home"),
            reverse("accounts:login"),
            reverse("accounts:signup"),
            reverse("accounts:password-reset"),
            reverse("accounts:password-reset-done"),
            reverse("data:shared-report", args=[person.link_token]),
            reverse("data:shared-report", args=["no-such-link"]),
            reverse("exercises:list"),
            "/no-such-page/",
        ]
    ]
    bad_signup = {"email": "not-an-address", "password1": "a", "password2": "b"}
    answers.append(client.post(reverse("accounts:signup"), bad_signup, headers=browser))
    for _ in range(6):  # wrong passwords, up to the lockout page
        login = {"username": person.email, "password": "wrong"}
        answers.append(client.post(reverse("accounts:login"), login, headers=browser))
    for _ in range(6):  # reset links for one address, up to the "too many" page
        reset = {"email": person.email}
        answers.append(
            client.post(reverse("accounts:password-reset"), reset, headers=browser, follow=True)
        )
    feed = Reminder.objects.get(user=person).feed_token
    calendar = client.get(reverse("reminders:feed", args=[feed])).content.decode()
    # What the worker runs, outside any request: each e-mail in the person's language.
    translation.deactivate()
    send_password_reset.call(email=person.email, domain="testserver", use_https=False)
    with translation.override(person.language):  # as tasks.send_reminder does
        send_email(person, person.local_today())

    statuses = [response.status_code for response in answers]
    assert statuses.count(429) >= 4  # the lockout page, and "too many" reset links
    assert statuses.count(404) == 2  # the unknown link and the unknown page
    found = {
        response.request["PATH_INFO"]: leaks
        for response in answers
        if (leaks := english_in(answer_text(response), sentences))
    }
    for mail in mailoutbox:
        if leaks := english_in(f"{mail.subject}\n{mail.body}", sentences):
            found[f"e-mail {mail.subject}"] = leaks
    if leaks := english_in(calendar.replace("\\,", ","), sentences):
        found["calendar feed"] = leaks
    assert len(mailoutbox) >= 2  # a reset link and a reminder
    assert not found, "\n".join(f"{where}: {leaks}" for where, leaks in found.items())


def test_the_check_finds_english_and_lets_the_same_words_in_the_language_pass():
    german = english_sentences("de")
    page = page_text(
        "<main><p>Dein Rücken.</p><button aria-label='Log in'>x</button>"
        "<p lang='en'>Your routine is ready. It starts gently: one set of each.</p></main>"
    )

    assert english_in(page, german) == ["Log in"]  # the hidden name counts; marked English not
    assert english_in("Saved: 7 exercises done.", german) == ["Saved: %(n)s exercises done."]
    assert english_in("SpineCare API v1, 7 Check-ins", german) == []
