"""The clean body: sections found and named, lists made lists, page noise and boilerplate out, the job kept."""

from __future__ import annotations

from textwrap import dedent

import pytest

from generator.ingest.extractor import Extraction, extract
from generator.ingest.reading import decode_raw


def extraction_of(text: str) -> Extraction:
    """What ingest makes of a pasted text, read through the same decoding as a file."""
    return extract(decode_raw(dedent(text).encode("utf-8"), "fixture.txt"))


def body_of(text: str) -> tuple[str, tuple[str, ...]]:
    extraction = extraction_of(text)
    return extraction.body, extraction.sections


def test_headings_are_named_and_bullets_of_any_style_become_lists() -> None:
    body, sections = body_of(
        """\
        Data Engineer
        Acme Analytics
        What you'll do:
        • Build pipelines in Python
        * Own the warehouse
        1. Review code
        Requirements
        ▪ 3+ years with SQL
        o Experience with dbt
        Nice to have
        - Airflow
        Perks
        - Remote budget
        """
    )
    assert sections == ("responsibilities", "qualifications", "preferred", "benefits")
    assert "## Responsibilities\n\n- Build pipelines in Python\n- Own the warehouse\n- Review code" in body
    assert "## Qualifications\n\n- 3+ years with SQL\n- Experience with dbt" in body
    assert "## Preferred qualifications\n\n- Airflow" in body


def test_headings_run_into_one_paragraph_are_split_and_items_separated() -> None:
    body, sections = body_of(
        "Platform Engineer - Northwind\n"
        "We build logistics software for ports and we are growing fast across Europe and Asia this year with new teams. "
        "Responsibilities Build reliable services for our customers around the clock Design APIs that other teams love to use "
        "Own the deployment pipeline end to end with the rest of the platform group "
        "Qualifications Strong knowledge of Go and Kubernetes in production environments Experience with Terraform at scale "
        "Benefits Flexible hours and a generous learning budget for every engineer\n"
    )
    assert sections[:2] == ("responsibilities", "qualifications")
    assert "- Build reliable services for our customers around the clock\n- Design APIs" in body
    assert "- Strong knowledge of Go and Kubernetes in production environments\n- Experience with Terraform at scale" in body


def test_semicolon_lists_become_items() -> None:
    body, _ = body_of(
        """\
        Nurse
        Responsibilities
        Assess patients; give medication; keep records; teach families
        """
    )
    assert "- Assess patients\n- give medication\n- keep records\n- teach families" in body


@pytest.mark.parametrize(
    "noise",
    [
        "Apply Now",
        "Sign in",
        "Similar Jobs",
        "We use cookies to improve your experience. Read our cookie policy.",
        "We are an equal opportunity employer and value diversity without regard to race or religion.",
        "By submitting an application you agree to our privacy policy.",
        "Powered by Personio",
        "Impressum",
        "Alles accepteren   Alleen noodzakelijke",
    ],
)
def test_page_noise_and_boilerplate_leave_the_body(noise: str) -> None:
    body, _ = body_of(
        f"""\
        Backend Engineer
        Responsibilities
        - Write services in Go
        - Review designs with the team
        {noise}
        """
    )
    assert noise.split(".")[0] not in body
    assert "- Write services in Go" in body


def test_similar_jobs_list_and_everything_after_it_is_cut() -> None:
    body, _ = body_of(
        """\
        Analyst
        Responsibilities
        - Build dashboards
        Similar Jobs
        Senior Analyst - Remote
        $90,000 - $110,000
        Cashier
        """
    )
    assert "Senior Analyst" not in body and "Cashier" not in body
    assert "- Build dashboards" in body


def test_every_sentence_of_the_job_is_kept() -> None:
    text = """\
        Product Designer
        About the role
        You will shape how small shops sell online. You will work with two product squads.
        Responsibilities
        - Run research with merchants
        - Prototype in Figma
        Qualifications
        - A portfolio of shipped work
        """
    body, _ = body_of(text)
    for sentence in (
        "You will shape how small shops sell online.",
        "You will work with two product squads.",
        "Run research with merchants",
        "Prototype in Figma",
        "A portfolio of shipped work",
    ):
        assert sentence in body


def test_markdown_in_the_paste_cannot_become_structure() -> None:
    from markdown_it import MarkdownIt

    body, _ = body_of(
        """\
        Engineer
        Responsibilities
        # not a heading
        ```
        > not a quote
        About us
        # still not a heading
        """
    )
    html = MarkdownIt("commonmark", {"html": False}).render(body)
    assert "<h1>" not in html and "<pre>" not in html and "<blockquote>" not in html
    # A heading's marks are an archive tool's, not the posting's words: they go, the words stay, as text.
    assert "<li>not a heading</li>" in html and "<p>still not a heading</p>" in html


