from django.urls import path

from . import views

app_name = "data"

urlpatterns = [
    path("", views.index, name="index"),
    path("export/spinecare.json", views.export_json, name="export-json"),
    path("export/sessions.csv", views.export_sessions_csv, name="export-sessions-csv"),
    path("export/checkins.csv", views.export_checkins_csv, name="export-checkins-csv"),
    path("import/", views.import_json, name="import"),
    path("report/", views.report, name="report"),
    path("links/", views.link_create, name="link-create"),
    path("links/<int:pk>/revoke/", views.link_revoke, name="link-revoke"),
    # The token is a secret: spinecare/logs.py keeps it out of the logs by this path.
    path("shared/<str:token>/", views.shared_report, name="shared-report"),
]
