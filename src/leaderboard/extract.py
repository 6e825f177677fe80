"""The extraction engine: sentences -> rule matches -> candidates -> validated results."""

from __future__ import annotations

import functools
from pathlib import Path

from . import resolve as R
from .matcher import Match, resolve_overlaps, run_rules
from .models import Baseline, Delta, Document, Normalized, Rejection, Result, Sentence
from .resolve import Cand, Context
from .rules import RuleSet, compile_pattern, load_ruleset
from .sentences import split_sentences
from .units import get_registry, normalize
from .validate import check

_DIGIT = compile_pattern(r"\d")
_NAME_GROUPS = ("benchmark", "model", "entity", "baseline_model", "metric")  # a number inside one is part of it


# NOTE: patterns used by the resolve logic, compiled once at import.
_RX0 = compile_pattern(r"(?i)\b(?:on|in|across)\s+(?:the\s+)?(?-i:[a-z][\w-]*\s+){0,2}$")
_RX1 = compile_pattern(r"(?i)\d|\b(?:it|them|this|that|performance|results?)\b")
_RX2 = compile_pattern(r"\s++(?:for|of|by|from|in|with|under|using)\s++(?P<p>[^,;:()]{2,60}?)(?=\s*+(?:[,;:()]|$|\.(?:\s|$)|\b(?:and|or)\s++[$\d]))")
_RX3 = compile_pattern(r"\s++(?P<p>baselines?|[A-Z][\w.-]++)")
_RX4 = compile_pattern(r"^(?:the|prior|previous|recent|existing|current)\s+(?=\S)")
_RX5 = compile_pattern(r"\s*\(\s*(?P<v>[^()]{1,12}?)\s*\)")
# the system a comparison names: "outperforming GPT-4 (22.95%)" (NOTE: compiled once)
_BASELINE_PHRASE = compile_pattern(
    r"(?P<p>[^,;:()]+?)(?=\s*(?:\(|\)|,|;|:|\bby\b|\bon\b|\bin\b|\bwith\b|\bacross\b|\bat\b|\busing\b|\bwhile\b|\band\b(?!\s++(?:[a-z][\w-]*+\s++){0,2}?(?:methods|models|approaches|baselines|systems|algorithms)\b)|\bfor\b|$|\.(?:\s|$)|\s\d))"
)
# between two listed scores: "% on UI and ", "% (Kinetics-400), "; no verb, no other number
_CHANGE_BEFORE = compile_pattern(
    r"(?i)\b(?:improv(?:es|ed|ing)|increas(?:es|ed|ing)|boost(?:s|ed|ing)|gain(?:s|ed|ing)|"
    r"reduc(?:es|ed|ing)|decreas(?:es|ed|ing)|lower(?:s|ed|ing))\s++"
    r"(?:(?:up\s++to|about|around|nearly|over|more\s++than|roughly|approximately)\s++)?+\$?+$"
)
_WITHIN_BEFORE = compile_pattern(r"(?i)\bwithin\s++\$?+$")
# "to within 1% WER on out-of-distribution data": a metric, then its setting
_METRIC_THEN_ON = compile_pattern(r"(?:\s*+\\?%)?+\s++[A-Za-z][\w@-]{0,12}+\s++(?:on|of|from|relative\s++to)\b")
_OF_AFTER = compile_pattern(r"(?:\s*+\\?%)?+\s*+(?:of|from)\b")
# "190.4% mean human performance": a percentage of a reference may exceed 100
# "a mean human performance of 126.7%": a share of people's score, which may exceed 100%
_HUMAN_RATIO_BEFORE = compile_pattern(r"(?i)\bhuman(?:[- ]normali[sz]ed)?+\s++(?:performance|score)\s++(?:of\s++)?+\$?+$")
_RATIO_AFTER = compile_pattern(r"\s*+\\?%?+\s*+(?:[\w-]++\s++){0,2}?(?i:human|normali[sz]ed|relative|performance|of\s++(?:the\s++)?(?:human|baseline|teacher|reference|oracle|expert))")
_LISTED_AFTER = compile_pattern(r"(?:[^\d;:]|(?<=[A-Za-z-])\d){0,80}?(?:,\s*+(?:and\s++)?|\s++and\s++)(?:\$|\()?+")
_MARGIN_LIST_GAP = compile_pattern(r"(?:\\?%|\S{0,12}?(?:\s++[\w-]++){0,2}?)?+(?:\s++(?:in|on)\s++[^\d,;]{1,30}?)?(?:\s*+,\s*+(?:and\s++)?|\s++and\s++)")
_QUANTIFIER_PHRASE = compile_pattern(r"(?i)(?:(?:even|many|most|all|several|some|other|others|also|only|both|much|the)\s*+)++")
_PRONOUN_PHRASE = compile_pattern(r"(?i)(?:(?:its|their|his|her|this|that|these|those)(?:\s++(?:own\s++)?(?:performance|results?|scores?|accuracy|counterparts?))?+|it|them)$")
_RAISED_TO = compile_pattern(r"(?i)(?:improv|increas|ris|rose|climb|grow|grew|boost|jump)\w*+\s++(?:(?:further|even|then)\s++)?+to\b")
# "DeepSeek-Prover-V2-671B's record of solving 47 problems": a system's own stated result
_RECORD_OF = r"(?:'s|’s)\s++(?:best\s++|previous\s++|reported\s++)?+(?:record|score|result|performance|accuracy)"
_POSSESSED_TAIL = compile_pattern(r"(?<=\w)" + _RECORD_OF + r"\b.*$")
_POSSESSIVE = compile_pattern(r"(?i)^(?:its|their)\s++(?=\S)")
_ON_CHAIN = compile_pattern(
    r"(?i)\b(?:on|in|across)\s++(?:the\s++)?+(?:[^()%,;]{1,60}?\s*+\([^()]{1,40}+\)\s*+(?:,\s*+(?:and\s++)?+|and\s++))++$"
)
# "on Korean-specific tasks, including KMMLU (53.26%), KoBEST (83.40%), and": examples of
# the tasks a result is on, each with its score
_ON_TASKS_INCLUDING = compile_pattern(
    r"(?i)\b(?:on|in|across)\s++(?:[\w-]++\s++){0,4}?(?:tasks|benchmarks|datasets|evaluations|suites)\s*+,?+\s*+"
    r"(?:including|such\s++as|e\.g\.,?+|like)\s++(?:[^()%,;]{1,60}?\s*+\([^()]{1,40}+\)\s*+(?:,\s*+(?:and\s++)?+|and\s++))*+$"
)
_THIS_DATA = compile_pattern(r"(?i)\b(?:on|in|for|with)\s++(?:this|these|the\s++same|our\s++new)\s++(?:data|dataset|benchmark|data\s++set)s?+\b")
_CHANGE_COLON = compile_pattern(r"(?i)\b(?:(?:improvements?|gains?|increases?|boosts?|reductions?|speed-?ups?)\s*+:"
                           r"|speed-?ups?\s++of\b)")
_MORE_PAREN_OPEN = compile_pattern(r"(?i)\b(?:more|fewer|less)\s++[\w-]++\s*+\([^()]*+$")
_MINUS_BEFORE = compile_pattern(r"(?:^|[\s(\[])[-−]\$?+$")
_COUNT_AFTER = compile_pattern(r"(?i)\s++(?:[a-z][\w-]*+\s++)?+(?:samples|runs|seeds|trials|examples|tasks|datasets|problems|epochs|steps|attempts|shots|images|tokens)\b")
_POSSESSOR_BEFORE = compile_pattern(
    r"(?<![\w.-])(?P<n>[A-Z][\w.+-]*+)" + _RECORD_OF + r"\s++"
    r"(?:of\s++)?+(?:(?:solving|achieving|reaching|resolving|proving)\s++)?+(?:only\s++|just\s++)?+\$?+$")

def _split_base(s: str, end: int) -> str | None:
    """The base of the last name with a split before END ("LibriSpeech" of "LibriSpeech test-clean")."""
    base = None
    for nm in _NAME_WITH_SPLIT.finditer(s, 0, end):
        base = nm.group("base")
    return base


_PAREN_NAME = compile_pattern(r"\(\s*+(?P<n>[A-Z][\w.+-]*+(?:\s++[A-Z0-9][\w.+-]*+){0,3}+)\s*+\)")
_CONTRAST = compile_pattern(r"(?i),\s*+(?:while|whereas|but)\s++(?:[\w-]++\s++){1,6}?(?:only\s++|still\s++|just\s++|merely\s++|barely\s++)?+(?:achiev|attain|obtain|reach|scor|get)\w*+\s++(?:only\s++|just\s++|merely\s++|barely\s++|about\s++|around\s++|roughly\s++)?+\$?+$")
_PERCENTAGE_POINTS = compile_pattern(r"(?i)\s*+(?:percentage\s++points?|pp|p\.p\.)(?![\w-])")
_BARE_VERB_CLAUSE = compile_pattern(r"(?i)[\W]*+(?:and\s++|but\s++)?+(?:also\s++|further\s++)?+(?:sets?|attains?|achieves?|reaches?|obtains?|scores?|records?|yields?|delivers?|gets?)\b")
_AMP_LIST = compile_pattern(r"[^&]++&\s*+v?+\d[\w.]*+")  # "AIME24 & 25" (not "Pandey & Mandt")
_LEAD_PREP = compile_pattern(r"^(?:With|On|For|In|Across|At|From|Over)\s++")
_SYSTEM_NOUN_AFTER = compile_pattern(r"[’'”\"]?+\s++(?:models|methods|systems|agents|variants|baselines|approaches|modules|policies)\b")
_LIST_VERB = compile_pattern(r"(?i)\s++(?:(?:only|also|both|even|still)\s++)?+(?:achiev|attain|obtain|reach|scor|get|solv|resolv|hit)\w*+\b")
# a compared phrase that names no system: a pronoun, a condition, a setting or a measure
# ("than those trained on ...", "faster than real-time", "over baseline performance")
_NO_SYSTEM_PHRASE = compile_pattern(
    r"^(?:those|them|it|what|which|others|when|whenever|while|if|by|in|at|on|for|to|from|necessary)(?![\w-])"
    r"|^(?i:real[- ]?time|previous|prior|existing|current)$|\s--?$"
    r"|^\d[\d.,]*+[KMBT]?+(?:\s++(?:parameters|params|tokens|samples))?+$"  # "64K", "70B parameters"
    r"|^(?i:(?:model\s++)?+(?:performance|efficiency|accuracy|gains?)\s++(?:of|on|obtained)\b)"
    r"|\s(?:but\s++also|demonstrat\w*+|shows?)\s"
)
_POSSESSIVE_END = compile_pattern(r"(?:'s|’s)$")
_PARTICIPLE_END = compile_pattern(r"\s(?:trained|fine-?tuned|pre-?trained|distilled|tuned|built|based)$")
_PARTICIPLE_TAIL = compile_pattern(r"\s++(?:on|with|using|from|in)\s++[^,;:()]{1,60}?(?=\s*+(?:,|;|:|\(|\.(?:\s|$)|$)|\s(?:by|while|achiev\w*+|reach\w*+)\b)")  # (not "and": "trained on A and B")
# the object of a change verb right before "by <value>": "improves the base model by",
# "boosts the performance of chain-of-thought prompting by"
_CHANGED_SYSTEM = compile_pattern(
    r"(?i)\b(?:improv|boost|enhanc|outperform|surpass|degrad|hurt|lift|beat|exceed)\w*+\s++"
    r"(?:(?:the\s++)?+(?:[\w-]++\s++){0,3}?(?:performance|accuracy|results?|scores?)\s++of\s++)?+"
    r"(?:(?:[^\s,;:()]++\s++){1,4}?(?:over|upon|against)\s++)?+"  # "improving Top-10 Accuracy over the strongest baseline by"
    r"(?P<p>(?:the\s++)?+[^\s,;:()]++(?:\s++(?!by\b|over\b|upon\b)[^\s,;:()]++){0,5}?)\s++by\s++"
    r"(?:(?:up\s++to|over|about|around|approximately|nearly|almost|more\s++than|at\s++least|an\s++average\s++of)\s++)?+[+~]?+$")
# a word that makes a phrase a system: "the base model", "chain-of-thought prompting", "the GRPO baseline"
_SYSTEM_WORD = compile_pattern(
    r"(?i)\b(?:models?|baselines?|methods?|approach(?:es)?|systems?|networks?|policy|policies|prompting|llms?|agents?|"
    r"detectors?|classifiers?|frameworks?|pipelines?|counterparts?|predecessors?|state[- ]of[- ]the[- ]art|sota)\b")
