"""Views by feature: ``today``, ``history``, ``routines``, ``suggestions`` and ``dashboard``.

A views module never imports another; what two of them show comes from ``tracking.cards``.
"""
