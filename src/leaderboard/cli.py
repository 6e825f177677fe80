"""Command-line interface: argument parsing, messages and exit codes only (click).

Exit codes: 0 success; 1 a check failed (``rules check``, ``evaluate --min-f1``,
``--strict`` with skipped records); 2 a usage or input error, reported in one line.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from . import __version__

FORMAT_HELP = "input format (default: detected from the extension and content)"
RULES_HELP = "rules directory (default: the project's rules/)"


class UserError(click.ClickException):
    """An error in what the user gave us: printed as one line, exit code 2."""

    exit_code = 2

    def show(self, file: object = None) -> None:  # noqa: D102 - one line, no "Error:" banner
        click.echo(f"leaderboard: error: {self.format_message()}", err=True)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the package's input and rule errors into one-line messages with exit code 2."""
    from .readers import InputError
    from .rules import RuleError

    try:
        yield
    except Exception as exc:
        # NOTE: exports (and pandas with it) is imported only by the commands that
        # export; where it was not imported, no ExportError can have been raised.
        exports = sys.modules.get(f"{__package__}.exports")
        known = (InputError, RuleError) + ((exports.ExportError,) if exports else ())
        if isinstance(exc, known):
            raise UserError(str(exc)) from None
        if not isinstance(exc, OSError):
            raise
        name = getattr(exc, "filename", None)
        raise UserError(f"{name + ': ' if name else ''}{exc.strerror or exc}") from None


def _progress(quiet: bool):  # type: ignore[no-untyped-def]
    """A tqdm bar on standard error when it is a terminal and not --quiet; else None."""
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit=" papers", file=sys.stderr, dynamic_ncols=True, leave=False)


def _extract(
    inputs: tuple[str, ...],
    out: Path,
    rejected: Path | None,
    fmt: str | None,
    title: str | None,
    rules: Path | None,
    jobs: int,
    quiet: bool,
    strict: bool,
) -> int:
    """Run extraction, stream results (and rejections) to files, print the summary."""
    from .io import atomic_writer
    from .pipeline import Summary, iter_extract, rejection_line, result_line

    summary = Summary()

    def warn(problem: object) -> None:
        if not quiet:
            click.echo(f"leaderboard: warning: {problem}", err=True)

    bar = _progress(quiet)
    with user_errors():
        with atomic_writer(out) as fh_out:
            rej_ctx = atomic_writer(rejected) if rejected else None
            fh_rej = rej_ctx.__enter__() if rej_ctx else None
            try:
                for _doc, results, rejections in iter_extract(
                    inputs, fmt=fmt, title=title, rules_dir=rules, jobs=jobs,
                    summary=summary, on_problem=warn,
                ):
                    for result in results:
                        fh_out.write(result_line(result))
                    if fh_rej is not None:
                        for rejection in rejections:
                            fh_rej.write(rejection_line(rejection))
                    if bar is not None:
                        bar.update(1)
                        bar.set_postfix(results=summary.accepted, refresh=False)
            except BaseException:
                if rej_ctx:
                    rej_ctx.__exit__(*sys.exc_info())
                raise
            if rej_ctx:
                rej_ctx.__exit__(None, None, None)
    if bar is not None:
        bar.set_postfix(results=summary.accepted, refresh=True)  # a run faster than its refresh interval
        bar.close()
    if not quiet:
        for line in summary.lines():
            click.echo(line, err=True)
    if strict and summary.skipped:
        click.echo(f"leaderboard: error: --strict: {summary.skipped} record(s) skipped", err=True)
        return 1
    return 0


def _build(results_path: Path, out_dir: Path, fmt: str, github_summary: bool, command: str) -> None:
    """Aggregate a results file into leaderboards and write them in the chosen format."""
    from .aggregate import build_leaderboards
    from .exports import append_github_summary, write_export
    from .pipeline import read_results
    from .render import render_index, write_markdown

    with user_errors():
        results = read_results(str(results_path))
        boards = build_leaderboards(results)
        if fmt == "markdown":
            write_markdown(boards, out_dir, command=command)
        else:
            write_export(results, boards, out_dir, fmt, command=command)
        if github_summary:
            append_github_summary(render_index(boards, command, link_pages=False))


input_options = [
    click.option("-f", "--format", "fmt", default=None, help=FORMAT_HELP),
    click.option("--title", default=None, help="title for plain-text input without one"),
    click.option("--rules", type=click.Path(path_type=Path), default=None, help=RULES_HELP),
    click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
                 help="worker processes"),
    click.option("-q", "--quiet", is_flag=True, help="no progress bar, warnings or summary"),
    click.option("--strict", is_flag=True, help="exit 1 when any record was skipped"),
]


def with_input_options(func):  # type: ignore[no-untyped-def]
    """Attach the options shared by commands that read abstracts."""
    for option in reversed(input_options):
        func = option(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="leaderboard")