# "for the three datasets", "on all four benchmarks": values stated for datasets named before
_THE_N_DATASETS = compile_pattern(
    r"(?i)\b(?:for|on|across|in|over)\s++(?:the|these|those|all|all\s++the|each\s++of\s++the)\s++"
    r"(?:two|three|four|five|six|seven|eight|\d)\s++(?:[\w-]++\s++)?+(?:datasets|benchmarks|corpora|test\s++sets|tasks|cohorts)\b")
_TO_LEVEL = compile_pattern(r"(?<!\bup\s)\bto\s++$")
# "the best model", "even the strongest system", "the top-performing LLM": the best system,
# named so earlier ("GPT-4o significantly outperforms all other models", "X performs best")
_BEST_SUBJECT = compile_pattern(
    r"(?i)\bthe\s++(?:best|strongest|top)(?:[- ](?:performing|scoring|ranked))?+\s++"
    r"(?:(?:overall|open|proprietary|evaluated)\s++)?+(?:models?|systems?|llms?|agents?|methods?|mllms?|vlms?)\b")
_BEST_NAMED = compile_pattern(
    r"(?<![\w.-])(?P<n>[A-Z][\w.+-]*+(?:\s++[A-Z0-9][\w.+-]*+){0,2})\s++(?:[a-z]+ly\s++)?"
    r"(?:outperforms\s++all|performs\s++(?:the\s++)?+best|achieves\s++the\s++(?:best|highest)|is\s++the\s++(?:best|strongest|top))\b")
_EXAMPLE_SUBJECT = compile_pattern(
    r"\b(?:models?|systems?|LLMs?|agents?|methods?)\s++(?:like|such\s++as|including)\s++(?:[A-Z][\w-]*+['’]s\s++)?+"
    r"(?P<n>(?:[A-Z]|[a-z](?=[a-z]?+\d))[\w.+-]*+(?:\s++[A-Z0-9][\w.+-]*+){0,2})\s++(?:(?:only|still|merely|just|even)\s++)?+"
    r"(?:achiev|reach|scor|obtain|solv|fail|attain|get|manag|perform|hit)\w*+\b[^.;]*+$")
_AS_TOP = compile_pattern(
    r"(?P<n>[A-Z][\w.+-]*+(?:\s++[A-Z0-9][\w.+-]*+){0,2})\s++as\s++the\s++(?:top|best|strongest|leading)"
    r"(?:[- ]performing)?+\s++(?:performer|model|system|method|agent)\s*+\([^()]*+$")
_BASELINE_LIST_SEP = compile_pattern(r"\s*+,\s*+(?:and\s++)?+|\s++and\s++")
_STOPWORDS = frozenset(("to", "of", "at", "by", "for", "with", "from", "than", "the", "a", "an", "and", "or"))
_TRAILING_PREP = compile_pattern(r"(?i)\s++(?:of|at|to|with|by|for|from|than)$")
_LETTER = compile_pattern(r"[A-Za-z]")
_IE_NAME = compile_pattern(r"\s*+,?+\s*+\(?+(?:i\.e\.|namely),?+\s++(?P<n>[A-Z0-9][^\s,;()]*+(?:\s++[A-Z0-9][^\s,;()]*+)*+)")
_PERFORMANCE_OF = compile_pattern(r"(?i)^(?:the\s++)?+(?:performance|results?|scores?)\s++of\s++(?:the\s++)?+(?=\S)")
_EXAMPLE_NAME = compile_pattern(r"\s(?:including|such\s++as|like|e\.g\.,?+)\s++(?P<n>[A-Z0-9][^\s]*+(?:\s++[A-Z0-9][^\s]*+)*+)$")
# a value stated as people's: "the human performance of 78.24%", "human accuracy is 92%"
# "(compared to 97.9% human performance)"
_HUMAN_AFTER = compile_pattern(r"(?i)(?:\s*+\\?%|\s++points?)?+\s++(?:the\s++)?+human(?:-level)?+\s++(?:performance|accuracy|baseline|score)\b")
_HUMAN_BEFORE = compile_pattern(
    # (not a system's score in a metric named after people: "achieves a mean human
    # performance of 126.7%", "a human normalized score of 1.046")
    r"(?i)(?<!\b(?:achiev|attain|obtain|reach|record|deliver|yield|get|set)\w{0,4}\s{1,3}(?:an?\s|the\s)?\s{0,2}(?:new\s|mean\s|average\s|median\s|overall\s){0,2})"
    r"\bhuman(?:s'|'s|-level)?+\s++(?!normali[sz]ed)(?:[\w-]++\s++){0,2}?(?:performance|accuracy|baselines?|level|scores?|results?)"
    r"\s*+(?:of|is|was|at|reaches|reached|=|:|\()\s*+(?:(?:about|around|only|just|nearly|over)\s++)?+\$?+"
    # "human expert baselines of 86.1% and 73.1%": a value listed after the first one
    r"(?:\d[\d.,]*+\s*+\\?%?+\s*+(?:,\s*+(?:and\s++)?+|and\s++)\$?+)?+$"
)
# between "on <Name>" and its change: " by ", " by up to ", " on average by "
_BY_BEFORE_VALUE = compile_pattern(r"(?:(?!\band\b)[^\d,;]){0,30}?\bby\s++(?:(?:up\s++to|about|around|nearly|over)\s++)?+[+$]?+")
# "state-of-the-art F1 scores for PPI (0.995) and Reddit (0.970)": scores for datasets
_SCORES_FOR = compile_pattern(
    r"(?i)\b(?:scores?|accurac(?:y|ies)|errors?|rates?|F1|AUC|mAP)\s++for\s++(?:the\s++)?+"
    r"(?:[^()\d]{1,60}?\s*+\([^()]{1,40}+\)\s*+(?:,\s*+(?:and\s++)?+|and\s++))*+$"
)
_SPLIT_LIST = compile_pattern(r"\b(?:on|for)\s++(?:the\s++)?+(?P<l>[a-z][\w-]*+(?:/[a-z][\w-]*+)++)\b")
_BRACKETED_AFTER_VALUE = compile_pattern(r"\\?%?+\s*+\(\s*+")
_SLASH_VARIANTS = compile_pattern(
    r"(?P<base>\b[A-Z][\w.]*+(?:-[\w.]++)*?-)(?P<v>[A-Za-z0-9.]{1,6}+)(?:\s*+/\s*+(?P<v>[A-Za-z0-9.]{1,6}+))++(?![\w.-])"
)
_RELATIVE_TAIL = compile_pattern(r"\s++(?:which|that|who)\s++\w++$")
_OUT_OF_SCALE = compile_pattern(r"\s++out\s++of\s++\d")
# the opening of a change in brackets ("(+11.8%", "(by 2.1"); what may stand between a name
# and such a change after it ("LIBERO (+11.8%"), and such an opening right before a margin
_PAREN_OPEN = r"\(\s*+(?:\+|by\s++|up\s++to\s++|~\s*+)?+\$?+"
_PAREN_GAP = compile_pattern(r"\s*+" + _PAREN_OPEN)
_MARGIN_PAREN_END = compile_pattern(_PAREN_OPEN + r"$")
# a clause whose subject is "it" ("; specifically, it achieves")
_IT_CLAUSE = compile_pattern(r"(?i)[\s;,]*+(?:(?:and|so|thus|hence|specifically|moreover|further(?:more)?+|in\s++particular)\s*+,?+\s*+)?+it\s++(?!is\b|was\b)")
_PARTICIPLE_CLAUSE = compile_pattern(r"\s*+(?:while|whereas|when)?+\s*+\w+ing\b")
_FOR_NAME = compile_pattern(r"\\?%?+\s++for\s++(?:the\s++)?+(?P<n>[A-Z][\w.+-]*+(?:\s++[A-Z0-9][\w.+-]*+)?+)(?=\s*+(?:[,;.)]|$)|\s(?:and|on|in|with)\b)")
_WITH_MODEL = compile_pattern(r"\\?%?+\s++with\s++(?:the\s++)?+(?P<n>[A-Z][\w.+-]*+(?:\s++[A-Z0-9][\w.+-]*+)?+)(?=\s*+(?:[,;.)]|$)|\s(?:and|on|in)\b)")
# a benchmark's name used for its label set, weights or features, not as an evaluation
_NAME_AS_RESOURCE = compile_pattern(r"\s*+(?:-\s*+)?+(?i:classes|labels|categories|weights|features|checkpoints?|pre-?train\w*+|initiali[sz]\w*+)\b")
_WITH_GAP = compile_pattern(r"\s++with\s++(?:an?\s++|the\s++)?+(?:(?!on\b|in\b|and\b)[\w@-]++\s++){0,4}?(?:of\s++)?+\$?+")
_MODEL_OF_DATA = compile_pattern(r"\s++(?:classifier|model|detector|segmenter|network)s?+\s++with\b[^,;]{0,60}+$")
_WITH_METRIC_OF = compile_pattern(r"\s++with\s++(?:an?\s++|the\s++)?+(?:(?!with\b|and\b|on\b|in\b)[\w@-]++\s++){1,4}?(?:of\s++|=\s*+|:\s*+)\$?+")
_PREP_THE_END = compile_pattern(r"\b(?:on|in|across|for|from|of|over|at|to)\s++(?:the\s++)?+$")  # "on CNText2Sign with ..."
_ON_BOTH = compile_pattern(
    r"[^,;]{0,40}?\bon\s++both\s++(?:the\s++)?+(?P<a>[A-Za-z][\w.+-]*+(?:\s++(?:[A-Z0-9][\w.+-]*+|v?\d[\w.]*+)){0,2}+)"
    r"\s++and\s++(?:the\s++)?+(?P<b>[A-Za-z][\w.+-]*+(?:\s++(?:[A-Z0-9][\w.+-]*+|v?\d[\w.]*+)){0,2}+)")
_EXAMPLE_OF_KIND = compile_pattern(r"\b(?:like|such\s++as|e\.g\.,?+)\s++$")
_SPEED_METRIC = compile_pattern(r"(?i)latency|speed|throughput|time|fps|memory|cost")


_AFTER_NUMBER = compile_pattern(r"\d(?:\s*+(?:%|points?|pp))?+\s++(?:on\s++|in\s++)?+$")
_COMPARED_LIST = compile_pattern(
    r"(?i)\b(?:than|over|vs\.?+|versus|outperform\w*+|surpass\w*+|beat\w*+|compared\s++(?:to|with)|relative\s++to)\s++(?:the\s++)?+$"
)
_UNIT_TAIL = compile_pattern(r"^[^\s,;()]*+(?:(?:\s*+,\s*+(?:and\s++)?|\s++and\s++|\s*+/\s*+)\$?+\d[\d.,]*+[^\s,;()]*+)*+")
_GAIN_AFTER = compile_pattern(
    r"\S{0,12}?(?:\s*+(?:--?|–|—)\s*+\$?+[\d.]++\$?+(?:\s?+[x×]|\s?+\$?+\\times\$?+)?+)?+(?:\s++[\w-]++){0,2}?\s++"
    r"(?i:speed(?:-|\s)?ups?|faster|acceleration|reductions?|fewer|less|smaller|lower|higher|improvements?|gains?|compression|cheaper|more|throughput)\b"
)
_GAIN_SUBJECT = compile_pattern(
    r"(?i)\b(?:gains?|improvements?|margins?|increases?|reductions?|speed-?ups?)\s++"
    r"(?:(?:are|is|were|was|can|could|also|further|consistently)\s++)*+"
    r"(?:reach|amount|total|exceed|hit|range|climb|grow)\w*+(?:\s++to)?+\s++"
    r"(?:(?:up\s++to|over|about|around|nearly|more\s++than|as\s++much\s++as)\s++)?+$"
)
_LIST_GAP = compile_pattern(r"[^\d;:]{0,50}?(?:,\s*+(?:and\s++)?|\s++and\s++)(?:\$|\()?+")


