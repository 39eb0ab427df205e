"""``eoffice-desktop demo``: a demo workspace a newcomer can walk through on a fresh machine.

A SoftHSM2 token with a demo signing certificate (and its demo root as trust anchor), the reference server
on loopback with two demo agencies, and sample letters, one of them sent to the user by the other agency.
Everything lives in one directory; nothing is installed and the OS keyring is not touched.
"""

from eoffice_desktop.demo.errors import DemoError
from eoffice_desktop.demo.workspace import Demo, prepare_demo

__all__ = ["Demo", "DemoError", "prepare_demo"]
