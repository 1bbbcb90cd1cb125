"""Light stemming of normalised Arabic words.

The core is Lucene's ArabicStemmer (Larkey's light10 family): one article-like
prefix (ال وال بال كال فال لل, or the conjunction و) is removed, then the suffixes
ها ان ات ون ين يه ه ي are removed in that order, each at most once, while at least
two letters remain (و needs a four-letter word).  After normalisation ية and ة are
spelled يه and ه, so Lucene's two other suffixes never apply.

Lexicon-guided additions (the lexicon says which words the archive knows, and
how often they occur; thresholds are Zipf values):

* و stays on a known word whose remainder is much rarer (وزير, واشنطن, وجود;
  Lucene gives زير اشنطن جود).
* after و an article form goes too (وللمدرسة -> مدرس; Lucene: للمدرس).  With an
  empty lexicon this is the only difference from Lucene.
* an article stays when it is the word's own letters (التزام, التقاء: the
  remainder is unknown but the whole is known), and لل before a word in ل
  keeps that ل (للجنة -> لجنة -> لجن, like لجنة; Lucene: جن).
* ب ل ك ف go when the remainder is a known word clearly more frequent than the
  whole and is not itself و + word (بمجلس -> مجلس; كتاب, لجنة, كمال, كيري, بوسعيد
  stay).
* the pronoun suffixes هم هن كم نا ها ه go when the remainder is a known word at
  least as frequent, restoring a ta marbuta written ت (سيارتها -> سيارة -> سيار).
* the endings ان ين ون stay on a known word whose remainder is shorter than three
  letters, unknown or much rarer (فلسطين, بكين, بيان, قانون, لبنان, تحسين stay:
  Lucene gives فلسط بك بي قان لبن تحس), yet plurals still lose them.
* a word that takes the article keeps its first letter: no proclitic stands
  between ال and a word, so الولايات, الوالي, الوكيل make ولايات, والي, وكيل words
  (Lucene: لايات, الي, كيل).
* no suffix leaves a bare article or clitic (والي, الآلي: Lucene ال), and the nisba
  endings ي يه never leave a stop word (ولاية: Lucene ولا).

Names (``names``, the gazetteer) come first: a listed place or organisation, with its
clitics and nisba adjectives, is one term (السودان, للسودان, السودانية -> سودان), and
a word that would stem to a name's term gets a ta marbuta instead (قطرة -> قطره, not
قطر).
"""

from __future__ import annotations

from archive.arabic.lexicon import Lexicon
from archive.arabic.names import NO_NAMES, Gazetteer
from archive.arabic.stopwords import STOPWORDS

ARTICLES = ("ال", "وال", "بال", "كال", "فال", "لل")
SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
# The remainder must beat the whole by this much: ب and ل forms of a word are
# typically 1.6 rarer than it, ك and ف forms 2.2; names sit closer (بسام/سام
# +0.5, كيري/يري +1.1, فادي/ادي +1.3), so the rarer proclitics demand more.
PROCLITIC_MARGINS = {"ب": 0.5, "ل": 0.5, "ك": 1.5, "ف": 1.5}
PRONOUNS = ("هم", "هن", "كم", "نا", "ها", "ه")
_NAME_ENDINGS = frozenset(("ان", "ين", "ون"))
_BARE_CLITICS = frozenset(ARTICLES) | frozenset("وبلكف")
_NISBA_ENDINGS = frozenset(("يه", "ي"))

KNOWN = 3.0  # a word at least this frequent is one the archive knows
WAW_MARGIN = 1.0  # و stays on a known word whose remainder is this much rarer
ENDING_MARGIN = 0.5  # a singular may be this much rarer than its plural


def stem(word: str, lexicon: Lexicon, names: Gazetteer = NO_NAMES) -> str:
    """Stem a normalised word: Lucene's rules refined by ``lexicon`` and ``names`` (see module)."""
    named = names.term(word)
    if named is not None:
        return named
    stemmed = _strip_suffixes(_strip_pronoun(strip_prefixes(word, lexicon), lexicon), lexicon)
    # Another word cut down to a name (قطرة, قطرات -> قطر; الرياضة -> رياض) keeps a ta
    # marbuta: its family stays together, apart from the name.
    return stemmed + "ه" if stemmed in names.terms else stemmed