_SPLIT_NOUN = compile_pattern(r"(?<=^(?:test|dev|val|validation)(?:-[a-z]+)?)\s++(?:set|split)$")  # "test-dev set"
# a name with a split ("LibriSpeech test-clean", "COCO validation"): its base names the benchmark
_NAME_WITH_SPLIT = compile_pattern(r"(?<![\w-])(?P<base>[A-Z][\w.+-]*+(?:\s++[A-Z0-9][\w.+-]*+){0,3}?)\s++(?:test|dev|val|validation)(?:-[a-z]++)?+(?![\w-])")
_ON_BARE_SPLIT = compile_pattern(r"\S{0,12}+\s++on\s++(?:the\s++)?+(?P<sp>(?:test|dev|val)-[a-z]++)(?![\w-])")
# a speed or throughput in percent is relative to another system's
_SPEED_METRIC = compile_pattern(r"(?i)\b(?:speed|throughput|speed-?up|fps)$")
# "improvements on MNLI by +0.9% (": a gain spelled out by the compared pair after it
_GAIN_BEFORE_PAIR = compile_pattern(
    r"(?i)(?:\b(?:on|in|and|improv\w*+|boost\w*+|rais\w*+|increas\w*+|reduc\w*+|lower\w*+)\s++(?:the\s++)?+(?P<bn>[^\s,;()]++(?:\s++[^\s,;()]++){0,3}?)\s++)?+"
    r"\b(?:by|of|with)\s++(?:an?\s++)?+(?:(?:absolute|relative)\s++)?+[+−-]?+(?P<d>\d++(?:\.\d++)?+)\s*+"
    r"(?:%|points?|pp|p\.p\.)?+\s*+$")
_REDUCTION_WORD = compile_pattern(r"(?i)\b(?:reduc|lower|decreas|cut|drop)")
# "area under the curve (AUC)": a metric's own acronym right after it
_METRIC_ACRONYM_AFTER = compile_pattern(r"\s*+\((?P<a>[A-Za-z][\w@-]{1,10}+)\)")
# "... from the validation set", "on the held-out test set": a split named by its noun alone
_SPLIT_SET_AFTER = compile_pattern(
    r"\b(?:on|from|in|for|over)\s++the\s++(?:(?:held-out|official|independent|hidden|public)\s++)?+"
    r"(?P<sp>test|validation|dev|development)\s++(?:set|split)\b")
_BARE_SPLIT = compile_pattern(r"(?:test|dev|val)-[a-z]++|test|dev|val|validation")

_SPEED_UNITS = ("x", "ms", "s", "FPS")


def _unit_kind(unit: str | None) -> str:
    return "share" if unit in (None, "%", "points") else "speed" if unit in _SPEED_UNITS else unit


def _margin_fits(score: Cand, margin: Cand) -> bool:
    """A multiplier is a margin only of a speed, latency or cost (or of another multiplier)."""
    return margin.unit != "x" or score.unit in _SPEED_UNITS or bool(
        score.metric and _SPEED_METRIC.search(score.metric))


#: rules whose value follows its metric phrase, which may hold the benchmark's name
_METRIC_BEFORE_RULES = frozenset({"score-transition", "score-metric-of-value", "score-metric-moves-to",
                                  "score-verb-value"})


