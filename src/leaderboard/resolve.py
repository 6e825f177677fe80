"""Stage 3b — turn rule matches into candidates and fill fields from sentence context."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex

from .literals import fold, holds, needs
from .matcher import Match
from .models import Document
from .rules import RuleSet, compile_pattern
from .sentences import HEADING_WORDS
from .units import canonical_unit
from .vocab import Names, load_names, metric_info
from .vocab import name_key as vocab_key  # noqa: F401 - used by the engine


# NOTE: patterns used by the resolve logic, compiled once at import.
_RX0 = compile_pattern(r"\\text\w*+\{([^{}]*)\}")
_RX1 = compile_pattern(r"[A-Za-z]")
_RX2 = compile_pattern(r"\d")
_RX3 = compile_pattern(r"(?i)(?:^|[-_ ])\d+(?:\.\d+)?[BM](?:\b|-)")
_RX4 = compile_pattern(r"\s*/\s*")
_RX5 = compile_pattern(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_RX6 = compile_pattern(r"^(?:an?|the|our|its|their|average|mean|overall|new|best|high|higher|highest|lower|lowest|strong|state-of-the-art|leading|competitive|relative|absolute|zero-shot|final)\s+")
_RX7 = compile_pattern(r"[a-z]")
# (a word after a heading opens its sentence: "Results Three studies were found")
_RX8 = compile_pattern(r"(?<=[a-z,;:]\s++)(?<!\b(?:" + HEADING_WORDS + r")\s++)([A-Z][a-z]++)\b")
_RX9 = compile_pattern(r"(?i)\bour\s++(?P<n>\S++)")
_RX10 = compile_pattern(r"[A-Z0-9]")
_RX11 = compile_pattern(r"(?i)\b(?:on|in|across|of|from|than|over|for|to|with|by|under|using|at)\s++(?:the\s++|a\s++|an\s++)?(?:(?-i:[a-z\d](?:[\w.-]|,(?=\d))*+)\s++)?+(?:(?![\d.,%]++\s)\S++(?:\s*+,\s*+|\s++and\s++|\s*+/\s*+))*+$")
_RX12 = compile_pattern(r"[A-Z][a-z]++")
_RX13 = compile_pattern(r"(?i)\bwe\b")
_RX14 = compile_pattern(r"[A-Za-z]")
_RX15 = compile_pattern(r"(?:,|\band)\s*+$")
_RX16 = compile_pattern(r"(?i)\bwe\b")
_RX17 = compile_pattern(r"\s*:\s*")
_RX18 = compile_pattern(r"[A-Z]|[a-z]\d")  # a name: a capital, or a digit glued to a word (wav2vec 2.0)
_RX19 = compile_pattern(r"[A-Z]{2}|\d")
_RX20 = compile_pattern(r"(?P<n>[A-Z][\w.-]*?(?:[A-Z0-9_][\w.-]*?){2,})\s++[A-Z]?[a-z]")
_RX21 = compile_pattern(r"(?i)-(?:based|driven|aware|guided|free|level)$")
_RX22 = compile_pattern(r"[a-z]|_|\d")
_RX23 = compile_pattern(r"[A-Za-z]{3,}")
_RX24 = compile_pattern(r"[A-Za-z]{3,}")
_RX25 = compile_pattern(r"[A-Z]")
_RX26 = compile_pattern(r"\s*(?P<n>[A-Z][\w.-]*[A-Z0-9][\w.-]*)\s*(?:,|is\b|\()")
_RX27 = compile_pattern(r"(?P<n>[A-Z][\w.-]*?(?:[A-Z0-9_][\w.-]*?){2,})\s++[A-Z]?[a-z]")
_RX28 = compile_pattern(r"(?i)-(?:based|driven|aware|guided|free|level)$")
# "The best fine-tuned model, large-v3, achieved": a system named in apposition
_APPOSITIVE = compile_pattern(r"(?i:model|system|variant|method|configuration|checkpoint|agent)\s*+,\s*+(?P<n>[\w.+-]*?\d[\w.+-]*+|[A-Z][\w.+]*+(?:[a-z][A-Z]|-[A-Z])[\w.+-]*+)\s*+,\s*+$")
_BY_AGENT_END = compile_pattern(r"(?i)\b(?:learn|train|produc|generat|obtain|extract|pre-?train|fine-tun)\w*+\s++by\s++$")
_PREP_WORDS = frozenset(("on", "in", "for", "across", "at", "with", "from", "by", "under", "over", "to", "of",
                         # words that open an adverbial phrase ("Using PDBbind2016 data, we achieve")
                         "using", "via", "through", "after", "during", "given", "leveraging", "unlike", "despite"))
_SIZE_TOKEN = compile_pattern(r"(?i)\d++(?:\.\d++)?+[BMKT]")
_PARTICIPLE = compile_pattern(r"(?i)\w+ing$")
_COMMA_END = compile_pattern(r",\s*+$")
_BY_END = compile_pattern(r"\bby\s++$")
# a noun that names a system (one list for "the model", "our <noun>", described systems
# and the acronym checks below)
_SYSTEM_NOUN_WORDS = (
    "algorithm|model|method|framework|approach|network|architecture|system|pipeline|agent|module"
    "|paradigm|policy|variant|classifier|detector|recipe|ensemble|predictor|regressor"
)
_SYSTEM_NOUN = r"(?i:" + _SYSTEM_NOUN_WORDS + r")(?:e?s)?+"
# "Our baseline system is based on ResNet and achieves": the paper's starting point, named so
_OUR_BASELINE = compile_pattern(r"(?i)\bour\s++(?P<d>(?:initial\s++|original\s++)?+baseline\s++(?:" + _SYSTEM_NOUN_WORDS + r"))\b")
# a noun that names evaluation data (one list for the acronym and "named" checks below)
_DATASET_NOUN_WORDS = "dataset|benchmark|corpus|database|challenge"
_DATASET_NOUN_AFTER = compile_pattern(r"\s++(?:" + _DATASET_NOUN_WORDS + r"|data\s++sets?+|corpora)s?+\b")
# "The model achieved ...": the model a sentence opens with is the paper's own
_THE_MODEL = compile_pattern(
    r"(?i)\s*+the\s++(?:(?:final|proposed|resulting|trained|full|overall|hybrid)\s++)?+"
    r"(?:" + _SYSTEM_NOUN_WORDS + r")\s*+(?:also\s++|further\s++)?+"
)
_MODEL_FOR_TAIL = compile_pattern(r"\s++(?:model|network|backbone|architecture|variant)s?+(?:\s++(?:for|on)\s++(?:the\s++)?+[\w.+-]++)?+$")
_OUR_TUNED = compile_pattern(
    r"(?i)\bour\s++(?P<a>(?:(?:fine-?tuned|instruction-tuned|distilled|quantized|pruned|adapted|further\s++trained|re-?trained)\s++)++)"
    r"(?P<n>(?-i:[A-Z][\w.-]*+(?:\s++(?:[A-Z0-9][\w.-]*+)){0,2}+))\s++(?:model|variant|version|checkpoint)s?+\s*+$"
)
_OUR_PAREN_NAME = compile_pattern(
    r"(?i:\bour\s++(?:[\w-]++\s++){0,2}?)" + _SYSTEM_NOUN +
    r"\s*+\(\s*+(?P<n>[A-Z][\w.+-]*+(?:\s++[A-Z0-9][\w.+-]*+){0,2})\s*+\)\s*+$")
_OUR_END = compile_pattern(
    r"(?i)\b(?:our|the\s++proposed)\s++(?:[\w-]++\s++){0,3}?"
    r"(?:" + _SYSTEM_NOUN_WORDS + r")s?+"
    r"\s*+(?:also\s++|further\s++|even\s++|still\s++|consistently\s++)?+$"
)
_WITH_MODEL = compile_pattern(r"\b(?:with|using|of|for|by)\s++(?:the\s++)?+(?P<n>[A-Z][\w.+-]*+(?:\s++[A-Z0-9][\w.+-]*+)?+)")
# "the LLaMA-2 7B model with common pre-training already exhibits": a modifier after the name
_GAP_MODIFIER = compile_pattern(r"(?i)\s(?:with|without|using|under|trained|pretrained|pre-trained|fine-tuned|of)\b.*$")
_COMPARE_VERB = compile_pattern(r"(?i)(?:outperform|surpass|exceed|beat|rival|match|improv(?:es|e|ed)\b)")
_SUBORD = compile_pattern(r"(?i)\b(?:that|which|where|whereas|while|when)\b|[;:]")
# names after "such as / including / e.g." are examples inside an object, never the subject
_EXAMPLE_LIST = compile_pattern(r"(?i)\b(?:such\s++as|including|e\.g\.|i\.e\.|like)\b")
# people as the system, named as written: "human subjects achieve 91.2%", "human experts
# score 88%" (-> "humans" unless experts), "non-expert validators reach 34%"
_PEOPLE_NOUN = (r"(?:(?:the\s++)?humans?(?:\s++(?:subjects|participants|annotators|experts|raters|"
                r"evaluators|players|respondents|(?:expert\s++)?+baselines?+|performance))?+"
                r"|(?:(?:human|non-expert|expert|domain|skilled|highly\s++skilled|average|board-certified|"
                r"trained|crowd|professional)\s++)*+(?:experts|validators|annotators|radiologists|"
                r"physicians|clinicians|doctors|crowd\s*+workers|participants|students|test-takers|raters))")
_PEOPLE = compile_pattern(r"(?i)\b" + _PEOPLE_NOUN + r"\b")
# words every _PEOPLE_NOUN match contains one of (a cheap check before the scan)
_PEOPLE_WORDS = ("human", "expert", "validator", "annotator", "radiologist", "physician", "clinician",
                 "doctor", "worker", "participant", "student", "test-taker", "rater")
# the verbs metric_of_name ends with ("the F1 scores of X were")
_COPULA = compile_pattern(r"\b(?:is|was|were|are|reached|reaches|remains|remained)\b")
_PEOPLE_WHO_TAIL = compile_pattern(r"(?i)\b(?P<p>" + _PEOPLE_NOUN + r")\s++(?:who|that|with|without)\b[^,;:()]*+$")
_ADVERBS = compile_pattern(r"(?i)\s*+(?:(?:only|also|still|even|can|could|typically|consistently|on\s++average|[a-z]{3,}ly)\s++)*+")
# ", when paired with the BM25 retriever, achieves": a clause set off by commas after the subject
_WHICH = compile_pattern(r"(?i)which|who|that|when")
# the rest of a relative clause set off by commas: ", which includes longer reasoning, achieves"
_REL_CLAUSE_END = compile_pattern(r"[^,;:()]{1,80}+,\s*+")
_CITATION = compile_pattern(r"\s*+\([^()]{0,40}?\bet\s++al\.?[^()]{0,20}?\)")
_NOUN_USE = compile_pattern(r"(?i)(?<![\w-])(?:a|an|the|new|its|their|our)\s++$")
_PAREN_EXAMPLE = compile_pattern(r"(?i)\(\s*+(?:e\.g\.|i\.e\.|for\s++(?:example|instance))")


def _people(phrase: str) -> str:
    """ "the humans" / "human experts" -> "humans"; "highly skilled non-expert validators" ->
    "non-expert validators" (the group, without its praise)."""
    low = " ".join(phrase.lower().split())
    if low.startswith(("human", "the human")):
        return "humans"  # GUIDELINES: human performance is a result of model "humans"
    low = regex.sub(r"^(?:the\s+)?(?:highly\s+)?(?:skilled\s+)?", "", low)
    return low



def people_name(phrase: str) -> str | None:
    """A compared group of people as the system is named: "the human baseline" -> "humans"."""
    return _people(phrase) if _PEOPLE.fullmatch(phrase.strip()) else None


# "For instance, it achieves 71.3% AP": a bare pronoun subject stands for the paper's system
# the subject of a result in a paper whose system has no name: one system described (not
# a class of them, "fine-tuned models", nor a rank, "the best model")
_DESCRIBED_SYSTEM = compile_pattern(
    r"(?i)\s*+(?:[\w,]++\s++){0,6}?(?:our|the)\s++(?P<d>(?P<rank>(?:best|top|top-performing|most|strongest|leading|highest|state-of-the-art"
    r"|current|existing|previous|baseline|other)\s)?+(?!(?:proposed|new|novel|resulting|same|whole|full)\s)"
    r"[\w-]++(?:\s++(?!(?:of|for|in|on|with|by|to|and|or|than|the|a|an)\s)[\w-]++){0,3}?\s++"
    r"(?:" + _SYSTEM_NOUN_WORDS + r")(?P<plural>s)?+)\s*+(?:also\s++|further\s++)?+"
)
_PRONOUN = compile_pattern(r"(?i)\s*+(?:(?:for\s++(?:instance|example)|specifically|notably|in\s++particular|moreover|furthermore|additionally|overall|empirically|experimentally)\s*+,\s*+)?(?:it|this\s++(?:model|method|approach))\s*+(?:also\s++|further\s++|even\s++|still\s++)?+")


@dataclass
class Cand:
    """A result in the making (mutable; becomes a Result or a Rejection)."""

    kind: str
    rule_id: str
    span: tuple[int, int]
    value_span: tuple[int, int]
    value_text: str
    value: float
    unit: str | None = None
    qualifier: str | None = None
    range_max: float | None = None
    metric: str | None = None
    benchmark: str | None = None
    model: str | None = None
    baseline_model: str | None = None
    baseline_value: float | None = None
    delta_value: float | None = None
    delta_unit: str | None = None
    role: str = "main"  # main | named (a system's printed score, e.g. "GPT-4 (22.95%)")
    #: where the compared value of the same match is ("(45.2 vs. 41.0 F1)"), if any
    baseline_span: tuple[int, int] | None = None
    #: where a value the score is compared with after it is ("63% compared to 53.9% for ...")
    compared_span: tuple[int, int] | None = None
    reject: str | None = None
    model_explicit: bool = False
    list_size: int = 1
    notes: list[str] = field(default_factory=list)


class Context:
    """Compiled cue patterns and vocabularies shared by all documents of one rule set."""

    def __init__(self, ruleset: RuleSet) -> None:
        self.rs = ruleset
        self.names: Names = load_names(ruleset.rules_dir)
        self.not_bench = compile_pattern(
            r"(?<![a-z])(?:" + "|".join(regex.escape(w) for w in self.names.not_benchmarks) + r")(?![a-z])"
        )
        m = ruleset.macro
        self.qty_parse = m("QTY_PARSE")
        self.qty = m("QTY")
        self.unit_only = m("UNIT_ONLY")
        self.quals = [
            (">=", m("QUAL_GE")), ("<=", m("QUAL_LE")), ("<", m("QUAL_LT")),
            (">", m("QUAL_GT")), ("~", m("QUAL_APPROX")),
        ]
        x = ruleset.macros
        from .rules import expand

        def c(src: str) -> regex.Pattern[str]:
            return compile_pattern(expand(src, x, ruleset.placeholders, "resolve"))

        # NOTE: a pattern that starts with a word starts with \b: the engine then tries word
        # starts only (the same matches: each of these begins with \b or with a look-behind
        # for a non-word character before a word character)
        self.name = c("{NAME}")
        # "on <Name>", and "for the <Name> dataset" (with its noun: "for the Llama model" is no benchmark)
        # (a name followed by "model" is a system: "on the PointNeXt model")
        self.on_name = c(r"\b(?:(?:on|in)\s++(?:a|an|the)\s++(?:[A-Z][a-z]++\s++|[a-z][a-z-]++\s++){1,2}?(?:dataset|benchmark|corpus)(?:,(?=\s++[A-Z][^,;.]{1,40}+,))?+\s++(?P<n>{NAME})"
                         # ("evaluated on a Mandarin dataset AISHELL-1": the name after the noun)
                         r"|{PREP_ON}(?P<n>{NAME}(?:\s++(?:benchmark|dataset)\b)?+)(?!\s++(?:model|network|backbone|architecture)s?+\b)"
                         # ("for the X benchmark", "94% accuracy in 980 seconds for Twitter16 dataset")
                         r"|for\s++(?:the\s++)?+(?P<n>{NAME})(?=\s++(?:benchmark|dataset|data\s++set|test\s++set)s?+\b)"
                         r"|(?:subset|split|portion|setting|trial|track|partition)s?+\s++of\s++(?:the\s++)?+(?P<n>{NAME})"
                         # "experiments conducted using the latest CIC-Malmem-2022 dataset"
                         r"|(?:using|used|use|uses|with|adopt\w*+|employ\w*+)\s++the\s++(?:(?:latest|public|publicly\s++available|benchmark|standard|popular|widely\s++used|well-known)\s++)?+(?P<n>{NAME})(?=\s++(?:benchmark|dataset|data\s++set|corpus|database)\b)"
                         # "classifying 18 Arabic dialects of the QADI dataset of Arabic tweets"
                         r"|\bof\s++the\s++(?P<n>{NAME})(?=\s++(?:benchmark|dataset|data\s++set|corpus)\b)"
                         # "33 BLEU on ro-en translation": a lower-case language pair
                         r"|\bon\s++(?:the\s++)?+(?P<n>[a-z]{2}(?:-|–|→)[a-z]{2})(?![\w-])(?=\s++(?:translation|direction|task|test)|\s*+[,;.)]|\s++and\b)"
                         # "across five software environments within OS-World.": a suite the evaluation is in
                         r"|\bwithin\s++(?:the\s++)?+(?P<n>{NAME})(?=\s*+(?:[,;]|\.(?:\s|$)|$)|\s++(?:benchmark|suite)\b)"
                         # "carried out in the context of DCASE 2022 task 4", "as part of the X challenge"
                         r"|(?:in\s++the\s++context|as\s++part)\s++of\s++(?:the\s++)?+(?P<n>{NAME})"
                         # "Through extensive benchmarking with GEO-Bench, ..."
                         r"|(?i:benchmark(?:ing|ed)?+|evaluat(?:ion|ing|ed))\s++(?:with|against|using)\s++(?:the\s++)?+(?P<n>{NAME}))")
        self.for_name = c(r"\bfor\s++(?:the\s++)?+(?P<n>{NAME})")
        # "Gemini-2.5-Pro and OpenAI o3, achieve": two subjects of one verb
        self.subject_pair = c(r"(?P<a>{NAME})(?:\s*+,)?+\s++and\s++(?P<b>{NAME})(?:\s*+,)?+\s++(?:(?:both|also|only|even|still|each)\s++)?+(?i:achiev|attain|obtain|reach|scor|record|get)\w*+\b")
        self.for_subject = c(r"(?:^|[;:])\s*+(?i:for)\s++(?:the\s++)?+(?P<n>{NAME})")
        self.lead_name = c(r"^(?:(?:For\s++(?:instance|example)|Specifically|In\s++particular|Notably|Moreover|Furthermore|Finally|Overall|Additionally|In\s++addition|Empirically)\s*+,\s*+(?=[Oo]n|[Ff]or|[Ii]n|[Aa]cross))?+(?:(?:When\s++)?+(?i:evaluated|tested|benchmarked|validated|assessed)\s++(?=on\s))?+(?:(?:[Oo]n|[Ff]or|[Ii]n|[Aa]cross|Regarding)\s++(?:the\s++|both\s++|all\s++|our\s++)?+{SPLIT_OF}{PREP_ADJ}{BENCH_NOUN})(?P<n>{NAME}(?:{LIST_SEP}{NAME})*+)")
        self.metric = c(r"\b{METRIC}")
        # "The F1 scores of ECGNet were 0.91": the system whose metric is stated
        self.metric_of_name = c(r"\b{METRIC}\s++of\s++(?:the\s++)?+(?P<n>{NAME})\s++(?:is|was|were|are|reached|reaches|remains|remained)\b")
        self.metric_after = c(r"(?:{RANGE_SEP}\$?+{NUM})?+{PM}?+\+?+\$?+(?:{UNIT})?+\$?+\s*+(?:in\s++(?=[A-Za-z]))?+(?:(?!(?:while|whereas|and|or|with|by|on|in|for|at|compared|than|over|of|to|from|improv\w*|reduc\w*|increas\w*|achiev\w*)\b)[\w@-]++\s++){0,2}?(?P<m>{METRIC})")
        self.compare = c(r"\b{COMPARE}")
        self.subject_verb = c(r"\b{SUBJECT_VERB}")
        # "the ‘Scanner’ and ‘Locator’ models": names in quotes list as well
        self.name_list = c(r"(?P<n>{NAME})(?:[’'”\"]?+{LIST_SEP}[‘'“\"]?+(?P<n>{NAME}))++")
        # "An accuracy of 92.4% on CIFAR-10 is achieved by NetA-L": the agent of a passive
        self.by_agent = c(r"[^,;.()]{0,60}?\s(?:is|are|was|were)\s++(?:achieved|obtained|reached|attained|reported|scored|set)\s++by\s++(?:the\s++)?+(?P<n>{NAME})")
        self.our = compile_pattern(
            r"(?i)\b(?:our|the\s+proposed|this|the\s+resulting)\s++(?:[\w-]++\s++){0,3}?"
            r"(?:model|method|approach|framework|system|detector|network|agent|policy|algorithm|pipeline|technique|architecture|solution|tracker|estimator|segmenter|variant|prompt|loss)s?+\b"
        )
        # the system a transition starts from: "... AP of RTMPose-l from", "promotes X by 1.5 AP ("
        self.transition_subject = c(
            r"\b(?:\bof|\b(?:promot|improv|boost|enhanc|rais|lift|upgrad)\w*+)\s++(?:the\s++)?+(?P<n>{NAME})"
            r"(?:\s++(?:baselines?|models?|counterparts?|systems?))?+"
            r"(?:\s++by\s++[^()\s]{1,12}+(?:\s++[\w@-]++)?+)?+\s*+(?:,\s*+)?+(?:from\s*+)?+\(?+\s*+$"
            # "... of Qwen-2.5-3B from 6.1% to 33.9% and Llama-3.1-8B from 8.5% to 44.8%": the
            # next item of a list of transitions names its own system
            r"|\d\s*+%?+(?:\s*+,\s*+(?:and\s++)?+|\s++and\s++)(?P<n>{NAME})\s*+(?:from\s*+)?+$"
        )
        # a comparison that precedes the value it qualifies
        self.compare_before = c(
            r"\b(?i:\b(?:(?:improv\w*+|gains?|advantages?|improvements?)\s++(?:over|upon)|outperform\w*+|surpass\w*+"
            r"|compared\s++(?:to|with)|relative\s++to|in\s++comparison\s++(?:to|with))\s++)"
            r"(?P<p>(?:(?!(?:by|on|in|across|with|at|for|to|from|while|and|reaching|achieving|obtaining)\b)[\w@.+-]++\s*+){1,7}?)"
            r"(?=\s*+(?:,|\(|\bby\b|\bon\b|\bin\b|\bacross\b|\bwith\b|\band\b|\bfor\b|\bto\b|$))"
            r"|(?i:\b(?:lift|rais|push|bring|improv|boost)\w*+\s++)(?P<p>(?:the\s++)?+(?:[\w-]++\s++){0,3}?"
            r"(?:state[- ]of[- ]the[- ]art|sota|best|baselines?|previous\s++\w++|prior\s++\w++)(?:\s++[\w-]++){0,2}?)"
            r"(?=\s++to\s++(?:\w++\s++)?+\$?+$)"
        )
        # a new clause: "; ", ", while", and ", and" before a new setting or subject
        # (", and on KiTS23 it reaches", ", and it obtains 94.3% on ModelNet40")
        self.clause_break = compile_pattern(
            r";|,\s*+(?:while|whereas|but|although)\b|\bwhile\b|\bwhereas\b"
            r"|,\s*+(?:and|but)\s++(?=(?:on|in|for|across|at|it|they|we|its|their|the|our|this|these)\s)"
            # ", and RTMPose-l achieves ...": a new named subject with its verb
            r"|,\s*+(?:and|but|while|whereas)\s++(?=[A-Z][\w.+-]*+\s++(?:achiev|attain|obtain|reach|scor|get|yield|surpass|outperform|improv)\w*)"
            # "..., on the WHU dataset, the scores were": a new setting set off by commas
            r"|,\s*+(?=(?:on|in)\s++(?:the\s++)?+[A-Z][\w.+-]*+(?:\s++(?:dataset|benchmark))?+\s*+,)"
        )
        self.respectively = compile_pattern(r"(?i)\brespective(?:ly)?+\b")
        # "reduces average token usage by 60.6%": the object of the verb names the metric
        self.change_object = compile_pattern(
            r"(?i)\b(?:improv|increas|boost|rais|reduc|decreas|cut|lower|enhanc|drop|lift|shorten|speed)\w*+\s++"
            r"(?:the\s++|its\s++|their\s++)?+(?P<m>[\w@-]++(?:\s++[\w@-]++){0,3}?)\s++by\s++"
            r"(?:up\s++to\s++|over\s++|about\s++|approximately\s++|nearly\s++|around\s++|an?\s++average\s++of\s++)?+[+-]?+\$?+$"
        )


@functools.cache
def get_context(ruleset: RuleSet) -> Context:
    return Context(ruleset)


# --------------------------------------------------------------------------- values


def parse_quantity(ctx: Context, text: str, start: int, sentence: str, s_off: int) -> dict | None:
    """Value, unit, range end and qualifier of a captured quantity at abstract offset ``start``."""
    m = ctx.qty_parse.search(text)
    if not m:
        return None
    n1 = m.group("n1")
    value = float(n1.replace(",", ""))
    unit_text = m.group("u1") or m.group("u2")
    unit = _unit(unit_text)
    if m.group("sci") and not unit:
        # "9.47×10^-3": the number as printed, its power of ten as the unit ("x10^-3")
        unit = "x10^" + _SCI_EXP.search(m.group("sci")).group(0).translate(_MINUS)
    range_max = float(m.group("n2").replace(",", "")) if m.group("n2") else None
    rel = start - s_off + m.start("n1")
    qualifier = qualifier_before(ctx, sentence[:rel])
    if m.group("plus") and not qualifier:
        qualifier = ">"
    if qualifier and range_max is not None and qualifier != "<=":
        qualifier = None
    return {
        "value": value, "value_text": n1, "unit": unit, "range_max": range_max,
        "qualifier": qualifier, "value_span": (start + m.start("n1"), start + m.end("n1")),
    }


_SCI_EXP = compile_pattern(r"(?<=10\^?+\{?+)[-−–]?+\d++")
_MINUS = str.maketrans({"−": "-", "–": "-"})


def _unit(text: str | None) -> str | None:
    if not text:
        return None
    t = text.replace("$", "").replace("\\times", "x").replace("\\%", "%").replace("-fold", "x").replace("-", " ")
    t = " ".join(t.split())
    return canonical_unit(t) or canonical_unit(t.lower()) or t.strip()


def qualifier_before(ctx: Context, before: str) -> str | None:
    tail = before[-40:].rstrip().rstrip("$+(").rstrip()
    tail = tail.replace("$", " ")
    for sym, rx in ctx.quals:
        if rx.search(tail):
            return sym
    return None


# --------------------------------------------------------------------------- names


def clean_name(ctx: Context, name: str) -> str:
    name = _RX0.sub(r"\1", name)
    name = name.replace("\\_", "_").strip(" ,.;:'’\"")
    if name.endswith(("'s", "’s")) and len(name) > 3:
        name = name[:-2]  # "surpassing GPT-4o's 85.5%": the owner's name
    words = name.split()
    while words and words[0].lower() in ("the", "a", "an", "our", "both", "all"):
        words = words[1:]
    if len(words) > 1 and words[0].endswith(("’s", "'s")) and _NAME_WORD.match(words[1]):
        words = words[1:]  # "PhysioNet’s MIT-BIH": the name, not its owner (not "Alzheimer's Disease ...")
    changed = True
    while changed and len(words) > 1:
        changed = False
        for tail in ctx.names.tails:
            tw = tail.split()
            if [w.lower() for w in words[-len(tw):]] == tw and len(words) > len(tw):
                words = words[: -len(tw)]
                changed = True
                break
    return " ".join(words)


# "1.08G FLOPs", "0.91M parameters": a cost of the model, no name
_COST_QUANTITY = compile_pattern(r"\d[\d.,]*+\s*+[KMGTB]?+\s*+(?:FLOPs|MACs|params|parameters|GB|MB)\b")
# a unit of compute cost is no name ("SLNet-S with 0.14M parameters and 0.31 GFLOPs achieves")
_COST_UNIT = compile_pattern(r"(?i)[KMGT]?+(?:FLOPs?+|MACs?+|OPs|params|parameters)")


def valid_name(ctx: Context, name: str | None) -> bool:
    if not name or not _RX1.search(name) or _COMPOUND_NUMBER.match(name) or _COST_QUANTITY.match(name) \
            or _COST_UNIT.fullmatch(name):
        return False
    low = name.lower()
    first = low.split()[0]
    if low in ctx.names.not_names or (first in ctx.names.not_names and " " not in low):
        return False
    if first in ctx.names.not_names and len(low.split()) <= 2 and not _RX2.search(name):
        return False
    return len(name) >= 2 or name.isupper()


def is_modelish(ctx: Context, name: str) -> bool:
    """Does the name look like a system (a model family, or a size suffix like -7B)?"""
    if ctx.names.is_known_benchmark(name):
        return False
    if ctx.names.is_model_family(name):
        return True
    m = _RX3.search(name)
    # "AudioSet-2M", "Objects365-2M": a known dataset with its size is still that dataset
    return bool(m) and not (m.start() > 0 and ctx.names.is_known_benchmark(name[: m.start()]))


# "720-step", "5-shot", "3-day": a number glued to a lowercase word is a setting, no name
_COMPOUND_NUMBER = compile_pattern(r"\d[\d.,]*+(?:(?:st|nd|rd|th)(?![a-z])|(?:st|nd|rd|th)?+-?+[a-z]++)(?:[\s-]|$)")


def valid_benchmark(ctx: Context, name: str | None) -> bool:
    if not valid_name(ctx, name):
        return False
    assert name is not None
    low = name.lower()
    if ctx.not_bench.search(low) or _COMPOUND_NUMBER.match(name) or len(name) < 2 or low.startswith("non-"):
        return False  # ("at H=96": a one-letter name is a variable; "non-English": a complement)
    if is_modelish(ctx, name):
        return False
    if metric_info(name, ctx.rs.rules_dir) is not None and not ctx.names.is_known_benchmark(name):
        return False
    if "/" in name and all(metric_info(part, ctx.rs.rules_dir) is not None for part in name.split("/")):
        return False  # "by 1.6%/0.8% on BACC/AUROC": a slash list of metrics
    if _METRIC_AT_K.fullmatch(name):
        return False  # "FPR@95", "nDCG@10", "Hits@50": a metric at a cut-off
    if _SYSTEM_NAME_END.search(name):
        return False  # "Convolutional Neural Networks (CNNs)", "Support Vector Machines": systems
    if _METRIC_NOUN_END.search(name):
        return False  # "Instruction Following Rate (IFR)", "Mean Opinion Score": a metric's name
    qm = _QUALIFIED_METRIC.fullmatch(name)  # "event-F1", "box-AP": a metric with its qualifier
    if qm and metric_info(qm.group("m"), ctx.rs.rules_dir) is not None:
        return False
    return True


_SYSTEM_NAME_END = compile_pattern(
    r"(?i)\s(?:neural\s++)?+(?:networks?|transformers?|machines?|regression|forests?|classifiers?)(?:\s*+\([^()]{1,12}+\))?+$")
_METRIC_AT_K = compile_pattern(r"[A-Za-z][\w-]*+@\d++(?:\.\d++)?+")
_METRIC_NOUN_END = compile_pattern(r"\s(?i:rate|score|accuracy|error|precision|recall|ratio)(?:\s*+\([^()]{1,12}+\))?+$")
_QUALIFIED_METRIC = compile_pattern(r"[a-z]++-(?P<m>[A-Za-z][\w@]*+)")


_BENCH_TAIL = compile_pattern(r"(?i)\s(?:benchmark|dataset|test\s++set|suite)$")


@functools.lru_cache(maxsize=65536)
def benchmark_name(ctx: Context, raw: str) -> str | None:
    name = clean_name(ctx, raw)
    if not valid_benchmark(ctx, name):
        # "the Vicuna benchmark": a system's name followed by "benchmark" names a benchmark
        full = " ".join(w for w in raw.split() if w.lower() not in ("the", "a", "an")).strip(" ,.;:")
        if full != name and _BENCH_TAIL.search(full) and valid_name(ctx, name) and is_modelish(ctx, name):
            return full
        # "the Chinese C-Eval benchmark": a leading descriptive word is no part of the name
        words = name.split()
        if len(words) > 1 and words[0].lower() in ctx.names.not_names and valid_benchmark(ctx, " ".join(words[1:])):
            return ctx.names.canonical_benchmark(" ".join(words[1:]))
        # "the ScanNet 3D segmentation task": a known benchmark, then a modality
        if len(words) > 1 and ctx.not_bench.fullmatch(words[-1].lower()) \
                and ctx.names.is_known_benchmark(" ".join(words[:-1])):
            return ctx.names.canonical_benchmark(" ".join(words[:-1]))
        # "KITTI 3D MOT", "nuScenes 3D detection": a known benchmark's own track, whose modality
        # word ("3D") alone would mark a task
        if len(words) > 1 and ctx.names.is_known_benchmark(words[0]) and valid_name(ctx, name) \
                and not is_modelish(ctx, name) and not ctx.not_bench.search(words[0].lower()) \
                and all(not ctx.not_bench.fullmatch(w.lower()) or w.lower() in ctx.names.task_modifiers for w in words[1:]):
            return name
        return None
    return ctx.names.canonical_benchmark(name)


_VERSION = compile_pattern(r"v?\d++(?:\.\d++)*+|\d++[x×]\d++|(?:test|dev|val|validation)(?:-[a-z]++)?+")
_VERSIONED = compile_pattern(r"(?P<base>.*?\S)\s*+(?:v?\d++(?:\.\d++)*+|\d++[x×]\d++|(?:test|dev|val|validation)(?:-[a-z]++)?+)")


def expand_versions(names: list[str]) -> list[str]:
    """"SQuAD 1.1 and 2.0" -> ["SQuAD 1.1", "SQuAD 2.0"]: a bare version takes the name before it."""
    out = list(names)
    for i in range(1, len(out)):
        if _VERSION.fullmatch(out[i].strip()):
            vm = _VERSIONED.fullmatch(out[i - 1].strip())
            if vm:
                out[i] = f"{vm.group('base')} {out[i].strip()}"
    return out


_METRIC_SLASH = compile_pattern(r"(?P<base>[a-z][\w@]*+)-(?P<first>\w++)(?P<rest>(?:/\w++)++)(?P<tail>(?:\s++\w++)*+)")


def split_metric_list(metric: str | None, n: int) -> list[str] | None:
    """"rouge-1/2/l" -> ["rouge-1", "rouge-2", "rouge-l"] when n values need them."""
    if not metric:
        return None
    m = _METRIC_SLASH.fullmatch(metric)
    if not m:
        parts = metric.split("/")  # "em/f1"
        return parts if len(parts) == n and n > 1 and all(parts) else None
    parts = [m.group("first")] + m.group("rest").strip("/").split("/")
    if len(parts) != n:
        return None
    return [f"{m.group('base')}-{p}" for p in parts]


# "precision and recall of", "top-1/top-5 accuracies of": a list of metrics right before values
_METRIC_LIST_END = compile_pattern(r"\s++(?:of|were|are|=|:)\s*+\$?+$")
_DIGITS = compile_pattern(r"\d++")
_METRIC_LIST_SEP = compile_pattern(r"\s*+,\s*+(?:and\s++)?+|\s*+/\s*+|\s++and\s++")


def metric_list_before(ctx: Context, sentence: str, rel_start: int, floor: int, n: int) -> list[str] | None:
    """The n metrics of a list written before n values: "precision and recall of 81.2% and
    75.6%" -> ["precision", "recall"]; "top-1 and top-5 accuracies of" shares its last noun."""
    text = sentence[max(floor, rel_start - 100):rel_start]
    em = _METRIC_LIST_END.search(text)
    if em is None:
        return None
    pieces = _METRIC_LIST_SEP.split(text[:em.start()])
    if len(pieces) < n:
        return None
    items = pieces[-n:]
    # the first item may follow the words before the list: its longest metric suffix
    words = items[0].split()
    first = next((" ".join(words[k:]) for k in range(len(words)) if ctx.metric.fullmatch(" ".join(words[k:]))), None)
    if first is None:
        return None
    items[0] = first
    if not all(ctx.metric.fullmatch(x) for x in items):
        return None
    last = items[-1].split()
    if len(last) > 1:
        # "top-1 and top-5 accuracies": a one-word item in the last one's first word's shape
        # takes its noun
        shape = _DIGITS.sub("", last[0])
        items = [x + " " + " ".join(last[1:]) if " " not in x and _DIGITS.sub("", x) == shape else x for x in items]
    got = [norm_metric(x) for x in items]
    return got if all(got) and len(set(got)) == n else None


