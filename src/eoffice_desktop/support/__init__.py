"""Support tools for IT: the self-test, the diagnostics archive and the program's log files."""
