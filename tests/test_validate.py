"""The validate stage accepts results and rejects non-results with a reason."""

from __future__ import annotations

from leaderboard.validate import check


def test_score_without_benchmark_is_rejected() -> None:
    assert check("score", 57.1, "57.1", "%", None) == "no benchmark named"


def test_percentage_above_100() -> None:
    assert check("score", 105.0, "105", "%", "MMLU") == "percentage above 100"


def test_year() -> None:
    assert check("score", 2024.0, "2024", None, "MMLU") == "year"


def test_delta_needs_no_benchmark() -> None:
    assert check("delta", 3.1, "3.1", "%", None) is None


def test_zero_delta() -> None:
    assert check("delta", 0.0, "0", "%", None) == "zero change"


def test_preset_reason_wins() -> None:
    assert check("score", 7.0, "7", None, "MMLU", preset="parameter count") == "parameter count"


def test_good_score() -> None:
    assert check("score", 57.1, "57.1", "%", "AIME") is None
