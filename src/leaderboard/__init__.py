"""leaderboard: turn ML paper abstracts into audited, per-benchmark Markdown leaderboards."""

__version__ = "0.1.0"
