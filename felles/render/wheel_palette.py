"""The wheel's colours: a fill for each goal and its themes, and the text on them."""

from typing import Final

# (goal fill, theme fill) a goal: white text on the first, dark text on the second (WCAG
# AA, at least 4.5:1; tests/test_site.py computes the ratios). In grey print the goals
# stay apart by lightness: neighbours differ by 8 or more in CIELAB L*, for any number of
# goals up to six (L* 20, 36, 48, 28, 44, 36; theme fills 90, 82, 74, 86, 80, 88).
PALETTE: Final = (
    ("#04334e", "#cee5fe"),
    ("#953516", "#f8bfac"),
    ("#4c7f2c", "#a5bd92"),
    ("#513378", "#e5cefb"),
    ("#047473", "#87d4d2"),
    ("#6e4f10", "#f6d8ae"),
)
GOAL_TEXT: Final = "#ffffff"
THEME_TEXT: Final = "#141414"
HUB_FILL: Final = "#ffffff"
HUB_TEXT: Final = "#141414"
