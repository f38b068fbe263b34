"""Speed benchmark of the site build (issue 7): ``python -m bench``, called by ``make bench``.

A benchmark, not a timed test: it reports figures and target checks, and never fails CI.
"""
