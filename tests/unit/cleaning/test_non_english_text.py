"""Page text in other languages and scripts: prose is found by shape, not by English words."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block, make_blocks
from services.processors.cleaning.classifier import local_verdict
from services.processors.cleaning.signals import (
    ENGLISH,
    ends_like_sentence,
    is_sentence,
    normalise,
    page_language,
    word_count,
)

STORY_EN = [
    "The city council approved a budget of three million dollars on Monday to repair the old bridge, officials said.",
    "The work will begin in May and last a year, the mayor told reporters at city hall after the vote.",
    "The old bridge was closed in March after inspectors found cracks in two of its piers.",
]

PAGES = {
    "ru": (
        ["Главная", "Новости", "Спорт", "Погода"],
        [
            "Городской совет в понедельник утвердил бюджет в три миллиона долларов на ремонт старого моста, сообщили чиновники.",
            "Работы начнутся в мае и продлятся год, заявил мэр журналистам в мэрии после голосования.",
            "Старый мост закрыли в марте после того, как инспекторы обнаружили трещины в двух опорах.",
        ],
        ["© 2024 Городская газета", "Политика конфиденциальности"],
    ),
    "zh": (
        ["首页", "新闻", "体育", "天气"],
        [
            "市议会周一批准了三百万美元的预算用于修复旧桥，官员表示。",
            "工程将于五月开始，为期一年，市长在投票后对记者说。",
            "检查人员在两个桥墩上发现裂缝后，旧桥于三月关闭。",
        ],
        ["相关阅读", "三个沿海城镇在创纪录的风暴潮后防洪失败", "部长承诺在数月延误后审查铁路时刻表", "隐私政策"],
    ),
    "ar": (
        ["الرئيسية", "أخبار", "رياضة"],
        [
            "وافق مجلس المدينة يوم الاثنين على ميزانية قدرها ثلاثة ملايين دولار لإصلاح الجسر القديم، حسبما قال مسؤولون.",
            "وستبدأ الأعمال في مايو وتستمر عاما كاملا، كما قال رئيس البلدية للصحفيين بعد التصويت.",
            "وكان الجسر القديم قد أغلق في مارس بعد أن وجد المفتشون شقوقا في اثنتين من دعاماته.",
        ],
        ["سياسة الخصوصية"],
    ),
    "th": (  # no mark ends a Thai sentence or paragraph
        ["หน้าแรก", "ข่าว", "กีฬา", "สภาพอากาศ"],
        [
            "สภาเมืองอนุมัติงบประมาณสามล้านดอลลาร์เมื่อวันจันทร์ เพื่อซ่อมแซมสะพานเก่าที่ปิดมาตั้งแต่เดือนมีนาคม "
            "หลังจากผู้ตรวจสอบพบรอยร้าวที่เสาสองต้น เจ้าหน้าที่กล่าว",
            "งานซ่อมจะเริ่มในเดือนพฤษภาคมและใช้เวลาหนึ่งปี นายกเทศมนตรีบอกกับผู้สื่อข่าวที่ศาลาว่าการเมืองหลังการลงมติ "
            "โดยระบุว่าจะมีเรือข้ามฟากชั่วคราวให้ประชาชน",
            "ชาวบ้านที่อาศัยอยู่ริมแม่น้ำกล่าวว่าพวกเขารอคอยการซ่อมแซมครั้งนี้มานานหลายปี และหวังว่างานจะเสร็จทันก่อนฤดูฝนหน้า",
        ],
        ["ข่าวที่เกี่ยวข้อง", "นโยบายความเป็นส่วนตัว"],
    ),
    "my": (  # Myanmar closes its sentences with ။
        ["ပင်မစာမျက်နှာ", "သတင်း", "အားကစား"],
        [
            "မြို့တော်ကောင်စီသည် တနင်္လာနေ့တွင် တံတားဟောင်းကို ပြုပြင်ရန် ဒေါ်လာသုံးသန်း ဘတ်ဂျက်ကို အတည်ပြုခဲ့သည်ဟု တာဝန်ရှိသူများက ပြောသည်။",
            "လုပ်ငန်းများကို မေလတွင် စတင်မည်ဖြစ်ပြီး တစ်နှစ်ကြာမည်ဖြစ်ကြောင်း မြို့တော်ဝန်က မဲပေးပြီးနောက် သတင်းထောက်များကို ပြောကြားခဲ့သည်။",
            "စစ်ဆေးရေးမှူးများက တိုင်နှစ်ခုတွင် အက်ကွဲကြောင်းများ တွေ့ရှိပြီးနောက် တံတားဟောင်းကို မတ်လတွင် ပိတ်ခဲ့သည်။",
        ],
        ["ကိုယ်ရေးအချက်အလက်မူဝါဒ"],
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_story_is_kept_and_the_menus_dropped_in_any_script(lang):
    before, story, after = PAGES[lang]
    result = clean("\n".join(before + story + after), "text")
    assert result.body == "\n\n".join(story)


def test_unspaced_scripts_count_words_by_characters():
    assert word_count("市议会周一批准了三百万美元的预算") == 1 + 16 // 2
    assert word_count("The bridge reopened") == 3
    assert word_count("") == 0


def test_sentences_are_recognised_without_latin_lowercase():
    assert make_block(PAGES["ru"][1][0]).sentence
    assert make_block(PAGES["zh"][1][0]).sentence
    assert make_block(PAGES["ar"][1][0]).sentence
    assert not make_block("首页").sentence
    assert make_block(PAGES["th"][1][0]).sentence
    assert make_block(PAGES["my"][1][0]).sentence
    assert not make_block("นโยบายความเป็นส่วนตัว และข้อกำหนดการใช้งานเว็บไซต์").sentence  # a Thai line under 100 letters
    assert not is_sentence("ALL CAPS SHOUTING HEADLINE WITH A STOP.", 7)  # a cased script with no lowercase words


# Page furniture in the main European languages: the marker vocabulary names it, as it does in English.
EUROPEAN_PAGES = {
    "de": (
        ["Startseite", "Suche", "Anmelden", "Anzeige", "Artikel teilen"],
        [
            "Der Stadtrat hat am Montag einen Haushalt von drei Millionen Euro für die Sanierung der alten Brücke beschlossen.",
            "Die Arbeiten sollen im Mai beginnen und ein Jahr dauern, sagte die Bürgermeisterin nach der Abstimmung.",
            "Die Brücke war im März gesperrt worden, nachdem Prüfer Risse an zwei Pfeilern gefunden hatten.",
        ],
        ["Mehr zum Thema", "Kommentare", "Kommentar schreiben", "Datenschutzerklärung", "Alle Rechte vorbehalten"],
    ),
    "fr": (
        ["Accueil", "Rechercher", "Se connecter", "Publicité", "Partager"],
        [
            "Le conseil municipal a adopté lundi un budget de trois millions d'euros pour la rénovation du vieux pont.",
            "Les travaux commenceront en mai et dureront un an, a déclaré la maire après le vote du conseil.",
            "Le pont avait été fermé en mars après la découverte de fissures sur deux de ses piliers.",
        ],
        ["À lire aussi", "Commentaires", "Laisser un commentaire", "Mentions légales", "Tous droits réservés"],
    ),
    "es": (
        ["Inicio", "Buscar", "Iniciar sesión", "Publicidad", "Compartir"],
        [
            "El concejo municipal aprobó el lunes un presupuesto de tres millones de euros para reparar el viejo puente.",
            "Las obras comenzarán en mayo y durarán un año, dijo la alcaldesa a los periodistas tras la votación.",
            "El puente fue cerrado en marzo después de que los inspectores hallaran grietas en dos de sus pilares.",
        ],
        [
            "Noticias relacionadas",
            "Comentarios",
            "Deja un comentario",
            "Política de privacidad",
            "Todos los derechos reservados",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(EUROPEAN_PAGES))
def test_european_furniture_is_named_by_the_marker_vocabulary(lang):
    before, story, after = EUROPEAN_PAGES[lang]
    result = clean("\n".join(before + story + after), "text")
    assert result.body == "\n\n".join(story)
    reasons = [r.reason for r in result.removed]
    assert reasons == [
        "navigation", "navigation", "navigation", "advertisement", "share-widget",
        "related-links", "comments", "comments", "legal", "legal",
    ]  # fmt: skip


def test_a_comments_heading_in_another_language_ends_the_article():
    story = EUROPEAN_PAGES["de"][1]
    thread = [
        "Kommentare",
        "Ein wirklich guter Artikel über die Brücke, vielen Dank für die ausführliche Recherche und die Bilder.",
        "Ich wohne direkt daneben und finde es höchste Zeit, dass dort endlich etwas passiert, sagte mein Nachbar.",
    ]
    result = clean("\n".join(story + thread), "text")
    assert result.body == "\n\n".join(story)


def test_page_language_is_read_from_function_words():
    german = normalise(" ".join(EUROPEAN_PAGES["de"][1])).split()
    french = normalise(" ".join(EUROPEAN_PAGES["fr"][1])).split()
    spanish = normalise(" ".join(EUROPEAN_PAGES["es"][1])).split()
    english = normalise(" ".join(STORY_EN)).split()
    assert page_language([german]) == "German"
    assert page_language([french]) == "French"
    assert page_language([spanish]) == "Spanish"
    assert page_language([english]) == ENGLISH
    assert page_language([]) == ENGLISH
    assert page_language([["xqzt", "vvbn", "plokk"] * 10]) == ENGLISH  # no stoplist fits: the former reading


def test_density_is_measured_in_the_page_language():
    blocks = make_blocks(EUROPEAN_PAGES["de"][1])
    assert all(b.density >= 0.3 for b in blocks)  # German function words, not English ones
    assert make_block(EUROPEAN_PAGES["de"][1][0]).density < 0.1  # alone, a block is read in English


# Paragraphs a CMS set without final stops: only their function words show them as prose.
UNSTOPPED_DE = [
    "Der Stadtrat hat am Montag nach langer Debatte einen Haushalt von drei Millionen Euro für die Sanierung der alten Brücke beschlossen",
    "Die Arbeiten sollen im Mai beginnen und ein ganzes Jahr dauern, wie die Bürgermeisterin nach der Abstimmung im Rathaus sagte",
    "Die Brücke war im März gesperrt worden, nachdem Prüfer bei einer Routinekontrolle Risse an zwei der Pfeiler gefunden hatten",
]


def test_prose_without_final_stops_is_found_by_the_page_language_function_words():
    menu = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wetter"]
    result = clean("\n".join(menu + UNSTOPPED_DE + menu), "text")
    assert result.body == "\n\n".join(UNSTOPPED_DE)


def test_sentences_may_close_with_any_language_quotation_marks():
    assert ends_like_sentence("Er sagte: „Das ist ein guter Tag für die Stadt.“")  # German „…“
    assert ends_like_sentence("Er sagte: »Das ist ein guter Tag.«")  # German »…«
    assert ends_like_sentence("Il a dit : « C'est une bonne journée pour la ville. »")  # French, spaced
    assert ends_like_sentence("Il a dit : « C'est une bonne journée. »")  # no-break space
    assert ends_like_sentence('He said: "It is a good day."')
    assert not ends_like_sentence("Weiter »")  # a pager's arrow, no stop before it
    assert not ends_like_sentence("Lire la suite ›")


def test_a_blog_sentence_may_close_with_a_smiley_but_a_label_with_a_symbol_is_no_sentence():
    assert ends_like_sentence("Man fühlt sich danach wie ein Held – und das gefällt mir 😉")
    assert ends_like_sentence("Das war ein schöner Tag. 😀")
    assert not ends_like_sentence("Verpasse keine News zu Hardware & Gadgets 💌")
    assert not ends_like_sentence("Neu im Shop 🔥")


def test_a_german_story_of_short_quoted_paragraphs_is_kept():
    story = [
        "Die Bürgermeisterin war zufrieden: „Das ist ein guter Tag für die Stadt.“",
        "Die Opposition stimmte zu: „Wir tragen den Kompromiss mit, bleiben aber wachsam.“",
        "Ein Sprecher der Verwaltung sagte: „Die Arbeiten beginnen im Mai.“",
    ]
    menu = ["Startseite", "Politik", "Wirtschaft", "Sport"]
    assert clean("\n".join(menu + story + menu), "text").body == "\n\n".join(story)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("vor 3 Tagen", "publication-stamp"),
        ("il y a 2 heures", "publication-stamp"),
        ("hace 5 horas", "publication-stamp"),
        ("2 ore fa", "publication-stamp"),
        ("3 uur geleden", "publication-stamp"),
        ("Teilen auf Facebook", "share-widget"),
        ("Partager sur Twitter", "share-widget"),
        ("Die Feuerwehr rückte am Abend aus, um den Brand zu löschen. Foto: dpa", "caption"),
        ("La policía llegó al lugar por la tarde. Crédito: EFE", "caption"),
        ("Pääministeri keskusteli keskiviikkona Berliinissä liittokanslerin kanssa. Kuva: Lehtikuva", "caption"),
        ("Premier przemawia w Sejmie podczas debaty nad ustawą. Zdjęcie: PAP/Jan Kowalski", "caption"),
        ("Spasilački timovi stigli su na mjesto nesreće u subotu. Izvor: HINA", "caption"),
        ("Премьер-министр выступает в парламенте во вторник. Фото: ТАСС", "caption"),
        (
            "Puolue ilmoitti keskiviikkona uudesta linjastaan. Kuva on otettu vuonna 2010.",
            None,
        ),  # no credit after a label
        (
            "Benachrichtigung aktivieren Dürfen wir Sie in Ihrem Browser über die wichtigsten Nachrichten informieren? "
            "Sie erhalten 2-5 Meldungen pro Tag.",
            "subscription-prompt",
        ),
        ("Activer les notifications", "subscription-prompt"),
        ("Wer die Benachrichtigungen aktivieren will, muss das in den Einstellungen tun.", None),  # a how-to's sentence
        ("Autor", "credit"),
        ("L'auteur", "credit"),
        ("vor dem Rathaus", None),  # "vor" without a time span
        ("Vor 3 Tagen kam er in der Stadt an und blieb.", None),  # a sentence
    ],
)
def test_stamps_share_bars_credits_and_author_boxes_in_other_languages(line, reason):
    assert local_verdict(make_block(line)) == reason


def test_an_author_box_heading_ends_a_german_article():
    story = EUROPEAN_PAGES["de"][1]
    box = [
        "Autor",
        "Dr. Hans Meier",
        "ist Partner einer Kanzlei in Berlin und schreibt regelmäßig über Baurecht und Stadtplanung.",
    ]
    assert clean("\n".join(story + box), "text").body == "\n\n".join(story)


@pytest.mark.parametrize(
    "line", ["3 Comments", "71 Kommentare", "12 commentaires", "5 comentarios", "Pingback: A post"]
)
def test_counted_comments_headings_and_pingbacks_are_comments(line):
    assert local_verdict(make_block(line)) == "comments"


def test_a_counted_comments_heading_ends_the_article():
    story = EUROPEAN_PAGES["de"][1]
    thread = [
        "2 Kommentare",
        "Ein wirklich guter Artikel über die Brücke, vielen Dank für die ausführliche Recherche.",
        "Ich wohne direkt daneben und finde es höchste Zeit, dass dort endlich etwas passiert.",
    ]
    assert clean("\n".join(story + thread), "text").body == "\n\n".join(story)


def test_a_german_thread_heavier_than_the_story_stays_out():
    story = EUROPEAN_PAGES["de"][1] + [
        "Die Kosten teilen sich die Stadt und das Land zu gleichen Teilen, hieß es aus dem Rathaus."
    ]
    comment = (
        "Ich wohne seit zwanzig Jahren neben der alten Brücke und finde, dass diese Entscheidung längst überfällig "
        "war, denn jeden Winter wird der Verkehr schlimmer und im Rathaus hat sich niemand darum gekümmert ({})."
    )
    thread = ["3 Kommentare"] + [comment.format(f"Kommentar {n}") for n in range(1, 4)]
    assert clean("\n".join(story + thread), "text").body == "\n\n".join(story)


@pytest.mark.parametrize(
    ("lang", "prompt"),
    [
        ("de", "Folgen Sie uns auf Instagram und Facebook und erhalten Sie alle Nachrichten aus der Region."),
        ("fr", "Retrouvez toutes nos vidéos et nos reportages sur notre chaîne et sur nos réseaux."),
        ("es", "Suscríbete a nuestro boletín para recibir cada mañana las noticias de la ciudad."),
    ],
)
def test_a_sites_closing_prompt_in_another_language_is_removed(lang, prompt):
    _, story, _ = EUROPEAN_PAGES[lang]
    result = clean("\n".join([*story, prompt]), "text")
    assert result.body.split("\n\n") == story
    assert {r.text: r.reason for r in result.removed}[prompt] == "subscription-prompt"


def test_a_closing_quotation_that_addresses_nobody_but_reports_is_kept():
    _, story, _ = EUROPEAN_PAGES["fr"]
    closing = "« Nous ne lâcherons rien, et nous suivrons votre dossier », a déclaré la maire devant le conseil."
    result = clean("\n".join([*story, closing]), "text")
    assert result.body.split("\n\n") == [*story, closing]


@pytest.mark.parametrize(
    ("lang", "heading"), [("es", "Aviso legal"), ("de", "Haftungsausschluss"), ("en", "Disclaimer")]
)
def test_a_legal_heading_ends_the_article_with_the_notice_under_it(lang, heading):
    story = EUROPEAN_PAGES[lang][1] if lang != "en" else STORY_EN
    notice = (
        "La información publicada en este sitio tiene carácter meramente informativo y no constituye asesoramiento "
        "de ningún tipo. El editor no se hace responsable de los daños que pudieran derivarse del uso de estos "
        "contenidos, ni de la exactitud de la información facilitada por terceros, ni de los enlaces a otros sitios."
    )
    assert clean("\n".join(story + [heading, notice, "Contacto"]), "text").body == "\n\n".join(story)


def test_a_cookie_banner_button_above_the_story_does_not_end_it():
    banner = [
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad.",
        "Esta web guarda sus preferencias de navegación durante un año, según la normativa europea.",
        "Aceptar",
    ]
    story = EUROPEAN_PAGES["es"][1]
    assert clean("\n".join(banner + story), "text").body.endswith(story[-1])


MORE_DE = [
    "Nach Angaben der Verwaltung kostet die Sanierung der Brücke rund drei Millionen Euro. Den größten Teil "
    "davon trägt das Land, den Rest zahlt die Stadt aus ihren Rücklagen, die sie seit Jahren für Brücken anlegt.",
    "Während der Arbeiten bleibt die Brücke für Fußgänger und Radfahrer offen. Autos und Busse werden über die "
    "Umgehungsstraße im Norden der Stadt umgeleitet, was die Fahrt um etwa zehn Minuten verlängert.",
]


def test_a_further_information_heading_inside_a_german_story_leaves_and_the_story_goes_on():
    story = EUROPEAN_PAGES["de"][1]
    lines = [*story, "Weitere Informationen", *MORE_DE]
    assert clean("\n".join(lines), "text").body == "\n\n".join(story + MORE_DE)


def test_an_embeds_consent_placeholder_inside_a_german_story_does_not_end_it():
    story = EUROPEAN_PAGES["de"][1]
    placeholder = ["Twitter freischalten", "Datenschutzeinstellungen verwalten"]
    lines = [*story, *placeholder, *MORE_DE]
    assert clean("\n".join(lines), "text").body == "\n\n".join(story + MORE_DE)


def test_a_press_releases_contact_box_ends_it():
    story = EUROPEAN_PAGES["de"][1]
    box = [
        "Pressekontakt:",
        "Markus Muster",
        "Pressesprecher",
        "Der Verband ist ein Bürgerrechtsverband und vertritt seit über dreißig Jahren die Interessen seiner Mitglieder.",
    ]
    assert clean("\n".join(story + MORE_DE + box), "text").body == "\n\n".join(story + MORE_DE)
