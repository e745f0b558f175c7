"""The one error a user of the access area can cause and fix."""

from __future__ import annotations


class AccessError(ValueError):
    """A request the caller can correct (unknown user, bad role, grant on a restricted case...).

    The message is shown as is: one line naming the field or value and what to do instead.
    It never names anything from a case the caller cannot see.
    """
