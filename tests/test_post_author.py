"""A recruiter's post pasted from a feed: the author's profile headline is not the job on offer."""

from __future__ import annotations

import pytest

from generator.ingest.extractor import extract
from generator.ingest.reading import decode_raw
from generator.models import Fields
from tests.support.extraction import names

FEED = """Feed | LinkedIn
Home
My Network
Jobs
Messaging

{name}
{headline}
5h • Edited •
+ Follow

I'm hiring!

My client, a scale-up in the energy sector, is looking for a Data Engineer to join their platform team in Leeds.
Python, Airflow and Snowflake every day. Send me your CV.

Like
Comment
Repost

Most relevant
Sam Patel • 3rd+
Lead Data Engineer @ Someone Else Ltd | dbt
Interested!
"""


@pytest.mark.parametrize(
    ("name", "headline", "company"),
    [
        # An agency's recruiter, the firm as the headline's second segment: the agency is the employer on record.
        (
            "Jo Hart • 2nd",
            "Principal Consultant – Data & Analytics | Tallow Search Partners | Helping data people",
            "Tallow Search Partners",
        ),
        # The badge on its own line, the firm after '@' or 'at'.
        ("Jo Hart\n • 2nd", "Senior Recruiter @ Fennick Talent | Data hiring in the UK", "Fennick Talent"),
        ("Jo Hart • 1st", "Talent Partner – Tech at Brightwater Energy | Hiring in Leeds", "Brightwater Energy"),
        # A second segment that is a skill or a role names no organisation.
        ("Jo Hart • 2nd", "Freelance Recruiter | Python | AWS", None),
        ("Jo Hart • 2nd", "Recruiter | Data Engineer", None),
    ],
)
def test_the_posts_author_names_the_firm_but_not_the_job(name: str, headline: str, company: str | None) -> None:
    text = FEED.format(name=name, headline=headline)
    fields = _fields(text)
    assert fields.title == "Data Engineer"  # from the post, not 'Principal Consultant' or 'Senior Recruiter'
    assert fields.company == company


@pytest.mark.parametrize(
    ("pin", "places"),
    [
        ("📍 Leeds (hybrid – 2 days a week in their Wellington Place office)", ["Leeds, GB"]),
        # No place first: the pin says how the job is done, and the country comes from the sentence.
        ("📍 Fully remote – you must be based in the UK", ["GB"]),
    ],
)
def test_a_posts_pin_names_the_place(pin: str, places: list[str]) -> None:
    text = FEED.format(name="Jo Hart • 2nd", headline="Recruiter | Tallow Search").replace("I'm hiring!", f"I'm hiring!\n{pin}")
    text = text.replace(" in Leeds", "")
    found = names(_fields(text).locations)
    assert found == places


def test_the_comments_under_a_post_lend_it_nothing() -> None:
    text = FEED.format(name="Jo Hart • 2nd", headline="Recruiter | Tallow Search").replace(
        "Send me your CV.", "Send me your CV.\n• Permanent, full-time – perm only"
    )
    text = text.replace("Most relevant\n", "").replace(
        "Like\nComment\nRepost\n",
        "Like\nComment\nRepost\n\nMost relevant\nAmy Lee • 3rd+\nHappy to do 6 months inside IR35 at £600/day.\n",
    )
    fields = _fields(text)
    assert (fields.employment_type, fields.pay) == ("full_time", None)


def test_a_posts_announcement_line_names_the_role_and_the_place() -> None:
    text = (
        "Feed | LinkedIn\n0 notifications total\nSkip to search\nSkip to main content\nKeyboard shortcuts\nClose jump menu\n"
        "Search\nHome\nMy Network\nJobs\nMessaging\nNotifications\nMe\nFor Business\nSort by: Top\nFeed post number 1\n"
        "Sam Lee reposted this\nJo Hart\n• 2nd\nSenior Recruiter at Tallow Search | Data people in the Benelux\n5d •\nFollow\n"
        "📣 NEW ROLE – Analytics Engineer | Utrecht 🇳🇱\n\nI'm partnering with a marketplace that is hiring its third "
        "engineer for the data team.\n\nWhat you'll do 👇\n➡️ Build dbt models on BigQuery\n"
    )
    fields = _fields(text)
    assert fields.title == "Analytics Engineer"
    assert names(fields.locations) == ["Utrecht, NL"]


