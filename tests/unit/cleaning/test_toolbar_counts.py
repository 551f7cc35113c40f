"""A comment count in the story's tool bar ("Tweet", "36 commentaires", "77 recommandés") opens no
comments section: the story's prose under it is kept. A count over a thread still opens one.
Pages constructed for the test."""

from services.processors.cleaning import clean

STANDFIRST = (
    "Phénomène médiatique du premier semestre, la question des violences policières a cristallisé les "
    "critiques à l'égard des journalistes. Jugées trop tardives, parcellaires ou pas objectives, les "
    "productions pourtant nombreuses n'ont pas atteint leur cible. Alors qui en a parlé, quand et comment, "
    "et pourquoi une partie du public a-t-elle eu le sentiment que les grands médias regardaient ailleurs ?"
)
STORY = [
    "Le cri du cœur du documentariste résonne entre les murs des assises du journalisme, où plusieurs "
    "centaines de professionnels se sont réunis pendant trois jours pour parler de leur métier.",
    "Dans sa tête défilent les images des manifestants blessés, qu'il recense depuis le mois de décembre "
    "dans une liste publiée chaque soir sur les réseaux sociaux et reprise par de nombreux médias.",
    "Fin décembre, le mouvement semble pourtant déjà omniprésent dans les médias, mais la question des "
    "blessures reste absente des grands titres de la presse quotidienne nationale pendant des semaines.",
    "Les rédactions ont ainsi couvert le sujet au coup par coup, sans vue d'ensemble, jusqu'à ce que les "
    "chiffres rassemblés par les journalistes indépendants s'imposent dans le débat public.",
]
THREAD = [
    "Jean Dupont — 5 août 2019 à 13:04",
    "Merci pour cet article, enfin quelqu'un qui regarde le travail des rédactions de près.",
    "Marie Curie — 5 août 2019 à 14:10",
    "Je ne suis pas d'accord, la presse régionale en a parlé très tôt, il suffisait de la lire.",
]


def test_a_comment_count_in_the_tool_bar_opens_no_comments_section():
    page = "\n".join(
        [
            "Le Journal",
            "International",
            "France",
            "Les médias et la police",
            STANDFIRST,
            "Partager",
            "Tweet",
            "36 commentaires",
            "77 recommandés",
            *STORY,
        ]
    )
    body = clean(page, "text").body
    assert all(paragraph in body for paragraph in STORY)


def test_a_count_over_a_thread_still_opens_the_comments_section():
    page = "\n".join(
        ["Le Journal", "Les médias et la police", STANDFIRST, *STORY, "Partager", "Tweet", "2 commentaires", *THREAD]
    )
    body = clean(page, "text").body
    assert all(paragraph in body for paragraph in STORY)
    assert THREAD[1] not in body and THREAD[3] not in body


def test_a_bracketed_count_under_the_storys_date_opens_no_comments_section():
    """A blog sets its comment count in the post's header, under its date and filing line, with no
    share buttons: "[5] Comments" over the post (the blog's description above it is prose too)."""
    about = (
        "Un carnet sur les médias, tenu depuis 2009 par un journaliste qui lit la presse régionale et "
        "nationale tous les matins et en parle ici quand il en a le temps. On y trouve des revues de presse, "
        "des entretiens avec des rédacteurs en chef et des notes sur la manière dont les journaux couvrent "
        "les grands sujets de la semaine, des élections aux faits divers."
    )
    header = ["Le Carnet", about, "Les médias et la police", "9 décembre 2013", "Publié par Jean dans Médias"]
    story = [f"{paragraph} C'est le point {k + 1} de sa démonstration." for k, paragraph in enumerate(STORY * 4)]
    page = "\n".join([*header, "[5] Comments", *story, "2 commentaires", *THREAD])
    body = clean(page, "text").body
    assert all(paragraph in body for paragraph in story)
    assert THREAD[1] not in body


def test_a_count_under_a_date_over_a_thread_still_opens_the_comments_section():
    page = "\n".join(
        ["Le Journal", "Les médias et la police", STANDFIRST, *STORY, "9 décembre 2013", "[2] Comments", *THREAD]
    )
    body = clean(page, "text").body
    assert all(paragraph in body for paragraph in STORY)
    assert THREAD[1] not in body and THREAD[3] not in body