@pytest.mark.parametrize(
    "heading",
    [
        "Empleos similares",
        "Weitere Stellen bei Isarkiesel",
        "Jobs you may be interested in",
        "Das könnte dich auch interessieren",
        "Personen, die sich diesen Job angesehen haben, sahen sich auch an:",
        "Ces entreprises recrutent aussi",
    ],
)
def test_other_jobs_lists_in_other_languages_are_cut(heading: str) -> None:
    body, _ = body_of(
        f"""\
        Analyst
        Responsibilities
        - Build dashboards
        - Present them to the finance team
        {heading}
        Senior Analyst · Ciudad de México · $55,000 - $65,000 Mensual
        """
    )
    assert "Senior Analyst" not in body
    assert "- Build dashboards" in body


def test_a_site_menu_above_the_headline_opens_no_section() -> None:
    body, sections = body_of(
        """\
        Otta
        Jobs
        Profile
        Messages

        Senior Data Engineer
        £70k - £85k

        What's the job
        - Own our ingestion pipeline
        """
    )
    assert list(sections) == ["responsibilities"]  # 'Profile' was a menu item, not the qualifications heading
    assert "Messages" not in body and "- Own our ingestion pipeline" in body


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Das bringst du mit", "qualifications"),
        ("Wat wij bieden", "benefits"),
        ("Profil recherché", "qualifications"),
        ("Pay & Benefits", "benefits"),  # '&' reads as 'and'
        ("Essential Functions", "responsibilities"),
    ],
)
def test_headings_in_other_languages_and_spellings_open_their_section(heading: str, section: str) -> None:
    _, sections = body_of(f"Analyst\nAcme\n\nAbout us\nWe make tools.\n\n{heading}\n- One thing\n- Another\n")
    assert list(sections)[-1] == section


def test_a_role_in_the_collectors_url_does_not_end_the_header_before_a_menu() -> None:
    """'Over ons' in a site menu reads as a heading; the role in the URL line above it is no headline, so the header
    goes on to the real one below the menu."""
    text = (
        "**URL:** https://acme.recruitee.com/o/bi-developer-utrecht\n\nAcme Logistiek\nVacatures\nOver ons\n"
        "Werken bij\nBI Developer\nUtrecht, Nederland\n\nOver de functie\nJe bouwt rapporten in Power BI.\n"
    )
    assert extraction_of(text).fields.title == "BI Developer"


def test_a_role_named_deep_in_the_text_is_no_headline() -> None:
    """Past a menu or notice of a block or two, the body has begun: a line naming a role three stops (here two
    paragraphs and a heading) below the header is not the headline ('Mentor a junior Data Analyst')."""
    text = (
        "**URL:** https://acme.recruitee.com/o/analytics-engineer-1\n\n"
        + "We're looking for an Analytics Engineer to join our Tech & Data team, someone who gets excited about "
        + "building reliable, scalable data infrastructure for the whole company.\n\n"
        + "In this role you combine thinking with doing: you work with colleagues across departments, bring clarity "
        + "to complexity and get the freedom to design the systems that help us grow. Sound like you? Read on.\n\n"
        + "The impact you'll make\nYou'll own our data platform\n\nWhat you'll do\nDesign data models in dbt\n"
        + "Mentor a junior Data Analyst\n"
    )
    assert extraction_of(text).fields.title != "Mentor a junior Data Analyst"


def test_indeeds_german_people_also_viewed_list_ends_the_posting() -> None:
    text = (
        "Referent Datenanalyse (m/w/d)\nStadtwerke Siegtal\n\nIhre Aufgaben\n- Sie analysieren Netzdaten.\n\n"
        "Personen, die diesen Job gesehen haben, haben auch gesehen:\n"
        "Sachbearbeiter Controlling (m/w/d) - Rhein-Sieg Wasser AöR - Troisdorf - 3.500 € - 4.100 € pro Monat\n"
    )
    extraction = extraction_of(text)
    assert extraction.fields.pay is None
    assert "Sachbearbeiter" not in extraction.body


def test_a_run_on_paragraph_keeps_its_facts_when_it_ends_in_an_equal_opportunities_sentence() -> None:
    text = (
        "Reporting & BI Analyst – Careers – Thistlebank Energy\n\nThistlebank Energy runs wind farms across Scotland. "
        "Responsibilities Build Power BI dashboards for generation and revenue. What we offer Salary £40,000 - £46,000 "
        "per annum plus an annual bonus of up to 8% Hybrid working with at least two days a week at our office "
        "33 days holiday including public holidays 10% employer pension contribution Electric vehicle salary sacrifice "
        "scheme Practical details This is a full-time, permanent position. Start date: 1 March 2027. "
        "Thistlebank Energy is an equal opportunities employer and a Disability Confident Committed organisation.\n"
    )
    extraction = extraction_of(text)
    assert extraction.fields.pay is not None and extraction.fields.pay.min == 40000
    assert extraction.fields.workplace == "hybrid"
    assert "Salary £40,000" in extraction.body and "equal opportunities" not in extraction.body


