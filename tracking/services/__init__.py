"""Writes that span several models, each in one transaction, by feature: ``routines`` (the
editor and the starter routine), ``today`` (logging a session, the check-in, late flags and
gentle days), ``history`` (editing a past session) and ``suggestions`` (turning discomfort
flags into routine changes, and undoing them)."""