class Extractor:
    """Extracts results from documents with the rules of one rules directory."""

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        self.ctx = R.get_context(ruleset)
        self.rules = ruleset.by_id()

    @classmethod
    def load(cls, rules_dir: Path | None = None) -> Extractor:
        """Load and compile the rules and the unit registry (cached per process)."""
        return _load(Path(rules_dir) if rules_dir else None)

    # ------------------------------------------------------------------ public

    def extract(self, doc: Document) -> tuple[list[Result], list[Rejection]]:
        """All results of one document, and every candidate that was rejected (with why)."""
        ctx = self.ctx
        text = doc.abstract
        if not _DIGIT.search(text):
            return [], []  # every rule claims a number: an abstract without a digit has no result
        # NOTE: the paper-level facts (its system, its benchmark, its proper words) are
        # found at the first sentence where a rule matches: most abstracts have none
        system: str | None = None
        doc_facts = False
        self._prev_lists: list[list[str]] | None = []
        self._prev_s: str | None = None
        self._text = text
        self._eval_pending = False
        self._last_subject: str | None = None
        self._clause_subject: tuple[int, str] | None = None  # (sentence offset, its first subject)
        self._on_names: list = []  # the "on <Name>" phrases of the current sentence, scanned once
        self._known_name: tuple[str | None, str | None] = (None, None)  # (sentence, its one known benchmark)
        accepted: list[Cand] = []
        rejected: list[Cand] = []
        prev_benchmarks: list[str] = []
        prev_s: str | None = None  # NOTE: the facts of the sentence before are found only when needed
        for sent in _chunks(split_sentences(text)):
            s = sent.text
            if not _DIGIT.search(s):
                prev_s = s
                continue
            matches, timeouts = run_rules(self.ruleset, s, sent.start)
            if not matches and not timeouts:
                prev_s = s
                continue
            if not doc_facts:
                doc_facts = True
                system = R.paper_system(ctx, doc)
                system = system.rstrip(".") if system else system
                self._doc_bench, self._doc_bench_at = R.paper_benchmark(ctx, doc)
                self._eval_pending = self._doc_bench is None  # NOTE: the evaluation dataset is
                # looked for only when a result needs it (_paper_bench)
                if system and self._doc_bench and R.vocab_key(system) == R.vocab_key(self._doc_bench):
                    system = None  # the paper's own name is its benchmark, not a system
                self._proper = R.proper_words(text)
            if prev_s is not None:
                prev_benchmarks = self._benchmarks_named(prev_s)
                self._prev_lists, self._prev_s = None, prev_s  # found when a list needs them
            kept, dropped = resolve_overlaps(matches)
            for t in timeouts:
                c = Cand("score", t.rule_id, t.span, t.span, "", 0.0)
                c.reject = f"timeout: rule {t.rule_id} skipped on this sentence"
                rejected.append(c)
            for m, winner in dropped:
                for c in self._cands(m, s, sent.start, system, prev_benchmarks):
                    c.reject = f"overlapped by rule {winner.rule.id}"
                    rejected.append(c)
            cands: list[Cand] = []
            baselines: list[Match] = []
            for m in kept:
                if m.rule.spec.kind == "baseline":
                    baselines.append(m)
                else:
                    cands.extend(self._cands(m, s, sent.start, system, prev_benchmarks))
            # "on Common Voice 15 and 3.1% on FLEURS": a number inside a name another match
            # captured is part of that name
            self._on_names = list(self.ctx.on_name.finditer(s)) if cands else []
            names = [((ns, ne), (m.rule.id, m.span)) for m in kept for g in _NAME_GROUPS for _, (ns, ne) in m.groups.get(g, [])]
            names += [((om.start("n") + sent.start, om.end("n") + sent.start), None) for om in self._on_names
                      if _DIGIT.search(om.group("n")) and R.benchmark_name(self.ctx, om.group("n"))]
            for c in cands:
                for (ns, ne), owner in names:
                    if ns <= c.value_span[0] and c.value_span[1] <= ne and owner != (c.rule_id, c.span):
                        c.reject = c.reject or f"part of the name {s[ns - sent.start:ne - sent.start]!r}"
                        break
            self._sentence(cands, baselines, s, sent.start, system, prev_benchmarks, rejected)
            for c in cands:
                if c.model and c.benchmark and R.vocab_key(c.model) == R.vocab_key(c.benchmark):
                    # "on benchmarks such as FinanceBench (19% baseline)": a benchmark is not its
                    # own system
                    c.model = system if system and R.vocab_key(system) != R.vocab_key(c.benchmark) else None
                if c.kind == "score" and (c.model is None or (c.model == system and not c.model_explicit)):
                    self._named_subject(c, s, sent.start)
                if c.kind == "score" and c.unit == "%" and c.metric and _SPEED_METRIC.search(c.metric) \
                        and R.metric_after(self.ctx, s, c.value_span[1] - sent.start) is None:
                    c.kind = "delta"  # "a rendering speed of 310%": a speed relative to another
                if c.kind == "score" and c.unit == "x" and not c.reject and c.value >= 1 \
                        and c.rule_id != "score-transition" and not _TO_LEVEL.search(s, max(0, c.value_span[0] - sent.start - 4), c.value_span[0] - sent.start):
                    # "achieves 14.2x prefill ... speedups": a ratio to another system (a level a
                    # system moves to, "from 0.53x to 1.10x", "pushing SOTA to 54x", or below one,
                    # "o4-mini (0.78x)", stays a score)
                    c.kind = "delta"
                vs = c.value_span[0] - sent.start
                ratio = c.metric or ("relative" if _RATIO_AFTER.match(s, c.value_span[1] - sent.start)
                                     or _HUMAN_RATIO_BEFORE.search(s, max(0, vs - 40), vs) else None)
                c.reject = check(c.kind, c.value, c.value_text, c.unit, c.benchmark, c.reject, ratio)
                (rejected if c.reject else accepted).append(c)
                if not c.reject and c.kind == "score" and c.benchmark and "both" in s:
                    # "a recovery of 0.63 on both CATH 4.2 and CATH 4.3": the value on each
                    bm = _ON_BOTH.match(s, c.value_span[1] - sent.start, min(len(s), c.value_span[1] - sent.start + 80))
                    if bm and R.benchmark_name(self.ctx, bm.group("a")) == c.benchmark:
                        second = R.benchmark_name(self.ctx, bm.group("b"))
                        if second and second != c.benchmark:
                            twin = _copy(c)
                            twin.benchmark = second
                            accepted.append(twin)
            prev_s = s
        # deterministic order: match start, rule id, then the value's own position
        accepted.sort(key=lambda c: (c.span[0], c.rule_id, c.value_span[0], c.model or "", c.benchmark or ""))
        results = [self._result(doc, c) for c in accepted]
        rejections = [Rejection.model_construct(reason=c.reject, candidate=self._result(doc, c)) for c in rejected]
        rejections.sort(key=lambda r: (r.candidate.span[0], r.candidate.rule, r.candidate.value))
        return results, rejections

    # ------------------------------------------------------------------ candidates

    def _paper_bench(self) -> str | None:
        """The paper's own benchmark, else the one dataset it says it evaluates on (found on
        first use: most abstracts never need it)."""
        if self._eval_pending:
            self._eval_pending = False
            self._doc_bench, self._doc_bench_at = R.paper_eval_dataset(self.ctx, self._text)
        return self._doc_bench

    def _benchmarks_named(self, s: str) -> list[str]:
        ctx = self.ctx
        out = R.lead_benchmarks(ctx, s)
        for m in ctx.on_name.finditer(s):
            name = R.benchmark_name(ctx, m.group("n"))
            if name and name not in out:
                out.append(name)
        return out

    def _known_before(self, off: int) -> str | None:
        """The known benchmark named last ("on the LibriSpeech corpus") before offset OFF."""
        ctx, base = self.ctx, None
        for om in ctx.on_name.finditer(self._text, 0, off):
            if ctx.names.is_known_benchmark(om.group("n")):
                base = R.clean_name(ctx, om.group("n"))
        return base

    def _bench_lists(self, s: str) -> list[list[str]]:
        """Lists of two or more benchmark names in a sentence ("on Human3.6M and MPI-INF-3DHP")."""
        return [names for _, names in self._bench_lists_at(s)]

    def _bench_lists_at(self, s: str) -> list[tuple[int, list[str]]]:
        """The benchmark lists of a sentence with where each starts."""
        ctx = self.ctx
        out = []
        for lm in ctx.name_list.finditer(s):
            names = [R.benchmark_name(ctx, t) for t in R.expand_versions(lm.captures("n"))]
            if len(names) > 1 and all(names):
                out.append((lm.start(), names))
        return out

    def _lists_before(self) -> list[list[str]]:
        """The benchmark lists of the sentence before the current one (found once, on demand);
        with several lists or bracketed names there, also all of them in order ("three
        industrial datasets (MVTec-AD, ViSA, and Real-IAD) and one medical dataset (Universal
        Medical)" for "on these four datasets, respectively")."""
        if self._prev_lists is None:
            prev = self._prev_s
            parts = self._bench_lists_at(prev) if prev is not None else []
            self._prev_lists = [names for _, names in parts]
            if prev is not None and "(" in prev:
                parts += [(pm.start(), [name]) for pm in _PAREN_NAME.finditer(prev)
                          for name in [R.benchmark_name(self.ctx, pm.group("n"))] if name]
                if len(parts) > 1:
                    flat = [x for _, names in sorted(parts, key=lambda p: p[0]) for x in names]
                    if len(set(flat)) == len(flat):
                        self._prev_lists.append(flat)
        return self._prev_lists

    def _cands(self, m: Match, s: str, off: int, system: str | None, prev: list[str]) -> list[Cand]:
        ctx = self.ctx
        spec = m.rule.spec
        out: list[Cand] = []
        vals = m.groups.get("value", [])
        if spec.kind == "baseline":
            return out
        parsed = []
        for vt, (vs, _ve) in vals:
            q = R.parse_quantity(ctx, vt, vs, s, off)
            if q:
                parsed.append(q)
        n = len(parsed)
        if n == 0:
            return out
        if spec.kind == "reject":
            for q in parsed:
                c = self._new(spec.kind, m, q)
                c.reject = spec.reason
                out.append(c)
            return out
        # names captured by the rule
        bench_raw = R.expand_versions([t for t, _ in m.groups.get("benchmark", [])])
        if len(bench_raw) == 1 and _BARE_SPLIT.fullmatch(bench_raw[0]):
            # "... on LibriSpeech test-clean and 4.3% on test-other": the split of the
            # benchmark named with a split before it
            base = _split_base(s, m.groups["benchmark"][0][1][0] - off) or self._known_before(off)
            bench_raw = [f"{base} {bench_raw[0]}"] if base else []  # a split alone names no benchmark
        if len(bench_raw) == 1 and n > 1:
            bench_raw = R.split_list_name(bench_raw[0], n) or bench_raw
        benches = [R.benchmark_name(ctx, b) for b in bench_raw]
        metrics = [self._metric_named(t, e, s, off) for t, (_, e) in m.groups.get("metric", [])]
        models = [R.clean_name(ctx, t) for t, _ in m.groups.get("model", [])]
        named = False
        if bench_raw and not models and not any(benches) \
                and all(R.is_modelish(ctx, R.clean_name(ctx, b)) for b in bench_raw):
            # "(e.g., 11.22% for GPT-5, 3.92% for Gemini-2.5-Flash)": the names are systems
            models, named = [R.clean_name(ctx, b) for b in bench_raw], True
        if len(models) == 1 and n > 1:
            models = R.split_list_name(models[0], n) or models
        ents = m.groups.get("entity", [])
        bvals = [R.parse_quantity(ctx, t, sp[0], s, off) for t, sp in m.groups.get("baseline_value", [])]
        dvals = [R.parse_quantity(ctx, t, sp[0], s, off) for t, sp in m.groups.get("delta_value", [])]
        rmax = [R.parse_quantity(ctx, t, sp[0], s, off) for t, sp in m.groups.get("range_max", [])]
        bmodel = m.first("baseline_model")

        def pick(lst: list, i: int):
            if len(lst) == n:
                return lst[i]
            if len(lst) == 1:
                return lst[0]
            return None

        for i, q in enumerate(parsed):
            c = self._new(spec.kind, m, q)
            c.list_size = n
            if benches:
                c.benchmark = pick(benches, i)
                if c.benchmark is None and len(benches) > 1:
                    c.notes.append("ambiguous-benchmark")
            c.metric = pick(metrics, i) if metrics else None
            if n > 1 and len(metrics) == 1 and i > 0:
                # "a speed of 24.68FPS and 92.19% AP": a later value with a metric of its own
                own = R.metric_after(ctx, s, q["value_span"][1] - off)
                if own and own != c.metric:
                    c.metric = own
            if c.metric is None and spec.defaults.metric_template:
                c.metric = spec.defaults.metric_of(m.first)
            if models:
                mod = pick(models, i)
                if mod and R.valid_name(ctx, mod):
                    c.model, c.model_explicit = mod, True
                    if named:
                        c.role = "named"
            bq = pick(bvals, i) if bvals else None
            if bq:
                c.baseline_value = bq["value"]
                c.baseline_span = bq["value_span"]
                if c.unit is None and bq["unit"]:
                    c.unit = bq["unit"]
                if n == 1 and not bmodel:
                    self._gain_pair(c, bq, m, s, off)
            if bmodel:
                c.baseline_model = R.clean_name(ctx, bmodel)
            dq = pick(dvals, i) if dvals else None
            if dq:
                c.delta_value, c.delta_unit = dq["value"], dq["unit"]
            rq = pick(rmax, i) if rmax else None
            if rq:
                c.range_max = rq["value"]
                c.unit = c.unit or rq["unit"]
            out.append(c)
        if ents:
            out = self._entities(m, out, ents, s, off)
        # a unit printed once after a list applies to every value ("2.2 and 1.7 seconds")
        if n > 1 and out:
            last = out[-1].unit
            if last:
                for c in out:
                    if c.unit is None:
                        c.unit = last
        return out

    def _new(self, kind: str, m: Match, q: dict) -> Cand:
        c = Cand(kind, m.rule.id, m.span, q["value_span"], q["value_text"], q["value"])
        c.unit, c.range_max, c.qualifier = q["unit"], q["range_max"], q["qualifier"]
        d = m.rule.spec.defaults
        c.unit = c.unit or d.unit
        c.qualifier = c.qualifier or d.qualifier
        return c

    def _entities(self, m: Match, cands: list[Cand], ents: list, s: str, off: int) -> list[Cand]:
        """Names in "<Name> (57.1%)": a benchmark after "on", else a system's own score."""
        ctx = self.ctx
        before = s[: ents[0][1][0] - off]
        # "on FUNSD (83.3 F1) and CORD (96.3 F1)": a bracketed list after "on"
        after_on = bool(_RX0.search(before) or _ON_CHAIN.search(before[-200:])
                        or _SCORES_FOR.search(before[-200:]) or _ON_TASKS_INCLUDING.search(before[-200:]))
        out: list[Cand] = []
        if len(ents) == len(cands):
            pairs = list(zip(ents, cands))
        elif len(ents) == 1:  # "65.3% and 9.8% for L2P": one system, several values
            pairs = [(ents[0], c) for c in cands]
        elif len(cands) == 1:
            pairs = [(e, _copy(cands[0])) for e in ents]
        else:
            return cands
        # "DAVIS 2017 val and test-dev (88.1%, 83.0%)": a bare split takes the name before it
        raws = R.expand_versions([_SPLIT_NOUN.sub("", raw) for raw, _ in ents])
        if len(raws) == 1 and _BARE_SPLIT.fullmatch(raws[0]):
            # "COCO validation (90.2%) and test-dev set (90.3%)": the name with a split before it
            base = _split_base(s, ents[0][1][0] - off)
            raws = [f"{base} {raws[0]}"] if base else raws
        raw_of = {id(e): r for e, r in zip(ents, raws)}
        pairs = [((raw_of[id(e)], e[1]), c) for e, c in pairs]
        for (raw, _sp), c in pairs:
            name = R.clean_name(ctx, raw)
            bench = R.benchmark_name(ctx, raw)
            # "+15.3 PCP (+38%)": a name right after another number is that number's metric
            after_number = c.kind == "delta" and _AFTER_NUMBER.search(s, max(0, _sp[0] - off - 24), _sp[0] - off)
            if name.lower() in ("human", "humans"):  # human performance is a result (GUIDELINES)
                c.model, c.model_explicit, c.role = "humans", True, "named"
            elif after_number and R.valid_name(ctx, name) and not ctx.names.is_known_benchmark(name):
                c.metric = c.metric or name.lower()
            elif bench and (after_on or ctx.names.is_known_benchmark(name) or c.kind == "delta"
                            or _BRACKETED_AFTER_VALUE.fullmatch(s, c.value_span[1] - off, max(c.value_span[1] - off, _sp[0] - off))):
                # "33.3% (Text2Chart31)": a name in brackets right after a value is its setting
                c.benchmark = bench
            elif R.metric_info(name, ctx.rs.rules_dir) is not None or ctx.metric.fullmatch(name):
                c.metric = R.norm_metric(name)
            elif R.valid_name(ctx, name):
                c.model, c.model_explicit, c.role = name, True, "named"
            else:
                c.reject = "no system or benchmark named"
            out.append(c)
        return out

    # ------------------------------------------------------------------ sentence

    def _sentence(self, cands: list[Cand], baselines: list[Match], s: str, off: int,
                  system: str | None, prev: list[str], rejected: list[Cand]) -> None:
        if not cands and not baselines:
            return  # NOTE: nothing below has an effect then
        ctx = self.ctx
        resp = bool(ctx.respectively.search(s))
        lead = R.lead_benchmarks(ctx, s)
        if system and len(lead) > 1:  # "On LibriSpeech, SqueezeASR achieves ...": the system is no benchmark
            lead = [x for x in lead if R.vocab_key(x) != R.vocab_key(system)]
        carry = prev if len(prev) == 1 else []
        # group list members (same match) to pair them with name lists of the sentence
        groups: dict[tuple, list[Cand]] = {}
        for c in cands:
            groups.setdefault((c.rule_id, c.span), []).append(c)
        colon_ends = [m.end() for m in _CHANGE_COLON.finditer(s)]  # "notable improvements: ..."
        # NOTE: name lists are used only for lists of values
        # name lists of the sentence, except comparison objects ("more accurate than A and B")
        # and lists of systems ("the ‘Scanner’ and ‘Locator’ models achieve")
        lists = [[R.clean_name(ctx, t) for t in R.expand_versions(lm.captures("n"))]
                 for lm in ctx.name_list.finditer(s)
                 if not _COMPARED_LIST.search(s, max(0, lm.start() - 40), lm.start())
                 and not _SYSTEM_NOUN_AFTER.match(s, lm.end())] \
            if any(len(g) > 1 for g in groups.values()) else []
        if lists is not None and "&" in s and any(len(g) > 1 for g in groups.values()):
            # "With AIME24 & 25 scores of 74.0 and 60.2 respectively": one name, two settings
            lists += [R.expand_versions([p.strip() for p in _LEAD_PREP.sub("", nm.group(0)).split("&")])
                      for nm in ctx.name.finditer(s) if _AMP_LIST.fullmatch(nm.group(0))]
        for (_rid, span), members in groups.items():
            n = len(members)
            rel_s, rel_e = span[0] - off, span[1] - off
            fl, cl = R.clause_bounds(ctx, s, rel_s)
            for c in members:
                if c.kind == "delta" and c.metric is None:
                    om = ctx.change_object.search(s[max(0, c.value_span[0] - off - 80): c.value_span[0] - off])
                    if om and not _RX1.search(om.group("m")):
                        c.metric = om.group("m").lower()
            # metric: after the (last) value, else before it in the clause
            for c in members:
                if c.metric is None:
                    c.metric = R.metric_after(ctx, s, c.value_span[1] - off)
            if any(c.metric is None for c in members):
                met = R.metric_after(ctx, s, members[-1].value_span[1] - off) if n > 1 else None
                if members[0].unit in (None, "%", "points", "x"):
                    met = met or R.metric_before(ctx, s, members[0].value_span[0] - off, fl)
                met = met or self.rules[members[0].rule_id].spec.defaults.fixed_metric
                for c in members:
                    c.metric = c.metric or met
            # "ROUGE-1/2/L of 45.92/22.61/42.70": one metric per listed value
            if n > 1 and len({c.metric for c in members}) == 1:
                parts = R.split_metric_list(members[0].metric, n)
                if not parts and members[0].unit in (None, "%", "points", "x"):
                    # "precision and recall of 81.2% and 75.6%": the list's last metric is the
                    # one found; the list names one metric per value
                    listed = R.metric_list_before(ctx, s, members[0].value_span[0] - off, fl, n)
                    if listed and listed[-1] == members[0].metric:
                        parts = listed
                if parts:
                    for c, mt in zip(members, parts):
                        c.metric = mt
            # respectively / parallel lists: benchmarks, then systems
            if n > 1 and any(c.benchmark is None for c in members):
                # a list in this sentence, else ("... respectively") one in the sentence before
                prev_lists = self._lists_before() if not any(len(x) == n for x in lists) else []
                if not any(len(x) == n for x in lists + prev_lists) and _THE_N_DATASETS.search(s):
                    # "accuracies of 96.32%, 90.86%, and 93.92% for the three datasets": the
                    # last list of as many datasets named earlier in the abstract
                    earlier = [names for _, names in self._bench_lists_at(self._text[:off])
                               if len(names) == n]
                    prev_lists = prev_lists + earlier[-1:]
                sys_key = R.vocab_key(system) if system else None
                # "on the CROHME 2014/2016/2019 datasets respectively": one slashed name
                slashed = [sp for om in self._on_names if "/" in om.group("n")
                           for sp in [R.split_list_name(om.group("n"), n)] if sp] if resp else []
                for lst in ([lead] if len(lead) == n else []) + lists + slashed + prev_lists:
                    if len(lst) != n or (sys_key and any(R.vocab_key(x) == sys_key for x in lst)):
                        continue  # "On LibriSpeech, SqueezeASR achieves": the system is no benchmark
                    names = [R.benchmark_name(ctx, x) for x in lst]
                    if all(names):
                        for c, b in zip(members, names):
                            c.benchmark = c.benchmark or b
                        break
                # "1st place on MOT20 and 2nd place on MOT17 with 63.9 and 64.9 HOTA, respectively"
                if resp and any(c.benchmark is None for c in members):
                    ons: list[str] = []
                    for om in ctx.on_name.finditer(s, fl, rel_s):
                        b = R.benchmark_name(ctx, om.group("n"))
                        if b and b not in ons:
                            ons.append(b)
                    if len(ons) == n:
                        for c, b in zip(members, ons):
                            c.benchmark = c.benchmark or b
            # "F1 of 0.91 on UI and 0.81 on UC, which further improve to 0.97 and 0.87,
            # respectively": the scores listed before give the settings, in order
            if n > 1 and resp and (any(c.benchmark is None for c in members) or _RAISED_TO.match(s, rel_s)):
                prior = sorted((x for x in cands if x.kind == "score" and x.benchmark and x.value_span[1] <= span[0]
                                and (x.rule_id, x.span) != (_rid, span)), key=lambda x: x.value_span[0])
                if len(prior) >= n:
                    raised = _RAISED_TO.match(s, rel_s)
                    for c, x in zip(members, prior[-n:]):
                        c.benchmark = c.benchmark or x.benchmark
                        if c.metric is None and x.unit == c.unit:
                            c.metric = x.metric
                        if raised and c.baseline_value is None:
                            c.baseline_model, c.baseline_value = x.model, x.value
            # "1.8/3.3 WER on the clean/other test sets" (of LibriSpeech): splits of the
            # sentence's benchmark, one per listed value
            if n > 1 and all(c.benchmark is None for c in members):
                sm = _SPLIT_LIST.search(s, rel_e)
                if sm and len(sm.group("l").split("/")) == n:
                    base = lead[0] if len(lead) == 1 else next(
                        (R.benchmark_name(ctx, nm.group(0)) for nm in ctx.name.finditer(s)
                         if ctx.names.is_known_benchmark(nm.group(0))), None) or (carry[0] if carry else None)
                    if base:
                        for c, part in zip(members, sm.group("l").split("/")):
                            c.benchmark = f"{base} {part}"
            if n > 1 and resp and not any(c.model_explicit for c in members):
                for lst in lists:
                    if (len(lst) == n and any(R.is_modelish(ctx, x) for x in lst)
                            and not any(ctx.names.is_known_benchmark(x) for x in lst)
                            and all(R.valid_name(ctx, x) for x in lst)):
                        for c, mname in zip(members, lst):
                            c.model, c.model_explicit = mname, True
                        break
            # "Claude 2 and GPT-4 solve a mere 4.8% and 1.7% of instances respectively": the
            # subjects listed before the values, in order (systems, at least one of a known family)
            if n > 1 and not any(c.model_explicit for c in members):
                for nl in ctx.name_list.finditer(s, fl, rel_s):
                    names = [R.clean_name(ctx, x) for x in nl.captures("n")][-n:]
                    # without "respectively" only a list right before its verb
                    # ("GPT-4V and Gemini achieve accuracies of 51.26% and 45.72%")
                    if (len(names) == n and (any(R.is_modelish(ctx, x) for x in names)
                                             or _SYSTEM_NOUN_AFTER.match(s, nl.end()))
                            and all(R.valid_name(ctx, x) and not ctx.names.is_known_benchmark(x) for x in names)
                            and not _DIGIT.search(s, nl.end(), rel_s - 1)
                            and (resp or _LIST_VERB.match(s, nl.end()))):
                        for c, mname in zip(members, names):
                            c.model, c.model_explicit = mname, True
                        break
            # facts of the group, the same for every member
            first = members[0].value_span[0] - off
            gain_subject = _GAIN_SUBJECT.search(s, fl, first)
            variants = None  # "D-FINE-L / X achieves 54.0% / 55.8% AP": variants listed with slashes
            if n > 1:
                for variants in _SLASH_VARIANTS.finditer(s, fl, first):
                    pass
                if variants and (len(variants.captures("v")) != n or ctx.metric.match(variants.group(0))):
                    variants = None  # not one per value, or a metric ("ROUGE-1/2/L")
            for c in members:
                vs, ve = c.value_span[0] - off, c.value_span[1] - off
                if c.kind == "score" and c.baseline_value is None and (
                        gain_subject or self._stated_as_change(s, vs, ve, colon_ends)):
                    c.kind = "delta"
                # "a 3.2x end-to-end speedup", "2.1x--2.8x speedups": a multiplier of a gain is a margin
                if c.kind == "score" and c.unit == "x" and _GAIN_AFTER.match(s, members[-1].value_span[1] - off):
                    c.kind = "delta"
                # "boosting the performance of 1.10 and 0.46 percentage points": a difference
                if c.kind == "score" and _PERCENTAGE_POINTS.match(s, members[-1].value_span[1] - off):
                    c.kind = "delta"
                if c.benchmark is None and "ambiguous-benchmark" not in c.notes and c.role != "named":
                    b = R.benchmark_in_metric(ctx, s, ve)
                    if b is None and c.kind == "delta":
                        # "improves nDCG@10 on BEIR by 3.2 points": the change's own "on <Name>"
                        inside = [om for om in self._on_names if rel_s <= om.start() and om.end() <= vs
                                  and _BY_BEFORE_VALUE.fullmatch(s, om.end(), vs)]
                        if inside:
                            b = R.benchmark_name(ctx, inside[-1].group("n"))
                    if b is None and c.rule_id == "score-transition":
                        # "increasing pass@8 on AIME25 from 40% to 62% and on CodeElo from 28%
                        # to 43%": the "on <Name>" right before a transition is its setting
                        om = None
                        for om in ctx.on_name.finditer(s, max(0, rel_s - 60), rel_s):
                            pass
                        if om and not s[om.end():rel_s].strip():
                            b = R.benchmark_name(ctx, om.group("n"))
                    if b is None and n == 1 and c.kind == "score":
                        # "ranks first on KITTI 2D MOT with 79.59% HOTA, delivers ... on KITTI 3D
                        # MOT with 82.03% HOTA": the "on <Name>" right before "with <value>"
                        om = next((o for o in reversed(self._on_names) if o.end() <= vs), None)
                        if om and _WITH_GAP.fullmatch(s, om.end(), vs):
                            b = R.benchmark_name(ctx, om.group("n"))
                    if b is None and c.kind == "delta":
                        # "93.5% on LIBERO-LONG (24.5% improvement)": a change in brackets right
                        # after an "on <Name>" is on that name (not on the one after it)
                        om = next((o for o in reversed(self._on_names) if o.end() <= vs), None)
                        if om and _PAREN_GAP.fullmatch(s, om.end(), vs):
                            b = R.benchmark_name(ctx, om.group("n"))
                    if b is None and n > 1:
                        # "by 1.5% box AP in COCO ..., 1.3% mask AP in ..., and 1.1% mIoU in
                        # ADE20K": each listed value's own setting, before the next value
                        k = members.index(c)
                        nxt = members[k + 1].value_span[0] - off if k + 1 < len(members) else rel_e
                        if nxt > ve:
                            b, _ = R.benchmark_after(ctx, s, ve, nxt)
                    if b is None:
                        b, _ = R.benchmark_after(ctx, s, max(ve, rel_e if n > 1 else ve), cl)
                    if b is None and n == 1:
                        b, _ = R.benchmark_after(ctx, s, ve, cl)
                    # a later clause's own "on X" ("...; on the INTER split it reaches 69.8")
                    # comes before the sentence's lead benchmark
                    if b is None and fl > 0:
                        b = R.benchmark_before(ctx, s, vs, fl)
                    if b is None and s.startswith("(", rel_s):
                        b = R.benchmark_listed_before_bracket(ctx, s, rel_s, fl)
                    if b is None and len(lead) == 1:
                        b = lead[0]
                    if b is None:
                        b = R.benchmark_before(ctx, s, vs, fl)
                    if b is None and c.rule_id in _METRIC_BEFORE_RULES:
                        # "improves zero-shot ImageNet accuracy from 76.2% to 79.8%",
                        # "a GLUE score of 80.5", "its ImageNet top-1 accuracy is 84.2%"
                        transition = c.rule_id == "score-transition"
                        b = R.benchmark_in_metric_before(ctx, s, rel_s if transition else vs, fl,
                                                         known_only=not transition)
                    if b is None and fl > 0 and (c.metric or c.unit in ("%", "points")):
                        # "X achieves 53.0% AP on COCO val2017, while Y achieves 54.8% AP": the
                        # sentence's setting carries into its later clauses
                        b = R.benchmark_before(ctx, s, vs, 0)
                    if b is None and fl > 0 and c.kind == "score":
                        # "the best model only achieves 22.48 on IDEA-Bench, while the best
                        # general-purpose model only achieves 6.81": a contrasted clause's value
                        # in the unit of the score before it is on the same benchmark
                        prior = [x for x in cands if x.kind == "score" and x.benchmark and x.unit == c.unit
                                 and x.value_span[1] <= c.value_span[0] and not x.reject]
                        if prior and _CONTRAST.search(s, prior[-1].value_span[1] - off, vs):
                            b = prior[-1].benchmark
                            c.metric = c.metric or prior[-1].metric  # and in its metric
                    if b is None and carry:
                        b = carry[0]
                    if b is None and self._paper_bench() and _THIS_DATA.search(s, 0, vs):
                        # "For training a 3-layer GCN on this data, Cluster-GCN is faster": the
                        # paper's own benchmark, named before
                        b = self._doc_bench
                    if b is None and (c.unit in ("FPS", "ms") or c.metric):
                        # "runs at 320 FPS on a T4 GPU while reaching 47.1 AP on COCO": the
                        # sentence's only benchmark
                        b = self._only_benchmark(s)
                    if b is None and (c.metric or c.unit == "%") and "with" in s[max(fl, vs - 90): vs]:
                        # "a robust CIFAR10 classifier with 45% robust accuracy": a known benchmark
                        # naming the model trained on it, right before the value
                        for nm in ctx.name.finditer(s, max(fl, vs - 90), vs):
                            if _MODEL_OF_DATA.match(s, nm.end(), vs):
                                name = R.clean_name(ctx, nm.group(0))
                                if ctx.names.is_known_benchmark(name):
                                    b = name
                    if b is None and (c.metric or c.unit == "%") and not self._on_names:
                        # "Llama-2 70B also passed the MedQA-USMLE with 62.5% accuracy": the one
                        # benchmark of the vocabulary the sentence names, when it names none with "on"
                        b = self._only_known_name(s)
                    # a benchmark paper's own benchmark, once introduced, for a measured score
                    # ("the best models score 3.43 out of 5": a value on a rating scale is measured)
                    if (b is None and self._paper_bench() and vs + off >= self._doc_bench_at
                            and (c.metric or c.unit in ("%", "points") or _OUT_OF_SCALE.match(s, ve))):
                        b = self._doc_bench
                    if b is None and (c.metric or c.unit in ("%", "points")):
                        # "trained on the CheXpert dataset and achieves a mean AUC of 0.940 ...
                        # from the validation set": a split of the dataset named before
                        b = self._split_of_dataset_before(s, off, ve, cl)
                    sm = _ON_BARE_SPLIT.match(s, ve) if n == 1 else None
                    if sm and not (b or "").endswith(sm.group("sp")):
                        # "WERs of 1.75% on test-clean": the split of the benchmark found, or
                        # of the one named before (a split alone names no benchmark)
                        base = b or self._known_before(off)
                        b = f"{base} {sm.group('sp')}" if base else None
                    c.benchmark = b
                if c.model is None and variants:
                    c.model = variants.group("base") + variants.captures("v")[members.index(c)]
                    c.model_explicit = True
                if c.model is None and "with" in s[max(fl, vs - 80): vs]:
                    # "(GCN with RMSE of 0.518 on B3DB, GIN-FP with RMSE of 1.022 on FreeSolv)":
                    # a name with its metric of the value
                    for nm in ctx.name.finditer(s, max(fl, vs - 80), vs):
                        if _WITH_METRIC_OF.fullmatch(s, nm.end(), vs) and not _PREP_THE_END.search(s, max(0, nm.start() - 20), nm.start()):
                            raw = R.clean_name(ctx, nm.group(0))
                            if R.valid_name(ctx, raw) and not ctx.names.is_known_benchmark(raw) \
                                    and R.metric_info(raw, ctx.rs.rules_dir) is None and not ctx.metric.fullmatch(raw):
                                c.model, c.model_explicit = raw, True
                if c.model is None:
                    am = ctx.by_agent.match(s, ve)
                    if am:
                        nm = R.clean_name(ctx, am.group("n"))
                        if R.valid_name(ctx, nm) and not ctx.names.is_known_benchmark(nm):
                            c.model, c.model_explicit = nm, True
                if c.model is None:
                    # "surpassing DeepSeek-Prover-V2-671B's record of solving 47 problems"
                    pm = _POSSESSOR_BEFORE.search(s, max(0, vs - 80), vs)
                    if pm and R.valid_name(ctx, pm.group("n")) and not ctx.names.is_known_benchmark(pm.group("n")):
                        c.model, c.model_explicit, c.role = pm.group("n"), True, "named"
                if c.model is None and (_HUMAN_BEFORE.search(s, max(0, vs - 60), vs) or _HUMAN_AFTER.match(s, ve)):
                    # "significantly lower than the human performance of 78.24%"
                    c.model, c.model_explicit = "humans", True
                if c.model is None:
                    mod, explicit = R.subject_model(ctx, s, vs, fl, system, self._proper)
                    if fl > 0 and (((not mod or not explicit)
                                    and (_PARTICIPLE_CLAUSE.match(s, fl) or _BARE_VERB_CLAUSE.match(s, fl)))
                                   or (not mod and not system and _IT_CLAUSE.match(s, fl))):
                        # "X runs at 320 FPS while reaching 47.1 AP", "X not only yields ..., but
                        # also reaches 60.2%": the clause shares X; "TicrossNet runs in real-time;
                        # specifically, it achieves 32.6 FPS": "it" is the subject of the clause before
                        m2, e2 = R.subject_model(ctx, s, fl, 0, system, self._proper)
                        if m2 and e2:
                            mod, explicit = m2, e2
                    if (not mod or not explicit) and fl > 0 and self._clause_subject is not None \
                            and self._clause_subject[0] == off and _BARE_VERB_CLAUSE.match(s, fl):
                        # "X achieves 0.86 on A; sets a new B record of 85.5; attains 5.83 on C":
                        # a clause that opens with its verb shares the sentence's subject
                        mod, explicit = self._clause_subject[1], True
                    if not mod and not explicit and not system and self._last_subject:
                        # "it establishes ...", "the accuracy for the first answer drops to ...":
                        # with no system of its own, the paper's results are of the last one named
                        mod, explicit = self._last_subject, False
                    if not mod and not system:  # "... 40.6% on MATH using LLaMA-2 7B models"
                        mod = R.model_family_after(ctx, s, ve, cl)
                        explicit = bool(mod)
                    c.model, c.model_explicit = (mod, explicit) if mod else (system, False)
                    if explicit and c.kind == "score" and c.role == "main":
                        self._last_subject = mod
                        if self._clause_subject is None or self._clause_subject[0] != off:
                            self._clause_subject = (off, mod)
        # "improving up to 4% in ROUGE and 0.3% in BERTScore": a value listed after a margin
        # is a margin too
        by_pos = sorted(cands, key=lambda c: c.value_span[0])
        for a, b in zip(by_pos, by_pos[1:]):
            if a.kind == "delta" and b.kind == "score" \
                    and (self.rules[a.rule_id].spec.kind == "score" or a.unit == "x") \
                    and b.baseline_value is None and a.unit == b.unit \
                    and _MARGIN_LIST_GAP.fullmatch(s[a.value_span[1] - off: b.value_span[0] - off]):
                b.kind = "delta"
        for c in cands:
            if c.kind == "delta" and c.metric is None:
                om = ctx.change_object.search(s[max(0, c.value_span[0] - off - 80): c.value_span[0] - off])
                if om and not _RX1.search(om.group("m")):
                    c.metric = om.group("m").lower()
        # "on ODinW and OVDEval, boasting an AP of 30.1 and an NMS-AP of 26.86, respectively":
        # single scores stated one by one pair with a list of benchmarks named before them
        if resp:
            for lm in ctx.name_list.finditer(s):
                names = [R.benchmark_name(ctx, t) for t in R.expand_versions(lm.captures("n"))]
                if len(names) < 2 or not all(names):
                    continue
                singles = sorted((c for c in cands if c.kind == "score" and c.role == "main"
                                  and len(groups[(c.rule_id, c.span)]) == 1
                                  and c.value_span[0] - off >= lm.end()), key=lambda c: c.value_span[0])
                if len(singles) == len(names) and all(c.benchmark in (None, names[0]) or c.benchmark in names
                                                       for c in singles):
                    for c, b in zip(singles, names):
                        c.benchmark = b
                break
        # named systems' own scores take the benchmark (and metric) of the sentence's main score
        mains = [c for c in cands if c.kind == "score" and c.role == "main" and not c.reject]
        # "1.32 and 0.61, compared to 1.05 and 0.42 for X": listed values pair with the main
        # scores before them in order
        paired: dict[int, Cand] = {}
        named_groups: dict[tuple, list[Cand]] = {}
        for c in cands:
            if c.role == "named":
                named_groups.setdefault((c.rule_id, c.span), []).append(c)
        for (_rid, span), grp in named_groups.items():
            before = [x for x in mains if x.benchmark and x.value_span[1] <= span[0]]
            if len(grp) > 1 and len(before) >= len(grp):
                grp = sorted(grp, key=lambda c: c.value_span[0])
                targets = before[-len(grp):]
                # "79.2% ... with 1.6 ms latency ... as fast as X (1.6 ms, 74.7% top-1)": pair by unit
                # when the units tell the values apart, else in order
                if len({c.unit for c in grp}) == len(grp) and {c.unit for c in grp} == {x.unit for x in targets}:
                    targets = [next(x for x in targets if x.unit == c.unit) for c in grp]
                for c, x in zip(grp, targets):
                    paired[id(c)] = x
                    c.benchmark = c.benchmark or x.benchmark
                    if x.metric and c.unit == x.unit:
                        c.metric = x.metric
                    if c.model and not x.baseline_model:
                        x.baseline_model, x.baseline_value = c.model, c.value
        for c in cands:
            if c.role == "named" and (c.benchmark is None or c.metric is None):
                near = [x for x in mains if x.benchmark]
                # the main score a compared system's score follows ("64.3 on MMMU, surpassing GPT-4V (56.8)")
                prior = [x for x in near if x.value_span[0] < c.value_span[0]]
                if near:
                    x = paired.get(id(c)) or min(prior or near, key=lambda x: abs(x.value_span[0] - c.value_span[0]))
                    c.benchmark = c.benchmark or x.benchmark
                    if c.metric is None and x.unit == c.unit:
                        c.metric = x.metric
        for c in cands:
            if c.role == "named" and c.benchmark is None:
                vs, ve = c.value_span[0] - off, c.value_span[1] - off
                fl, cl = R.clause_bounds(ctx, s, vs)
                b, _ = R.benchmark_after(ctx, s, ve, cl)
                c.benchmark = b or (lead[0] if len(lead) == 1 else None) or R.benchmark_before(ctx, s, vs, fl) \
                    or (carry[0] if carry else None)
                if c.benchmark is None and self._paper_bench() and vs + off >= self._doc_bench_at:
                    c.benchmark = self._doc_bench  # a benchmark paper's own benchmark, introduced before
        # "F1 scores of 0.91 on UI and 0.81 on UC": a value listed after a score shares its metric
        order = sorted((c for c in cands if c.kind == "score" and not c.reject), key=lambda c: c.value_span[0])
        for a, b in zip(order, order[1:]):
            if b.metric is None and a.metric and a.unit == b.unit and a.kind == b.kind:
                gap = s[a.value_span[1] - off: b.value_span[0] - off]
                # a list, or a later clause that names no other metric ("a Dice score of 0.742,
                # and on KiTS23 it reaches 0.861")
                others = {R.norm_metric(m.group(0)) for m in ctx.metric.finditer(gap)} - {a.metric, None}
                if _LIST_GAP.fullmatch(gap) or (not others and not _DIGIT.search(gap) and ";" not in gap):
                    b.metric = a.metric
            # "86.0% ImageNet top-1 accuracy without extra data, and 89.77% with extra JFT data":
            # a value listed right after a score, in another setting, is on its benchmark
            if b.benchmark is None and a.benchmark and a.unit == b.unit and a.kind == b.kind \
                    and b.role == "main" and (a.rule_id, a.span) != (b.rule_id, b.span):
                gap = s[a.value_span[1] - off: b.value_span[0] - off]
                if _LISTED_AFTER.fullmatch(gap) and not ctx.on_name.search(gap):
                    b.benchmark = a.benchmark
        self._baselines(cands, mains, s, off)
        self._delta_baselines(cands, s, off, resp)
        self._compared_values(cands, mains)
        self._attach_baseline_values(mains, baselines, s, off, resp, rejected)
        self._attach_deltas(cands, mains, resp, s, off)
        self._compared_results(cands, mains)
        if not resp:
            cands.extend(self._shared_subjects(cands, s, off))
        for c in cands:
            # "a GLUE score", "the WikiSQL denotation accuracy": the benchmark's name is no
            # part of the metric
            if c.benchmark and c.metric and c.metric.lower().startswith(c.benchmark.lower() + " "):
                rest = c.metric[len(c.benchmark) + 1:]
                c.metric = R.norm_metric(rest) or " ".join(rest.lower().split())

    def _shared_subjects(self, cands: list[Cand], s: str, off: int) -> list[Cand]:
        """"Gemini-2.5-Pro and OpenAI o3 achieve around 30% on A and 40% on B": without
        "respectively", the first of two subjects has each result of the second too."""
        ctx, extra = self.ctx, []
        todo = [c for c in cands if c.kind == "score" and c.role == "main" and c.model_explicit
                and not c.reject and c.list_size == 1]  # (listed values pair with listed subjects)
        if not todo or " and " not in s:
            return extra
        pairs = list(ctx.subject_pair.finditer(s))  # NOTE: once per sentence
        for c in todo:
            vs = c.value_span[0] - off
            pm = next((p for p in reversed(pairs) if p.end() <= vs), None)
            if pm is None or R.clean_name(ctx, pm.group("b")) != c.model \
                    or ctx.subject_verb.search(s, pm.end(), vs) or ";" in s[pm.end():vs]:
                continue
            other = R.clean_name(ctx, pm.group("a"))
            if R.valid_name(ctx, other) and not ctx.names.is_known_benchmark(other) and other != c.model \
                    and not ctx.not_bench.search(other.lower()):  # "on an RTX 3090 GPU and ...": hardware
                d = _copy(c)
                d.model, d.notes = other, list(c.notes)
                extra.append(d)
        return extra

    def _stated_as_change(self, s: str, vs: int, ve: int, colon_ends: list[int]) -> bool:
        """Is the value at ``vs:ve`` a change rather than a score, by the words around it?"""
        # "improving up to 4% in ROUGE", "within 0.4% of full fine-tuning"
        if _CHANGE_BEFORE.search(s, max(0, vs - 60), vs) or (
                _WITHIN_BEFORE.search(s, max(0, vs - 12), vs)
                and (_OF_AFTER.match(s, ve) or _METRIC_THEN_ON.match(s, ve))):
            return True
        # "notable improvements: 5.2% in Scene Text-Centric tasks, 6.9% in ...": values listed
        # after a change noun and a colon, with no verb of a new subject between
        before = [e for e in colon_ends if e <= vs]
        if before and not self.ctx.subject_verb.search(s, before[-1], vs):
            return True
        # "repairs more bugs (an average of 27.78% on Defects4J v1.2 and 23.40% on ...)
        # than ...": values in the brackets of a comparative; "(e.g. -73% training time)": a
        # signed value
        return bool(_MORE_PAREN_OPEN.search(s, max(0, vs - 120), vs) or _MINUS_BEFORE.search(s, max(0, vs - 3), vs))

    def _compared_values(self, cands: list[Cand], mains: list[Cand]) -> None:
        """"we achieve a 63% success rate compared to 53.9% for the previous state of the
        art": a value a main score is compared with is no result of the same system (unless
        the text names that system for it: "compared to 4.6% for the Conformer baseline")."""
        at = {c.compared_span: c for c in mains if c.compared_span is not None}
        for x in cands:
            c = at.get(x.value_span)
            if c is not None and c is not x and x.benchmark and c.benchmark \
                    and R.vocab_key(x.benchmark) != R.vocab_key(c.benchmark):
                # "21% on SWE-EVO versus 65% on SWE-Bench Verified": the same system's score on
                # another benchmark, no baseline of this one
                c.baseline_value, c.compared_span = None, None
                continue
            if c is not None and c is not x and x.kind == "score" and not x.reject and x.model == c.model \
                    and x.unit == c.unit and (x.model or "") not in self._text[x.value_span[1]: x.value_span[1] + 60]:
                x.reject = "the compared value of another result"

    def _compared_results(self, cands: list[Cand], mains: list[Cand]) -> None:
        """"FooNet outperforms BERT-base (45.2 vs. 41.0 F1)": the value printed for a named
        system it is compared with is a result of its own (GUIDELINES), beside being the
        main result's baseline. Not for a transition ("from 64.8% to 66.5%": the same
        setting before), nor for a system named generically ("the dense baseline")."""
        claimed = {c.value_span for c in cands}
        for c in mains:
            bs, name = c.baseline_span, c.baseline_model
            if (c.kind != "score" or bs is None or bs in claimed or c.rule_id == "score-transition"
                    or not name or not (name[0].isupper() or name[0].isdigit()) or self.ctx.qty.match(name)
                    or not R.valid_name(self.ctx, name)):
                continue
            b = Cand("score", c.rule_id, c.span, bs, f"{c.baseline_value:g}", c.baseline_value)
            b.unit, b.metric, b.benchmark = c.unit, c.metric, c.benchmark
            b.model, b.model_explicit, b.role = name, True, "named"
            cands.append(b)
            claimed.add(bs)

    def _gain_pair(self, c: Cand, bq: dict, m: Match, s: str, off: int) -> None:
        """"improvements on MNLI by +0.9% (90.2% vs. 91.1%)": a compared pair right after the
        gain it spells out is (before, after) when the gain is their difference; the result
        is the improved value, on the benchmark of the gain."""
        gm = _GAIN_BEFORE_PAIR.search(s, max(0, m.span[0] - off - 60), m.span[0] - off)
        if gm is None:
            return
        try:
            gain = float(gm.group("d"))
        except ValueError:
            return
        if abs(abs(bq["value"] - c.value) - gain) > 0.051 + 1e-9:
            return
        better = min if _REDUCTION_WORD.search(s, max(0, gm.start() - 60), gm.end()) else max
        if better(c.value, bq["value"]) == bq["value"] and bq["value"] != c.value:
            c.value, c.baseline_value = bq["value"], c.value
            c.value_text, c.value_span, c.baseline_span = bq["value_text"], bq["value_span"], c.value_span
        if c.benchmark is None:
            c.benchmark = R.benchmark_name(self.ctx, gm.group("bn")) if gm.group("bn") else None

    def _metric_named(self, text: str, end: int, s: str, off: int) -> str | None:
        """The metric as written; a spelled-out metric followed by its own acronym ("area
        under the curve (AUC)", "root-mean-square error (RMSE)") is named by the acronym."""
        am = _METRIC_ACRONYM_AFTER.match(s, end - off)
        if am:
            acr = am.group("a").lower()
            rules_dir = self.ctx.rs.rules_dir
            info = R.metric_info(acr, rules_dir)
            if info is not None and acr not in info.aliases and info == R.metric_info(text, rules_dir):
                return acr
        return R.norm_metric(text)

    def _split_of_dataset_before(self, s: str, off: int, ve: int, cl: int) -> str | None:
        """"<value> ... on/from the validation set" after "the <Name> dataset": that split of
        the dataset named last before the value (in its sentence or an earlier one)."""
        sm = _SPLIT_SET_AFTER.search(s, ve, cl)
        if sm is None:
            return None
        name = R.last_named_dataset(self.ctx, self._text, off + ve)
        return f"{name} {sm.group('sp').lower()}" if name else None

    def _only_benchmark(self, s: str) -> str | None:
        """The one benchmark the sentence names with "on" (none when it names several, or
        names pretraining data); from the scan made once per sentence."""
        named = {R.benchmark_name(self.ctx, om.group("n")) for om in self._on_names} - {None}
        if len(named) == 1 and not any(R.training_data(s, om.start()) for om in self._on_names):
            return named.pop()
        return None

    def _only_known_name(self, s: str) -> str | None:
        """The one benchmark of the vocabulary a sentence names anywhere (none when several,
        or when it is named as training data); scanned once per sentence."""
        if self._known_name[0] is not s:
            self._known_name = (s, self._scan_known_name(s))
        return self._known_name[1]

    def _scan_known_name(self, s: str) -> str | None:
        ctx = self.ctx
        found = {}
        for nm in ctx.name.finditer(s):
            name = R.clean_name(ctx, nm.group(0))
            # ("MedQA-USMLE": a known benchmark with its variant after a hyphen)
            if ctx.names.is_known_benchmark(name) or ctx.names.is_known_benchmark(name.split("-")[0]):
                if _NAME_AS_RESOURCE.match(s, nm.end()) or _EXAMPLE_OF_KIND.search(s, max(0, nm.start() - 12), nm.start()):
                    # "labels that do not align with ImageNet classes", "over 90% accuracy on
                    # popular benchmarks like MMLU": a resource, or an example of a kind
                    continue
                if R.training_data(s, nm.start()):
                    return None
                found[R.vocab_key(name)] = name
        return next(iter(found.values())) if len(found) == 1 else None

    def _baselines(self, cands: list[Cand], mains: list[Cand], s: str, off: int) -> None:
        """The system each main score is compared with ("outperforming GPT-4 (22.95%)")."""
        ctx = self.ctx
        named = [c for c in cands if c.role == "named"]
        order = sorted(mains, key=lambda c: c.value_span[0])
        # "boosting the AP of RTMPose-l from 64.8% to 66.5%", "promotes X by 1.5 AP (70.2 to 71.7)":
        # the system before a transition is the baseline of its end value
        prev_tr: Cand | None = None
        for c in order:
            if c.baseline_value is not None and not c.baseline_model and c.rule_id == "score-transition":
                tm = ctx.transition_subject.search(s, max(0, c.span[0] - off - 160), c.span[0] - off)
                if tm:
                    nm = R.clean_name(ctx, tm.group("n"))
                    if R.valid_name(ctx, nm) and not self.ctx.names.is_known_benchmark(nm) \
                            and R.metric_info(nm, ctx.rs.rules_dir) is None and not ctx.metric.fullmatch(nm):
                        c.baseline_model = nm
                        if tm.group(0)[:1].isdigit() and prev_tr is not None and c.model == prev_tr.model \
                                and prev_tr.model == prev_tr.baseline_model:
                            # "of A from 6.1% to 33.9% and B from 8.5% to 44.8%": the next item is
                            # stated for its own system, as the first is for A
                            c.model = nm
            if c.rule_id == "score-transition":
                prev_tr = c
        # "... and from 6.1% to 43% for GLM-4-9B": the system a transition is stated for is
        # the one it starts from
        for c in order:
            if c.rule_id == "score-transition" and not c.model_explicit:
                # "reduce the WER from 13.23% to 8.61% with Whisper-Medium": the system improved
                wm = _WITH_MODEL.match(s, c.span[1] - off)
                if wm:
                    nm = R.clean_name(ctx, wm.group("n"))
                    if R.is_modelish(ctx, nm) and R.valid_name(ctx, nm) and not ctx.names.is_known_benchmark(nm):
                        c.model, c.model_explicit = nm, True
            if c.rule_id == "score-transition" and c.baseline_value is not None and not c.baseline_model:
                fm = _FOR_NAME.match(s, c.span[1] - off)
                if fm:
                    nm = R.clean_name(ctx, fm.group("n"))
                    if R.valid_name(ctx, nm) and not ctx.names.is_known_benchmark(nm) \
                            and R.metric_info(nm, ctx.rs.rules_dir) is None and not ctx.metric.fullmatch(nm):
                        c.baseline_model = nm
        found: dict[int, tuple[int, str]] = {}
        for i, c in enumerate(order):
            end = c.value_span[1] - off
            # (up to the first character of the next value: "90.17 beyond 84.72" looks ahead at it)
            limit = order[i + 1].value_span[0] - off + 1 if i + 1 < len(order) else len(s)
            _, cl = R.clause_bounds(ctx, s, end)
            cm = ctx.compare.search(s, end, min(limit, max(cl, end)))
            if not cm:
                continue
            rest = s[cm.end():]
            vq = ctx.qty.match(rest)
            if vq and _COUNT_AFTER.match(rest, vq.end()):
                continue  # "63% with majority voting over 64 samples": a count, no compared value
            q = R.parse_quantity(ctx, vq.group(0), 0, vq.group(0), 0) if vq and c.baseline_value is None else None
            if q:
                # the value right after the comparison is the compared one (also when its system
                # came earlier: "Compared to current models, X achieves 90.17 beyond 84.72")
                vs0 = cm.end() + q["value_span"][0] + off
                c.compared_span = (vs0, vs0 + q["value_span"][1] - q["value_span"][0])
                c.baseline_value = q["value"]
                if not c.baseline_model:
                    # "314 m²/s² for GraphCast", "65.3% and 9.8% for L2P"
                    fm = _RX2.match(_UNIT_TAIL.sub("", rest[vq.end():], count=1))
                    bm = _RX3.match(rest[vq.end():])
                    if fm:
                        c.baseline_model = R.clean_name(ctx, fm.group("p"))
                    elif bm:
                        c.baseline_model = bm.group("p")
                continue
            if c.baseline_model:
                continue
            pm = _BASELINE_PHRASE.match(rest)
            if not pm:
                continue
            phrase = R.clean_name(ctx, pm.group("p"))
            # "over a competitive open-source agent, i.e., UI-TARS": the system it names
            im = _IE_NAME.match(rest, pm.end())
            if im and R.valid_name(ctx, im.group("n")):
                phrase = R.clean_name(ctx, im.group("n"))
            phrase = _RX4.sub("", phrase) if phrase.lower().startswith(("the ",)) else phrase
            if not phrase or len(phrase.split()) > 9 or _PRONOUN_PHRASE.match(phrase) \
                    or _QUANTIFIER_PHRASE.fullmatch(phrase):  # "surpasses even many 32B models"
                continue  # "lower than its performance": a pronoun names no system
            phrase = _POSSESSIVE.sub("", phrase)  # "over its camera-only counterpart"
            phrase = _POSSESSED_TAIL.sub("", phrase)  # "surpassing X's record of solving"
            phrase = _TRAILING_PREP.sub("", phrase)  # "exceeding the passing threshold of 60%"
            phrase = _RELATIVE_TAIL.sub("", phrase)  # "comparable to the BiGCN-B which reported 93%"
            # "the performance of much bigger models including LLAMA-2-70B (56.8%)": the first
            # system named
            phrase = _PERFORMANCE_OF.sub("", phrase)
            em = _EXAMPLE_NAME.search(phrase)
            phrase = em.group("n") if em else phrase
            if not _LETTER.search(phrase) or ctx.qty.match(phrase) or phrase.lower() in _STOPWORDS:
                continue  # "(16.2 vs. 16.4)", "(2.2GB vs 11.2GB)": a quantity is no system
            if R.metric_info(phrase, ctx.rs.rules_dir) is not None or ctx.metric.fullmatch(phrase):
                continue  # "improving ASR by 0.39": the object is a metric, not a system
            phrase = R.people_name(phrase) or phrase  # "surpassing the human baseline": humans
            c.baseline_model = phrase
            found[i] = (cm.start(), phrase)
            for nm in named:
                if nm.model and R.vocab_key(nm.model) in R.vocab_key(phrase):
                    c.baseline_value = c.baseline_value if c.baseline_value is not None else nm.value
                    break
            else:
                tail = rest[pm.end():]
                pv = _RX5.match(tail)
                if pv and c.baseline_value is None:
                    q = R.parse_quantity(ctx, pv.group("v"), 0, pv.group("v"), 0)
                    if q:
                        c.baseline_value = q["value"]
                # "0.750 as opposed to the previous state of the art result of 0.713": the
                # compared system's value right after "of"
                lead = len(tail) - len(tail.lstrip())
                tq = ctx.qty.match(tail, lead) if c.baseline_value is None and pm.group("p").endswith(" of") else None
                q = R.parse_quantity(ctx, tq.group(0), 0, tq.group(0), 0) if tq else None
                # (not for the last of a list of scores: "an IS of 150.2 and an FID of 8.1,
                # improving over the previous best IS of 52.52 and FID of 18.6" pair otherwise)
                if q and i == 0:
                    c.baseline_value = q["value"]
                    vs0 = cm.end() + pm.end() + tq.start() + q["value_span"][0] + off
                    c.compared_span = (vs0, vs0 + q["value_span"][1] - q["value_span"][0])

        # "53.1 on A and 62.3 on B, surpassing prior methods by ...": the comparison after a
        # list of scores applies to each of them
        for i, c in enumerate(order):
            if c.baseline_model:
                continue
            later = [found[j] for j in range(i + 1, len(order)) if j in found]
            if later and all(x.value_span[1] <= later[0][0] + off for x in order[i:]):
                c.baseline_model = later[0][1]
                continue
            # the comparison before the value: "improves upon the state of the art ..., reaching 80.9%",
            # "improvements over base models (e.g., 66.3 -> 73.4)", "lifting the state of the art to 98.78%"
            rel = c.span[0] - off if c.rule_id == "score-transition" else c.value_span[0] - off
            fl, _ = R.clause_bounds(ctx, s, rel)
            pre = None
            for pm in ctx.compare_before.finditer(s, max(0, rel - 160), rel):
                pre = pm
            if pre is None:
                continue
            # "91.2 on A (compared to 90.1 for BERT) and 88.4 on B (compared to 87.0)": that
            # comparison belongs to the earlier score; a compared value of this one in the same
            # shape is against the same system
            earlier = next((x for x in order[:i] if x.compared_span is not None
                            and pre.start() + off <= x.compared_span[0] < pre.end() + off), None)
            if earlier is not None:
                if c.compared_span is not None and earlier.baseline_model:
                    c.baseline_model = earlier.baseline_model
                continue
            phrase = R.clean_name(ctx, pre.group("p"))
            phrase = _RX4.sub("", phrase) if phrase.lower().startswith("the ") else phrase
            if phrase and len(phrase.split()) <= 8 and R.metric_info(phrase, ctx.rs.rules_dir) is None \
                    and not ctx.metric.fullmatch(phrase) and not ctx.names.is_known_benchmark(phrase) \
                    and not _PRONOUN_PHRASE.fullmatch(phrase):  # "BERT outperformed them with"
                c.baseline_model = phrase

    def _named_subject(self, c: Cand, s: str, off: int) -> None:
        """The system a score's subject names without being a name: "even frontier models like
        GPT-5 only achieve 67% accuracy", "identifies Pi0.5 as the top performer (64.0% in
        Spatial-CG", and "even the best model has a final accuracy of only 42%" after "GPT-4o
        significantly outperforms all other models". (Runs for most scores: each pattern only
        where a word it needs is in the text before the value.)"""
        vs = c.value_span[0] - off
        before = s[max(0, vs - 160): vs].lower()
        example = " like " in before or " such as " in before or " including " in before
        top = " as the " in before[-120:]
        best = c.model is None and any(w in before for w in ("the best", "the strongest", "the top"))
        if not (example or top or best):
            return
        fl, _ = R.clause_bounds(self.ctx, s, vs)
        em = (_EXAMPLE_SUBJECT.search(s, max(0, fl, vs - 160), vs) if example else None) \
            or (_AS_TOP.search(s, max(0, vs - 120), vs) if top else None)
        if em:
            name = R.clean_name(self.ctx, em.group("n"))
            if R.valid_name(self.ctx, name) and not self.ctx.names.is_known_benchmark(name):
                c.model = name
                return
        if not best or not _BEST_SUBJECT.search(s, fl, vs):
            return
        found = None
        for bm in _BEST_NAMED.finditer(self._text, 0, c.value_span[0]):
            found = bm
        if found is not None:
            name = R.clean_name(self.ctx, found.group("n"))
            if R.valid_name(self.ctx, name) and not self.ctx.names.is_known_benchmark(name):
                c.model = name

    def _delta_baselines(self, cands: list[Cand], s: str, off: int, resp: bool) -> None:
        """The system each change is measured against ("outperforms GRPO by 12% on ALFWorld",
        "gains of 12% on ALFWorld and 9% on WebShop over the GRPO baseline"), read as a score's
        compared system is; a phrase that names no system is left out."""
        deltas = [c for c in cands if c.kind == "delta" and not c.reject and not c.baseline_model]
        if not deltas:
            return
        self._baselines(cands, deltas, s, off)
        groups: dict[tuple[str, tuple[int, int]], list[Cand]] = {}
        for c in deltas:
            if not c.baseline_model:
                # "improves the state-of-the-art model by 19%", "degrade the performance of the
                # base LLM by more than 50%": the system a change verb acts on
                vs = c.value_span[0] - off
                fl, _ = R.clause_bounds(self.ctx, s, vs)
                om = _CHANGED_SYSTEM.search(s, max(fl, vs - 120), vs)
                if om:
                    phrase = R.clean_name(self.ctx, om.group("p"))
                    phrase = _RX4.sub("", phrase) if phrase.lower().startswith("the ") else phrase
                    if phrase and (_SYSTEM_WORD.search(phrase) or (R.is_modelish(self.ctx, phrase)
                                                                   and R.valid_name(self.ctx, phrase))) \
                            and R.metric_info(phrase, self.ctx.rs.rules_dir) is None \
                            and not self.ctx.metric.fullmatch(phrase) and not _PRONOUN_PHRASE.match(phrase):
                        c.baseline_model = phrase
                        if c.metric and R.vocab_key(c.metric) == R.vocab_key(phrase):
                            c.metric = None  # (read as the changed quantity before)
            if c.baseline_model and (_NO_SYSTEM_PHRASE.search(c.baseline_model)
                                     or self.ctx.qty.match(c.baseline_model)):
                c.baseline_model = None  # "faster than real-time", "by +6.2 points", "than those trained"
            if c.baseline_model:
                # "a 50x reduction compared to Diffusion Policy's 100"
                c.baseline_model = _POSSESSIVE_END.sub("", c.baseline_model) or None
            if c.baseline_model and _PARTICIPLE_END.search(c.baseline_model):
                # "outperforming models trained on 100x more data": the participle's phrase too
                at = s.find(c.baseline_model)
                tm = _PARTICIPLE_TAIL.match(s, at + len(c.baseline_model)) if at >= 0 else None
                if tm:
                    c.baseline_model += tm.group(0)
            groups.setdefault((c.rule_id, c.span), []).append(c)
        if not resp:
            return
        # "outperforms GFM, SatLas and Scale-MAE by 2.76%, 3.67% and 3.61%, respectively": one
        # compared system per listed change
        for members in groups.values():
            n = len(members)
            phrase = members[0].baseline_model
            if n < 2 or not phrase or any(c.baseline_model != phrase for c in members):
                continue
            parts = [x for x in _BASELINE_LIST_SEP.split(phrase) if x]
            if len(parts) != n:
                # the comparison read only the list's first name: the list it starts
                first = min(c.value_span[0] for c in members) - off
                for lm in self.ctx.name_list.finditer(s, 0, first):
                    names = [R.clean_name(self.ctx, x) for x in lm.captures("n")]
                    if len(names) == n and names[0] == phrase:
                        parts = names
            if len(parts) == n and all(R.valid_name(self.ctx, x) for x in parts):
                for c, x in zip(sorted(members, key=lambda c: c.value_span[0]), parts):
                    c.baseline_model = x

    def _attach_baseline_values(self, mains: list[Cand], baselines: list[Match], s: str,
                                off: int, resp: bool, rejected: list[Cand]) -> None:
        ctx = self.ctx
        for m in baselines:
            vals = [R.parse_quantity(ctx, t, sp[0], s, off) for t, sp in m.groups.get("baseline_value", [])]
            vals = [v for v in vals if v]
            model = m.first("baseline_model")
            targets = [c for c in mains if c.baseline_value is None]
            if len(vals) == len(targets) and vals:
                for c, v in zip(targets, vals):
                    c.baseline_value = v["value"]
                    if model:
                        c.baseline_model = R.clean_name(ctx, model)
                continue
            for v in vals:
                c = Cand("score", m.rule.id, m.span, v["value_span"], v["value_text"], v["value"])
                c.reject = "baseline value without a result to attach to"
                rejected.append(c)

    def _attach_deltas(self, cands: list[Cand], mains: list[Cand], resp: bool, s: str, off: int) -> None:
        """A margin stated beside a score goes into that score's ``delta`` field."""
        margins = [c for c in cands if c.kind == "delta" and self.rules[c.rule_id].spec.margin and not c.reject]
        scores = [c for c in mains if c.benchmark and c.delta_value is None]
        if not margins or not scores:
            return
        one_list = len({(d.rule_id, d.span) for d in margins}) == 1
        if len(margins) == len(scores) and len(scores) > 1 and (resp or one_list):
            # "an EER of 0.51% and a minDCF of 0.052, relative reductions of 18% and 12%"
            pairs = list(zip(sorted(scores, key=lambda c: c.value_span[0]),
                             sorted(margins, key=lambda c: c.value_span[0])))
        else:
            pairs = []
            free = list(scores)
            for d in sorted(margins, key=lambda c: c.value_span[0]):
                # a margin belongs to a score of its own clause ("63.9%, while the number of
                # visual tokens drops by 75%" keeps the 75% apart)
                fl, cl = R.clause_bounds(self.ctx, s, d.value_span[0] - off)
                near = [c for c in free if fl <= c.value_span[0] - off < cl and _margin_fits(c, d)]
                if not near:
                    continue
                # a margin in % or points goes with a score in % or points before a speed; a
                # margin in brackets with a score before it ("93.5% on B (24.5% improvement),
                # 92.5% on C": 24.5 is B's, though C's value is nearer)
                bracketed = _MARGIN_PAREN_END.search(s, max(0, d.value_span[0] - off - 12), d.value_span[0] - off) is not None
                best = min(near, key=lambda c: (_unit_kind(c.unit) != _unit_kind(d.unit),
                                                bracketed and c.value_span[0] > d.value_span[0],
                                                abs(c.value_span[0] - d.value_span[0])))
                pairs.append((best, d))
                free.remove(best)
        listed = len(margins) == len(scores) and len(scores) > 1 and (resp or one_list)
        for sc, d in pairs:
            if not listed and d.benchmark and sc.benchmark and R.vocab_key(d.benchmark) != R.vocab_key(sc.benchmark):
                continue  # "... 74.9% on ImageNet-R, and on DomainNet it improves by 3.7 points"
            if not _margin_fits(sc, d):
                continue  # "IS of 350.2, with 20x faster inference": a speedup is no margin of a quality score
            if d.range_max is not None:
                continue  # "by a significant margin (5.4% to 14.9%)": a range of margins is a line of its own
            sc.delta_value, sc.delta_unit = d.value, d.unit
            if d.baseline_model and not sc.baseline_model:
                sc.baseline_model = d.baseline_model
            cands.remove(d)

    # ------------------------------------------------------------------ output

    def _result(self, doc: Document, c: Cand) -> Result:
        norm = None
        if c.value_text:
            v, u = normalize(c.value, c.unit, self.ruleset.rules_dir)
            norm = Normalized.model_construct(value=v, unit=u)
        baseline = None
        if c.baseline_model or c.baseline_value is not None:
            baseline = Baseline.model_construct(model=c.baseline_model, value=c.baseline_value)
        delta = None
        if c.delta_value is not None:
            delta = Delta.model_construct(value=c.delta_value, unit=c.delta_unit)
        return Result.model_construct(
            doc=doc.title, kind=c.kind if c.kind in ("score", "delta") else "score",
            model=c.model, benchmark=c.benchmark, metric=c.metric, value=c.value, unit=c.unit,
            qualifier=c.qualifier, range_max=c.range_max, baseline=baseline, delta=delta,
            evidence=doc.abstract[c.span[0]:c.span[1]], doc_id=doc.id, span=c.span, rule=c.rule_id,
            value_text=c.value_text, normalized=norm, url=doc.url, date=doc.date,
        )