def split_list_name(name: str, n: int) -> list[str] | None:
    """'Kinetics-400/Kinetics-600' -> two names when a list of n values needs them;
    'CROHME 2014/2016/2019' -> 'CROHME 2014', 'CROHME 2016', 'CROHME 2019'."""
    parts = [p for p in _RX4.split(name) if p]
    if len(parts) == n and n > 1:
        return expand_versions(parts)
    return None


# --------------------------------------------------------------------------- sentence context


def clause_bounds(ctx: Context, sentence: str, pos: int) -> tuple[int, int]:
    """The clause of the sentence around relative position ``pos``."""
    start, end = 0, len(sentence)
    for m in ctx.clause_break.finditer(sentence):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


_LATTER = compile_pattern(r"\b(?:on|for)\s++the\s++(?P<w>latter|former)\b")


_TRAINED_ON = compile_pattern(r"(?i)\b(?:pre-?train|distill)\w*+\s++(?:only\s++)?+$")


def training_data(sentence: str, at: int) -> bool:
    """Is the "on <Name>" at ``at`` the data a model was trained on ("pretrained on Objects365")?"""
    return bool(_TRAINED_ON.search(sentence, max(0, at - 30), at))


def benchmark_after(ctx: Context, sentence: str, rel_end: int, limit: int) -> tuple[str | None, int]:
    """The first "on <Name>" after a value (before ``limit``); (name, position) or (None, -1)."""
    lm = _LATTER.search(sentence, rel_end, limit)
    if lm:  # "on the 512x512 and 256x256 benchmarks, achieving ... on the latter"
        for nl in reversed(list(ctx.name_list.finditer(sentence, 0, lm.start()))):
            names = [benchmark_name(ctx, t) for t in expand_versions(nl.captures("n"))]
            if all(names):
                return (names[-1] if lm.group("w") == "latter" else names[0]), lm.start()
    for m in ctx.on_name.finditer(sentence, rel_end, limit):
        name = benchmark_name(ctx, m.group("n"))
        if name and not training_data(sentence, m.start()):
            return name, m.start()
    # "an FID of 1.79 for CIFAR-10": "for" a known benchmark, right after the value
    for m in ctx.for_name.finditer(sentence, rel_end, min(limit, rel_end + 40)):
        if ctx.names.is_known_benchmark(m.group("n")):
            return clean_name(ctx, m.group("n")), m.start()
    return None, -1