def cli() -> None:
    """Turn ML paper abstracts into audited, per-benchmark Markdown leaderboards."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "out", type=click.Path(path_type=Path), required=True,
              help="results JSON Lines file to write")
@click.option("--rejected", type=click.Path(path_type=Path), default=None,
              help="also write every rejected candidate with its reason (JSON Lines)")
@with_input_options
def extract(inputs: tuple[str, ...], out: Path, rejected: Path | None, fmt: str | None,
            title: str | None, rules: Path | None, jobs: int, quiet: bool, strict: bool) -> None:
    """Extract results from INPUT files (`-` reads standard input) into a JSONL file."""
    raise SystemExit(_extract(inputs, out, rejected, fmt, title, rules, jobs, quiet, strict))


EXPORT_FORMATS = click.Choice(["markdown", "csv", "json", "model-index"])


@cli.command()
@click.argument("results", type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", type=click.Path(path_type=Path), required=True,
              help="directory to write the leaderboards into")
@click.option("--format", "fmt", type=EXPORT_FORMATS, default="markdown", show_default=True)
@click.option("--github-summary", is_flag=True,
              help="append the index to $GITHUB_STEP_SUMMARY when it is set")
def build(results: Path, out_dir: Path, fmt: str, github_summary: bool) -> None:
    """Build leaderboards from a RESULTS file written by `leaderboard extract`."""
    command = f"leaderboard build {results.as_posix()} -o {out_dir.as_posix()}"
    _build(results, out_dir, fmt, github_summary, command)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "out_dir", type=click.Path(path_type=Path), required=True,
              help="directory for results.jsonl, rejected.jsonl and the leaderboards")
@click.option("--format-out", "fmt_out", type=EXPORT_FORMATS, default="markdown",
              show_default=True, help="leaderboard output format")
@click.option("--github-summary", is_flag=True,
              help="append the index to $GITHUB_STEP_SUMMARY when it is set")
@with_input_options
def run(inputs: tuple[str, ...], out_dir: Path, fmt_out: str, github_summary: bool,
        fmt: str | None, title: str | None, rules: Path | None, jobs: int, quiet: bool,
        strict: bool) -> None:
    """Extract from INPUT files and build the leaderboards in one go."""
    with user_errors():
        out_dir.mkdir(parents=True, exist_ok=True)
    results = out_dir / "results.jsonl"
    code = _extract(inputs, results, out_dir / "rejected.jsonl", fmt, title, rules, jobs,
                    quiet, strict)
    command = f"leaderboard run {' '.join(inputs)} -o {out_dir.as_posix()}"
    _build(results, out_dir, fmt_out, github_summary, command)
    raise SystemExit(code)


@cli.group()
def rules() -> None:
    """Work with rule files."""


@rules.command("check")
@click.argument("rules_dir", required=False, type=click.Path(path_type=Path))
def rules_check(rules_dir: Path | None) -> None:
    """Validate the rules in RULES_DIR and run every rule's examples."""
    from .config import default_rules_dir
    from .rules import check_rules

    directory = rules_dir or default_rules_dir()
    with user_errors():
        if not directory.is_dir():
            raise UserError(f"{directory}: not a directory")
        problems = check_rules(directory)
    for problem in problems:
        click.echo(problem)
    if problems:
        click.echo(f"{len(problems)} problem(s) in {directory}", err=True)
        raise SystemExit(1)
    click.echo(f"rules OK: {directory}")


@cli.command()
@click.option("--gold", "gold", multiple=True, required=True, type=click.Path(path_type=Path),
              help="gold annotations (JSON Lines, ../shared/gold format); may repeat")
@click.argument("results", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="print the figures as one JSON object")
@click.option("--errors", is_flag=True, help="list every false positive and negative")
@click.option("--min-f1", type=float, default=None, help="exit 1 when full F1 is below this")
def evaluate(gold: tuple[Path, ...], results: Path, as_json: bool, errors: bool,
             min_f1: float | None) -> None:
    """Score RESULTS against gold annotations (micro P/R/F1, metric and baseline accuracy).

    The figures are those of ../shared/tools/score.py, then one of the project's own: of the
    gold changes found that name a compared system, the share given that system."""
    from .evaluate import delta_baseline_accuracy, format_report, read_jsonl, score

    with user_errors():
        gold_rows = [row for path in gold for row in read_jsonl(str(path))]
        pred_rows = read_jsonl(str(results))
        figures = score(gold_rows, pred_rows)
        figures["delta_baseline_accuracy"] = delta_baseline_accuracy(gold_rows, pred_rows)
    for line in format_report(figures, as_json=as_json, errors=errors):
        click.echo(line)
    if min_f1 is not None and figures["full"]["f1"] < min_f1:
        raise SystemExit(1)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--markdown", "markdown", type=click.Path(path_type=Path), default=None,
              help="write a Markdown audit report to this file instead of printing")
@click.option("--color/--no-color", default=None,
              help="colour the output (default: when standard output is a terminal)")
@with_input_options
def audit(inputs: tuple[str, ...], markdown: Path | None, color: bool | None, fmt: str | None,
          title: str | None, rules: Path | None, jobs: int, quiet: bool, strict: bool) -> None:
    """Show each abstract with every extracted number annotated, and near misses with why."""
    from .audit import audit_markdown, audit_text
    from .io import atomic_write_text
    from .pipeline import Summary, iter_extract

    summary = Summary()
    use_color = sys.stdout.isatty() if color is None else color
    items = []
    with user_errors():
        for doc, results, rejections in iter_extract(
            inputs, fmt=fmt, title=title, rules_dir=rules, jobs=jobs, summary=summary,
            on_problem=None if quiet else lambda p: click.echo(f"leaderboard: warning: {p}",
                                                                err=True),
        ):
            if markdown is None:
                click.echo(audit_text(doc, results, rejections, color=use_color))
            else:
                items.append((doc, results, rejections))
        if markdown is not None:
            command = f"leaderboard audit {' '.join(inputs)} --markdown {markdown.as_posix()}"
            atomic_write_text(markdown, audit_markdown(items, command=command))
    if not quiet:
        for line in summary.lines():
            click.echo(line, err=True)
    if strict and summary.skipped:
        raise SystemExit(1)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `leaderboard` command; returns the exit code."""
    try:
        cli.main(args=argv, prog_name="leaderboard", standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 2)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