def test_a_posts_contract_announcement_names_the_role_and_the_terms() -> None:
    text = (
        "(12) Post | Feed | LinkedIn\nHome\nMy Network\nJobs\nMessaging\nNotifications\nMe\nFor Business\nJo Hart\n • 2nd\n"
        "Senior Consultant – Data Contracts at Tallow Search | dbt & Snowflake\n2d • Edited •\nFollow\n"
        "🚨 CONTRACT | Analytics Engineer | £550–£600 per day | Outside IR35 🚨\n"
        "I'm working exclusively with an insurer on a brand new contract to rebuild their reporting layer.\n"
        "What you'll be doing:\n➡️ Migrating stored procedures into dbt models\n"
    )
    fields = _fields(text)
    assert (fields.title, fields.employment_type) == ("Analytics Engineer", "contract")


def test_a_post_seen_signed_out_names_its_author_by_the_posts_title() -> None:
    text = (
        "Jo Hart on LinkedIn: #analyticsengineer #contract\nLinkedIn respects your privacy\nAccept\nReject\nLinkedIn\n"
        "Articles\nPeople\nJobs\nSign in\nJoin now\nJo Hart’s Post\nJo Hart\n"
        "Principal Consultant – Data & Analytics Contracts at Tallow Search Partners\n2d\n"
        "🚨 CONTRACT ROLE – Analytics Engineer 🚨\n\nI'm partnering with an insurance marketplace on a six-month contract.\n"
    )
    fields = _fields(text)
    assert (fields.title, fields.company, fields.team) == ("Analytics Engineer", "Tallow Search Partners", None)


def test_feed_posts_with_the_interface_in_spanish_portuguese_and_french() -> None:
    text = (
        "Feed | LinkedIn\nSaltar al contenido principal\nInicio\nMi red\nEmpleos\nMensajes\nNotificaciones\nYo\n"
        "Marta Solé\n • 2º\nReclutadora en Naranjo Logística | Tech & Data\n3 d •\nSeguir\n"
        "¡Seguimos creciendo! Buscamos un/a Data Engineer para reforzar nuestro equipo en Valencia, donde cada dato "
        "llega a las tiendas.\n\n"
        "📄 Contratación: CLT\n📅 Incorporación: marzo 2027\n💰 R$ 9.000 a R$ 11.000/mês\n"
        "Más relevantes\nPedro Gil\n¿Hay algo en Sevilla? Contrato temporal aquí.\n"
    )
    posting = extract(decode_raw(text.encode(), "post.txt"))
    fields = posting.fields
    assert fields.title == "Data Engineer"
    assert fields.company == "Naranjo Logística"  # the author's employer after 'en', not 'Mi red' or 'Seguir'
    assert fields.start == "March 2027"  # a label behind an emoji
    assert fields.employment_type == "full_time"  # Brazil's CLT
    assert fields.pay is not None and fields.pay.period == "month"
    assert "Sevilla" not in posting.body  # the comments under 'Más relevantes' are no part of the post
    text = (
        "Feed | LinkedIn\nPular para conteúdo principal\nInício\nMinha rede\nVagas\nEu\n"
        "Rita Lopes • 1º\nTech Recruiter na Campo Azul Talentos | Dados\n2 d\n"
        "📢 VAGA ABERTA – Analista(o) de Dados Sênior 📢\n"
        "➡️ Apoiar o time de Marketing com dashboards\n💻 Modelo: 100% remoto (para residentes no Brasil)\n"
        "📄 Contratação: PJ\n🗓️ Início previsto: 04/01/2027\n"
    )
    fields = _fields(text)
    assert fields.title == "Analista de Dados Sênior"  # the glued ending goes, the announcement too
    assert fields.company == "Campo Azul Talentos"  # not 'VAGA ABERTA'
    assert fields.team is None  # a team the hire supports
    assert fields.employment_type == "contract"  # 'PJ': the hire invoices as a company
    assert [str(loc) for loc in fields.locations] == ["BR"]
    assert fields.start == "January 2027"  # the label under the 'Início' home button, read day first (4 January)
    text = (
        "Fil d'actualité | LinkedIn\nAccueil\nMon réseau\nEmplois\nMessagerie\n"
        "Claire Martin • 2e\nRecruteuse chez Maison Lebrun | Data & Tech\n1 j\nSuivre\n"
        "On recrute : Data Analyst – Lyon\nNous recherchons un(e) Data Analyst pour notre équipe Ventes.\n"
    )
    assert _fields(text).company == "Maison Lebrun"
    text = (
        "Feed | LinkedIn\nInicio\nMi red\nLucía Romero • 2º\nIngeniera de datos en Madrid | Spark\n2 d\n"
        "Buscamos un/a Data Analyst para el equipo. Escríbeme por privado.\n"
    )
    assert _fields(text).company != "Madrid"  # where she works, not for whom