_LAST_COMMA = compile_pattern(r",\s*+(?!and\b|or\b)[^,]*+$")


def lead_benchmarks(ctx: Context, sentence: str) -> list[str]:
    """Benchmarks named at the head of the sentence: "On TabMWP, ..." / "For X and Y, ..."."""
    m = ctx.lead_name.match(sentence)
    if not m:
        return []
    out = []
    raws = _RX5.split(m.group("n"))
    # "On CIFAR-10, DriftGuard reaches ...": the last name before a verb is the subject
    if len(raws) > 1 and sentence[m.end():m.end() + 1] == " " and (
            ctx.subject_verb.match(sentence, m.end() + 1) or _LAST_COMMA.search(m.group("n"))):
        raws = raws[:-1]
    for raw in raws:
        name = benchmark_name(ctx, raw)
        if name:
            out.append(name)
    return out


def benchmark_before(ctx: Context, sentence: str, rel_start: int, floor: int) -> str | None:
    best = None
    for m in ctx.on_name.finditer(sentence, floor, rel_start):
        name = benchmark_name(ctx, m.group("n"))
        if name and m.end() <= rel_start and not training_data(sentence, m.start()):
            best = name
    if best is None:
        # "a state-of-the-art ResNet-50 model for ImageNet, which achieves 82.8%"
        for m in ctx.for_name.finditer(sentence, floor, rel_start):
            if ctx.names.is_known_benchmark(m.group("n")) and not training_data(sentence, m.start()):
                best = clean_name(ctx, m.group("n"))
    return best


