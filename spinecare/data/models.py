"""Links that show a clinician the report for a while: made, opened, revoked, expired."""

from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from spinecare.tokens import hash_token, new_token

MIN_DAYS, MAX_DAYS, DEFAULT_DAYS = 1, 90, 7
MAX_LABEL = 80


class ClinicianLinkQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def live(self, now: datetime | None = None):
        """Links that still open: not revoked and not past their expiry."""
        return self.filter(revoked_at__isnull=True, expires_at__gt=now or timezone.now())


class ClinicianLink(models.Model):
    """A read-only link to the report of one period, for a physiotherapist or chiropractor.

    Its token is shown once, in the URL given to the person; only its hash is kept, as for a
    password-reset token, so a copy of the database opens no report.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="clinician_links"
    )
    label = models.CharField(max_length=MAX_LABEL, blank=True)
    start = models.DateField()
    end = models.DateField()
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    open_count = models.PositiveIntegerField(default=0)
    last_opened_at = models.DateTimeField(null=True, blank=True)

    objects = ClinicianLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(start__lte=F("end")), name="link_start_before_end"),
            models.CheckConstraint(
                condition=Q(expires_at__gt=F("created_at")), name="link_expires_after_creation"
            ),
        ]
        indexes = [
            # The list on Your data: one person's links, newest first.
            models.Index(fields=["user", "-created_at"], name="link_user_created"),
        ]

    def __str__(self):
        return self.label or f"{self.start} – {self.end}"

    @classmethod
    def issue(
        cls, user, *, start: date, end: date, days: int, label: str = ""
    ) -> tuple["ClinicianLink", str]:
        """A new link and its token: the only time the token exists outside the URL."""
        token, token_hash = new_token()
        now = timezone.now()
        link = cls.objects.create(
            user=user,
            label=label,
            start=start,
            end=end,
            token_hash=token_hash,
            created_at=now,
            expires_at=now + timedelta(days=days),
        )
        return link, token

    @classmethod
    def opening(cls, token: str) -> "ClinicianLink | None":
        """The live link for a token, or None: unknown, expired and revoked tokens all take
        the same path (one hash, one indexed query) so that timing tells nothing apart. A
        deactivated account's links don't open either."""
        return (
            cls.objects.live()
            .select_related("user")
            .filter(token_hash=hash_token(token), user__is_active=True)
            .first()
        )

    def record_open(self) -> None:
        """Count an opening, in the database, so that two at once both count."""
        now = timezone.now()
        ClinicianLink.objects.filter(pk=self.pk).update(
            open_count=F("open_count") + 1, last_opened_at=now
        )
        self.open_count += 1
        self.last_opened_at = now

    def revoke(self) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])

    @property
    def is_live(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()
