"""Who said it: attribution cues and speaker names around a quote.

Everything here looks at a bounded window of text (a few hundred characters
around a quote or a cue), so the cost per quote is constant and the whole
stage stays linear in the body's length.

A speaker phrase is read in this order:

1. a pronoun (``dia``, ``ia``, ``beliau``, ``he``, ``she``, a ``-nya`` cue) refers
   back to the last-named speaker;
2. ``Role, Name`` (a role phrase, a comma, a short run of capitalised words)
   gives the name and the role;
3. otherwise the trailing run of capitalised words, minus the role and
   organisation words in front of it, is the name;
4. a name is then made canonical: a known person (from the people stage) whose
   full name or surname it is, or a full name seen earlier in the same body;
5. an organisation (known, or an all-capitals acronym) may be the speaker;
6. when none of this gives a name the speaker is None, never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from generator.records import Organization, Person

# --- cue words ---------------------------------------------------------------

#: Indonesian cues that come before the speaker: ``"...," kata Kirby``.
ID_VERB_FIRST = (
    "kata ujar ucap tutur ungkap jelas tegas tambah imbuh lanjut terang sebut jawab papar tukas "
    "timpal pungkas tandas sambung urai akui aku seru kilah ungkapnya tulis bilang cetus paparnya "
    "pinta katakan"
).split()
#: Indonesian cues that follow the speaker: ``Kirby mengatakan, ...``.
ID_SUBJECT_FIRST = (
    "mengatakan menyatakan mengungkapkan menjelaskan menegaskan menambahkan menuturkan berkata "
    "menyebutkan menyebut menilai memaparkan mengaku mengakui menerangkan berujar bilang mengungkap "
    "melanjutkan menyampaikan mengimbau berpendapat memperkirakan mencontohkan menuding mengklaim "
    "mengingatkan menandaskan menukas menjawab mengutarakan menyatakannya menekankan"
).split()
EN_CUES = (
    "said says told added explained noted stated wrote argued insisted continued replied tweeted "
    "declared warned claimed recalled observed acknowledged admitted responded suggested remarked "
    "concluded announced contended maintained cautioned complained joked quipped asked asks adds "
    "tells writes notes explains argues insists warns claims recalls admits responds continues "
    "predicted predicts boasted boasts conceded concedes countered counters urged urges"
).split()

ID_PRONOUNS = frozenset({"dia", "ia", "beliau", "nya"})
EN_PRONOUNS = frozenset({"he", "she"})
PLURAL_PRONOUNS = frozenset({"they", "mereka", "we", "kami", "kita", "i", "saya", "aku", "it", "you"})

#: Capitalised words that name a role, an office or an organisation kind,
#: not a person (both languages). Lower-cased.
ROLE_WORDS = frozenset(
    """
    president presiden vice wakil wapres menteri minister secretary sekretaris director direktur dirut
    utama ketua kepala deputi komisioner commissioner juru bicara jubir spokesman spokeswoman
    spokesperson gubernur governor gov gov. bupati walikota wali mayor senator sen sen. rep rep.
    representative congressman congresswoman chairman chairwoman chair chief executive ceo cfo coo
    manager general gen gen. jenderal officer head senior analyst analis ekonom economist pengamat
    peneliti researcher professor prof prof. dr dr. mr mr. mrs mrs. ms ms. judge justice attorney
    speaker leader majority minority former mantan candidate founder pendiri ambassador duta besar
    adviser advisor penasihat staf staff deputy assistant asisten direktorat divisi bidang kabag
    kadis dirjen sekjen kapolri kapolda kapolres panglima komandan presdir komisaris corporate
    communication communications public relations humas press manajer pimpinan pemimpin associate
    partner strategist pollster aide campaign operations strategi lt lt. col col. sgt capt
    """.split()
)
ORG_WORDS = frozenset(
    """
    bank kementerian kemenkeu badan dewan komisi departemen department ministry lembaga asosiasi
    association institute institut universitas university perusahaan perum persero pt tbk gedung
    putih white house senate senat dpr mpr pemerintah government provinsi kabupaten kota negeri
    dinas kantor office bureau biro agency agensi council committee komite partai party democratic
    democrat republican gop national nasional federal state negara company corp corp. inc inc.
    co co. group grup holding foundation yayasan center centre pusat news times post journal
    reuters afp ap cnn fox msnbc abc cbs nbc bloomberg associated press kompas kompas.com tempo
    detik antara kontan indonesia indonesian amerika serikat america american united states us u.s.
    china cina rusia russia korea utara selatan north south jepang japan eropa europe european
    bursa efek otoritas jasa keuangan perdagangan perindustrian pertanian perhubungan
    perekonomian koordinator bumn esdm kesdm pupr cabang wilayah regional research riset capital
    securities sekuritas asset management investment investama investasi pemilu election
    """.split()
)
CONNECTORS = frozenset({"dan", "and", "of", "the", "for", "&", "bin", "binti", "van", "von", "de", "der", "da", "al", "di", "la", "le"})
NAME_PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "der", "da", "al", "la", "le", "del", "dos", "du"})
#: Lower-case words that may stand in a role phrase before a name.
LOWER_ROLE = frozenset(
    """
    juru bicara keamanan nasional ekonom pengamat analis peneliti kepala direktur menteri ketua
    spokesman spokeswoman spokesperson press secretary campaign manager chairman chairwoman adviser
    advisor aide strategist senior official director chief executive founder president senator
    governor candidate nominee former mantan sang presidential republican democratic deputy
    pendiri pemilik owner pakar expert analyst economist professor lecturer dosen anggota member
    wakil sekretaris jenderal utama bidang urusan dan and of the for komisaris staf khusus
    """.split()
)

_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”„«»]+")
_UPPER_START = re.compile(r"^[^\W\d_]")


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: the canonical name (None if unknown) and a role."""

    name: str | None
    role: str | None
    pronoun: bool = False  # the name came from resolving a pronoun


