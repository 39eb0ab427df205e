"""The font families official letters are set in."""

OFFICIAL_FAMILIES = ("TH Sarabun New", "TH SarabunPSK", "TH Sarabun PSK", "TH SarabunIT๙", "TH SarabunIT9")
"""Families preferred when installed (cabinet resolution of 7 Sep 2553 on the SIPA fonts)."""