def _strip_suffixes(word: str, lexicon: Lexicon) -> str:
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) >= len(suffix) + 2:
            rest = word[: -len(suffix)]
            if (suffix in _NAME_ENDINGS and _keeps_ending(word, suffix, lexicon)) or (
                lexicon and _not_a_stem(word, suffix, rest)
            ):
                continue
            word = rest
    return word


def _not_a_stem(word: str, suffix: str, rest: str) -> bool:
    """A suffix never leaves a bare article or clitic (والي -> وال, الآلي -> ال), and a
    nisba ending is never on a stop word (ولاية -> ولا), unless the word reads as a stop
    word itself: its spelling then showed it to be another word (الآلية is not إليه)."""
    if rest in _BARE_CLITICS:
        return True
    return suffix in _NISBA_ENDINGS and rest in STOPWORDS and word not in STOPWORDS


def strip_prefixes(word: str, lexicon: Lexicon) -> str:
    """Remove the proclitics of a normalised word (the first stemming step).

    Also used on its own for wildcard query text, whose end must stay untouched.
    """
    bare = _strip_article(word, lexicon)
    if bare is not None:
        return bare
    if lexicon.zipf(ARTICLES[0] + word) >= KNOWN:
        return word  # it takes the article, so its first letter is its own: الوزير, البحر
    if word.startswith("و") and len(word) >= 4:
        whole = lexicon.zipf(word)
        if whole < KNOWN or lexicon.zipf(word[1:]) >= whole - WAW_MARGIN:
            word = word[1:]
            bare = _strip_article(word, lexicon)
            if bare is not None:
                return bare
    margin = PROCLITIC_MARGINS.get(word[:1])
    if margin is not None and len(word) >= 4:
        rest = word[1:]
        rest_zipf = lexicon.zipf(rest)
        if (
            rest_zipf >= KNOWN
            and rest_zipf >= lexicon.zipf(word) + margin
            and rest not in STOPWORDS
            and not _is_waw_form(rest, lexicon)
        ):
            return rest
    return word


def _strip_article(word: str, lexicon: Lexicon) -> str | None:
    """Remove an article form; None if the word starts with none."""
    for prefix in ARTICLES:
        if word.startswith(prefix) and len(word) >= len(prefix) + 2:
            rest = word[len(prefix) :]
            with_lam = "ل" + rest
            if prefix == "لل" and lexicon.zipf(with_lam) >= max(KNOWN, lexicon.zipf(rest)):
                return with_lam  # li + al + a word in ل: للجنة is ل + اللجنة
            if not lexicon.is_known(rest) and lexicon.zipf("ال" + rest) >= KNOWN:
                return "ال" + rest  # the ال is the word's own: التزام, التقاء
            return rest
    return None


def _is_waw_form(word: str, lexicon: Lexicon) -> bool:
    """True if ``word`` reads as و + a word (ب ل ك ف never precede a و clitic)."""
    return word.startswith("و") and lexicon.zipf(word[1:]) >= lexicon.zipf(word)


def _strip_pronoun(word: str, lexicon: Lexicon) -> str:
    for suffix in PRONOUNS:
        if word.endswith(suffix) and len(word) >= len(suffix) + 3:
            rest = word[: -len(suffix)]
            if rest.endswith("ت"):
                # A ta marbuta is written ت before a suffix: سيارتها is سيارة + ها.
                rest = max(rest, rest[:-1] + "ه", key=lexicon.zipf)
            rest_zipf = lexicon.zipf(rest)
            if rest_zipf >= max(KNOWN, lexicon.zipf(word)) and rest not in STOPWORDS:
                return rest
            return word
    return word


def _keeps_ending(word: str, suffix: str, lexicon: Lexicon) -> bool:
    """True if ان/ين/ون belongs to a known word (a name) rather than inflection."""
    whole = lexicon.zipf(word)
    if whole < KNOWN:
        return False
    rest = word[: -len(suffix)]
    return len(rest) < 3 or lexicon.zipf(rest) < max(KNOWN, whole - ENDING_MARGIN)
