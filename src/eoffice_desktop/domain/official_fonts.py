"""The font families official letters are set in."""

OFFICIAL_FAMILIES = ("TH Sarabun New", "TH SarabunPSK", "TH Sarabun PSK", "TH SarabunIT๙", "TH SarabunIT9")
"""Families preferred when installed (cabinet resolution of 7 Sep 2553 on the SIPA fonts)."""

SAME_DESIGN_FAMILIES = ("Laksaman",)
"""TLWG Laksaman (Debian fonts-tlwg-laksaman) is TH Sarabun PSK under another name: next when installed."""

DEFAULT_FAMILIES = OFFICIAL_FAMILIES + SAME_DESIGN_FAMILIES
"""The default preference ([render] font_families); the bundled Sarabun stands in when none is installed."""
