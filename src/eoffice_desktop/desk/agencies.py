"""Agencies as people read them: by name, not by the routing code the server knows them by."""


def agency_name(code: str, carried: str | None = None) -> str:
    """What the window and the command line show for the agency ``code``: the name the letter carries (the
    sender's ส่วนราชการ), else the code.

    This is the one place where an agency directory's code → Thai name lookup belongs (between the two), so
    that a letter that carries no name still shows one. The inbox sorts by the carried name or the code
    (store/inbox.py), which such a lookup should then follow."""
    return (carried or "").strip() or code
