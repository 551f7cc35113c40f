"""A page's footer of legal links closes the page: an overlay set after it is no article."""

from __future__ import annotations

from services.processors.cleaning import clean

MENU = ["Home", "News", "Sport", "Culture", "Police", "Weather", "Events", "Search"]
STORY = [
    "Dog chases burglars away",
    "Two men tried to break into a house on North Street late on Tuesday night, police said on Wednesday. Nothing was taken from the house.",
    "The family dog started barking loudly, and when the owner went to look, the two men ran off on foot towards the station.",
    "A search of the area with several patrol cars found nobody, and police are asking for witnesses to call them.",
]
FOOTER = ["Most read", "Contact", "Privacy Policy", "Imprint", "Newsletter", "Jobs", "Advertise", "Archive"]
# A consent dialog's paragraphs: together heavier than the short story above.
DIALOG = [
    "Manage consent",
    "Technologies like cookies store and access device information to provide the best experiences."
    " Consent to these technologies allows the processing of data such as browsing behaviour on this site.",
    "Functional",
    "The technical storage or access is strictly necessary for the legitimate purpose of enabling the use of a"
    " specific service explicitly requested by the subscriber or user, or for the sole purpose of carrying out"
    " the transmission of a communication over an electronic communications network.",
    "Statistics",
    "The technical storage or access that is used exclusively for statistical purposes, and only anonymous ones."
    " Without a subpoena, voluntary compliance on the part of the Internet Service Provider, or additional"
    " records from a third party, information stored or retrieved for this purpose alone cannot be used.",
    "Marketing",
    "The technical storage or access is required to create user profiles to send advertising, or to track the"
    " user on a website or across several websites for similar marketing purposes, as the settings allow.",
]


def test_a_dialog_after_the_footer_is_no_article_however_heavy():
    body = clean("\n".join(MENU + STORY + FOOTER + DIALOG), "text").body
    assert "A search of the area" in body
    assert "technical storage" not in body and "Privacy Policy" not in body


def test_legal_links_in_the_first_half_of_the_page_are_no_footer():
    banner = [DIALOG[1], DIALOG[3], "Privacy Policy", "Imprint", "Accept all"]  # a consent banner above the page
    more = [
        "The owner said the dog, a six-year-old shepherd called Max, had never barked like that before at night.",
        "Neighbours reported seeing two men in dark jackets walking along the street shortly before midnight.",
        "It is the third attempted break-in in the district this month, and police have stepped up patrols there.",
        "Anyone who saw the men or a car parked nearby is asked to call the station on the number given below.",
    ]
    body = clean("\n".join(banner + MENU + STORY + more + FOOTER[:2]), "text").body
    assert "A search of the area" in body