_LISTED_BEFORE = compile_pattern(r"(?:,|\band|\bor)\s++(?:on\s++)?+(?:the\s++)?+$")


def benchmark_listed_before_bracket(ctx: Context, sentence: str, rel_start: int, floor: int) -> str | None:
    """ "on GSM8K (84.1 vs. 82.3) and MATH (52.0 vs. 50.4)": the name right before a bracket
    that holds the values, listed after an earlier "on <Name>" of the clause, is their setting."""
    head = sentence[floor:rel_start].rstrip()
    last = None
    for last in ctx.name.finditer(head):  # NOTE: the last name; it must end the head
        pass
    if last is None or last.end() != len(head) or not _LISTED_BEFORE.search(head, 0, last.start()):
        return None
    if not any(True for _ in ctx.on_name.finditer(head, 0, last.start())):
        return None
    return benchmark_name(ctx, last.group(0))


# an acronym printed right after a value names its metric when it is no benchmark or system:
# "64.8% NDS", "0.612 AMOTA", "92.1 ANLS"
_METRIC_ACRONYM = compile_pattern(
    r"\$?+(?:\\?%|\s++points?\b)?+\s++(?P<m>[a-z]{0,4}+[A-Z]{2,}+[A-Za-z]*+(?:@\d++)?+)(?![\w.-]|\.\w)"
    r"(?=\s*+(?:$|[,;.)]|and\b|or\b|on\b|in\b|at\b|for\b|with\b|over\b|while\b|across\b|than\b))"
)


def _namelike(word: str) -> bool:
    """A word shaped like a name rather than an ordinary capitalised word: a digit or an inner
    capital (ImageNet-1K, COCO, CIFAR-10; not "Mix", "Error")."""
    return bool(_RX2.search(word)) or any(ch.isupper() for ch in word[1:])


_SHORT_ACRONYM = compile_pattern(r"[A-Z]{1,3}+")


def _split_bench_metric(ctx: Context, text: str) -> tuple[str | None, str]:
    """"ImageNet top-1 accuracy" -> ("ImageNet", "top-1 accuracy"): a benchmark named before its metric."""
    words = text.split()
    for k in (2, 1):
        if len(words) > k and words[0][:1].isupper():
            head = " ".join(words[:k])
            if not ctx.names.is_known_benchmark(head) and (
                    _SHORT_ACRONYM.fullmatch(head) or (k == 2 and words[1][:1].islower())):
                continue  # "LC win rate", "EX accuracy": a qualifier of the metric, no benchmark
            if metric_info(head, ctx.rs.rules_dir) is None and not ctx.metric.fullmatch(head):
                bench = benchmark_name(ctx, head)
                if bench:
                    return bench, " ".join(words[k:])
    # "top-1 ImageNet-1K accuracy": a name-like word (a digit or an inner capital) inside
    for i, w in enumerate(words[1:-1], 1):
        if w[:1].isupper() and _namelike(w) \
                and metric_info(w, ctx.rs.rules_dir) is None:
            bench = benchmark_name(ctx, w)
            if bench:
                return bench, " ".join(words[:i] + words[i + 1:])
    return None, text


_BENCH_BEFORE_HEAD = compile_pattern(
    r"\s*+\\?%?+\s++(?:[a-z][\w@-]*+\s++){0,2}?(?P<b>[A-Z][\w.+-]*+)\s++(?:[a-z][\w@-]*+\s++)?+"
    r"(?i:accuracy|acc|score|error|rate|precision|recall|f1|map|ap|miou|iou)\b"
)


def benchmark_in_metric(ctx: Context, sentence: str, rel_end: int) -> str | None:
    """The benchmark in "87.8% ImageNet top-1 accuracy" (between a value and its metric)."""
    bm = _BENCH_BEFORE_HEAD.match(sentence, rel_end)
    if bm:  # "78.5% top-1 ImageNet-1K accuracy"
        w = bm.group("b")
        if _namelike(w) and metric_info(w, ctx.rs.rules_dir) is None:
            b = benchmark_name(ctx, w)
            if b:
                return b
    m = ctx.metric_after.match(sentence, rel_end)
    if not m:
        return None
    return _split_bench_metric(ctx, sentence[m.start(): m.end()].strip(" $%"))[0] if m.start("m") > m.start() \
        or m.group("m")[:1].isupper() else None


_BEFORE_VALUE = compile_pattern(r"\s++(?:from|of|to|at|is|was|reaches|reached)\s++(?:(?:about|around|approximately|nearly|only|below|above)\s++)?+\$?+$")


def benchmark_in_metric_before(ctx: Context, sentence: str, rel_start: int, floor: int,
                               known_only: bool = False) -> str | None:
    """The benchmark in "zero-shot ImageNet accuracy from 76.2%" (a name inside the metric phrase).

    With ``known_only`` the name must be a benchmark of the vocabulary ("a GLUE score of
    80.5"): before "of <value>" a name-like word is as often a variable ("a 5-day Z500
    RMSE of 297") or the system itself.
    """
    bm = _BEFORE_VALUE.search(sentence, max(floor, rel_start - 30), rel_start)
    end = bm.start() if bm else rel_start
    while end > floor and sentence[end - 1].isspace():
        end -= 1
    best = None
    for m in ctx.metric.finditer(sentence, max(floor, end - 60), end):
        if m.end() == end:
            best = m
    if best is None:
        return None
    words = sentence[max(floor, best.start() - 40): best.start()].split()[-3:] + best.group(0).split()[:-1]
    for w in reversed(words):
        w = w.strip(",;:()")
        # a name-like word (ImageNet, COCO, CIFAR-10), not a capitalised metric word (Mix Error Rate)
        # (a known benchmark also in lower case: "the wikitext2 perplexity from 14.65 to 6.82")
        known = ctx.names.is_known_benchmark(w)
        namelike = known or (not known_only and _namelike(w))
        if (w[:1].isupper() or known) and namelike and metric_info(w, ctx.rs.rules_dir) is None:
            b = benchmark_name(ctx, w)
            if b:
                return b
    return None


# "190.4% mean human performance", "116.0% median performance": a performance relative to a reference
_PERFORMANCE_AFTER = compile_pattern(
    r"\s*+\\?%?+\s++(?P<m>(?i:(?:mean|median|average|relative|human|human-normali[sz]ed|normali[sz]ed)\s++){1,3}performance)\b"
)


def metric_after(ctx: Context, sentence: str, rel_end: int) -> str | None:
    m = ctx.metric_after.match(sentence, rel_end)
    if m:
        bench, rest = _split_bench_metric(ctx, m.group("m"))
        got = norm_metric(rest)
        if got is None and bench and not ctx.names.is_known_benchmark(bench):
            got = norm_metric(m.group("m"))  # "Mean Opinion Score": no "Mean Opinion" benchmark
        return got
    pm = _PERFORMANCE_AFTER.match(sentence, rel_end)
    if pm:
        return " ".join(pm.group("m").lower().split())
    am = _METRIC_ACRONYM.match(sentence, rel_end)
    if am:
        name = am.group("m")
        if not (ctx.names.is_known_benchmark(name) or ctx.names.is_model_family(name)):
            return name.lower()
    return None


# "a minDCF of 0.052", "an ANLS of 92.1": the noun right before "of <value>" names the metric
_A_METRIC_OF = compile_pattern(r"\b(?:(?:an?|the|its|their)\s++(?P<m>[\w@-]++)|(?P<m>[A-Z]{2,}+s))\s++(?:of|=|:)\s*+\$?+$")
_ACRONYM_METRIC = compile_pattern(r"[a-z]{0,4}+[A-Z]{2,}+[A-Za-z]*+(?:@\d++)?+")


def metric_before(ctx: Context, sentence: str, rel_start: int, floor: int) -> str | None:
    am = _A_METRIC_OF.search(sentence, max(floor, rel_start - 40), rel_start)
    if am and am.group("m").lower() == "score":
        return "score"  # "obtains a score of 7.81 on MT-Bench"
    if am and _ACRONYM_METRIC.fullmatch(am.group("m")) and not (
            ctx.names.is_known_benchmark(am.group("m")) or ctx.names.is_model_family(am.group("m"))):
        got = am.group("m")
        return (got[:-1] if _ACRONYM_PLURAL.fullmatch(got) else got).lower()  # "EERs of"
    best = None
    start = max(floor, rel_start - 90)
    if start > floor and sentence[start - 1].isalnum():  # never start inside a word
        nxt = sentence.find(" ", start, rel_start)
        start = nxt + 1 if nxt >= 0 else rel_start
    prev = None
    for m in ctx.metric.finditer(sentence, start, rel_start):
        # the search stops at the value, so the metric's own look-ahead cannot see it:
        # "SmallLM scores 54.1" is a verb, no "SmallLM score"; match again on the whole text
        full = ctx.metric.match(sentence, m.start())
        if full is not None and full.end() <= rel_start:
            prev, best = best, full
    if best is None:
        return None
    got = norm_metric(best.group(0))
    if got is None and prev is not None and sentence[prev.end():best.start()] == " ":
        # "F1 scores of 99.04%": a generic noun right after a metric is part of it
        got = norm_metric(sentence[prev.start():best.end()])
    return got


_GENERIC_METRIC = {"performance", "score", "scores", "result", "results", "error", "errors", "rate"}


