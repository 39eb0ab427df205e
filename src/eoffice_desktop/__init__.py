"""eoffice-desktop: offline-first client for Thai official correspondence (หนังสือราชการ)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("eoffice-desktop")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"
