#!/usr/bin/env python3
# Writes the synthetic benchmark corpus for bench/build_speed.sh: the same Markdown bodies for nietpluis and for Hugo.
#
# Usage: gen_corpus.py CORPUS_DIR N
#   CORPUS_DIR/np/pages/index.md, pagina-00001.md ... (YAML front matter, nietpluis "menu: K" positions)
#   CORPUS_DIR/hugo/content/_index.md, pagina-00001.md ... (YAML front matter, Hugo "menu.main.weight")
# Deterministic: the same N always gives byte-identical files (fixed seed).
import os
import random
import sys

# Plain, common Dutch (B1): short words, "u" as form of address, none of the words the
# domain guide asks to avoid (signaleren, anoniem, opvolging, casus, traject, melder, ...).
# Function words appear several times so that word frequencies look a bit like real text.
WORDS = """
de de de de de het het het het een een een een en en en en van van van in in in op op
met met voor voor aan aan bij bij naar naar uit om over als dat dat die die dit deze
er er ook ook niet niet wel nog al dan maar of want dus heel vaak soms altijd samen
u u u uw uw wij we ons onze zij hun iemand iedereen niemand veel weinig meer minder
kan kunt kunnen wil wilt willen moet moeten mag mogen gaat gaan komt komen ziet zien
hoort horen weet weten helpt helpen belt bellen vraagt vragen zegt praten denkt
maakt maken geeft geven krijgt krijgen zoekt zoeken woont wonen werkt werken leest
schrijft schrijven merkt merken kijkt kijken stuurt sturen houdt blijft blijven
buurt buurman buurvrouw buren straat wijk huis woning tuin deur brievenbus gordijnen
post brief pakket bezorger kapper winkel buurthuis bibliotheek huisarts apotheek
gemeente medewerker opbouwwerker ouderenwerker wijkagent vrijwilliger familie vriend
gevoel zorgen vraag antwoord hulp gesprek bezoek afspraak telefoon nummer adres
postcode huisnummer naam melding formulier website pagina informatie bericht week
dag dagen morgen middag avond tijd jaar keer moment plek plaats manier reden
goed fijn rustig gewoon snel later eerst daarna vandaag direct kort klein groot
oud ouder jong alleen eenzaam stil druk bang blij moe ziek gezond veilig
vriendelijk open eerlijk duidelijk belangrijk lastig moeilijk makkelijk
aandacht contact steun zorg welzijn gezondheid schulden geld boodschappen koffie
""".split()

HEADINGS = [
    "Wat kunt u zelf doen?",
    "Wie helpt u verder?",
    "Hoe werkt het?",
    "Wat gebeurt er daarna?",
    "Wanneer belt u ons?",
    "Wat vragen wij van u?",
    "Waar vindt u hulp?",
    "Wat als u twijfelt?",
    "Hoe lang duurt het?",
    "Wie krijgt uw bericht?",
]

TOPICS = [
    "hulp in de buurt", "een gesprek aan de deur", "zorgen om een buurman",
    "post die blijft liggen", "het buurthuis", "hulp bij geld", "de huisarts",
    "vrijwilligers in de wijk", "contact met de gemeente", "een bezoek thuis",
]


def sentence(rng, length):
    words = [rng.choice(WORDS) for _ in range(length)]
    words[0] = words[0][0].upper() + words[0][1:]
    return " ".join(words) + "."


def paragraph(rng):
    """40-90 words in sentences of 5-16 words (B1: never above 20)."""
    remaining = rng.randint(40, 90)
    sentences = []
    while remaining > 16:
        n = rng.randint(6, 12)
        sentences.append(sentence(rng, n))
        remaining -= n
    sentences.append(sentence(rng, remaining))
    return " ".join(sentences)


def bullet_list(rng):
    items = []
    for _ in range(rng.randint(3, 5)):
        n = rng.randint(3, 7)
        words = [rng.choice(WORDS) for _ in range(n)]
        words[0] = words[0][0].upper() + words[0][1:]
        items.append("- " + " ".join(words) + ".")
    return "\n".join(items)


def slug(i):
    return "pagina-%05d" % i


def body(rng, i, n):
    """Markdown body of page i (0 = index). 4-8 paragraphs, 2-3 headings, 1 list, links."""
    n_par = rng.randint(4, 8)
    heads = rng.sample(HEADINGS, 3)
    with_sub = rng.random() < 0.5  # a ### under the second ##; levels never skip
    # Paragraph slots: intro, then after heading 1, then after heading 2 (and sub).
    split1 = max(1, n_par // 3)
    split2 = max(split1 + 1, (2 * n_par) // 3)
    blocks = []
    for p in range(n_par):
        if p == split1:
            blocks.append("## " + heads[0])
        if p == split2:
            blocks.append("## " + heads[1])
        if with_sub and p == split2 + 1:
            blocks.append("### " + heads[2])
        blocks.append(paragraph(rng))
        if p == split1:
            blocks.append(bullet_list(rng))
    links = []
    if i == 0:
        links.append("Begin met lezen op [pagina 1](/%s/)." % slug(1))
    else:
        if i > 1:
            links.append("Lees ook [pagina %d](/%s/)." % (i - 1, slug(i - 1)))
        if i < n:
            links.append("Ga verder naar [pagina %d](/%s/)." % (i + 1, slug(i + 1)))
        links.append("Of ga terug naar [de startpagina](/).")
    blocks.append(" ".join(links))
    return "\n\n".join(blocks) + "\n"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_corpus.py CORPUS_DIR N")
    corpus, n = sys.argv[1], int(sys.argv[2])
    np_dir = os.path.join(corpus, "np", "pages")
    hugo_dir = os.path.join(corpus, "hugo", "content")
    os.makedirs(np_dir, exist_ok=True)
    os.makedirs(hugo_dir, exist_ok=True)
    rng = random.Random(42)
    for i in range(n + 1):
        if i == 0:
            title = "Startpagina"
            np_name, hugo_name = "index.md", "_index.md"
        else:
            title = "Pagina %d" % i
            np_name = hugo_name = slug(i) + ".md"
        description = "Op deze pagina leest u meer over %s." % rng.choice(TOPICS)
        text = body(rng, i, n)
        menu = i + 1 if i <= 5 else None
        head = "---\ntitle: %s\ndescription: %s\n" % (title, description)
        np_fm = head + ("menu: %d\n" % menu if menu else "") + "---\n\n"
        hugo_fm = head + ("menu:\n  main:\n    weight: %d\n" % menu if menu else "") + "---\n\n"
        with open(os.path.join(np_dir, np_name), "w", encoding="utf-8") as f:
            f.write(np_fm + text)
        with open(os.path.join(hugo_dir, hugo_name), "w", encoding="utf-8") as f:
            f.write(hugo_fm + text)
    # nietpluis' stock templates link to these pages (danger box, 404, the footer of content/site.toml);
    # the build checks that.
    for name, title in (("iemand-anders-bellen", "Wanneer belt u iemand anders?"), ("hoe-meld-ik", "Hoe meld ik iets?"),
                        ("contact", "Hoe neemt u contact op?")):
        with open(os.path.join(np_dir, name + ".md"), "w", encoding="utf-8") as f:
            f.write("---\ntitle: %s\ndescription: Een pagina waar de sjablonen naar linken.\n---\n\n"
                    "Lees verder op de [startpagina](/).\n" % title)


if __name__ == "__main__":
    main()