# "mean average precision", "average recall", "mean absolute error": "mean"/"average" is
# part of the metric's name here, not an adjective to drop
_METRIC_HEAD = compile_pattern(r"(?:mean\s++(?:average|absolute|squared?|reciprocal|opinion|intersection|per-)|average\s++(?:precision|recall))")


_ACRONYM_PLURAL = compile_pattern(r"[A-Z]{2,}+s")


def norm_metric(text: str | None) -> str | None:
    if not text:
        return None
    if _ACRONYM_PLURAL.fullmatch(text.strip()):
        text = text.strip()[:-1]  # "WERs", "FIDs": the metric, in the plural
    t = " ".join(text.lower().split())
    # drop leading articles and adjectives, but keep "average score" (not bare "score")
    while t.count(" ") and not _METRIC_HEAD.match(t):
        u = _RX6.sub("", t, count=1)
        if u == t or u in _GENERIC_METRIC:
            break
        t = u
    if t.endswith("s") and not t.endswith(("ss", "us")) and len(t) > 4 and t[:-1].split()[-1].split("-")[-1] in (
        "score", "rate", "error", "accuracie", "latencie", "measure"):
        t = t[:-1]
    t = t.replace("accuracie", "accuracy").replace("latencie", "latency")
    if t in _GENERIC_METRIC or not _RX7.search(t):
        return None
    return t


def model_family_after(ctx: Context, sentence: str, rel_end: int, limit: int) -> str | None:
    """A known model family used for the result, named after it ("using LLaMA-2 7B models")."""
    for m in _WITH_MODEL.finditer(sentence, rel_end, limit):
        nm = clean_name(ctx, m.group("n"))
        if ctx.names.is_model_family(nm) and valid_name(ctx, nm):
            return nm
    return None


def proper_words(text: str) -> frozenset[str]:
    """Capitalised words that occur inside a sentence (so they are names, not sentence starts)."""
    return frozenset(_RX8.findall(text))


def subject_model(ctx: Context, sentence: str, rel_start: int, floor: int, system: str | None,
                  proper: frozenset[str] = frozenset()) -> tuple[str | None, bool]:
    """The system a value belongs to: the name right before the nearest verb before it.

    Returns (name, explicit); (None, True) when the subject is a system the text describes
    without naming it ("the best single model"), so that no earlier subject stands in.

    "our <Name>" names the system; "our model / method" and "we" stand for the paper's
    system. Names inside a prepositional phrase ("on X and Y") are not subjects.
    """
    floor = max(floor, rel_start - 300)  # NOTE: a subject is never further back; bounds the work
    head = sentence[floor:rel_start]
    # "experts who have or are pursuing PhDs in the corresponding domains reach 65%": a group
    # of people whose relative clause runs up to the value is the subject
    low = head.lower()  # NOTE: the scan below only where its words occur
    pm = _PEOPLE_WHO_TAIL.search(head) if (("who" in low or "that" in low or "with" in low)
                                           and any(w in low for w in _PEOPLE_WORDS)) else None
    if pm:
        return _people(pm.group("p")), True
    mo = None
    for mo in ctx.metric_of_name.finditer(head) if " of " in head and _COPULA.search(head) else ():
        pass  # the last one; no other verb may follow it ("... were 0.91 in A and 0.93 in B")
    if mo and not ctx.subject_verb.search(head, mo.end()) and valid_name(ctx, mo.group("n")) \
            and not ctx.names.is_known_benchmark(mo.group("n")):
        return clean_name(ctx, mo.group("n")), True
    verbs = list(ctx.subject_verb.finditer(head))
    if verbs:
        # "we propose AirNet, trained via SFT and RL (RFT), achieving", "the LSTM model, used to
        # forecast ..., achieved": the name before a clause set off by commas is the subject
        ap = _apposed_subject(ctx, head[: verbs[-1].start()])
        if ap:
            return ap, True
    for i in range(len(verbs) - 1, -1, -1):
        v = verbs[i]
        if _NOUN_USE.search(head, max(0, v.start() - 12), v.start()) or head.startswith(" of ", v.end()):
            continue  # "sets a new record of 58.9", "the highest PESQ scores of 4.04": a noun
        lo = verbs[i - 1].end() if i > 0 else 0
        seg = head[lo: v.start()]
        # ", demonstrating 94.1% ...", "performs well by achieving 17.4%": a participle clause
        # shares the subject of the main clause
        if i > 0 and _PARTICIPLE.match(v.group(0)) and (_COMMA_END.search(seg) or _BY_END.search(seg)):
            continue
        # "surpassing GPT-4V (56.8), and reaches ...": the name after a comparison is its object
        # (not in a bracketed example with its own subject: "rivals GPT-3.5 (e.g., phi-3-mini achieves")
        if i > 0 and _COMPARE_VERB.match(verbs[i - 1].group(0)) and not _PAREN_EXAMPLE.search(seg):
            continue
        subs = list(_SUBORD.finditer(seg))
        cut = subs[-1].end() if subs else 0
        if subs and (not seg[cut:].strip() or _REL_CLAUSE_END.fullmatch(seg, cut)) and _WHICH.fullmatch(subs[-1].group(0)):
            # "SFR-Embedding-Mistral (Meng et al., 2024), which achieves", "the strongest
            # model (i.e., GPT-4o), which achieves": the name before the relative clause
            before = _CITATION.sub("", seg[: subs[-1].start()]).rstrip(" ,")
            # "a state-of-the-art ResNet-50 model for ImageNet, which achieves": the model's name
            before = _MODEL_FOR_TAIL.sub("", before)
            names = [clean_name(ctx, m.group(0)) for m in ctx.name.finditer(before)]
            names = [x for x in names if valid_name(ctx, x) and not _SIZE_TOKEN.fullmatch(x)
                     and not _SIZE_TOKEN.fullmatch(x.split()[0])  # "a 650M Huge model"
                     and not ctx.names.is_known_benchmark(x)]
            if names and before.endswith((names[-1], names[-1] + ")")):
                return names[-1], True
        seg_off = lo + cut
        seg = head[seg_off: v.start()]
        ob = _OUR_BASELINE.search(seg)
        if ob:
            return " ".join(ob.group("d").lower().split()), True  # "Our baseline system ... achieved": not the final system
        ap = _APPOSITIVE.search(seg)
        if ap and valid_name(ctx, ap.group("n")):
            return ap.group("n"), True
        # "Our fine-tuned LLaMA 2 model achieves": a trained version of a named model is
        # the subject, as written (not the paper's system)
        fm = _OUR_TUNED.search(seg)
        if fm and valid_name(ctx, fm.group("n")) and not ctx.names.is_known_benchmark(fm.group("n")):
            return " ".join(fm.group("a").split()) + " " + fm.group("n"), True
        # "our models (BigGANs) achieve": the name in brackets after "our models"
        pn = _OUR_PAREN_NAME.search(seg)
        if pn and valid_name(ctx, pn.group("n")) and not ctx.names.is_known_benchmark(pn.group("n")):
            return pn.group("n"), True
        # "..., our single model obtains": "our model" right before the verb is the subject
        if system and _OUR_END.search(seg):
            return system, False
        hm = None
        for hm in _PEOPLE.finditer(seg):  # the last group of people, right before the verb
            pass
        if hm and _ADVERBS.fullmatch(seg, hm.end()):
            return _people(hm.group(0)), True
        our = _RX9.search(seg)
        if our and _SIZE_TOKEN.fullmatch(our.group("n")):
            our = None
        if our:
            nm = clean_name(ctx, our.group("n"))
            if valid_name(ctx, nm) and _RX10.search(nm) and not ctx.names.is_known_benchmark(nm):
                return nm, True
        if system is None:
            om = _OUR_END.search(seg)
            if om and not _RX18.search(om.group(0), om.group(0).find(" ")):  # (not "our ECAPA-TDNNLite model")
                # "On two categories, namely A and B, our model achieves": the paper's own system,
                # described ("our speaker-independent system") or not, never a name before it
                dm = _DESCRIBED_SYSTEM.fullmatch(seg, om.start())
                if dm and not (dm.group("rank") or dm.group("plural")):
                    return " ".join(dm.group("d").split()), True
                return None, True
        best = None
        metric_spans: list[tuple[int, int]] | None = None
        for m in ctx.name.finditer(seg):
            raw = clean_name(ctx, m.group(0))
            if not valid_name(ctx, raw) or ctx.names.is_known_benchmark(raw) or _SIZE_TOKEN.fullmatch(raw.strip("()")):
                continue
            if metric_spans is None:
                metric_spans = [x.span() for x in ctx.metric.finditer(seg)]
            at = m.start() + max(0, m.group(0).find(raw))  # (after "The " and such)
            if any(a <= at and at + len(raw) <= b for a, b in metric_spans):
                continue  # "The Nash–Sutcliffe efficiency (NSE) reached": a word of a metric's name
            before = seg[: m.start()]
            # "(e.g., phi-3-mini achieves 69%)": an example right before the verb is the subject
            # (not the agent of a participle: "representations learned by SimCLR achieves")
            if (_RX11.search(before) and not _BY_AGENT_END.search(before)) \
                    or (_EXAMPLE_LIST.search(before) and _GAP_MODIFIER.sub("", seg[m.end():]).strip()):
                continue
            first = raw.split()[0]
            if first.lower() in _PREP_WORDS:
                continue  # "On ScanNet v2 validation, ...": a prepositional phrase, not a subject
            if _DATASET_NOUN_AFTER.match(seg, m.end()):
                continue  # "trained on annotated BBB datasets, achieved": data, not a system
            if floor + seg_off + m.start() == 0 and _RX12.fullmatch(raw) and first not in proper:
                continue
            if metric_info(raw, ctx.rs.rules_dir) is not None or ("/" in raw and ctx.metric.match(raw)) \
                    or ctx.metric.fullmatch(raw) or _metric_then_number(ctx, raw):
                continue  # "ROUGE-1/2/L scores of ...", "Pass Rate (at 10) increases", "EER 5.05": a metric, not a system
            gap = _GAP_MODIFIER.sub("", seg[m.end():])
            if len(gap.split()) <= 4:
                best = raw
        if best:
            return best, True
        if _RX13.search(seg):
            # "For YOLO-Nano with only 0.91M parameters, we get 25.3% AP": the model the
            # clause opens with is the one the result is of
            fm = None
            for fm in ctx.for_subject.finditer(head, 0, v.start()):
                pass
            if fm and is_modelish(ctx, fm.group("n")) and valid_name(ctx, fm.group("n")):
                return clean_name(ctx, fm.group("n")), True
        if (ctx.our.search(seg) or _RX13.search(seg) or _PRONOUN.fullmatch(seg) or _THE_MODEL.fullmatch(seg)) and system:
            return system, False
        if system is None:
            # "our speaker-independent system achieved", "The final 12-layer architecture
            # achieves": a paper that gives its system no name names it by this description
            dm = _DESCRIBED_SYSTEM.fullmatch(seg)
            if dm and (dm.group("rank") or dm.group("plural")):
                # "while the best single model achieves": a subject of its own, with no name
                # (not the system of an earlier clause)
                return None, True
            if dm:
                return " ".join(dm.group("d").split()), True
        if _RX14.search(seg) and not _RX15.search(seg):
            break
    ob = _OUR_BASELINE.search(head)
    if ob:
        return " ".join(ob.group("d").lower().split()), True
    if system and (ctx.our.search(head) or _RX16.search(head)):
        return system, False
    # "strict length compliance with GPT-4.1 leaps from ...": a known model family named in
    # the clause's subject phrase
    for m in _WITH_MODEL.finditer(head):
        nm = clean_name(ctx, m.group("n"))
        if ctx.names.is_model_family(nm) and valid_name(ctx, nm):
            return nm, True
    return None, False


# the end of a clause set off by commas before the verb: ", which achieves", ", achieved"
_APPOSED_END = compile_pattern(r",\s*+(?:which\s++|and\s++)?+$")
# how such a clause opens: an article, a relative pronoun or a past participle
_APPOSED_START = compile_pattern(
    r"\s*+(?:an?|the|which|who|that|built|driven|trained|known|made|run|written|given|[a-z]+ed)\b")
# what may come right before the subject's name: the clause's start, an article or "our", a
# verb that introduces the system ("we propose", "by introducing")
_APPOSED_LEAD = compile_pattern(
    r"(?i)(?:^|[.;]\s*+|\b(?:the|our|propos\w*+|introduc\w*+|present\w*+|develop\w*+|call\w*+|dub\w*+|named)\s++)$")
_APPOSED_NOUN = compile_pattern(r"\s++(?:" + _SYSTEM_NOUN_WORDS + r")$")