_MAX_SENTENCE = 1200


def _chunks(sentences: list[Sentence]) -> list[Sentence]:
    """Cut run-on "sentences" (lists, tables, garbage) into windows of bounded length.

    NOTE: every context search is linear in the sentence, so this bounds the work per
    value; real sentences are far shorter than the window.
    """
    out: list[Sentence] = []
    for s in sentences:
        text, start = s.text, s.start
        if 0 < len(text) <= _MAX_SENTENCE and s.end == start + len(text):  # NOTE: no copy needed
            out.append(s)
            continue
        while len(text) > _MAX_SENTENCE:
            cut = max(text.rfind("; ", 0, _MAX_SENTENCE), text.rfind(", ", 0, _MAX_SENTENCE))
            if cut < _MAX_SENTENCE // 2:
                cut = text.rfind(" ", 0, _MAX_SENTENCE)
            if cut <= 0:
                cut = _MAX_SENTENCE
            head = text[:cut].rstrip()
            out.append(Sentence.model_construct(text=head, start=start, end=start + len(head)))
            rest = text[cut:]
            skip = len(rest) - len(rest.lstrip(" ,;"))
            start, text = start + cut + skip, rest[skip:]
        if text:
            out.append(Sentence.model_construct(text=text, start=start, end=start + len(text)))
    return out


def _copy(c: Cand) -> Cand:
    import copy

    return copy.copy(c)


@functools.cache
def _load(rules_dir: Path | None) -> Extractor:
    ruleset = load_ruleset(rules_dir)
    get_registry(ruleset.rules_dir)
    return Extractor(ruleset)
