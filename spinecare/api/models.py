"""Personal access tokens: how another tool reads, or writes, one person's data."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from spinecare.tokens import hash_token, new_token

PREFIX = "sc_"  # tells a SpineCare token apart in a config file or a secret scanner
MAX_NAME = 80


class ApiTokenQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def live(self):
        return self.filter(revoked_at__isnull=True)


class ApiToken(models.Model):
    """A named token with a scope; shown once when made, stored only as a hash."""

    class Scope(models.TextChoices):
        READ = "read", _("Read")
        READ_WRITE = "read-write", _("Read and write")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=MAX_NAME)
    scope = models.CharField(max_length=10, choices=Scope, default=Scope.READ)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(scope__in=["read", "read-write"]), name="api_token_scope"
            )
        ]
        indexes = [
            # The token page: one person's tokens, newest first.
            models.Index(fields=["user", "-created_at"], name="api_token_user_created"),
        ]

    def __str__(self):
        return self.name

    @classmethod
    def issue(cls, user, *, name: str, scope: str) -> tuple["ApiToken", str]:
        """A new token and its secret: the only time the secret exists outside the client."""
        secret, token_hash = new_token(PREFIX)
        token = cls.objects.create(user=user, name=name, scope=scope, token_hash=token_hash)
        return token, secret

    @classmethod
    def authenticating(cls, secret: str) -> "ApiToken | None":
        """The live token for a secret, with its user; None for unknown or revoked ones."""
        return (
            cls.objects.live()
            .select_related("user")
            .filter(token_hash=hash_token(secret), user__is_active=True)
            .first()
        )

    @property
    def can_write(self) -> bool:
        return self.scope == self.Scope.READ_WRITE

    def mark_used(self) -> None:
        """Note the time, at most once a minute: a busy tool shouldn't write every request."""
        now = timezone.now()
        if self.last_used_at is None or (now - self.last_used_at).total_seconds() >= 60:
            ApiToken.objects.filter(pk=self.pk).update(last_used_at=now)
            self.last_used_at = now

    def revoke(self) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])