def _apposed_subject(ctx: Context, text: str) -> str | None:
    """The name before a clause set off by commas that runs up to the verb ("we propose
    AirNet, trained via SFT and RL, achieving"; "CiteBot, an agent built on GPT-4o that
    searches papers, which achieves"), or None."""
    em = _APPOSED_END.search(text)
    if em is None:
        return None
    start = text.rfind(",", 0, em.start())
    if start < 0 or not _APPOSED_START.match(text, start + 1):
        return None
    pre = text[:start].rstrip()
    nm = _APPOSED_NOUN.search(pre)
    if nm:
        pre = pre[: nm.start()]  # "the LSTM model, used to ..."
    last = None
    for last in ctx.name.finditer(pre, max(0, len(pre) - 60)):
        pass
    if last is None or last.end() != len(pre) or not _APPOSED_LEAD.search(pre, 0, last.start()):
        return None
    name = clean_name(ctx, last.group(0))
    if not valid_name(ctx, name) or ctx.names.is_known_benchmark(name) or ctx.metric.fullmatch(name):
        return None
    return name


_ACRONYM = compile_pattern(
    r"(?P<words>(?:[\w'’-]++\s++){0,5}?[\w'’-]++\s*+)\((?P<acr>[A-Z][\w.+-]*?[A-Z0-9][\w.+-]*+)\)"
)
# NOTE: every match of _ACRONYM ends in "(ACR)": _acronyms finds those first and tries
# _ACRONYM only in the run of words before each one (same matches, far fewer tries).
_ACR_PAREN = compile_pattern(r"\((?P<acr>[A-Z][\w.+-]*?[A-Z0-9][\w.+-]*+)\)")
_WORD_RUN = compile_pattern(r"(?r)[\w'’\s-]++")


def _acronyms(text: str):  # type: ignore[no-untyped-def]
    """The matches of ``_ACRONYM.finditer(text)``, trying only before a "(ACR)".

    A match is 1-6 words and white space followed by "(ACR)", so it starts after the
    previous "(" and inside the run of word and space characters that ends at its own
    "("; the text after the ")" plays no part, so the search can stop there.
    """
    last = 0
    lo = 0
    q = text.find("(")
    while q >= 0:
        start, lo = max(lo, last), q + 1
        am = _ACR_PAREN.match(text, q)
        if am is not None and start < q:
            run = _WORD_RUN.match(text, start, q)
            if run is not None:
                m = _ACRONYM.search(text, run.start(), am.end())
                if m is not None:
                    last = m.end()
                    yield m
        q = text.find("(", max(lo, last))
    return


_INTRO_CUE = compile_pattern(
    r"(?i)\b(?:propos|introduc|present|term|name|call|dub|contribution|develop|design|build|releas|this\s+paper|this\s+work)\w*"
)
# "Point-BERT proposed masked point modeling (MPM)": a verb in the past tense whose subject
# is another work introduces that work's method, not the paper's (unless "the/our proposed")
_PAST_CUE = compile_pattern(r"(?i)(?:propos|introduc|present|develop|design|releas)ed$")
_OWN_BEFORE_PAST = compile_pattern(r"(?i)(?:\b(?:the|our)|\bwe(?:\s++(?:have|had|also|further|first))?+)\s++$")
# "Our method, Self-Predictive Representations (SPR), ...": the paper's system set off by a comma
_OUR_SYSTEM_COMMA = compile_pattern(r"(?i)\bour\s++" + _SYSTEM_NOUN + r"\s*+,")


