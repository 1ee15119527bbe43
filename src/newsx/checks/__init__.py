"""The consistency rules behind `newsx.check.annotate`, one module per concept.

- tolerance  numbers and the intervals approximate figures admit
- words      word lists of rules/check_rules.toml, compiled once
- view       the article as the rules see it: figures as quantities, what each counts
- wording    the Korean of check messages
- changes    change_arithmetic, percent_change
- repeats    repeated_figure
- durations  range_duration, elapsed_time
- parts      parts_total
"""

__all__: list[str] = []
