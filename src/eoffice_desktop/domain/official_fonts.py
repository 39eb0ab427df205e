"""The font families official letters are set in."""

OFFICIAL_FAMILIES = ("TH Sarabun New", "TH SarabunPSK", "TH Sarabun PSK", "TH SarabunIT๙", "TH SarabunIT9")
"""Families preferred when installed (cabinet resolution of 7 Sep 2553 on the SIPA fonts)."""

SAME_DESIGN_FAMILIES = ("Laksaman",)
"""TLWG Laksaman (Debian fonts-tlwg-laksaman) is TH Sarabun PSK under another name: next when installed."""

DEFAULT_FAMILIES = OFFICIAL_FAMILIES + SAME_DESIGN_FAMILIES
"""The default preference ([render] font_families); the bundled Sarabun stands in when none is installed."""

WIN_ASCENT = 1270 / 1000
WIN_DESCENT = 687 / 1000
"""TH SarabunPSK's OS/2 usWinAscent and usWinDescent per em (Laksaman carries the same). Word sets a line of
it single-spaced usWinAscent + usWinDescent high, the baseline usWinAscent below the line's top; Qt takes the
typographic metrics instead, and lines far closer (Laksaman 1.72 em, the bundled Sarabun 1.30 em)."""

LINE_PITCH = WIN_ASCENT + WIN_DESCENT
"""Word's single spacing of the official design per point of type: 31.3 pt at 16 pt. Letters advance by it in
whatever face they are set, so that a page holds as many lines as the Word letter."""