def test_a_norwegian_recruiters_post() -> None:
    text = (
        "Feed post\nIngrid Solberg\n • 2nd\nSenior Tech Recruiter hos Fjordsøk Rekruttering | Data & Engineering | Oslo\n"
        "3d •  Edited • \nFollow\n🚀 Vi søker en Senior Data Engineer til et av Norges raskest voksende fintech-selskaper!\n\n"
        "📍 Oslo (Bjørvika) – hybrid, 3 dager i uka på kontoret\n💰 NOK 850 000 – 1 000 000 i årslønn\n"
    )
    fields = _fields(text)
    assert (fields.title, fields.company, fields.workplace) == ("Senior Data Engineer", "Fjordsøk Rekruttering", "hybrid")


def test_a_recruiters_post_seen_without_its_badge() -> None:
    text = (
        "Post | Feed | LinkedIn\nSkip to main content\nLinkedIn\nHome  My Network  Jobs  Messaging\n\nAoife Brennan\n"
        "Senior Recruitment Consultant – Data & Analytics | Corrib Talent Partners\n1w • Edited • 🌐\n\n"
        "🚨 CONTRACT ROLE – DATA ENGINEER – DUBLIN (HYBRID) 🚨\n\nI'm partnering with a bank.\n"
        "→ Feeding curated datasets to the Power BI reporting team\n"
    )
    fields = _fields(text)
    assert (fields.title, fields.company) == ("Data Engineer", "Corrib Talent Partners")  # not the author's own job
    assert fields.team is None  # a tool's users are not a team


def test_a_signed_out_posts_marks_are_not_the_firm_and_its_bracket_names_the_places() -> None:
    text = (
        "Aino Virtanen on LinkedIn: #hiring | 23 comments\nLinkedIn\nAino Virtanen’s Post\nAino Virtanen\n"
        "Senior Tech Recruiter at Kestrel Talent Oy | Data & AI hiring in the Nordics\n2w\nEdited\nReport this post\n"
        "🚀 We're hiring: Senior Data Engineer (Helsinki / remote in Finland)\n\n"
        "My client is a Finnish scale-up. You must already live in Finland.\n"
    )
    fields = _fields(text)
    assert fields.company == "Kestrel Talent Oy"
    assert names(fields.locations) == ["Helsinki, FI", "FI"]


def test_a_posts_long_tab_title_is_no_headline_and_a_recruiters_field_no_firm() -> None:
    text = (
        "Harriet Okafor on LinkedIn: #dataanalyst #manchesterjobs #powerbi #hiring\nLinkedIn\nHarriet Okafor’s Post\n"
        "Harriet Okafor\nPrincipal Consultant | Data & Analytics Recruitment | Kestrel Row\n3d\n"
        "🚨 NEW ROLE – Data Analyst – Manchester (hybrid) 🚨\n\nMy client is a lender.\n"
    )
    fields = _fields(text)
    # The tab title however long its hashtags run; the firm after the field the recruiter works in.
    assert (fields.title, fields.company) == ("Data Analyst", "Kestrel Row")


def _fields(text: str) -> Fields:
    return extract(decode_raw(text.encode(), "post.txt")).fields
