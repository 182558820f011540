"""Forms by feature: ``today`` (the checklist and the check-in), ``history`` (editing a past
session or check-in) and ``routines`` (the editor); ``fields`` holds the field builders
they share."""
