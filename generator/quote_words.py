"""Word lists for quote attribution (both languages), kept apart from the rules that use them."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Indonesian cues that come before the speaker: ``"...," kata Kirby`` (also with ``-nya``).
ID_VERB_FIRST = _words(
    """
    kata ujar ucap tutur ungkap jelas tegas tambah imbuh lanjut terang sebut jawab papar tukas timpal
    pungkas tandas sambung urai akui aku seru kilah tulis bilang cetus pinta katakan tutup teriak beber
    keluh seloroh kelakar tanya sahut sergah celetuk singkat
    """
)

#: Indonesian verb roots that are speech tags only right after a quote: ``"...," harap dosen itu``,
#: ``," asumsi Wawan``, ``," kenangnya``, ``," cuit akun X``. Like ``kata``, the bare root before its agent
#: (or ``-nya``) reports the words; elsewhere they are plain nouns or verbs (``pesan "..."``, ``cerita "..."``),
#: so they are no cue before a quote or in reported speech. Sung words take a singer's verb (``," lantunnya``,
#: ``," rap Jaden di tengah kerumunan``).
ID_TAG_ONLY = _words(
    """
    harap asumsi kenang sambut sanggah pesan ajak cerita sindir saran cuit kicau bantah kisah bunyi
    lantun senandung gumam bisik rap
    """
)

#: Indonesian cues that follow the speaker: ``Kirby mengatakan, ...``.
ID_SUBJECT_FIRST = _words(
    """
    mengatakan menyatakan mengungkapkan menjelaskan menegaskan menambahkan menuturkan berkata
    menyebutkan menyebut menilai memaparkan mengaku mengakui menerangkan berujar bilang mengungkap
    melanjutkan menyampaikan mengimbau berpendapat memperkirakan mencontohkan menuding mengklaim
    mengingatkan menandaskan menukas menjawab mengutarakan menyatakannya menekankan
    """
)

#: Indonesian verbs of speech, thought and stance whose named subject a later ``katanya`` / ``ujarnya`` refers
#: back to (``Kapten tim, Dani Hamdani berharap ...``, ``Analis X memprediksi ...``): the speech cues and
#: verbs that report a view or a disclosure without introducing the words themselves. Used only to find
#: the antecedents of pronoun cues, never as quote cues.
ID_STANCE_VERBS = ID_SUBJECT_FIRST | _words(
    """
    berharap mengharapkan memprediksi memprediksikan memandang meyakini menduga menganggap mengira
    memproyeksikan mengestimasi menaksir menargetkan
    mengeluhkan menyoroti menyayangkan mengkritik mengkritisi membantah menampik menanggapi mengomentari
    mengumumkan membeberkan menginformasikan mengusulkan menyarankan mendesak meminta
    bercerita menceritakan mengisahkan merinci menguraikan mempertanyakan menanyakan berjanji menjamin
    mengapresiasi menyinggung
    """
)

#: English present-tense (and British-spelt) forms of speech verbs whose past form is a cue: tags of a quote right
#: beside it (``"...," stresses Cara Diemont``, ``Ms Diemont stresses.``), as the past forms are. They are no cue
#: of reported speech: the present tense there is too often no speech (``France maintains close ties``).
EN_TAG_ONLY = _words(
    """
    stresses acknowledges affirms announces cautions complains confirms contends elaborates
    emphasises emphasizes emphasised laments maintains pleads retorts quips
    yells screams whispers mutters
    reacted reacts
    """
)

#: English cues, either order: ``"...," Kirby said`` / ``said Kirby`` / ``Kirby said:`` (a few are two words), with the
#: tag-only present forms above
EN_CUES = _words(
    """
    answered exclaimed charged shouted yelled beamed chimed retorted interjected recounted mused sighed
    laughed pleaded vowed promised demanded asserted alleged stressed emphasized objected protested
    snapped scoffed wondered whispered posted replies answers exclaims shouts
    said says told added explained noted stated wrote argued insisted continued replied tweeted declared
    warned claimed recalled observed acknowledged admitted responded suggested remarked concluded
    announced contended maintained cautioned complained joked quipped asked asks adds tells writes notes
    explains argues insists warns claims recalls admits responds continues predicted predicts boasted
    boasts conceded concedes countered counters urged urges
    barked fumed declares echoed sang sings thundered lamented marveled mocked scolded teased gushed griped
    grumbled crowed raged railed blasted quipped explains wondered reasoned elaborated clarified confided
    opined cracked chided affirmed testified confirmed
    emailed texted reported recounts recalls states stated
    pressed agreed agrees
    screamed cried chanted muttered murmured mouthed
    commented observes implored implores
    concludes remembered remembers questioned repeated repeats proclaimed proclaims assured assures
    """
) | frozenset(
    {"went on", "goes on", "shot back", "fired back", "hit back", "chimed in", "pointed out", "points out"}
    | {"put it", "puts it"}
) | EN_TAG_ONLY

#: English tags that are nouns as often (``"...," remarks Arnold`` / ``Trump's remarks``): cues only in the tag right
#: after a quote's closing mark, not in any other reading of a cue
EN_TAG_NOUNS = _words("remarks")

#: English participles that attach a quote to the subject of their sentence: ``X urged ..., saying, "...``.
EN_PARTICIPLES = _words(
    """
    saying telling adding writing noting declaring asking explaining arguing insisting warning tweeting
    stating calling quipping joking responding replying posting announcing continuing concluding
    yelling shouting screaming
    """
)

#: English verbs of the voice: their object is what was uttered, even when it looks like a title
#: (``chanting "Dump Trump."``, ``He said "The Hispanics"``)
EN_VOCAL = _words(
    """
    say says said saying shout shouts shouted shouting yell yells yelled yelling chant chants chanted chanting
    scream screams screamed screaming cry cries cried crying exclaim exclaims exclaimed exclaiming
    whisper whispers whispered whispering mutter mutters muttered muttering mouthed mouthing echoed echoing
    """
)

#: English nouns of the voice whose ``of`` introduces what was uttered: ``chants of "Marco! Marco!"``
EN_VOCAL_NOUNS = _words("chant chants cry cries shout shouts scream screams yell yells chorus refrain")

#: English verbs whose direct object is the words said: ``chanted "Lock her up!"``, ``said "Not too likely"``,
#: ``told reporters, "We lost."`` (the cues and participles, the vocal verbs, and the bare forms of the
#: commonest cues: ``to announce, "..."``)
EN_SPEECH_OBJECT = (
    frozenset(c for c in EN_CUES if " " not in c)
    | EN_PARTICIPLES
    | EN_VOCAL
    | _words(
        """
    tell add ask answer reply respond announce declare write tweet insist answering read reads reading
    citing cited
    """
    )
)

#: English verbs that characterise something in the speaker's own words; a quote that is their moved
#: object is kept (``which he called "a cartel."``, ``what Lee described as "a perception problem."``)
EN_CHARACTERISING = _words(
    """
    call calls called calling dub dubs dubbed describe describes described describing label labels labeled
    labelled labeling labelling brand brands branded term terms termed deem deems deemed
    """
)

#: Capitalised words that name a role or office, not a person (lower-cased).
ROLE_WORDS = _words(
    """
    activist actor actress adviser advisor aide ambassador analis analyst anchor asisten assistant
    associate attorney besar bicara bidang billionaire bupati businessman businesswoman campaign
    candidate capt ceo cfo chair chairman chairwoman chief col col. columnist commentator commissioner
    communication communications congressman congresswoman conservative coo corporate correspondent
    deputi deputy director direktorat direktur dirjen dirut divisi dr dr. duta economist editor ekonom guru
    madya jaksa pol pol. ratu pangeran sultan paus pelatih
    executive former founder gen gen. general gov gov. governor gubernur head host humas icon jenderal
    jubir judge juru justice kabag kadis kapolda kapolres kapolri kepala ketua komandan komisaris
    komisioner leader liberal lt lt. majority manager manajer mantan mayor menteri minister minority
    mogul mr mr. mrs mrs. ms ms. officer operations panglima partner pemimpin penasihat pendiri peneliti
    pengamat pimpinan pollster presdir presiden president press prof prof. professor public relations
    rev rev. reverend amb amb. atty atty. adm adm. maj maj. sgt. cpl cpl. supt supt.
    rep rep. reporter representative researcher secretary sekjen sekretaris sen sen. senator senior sgt
    singer speaker spokesman spokesperson spokeswoman staf staff star strategi strategist utama vice
    wakil wali walikota wapres organiser organizer producer coordinator lawyer
    aipda aiptu akbp akp bripda brigjen brigjen. bripka briptu ipda iptu irjen irjen. kombes kombes.
    komjen kompol letjen letkol kolonel mayjen marsekal laksamana laksda
    """
)

#: Capitalised words of organisation and place names, not of a person's name (lower-cased).
ORG_WORDS = _words(
    """
    abc afp agency agensi america american amerika antara ap asosiasi asset associated association badan
    bank biro bloomberg brigade brigades bumn bureau bursa cabang capital cbs center centre china cina cnn co co.
    committee company corp corp. council democrat democratic departemen department detik dewan dinas dpr
    efek election eropa esdm europe european federal foundation fox gedung gop government group grup
    holding house inc inc. indonesia indonesian institut institute investama investasi investment japan
    jasa jepang journal kabupaten kantor kemenkeu kementerian kesdm keuangan komisi komite kompas
    kompas.com kontan koordinator korea kota lembaga management ministry mpr msnbc nasional national nbc
    negara negeri news north office otoritas partai party pemerintah pemilu perdagangan perekonomian
    perhubungan perindustrian persero pertanian perum perusahaan post press provinsi pt pupr pusat putih
    regional republican research reuters riset rusia russia securities sekuritas selatan senat senate
    serikat south state states tbk tempo times u.s. united universitas university us utara white wilayah
    yayasan desa kecamatan kelurahan dusun kampung jalan jl jl. polsek polres polda klub ekonomi
    """
)

#: Lower-case words that may stand in a role phrase before a name (``juru bicara``, ``spokesman``).
LOWER_ROLE = _words(
    """
    adviser advisor aide analis analyst and anggota besar bicara bidang campaign candidate chairman
    chairwoman chief dan democratic deputy director direktur dosen duta economist ekonom executive
    expert for former founder governor jenderal juru keamanan kepala ketua khusus komisaris lecturer
    manager mantan member menteri nasional nominee of official owner pakar pemilik pendiri peneliti
    pengamat presiden president presidential press professor republican sang secretary sekretaris sekaligus
    merangkap senator senior
    spokesman spokesperson spokeswoman staf strategist the urusan utama wakil
    """
)

#: English function words that start sentences (never the first word of a name).
EN_FUNCTION = _words(
    """
    a about according after all also although an and any as asked at because before both but by during
    each earlier even every first for former from he her here his how however i if in into it its just
    last later many meanwhile more most new next no nor not now of on only or other our over said says
    she since so some still such that the their then there these they this those though to told under we
    what when where which while who whom whose why with without yet you
    """
)

#: Capitalised words that are never part of a person's name: days, months, short titles.
NOT_NAMES = _words(
    """
    agustus april august bapak bu bung capres cawapres december desember februari february friday
    gubernur ibu jakarta januari january juli july jumat june juni kamis kang kapolda kapolres kapolri
    march maret mas mbak mei mendag mendikbud menhub menkes menkeu menko menperin menpora mentan menteri
    mendagri menlu menag mensos menkumham menkominfo menpar menaker mendes menristekdikti menpupr menhan
    menparekraf menpan menkop menpppa menlhk menegbumn
    kapolsek kapolresta kapolrestabes kasat kasatreskrim kasatlantas kabid kasubdit kanit kabiro kadiv kapuspen
    kasubbag kadiskominfo
    minggu monday november october oktober pak rabu sabtu saturday selasa senin september sunday tbk
    thursday tuesday wapres wednesday
    """
)

#: Academic, professional and religious titles written before an Indonesian name (lower-cased, no dot):
#: ``Kombes drg. Raymond``, ``Ir. Joko``, ``Hj. Siti``, ``Drs. Budi``. Part of the role, never of the name.
#: (``H.`` is left out: it is as often a middle initial, ``Arry H. Reksodiputro``.)
NAME_TITLES = _words("dr drg drh ir drs dra hj prof kh")

#: ``NOT_NAMES`` that are titles or offices: inside a speaker phrase they are role words, not its end
#: (``ujar Staf Ahli Menteri PPN ... Amalia Adininggar Widyasanti``)
TITLE_NOT_NAMES = _words(
    """
    bapak bu capres cawapres gubernur ibu kapolda kapolres kapolri mendag mendikbud menhub menkes menkeu
    menko menperin menpora mentan menteri pak wapres
    mendagri menlu menag mensos menkumham menkominfo menpar menaker mendes menristekdikti menpupr menhan
    menparekraf menpan menkop menpppa menlhk menegbumn
    kapolsek kapolresta kapolrestabes kasat kasatreskrim kasatlantas kabid kasubdit kanit kabiro kadiv kapuspen
    kasubbag kadiskominfo
    """
)

#: Last words of an English organisation's name (``CBS News``, ``the New York Times``): an organisation speaking.
EN_ORG_TAILS = _words(
    """
    news times post journal magazine tribune herald network committee party department foundation
    institute university center centre council agency administration association group campaign
    commission service bureau office house senate court
    """
)

#: English words that introduce a partial quote inside a sentence: ``Trump called the system "rigged"``.
PARTIAL_CUES_EN = (
    _words(
        """
    call calls called calling dubbed dubs described describes describing labeled labelled branded termed
    deemed repeated chanted chanting shouted shouting yelled yelling screamed cried vowing promising
    praised criticized criticised slammed attacked accused accusing mocked derided dismissed
    """
    )
    | EN_PARTICIPLES
    | frozenset(c for c in EN_CUES if " " not in c)
)

#: Indonesian speech cues before a partial quote: ``Kirby mengatakan pihaknya "..."``.
PARTIAL_CUES_ID = ID_SUBJECT_FIRST | ID_VERB_FIRST

#: Indonesian words that may stand between a verbless ``demikian``/``begitu`` credit and its speaker
#: (``demikian isi kicauan X``, ``begitu yang tertulis dalam akun instagram miliknya``): ``yang``, nouns for
#: the words or their medium, their modifiers and the prepositions that attach them.
THUS_MEDIUM = _words(
    """
    yang kurang lebih isi bunyi kutipan tulisan kicauan cuitan unggahan pesan terjemahan pernyataan keterangan
    siaran pers rilis pengumuman surat komentar jawaban penjelasan ucapan status postingan unggah tertulis
    ditulis diunggah dituliskan disampaikan resmi singkat dalam di melalui lewat dari milik akun laman
    halaman situs media sosial instagram twitter facebook pribadi
    """
)