def _is_cap(token: str) -> bool:
    head = token.lstrip("'‘’(")
    return bool(head) and bool(_UPPER_START.match(head)) and head[0].isupper()


def _is_acronym(token: str) -> bool:
    core = token.strip(".")
    letters = [c for c in core if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(core) <= 8


def _clean(token: str) -> str:
    return token.strip(".,;:!?'’‘\"()")


def _lower(token: str) -> str:
    return _clean(token).lower()


class Registry:
    """Names known in one body: the people stage's, then those seen so far."""

    def __init__(
        self,
        people: Sequence[Person],
        organizations: Sequence[Organization],
        resolver: Callable[[str, list[Person]], Person | None] | None = None,
    ) -> None:
        self.people = list(people)
        self.organizations = list(organizations)
        self.resolver = resolver
        self.seen: list[str] = []  # full names met so far, in order
        self._org_names: dict[str, str] = {}
        for org in self.organizations:
            for form in [org.name, *org.aliases]:
                if form:
                    self._org_names.setdefault(form.lower(), org.name)

    def organization(self, phrase: str) -> str | None:
        return self._org_names.get(phrase.strip().lower())

    def person_in(self, tokens: Sequence[str]) -> tuple[str, int] | None:
        """A known person whose name (or alias) ends the token run; (name, length)."""
        words = [_lower(t) for t in tokens]
        best: tuple[str, int] | None = None
        for person in self.people:
            for form in [person.name, *person.aliases]:
                parts = [p.lower() for p in form.split()]
                k = len(parts)
                if k == 0 or k > len(words):
                    continue
                if words[-k:] == parts and (best is None or k > best[1]):
                    best = (person.name, k)
        return best

    def canonical(self, name: str) -> str:
        """The canonical full name for ``name`` (itself when nothing better)."""
        if self.resolver is not None and self.people:
            try:
                person = self.resolver(name, self.people)
            except Exception:  # noqa: BLE001 - a teammate's stage must not break ours
                person = None
            if person is not None:
                return person.name
        lowered = name.lower()
        for person in self.people:
            if person.name.lower() == lowered or lowered in (a.lower() for a in person.aliases):
                return person.name
        tokens = lowered.split()
        if len(tokens) == 1:
            matches = sorted(
                {
                    p.name
                    for p in self.people
                    if tokens[0] in p.name.lower().split()[1:] or tokens[0] == p.name.lower().split()[-1]
                }
            )
            if len(matches) == 1:
                return matches[0]
            seen = [full for full in self.seen if len(full.split()) > 1 and tokens[0] in full.lower().split()]
            distinct = sorted(set(seen))
            if len(distinct) == 1:
                return distinct[0]
        return name

    def remember(self, name: str) -> None:
        if name and name not in self.seen:
            self.seen.append(name)


def _name_from_run(tokens: list[str], registry: Registry) -> tuple[str | None, str | None]:
    """Split a token run ``[role words..., Name]`` into (name, role)."""
    if not tokens:
        return None, None
    known = registry.person_in(tokens)
    if known is not None:
        name, k = known
        role = " ".join(tokens[:-k]).strip() or None
        return name, role
    # the trailing capitalised run
    i = len(tokens)
    while i > 0 and (_is_cap(tokens[i - 1]) or (_lower(tokens[i - 1]) in NAME_PARTICLES and i < len(tokens))):
        i -= 1
    run = [_clean(t) for t in tokens[i:]]
    run = [t for t in run if t]
    if not run:
        return None, None
    # drop role and organisation words from the front of the run
    j = len(run)
    while j > 0:
        word = run[j - 1]
        low = word.lower()
        if low in ROLE_WORDS or low in ORG_WORDS or _is_acronym(word) or low in CONNECTORS:
            break
        j -= 1
    name_tokens = run[j:][-4:]
    while name_tokens and name_tokens[0].lower() in NAME_PARTICLES:
        name_tokens = name_tokens[1:]
    role_tokens = tokens[: len(tokens) - len(name_tokens)]
    role = " ".join(_clean(t) for t in role_tokens).strip(" ,") or None
    if not name_tokens:
        org = " ".join(run)
        known_org = registry.organization(org) or (registry.organization(run[-1]) if run else None)
        if known_org:
            return known_org, None
        if len(run) == 1 and _is_acronym(run[0]):
            return run[0], None  # an organisation speaking (``ungkap BEI``)
        return None, role
    name = " ".join(name_tokens)
    known_org = registry.organization(name)
    if known_org:
        return known_org, None
    return registry.canonical(name), role


def _pronoun(tokens: list[str], language: str) -> str | None:
    if not tokens:
        return None
    first = _lower(tokens[0])
    if first in ID_PRONOUNS or first in EN_PRONOUNS:
        return first
    if first in PLURAL_PRONOUNS:
        return "plural"
    return None


def speaker_after_cue(phrase: str, registry: Registry, language: str) -> Speaker | None:
    """The speaker named right after a verb-first cue (``kata <phrase>``)."""
    segments = [s.strip() for s in re.split(r"[,;]", phrase[:240])]
    first = _phrase_tokens(segments[0]) if segments else []
    if not first:
        return None
    pronoun = _pronoun(first, language)
    if pronoun is not None:
        return Speaker(None, None, pronoun=True) if pronoun != "plural" else Speaker(None, None)
    name, role = _name_from_run(first, registry)
    if len(segments) > 1:
        second = _phrase_tokens(segments[1])
        looks_role = any(_lower(t) in ROLE_WORDS or _lower(t) in LOWER_ROLE for t in first) or name is None
        if second and all(_is_cap(t) or _lower(t) in NAME_PARTICLES for t in second) and len(second) <= 4 and looks_role:
            sname, _ = _name_from_run(second, registry)
            if sname is not None:
                return Speaker(sname, " ".join(_clean(t) for t in first) or None)
        if name is not None and role is None and second and not _is_cap(second[0]):
            role = " ".join(_clean(t) for t in second[:8]) or None
    if name is None:
        return None
    return Speaker(name, role)


def _phrase_tokens(segment: str) -> list[str]:
    """Tokens of a speaker phrase: role words and names, up to the first plain word."""
    out: list[str] = []
    for match in _TOKEN.finditer(segment):
        token = match.group()
        low = _lower(token)
        if not low:
            continue
        if _is_cap(token) or low in LOWER_ROLE or low in CONNECTORS or low in ID_PRONOUNS or low in EN_PRONOUNS or low in PLURAL_PRONOUNS:
            out.append(token)
            if token.endswith(".") and not _is_initial(token) and low not in ROLE_WORDS:
                break
            if len(out) >= 14:
                break
            continue
        break
    while out and _lower(out[-1]) in CONNECTORS:
        out.pop()
    return out


def _is_initial(token: str) -> bool:
    core = token.rstrip(".")
    return len(core) <= 2 and core[:1].isupper()


def speaker_before_cue(phrase: str, registry: Registry, language: str) -> Speaker | None:
    """The speaker that ends ``phrase``, which stands right before a cue verb."""
    text = phrase[-240:]
    segments = [s.strip() for s in re.split(r"[,;]", text)]
    last = segments[-1] if segments else ""
    tokens = _tail_tokens(last)
    if tokens:
        pronoun = _pronoun(tokens[-1:], language)
        if pronoun is not None:
            return Speaker(None, None, pronoun=True) if pronoun != "plural" else Speaker(None, None)
        name, role = _name_from_run(tokens, registry)
        if name is not None:
            return Speaker(name, role)
    # ``Kirby, the spokesman, said``: an appositive between name and cue
    if len(segments) >= 3 and last == "":
        segments = segments[:-1]
    if len(segments) >= 2:
        apposition = segments[-1]
        if apposition and not _is_cap(apposition.split()[0] if apposition.split() else "") and len(apposition.split()) <= 8:
            tokens = _tail_tokens(segments[-2])
            if tokens and _pronoun(tokens[-1:], language) is None:
                name, _ = _name_from_run(tokens, registry)
                if name is not None:
                    return Speaker(name, apposition)
    return None


def _tail_tokens(segment: str) -> list[str]:
    """The role-and-name tokens that end ``segment`` (read backwards)."""
    tokens = _TOKEN.findall(segment)
    out: list[str] = []
    for token in reversed(tokens):
        low = _lower(token)
        if not low:
            continue
        if _is_cap(token) or low in LOWER_ROLE or low in CONNECTORS or low in ID_PRONOUNS or low in EN_PRONOUNS or low in PLURAL_PRONOUNS:
            out.append(token)
            if len(out) >= 14:
                break
            if not out or not _is_cap(token):
                if low in ID_PRONOUNS or low in EN_PRONOUNS or low in PLURAL_PRONOUNS:
                    break
            continue
        break
    out.reverse()
    while out and _lower(out[0]) in CONNECTORS:
        out.pop(0)
    return out
