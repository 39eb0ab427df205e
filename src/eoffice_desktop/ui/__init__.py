"""PySide6 widgets and Qt bridges (issue 5). Talks to services, never to the ORM directly."""
