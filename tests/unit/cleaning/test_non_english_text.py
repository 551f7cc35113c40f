"""Page text in other languages and scripts: prose is found by shape, not by English words."""

import pytest

from services.processors.cleaning import clean
from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.signals import is_sentence, word_count

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
    assert not is_sentence("ALL CAPS SHOUTING HEADLINE WITH A STOP.", 7)  # a cased script with no lowercase words