def _intro_cue(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] has a cue that the paper introduces what follows."""
    for cm in _INTRO_CUE.finditer(text, lo, hi):
        if _PAST_CUE.search(cm.group(0)) and not _OWN_BEFORE_PAST.search(text, max(0, cm.start() - 20), cm.start()):
            continue
        return True
    return _OUR_SYSTEM_COMMA.search(text, lo, hi) is not None


# a sentence with "we" only introduces the acronym of a system: "we start from an Early Preview
# Reinforcement Learning (EPRLI) algorithm", not "we evaluate on speech from individuals with
# amyotrophic lateral sclerosis (ALS)" or "we incorporated Explainable AI (XAI) techniques"
_WE = compile_pattern(r"(?i)\bwe\b")
# words that make a system another work's: "a previous SOTA method (FC-CLIP)"
_OTHER_WORK = compile_pattern(
    r"(?i)\b(?:previous|prior|existing|earlier|baseline|competing|SOTA|state-of-the-art|off-the-shelf"
    r"|popular|widely[- ]used|conventional)\b")
_ACR_SYSTEM_NOUN = compile_pattern(r"\)\s*+" + _SYSTEM_NOUN + r"\b")
# "we realize it as a multi-stream neural network (MSNN)": a spelled-out name that ends in one
_SYSTEM_NOUN_END = compile_pattern(_SYSTEM_NOUN + r"\s*+$")


# "a ... method, named **DWPose**", "a framework called X", "dubbed X"
_DATASET_AFTER = compile_pattern(r"\)?+\s*+(?i:" + _DATASET_NOUN_WORDS + r")s?+\b")
# (not when a system noun follows it: "On X and Y benchmarks, our algorithm, dubbed Z")
_NAMED_NOT_SYSTEM = compile_pattern(
    r"(?i)\b(?:" + _DATASET_NOUN_WORDS + r"|suite|metric|measure|score|loss|task)s?+\b"
    r"(?![^.;]*?\b(?:" + _SYSTEM_NOUN_WORDS + r")s?\b)[^.;]*+$")
_NAMED = compile_pattern(
    # ("we derive a Nonlinear Activation Free Network, namely NAFNet, from the baseline"; not
    # "on two large categories, namely AZ-CSJ and AZ-Mov": "namely" after a system's noun only)
    r"\b(?:named|called|dubbed|termed|coined|(?<=(?i:network|model|method|framework|approach|architecture|system|algorithm|module|pipeline|agent|detector|classifier),\s{0,2})namely|(?i:we|which\s++we|that\s++we)\s++(?:name|call|dub|term))\s++(?:as\s++|it\s++)?(?:\*\*|\\text\w*+\{)?+"
    r"(?P<n>[A-Z][\w.+-]*?[A-Z0-9][\w.+-]*+|[A-Z][a-z]++[A-Z][\w.+-]*+"
    # "a method called Masked Predictive Coding is proposed": capitalised words, then the clause
    r"|[A-Z][a-z]++(?:\s++[A-Z][a-z]++){1,3}+(?=\s*+[,.;]|\s++(?:is|was|are|were|has|which|that|to|for|and)\b))"
)
_APPOS_SYSTEM = compile_pattern(
    r"\b(?i:we|this\s++(?:paper|work|study))\s++(?i:propose|present|introduce|develop|design|assess|evaluate|build|train)\w*+\s++"
    r"(?i:a|an)\s++(?:[\w-]++\s++){0,4}?" + _SYSTEM_NOUN + r",\s++(?P<n>[A-Z][\w.+-]*?[A-Z0-9][\w.+-]*+|[A-Z][a-z]++[A-Z][\w.+-]*+),")
# a benchmark or dataset the paper introduces: "we introduce X, a ... benchmark",
# "presents the X benchmark", "the new X dataset", "distilled ... into X, an evaluation framework"
_BENCH_NOUN = r"(?:benchmark|dataset|data\s++set|corpus|test\s++suite|testbed|test\s++bed|evaluation\s++(?:suite|framework|set))s?+\b"
_INTRO_BENCH = compile_pattern(
    r"\b(?:introduc|present|propos|releas|construct|build|built|curat|creat|collect|develop|contribut|distill|compil|assembl|design|establish)\w*+"
    r"(?:\s++[^.;]{0,60}?\binto)?+\s++(?:the\s++|a\s++|an\s++)?(?:new\s++|novel\s++|first\s++)?+"
    r"(?P<n>[A-Z][\w.+-]*?[A-Z0-9][\w.+-]*+|[A-Z][a-z]++[A-Z][\w.+-]*+"
    # "We introduce Blink, a new benchmark": a plain capitalised word set off as the name
    r"|[A-Z][a-z]{2,}+(?=\s*+[,:]\s*+(?:a|an|the)\s))"
    # ("ChartMuseum, a new Chart Question Answering (QA) benchmark": an acronym among the words)
    r"(?:\s++" + _BENCH_NOUN + r"|\s*+[,:]\s*+(?:a|an|the)\s++(?:(?:[\w-]++|\([\w-]++\))\s++){0,8}?" + _BENCH_NOUN
    # "we create a new Amazon2M data with 2 million nodes"
    + r"|(?<=\bnew\s++[^\s]{1,40}+)\s++data\b)"
)
# "we develop a new task-agnostic benchmark named SLU-GLUE"
# "a popular dataset of multi-channel EEG recordings known as DEAP"
_BENCH_NAMED = compile_pattern(r"(?i:\b(?:benchmark|dataset|test\s++suite)(?:\s++[^.;,()]{1,60}?)?\s++(?:named|called|dubbed|termed|known\s++as))\s++(?P<n>[A-Z](?:[\w+-]|\.(?=\w))*+)")
# "Our benchmark, CiteME, consists of ...": the paper's own benchmark, named in apposition
_OUR_BENCH = compile_pattern(
    r"\b(?i:our\s++(?:new\s++)?+(?:benchmark|dataset|test\s++suite))\s*+,\s*+(?P<n>[A-Z](?:[\w+-]|\.(?=\w))*+)\s*+,")
_INTRO_COLLECTION = compile_pattern(
    r"\b(?i:introduc|present|propos|releas|construct|build|built|curat|creat|collect)\w*+\s++(?:the\s++|a\s++|an\s++)?+"
    r"(?:[A-Z][\w'’.+-]*+\s++){1,6}?\((?P<n>[A-Z][\w.+-]*?[A-Z0-9][\w.+-]*+)\)\s*+,\s*+(?:a\s++\w++\s++)?+"
    r"(?i:comprising|consisting\s++of|containing|which\s++(?:comprises|contains|consists\s++of)|with)\s++"
    r"(?:over\s++|more\s++than\s++|about\s++)?+\d")
_SHARED_TASK_TITLE = compile_pattern(
    r"[^:]{1,60}?\s++at\s++(?P<task>[A-Z][^:]{2,60}?(?:\d|(?i:shared\s++task))[^:]{0,30}?)\s*+:")
_TITLE_SAYS_BENCHMARK = compile_pattern(r"(?i)\bbenchmark(?:s|ing)?\b|\b(?:a|an)\s++(?:[\w-]++\s++){0,6}?(?:dataset|test\s++suite|leaderboard)\b")
# ("User recommendation system based on MIND dataset": the data the title says it is built on)
_TITLE_NAMES_BENCH = compile_pattern(r"\b(?:[Tt]he|[Aa]n?|[Oo]n|[Uu]sing)\s++(?P<n>[A-Z][\w.+-]*+)\s++(?i:dataset|benchmark|corpus|test\s++suite)\b")
_NAME_VERSION = compile_pattern(r"\S++\s++v?+\d++(?:\.\d++)?+")
_BENCH_TITLE = compile_pattern(r"(?i)(?:bench(?:mark)?+|arena|eval|suite)(?:[-_ ]?+v?\d[\w.]*+)?+$")
# the literals every match of the abstract-wide scans holds (a scan runs only where they occur)
_INTRO_BENCH_APPOS = compile_pattern(
    r"\b(?i:introduc|present|propos|releas|construct|build|built|curat|creat|collect|develop)\w*+\s++(?i:a|an|the)\s++"
    r"(?:[\w-]++\s++){0,5}?(?i:dataset|benchmark|corpus|test\s++suite)\s*+,\s*+(?P<n>[A-Z][\w.+-]*+)\s*+,")
_UNNAMED_OWN_BENCH = compile_pattern(
    r"\b(?i:this|our|(?:a|the)\s++new)\s++(?:[\w-]++\s++){0,3}?(?i:benchmark|dataset)\b")
_INTRO_BENCH_NEEDS, _BENCH_NAMED_NEEDS, _OUR_BENCH_NEEDS, _INTRO_COLLECTION_NEEDS, _INTRO_BENCH_APPOS_NEEDS, \
    _APPOS_SYSTEM_NEEDS = map(needs, (_INTRO_BENCH, _BENCH_NAMED, _OUR_BENCH, _INTRO_COLLECTION,
                                      _INTRO_BENCH_APPOS, _APPOS_SYSTEM))


# A shared-task or competition paper's title: the team (its system) and the task it entered.
# The task names a year or number or says what it is ("WNUT 2020 Shared Task-1", "the
# NTCIR-17 ULTRE-2 Task", "DialDoc21", "the AmericasNLP shared task", "Traffic4cast 2019")
_TASK_NAME = (r"(?P<task>[A-Z][^:]{1,60}?(?:\d|(?i:shared\s++tasks?|challenge|cup|competition|track|task|campaign))"
              r"[^:]{0,30}?)")
_TASK = _TASK_NAME + r"(?=\s*+(?::|--?\s|&\s|@\s|$))"  # (where the title's task ends)
_TEAM_TITLES = [compile_pattern(p) for p in (
    # "The ADAPT Enhanced Dependency Parser at the IWPT 2020 Shared Task", "The Helsinki
    # submission to the AmericasNLP shared task", "TIEG-Youpu Solution for NeurIPS 2022 ...",
    # "The University of Sydney's Machine Translation System for WMT19"
    r"^(?:[Tt]he\s++)?(?P<team>[^\s:]++(?:\s++[^\s:]++){0,3}?)(?:'s|’s)?\s++"
    r"(?:submissions?|systems?|solution|entry|parser|model)\s++(?:at|in|to|for)\s++(?:the\s++)?+" + _TASK,
    r"^(?:[Tt]he\s++)?(?P<team>[^\s:]++(?:\s++[^\s:]++){0,3}?)(?:'s|’s)?(?:\s++(?:[A-Z][a-z]++(?:[–-][A-Z]?+[a-z]++)?+|[A-Z]{2,}+-(?i:based|aware|driven|guided|powered|enhanced|assisted)|[A-Z]{2,5}+)){0,3}?\s++"
    r"(?:Submissions?|Systems?|Solution|Entry|Parser|Model)\s++(?:at|in|to|for)\s++(?:the\s++)?+" + _TASK,
    # "Team JKU-AIWarriors in the ACM Recommender Systems Challenge 2021: ..."
    r"^(?:[Tt]echnical\s++[Rr]eport\s++of\s++)?+[Tt]eam\s++(?P<team>[^\s:]++)\s++(?:at|in|for)\s++(?:the\s++)?+" + _TASK,
    # "CAiRE in DialDoc21: ...", "CIR at the NTCIR-17 ULTRE-2 Task", "RobertNLP at the IWPT 2020 Shared Task: ..."
    r"^(?P<team>[^\s:]++)\s++(?:at|in)\s++(?:the\s++)?+" + _TASK,
    # "KDD Cup 2021 MAG240M-LSC Team Passages Winner Solution"
    r"^" + _TASK_NAME + r"\s++[Tt]eam\s++(?P<team>[^\s:]++)\s++(?:[Ww]inn(?:er|ing)\s++)?+[Ss]olution$",
    # "NOTE: Solution for KDD-CUP 2021 WikiKG90M-LSC", "First Place Solution of KDD Cup 2021 & ..."
    r"^(?:(?P<team>[^\s:]++):\s*+)?+(?:(?:[Ff]irst|[Ss]econd|[Tt]hird|1st|2nd|3rd|[Ww]inning|[Tt]op)\s++(?:[Pp]lace\s++)?+)?+"
    r"[Ss]olution\s++(?:of|for|to)\s++(?:the\s++)?+" + _TASK,
)]
# a title naming a problem names no task ("... System for Early COVID-19 Mortality Prediction")
_PROBLEM_END = compile_pattern(r"(?i)(?:prediction|detection|classification|recognition|analysis|segmentation|forecasting|diagnosis|estimation|generation|translation)$")
_TEAM_QUOTE = compile_pattern(r"(?:'s|’s|’|')$")
_TASK_TAIL = compile_pattern(r"\s++(?:[Tt]rack\s++of|@)\s.*+$")
# a venue and year is where a task was held, not the task ("Traffic4cast at NeurIPS 2021")
_VENUE_YEAR = compile_pattern(r"(?i)(?:neurips|nips|icml|iclr|cvpr|iccv|eccv|acl|emnlp|naacl|kdd|aaai|ijcai|sigir|www|interspeech|icassp|recsys|wsdm)\s*+'?\d{2,4}")


def _task_short_form(task: str, text: str) -> str:
    """The task as the abstract abbreviates it: "Short-Duration Speaker Verification Challenge
    2020" in the title, "Short-duration Speaker Verification (SdSV) challenge 2020" in the
    abstract: "SdSV Challenge 2020"."""
    words = task.split()
    for k in range(len(words) - 1, 1, -1):
        lead = r"\s++".join(regex.escape(w) for w in words[:k])
        m = regex.search(r"(?i)\b" + lead + r"\s*+\((?P<a>[A-Za-z][\w-]{1,12}+)\)", text)
        if m and any(ch.isupper() for ch in m.group("a")):
            return " ".join([m.group("a"), *words[k:]])
    return task


@functools.lru_cache(maxsize=64)
def shared_task_title(ctx: Context, title: str) -> tuple[str | None, str | None]:
    """(team, task) of a shared-task or competition paper's title, else (None, None).

    (Cached: paper_system and paper_benchmark both ask it for the same title.)"""
    title = " ".join(title.split())
    for rx in _TEAM_TITLES:
        m = rx.match(title)
        if not m:
            continue
        team, task = m.group("team"), m.group("task").strip()
        team = _TEAM_QUOTE.sub("", team) if team else team  # "IMS’ Systems for ..."
        task = _TASK_TAIL.sub("", task)  # "WikiKG90M-LSC Track of OGB-LSC @ KDD Cup 2021"
        vm = _VENUE_YEAR.match(task)
        if vm and vm.end() < len(task) and task[vm.end()] == " ":
            task = task[vm.end():].strip()  # "NeurIPS 2022 WikiKG90Mv2-LSC": the task held there
        if _VENUE_YEAR.fullmatch(task):
            # "Traffic4cast at NeurIPS 2021": the competition held there
            return None, (team if team and valid_name(ctx, team) else None)
        if not valid_name(ctx, task) or _PROBLEM_END.search(task):
            continue  # "... System for Early COVID-19 Mortality Prediction": a problem, no task
        return (team if team and valid_name(ctx, team) else None), task
    return None, None


def paper_benchmark(ctx: Context, doc: Document) -> tuple[str | None, int]:
    """The benchmark or dataset the paper itself introduces, and the abstract offset from
    which it is known (results without a named benchmark in a benchmark paper are on it)."""
    text = doc.abstract
    head = _RX17.split(doc.title.strip(), maxsplit=1)
    if len(head) == 2 and len(head[0].split()) <= 3 and _BENCH_TITLE.search(head[0]) and head[0] in text:
        return head[0].strip(), 0
    # "GPQA: A Graduate-Level Google-Proof Q&A Benchmark", "OSWorld: Benchmarking Multimodal
    # Agents ...": a one-word head whose title says it is a benchmark
    # ("MM-Vet v2: A Challenging Benchmark ...": a one-word head with its version)
    if (len(head) == 2 and (len(head[0].split()) == 1 or _NAME_VERSION.fullmatch(head[0].strip()))
            and _TITLE_SAYS_BENCHMARK.search(head[1])
            # (an abstract that calls it only "this benchmark" / "a new dataset" has it too)
            and (head[0] in text or _UNNAMED_OWN_BENCH.search(text))
            and valid_name(ctx, head[0]) and not is_modelish(ctx, head[0])):
        return head[0].strip(), 0
    # "From Seedling to Harvest: The GrowingSoy Dataset for Weed Detection": a title that
    # names its dataset or benchmark
    tm = _TITLE_NAMES_BENCH.search(doc.title)
    if tm and _namelike(tm.group("n")) and valid_name(ctx, tm.group("n")) and not is_modelish(ctx, tm.group("n")):
        return tm.group("n"), 0
    # "WESSA at SemEval-2020 Task 9: Code-Mixed ...": a shared-task paper's task
    sm = _SHARED_TASK_TITLE.match(doc.title.strip())
    if sm and valid_name(ctx, sm.group("task")):
        return sm.group("task").strip(), 0
    # "The ADAPT Enhanced Dependency Parser at the IWPT 2020 Shared Task", "CIR at the
    # NTCIR-17 ULTRE-2 Task", "KDD Cup 2021 MAG240M-LSC Team Passages Winner Solution"
    _team, task = shared_task_title(ctx, doc.title)
    if task:
        return _task_short_form(task, text), 0
    folded = fold(text)
    nm = (_BENCH_NAMED.search(text) if holds(_BENCH_NAMED_NEEDS, folded) else None) \
        or (_OUR_BENCH.search(text) if holds(_OUR_BENCH_NEEDS, folded) else None)
    if nm and valid_name(ctx, nm.group("n")) and not is_modelish(ctx, nm.group("n")):
        return nm.group("n"), nm.start()
    m = _INTRO_BENCH.search(text) if holds(_INTRO_BENCH_NEEDS, folded) else None
    # "We build a reading comprehension dataset, BoolQ, of such questions"
    m = m or (_INTRO_BENCH_APPOS.search(text) if holds(_INTRO_BENCH_APPOS_NEEDS, folded) else None)
    if m and valid_name(ctx, m.group("n")) and not is_modelish(ctx, m.group("n")):
        return m.group("n"), m.start()
    # "We introduce Humanity's Last Code Exam (HLCE), comprising 235 ... problems": a named
    # collection of items the paper introduces
    m = _INTRO_COLLECTION.search(text) if holds(_INTRO_COLLECTION_NEEDS, folded) else None
    if m and valid_name(ctx, m.group("n")) and not is_modelish(ctx, m.group("n")):
        return m.group("n"), m.start()
    return None, 0


# "The model was trained and evaluated using the Kvasir-SEG dataset": the dataset a paper
# says it evaluates on (an evaluation verb, then the name with its dataset noun)
# a dataset's proper name of one to three words ("PlantVillage", "Pima Indians Diabetes")
_DATASET_NAME = r"[A-Z][\w.+-]*+(?:\s++[A-Z0-9][\w.+-]*+){0,2}?"
# the words that may stand between an article and a dataset's name
_DATASET_ADJ = r"(?:(?:publicly\s++available|public|widely[\s-]used|well-known|open|large-scale|benchmark)\s++)*+"
# "the recently released CheXpert dataset": a name with its dataset noun
_NAMED_DATASET = compile_pattern(
    r"(?<![\w.-])(?P<n>" + _DATASET_NAME + r")\s++(?:dataset|benchmark|corpus|database)\b")


def last_named_dataset(ctx: Context, text: str, end: int) -> str | None:
    """The last "<Name> dataset" (a valid name, no system) in text[:end], or None."""
    name = None
    for dm in _NAMED_DATASET.finditer(text, 0, end):
        if valid_name(ctx, dm.group("n")) and not is_modelish(ctx, dm.group("n")):
            name = dm.group("n")
    return name


_EVAL_DATASET = compile_pattern(
    r"(?i:\b(?:(?:evaluat|test|validat|benchmark|assess|experiment)\w*+(?:\s++[^.;]{0,40}?)?\s++(?:on|using|with|over|from)"
    # ("We compared the method with five models on ...": a comparison is on data after "on" only)
    r"|compar\w*+\s++[^.;]{0,60}?\s++(?<!based\s++)on)\s++"
    # ("on two experimental settings of the Google Speech Commands dataset")
    r"(?:(?:[\w-]++\s++){0,3}?(?:settings?|splits?|subsets?|versions?|partitions?)\s++of\s++)?+"
    r"(?:the\s++|an?\s++)?+" + _DATASET_ADJ + r")"
    # ("a European credit card fraud dataset": lower-case words between the name and its noun)
    r"(?P<n>" + _DATASET_NAME + r")(?:\s++[a-z][\w-]*+){0,3}?\s++(?i:dataset|benchmark|corpus|database)s?+\b"
    # "This study uses the Pima Indians Diabetes Database for evaluation purposes"
    r"|(?i:\b(?:use|uses|used|using|employ\w*+|adopt\w*+)\s++(?:the\s++)?+" + _DATASET_ADJ + r")"
    r"(?P<n>[A-Z][\w.+-]*+(?:\s++[A-Z0-9][\w.+-]*+){0,3}?)(?:\s++(?i:dataset|benchmark|corpus|database)s?+)?+"
    r"\s++(?i:for\s++(?:the\s++)?+(?:evaluation|testing|validation|benchmarking|assessment))\b"
    # "By using the Medical Information Mart for Intensive Care III (MIMIC-III) dataset of
    # 3411 ICU patients, our proposed model yielded": the data a sentence opens with (by its
    # acronym when it has one)
    r"|\b(?:[Bb]y\s++using|Using)\s++(?:the\s++)?+" + _DATASET_ADJ +
    r"(?:(?:[A-Z][\w-]*+|for|of|and)\s++){1,8}?\((?P<n>[A-Z][\w.+-]*+)\)\s++(?i:dataset|database|corpus|cohort)s?+\b"
    r"|\b(?:[Bb]y\s++using|Using)\s++(?:the\s++)?+" + _DATASET_ADJ +
    # ("Using the MIT-BIH arrhythmia dataset, we assessed": lower-case words before the noun)
    r"(?P<n>" + _DATASET_NAME + r")(?:\s++[a-z][\w-]*+){0,2}?\s++(?i:dataset|database|corpus|cohort)s?+\b"
    # "high accuracy on benchmarks such as FinanceBench (19% baseline) remains challenging"
    r"|(?i:\bon\s++(?:the\s++)?+(?:[\w-]++\s++)?(?:benchmarks?|datasets?)\s++(?:such\s++as|like|including)\s++)"
    r"(?P<n>" + _DATASET_NAME + r")(?=\s*+[,.;(]|\s++(?:and|or|remains?|is|are)\b)"
)

_EVAL_DATASET_NEEDS = needs(_EVAL_DATASET)


def paper_eval_dataset(ctx: Context, text: str) -> tuple[str | None, int]:
    """The one dataset the abstract says it evaluates on, and where it is named (None when
    it names none or several: then a result without a benchmark of its own has none)."""
    found: dict[str, tuple[str, int]] = {}
    for m in _EVAL_DATASET.finditer(text) if holds(_EVAL_DATASET_NEEDS, fold(text)) else ():
        n = m.group("n")
        # ("Experiments on public ECG datasets": a signal modality, not a dataset's name)
        if valid_name(ctx, n) and not is_modelish(ctx, n) and not ctx.not_bench.fullmatch(n.lower()):
            found.setdefault(vocab_key(n), (n, m.start()))
    if len(found) != 1:
        return None, 0
    return next(iter(found.values()))


_REPORT_WORDS = r"technical\s++report|tech\s++report|system\s++card|model\s++card"  # a report on one system
_REPORT_TITLE = compile_pattern(r"(?P<n>[\w.+-]++(?:\s++[\w.+-]++){0,2}?)\s++(?i:" + _REPORT_WORDS + r")")
_REPORT_TAIL = compile_pattern(r"(?i)\s++(?:" + _REPORT_WORDS + r"|report)$")
_PHRASE_HEAD = compile_pattern(r"(?i)(?:towards?|on|beyond|rethinking|understanding|revisiting|when|why|how|what|can|do|does|is|are|learning|scaling|improving|exploring|enhancing|boosting|unleashing|unlocking|training|teaching|making|bridging|demystifying)\b")
# a word that names: an inner capital or a digit ("LlamaGen", "R1", "GPT-4o")
_NAME_WORD = compile_pattern(r"\b\w*?(?:[a-z][A-Z]|\d|[A-Z]{2})\w*")
# "this paper introduces TransNeSt, a hybrid architecture": a name set off by an apposition
_THIS_PAPER_INTRODUCES = compile_pattern(
    r"\b[Tt]his\s++(?:paper|work|study|research|article|letter)\s++(?:also\s++|further\s++)?+"
    r"(?:propose|introduce|present|develop)s\s++(?P<n>[A-Z][\w.+-]*+)(?=\s*+[,:]\s*+(?:a|an)\s)"
)
# "We propose a new simple network architecture, the Transformer, based solely on ...": the
# name set off after the system's description
_WE_PROPOSE_APPOS = compile_pattern(
    r"\b(?:we|We)\s++(?:propose|introduce|present|develop|devise|describe)\w*+\s++(?:a|an)\s++(?:[\w-]++\s++){0,5}?"
    r"(?:architecture|model|method|framework|network|system|approach|algorithm|technique)\s*+,\s*+"
    r"(?:the\s++|called\s++|named\s++|dubbed\s++|termed\s++)?+(?P<n>[A-Z][\w.+-]*+)(?=\s*+[,.;(]|\s++(?:which|that|based)\b)"
)
_OUR_MODEL_APPOS = compile_pattern(
    r"\b(?i:our)\s++(?:(?:proposed|new|novel)\s++)?+(?:(?![Ww]hich\b)[\w-]++\s++){0,3}?" + _SYSTEM_NOUN + r"\s*+,\s*+"
    r"(?:(?:called|named|dubbed|termed)\s++)?+(?P<n>[A-Z][\w.+-]*+)\s*+,")
_WE_PROPOSE = compile_pattern(  # NOTE: compiled once (was regex.search(pattern, text) per document)
    r"\b(?:we|We)\s+(?:\w+ly\s+|also\s+|further\s+)?(?:propose|introduce|present|develop|release|devise|describe)\w*+\s+"
    # "we devise the two-stage DSS-DST which consists of": a hyphenated modifier before the name
    r"(?:(?:a|an|the|our)\s+(?:new\s+|novel\s+)?(?:[a-z]++-[a-z]++\s+)?)?(?:(?P<n>[A-Z][\w.-]*[A-Z0-9][\w.-]*)\b"
    # "We introduce Codex, a GPT language model ...": a plain capitalised word set off as a name
    r"|(?P<n>[A-Z][a-z]{2,}+)(?=\s*+,\s*+(?:a|an)\s))"
)


_BENCHLIKE = compile_pattern(r"(?i)bench|eval(?![a-z])|arena")
_EFFECTIVENESS_OF = compile_pattern(
    r"(?i:effectiveness|superiority|efficacy|validity|feasibility|advantages?)\s++of\s++(?i:the|our)\s++"
    r"(?:(?i:proposed|improved|new)\s++)?+(?P<n>[A-Z0-9][\w.+-]*?[A-Z][\w.+-]*+)\s++" + _SYSTEM_NOUN + r"\b")
# "minDCF 0.5193, EER 5.47%": a metric and its value is no name
# (a capitalised word only when it is a metric: "Opus 4.7 achieved" names a system)
_METRIC_THEN_NUMBER = compile_pattern(r"(?:[a-z]{0,4}+[A-Z]{2,}+[A-Za-z]*+|(?P<w>[A-Z][a-z]++))\s++\d[\d.,]*+%?+")
_NOT_SYSTEM_WORDS_END = compile_pattern(
    r"(?i)\b(?:" + _DATASET_NOUN_WORDS + r"|transform|transformation|analysis|decomposition"
    # a task written in lower case ("a fast multi-object tracking (MOT) model"): the system is
    # of the task, not it (not a name: "a Region Aware Video Object Segmentation (RAVOS) approach")
    r"|(?-i:tracking|detection|segmentation|recognition|classification|estimation|forecasting))s?+\s*+$")


def _metric_then_number(ctx: Context, name: str) -> bool:
    """Is the name a metric and its value ("EER 5.05", "Accuracy 0.93")?"""
    m = _METRIC_THEN_NUMBER.fullmatch(name)
    if m is None:
        return False
    w = m.group("w")
    return w is None or metric_info(w, ctx.rs.rules_dir) is not None or ctx.metric.fullmatch(w) is not None


def paper_system(ctx: Context, doc: Document) -> str | None:
    """The system the paper names: title head before a colon, an introduced acronym, ..."""
    title = doc.title.strip()
    # a shared-task paper's team ("The Quo Vadis submission at Traffic4cast 2019")
    team, _task = shared_task_title(ctx, title)
    if team:
        return team
    head = _RX17.split(title, maxsplit=1)
    if len(head) == 2 and "," in head[0]:
        head = [title]
    if len(head) == 2:
        # "Phi-3 Technical Report": the report's system; "Understanding R1-Zero-Like
        # Training", "Autoregressive Model Beats Diffusion": a phrase, no name
        head[0] = _REPORT_TAIL.sub("", head[0])
        # "WESSA at SemEval-2020 Task 9": the team's system, not the task it entered
        sm = _SHARED_TASK_TITLE.match(title)
        if sm:
            head[0] = title[: sm.start("task")].strip()[:-2].strip()  # the words before " at"
        if _PHRASE_HEAD.match(head[0]) or (len(head[0].split()) > 2 and not _NAME_WORD.search(head[0])):
            head = [title]
    if len(head) == 2 and 0 < len(head[0].split()) <= 4 and _RX18.search(head[0]):
        cand = head[0].strip()
        if len(cand.split()) == 1 or _RX19.search(cand):
            return cand
    # "dots.tts Technical Report", "Gemma 3 Technical Report": the report's system, whatever its case
    rm = _REPORT_TITLE.fullmatch(title)
    if rm and len(rm.group("n")) > 1 and valid_name(ctx, rm.group("n")) and (_NAME_WORD.search(rm.group("n")) or " " not in rm.group("n")):
        return rm.group("n")
    m = _RX20.match(title)
    if m and valid_name(ctx, m.group("n")) and not _RX21.search(m.group("n")) \
            and _RX22.search(m.group("n")):
        return m.group("n")
    text = doc.abstract
    # "a new RL framework, termed OREAL": a name the paper gives its system (not one it
    # gives a dataset, benchmark or metric: "a new dataset called OVOS")
    for m in _NAMED.finditer(text):
        if _NAMED_NOT_SYSTEM.search(text, max(0, m.start() - 40), m.start()):
            continue
        if valid_name(ctx, m.group("n")) and not ctx.names.is_known_benchmark(m.group("n")):
            return m.group("n")
        break
    # "we assess a deep model, SFCN-reg, based on ...": the system named after its noun
    am = _APPOS_SYSTEM.search(text) if holds(_APPOS_SYSTEM_NEEDS, fold(text)) else None
    if am and valid_name(ctx, am.group("n")) and not ctx.names.is_known_benchmark(am.group("n")):
        return am.group("n")
    title_words = {w.lower() for w in _RX23.findall(title)}
    best, best_score = None, 0
    for m in _acronyms(text):
        acr = m.group("acr")
        if not valid_name(ctx, acr) or ctx.names.is_known_benchmark(acr) or metric_info(acr, ctx.rs.rules_dir) \
                or _BENCHLIKE.search(acr) or _DATASET_AFTER.match(text, m.end("acr")) \
                or _NOT_SYSTEM_WORDS_END.search(m.group("words")):
            # "(M3-Bench-web)", "(SAP-1005) dataset", "German Traffic Sign Recognition Benchmark
            # (GTSRB)", "Hilbert Transform (HT)": a benchmark, dataset or technique, not the system
            continue
        score = 0
        sent_start = max(text.rfind(". ", 0, m.start()), 0)
        # the cue near the name ("we present a system, ..., which includes speech from
        # individuals with Parkinson's disease (PD)": too far to introduce it)
        # ("we combine our solution with a previous SOTA method (FC-CLIP)": another work's)
        intro = _intro_cue(text, max(sent_start, m.start() - 100), m.start("acr")) or (
            _WE.search(text, sent_start, m.start("acr"))
            and (_ACR_SYSTEM_NOUN.match(text, m.end("acr")) or _SYSTEM_NOUN_END.search(m.group("words")))
            and not _OTHER_WORK.search(m.group("words")))
        if intro:
            score += 2
        words = {w.lower() for w in _RX24.findall(m.group("words"))}
        if len(words & title_words) >= 1:
            score += 2
        if text.count(acr) > 1:
            score += 1
        if best is None:
            score += 1  # the first system introduced is the paper's main one
        if score >= 2 and score > best_score and intro:
            best, best_score = acr, score
    if best and best_score >= 2:
        return best
    # (a head in sentence case is a phrase: "Knowledge distillation: A good teacher ...")
    if len(head) == 2 and 0 < len(head[0].split()) <= 4 and _RX25.search(head[0]) \
            and all(w[:1].isupper() or _NAME_WORD.search(w) for w in head[0].split()):
        return head[0].strip()
    if len(title.split()) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in title.split()):
        return title
    m = _WE_PROPOSE.search(text) or _THIS_PAPER_INTRODUCES.search(text)
    if m and valid_name(ctx, m.group("n")):
        return m.group("n")
    # "To verify the effectiveness of the 3S-YOLO algorithm": the system the paper tests
    m = _EFFECTIVENESS_OF.search(text)
    if m and valid_name(ctx, m.group("n")) and not ctx.names.is_known_benchmark(m.group("n")):
        return m.group("n")
    # "our proposed model, DeepLabv3+, extends ...", "Our proposed end-to-end MOT model,
    # TicrossNet, is": the name set off after "our model"
    m = _OUR_MODEL_APPOS.search(text)
    if m and valid_name(ctx, m.group("n")):
        return m.group("n")
    m = _WE_PROPOSE_APPOS.search(text)
    if m and len(m.group("n")) > 2:
        return m.group("n")  # named by the paper itself, even with a common word ("the Transformer")
    m = _RX26.match(text)
    if m and valid_name(ctx, m.group("n")):
        return m.group("n")
    m = _RX27.match(title)
    if m and valid_name(ctx, m.group("n")) and not _RX28.search(m.group("n")):
        return m.group("n")
    return None