def test_a_menus_recommended_jobs_link_does_not_end_the_posting() -> None:
    text = (
        "Pricing Analyst job in Bristol | Marlow & Kent Insurance | Totaljobs\nSkip to content\ntotaljobs\nSearch jobs\n"
        "Recommended jobs\nSalary checker\nSign in / Register\nMarlow & Kent Insurance\nBristol (BS1), South West\n"
        "£42,000 - £50,000 per annum + 10% bonus\nPermanent\n\nWhat you'll be doing\n- building GLM risk models for motor\n"
    )
    extraction = extraction_of(text)
    assert extraction.fields.pay is not None and extraction.fields.pay.min == 42000
    assert "GLM risk models" in extraction.body


def test_a_menu_heading_between_the_tab_title_and_the_title_again_does_not_end_the_header() -> None:
    text = (
        "Junior Controller (m/w/d) | Karriere bei Elbwerk Logistik GmbH\nElbwerk Logistik GmbH\nAlle Stellenangebote\n"
        "Über uns\nDeutsch\nJunior Controller (m/w/d)\nFestanstellung, Vollzeit · Dresden\nJetzt bewerben\n"
        "Wer wir sind\nDie Elbwerk Logistik GmbH ist ein familiengeführter Kontraktlogistiker mit Sitz in Dresden und Berlin.\n"
    )
    extraction = extraction_of(text)
    assert ([str(p) for p in extraction.fields.locations], extraction.fields.employment_type) == (["Dresden, DE"], "full_time")
    assert "Festanstellung" not in extraction.body and "familiengeführter" in extraction.body


def test_a_page_pasted_as_one_line_keeps_its_sections_and_bullets() -> None:
    body, sections = body_of(
        "Leiedal – Jobs – Vacature LV-DA-2611 HomeAbout usJobsContact AcceptRefuse Ghent · IT & Data · Full-time "
        "Leiedal is an insurer for families. We are looking for a data analyst who can turn claims data into insight. "
        "What you will do - Build and maintain analyses on portfolio performance and loss ratios - Translate questions "
        "from colleagues into clear analyses - Help migrate our SAS programs to Python and SQL on Databricks "
        "Your profile - You hold a master's degree in economics or mathematics - You write good SQL and some Python "
        "- You explain numbers to people who do not work with them every day "
        "What we offer - A contract of indefinite duration, full-time - Two days of homeworking per week and a bike lease\n"
    )
    assert sections == ("responsibilities", "qualifications", "benefits")
    assert (
        "## Responsibilities\n\n- Build and maintain analyses on portfolio performance and loss ratios\n"
        "- Translate questions from colleagues into clear analyses\n- Help migrate our SAS programs" in body
    )
    assert "- You hold a master's degree in economics or mathematics\n- You write good SQL and some Python\n" in body
    assert (
        "- Experience with a cloud data warehouse - Snowflake ideally, BigQuery or Redshift also fine"
        in body_of(
            "Data Engineer\nAcme\nRequirements\n- Experience with a cloud data warehouse - Snowflake ideally, BigQuery or Redshift also fine\n"
        )[0]
    )


def test_a_heading_with_its_text_on_one_line_opens_its_section() -> None:
    body, sections = body_of(
        """\
        Referent Datenanalyse (m/w/d)
        Stadtwerke Siegaue
        DEINE AUFGABEN Du verantwortest das monatliche Reporting für Vorstand und Aufsichtsrat und entwickelst es weiter. Du erstellst Plan- und Forecast-Rechnungen für Werke und Vertrieb und pflegst die Datenmodelle in Power BI. Du bist Ansprechpartner für alle Fachbereiche, wenn es um Zahlen geht, und treibst die Automatisierung voran. Du arbeitest eng mit der IT und dem Einkauf zusammen und präsentierst deine Ergebnisse selbst.
        Key Responsibilities - Build and validate scorecards for our SME portfolios - Produce monthly portfolio MI on arrears - Support the quarterly IFRS 9 runs with Finance
        Das bieten wir: Vergütung nach TVöD einschließlich Jahressonderzahlung, flexible Arbeitszeiten und ein Jobticket
        Requirements for this role are listed on our careers site, together with the selection process and the timeline.
        """
    )
    assert sections == ("responsibilities", "benefits")
    assert body.startswith("## Responsibilities\n\nDu verantwortest")
    assert "- Build and validate scorecards for our SME portfolios\n- Produce monthly portfolio MI on arrears" in body
    assert "## Benefits\n\n- Vergütung nach TVöD" in body
    assert "Requirements for this role are listed on our careers site" in body  # a paragraph, no heading


def test_a_row_of_short_facts_is_no_list() -> None:
    body, _ = body_of(
        """\
        Data Analyst
        Lumo Santé
        Ce que nous offrons
        - Une mutuelle prise en charge à 100 % et des tickets restaurant
        - Business Analyst (F/H) - Cap Santé Conseil - Villeurbanne - CDI - Salaire : 38K à 44K €
        """
    )
    assert "- Business Analyst (F/H) - Cap Santé Conseil - Villeurbanne - CDI - Salaire : 38K à 44K €" in body
