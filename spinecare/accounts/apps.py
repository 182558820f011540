from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "spinecare.accounts"
    label = "accounts"
    verbose_name = "Accounts"
