"""Single blocks judged on their own: vocabulary, stamps, residue and shape."""

from __future__ import annotations

import pytest

from services.processors.cleaning.blocks import make_block
from services.processors.cleaning.classifier import local_verdict


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("ADVERTISEMENT", "advertisement"),
        ("Media captionDrone footage shows mass burials in New York", "caption"),  # label glued on
        ("Image captionAbout 40 bodies were buried on Thursday", "caption"),
        ("© Getty Images MANCHESTER, Sept. 29, 2020 -- A girl walks past the halls of residence.", "caption"),
        ("© AFP A protester holds a flag in front of the parliament on Monday.", "caption"),
        ("Media playback is unsupported on your device", "caption"),
        ("Author", "credit"),  # the label over a writer's box at the story's end
        ("About the Author - Florina Ionescu", "credit"),
        ("Über den Autor/ die Autorin", "credit"),
        ("Article Sources", "credit"),
        ("Sharing is caring!", "share-widget"),
        (
            "Share FacebookTwitterGoogle+RedditWhatsAppPinterestEmailLinkedinPrint",
            "share-widget",
        ),  # buttons run together
        ("facebooktwitterflipboardwhatsapp", "share-widget"),
        ("Leave this field empty if you're human:", "subscription-prompt"),  # a sign-up form's trap field
        ("Veuillez laisser ce champ vide :", "subscription-prompt"),
        ("Kommentieren ist momentan nicht möglich.", "comments"),
        ("Weitere interessante Themen", "related-links"),
        ("Verwandte Themen", "related-links"),
        ("Beliebte Beiträge zum Thema:", "related-links"),
        ("Zum Weiterlesen:", "related-links"),
        ("Související", "related-links"),
        ("Weitere Informationen:", "navigation"),
        ("MARKIERT MIT", "navigation"),
        ("Inhalt", "navigation"),
        ("Teilen mit:", "share-widget"),
        ("Podziel się", "share-widget"),
        ("Like this:", "share-widget"),
        ("Gefällt mir Wird geladen...", "share-widget"),
        ("War der Artikel nützlich?", "share-widget"),
        ("URL zum Kopieren", "share-widget"),
        ("Buy photo", "share-widget"),
        ("JUST WATCHED", "share-widget"),  # a news video carousel's labels
        ("More Videos ...", "share-widget"),
        ("MUST WATCH", "share-widget"),
        ("StumbleUpon", "share-widget"),  # an older page's share button
        ("Digg", "share-widget"),
        ("Post to Facebook", "share-widget"),
        ("To view this content, Javascript must be enabled and Adobe Flash Player must be installed.", "share-widget"),
        ("Your browser does not support the video tag.", "share-widget"),
        ("Bitte aktivieren Sie JavaScript, um dieses Video zu sehen.", "share-widget"),
        ("To embed this post, copy the code below and paste into your website or blog.", "share-widget"),
        ("ARTICLE TOOLS", "share-widget"),
        ("Printer-Friendly Format", "share-widget"),
        ("Envoyer par mail", "share-widget"),
        ("Most E-Mailed Articles", "related-links"),
        ("Keywords: bridge, council, budget", "navigation"),  # a story's tags
        ("Labels: general tips, marketing", "navigation"),  # a blog engine's tags
        ("Advertising", "advertisement"),
        ("Schreibe einen Kommentar", "comments"),
        ("Kommentieren Sie hier", "comments"),
        ("Ausgabe kaufen", "subscription-prompt"),
        ("Quellenangaben:", "credit"),
        ("Pressekontakt:", "credit"),
        ("Ansprechpartner", "credit"),
        ("Media contact", "credit"),
        (
            "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu "
            "Twitter her. Hier kannst du deine Einstellungen verwalten.",
            "share-widget",
        ),
        ("Lesermeinungen", "comments"),
        ("Suche nach:", "navigation"),
        ("Benutzername", "navigation"),
        ("Mehr Infos", "navigation"),
        ("Más información", "navigation"),
        ("Vollbild", "share-widget"),
        ("Als Lesezeichen speichern", "share-widget"),
        ("Print Recipe Pin Recipe", "share-widget"),
        ("Jaa artikkeli Twitterissä", "share-widget"),
        ("Twitter freischalten", "share-widget"),
        ("Datenschutzeinstellungen verwalten", "share-widget"),
        ("La rédaction vous conseille :", "related-links"),
        ("Weitere Videos", "related-links"),
        ("Anzeige symplr", "advertisement"),
        ("Jetzt Aktivieren", "subscription-prompt"),
        ("Ich unterstütze bereits", "subscription-prompt"),
        ("Fact checked by", "credit"),
        ("Haftung für Links", "legal"),
        ("In diesem Artikel:", "navigation"),
        ("Buy single article", "subscription-prompt"),
        ("Instant access to the full article PDF.", "subscription-prompt"),
        ("CAS Article PubMed PubMed Central Google Scholar", "share-widget"),  # a reference's links
        ("Article Google Scholar", "share-widget"),
        ("Der Artikel gefällt dir?", "share-widget"),
        ("↓ Zu den Kommentaren", "navigation"),
        ("Möchten Sie den Artikel teilen?", "share-widget"),
        ("Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.", "share-widget"),
        ("Wählen Sie Ihren Zugang und lesen Sie weiter:", "subscription-prompt"),
        ("Jede kleine Spende hilft den Menschen in Not!", "subscription-prompt"),
        ("Was passiert mit meinen Daten?", "legal"),
        ("Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.", "legal"),
        ("Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei", "navigation"),
        ("À lire aussi » Quel est votre profil digestif ?", "related-links"),
        ("Lesen Sie hier: Spielabbruch in der Kreisliga am Sonntag", "related-links"),
        ("Dieser Beitrag wurde veröffentlicht in Reiki und gekennzeichnet mit Meditation.", "navigation"),
        ("Weiterlesen auf netzpolitik.org", "related-links"),
        ("Continue reading on Medium", "related-links"),
        ("Story continues below advertisement", "advertisement"),
        ("Continue reading the main story", "advertisement"),
        ("Supported by", "advertisement"),
        ("Share this article", "share-widget"),
        ("Facebook Twitter WhatsApp Email", "share-widget"),
        ("4 hours ago", "publication-stamp"),
        ("Updated: 12 May 2024 18:02 BST", "publication-stamp"),
        ("By Tomás Rivera", "byline"),
        ("By Alex Heath, a deputy editor and author of the newsletter. He has covered tech for a decade.", "byline"),
        ("Par Marie Dupont, une journaliste du service local, qui couvre la mairie.", "byline"),
        ("Villagers clear debris from the road. Photograph: Ana Lima/AFP", "caption"),
        ("Officers unload the seized boat at the marina on Sunday. By U.S. COAST GUARD", "caption"),
        ("The mayor speaks at a press conference on Monday. (Matt Stone/Boston Herald)", "caption"),
        ("What the new budget means for you. (Jane Roe and John C. Doe/The Daily Ledger)", "caption"),  # a video's two makers
        ("The mayor holds a sign near a highway ramp in Columbus, Ohio, in December 2010. Jane Doe / AP, file", "caption"),
        ("The senator and his wife at the White House in September. | Jane Doe/AP Photo", "caption"),
        ("The senator and his wife at the White House in September. Jane Doe/AP Photo", "caption"),
        ("The former minister in 2008. REUTERS/Jane Doe", "caption"),  # the agency before its photographer
        ("- The former minister in 2008. REUTERS/Jane Doe -", "caption"),  # set between dashes
        ("Additional reporting by Jo Park; Editing by Lee Kim", "agency-tail"),
        ("With agency inputs", "agency-tail"),
        ("Sign up for our daily briefing", "subscription-prompt"),
        ("You may also like", "related-links"),
        ("Explore further", "related-links"),
        ("Weitere Themen", "related-links"),
        ("Weitere aktuelle Themen aus der Arbeitswelt", "related-links"),
        ("We use cookies to improve your experience on our site.", "legal"),
        ("Privacy & Cookies Policy", "legal"),
        ("(Alle Angaben ohne Gewähr)", "legal"),
        (
            "We use cookies and other tracking technologies to improve your browsing experience on our site, show "
            "personalized content and targeted ads, analyze site traffic, and understand where our audience is coming "
            "from. To find out more or to opt-out, please read our Cookie Policy. In addition, please read our "
            "Privacy Policy, which has also been updated.",
            "legal",
        ),
        (
            "This post contains references to products from one or more of our advertisers. We may receive "
            "compensation when you click on links to those products. Terms apply to the offers listed on this "
            "page. For an explanation of our Advertising Policy, visit this page.",
            "legal",
        ),
        ("Leave a Reply", "comments"),
        ("Skip to main content", "navigation"),
        ("JD", "credit"),
        ("AFP/Getty", "credit"),
        ("PA Wire/PA Images", "credit"),
        ("www.example.org/news/2024/story-slug", "other-furniture"),
        ("EXAMPLENEWS.COM", "other-furniture"),
        ("• | •", "other-furniture"),
        (
            "Finance Minister Ana Lima (right), looks on as the port's director signs the lease on Monday.",
            "caption",
        ),
        ("General Sir Tom Reed (centre) joins cadets collecting for the appeal at the station.", "caption"),
        ("Delegates (L-R) Jo Park, Lee Kim and Sam Ortiz arrive for the summit.", "caption"),
        ("Our Standards: The Example Wire Trust Principles.", "navigation"),
        # Furniture items side by side on one line.
        ("News date : 04/21/2022 Category : Press Releases", "publication-stamp"),
        ("March 3, 2021 at 08:45 AM | categories: Politics, Courts | View Comments", "publication-stamp"),
        ("Tags: courts | Filed under: Politics", "navigation"),
        ("PUBLISHED: January 16, 2023 at 4:30 p.m. | UPDATED: January 17, 2023 at 3:58 a.m.", "publication-stamp"),
        ("January 16, 2023 at 4:30 p.m.", "publication-stamp"),
        # Cyrillic look-alike letters inside Latin words: "Аdvеrtіѕе wіth uѕ" written to slip past filters.
        (
            "\u0410dv\u0435rt\u0456\u0455\u0435 w\u0456th the most read site in town. C\u0430ll us today!",
            "advertisement",
        ),
    ],
)
def test_furniture_lines(line, reason):
    assert local_verdict(make_block(line)) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Advertising revenue at the broadcaster fell by a fifth in the second quarter.",
        "Photographers were kept behind a barrier as the motorcade passed.",
        "The share of renewable power rose to 41 percent last year.",
        "Voters said they wanted fewer promises and more results.",
        "Navigation Acts",
        "Rain Returns To The Valley",
        "What Comes Next For The Story",
        "How The Vote Was Won In",
        "The party moved to the right (or the left, its critics said) after the election.",
        "Turn the valve (left) until it stops, the manual says.",
        "Node.js",
        "He died on January 16, 2023.",
        "The council met on Monday. By then the road had been closed for a week, officials said.",
        "Press Association",
        "Getty and the AFP agree a deal",
        "May 3, 2021 was the day the strike began in the port.",
        "Our standards have slipped, the editor admitted on Monday.",
        "Rain | The valley floods again as the river breaks its banks",
        "Officials said: the plan failed and the council would meet again",
        "Протестующие собрались у здания парламента в Москве, сообщает Reuters.",
        "The band's name, Мумий Тролль, is often written in Latin letters abroad.",
        "Media captions are a growing business for the studio, the report said.",
        "Image captioning software has improved a lot in recent years.",
        "© 2020 The New York Times Company",
        "The author of the report said on Monday that the figures were wrong.",
        "Pocketbook issues",
        "By Monday, a decision on the bridge is expected, the mayor said.",
        "By Jane Doe, a neighbour who saw the fire, the alarm was raised at dawn.",
        "Mailman",
        "The vote was close (48/52), the clerk said.",
        "The deal was approved. (Jane Doe/Editing by Lee Kim and the desk)",
        "Labels are printed on every box sold in the shop since the rule changed last year.",
        "Keywords matter less to search engines than they did, the consultant said.",
        "Adobe said it would stop updating its Flash Player at the end of 2020, and browsers would block it.",
    ],
)
def test_story_lines_are_not_furniture(line):
    assert local_verdict(make_block(line)) is None


@pytest.mark.parametrize(
    "line",
    [
        "rsync_howto.html - Created 03-10-2004 2:20pm - Last Modified: 04-10-2004 9:05am",
        "Created: 12.03.2004 | Last modified: 13.03.2004",
        "anleitung.html - Erstellt 3.10.2004 - Geändert 5.10.2004",
        "Créé le 03/10/2004 - Modifié le 05/10/2004",
    ],
)
def test_a_line_of_two_labelled_stamps_is_a_publication_stamp(line):
    assert local_verdict(make_block(line)) == "publication-stamp"


@pytest.mark.parametrize(
    "line",
    [
        "The file was created on 03-10-2004 and modified by the new owners of the company in 2010",
        "Der Plan wurde 2004 erstellt und später von der neuen Regierung mehrfach geändert und erweitert",
        "Created and modified by hand",
    ],
)
def test_prose_or_no_date_beside_stamp_labels_is_no_stamp(line):
    assert local_verdict(make_block(line)) is None
