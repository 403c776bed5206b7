"""Boards and places the extractors learned from held-out batches 75 and 76: Taleo's and Naukri's glued rows, the
districts of city-states and big cities, national boards' dollars, posts' fact blocks and run-on pastes. Each text
is written for the rule, in the shape a real paste has."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.ingest.extractor import extract
from generator.ingest.reading import read_raw
from generator.models import Pay
from tests.support.extraction import fields_of, names, places_of


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Raffles Place", ["Singapore, SG"]),  # a business district of a city-state
        ("Quarry Bay, Eastern District", ["Hong Kong, HK"]),  # and its district council
        ("Minato-ku, Tokyo, Japan", ["Tokyo, JP"]),  # a Japanese ward, then its city
        ("Coyoacán, Ciudad de México", ["Mexico City, MX"]),  # a borough within ten kilometres of a city 5x its size
        ("Getafe, Madrid", ["Getafe, Madrid, ES"]),  # a town of its own, further out
        ("Hybrid - Bengaluru(Whitefield)", ["Bengaluru, IN"]),  # the district of the row's last field, not a town in England
        ("Lausanne, Genève", ["Lausanne, CH", "Geneva, CH"]),
        ("Woodlands, TX", ["Woodlands, TX, US"]),  # a Singapore district's name in Texas stays in Texas
    ],
)
def test_districts_are_read_as_their_city(line: str, expected: list[str]) -> None:
    assert places_of(line) == expected


def test_a_taleo_facts_panel_run_together() -> None:
    text = (
        "Treasury Analyst | Lakeshore Power Careers\nCareers Home   Search Openings   Sign In\nJob Description\n"
        "Treasury Analyst\n"
        "Job Number2604118Primary LocationUnited States-Ohio-ClevelandOther LocationsUnited States-Ohio-Akron"
        "ScheduleFull-timeJob Posting12-Nov-2026, 9:00:00 AMUnposting DateOngoing\n"
        "Description\nLakeshore Power serves 900,000 customers. You will manage daily cash positioning.\n\n"
        "Similar openings\nRate Analyst - Toledo, OH - Job Number 2604001\n"
    )
    fields = fields_of(text)
    assert names(fields.locations) == ["Cleveland, OH, US", "Akron, OH, US"]
    assert (fields.job_id, str(fields.posted), fields.employment_type) == ("2604118", "2026-11-12", "full_time")


def test_taleo_labels_on_their_own_lines() -> None:
    text = (
        "Job Description - Pricing Analyst (2611)\nHollin Mutual Insurance - Careers\n\nPricing Analyst-2611\n\n"
        "Description\nOur Actuarial group is hiring a Pricing Analyst for home insurance.\n\n"
        "Job: Finance\nPrimary Location: Canada-Ontario-Toronto\nOther Locations: Canada-Ontario-Ottawa\n"
        "Organization: Corporate Finance - Pricing\nSchedule: Full-time\n"
    )
    fields = fields_of(text)
    assert fields.company == "Hollin Mutual Insurance"  # Taleo's 'Organization' is a department
    assert names(fields.locations) == ["Toronto, ON, CA", "Ottawa, ON, CA"]


def test_a_run_on_posting_that_opens_with_its_row_of_fields() -> None:
    body = (
        "We design kayaks and paddles in our own workshop and sell them in 40 countries. The Role We are looking for a "
        "BI Analyst to join the Commercial Insights team and own our sales reporting. You will work in the office on "
        "Tuesdays and Thursdays. What You'll Do Build Power BI dashboards; Model data in dbt; Answer questions from "
        "sales. Compensation The base salary range for this position is $96,000 to $112,000 per year."
    )
    row = (
        "BI Analyst | Riverbend Kayaks Inc. | Portland, OR (Hybrid) | Full-time | Req ID: RK-2026-031 | Posted November 16, 2026"
    )
    fields = fields_of(f"{row} About Riverbend {body}\n")
    assert (fields.title, fields.company, fields.workplace, fields.job_id) == (
        "BI Analyst",
        "Riverbend Kayaks Inc.",
        "hybrid",
        "RK-2026-031",
    )
    assert names(fields.locations) == ["Portland, OR, US"]


def test_a_posts_block_of_facts_and_a_teaser_that_is_not_one() -> None:
    post = (
        "Feed post\nMarta Keller\nSenior Recruiter | Keller Talent\n\n🚨 Hiring: Data Engineer – Basel 🇨🇭\n\n"
        "My client, a pharma company, is growing its data platform team.\n\n📍 Basel – hybrid, 2 days at home\n"
        "💼 Permanent, 100%\n💰 CHF 120,000 – 135,000\n\nWhat you'll do:\n▪️ Build pipelines in Databricks\n"
    )
    assert fields_of(post).employment_type == "full_time"
    teaser = (
        "Feed post\nMarta Keller\nSenior Recruiter | Keller Talent\n\n🚨 Hiring: Data Engineer – Basel 🇨🇭\n\n"
        "My client, a pharma company, is growing its data platform team.\n\nWhat you'll do:\n▪️ Build pipelines\n\n"
        "More from Marta Keller\n🔥 Contract Data Engineer – Bern – CHF 1,000/day – 6 months...\nSee more\n"
    )
    assert fields_of(teaser).employment_type is None


def test_a_national_boards_dollar_and_its_wellington() -> None:
    text = (
        "Data Analyst | Trade Me Jobs\nTrade Me  Marketplace  Property  Jobs\n\nData Analyst\nKōwhai Energy\n"
        "Location: Wellington\nApproximate pay: $98,000 - $110,000 per year\nWork type: Full time\n\n"
        "About the role\nYou will report on our network's performance.\n"
    )
    fields = fields_of(text)
    assert names(fields.locations) == ["Wellington, NZ"]
    assert fields.pay == Pay(98000, 110000, "NZD", "year")


def test_the_advertisers_reference_over_the_boards_listing_id() -> None:
    text = (
        "Payroll Analyst\nCorella Foods\nPerth WA\n\nAbout the role\nYou will run payroll reporting.\n\n"
        "Job ID: 90117733  |  Advertiser reference: CF-PAY-112\n"
    )
    assert fields_of(text).job_id == "CF-PAY-112"


def test_a_boards_estimate_said_after_the_amount_is_not_pay() -> None:
    text = (
        "Finance Manager\nDunehill Hotels\nDubai, UAE\nMonthly Salary Range: Confidential\n"
        "Salary Insight: Finance Manager in Dubai earns AED 25,000 - 30,000 per month (estimated from 98 salaries)\n\n"
        "Package\nA monthly salary of AED 34,000 - 38,000, all-inclusive.\n"
    )
    assert fields_of(text).pay == Pay(34000, 38000, "AED", "month")


def test_a_japanese_boards_title_tag_and_pay_in_millions_of_yen() -> None:
    text = (
        "【Bilingual / Remote OK】Data Engineer\nCompany: Sakura Logistics K.K.\nLocation: Chiyoda-ku, Tokyo, Japan\n"
        "Salary: 7 million yen ~ 10 million yen (annual)\n\nJob description\nYou will build our pipelines.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.pay) == ("Data Engineer", Pay(7_000_000, 10_000_000, "JPY", "year"))
    assert names(fields.locations) == ["Tokyo, JP"]


def test_naukri_row_of_experience_pay_and_place_run_together() -> None:
    text = (
        "Data Engineer - Kaveri Data Labs - 4 to 7 years of experience - Naukri.com\n\nData Engineer\n"
        "Kaveri Data Labs3.9★ 120 Reviews\n4 - 7 years14-20 Lacs P.A.Hybrid - Pune(Hinjewadi)\n\n"
        "Job description\nYou will build Spark pipelines.\n\nEducation\nUG: B.Tech/B.E. in Any Specialization\n"
        "PG: Any Postgraduate\n\nJobs you might be interested in\nBI Lead - Indigo Soft - 8-12 Yrs - 30-38 Lacs P.A. - Pune\n"
    )
    fields = fields_of(text)
    assert fields.pay == Pay(1_400_000, 2_000_000, "INR", "year")
    assert names(fields.locations) == ["Pune, IN"]
    assert fields.degree == ("bachelor",)  # any postgraduate degree is welcome, none is asked for


@pytest.mark.parametrize(
    ("text", "title", "team"),
    [
        (
            "Nordwerk Logistik GmbH\nGraz, Vollzeit\n\nZur Verstärkung unseres Finanzcontrollings suchen wir ab 1. April "
            "2027 eine engagierte Persönlichkeit als Reporting Analyst (w/m/d), die unsere Zahlen weiterentwickelt.\n",
            "Reporting Analyst",
            "Finanzcontrolling",
        ),
        (
            "Analista de BI Sr\nGrupo Tlaloc\n\nBuscamos Analista de BI Sr para la Gerencia de Planeación Comercial.\n",
            "Analista de BI Sr",
            "Gerencia de Planeación Comercial",
        ),
        (
            "Analista de Dados\nBanco Araucária\n\nEstamos buscando uma pessoa Analista de Dados para o time de Risco de "
            "Varejo, responsável pelas análises.\n",
            "Analista de Dados",
            "Risco de Varejo",
        ),
        (
            "Analyste Financier\nGroupe Lysandre\n\nAu sein de la Direction Financière, vous rejoignez la cellule "
            "Pilotage & Budget (5 personnes).\n",
            "Analyste Financier",
            "Pilotage & Budget",
        ),
    ],
)
def test_the_role_and_the_unit_a_hiring_sentence_names(text: str, title: str, team: str) -> None:
    fields = fields_of(text)
    assert (fields.title, fields.team) == (title, team)


@pytest.mark.parametrize(
    "sentence",
    [
        "- Reportes mensuales para la Dirección de Finanzas",  # a unit worked for
        "Sie arbeiten eng mit dem Team Business Intelligence zusammen.",  # a team worked with
        "You will produce monthly KPI packs for the Executive Team and the Board.",  # the people reports go to
    ],
)
def test_units_worked_for_or_with_are_no_team(sentence: str) -> None:
    assert fields_of(f"Data Analyst\nAcme\n\nAbout the role\n{sentence}\n").team is None


def test_titles_from_a_page_heading_and_a_rank() -> None:
    heading = "Careers\nCareer Opportunities: Intern Data & Analytics – Market Access (51120)\nLocation: Basel\n\nAbout us\nWe make medicines.\n"
    assert fields_of(heading).title == "Intern Data & Analytics"
    rank = "Careers | Tamarind Finance\n\nAssistant Manager - Finance Analytics\nLocation: Hyderabad\n\nAbout us\nWe lend.\n"
    fields = fields_of(rank)
    assert (fields.title, fields.team) == ("Assistant Manager - Finance Analytics", "Finance Analytics")


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        ("Controller\nAlpen AG\nArbeitsort: Vor Ort\n\nWir bieten\n- Homeoffice nach Absprache\n", "hybrid"),
        ("Werkstudent Data\nKiez GmbH\nBerlin\n\nBenefits\n- Du kannst bis zu zwei Tage pro Woche remote arbeiten\n", "hybrid"),
    ],
)
def test_work_from_home_said_in_the_text(text: str, workplace: str) -> None:
    assert fields_of(text).workplace == workplace


def test_degrees_between_studies_and_types_in_portuguese() -> None:
    intern = "Intern Data\nAcme AG\n\nProfile\n- Enrolled in a Master's programme, or in a gap year between Bachelor and Master\n"
    assert fields_of(intern).degree == ("master",)
    assert fields_of("Analista\nAcme\n\nTipo de contrato\nTempo inteiro\n").employment_type == "full_time"
    assert fields_of("Analista\nAcme\n\nJornada\nTempo parcial\n").employment_type == "part_time"


def test_places_said_in_the_text() -> None:
    hubs = (
        "Operations Analyst\nHarrow & Vale Logistics\n\nAbout the role\nThis position sits at either our Denver, CO or "
        "our Charlotte, NC regional hub. You will build reports fed from our Manhattan WMS.\n"
    )
    assert names(fields_of(hubs).locations) == ["Denver, CO, US", "Charlotte, NC, US"]
    offices = (
        "Finance Analyst\nWattle Freight\nMelbourne VIC\n\nThe opportunity\nThis role can be based in either our "
        "Melbourne head office (Docklands) or our Sydney office (Mascot).\n"
    )
    assert names(fields_of(offices).locations) == ["Melbourne, VIC, AU", "Sydney, NSW, AU"]
    heading = (
        "BI Analyst\nTessaly Software\nRemote - Canada\n\nLocation\nThis is a remote role open to candidates residing in "
        "British Columbia, Ontario or Nova Scotia. We meet twice a year in Vancouver.\n"
    )
    assert names(fields_of(heading).locations) == ["CA"]  # not Ontario, California


def test_pay_by_the_month_in_portuguese_a_start_to_be_available_by_and_a_glued_place() -> None:
    text = "Analista\nAcme Ltda.\n\nBenefícios\nContratação PJ, com remuneração mensal de R$ 12.000,00 a R$ 15.000,00.\n"
    assert fields_of(text).pay == Pay(12000, 15000, "BRL", "month")
    start = "Analyst\nAcme\n\nAbout you\n* Available to start by 8 February 2027 with full working rights\n"
    assert fields_of(start).start == "February 2027"
    glued = (
        "BI-specialist\nGroenveld Energie\nUtrecht32 - 40 uur€ 3.900 - € 5.600 bruto per maand\n\nWat ga je doen?\nRapportages.\n"
    )
    assert names(fields_of(glued).locations) == ["Utrecht, NL"]


# Batches 77 and 78: UK and Irish boards, then Nordic, Benelux, Southern and Eastern European ones.


def test_a_start_labels_value_ends_at_the_next_field_and_a_sift_is_no_start() -> None:
    jobserve = (
        "BI Developer\nLocation: Remote (UK)    Rate: £500 per day    Type: Contract\n"
        "Start: ASAP    Posted: 26 Nov 2026    Ref: QX/77    Contact: Priya Shah, Quayside Tech Recruitment\n\n"
        "My client, a retailer, needs a contract BI Developer.\n"
    )
    fields = fields_of(jobserve)
    assert (fields.start, fields.company) == (None, "Quayside Tech Recruitment")  # the recruiter posts for its client
    civil = "Data Analyst\nOffice for Rail Data\n\nSelection process\nSift from 14 December 2026, interviews in January.\n"
    assert fields_of(civil).start is None


def test_a_recruiters_name_in_a_tab_title_is_the_company() -> None:
    text = (
        "Pricing Analyst - Cork - Lee Valley Talent Partners - IrishJobs.ie\nIrishJobs.ie\n\nPricing Analyst\n\n"
        "Job description\nOur client, an insurer, is looking for a Pricing Analyst to join its Pricing team.\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.team) == ("Lee Valley Talent Partners", "Pricing")


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        ("Our client is hiring a BI Developer for their growing Management Information function.", "Management Information"),
        ("Im Zentralbereich Finanzen & Controlling bauen wir ein Analytics-Team auf.", "Finanzen & Controlling"),
        ("Notre pôle Data (3 personnes) rattaché à la Direction Financière cherche son alternant.", "Data"),
        ("You will build the models that the CFO's team relies on every month.", None),  # someone's team, not a name
        ("We are looking for an analyst to join our growing EMEA team.", None),  # a part of the world
    ],
)
def test_teams_named_in_running_text(sentence: str, team: str | None) -> None:
    assert fields_of(f"Data Analyst\nAcme\n\nAbout the role\n{sentence}\n").team == team


def test_a_department_labels_fuller_name_over_the_titles_suffix() -> None:
    text = "Data Science Manager - Pricing\nCaledon Mutual\n\nBusiness Area: Group Pricing & Risk Analytics\n\nAbout the role\nYou lead five data scientists.\n"
    assert fields_of(text).team == "Group Pricing & Risk Analytics"


def test_remote_countries_an_employer_of_record_covers_and_a_site_based_role() -> None:
    remote = (
        "Product Analyst\nVantaq Health\nRemote - European Union\n\nAbout the role\nThis is a fully remote position. "
        "We can employ you through our employer-of-record partner in: Portugal, Spain, Ireland and Poland.\n"
    )
    assert names(fields_of(remote).locations) == ["PT", "ES", "IE", "PL"]
    site = "Reporting Analyst\nWessex Foods\nYeovil\n\nAbout the role\nThis role is site based at our Yeovil offices.\n"
    assert fields_of(site).workplace == "onsite"


def test_a_danish_student_job() -> None:
    text = (
        "Studentermedhjælper til Økonomi - Jobindex\nJobindex  Find job\n\nStudentermedhjælper til Økonomi\n"
        "Vestkyst Mejeri A/S, Aarhus N\nIndrykket: 2 dage siden\n\nVi søger en studentermedhjælper.\n\n"
        "Vi tilbyder\n- 15 timer om ugen\n- Timeløn 180 kr. inkl. pension\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.employment_type) == ("Studentermedhjælper til Økonomi", "part_time")
    assert names(fields.locations) == ["Aarhus, DK"]
    assert fields.pay == Pay(180, 180, "DKK", "hour")


def test_a_city_in_a_boards_tab_title_is_no_employer() -> None:
    text = "Analista de Datos - Valencia | InfoJobs\nInfoJobs\n\nAnalista de Datos\nGrupo Turia Alimentación\nValencia\n\nRequisitos\n- SQL\n"
    assert fields_of(text).company == "Grupo Turia Alimentación"


def test_a_french_work_study_contract() -> None:
    text = (
        "Alternance - Data Analyst (F/H) - Maison Vernay - CDI, Stage, Alternance | Welcome to the Jungle\n"
        "Welcome to the Jungle\n\nMaison Vernay\nAlternance - Data Analyst (F/H)\nAlternanceLyonSalaire : Non spécifié\n\n"
        "Descriptif du poste\nTu rejoins notre équipe.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.company, fields.employment_type) == ("Data Analyst", "Maison Vernay", "intern")
    assert names(fields.locations) == ["Lyon, FR"]


def test_pay_run_into_a_boards_fields_and_its_list_of_other_jobs() -> None:
    text = (
        "Data Analyst\nCARPAT RETAIL SRL\nCluj-Napoca, BucurestiFull timeHibrid6.500 - 8.000 RON net / lună\n\n"
        "Descriere\nCăutăm un analist.\n\nJob-uri similare\nBI Developer - Bucuresti - 10.000 - 13.000 RON net\n"
    )
    fields = fields_of(text)
    assert (fields.pay, fields.workplace) == (Pay(6500, 8000, "RON", "month"), "hybrid")


@pytest.mark.parametrize(
    ("line", "posted"),
    [
        ("Plaatsingsdatum: 18-11-2026", "2026-11-18"),
        ("BolognaContratto a tempo indeterminatoFull timePubblicata il 19 nov 2026", "2026-11-19"),
        ("Inzerát zveřejněn: 24. 11. 2026", "2026-11-24"),
        ("Dátum zverejnenia: 20.11.2026", "2026-11-20"),
        ("Publicat: 18 Noiembrie 2026", "2026-11-18"),
    ],
)
def test_posted_dates_of_european_boards(line: str, posted: str) -> None:
    assert str(fields_of(f"Data Analyst\nAcme\n{line}\n\nAbout the role\nReports.\n").posted) == posted


def test_finns_facts_panel_run_together() -> None:
    text = (
        "BI-utvikler | FINN.no\nFINN.no  Jobb\n\nBI-utvikler\nFjordkraft Handel AS\n"
        "ArbeidsgiverFjordkraft Handel ASStillingstittelBI-utviklerFrist15.12.2026AnsettelsesformFastSted Bergen\n"
        "Lønn700 000 – 820 000 kr per årTiltredelse1. april 2027\n\nOm stillingen\nDu lager rapporter.\n\n"
        "FINN-kode\n412000111\nReferanse\nFKH-2026-09\n"
    )
    fields = fields_of(text)
    assert names(fields.locations) == ["Bergen, NO"]
    assert (fields.pay, fields.start, fields.job_id) == (Pay(700000, 820000, "NOK", "year"), "April 2027", "FKH-2026-09")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kontroler\nAcme\n\nWymagania\n- Laurea - Magistrale\n", ("master",)),  # InfoJobs.it's 'Laurea - Magistrale'
        ("Controller\nAcme\n\nKrav\n- civilekonomexamen eller kandidatexamen i ekonomi\n", ("bachelor", "master")),
    ],
)
def test_degrees_in_italian_and_swedish(text: str, expected: tuple[str, ...]) -> None:
    assert fields_of(text).degree == expected


def test_eastern_european_rows_run_together() -> None:
    czech = (
        "Datový analytik\nOdra pojišťovna a.s.\nOdra pojišťovna a.s.Praha – Karlín55 000 – 70 000 Kč měsíčně\n\n"
        "Nabízíme\n- dva dny v týdnu můžete pracovat z domova\n"
    )
    fields = fields_of(czech)
    assert names(fields.locations) == ["Prague, CZ"]
    assert (fields.workplace, fields.pay) == ("hybrid", Pay(55000, 70000, "CZK", "month"))
    polish = "Analityk BI\nAcme sp. z o.o.\nKrakówumowa o pracępełny etatpraca hybrydowa\n\nID ogłoszenia: 1004000001\n"
    assert (fields_of(polish).employment_type, fields_of(polish).job_id) == ("full_time", "1004000001")
    assert fields_of("Analityk\nAcme\nniepełny etat\n\nOpis\nRaporty.\n").employment_type == "part_time"


@pytest.mark.parametrize(
    "line", ["- Je werkt deels thuis en deels op ons kantoor in Leiden", "- Home-Office tageweise möglich, Gleitzeit"]
)
def test_some_days_at_home_in_dutch_and_german(line: str) -> None:
    assert fields_of(f"Data Analist\nAcme\n\nWat bieden wij\n{line}\n").workplace == "hybrid"


# Batches 79 and 80: pages shaped like the dev set's, the German-speaking market, aggregators and collectors.


def test_interviews_starting_are_no_start_and_a_city_named_before_based() -> None:
    text = (
        "Data Analyst\nLumen Pharmacies\n\nAbout us\nLumen is a Lyon-based scale-up that helps pharmacies.\n\n"
        "How to apply\nInterviews start in early January 2027.\n"
    )
    fields = fields_of(text)
    assert (fields.start, names(fields.locations)) == (None, ["Lyon, FR"])


@pytest.mark.parametrize(
    ("requirements", "degree"),
    [
        (
            "- A degree in a quantitative subject such as Statistics\n\nNice to have\n- A Master's or PhD in a quantitative field\n",
            (),
        ),
        ("- University degree (Bachelor's minimum, Master's a plus) in economics\n", ("bachelor",)),
    ],
)
def test_a_level_wished_on_top_of_a_degree_of_any_level(requirements: str, degree: tuple[str, ...]) -> None:
    assert fields_of(f"Data Scientist\nAcme\n\nRequirements\n{requirements}").degree == degree


def test_a_recruiters_headline_that_names_the_field_before_the_agency() -> None:
    post = (
        "Feed post\nHarriet Cole\n • 2nd\nSenior Recruitment Consultant | Data & Analytics | Harbourgate Search\n4d •\nFollow\n"
        "🚨 Hiring: Lead Data Analyst – Manchester 🚨\n\nMy client, a fintech, is hiring a Lead Data Analyst.\n"
    )
    assert fields_of(post).company == "Harbourgate Search"


def test_collected_pages_a_search_tab_an_alert_and_a_menu() -> None:
    card = (
        "data engineer galway - Google Search\nGoogle\ndata engineer galway\nJobs\nData Engineer (Hybrid)\n"
        "Corrib Software\nGalway, Ireland\nvia LinkedIn\n\nJob description\nYou will build pipelines.\n"
    )
    fields = fields_of(card)
    assert (fields.title, fields.company) == ("Data Engineer", "Corrib Software")
    alert = (
        "Subject: Fwd: New job for you: Senior Data Analyst – Claims (Req 2231)\nFrom: Ana <ana@example.com>\n\n"
        "Senior Data Analyst – Claims\nLakeshore Health · Boston, MA\n\nAbout the role\nYou will report on claims.\n"
    )
    assert fields_of(alert).title == "Senior Data Analyst"


def test_a_remote_jobs_city_that_is_the_head_office() -> None:
    text = (
        "Data Engineer (Remote)\nPrairie Freight Systems\nOmaha, NE · Remote\n\nAbout the role\nThis role is 100% remote; "
        "you must reside in the United States. You may visit the Omaha headquarters once a year.\n"
    )
    assert names(fields_of(text).locations) == ["US"]


def test_a_university_posting_in_german() -> None:
    text = (
        "Stellenausschreibung 118/2026 – Saale-Universität Jena\nSaale-Universität Jena\nStudium\nForschung\n"
        "Ausschreibungsnummer: 118/2026\nVeröffentlicht am: 04.11.2026\n"
        "Am Institut für Informatik ist zum 01.04.2027 folgende Stelle zu besetzen:\n"
        "Wissenschaftliche*r Mitarbeiter*in (m/w/d) Data Science\nEntgeltgruppe 13 TV-L, befristet auf 24 Monate\n\n"
        "Bewerbung\nBitte senden Sie Ihre Bewerbung an: Saale-Universität Jena, Institut für Informatik, "
        "Ernst-Abbe-Platz 2, 07743 Jena\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.job_id) == ("Saale-Universität Jena", "118/2026")
    assert names(fields.locations) == ["Jena, DE"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Basel, Allschwil (CH)", ["Basel, CH", "Allschwil, CH"]),  # the country the places are in
        ("Barcelona / Remote (Spain)", ["Barcelona, ES", "ES"]),  # the country a remote job may be done from
    ],
)
def test_a_country_in_brackets_after_places(line: str, expected: list[str]) -> None:
    assert places_of(line) == expected


def test_german_speaking_boards_run_together() -> None:
    stepstone = (
        "Data Analyst (m/w/d)\nAlpenmark GmbH\nMünchen80339 MünchenFeste AnstellungVollzeit\n\nDeine Aufgaben\n- Reports\n"
    )
    assert names(fields_of(stepstone).locations) == ["Munich, DE"]
    jobsch = "Data Engineer (w/m/d)\nLimmat AG\nPublikationsdatum:20 November 2026Pensum:100%\n\nAufgaben\n- Pipelines\n"
    assert str(fields_of(jobsch).posted) == "2026-11-20"
    graz = "Data Engineer:in\nMurtal Soft\n\nArbeitsort: Remote-first – du arbeitest von überall in Österreich; unser Office ist in Graz.\n"
    assert names(fields_of(graz).locations) == ["AT"]


def test_a_search_records_full_time_over_a_contract_in_its_description(tmp_path: Path) -> None:
    record = (
        "employer_name: Granite Peak Consulting\njob_title: Senior Data Analyst\njob_employment_type: FULLTIME\n"
        "job_is_remote: true\njob_country: US\n"
        "job_description: Granite Peak Consulting is seeking a Senior Data Analyst for a 6-month contract engagement. "
        "This is a W2 contract with possible extension.\njob_min_salary: null\n"
    )
    (tmp_path / "record.txt").write_text(record, encoding="utf-8")
    assert extract(read_raw(tmp_path / "record.txt")).fields.employment_type == "contract"


# Batches 81 and 82: US and Canadian employers' pages, French-speaking boards, and boards of Asia, the Gulf and Africa.


def test_new_york_city_is_new_york() -> None:
    assert places_of("New York City") == ["New York, NY, US"]


def test_smartrecruiters_tab_runs_the_employer_into_the_title() -> None:
    text = (
        "Tidewater Logistics Data Scientist, Routing | SmartRecruiters\nSmartRecruiters Job Search\nTidewater Logistics\n"
        "Data Scientist, Routing\nToronto, ON, CanadaHybridFull-time\n\nJob Description\nYou will model routes.\n"
    )
    fields = fields_of(text)
    assert (fields.title, fields.company) == ("Data Scientist, Routing", "Tidewater Logistics")


def test_a_row_of_labelled_fields_set_apart_by_wide_gaps() -> None:
    text = (
        "Puget Health | Careers\n\nData Analyst II - Population Health (Temporary, 12 months)\n"
        "Req #: 2026-0881   Location: Seattle, WA - First Hill Campus   Department: Population Health Analytics   "
        "Schedule: Full-time   Posting date: 11/14/2026\n\nOverview\nThis is a temporary, full-time position for 12 "
        "months. The expected start is January 2027.\n"
    )
    fields = fields_of(text)
    assert names(fields.locations) == ["Seattle, WA, US"]
    assert (fields.job_id, str(fields.posted), fields.start) == ("2026-0881", "2026-11-14", "January 2027")
    assert fields.employment_type == "temporary"  # a temporary, full-time position


def test_french_boards_titles_and_employers() -> None:
    hellowork = (
        "Offre de stage Data Analyst F/H à Nantes - HelloWork\nHelloWork\nMon compte\n"
        "Stage - Data Analyst F/H\nMutuelle Armor Santé\nNantes - 44\n\nLe poste\nVous analysez nos données.\n"
    )
    fields = fields_of(hellowork)
    assert (fields.title, fields.company) == ("Data Analyst", "Mutuelle Armor Santé")
    cadremploi = (
        "Offre d'emploi Développeur BI H/F à Bordeaux (33) - Cadremploi\nCadremploi\nEspace candidat\n\nDéveloppeur BI H/F\n"
    )
    assert fields_of(cadremploi).title == "Développeur BI"
    linkedin = "Nordica recrute pour le poste suivant : Data Engineer F/H/X à Lille, Hauts-de-France, France | LinkedIn\n"
    assert (fields_of(linkedin).title, fields_of(linkedin).company) == ("Data Engineer", "Nordica")


def test_board_averages_after_the_amount_and_a_list_of_similar_jobs() -> None:
    naukri = (
        "Power BI Developer - Sahy Solutions - 3 to 6 years experience - Naukri.com\n\nPower BI Developer\n"
        "3 - 6 Years12-18 Lacs P.A.Hybrid - Pune\n\nJob description\nYou will build reports.\n\n"
        "Salary insights\nAvg. ₹9.8 Lacs per year (based on 64 salaries reported on AmbitionBox)\n"
    )
    assert fields_of(naukri).pay == Pay(1_200_000, 1_800_000, "INR", "year")
    indeed = (
        "Chargé d'études (H/F)\nObservatoire du Sud\nToulouse\n\nLe poste\nVous construisez les indicateurs de l'observatoire "
        "et vous présentez les résultats aux collectivités partenaires chaque trimestre.\n\nAutres emplois similaires\n"
        "Chargé d'études marketing (H/F) - Cabinet Sud - Toulouse (31) - CDI - 32 000 € - 36 000 € par an\n"
    )
    assert fields_of(indeed).pay is None


def test_a_kenyan_boards_title_row_and_shilling() -> None:
    text = (
        "Data Analyst - Credit Risk at Shamba Pesa Limited | BrighterMonday Kenya\nBrighterMonday\n\n"
        "Data Analyst - Credit Risk\nShamba Pesa Limited\nNairobi   Full Time\nKSh 150,000 - 220,000 gross per month\n\n"
        "Job Summary\nYou will score loan applications.\n"
    )
    fields = fields_of(text)
    assert fields.company == "Shamba Pesa Limited"
    assert names(fields.locations) == ["Nairobi, KE"]
    assert fields.pay == Pay(150000, 220000, "KES", "month")


def test_a_city_states_board_posts_the_citys_jobs_and_a_unit_worked_within() -> None:
    mcf = "Data Engineer | MyCareersFuture Singapore\n\nData Engineer\nStraits Pay Pte. Ltd.\n$7,000 to $10,500\nMonthly\n\nRoles & Responsibilities\nPipelines.\n"
    assert names(fields_of(mcf).locations) == ["Singapore, SG"]
    within = "BI Developer II\nMeridian Mutual\n\nOverview\nWorking within Enterprise Data & Analytics, you will build reports.\n"
    assert fields_of(within).team == "Enterprise Data & Analytics"


# Batch 83: the dev set's page shapes again, and Southern, Baltic and Balkan boards.


def test_a_german_institute_names_itself_with_an_adjective_and_its_acronym() -> None:
    text = (
        "Stellenausschreibung Kennziffer 2026-150 | RIKX\nStartseite > Karriere\nSuche\nLeichte Sprache\nEnglish\n\n"
        "Das Rheinische Institut für Klimaanalyse (RIKX) ist eine gemeinnützige Forschungseinrichtung mit Sitz in Bonn.\n\n"
        "Data Scientist (w/m/d)\n\nWir bieten\n– Flexible Arbeitszeiten und die Möglichkeit zur mobilen Arbeit nach Absprache\n"
    )
    fields = fields_of(text)
    assert fields.company is None  # not the language switch's 'English'; the institute is named once, left to a person
    assert (names(fields.locations), fields.workplace) == (["Bonn, DE"], "hybrid")


def test_italian_ral_and_a_welfare_budget() -> None:
    text = (
        "Data Analyst\nGalvano Casa S.p.A.\nSede: MilanoContratto: Tempo indeterminatoRAL 38-45k\n\nOffriamo\n"
        "- buoni pasto da 8 € al giorno, welfare aziendale da 1.000 € annui\n"
    )
    assert fields_of(text).pay == Pay(38000, 45000, "EUR", "year")


def test_a_spanish_freelance_board() -> None:
    text = (
        "Data Engineer (Freelance) - Teletrabajo - Tecnoempleo\nTecnoempleo.com\n\nData Engineer (Freelance)\nQuántica Datos S.L.\n"
        "24/11/2026 | 100% Teletrabajo (España) | Autónomo / Freelance | 320 - 370 €/día\n\nDescripción de la oferta\n"
        "* Inicio del proyecto: 11/01/2027.\n\nRef. oferta: TE-2611-48273\n"
    )
    fields = fields_of(text)
    assert (fields.team, fields.workplace, fields.job_id) == (None, "remote", "TE-2611-48273")
    assert (fields.pay, fields.start) == (Pay(320, 370, "EUR", "day"), "January 2027")


def test_slavic_ranges_and_cyrillic_cities() -> None:
    text = "Data Engineer\nБалканет ООД\nСофия; Работа в офис\n\nОписание\nЗаплата от 2 300 до 3 100 EUR бруто месечно\n"
    fields = fields_of(text)
    assert names(fields.locations) == ["Sofia, BG"]
    assert fields.pay is not None and (fields.pay.min, fields.pay.max) == (2300, 3100)


def test_workdays_panel_glued_to_the_title_without_colons() -> None:
    text = (
        "Skip to main content\nHavenbrug Careers\nSearch for Jobs\nSign In\n"
        "Senior Data AnalystlocationsRotterdam, Netherlandstime typeFull timeposted onPosted 3 Days Agojob requisition idR-20931\n"
        "Apply\nSenior Data Analyst\n\nWhat you will be working on\n- Reporting\n"
    )
    fields = fields_of(text)
    assert (names(fields.locations), fields.employment_type, fields.job_id) == (
        ["Rotterdam, NL"],
        "full_time",
        "R-20931",
    )


def test_a_recruiters_own_name_is_no_team() -> None:
    text = (
        "BI Engineer (Contract)\nKestrel Data Recruitment · Manchester, England, United Kingdom · Reposted 1 week ago\n\n"
        "My client is hiring a contract BI Engineer.\n\nKestrel Data Recruitment is acting as an employment business.\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.team) == ("Kestrel Data Recruitment", None)


# Batch 84: dev-like pages and hard pastes.


def test_a_boards_salary_insight_under_the_employers_pill() -> None:
    text = (
        "Senior Data Analyst\nThornbury Retail · London, England, United Kingdom\n£70K/yr - £85K/yr\n\nAbout the job\n"
        "You will lead our pricing analytics.\n\nSalary insights\n£58K/yr - £74K/yr\n"
        "Estimated base pay for Senior Data Analyst roles in London, England, United Kingdom based on 412 LinkedIn member salaries\n"
    )
    assert fields_of(text).pay == Pay(70000, 85000, "GBP", "year")


def test_an_aggregators_estimated_pay_widget_is_not_pay() -> None:
    text = (
        "Snowflake Data Engineer - Corp to Corp\nBrightpath Infosystems Inc\nCharlotte, NC\nvia HireLoop\n\n"
        "Position: Snowflake Data Engineer (C2C only)\nRate: DOE\n\nEstimated pay: $58–$72 an hour\n"
    )
    assert fields_of(text).pay is None


def test_a_pay_scale_table_and_its_date() -> None:
    text = (
        "Data Engineer\nInstituut voor Water\nDelft | 36 hours per week | Grade 10\n\nConditions\n"
        "Your salary will be set within the range of grade 10.\n"
        "Salary table (CAO IWB, per 1 January 2026, gross per month, full-time 36 hours)\n"
        " Grade | Minimum  | Maximum\n   9   | € 3,226  | € 4,428\n  10   | € 3,546  | € 5,538\n"
    )
    fields = fields_of(text)
    assert (fields.pay, fields.start) == (None, None)  # which row is the job's, a person reads; the table's date is no start


def test_civil_service_jobs_site_name_is_no_employer() -> None:
    text = (
        "Lead Data Analyst - Civil Service Jobs - GOV.UK\nSkip to main content\nGOV.UK  Civil Service Jobs\n\n"
        "Lead Data Analyst\nOffice for Coastal Resilience\nLocation: Bristol\n\nJob description\nYou will lead analysts.\n"
    )
    assert fields_of(text).company == "Office for Coastal Resilience"


# Batch 85: the dev set's page shapes once more.


def test_a_seniority_in_brackets_is_no_team_and_a_way_of_working_label_over_a_sentence() -> None:
    assert fields_of("Data Analyst (Mid)\nKorbo\nWarsaw\n\nAbout the role\nYou will report on sales.\n").team is None
    text = (
        "Senior BI Analyst\nFjordlys\nStockholm / Oslo\n\nWhat we offer\nHybrid: we meet at our offices in Stockholm "
        "(Södermalm) or Oslo (Grünerløkka) at least three days a week.\n"
    )
    assert names(fields_of(text).locations) == ["Stockholm, SE", "Oslo, NO"]


# Batch 86: the dev set's page shapes once more.


def test_a_team_heading_the_facts_row_and_a_french_join_us_link_are_no_employer() -> None:
    team_row = (
        "Finance Systems · Cork · Fixed-term\n\nWe're hiring a Business Intelligence Analyst to join our Finance Systems "
        "team at our Cork campus.\n\nWhat the job involves\n1. Power BI reports\n"
    )
    assert (fields_of(team_row).company, fields_of(team_row).team) == (None, "Finance Systems")
    french = (
        "Data Analyst H/F - Régie des Eaux du Rhône - Offres d'emploi\nAccueil > Nos offres > Data Analyst H/F\n"
        "Rejoignez-nous\nOffres d'emploi\nCandidature spontanée\n\nData Analyst H/F\n\nVos missions\n- Tableaux de bord\n"
    )
    assert fields_of(french).company == "Régie des Eaux du Rhône"


def test_a_remote_search_record_keeps_the_city_its_description_labels(tmp_path: Path) -> None:
    record = (
        "employer_name: Keystone Digital LLC\njob_title: Sr. Power BI Developer - C2C - Remote\n"
        "job_employment_type: CONTRACTOR\njob_is_remote: true\njob_city: Charlotte\njob_state: NC\njob_country: US\n"
        "job_description: Role: Sr. Power BI Developer\nLocation: Charlotte, NC (Remote)\nRate: $68/hr on C2C\n"
        "job_min_salary: null\n"
    )
    (tmp_path / "record.txt").write_text(record, encoding="utf-8")
    assert names(extract(read_raw(tmp_path / "record.txt")).fields.locations) == ["Charlotte, NC, US"]
    (tmp_path / "bare.txt").write_text(record.replace("Location: Charlotte, NC (Remote)\n", ""), encoding="utf-8")
    assert names(extract(read_raw(tmp_path / "bare.txt")).fields.locations) == ["US"]  # the employer's seat


# Batch 87: the dev set's page shapes once more.


def test_a_german_careers_tab_an_insurers_menu_and_a_row_of_labelled_fields() -> None:
    text = (
        "BI-Entwickler (m/w/d) | Karriere bei der Rheinwerk Versicherung\nPrivatkunden\nFirmenkunden\n\n"
        "BI-Entwickler (m/w/d)\nStandort: Köln | Abteilung: Konzerncontrolling | Vollzeit, unbefristet\n\n"
        "Deine Aufgaben\n– Du baust Berichte in Power BI\n"
    )
    fields = fields_of(text)
    assert (fields.company, fields.team) == ("Rheinwerk Versicherung", "Konzerncontrolling")


def test_a_boards_tab_names_the_employer_between_the_title_and_the_board() -> None:
    text = (
        "Analytics Engineer – Nordhav Retail AS – Skarp Jobs\nSkarp Jobs\nFind jobs\nSalaries\n\n"
        "Analytics EngineerNordhav Retail AS · Oslo, Norway\n\nAbout the role\nYou will model our sales data in dbt.\n"
    )
    assert fields_of(text).company == "Nordhav Retail AS"


def test_icon_names_pasted_before_a_careers_sites_facts() -> None:
    text = (
        "Analytics Engineer (L4), Ads Measurement\nLumora\nplace Seattle, WA, USA; New York, NY, USA\nbar_chart Mid\n"
        "Full-time\n\nAbout the job\nYou will build our ads measurement pipelines.\n"
    )
    assert names(fields_of(text).locations) == ["Seattle, WA, US", "New York, NY, US"]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Data Analyst\nAcme AG\n\nWhat we offer\n– Up to 40% of your working time from home\n", "workplace", "hybrid"),
        ("Data Analyst\nAcme Corp\n\nSkills: SQL\nRequirement ID: BLT-11482\n", "job_id", "BLT-11482"),
        (
            "Senior BI Developer\nWiślica Pay S.A.\nWarszawa\nType of work\nFull-time\nEmployment type\nB2B\n",
            "employment_type",
            "contract",
        ),
        (
            "We are looking for a Data Analytics Intern to join our planning team for six months.\n\nWhat you'll do\n"
            "- Forecast volumes\n\nGannet Freight B.V. · Privacy statement · Cookie settings\n",
            "company",
            "Gannet Freight B.V.",
        ),
    ],
)
def test_a_share_of_time_at_home_a_requirement_id_a_b2b_contract_and_a_footers_owner(text: str, field: str, value: str) -> None:
    assert getattr(fields_of(text), field) == value


# Batch 88: the dev set's captures ('**URL:** …' then the page).


@pytest.mark.parametrize(
    ("line", "places"),
    [
        ("PL Warszawa - Mokotów", ["Warsaw, PL"]),  # the site after the city is a district of it
        ("IE Dublin - Harcourt St", ["Dublin, IE"]),
        ("Store #214 – CF Chinook Centre, Calgary, AB", ["Calgary, AB, CA"]),  # 'CF' is a country's code, not here
    ],
)
def test_workdays_country_code_before_a_city_and_its_site(line: str, places: list[str]) -> None:
    assert places_of(line) == places


def test_a_people_team_handling_applications_is_no_team_and_the_days_at_home_come_first() -> None:
    text = (
        "Analytics Engineer\nFjordlys\nCopenhagen\n\nAbout the role\nYou will model our webshop data in dbt.\n\n"
        "Where we work\nOur Copenhagen office is in Nordvest, and we're there together Tuesday to Thursday. Monday and "
        "Friday you can work from home if you like.\n\nHow to apply\nYour application is handled by Maja from our "
        "People team.\n"
    )
    fields = fields_of(text)
    assert (fields.team, fields.workplace) == (None, "hybrid")


def test_a_row_of_facts_led_by_the_kind_of_job_is_no_headline() -> None:
    text = (
        "Halvorsen Foods · Columbus, OH · On-site\nInternship · Summer 2027\n$28–$34/hr\n\nAbout the team\n"
        "We're looking for a Supply Chain Analytics Intern to spend the summer with us at our Columbus headquarters.\n"
    )
    assert fields_of(text).title == "Supply Chain Analytics Intern"


def test_a_boards_summary_of_reported_salaries_is_no_pay() -> None:
    text = (
        "Lead Analytics Engineer\nTrellisoft Analytics\n5 - 8 years\n₹ 18-25 Lacs P.A.\nHybrid - Bengaluru, Hyderabad\n\n"
        "Job description\nBuild models.\n\nSalary insights\nLead Analytics Engineer salaries at Trellisoft Analytics "
        "range from ₹ 16 - 29 Lacs per year\nBased on 41 salaries on AmbitionBox\n"
    )
    assert fields_of(text).pay == Pay(1_800_000, 2_500_000, "INR", "year")


# Batch 89: captures from less common countries, and boards with heavy noise.


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "BI Developer (Power BI / SAP) | Jobs.cz\nJobs.cz\nJob offers\nCompanies\n\nBI Developer (Power BI / SAP)\n"
            "Helvora Logistika\nPraha 8 – Karlín\n",  # the district after its city is no employer either
            "Helvora Logistika",
        ),
        (
            "Analista de Dados (M/F) | Carreiras Minhotex\nA Empresa\nSustentabilidade\n\nAnalista de Dados (M/F)\nBraga\n",
            "Minhotex",
        ),
        (
            "Senior Data Analyst – Customer Insights | Tarsus Digital Careers\nTarsus Digital\n\nSenior Data Analyst\n\n"
            "Customer Insights is a team of nine analysts. Tarsus Digital is a retailer.\n",
            "Tarsus Digital",
        ),
    ],
)
def test_a_boards_name_a_sites_company_link_and_a_team_speaking_of_itself_are_no_employer(text: str, company: str) -> None:
    assert fields_of(text).company == company


def test_a_salary_guide_and_an_estimate_with_its_source_are_no_pay() -> None:
    guide = (
        "Data Engineer\nHarbourline Energy\nBristol\n\nJob description\nYou will build pipelines in Azure.\n\n"
        "Bristol Data Engineer salaries\nEmployer provided and Glassdoor estimates\nData Engineer\n£48,000 - £72,000 /yr\n"
    )
    estimate = (
        "BI Consultant\nAegeon Data\nAthens, Attica\nSalary: Not disclosed by the employer\n"
        "Estimated salary (kariera.gr insights): €1,500 – €2,100 gross/month · based on 38 similar ads\n\nThe role\nReports.\n"
    )
    assert (fields_of(guide).pay, fields_of(estimate).pay) == (None, None)


def test_a_job_based_at_two_offices_on_site_and_a_city_states_city() -> None:
    text = (
        "Senior Data Engineer\nNordvik Energi\n\nAbout the role\nYou will build pipelines.\n\n"
        "The position can be based at our offices in Oslo or Stavanger. This is an office-based role; we do not offer "
        "remote work for this position.\n"
    )
    fields = fields_of(text)
    assert (names(fields.locations), fields.workplace) == (["Oslo, NO", "Stavanger, NO"], "onsite")
    assert places_of("Luxembourg, Luxembourg") == ["Luxembourg, LU"]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Analytics Engineer\nKalev Mobility\nEmployment type\nContractor (B2B)\n\nWhat we offer\n"
            "→ B2B contract for 12 months with the intention to extend.\n",
            "employment_type",
            "contract",
        ),
        (
            "Analytics Lead\nHalden Tech\n£600 - £650 per day\nBirmingham\nContract\nFull-time\n\nThe role\nLead.\n",
            "employment_type",
            "contract",
        ),
        (
            "Analista de Dados\nMinhotex\n\nPerfil\n- Licenciatura em Estatística;\n- Mestrado será valorizado;\n",
            "degree",
            ("bachelor",),
        ),
        (
            "BI Developer\nBrabo Energy\nCookie | Provider | Purpose | Expiry\n_hjSessionUser | Hotjar | Records usage | 1 year\n\n"
            "The role\nYou will build Power BI reports.\n",
            "skills",
            ("Power BI",),
        ),
    ],
)
def test_b2b_contracts_reeds_chips_a_wished_masters_and_a_cookie_table(text: str, field: str, value: object) -> None:
    assert getattr(fields_of(text), field) == value


# Batch 90: German-speaking pages, and sparse or markdown captures.


def test_an_archived_pages_markdown_heading_is_the_title() -> None:
    text = (
        "**URL:** https://loopstad.com/jobs/analytics-engineer\n\n# Analytics Engineer\n\n**Location:** Amsterdam\n"
        "**Salary:** €70k–€85k\n\n## What you'll do\n- Model our data in dbt\n"
    )
    assert fields_of(text).title == "Analytics Engineer"


def test_further_vacancies_end_the_posting_and_the_vacancys_reference_number_is_its_id() -> None:
    text = (
        "Team Lead Business Intelligence (m/w/d)\nKranhaus Media Group\nKöln | Full-time | Permanent\n\n"
        "Who we are\nWe publish regional news portals.\nFurther vacancies\n"
        "Sales Analyst Advertising (m/w/d) – Köln – Full-time – €52,000–€60,000\n"
        "Reference number of this vacancy: KMG-26-0457\n"
    )
    fields = fields_of(text)
    assert (fields.pay, fields.job_id) == (None, "KMG-26-0457")


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Data Analyst\nFernwald\n\nThe position is fully remote: you can work from anywhere in Germany. The team meets in "
            "person in Hanover once a quarter for two days.\n",
            "workplace",
            "remote",
        ),
        (
            "BI-Entwickler (m/w/d)\nSaxaris Energie GmbH\n\nFür unseren Geschäftsbereich Energiedaten-Services suchen wir "
            "einen BI-Entwickler (m/w/d) am Standort Leipzig.\n",
            "team",
            "Energiedaten-Services",
        ),
    ],
)
def test_meeting_in_person_now_and_then_and_a_german_business_unit(text: str, field: str, value: str) -> None:
    assert getattr(fields_of(text), field) == value


# Batch 91: roles beyond data, and the dev set's hardest shapes again.


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Job Application for Senior Customer Success Manager, Enterprise at Pinecrest Health\n"
            "Senior Customer Success Manager, Enterprise\nToronto, Ontario; Vancouver, British Columbia\n\nThe role\nCare.\n",
            ["Toronto, ON, CA", "Vancouver, BC, CA"],
        ),
        (
            "**URL:** https://jobs.smartrecruiters.com/GrupoTarsia/7440001-hr-business-partner\n\n"
            "HR Business Partner | Grupo Tarsia | SmartRecruiters\nGrupo Tarsia\nHR Business Partner\n"
            "Madrid, Comunidad de Madrid, Spain\nFull-time\n\nCompany Description\nWe run stores.\n",
            ["Madrid, Comunidad de Madrid, ES"],
        ),
        (
            "BI Developer\nApply\nlocations\nMilton Keynes, United Kingdom\nlocations\nWarrington, United Kingdom\n"
            "and 2 more\ntime type\nFull time\n\nWho we are\nWe supply timber.\n",
            ["Milton Keynes, GB", "Warrington, GB"],
        ),
    ],
)
def test_a_roles_specialty_the_pages_address_and_workdays_repeated_label(text: str, places: list[str]) -> None:
    assert names(fields_of(text).locations) == places


def test_a_table_of_facts_and_a_cookiebot_row() -> None:
    text = (
        "BI Developer\nBrannock Insurance DAC\n| Job facts | |\n|---|---|\n| Location | Dublin |\n"
        "| Contract | Permanent, full-time |\n| Reference | FIN-0931 |\n\n"
        "_gid\tGoogle\tRegisters a unique ID used to generate statistical data.\t1 day\tHTTP Cookie\n\n"
        "The opportunity\nYou will build Power BI reports.\n"
    )
    fields = fields_of(text)
    assert (fields.employment_type, fields.job_id, fields.skills) == ("full_time", "FIN-0931", ("Power BI",))


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Registered Nurse\nWattle Grove\nFrankston, Victoria\n\nWhat we offer\n* $48.72 - $53.10 per hour\n"
            "* Salary packaging up to $15,900 per year\n* Confident working as the senior clinician on site at night\n",
            "pay",
            Pay(48.72, 53.10, "AUD", "hour"),
        ),
        (
            "Account Executive\nCadrelune\n\nPerks\n→ Hybrid: 3 days at our office in Paris 9e, 2 days remote\n",
            "workplace",
            "hybrid",
        ),
        (
            "Project Manager\nØresund Grid\n\nTasks\n- Be present at site meetings - expect site visits one to two days a week\n\n"
            "The position is on-site at our Copenhagen office.\n",
            "workplace",
            "onsite",
        ),
        (
            "Analista de Datos\nAcme\nValencia\n\nCondiciones\n- Teletrabajo parcial: 2 días a la semana en remoto.\n",
            "workplace",
            "hybrid",
        ),
        (
            "Ferraretto Alimentari sta assumendo per il ruolo di Data Engineer a Bologna, Emilia-Romagna, Italia | LinkedIn\n",
            "title",
            "Data Engineer",
        ),
        (
            "Über uns\nDie Pegnitzwerk Hausgeräte GmbH entwickelt Einbaugeräte für Küchen.\n\nWir suchen einen Data Analyst "
            "(m/w/d) für unseren Hauptsitz in Nürnberg.\n\nPegnitzwerk Hausgeräte GmbH · Personalabteilung\n",
            "company",
            "Pegnitzwerk Hausgeräte GmbH",
        ),
    ],
)
def test_pay_packaging_arrows_site_visits_spanish_hybrid_italian_linkedin_and_a_german_article(
    text: str, field: str, value: object
) -> None:
    assert getattr(fields_of(text), field) == value


# Batch 92: the dev set's shapes once more.


def test_a_posts_pin_with_the_place_in_its_bracket() -> None:
    text = (
        "🚨 NEW ROLE 🚨 Lead Analytics Engineer – B2B payments scale-up\n\nI've been retained by a payments business.\n\n"
        "📍 Remote (UK-based only) – the team meets up at the Bristol HQ once a quarter\n"
        "💷 £85,000 – £95,000 base + bonus\n📄 Permanent, full-time\n\nDM me for details.\n"
    )
    fields = fields_of(text)
    assert (names(fields.locations), fields.workplace) == (["GB"], "remote")


def test_linkedins_spanish_tab_title() -> None:
    text = "Grupo Aldaba busca Analytics Engineer en Valencia, Comunidad Valenciana, España | LinkedIn\n\nAcerca del empleo\nModelos.\n"
    fields = fields_of(text)
    assert (fields.title, fields.company) == ("Analytics Engineer", "Grupo Aldaba")


# Batch 93: analytics engineering pages, and the dev set's rare shapes.


def test_days_in_the_office_on_the_line_above_are_not_the_salarys_period() -> None:
    text = (
        "Senior Analytics Engineer\nFernhill\n\nThe role\nWe work in a hybrid way, with two anchor days a week in the "
        "office.\nSalary range: UK £85,000 – £100,000 | Ireland €95,000 – €112,000, plus share options.\n"
    )
    assert fields_of(text).pay == Pay(85_000, 100_000, "GBP", "year")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Analytics Engineer II\nIsarwerk\n\nThe team\nYou can work from either our Munich headquarters or our Nuremberg "
            "site; our hybrid model means two days a week on site.\n",
            ["Munich, DE", "Nuremberg, DE"],
        ),
        (
            "Data Analist\nBrugwerk Talent\n📍 Utrecht   🕒 Fulltime (36-40 uur)   💶 € 4.200 – € 5.600 bruto per maand\n",
            ["Utrecht, NL"],
        ),
    ],
)
def test_two_sites_named_with_their_kind_and_a_pin_before_a_wide_gap(text: str, places: list[str]) -> None:
    assert names(fields_of(text).locations) == places


def test_a_students_full_time_degree_is_no_full_time_job() -> None:
    text = (
        "Minimum qualifications:\nCurrently enrolled in a full-time degree program and returning to the program after the "
        "completion of the internship.\n\nAbout the job\nAs a Student Researcher on the Ads Measurement team, you will help us.\n"
    )
    assert fields_of(text).employment_type == "intern"


# Batch 94: badly pasted pages, and English pages from smaller markets.


def test_a_similar_jobs_heading_glued_after_the_last_sentence_ends_the_posting() -> None:
    text = (
        "BI Developer\nAzahar Seguros\nEspaña (100% remoto)\n\nSobre nosotros\nWe sell insurance online.\n\n"
        "Código de oferta: AZS-BI-0311. Promovemos la diversidad.Ofertas similaresData Analyst - Madrid - 32.000 € - 36.000 €\n"
    )
    assert fields_of(text).pay is None


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Data Analyst\nCorrib Ledger\n\nAbout youBachelor's degree in a quantitative subject; a Master's is a plus but "
            "not needed • 2-4 years as an analyst\n",
            "degree",
            ("bachelor",),
        ),
        (
            "BI Developer\nCasa Brenta S.p.A.\nCollections  Stores  Contract  Company  Careers  Contacts\n\nWhat we offer\n"
            "• Smart working 2 days a week\n",
            "employment_type",
            None,
        ),
        (
            "Senior BI Analyst\nPolmarket Retail S.A.\nWarszawa, Mokotów\n\nAbout the role\nReports.\n",
            "locations",
            ("Warsaw, PL",),
        ),
        (
            "Werkstudent Data Analytics (m/w/d) in Hamburg bei Elbkontor Logistik GmbH | Stellenhafen\n\nDeine Aufgaben\n"
            "Du unterstützt unsere Abteilung Business Intelligence im Tagesgeschäft.\n",
            "company",
            "Elbkontor Logistik GmbH",
        ),
        (
            "Subject: New contract: Power BI Developer – remote (Norway/Denmark) – 6 months\n\nHi,\nA new role.\n",
            "title",
            "Power BI Developer",
        ),
    ],
)
def test_glued_degrees_menus_districts_unknown_boards_and_agency_announcements(text: str, field: str, value: object) -> None:
    found = getattr(fields_of(text), field)
    assert (tuple(names(found)) if field == "locations" else found) == value


def test_a_german_department_in_a_sentence_and_italian_smart_working_days() -> None:
    team = "Werkstudent Data Analytics\nElbkontor\n\nDeine Aufgaben\nDu unterstützt unsere Abteilung Business Intelligence im Tagesgeschäft.\n"
    hybrid = "BI Developer\nCasa Brenta\n\nWhat we offer\n• Smart working 2 days a week, flexible entry 8:30–10:00\n"
    assert (fields_of(team).team, fields_of(hybrid).workplace) == ("Business Intelligence", "hybrid")


# Batch 95: LinkedIn guest pages and ATS captures.


def test_a_salary_paid_in_monthly_instalments_stays_annual() -> None:
    text = (
        "Data Engineer\nSeeblick\n\nWhat we offer\nThe annual base salary for this position ranges from CHF 112,000 to "
        "CHF 134,000, depending on experience, paid in 13 monthly instalments, plus a discretionary annual bonus.\n"
    )
    assert fields_of(text).pay == Pay(112_000, 134_000, "CHF", "year")


def test_linkedins_german_employment_type_and_an_hr_team_handling_applications() -> None:
    criteria = (
        "Senior Analytics Engineer (80–100%)\nHelvetara\nZürich\n\nAbout the role\nYou will model data.\n\n"
        "Karrierestufe\nMid-Senior-Level\nBeschäftigungsverhältnis\nVollzeit\n"
    )
    hr = (
        "BI Developer\nScheldelink\nDepartment: IT & Data\n\nAbout the role\nReports.\n\nApply\n"
        "You'll hear from Lien from our HR team within a week.\n"
    )
    assert (fields_of(criteria).employment_type, fields_of(hr).team) == ("full_time", "IT & Data")


# Batch 96: one page in the shape of each dev-set page, and roles beside analytics engineering.


def test_a_careers_sites_name_beside_its_owners() -> None:
    text = (
        "Vacancies | Thistlegate Careers - Thistlegate Insurance\nSkip to content\nMenu\nGet a quote\n\n"
        "Senior Analytics Engineer\nEdinburgh\n\nAbout the role\nYou will model our claims data.\n"
    )
    assert fields_of(text).company == "Thistlegate Insurance"


# Batch 97: dev-shaped pages from European and from North American, Pacific and Asian employers.


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # A fixed term beside the hours: the term sets the job apart ('Tempo pieno, Tempo determinato').
        (
            "Magazziniere\nLogistica Padana\n€1.850 al mese - Tempo pieno, Tempo determinato\n\nDescrizione\nTurni.\n",
            "employment_type",
            "temporary",
        ),
        # A freelancer's chip before the hours: a contract, not full-time employment.
        (
            "Senior Data Engineer\nWiślane Dane\nFreelancer · Full-time · Remote (Poland)\n\nAbout the role\nPipelines.\n",
            "employment_type",
            "contract",
        ),
        # 'a Master's (WO) is welcome': the level's short name in brackets splits no clause off its wish.
        (
            "BI Developer\nGrachtwerk\n\nRequirements\n- A completed Bachelor's degree (HBO) in Business IT; a Master's (WO) is "
            "welcome but not required\n",
            "degree",
            ("bachelor",),
        ),
        # 'BS in Industrial Engineering' names a degree; the MBA only wished for is no requirement.
        (
            "Senior Data Analyst\nMarlowe Freight\n\nWhat you bring\n• BS in Industrial Engineering, Statistics or a related "
            "field\n• 5+ years of SQL\n\nNice to have\n• MS or MBA\n",
            "degree",
            ("bachelor",),
        ),
        # 'We're a hybrid company' and two named weekdays in the office.
        (
            "Analytics Engineer\nQuayline\n\nWhere you'll work\nWe're a hybrid company. Offices in Dublin.\n",
            "workplace",
            "hybrid",
        ),
        (
            "Analytics Engineer\nQuayline\n\nWhere you'll work\nWe ask people to be in the office on Tuesdays and Thursdays.\n",
            "workplace",
            "hybrid",
        ),
        (
            "Power BI Consultant\nCalder Reed\nLocation: Remote (UK-based candidates only)\n\nThe role\nReports.\n",
            "locations",
            ("GB",),
        ),
    ],
)
def test_terms_degrees_workplaces_and_places_of_batch_97(text: str, field: str, value: object) -> None:
    found = getattr(fields_of(text), field)
    assert (tuple(names(found)) if field == "locations" else found) == value


def test_an_equal_opportunity_statement_names_the_employer() -> None:
    # Said once, so no other rule takes the name; the statement says who employs.
    alone = (
        "Business Intelligence Analyst\n\nWe are looking for a BI analyst to join our supply chain team in Galway.\n\n"
        "Ardmore Medical Devices is an equal opportunities employer. Candidates must have the right to work in Ireland.\n"
    )
    # The page's title names one of the group's care homes; the statement names the group.
    home = (
        "Registered Nurse (RGN) – Nights | Ashcombe House, Harrogate | Hollins Vale Careers\n\nRegistered Nurse (RGN) – Nights\n"
        "Ashcombe House, Harrogate\n\nAbout the role\nAshcombe House is a nursing home run by Hollins Vale Care Group.\n\n"
        "Hollins Vale Care Group is an equal opportunities employer.\n"
    )
    assert [fields_of(text).company for text in (alone, home)] == ["Ardmore Medical Devices", "Hollins Vale Care Group"]


def test_a_roles_own_letters_and_a_stores_name_are_no_team() -> None:
    nurse = "Registered Nurse (RGN) – Nights\nHollins Vale\n\nRequirements\n• Current NMC registration as an RGN\n"
    store = (
        "Store Manager - Boise Towne Square\nPinecrest Outfitters\n\nAbout the role\nWe're looking for a Store Manager to "
        "run our Boise Towne Square location.\n"
    )
    assert (fields_of(nurse).team, fields_of(store).team) == (None, None)


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("Reconcile the forecast to the general ledger in SAP S/4HANA.", ["SAP S/4HANA"]),
        ("Write an Airflow-style task in Python without help.", ["Python"]),
        ("Pipelines on Azure Databricks with Unity Catalog.", ["Azure Databricks", "Unity Catalog"]),
        (
            "Bayesian modelling (PyMC or Stan) and forecasting with Prophet, SARIMA and LightGBM.",
            ["PyMC", "Stan", "Prophet", "LightGBM"],
        ),
        ("Source market data from Bloomberg and Refinitiv into Python.", ["Bloomberg", "Refinitiv Eikon", "Python"]),
        ("Record results in STARLIMS and Excel.", ["STARLIMS", "Excel"]),
        # The maker alone, as a news outlet: no tool beside it.
        ("Our growth was covered by Bloomberg last year.", []),
        # Epicor's ERP, not the forecasting library.
        ("ERP experience, Epicor Prophet 21 ideal.", ["Epicor Prophet 21"]),
    ],
)
def test_skills_of_batch_97(text: str, skills: list[str]) -> None:
    assert fields_of(f"Data Analyst\nAcme\n\nRequirements\n{text}\n").skills == tuple(skills)


# Batch 98: dev-shaped pages from across Europe, the Americas, Asia, the Gulf and South Africa.


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # A board's words after the role in its tab title are no employer: its word for a job, its sector tag.
        (
            "Analista BI - Empleo en Monterrey | OCC\nAnalista BI\nEmpacadora Cerro Alto, S.A. de C.V.\n\nDescripción\nTableros.\n",
            "company",
            "Empacadora Cerro Alto, S.A. de C.V.",
        ),
        (
            "Agente de Atención al Cliente - Sector Energía | InfoJobs\nAgente de Atención al Cliente\n"
            "Enerlevante Servicios Integrales S.L.\n\nRequisitos\nBachillerato.\n",
            "company",
            "Enerlevante Servicios Integrales S.L.",
        ),
        # Swedish 'for a unit, then the employer'.
        ("BI-utvecklare till Affärsanalys - Kvarnbo Energi\n\nOm rollen\nRapporter.\n", "company", "Kvarnbo Energi"),
        (
            "BI-utvecklare till Affärsanalys - Kvarnbo Energi\n\nAbout the role\nAvdelningen Affärsanalys ansvarar för rapportering.\n",
            "team",
            "Affärsanalys",
        ),
        # Another job's term under 'Fler lediga jobb' is not this job's.
        (
            "BI-utvecklare\nKvarnbo Energi\n\nWhat we offer\nTillsvidareanställning på heltid.\n\nFler lediga jobb\n"
            "Dataingenjör – Göteborg – 48 000–56 000 kr/mån\nKundtjänstmedarbetare – Trollhättan – Visstidsanställning\n",
            "employment_type",
            "full_time",
        ),
        # SEEK's 'Suburb, Region STATE', where the region is SEEK's own name for it.
        (
            "Registered Nurse\nCorio Bay Private Hospital\nGeelong, Barwon & Western District VIC\n\nAbout\nCare.\n",
            "locations",
            ("Geelong, VIC, AU",),
        ),
        (
            "Registered Nurse\nCorio Bay\n\nAbout the opportunity\nCommencing Monday 18 January 2027, with an orientation.\n",
            "start",
            "January 2027",
        ),
        # An 'Advantageous' column under the minimum requirements wishes for its degree.
        (
            "Credit Risk Analyst\nUbuntu Mutual Bank\n\nMinimum Requirements\n- BCom or BSc degree in Statistics\n\n"
            "Advantageous\n- BCom Honours or MSc in Statistics\n",
            "degree",
            ("bachelor",),
        ),
        ("Analista de Dados\nVerdemar\nSão Paulo - SP\nEfetivo\n\nSobre a vaga\nRelatórios.\n", "employment_type", "full_time"),
        ("Analityk ds. Controllingu\nVistrom Polska\nIdentyfikator oferty: 48213\n\nO nas\nKomponenty.\n", "job_id", "48213"),
    ],
)
def test_board_tags_nordic_units_seek_places_and_labels_of_batch_98(text: str, field: str, value: object) -> None:
    found = getattr(fields_of(text), field)
    assert (tuple(names(found)) if field == "locations" else found) == value


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        ("Rattaché·e à la responsable du pôle Data Marketing, tu seras le référent analytique.", "Data Marketing"),
        ("Dołącz do Działu Controllingu Operacyjnego, który wspiera kierownictwo zakładu.", "Controllingu Operacyjnego"),
        # The division the team sits in, capitalised, is the wider unit: the team named after it wins.
        (
            "The Pricing & Marketplace Science team (12 people) designs the algorithms. We sit within the Data & AI Division.",
            "Pricing & Marketplace Science",
        ),
        # A standard's number is part of a team's name; a head count is not.
        (
            "Our Retail Credit Risk division is looking for an analyst to join the Scorecards & IFRS 9 team.",
            "Scorecards & IFRS 9",
        ),
        (
            "Buscamos un(a) Analista Sr. que se integre a la Gerencia de Planeación Comercial y nos ayude.",
            "Gerencia de Planeación Comercial",
        ),
        # An office named by what it does is a unit, when the text names no team.
        ("Our Group Data Office is building a new lakehouse for the terminals.", "Group Data Office"),
    ],
)
def test_teams_of_batch_98(sentence: str, team: str) -> None:
    assert fields_of(f"Analyst\nAcme\n\nAbout the role\n{sentence}\n").team == team


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("Maîtrise de SQL, bonne pratique de Python ou R", ["SQL", "Python", "R"]),
        ("Relatórios feitos manualmente em Excel;", ["Excel"]),
        ("Automatyzacja raportów w Excelu (Power Query, VBA).", ["Excel", "Power Query", "VBA"]),
        ("Build the semantic layer that powers Sigma dashboards with dbt.", ["Sigma", "dbt"]),
        # Six Sigma is a method, not the BI tool.
        ("A Lean Six Sigma Green Belt is a plus.", []),
        ("Familiarity with Terraform or feature stores such as Feast.", ["Terraform", "Feast"]),
        ("Migrate legacy Oracle OBIEE reports to Tableau.", ["Oracle OBIEE", "Tableau"]),
        (
            "Data flows from our ERP systems (IFS and Microsoft Dynamics 365) with Azure Data Factory.",
            ["IFS", "Microsoft Dynamics 365", "Azure Data Factory"],
        ),
        ("Consolidate SAP S/4HANA data and Walmart Retail Link portals.", ["SAP S/4HANA", "Walmart Retail Link"]),
        ("Ingest data from Navis N4 through Kafka.", ["Navis N4", "Kafka"]),
        ("Experience with Salesforce, Gong and LinkedIn Sales Navigator.", ["Salesforce", "Gong", "LinkedIn Sales Navigator"]),
        # A bank named by the word is no operating system.
        ("Ubuntu Mutual Bank serves 900 000 members.", []),
    ],
)
def test_skills_of_batch_98(text: str, skills: list[str]) -> None:
    assert fields_of(f"Data Analyst\nAcme\n\nRequirements\n{text}\n").skills == tuple(skills)


# Batch 99: one page in the shape of each dev-set page, and pages from the rest of Europe.


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # Indeed Italy's estimate is no pay; its 'In sede' is on site.
        (
            "Business Intelligence Analyst\nOfficine Brembane S.p.A.\nSede di lavoro\nIn sede\n\nStipendio\nIndeed stima 31.200 € - "
            "39.400 € all'anno per questo tipo di ruolo in zona.\n\nDescrizione\nReport.\n",
            "pay",
            None,
        ),
        (
            "Business Intelligence Analyst\nOfficine Brembane S.p.A.\nSede di lavoro\nIn sede\n\nDescrizione\nReport.\n",
            "workplace",
            "onsite",
        ),
        # A Spanish role word, and a cookie banner's buttons that are no employer.
        (
            "Científico/a de Datos Senior – Pricing | Albufera Seguros\nAceptar todas\nRechazar\nConfigurar\nAlbufera Seguros\n"
            "Científico/a de Datos Senior – PricingMadrid, EspañaHíbrido\n\nDescripción del empleo\nModelos.\n",
            "company",
            "Albufera Seguros",
        ),
        ("Data Analyst\nAcme\n\nAbout the role\n📍 Frankfurt am Main – 2 Tage vor Ort, 3 Tage remote\n", "workplace", "hybrid"),
        (
            "Datenanalyst\nAcme\n\nWas wir bieten\n- 2 Tage pro Woche im Büro am Ostbahnhof, den Rest gerne im Home-Office\n",
            "workplace",
            "hybrid",
        ),
        ("Data Analyst\nVelomappy\n\nInfos pratiques\nDémarrage souhaité : janvier 2027\n", "start", "January 2027"),
        (
            "Senior BI Analyst\nMainblick Talent\n\nAbout the role\nReports.\n(Projekt-Nr. MT-8841 – vertraulich)\n",
            "job_id",
            "MT-8841",
        ),
        # A Polish recruiter's post: the role in the accusative, the reference, the hybrid week; comments are cut.
        (
            "Magdalena Zielińska | LinkedIn\n🚀 Hiring! Szukam Senior Data Engineera do zespołu Data Platform w Fabryce Przesyłek!\n"
            "Co oferujemy?\n🏢 hybrydowo: 2 dni w tygodniu w biurze, reszta zdalnie\nNr referencyjny: DE/WRO/1187\n"
            "27 komentarzy · 9 udostępnień\nU nas w Poznaniu też szukamy Data Engineerów, full remote\n",
            "title",
            "Senior Data Engineer",
        ),
        (
            "Magdalena Zielińska | LinkedIn\n🚀 Hiring! Szukam Senior Data Engineera do zespołu Data Platform w Fabryce Przesyłek!\n"
            "Co oferujemy?\n🏢 hybrydowo: 2 dni w tygodniu w biurze, reszta zdalnie\nNr referencyjny: DE/WRO/1187\n"
            "27 komentarzy · 9 udostępnień\nU nas w Poznaniu też szukamy Data Engineerów, full remote\n",
            "workplace",
            "hybrid",
        ),
        ("Senior Data Engineer\nFabryka\n\nO nas\nNr referencyjny: DE/WRO/1187\n", "job_id", "DE/WRO/1187"),
    ],
)
def test_estimates_workplaces_starts_ids_and_posts_of_batch_99(text: str, field: str, value: object) -> None:
    assert getattr(fields_of(text), field) == value


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        ("La risorsa, inserita nell'ufficio Controllo di Gestione, si occuperà di report.", "Controllo di Gestione"),
        # A city after the unit's name is where it is.
        ("La risorsa entrerà nel team Pianificazione e Analisi Vendite di Milano.", "Pianificazione e Analisi Vendite"),
        ("Avdelingen Data & Analyse skal bygge en felles datahub.", "Data & Analyse"),
        (
            "Im Kompetenzcenter Advanced Analytics der Domhof Versicherungen entwickeln 18 Data Scientists Modelle.",
            "Kompetenzcenter Advanced Analytics",
        ),
        # The squad the hire joins, before the wider équipe the company counts its people in.
        (
            "Nous sommes 140, dont une trentaine dans l'équipe Produit & Tech. Tu rejoindras la squad Data Produit (5 personnes).",
            "Data Produit",
        ),
    ],
)
def test_teams_of_batch_99(sentence: str, team: str) -> None:
    assert fields_of(f"Analyst\nAcme\n\nAbout the role\n{sentence}\n").team == team


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        # 'in' ends 'Lochrin': a whole word only gives a name its context.
        ("You'll be on site at either our Edinburgh (Lochrin Square) or Glasgow office.", []),
        ("Build and maintain Amplitude charts and Mode reports for product managers.", ["Amplitude", "Mode"]),
        # Dutch 'elk' (each) is no ELK Stack.
        ("Je kunt je keuzes op elk moment bijwerken.", []),
        ("Ship logs to the ELK stack and Grafana.", ["ELK Stack", "Grafana"]),
    ],
)
def test_skills_of_batch_99(text: str, skills: list[str]) -> None:
    assert fields_of(f"Data Analyst\nAcme\n\nRequirements\n{text}\n").skills == tuple(skills)


# Batch 100: the dev set's page kinds again, from Europe and from the US, Canada and the UK.


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        # Ashby's second place on a line of its own, behind 'Also'.
        (
            "Senior Software Engineer\nQuillfeather\nLocation\nSan Francisco, CA\nAlso Seattle, WA\nEmployment Type\nFull time\n\nAbout the role\nPipelines.\n",
            ("San Francisco, CA, US", "Seattle, WA, US"),
        ),
        # States of the US, not a South African town and a country in the Caucasus.
        (
            "Sr. Power BI Developer\nKeystone Talent Partners\n\nAbout\nLocation: 100% Remote. Candidates MUST reside in North "
            "Carolina, South Carolina, Virginia, Tennessee or Georgia.\n",
            ("US",),
        ),
        (
            "Analytics Engineer\nAcme\n\nAbout\nThis role is remote, but you must live in one of the following states: Arizona, "
            "Colorado, Florida, Georgia, Illinois, North Carolina, Texas, or Utah.\n",
            ("US",),
        ),
        # The employer's short name on its logo line is no town in Florida.
        ("Careers at Pinecrest Payments\nPinecrest\nAnalytics Engineer\nRemote - US\n\nAbout the role\nModels.\n", ("US",)),
        # The page's city and the others the text lets the hire sit in.
        (
            "Senior Data Analyst\nLarchmont Mutual\nNew York, NY · Reposted 6 days ago\n\nAbout the job\nThis position can sit in our "
            "New York, NY, Hartford, CT or Charlotte, NC offices.\n",
            ("New York, NY, US", "Hartford, CT, US", "Charlotte, NC, US"),
        ),
        # A footer's address whose parts a dot sets apart.
        (
            "Für unser Team Netzdaten suchen wir eine:n Datenanalyst:in.\n\nIhre Aufgaben:\n- Auswertungen\n\n"
            "Stadtwerke Rheinbogen GmbH · Personalabteilung · Rheinallee 140 · 55118 Mainz\n",
            ("Mainz, DE",),
        ),
    ],
)
def test_places_of_batch_100(text: str, locations: tuple[str, ...]) -> None:
    assert tuple(names(fields_of(text).locations)) == locations


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Senior BI Analyst\nKestrelmoor\n\nAbout the job\nYou will likely have five or more years in a BI role, ideally in "
            "logistics, a Bachelor's degree in Econometrics or something similar (a Master's is welcome but not needed), and SQL.\n",
            "degree",
            ("bachelor",),
        ),
        ("Praktikum Data Science\nHaldenwerk\nEinstieg: 01.04.2027\n\nDeine Aufgaben\nModelle.\n", "start", "April 2027"),
        ("Field Service Technician\nColdline\nDate advertised: 19/11/2026\n\nThe role\nRepairs.\n", "posted", date(2026, 11, 19)),
        (
            "Callum Baird on LinkedIn: #hiring\nCallum Baird\nI'm really pleased to be partnering exclusively with Pellham & Rowe "
            "on a brand-new Head of Analytics role! 🚀\n",
            "title",
            "Head of Analytics",
        ),
        (
            "Für unser Team Netzdaten & Analytik suchen wir zum 01.02.2027 in Teilzeit (30 Wochenstunden) eine:n "
            "Datenanalyst:in, die/der unsere Netzplanung unterstützt.\n",
            "title",
            "Datenanalyst",
        ),
        (
            "Payroll Specialist\nScioto Valley Health\n\nAbout the role\nPayroll.\n\nWork Location\nThis is an on-site position at "
            "the Corporate Service Center; it is not eligible for remote or hybrid work.\n",
            "workplace",
            "onsite",
        ),
        (
            "Data Scientist\nAlmhof\n\nÜber uns\nIm Data & Analytics Office bündeln wir Data Science und Reporting.\n",
            "team",
            "Data & Analytics Office",
        ),
    ],
)
def test_degrees_dates_titles_and_workplaces_of_batch_100(text: str, field: str, value: object) -> None:
    assert getattr(fields_of(text), field) == value


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        # The letters of the words before the bracket, not C++.
        ("Intermediate Microsoft Excel; Certified Payroll Professional (CPP) preferred.", ["Excel"]),
        ("Stream events through Kafka (Confluent Cloud) into the lakehouse.", ["Kafka", "Confluent Cloud"]),
        ("At least one streaming system (Kafka, Kinesis, Pulsar).", ["Kafka", "Kinesis", "Pulsar"]),
        # An employer named Pulsar is no streaming system.
        ("Na Pulsar, a gente simplifica pagamentos.", []),
        ("Record jobs, parts and time on the ServiceMax mobile app.", ["ServiceMax"]),
    ],
)
def test_skills_of_batch_100(text: str, skills: list[str]) -> None:
    assert fields_of(f"Data Analyst\nAcme\n\nRequirements\n{text}\n").skills == tuple(skills)


# Batch 101: roles beside the dev set's, and the harder pastes: HTML, markdown captures, run-on pages, e-mails, PDFs.


def test_a_reader_tools_markdown_capture_with_a_row_of_facts() -> None:
    text = (
        "Title: Werkstudent (m/w/d) Data Analytics – Fleet | Lindqvist Mobility Karriere\n"
        "URL Source: https://karriere.lindqvist-mobility.de/stellen/werkstudent-data-analytics-fleet\n\nMarkdown Content:\n"
        "![Lindqvist Mobility Logo](https://karriere.lindqvist-mobility.de/img/logo-lm.svg)\n\n"
        "*   [Über uns](https://www.lindqvist-mobility.de/ueber-uns)\n*   [Karriere](https://karriere.lindqvist-mobility.de/)\n\n"
        "Werkstudent (m/w/d) Data Analytics – Fleet\n==========================================\n\n"
        "| Standort | Arbeitszeit | Vergütung | Start | Referenz |\n| --- | --- | --- | --- | --- |\n"
        "| München (Hybrid) | 20 Std./Woche, Werkstudent | 18,50 €/Std. | ab 01.02.2027 | LM-WS-2026-07 |\n\n"
        "[Jetzt bewerben](https://lindqvist-mobility.jobs.personio.de/job/884213#apply)\n\nWer wir sind\n------------\n\nFlotten.\n"
    )
    found = fields_of(text)
    assert (found.title, names(found.locations), found.pay, found.job_id, found.apply_url) == (
        "Werkstudent Data Analytics",
        ["Munich, DE"],
        Pay(18.5, 18.5, "EUR", "hour"),
        "LM-WS-2026-07",
        "https://lindqvist-mobility.jobs.personio.de/job/884213#apply",
    )


def test_a_clippers_front_matter_and_a_menu_of_links() -> None:
    text = (
        "---\nsource: https://careers.carrowandfinch.co.uk/vacancies/CF-BI-0931\ncaptured: 2026-11-28T10:41:07Z\n---\n\n"
        "[Skip to content](#main)\n\n* [Shop](https://www.carrowandfinch.co.uk/)\n"
        "* [Head office jobs](https://careers.carrowandfinch.co.uk/head-office)\n\n> **Cookies on Carrow & Finch Careers** – We'd "
        "like to use analytics cookies.\n\n# Business Intelligence Developer\n\n"
        "| | |\n|---|---|\n| **Location** | Manchester Support Centre (Hybrid – 3 days in office) |\n\n"
        "[Apply for this job](https://careers.carrowandfinch.co.uk/vacancies/CF-BI-0931/apply)\n\n"
        "## About Carrow & Finch\n\nCarrow & Finch is a family-founded homeware retailer.\n"
    )
    found = fields_of(text)
    assert (found.title, found.company, names(found.locations), found.apply_url) == (
        "Business Intelligence Developer",
        "Carrow & Finch",
        ["Manchester, GB"],
        "https://careers.carrowandfinch.co.uk/vacancies/CF-BI-0931/apply",
    )


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Teamleitung Analytics Engineering\nDonauhafen\n\nWas wir bieten\nFür diese Position gilt ein Mindestjahresbruttogehalt "
            "von € 68.000 auf Vollzeitbasis. Eine Überzahlung ist möglich.\n",
            "pay",
            Pay(68_000, None, "EUR", "year"),
        ),
        # An Irish scale, its first point and its last (long-service increments included).
        (
            "Geospatial Data Engineer\nERTA\n\nSalary\nThe salary scale for the position is €62,340 – €64,918 – €67,495 – "
            "€70,073 – €78,910 per annum.\n",
            "pay",
            Pay(62_340, 78_910, "EUR", "year"),
        ),
        (
            "Data Analyst\nAcme\n\nSalary\n€55,840 - €57,466 - €59,091 - LSI-1 €70,486 - LSI-2 €72,117 per annum\n",
            "pay",
            Pay(55_840, 72_117, "EUR", "year"),
        ),
        # A board's price for employers, and a footer's year, are no pay.
        (
            "Data Engineer\nOrvalho\nFind jobs · Post a job (€149) · Log in\n\nAbout the role\nPipelines.\n\n© 2026 Euro\n",
            "pay",
            None,
        ),
        (
            "Data Engineer\nERTA\nSpecified Purpose Contract – 24 months\n\nThe role\nPipelines.\n",
            "employment_type",
            "temporary",
        ),
        (
            "Business Analyst\nElbmarsch\n\nDas bieten wir\n- Teilzeitstelle mit 30 Wochenstunden, unbefristet\n",
            "employment_type",
            "part_time",
        ),
        (
            "Wir suchen zur Verstärkung unseres Teams Digital Operations in Hamburg-Billbrook eine*n Business Analyst*in, "
            "der/die die Brücke zur IT schlägt.\n\nIhre Aufgaben:\n- Prozesse\n",
            "title",
            "Business Analyst",
        ),
        # A PDF's numbered 'Desirable' column wishes for its degree.
        (
            "Data Engineer\nERTA\n\n4. Essential Requirements\n(a) a Level 8 honours bachelor's degree in geomatics\n\n"
            "5. Desirable\n• A Level 9 master's qualification in GIS.\n",
            "degree",
            ("bachelor",),
        ),
    ],
)
def test_pay_terms_titles_and_degrees_of_batch_101(text: str, field: str, value: object) -> None:
    assert getattr(fields_of(text), field) == value


# Batch 102: the dev set's kinds in less-used cities, and North American, Pacific and Asian pages.


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # The label's period, not the annual wage supplement's in the aside.
        (
            "Risk Data Analyst\nKallang Assurance\n\nRemuneration\nMonthly gross salary: SGD 5,500 – 7,800 (13th-month Annual Wage "
            "Supplement (AWS) and variable bonus applicable).\n",
            "pay",
            Pay(5_500, 7_800, "SGD", "month"),
        ),
        (
            "Analytics Engineer\nDonauwerk\nStandortLinzArbeitszeitVollzeit (38,5 h)Eintrittab sofortStellen-ID2026-0457Online seit21. November 2026\n\n"
            "Ihre Aufgaben\nModelle.\n",
            "job_id",
            "2026-0457",
        ),
    ],
)
def test_pay_periods_and_glued_ids_of_batch_102(text: str, field: str, value: object) -> None:
    assert getattr(fields_of(text), field) == value


# Batch 103: the dev set's mix again, and local-language pages from the rest of Europe.


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # A Swedish board's estimate is no pay.
        (
            "Lead Data Scientist\nSkärgårdsbanken AB\nUppskattad lön (Jobbkartan): 62 000 – 78 000 kr/mån\nBaserat på 214 liknande "
            "annonser. Arbetsgivaren har inte angett lön.\n\nOm jobbet\nModeller.\n",
            "pay",
            None,
        ),
        ("Data Analyst\nMutuelle Verlaine\n\nAvantages\n• Télétravail : jusqu'à 2 jours par semaine\n", "workplace", "hybrid"),
        (
            "Data Scientist\nCyclara\n\nHow we work\n- Office days on Tuesday and Thursday; the rest of the week you can work from home\n",
            "workplace",
            "hybrid",
        ),
        (
            "Business Intelligence Analyst\nCartiere Valdossola\nCandidati ora\nRif. annuncio: VDO-BI-0412\n\nDescrizione\nReport.\n",
            "job_id",
            "VDO-BI-0412",
        ),
    ],
)
def test_estimates_workplaces_and_ids_of_batch_103(text: str, field: str, value: object) -> None:
    assert getattr(fields_of(text), field) == value


def test_a_seek_region_is_dropped_only_when_it_names_no_city() -> None:
    # 'Barwon & Western District' is SEEK's region, 'Sydney' the city the suburb belongs to (and which the reader keeps).
    assert (places_of("Geelong, Barwon & Western District VIC"), places_of("Parramatta, Sydney NSW")) == (
        ["Geelong, VIC, AU"],
        ["Sydney, NSW, AU"],
    )


def test_no_hybrid_work_in_a_label_is_on_site() -> None:
    text = "Payroll Specialist\nScioto\nWork Location: Columbus office, no hybrid or remote option\n\nAbout\nPayroll.\n"
    assert fields_of(text).workplace == "onsite"


# Batch 104: roles outside software on dev-shaped pages, and pages from Latin America, the Gulf, Africa and Japan.


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # A menu's item beside the title, named nowhere else, yields to the footer's owner.
        (
            "Store Manager, Dublin Grafton Quarter - Ashgrove Outdoor\nShop\nStores\nRepairs\nJournal\nCareers\n"
            "Store Manager, Dublin Grafton Quarter\nDublin, Ireland\n•\nRetail\n•\nView all jobs\nOur story\n"
            "Ashgrove Outdoor started as a single climbing shop in Galway in 2004.\nHow you'll help us\nYou lead a team of 18.\n\n"
            "Powered by Greenhouse\n© Ashgrove Outdoor Ltd.\nPrivacy Notice\nTerms\n",
            "Ashgrove Outdoor Ltd.",
        ),
        # A careers tab with a spaced hyphen: 'Trabaja con nosotros - X'.
        (
            "Trabaja con nosotros - Pagos Cóndor\nInicio\nVacantes\nAnalista de Datos Senior\nAplicar ahora\n\nLa vacante\nReportes.\n",
            "Pagos Cóndor",
        ),
        # The equal-opportunity statement after a list line names the employer over a board's 'X Careers' tab.
        (
            "Senior Data Engineer - Dubai | Khaleej Careers\nKhaleej Careers\nJobs  Companies  Salaries  Post a job\n"
            "Senior Data Engineer\n\nWhat we offer\n- End-of-service gratuity as per UAE Labour Law\n"
            "Nakhla Mobility is an equal opportunity employer.\n",
            "Nakhla Mobility",
        ),
        # An employer run into its place on a board's card.
        (
            "Ingeniero de Datos Sr. (H/M) - Monterrey | EmpleoNorte.mx\nEmpleoNorte.mx\nIngeniero de Datos Sr. (H/M)"
            "Grupo Logístico AltamiraMonterrey, Nuevo LeónSueldo$48,000 - $56,000 MensualModalidadPresencial\n\nDescripción\nDatos.\n",
            "Grupo Logístico Altamira",
        ),
        # A tracking system's tab: the employer is the part before the system's name.
        (
            "**URL:** https://nvre.wd3.myworkdayjobs.com/en-US/External/job/Amsterdam/Analyst_JR-1\n\n"
            "Senior Reporting Analyst - Norrvik Re - Workday\nSkip to main content\nCareers Home\nSearch for Jobs\n"
            "Senior Reporting Analyst\n\nWho we are\nA reinsurer.\n",
            "Norrvik Re",
        ),
        # A Dutch page: 'Je' is no employer; 'Meer vacatures bij X' confirms the name the text gives itself once.
        (
            "Wij zoeken een nauwkeurige crediteurenadministrateur die ons finance-team komt versterken.\n\n"
            "Van Dorsten Technische Groothandel levert sinds 1962 installatiemateriaal.\n\nWat ga je doen\n\n"
            "Je verwerkt inkoopfacturen\n\nJe beheert de scanstroom\n\nMeer vacatures bij Van Dorsten\n",
            "Van Dorsten Technische Groothandel",
        ),
    ],
)
def test_employers_of_batch_104(text: str, company: str) -> None:
    assert fields_of(text).company == company


def test_a_button_beside_the_title_is_the_employer_only_as_a_flagged_last_resort() -> None:
    text = "Careers\nData Analyst\nAcme Logistics\nApply now\n\nThe role\nYou will build reports.\n"
    fields = fields_of(text)
    assert (fields.company, "company" in fields.review) == ("Acme Logistics", True)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Wij zoeken een ervaren crediteurenadministrateur die ons team versterkt.\n\nVan Dorsten\n",
            "title",
            "Crediteurenadministrateur",
        ),
        (
            "Medewerker\nVan Dorsten\n\nWat bieden wij\nTwee dagen per week thuiswerken na je inwerkperiode\n",
            "workplace",
            "hybrid",
        ),
        ("Medewerker\nVan Dorsten\n\nLet op: dit is een tijdelijke functie ter vervanging.\n", "employment_type", "temporary"),
        (
            "Medewerker\nVan Dorsten\n\nWat bieden wij\nEen contract voor 12 maanden; 32 tot 40 uur per week\n",
            "employment_type",
            "temporary",
        ),
        (
            "Store Manager\nAshgrove\n\nYou lead a team of full- and part-time advisers.\nThis is a full-time, on-site role based "
            "in the store.\n",
            "employment_type",
            "full_time",
        ),
        (
            "Technicien Contrôle Qualité (H/F)\nHelvane Pharma\nlieux: Lyon - Gerland\npublié le: Publié il y a 4 jours\n"
            "date de fin de publication: 15 décembre 2026\nID de l'offre: R-2026-07731\n\nVotre mission\nAnalyses.\n",
            "posted",
            None,
        ),
        (
            "Technicien Contrôle Qualité (H/F)\nHelvane Pharma\nlieux: Lyon - Gerland\nID de l'offre: R-2026-07731\n\nVotre mission\nAnalyses.\n",
            "job_id",
            "R-2026-07731",
        ),
        (
            "Analista de Datos\nPagos Cóndor\n\nEste cargo es cien por ciento remoto: puedes trabajar desde cualquier ciudad de Colombia, y "
            "una vez por trimestre nos reunimos en Medellín. Te ofrecemos contrato a término indefinido.\n",
            "employment_type",
            "full_time",
        ),
        ("Analista de Datos\nPagos Cóndor\n\nEste cargo es cien por ciento remoto.\n", "workplace", "remote"),
        (
            "Analista de Dados Pleno\nCooperativa Vale Verde\n\nRequisitos\n• Ensino superior completo em Estatística ou áreas afins;\n",
            "degree",
            (),
        ),
        (
            "データアナリスト\n株式会社ハルカゼ\n\n■給与\n年収600万円～850万円（経験・能力を考慮のうえ決定）\n",
            "pay",
            Pay(6_000_000, 8_500_000, "JPY", "year"),
        ),
    ],
)
def test_terms_dates_ids_and_pay_of_batch_104(text: str, field: str, value: object) -> None:
    assert getattr(fields_of(text), field) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ejecutivo de Ventas\nTermavent Ibérica | Madrid, España | Ventas | Canal Profesional\n\nLa vacante\nVentas.\n",
            ["Madrid, ES"],
        ),
        ("Analista de Dados\nVale Verde\nCampinas, São Paulo, Brasil\n\nA vaga\nDados.\n", ["Campinas, São Paulo, BR"]),
        (
            "Analista BI\nPagos Cóndor\n\nEste cargo es remoto: puedes trabajar desde cualquier ciudad de Colombia, y una vez por "
            "trimestre nos reunimos todos en nuestra oficina de Medellín.\n",
            ["CO"],
        ),
        ("Backend Developer\nQuebracho Labs\nRemoto: Argentina, Chile\n\nSobre el rol\nAPIs.\n", ["AR", "CL"]),
    ],
)
def test_places_of_batch_104(text: str, expected: list[str]) -> None:
    assert names(fields_of(text).locations) == expected


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        # Tools of trades and shops: a building's controls, a machine shop's CAM, a store's rota software.
        (
            "Technician\nAcme\n\nCommission controllers over BACnet and Modbus on Niagara 4 and Metasys.\n",
            ("BACnet", "Modbus", "Niagara Framework", "Metasys"),
        ),
        ("CNC Machinist\nKeelson\n\n- Tune Mastercam toolpaths and edit programs in Mazatrol\n", ("Mastercam", "Mazatrol")),
        (
            "Store Manager\nAshgrove\n\n- Build rosters in Deputy that match footfall\n- Use Lightspeed Retail reports to manage stock\n",
            ("Deputy", "Lightspeed"),
        ),
    ],
)
def test_tools_of_trades_and_shops(text: str, skills: tuple[str, ...]) -> None:
    assert fields_of(text).skills == skills


def test_a_deputy_is_a_person_first() -> None:
    text = "Deputy Store Manager\nAshgrove\n\nYou will report to the Deputy Head and keep the stock in SAP and Excel.\n"
    assert "Deputy" not in fields_of(text).skills


# Batch 105: care, trades, shop and school jobs, on local-language European pages and English pages elsewhere.


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Undersköterska\nVård och omsorg Norra Uppland\n\nOm tjänsten\nVård.\n", "Undersköterska"),
        (
            "Lektor i matematikk og fysikk\nFjellsida videregående skole\n\nOm stillingen\nUndervisning.\n",
            "Lektor i matematikk og fysikk",
        ),
        ("Vedoucí prodejny\nZelená Síť a.s.\n\nNáplň práce\nProdej.\n", "Vedoucí prodejny"),
        ("Commis de cuisine (H/F/X)\nGroupe Delvaux\n\nVotre mission\nCuisine.\n", "Commis de cuisine"),
        (
            "Lagerlogistiker:in / Staplerfahrer:in\nDanubia Handelslogistik GmbH\n\nDeine Aufgaben\nLager.\n",
            "Lagerlogistiker:in / Staplerfahrer:in",
        ),
        ("VDAB - Vacature Boekhouder (m/v/x) - 4/5 - Gent\nVerhaeghe NV\n\nFunctie\nBoekhouding.\n", "Boekhouder"),
        (
            "Offerta di lavoro Magazziniere carrellista a Piacenza | InfoJobs\nInfoJobs\n\nDescrizione\nMagazzino.\n",
            "Magazziniere carrellista",
        ),
    ],
)
def test_titles_of_batch_105(text: str, title: str) -> None:
    assert fields_of(text).title == title


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        (
            "Lagerlogistiker\nDanubia GmbH\n\nGehalt\nFür diese Position gilt ein kollektivvertragliches Mindestgehalt von € 2.480,00 brutto pro "
            "Monat. Eine Überzahlung ist möglich.\n\nGehaltscheck: Lagerlogistiker in Oberösterreich\nØ 2.690 € brutto/Monat (laut "
            "karriere.at-Gehaltsrechner)\n",
            Pay(2_480, None, "EUR", "month"),
        ),
        (
            "Boekhouder\nVerhaeghe NV\n\nAanbod: een vast contract in een 4/5-regime, een verloning volgens de barema's van paritair comité "
            "200 en maaltijdcheques.\n\nGelijkaardige vacatures\n"
            "• Medewerker boekhouding - Deinze - Voltijds - € 2.900 - € 3.400 bruto/maand\n",
            None,
        ),
        (
            "Undersköterska\nVård Uppland\nUppsala, Sverige\n\nLön från 28 500 kr/månad vid heltid enligt kollektivavtal.\n",
            Pay(28_500, None, "SEK", "month"),
        ),
        (
            "Lektor\nFjellsida skole\nBergen, Norge\n\nStillingen lønnes som lektor, minimum lønnstrinn 62, som i dag tilsvarer kr 645 300 per år.\n",
            Pay(645_300, None, "NOK", "year"),
        ),
        (
            "Line Cook\nAlpine Lodge\nQueenstown, New Zealand\n\nWhat we offer\nNZ$28.50 – $31.00 per hour depending on experience\n"
            "Staff accommodation in shared lodge rooms at $195 per week, deducted from pay\n",
            Pay(28.5, 31.0, "NZD", "hour"),
        ),
    ],
)
def test_pay_of_batch_105(text: str, pay: Pay | None) -> None:
    assert fields_of(text).pay == pay


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Staff Nurse - Acute Medical Unit - NHS Jobs\nSkip to main content\nNHS Jobs\nSign in\nCookies on NHS Jobs\n"
            "We've put some small files called cookies on your device to make our site work. We'd also like to use analytics cookies.\n"
            "Accept analytics cookies  Reject analytics cookies\nBETA This is a new service - your feedback will help us to improve it.\n"
            "Back to search results\nStaff Nurse - Acute Medical Unit\nAshworth Vale Teaching Hospitals NHS Foundation Trust\n"
            "Ashworth General Hospital, Sheffield\nApply now\nJob summary\nCare.\n",
            "Ashworth Vale Teaching Hospitals NHS Foundation Trust",
        ),
        (
            "**URL:** https://www.seek.com.au/job/81942276\n\nHVAC Service Technician Job in Eagle Farm, Brisbane QLD - SEEK\nSEEK\n"
            "HVAC Service Technician\nCoolwater Air Services\nEagle Farm, Brisbane QLD\nFull time\n\nAbout the role\nService.\n",
            "Coolwater Air Services",
        ),
        (
            "Commis de cuisine (H/F/X) – Brasserie Le Comptoir Sablon | Carrières Groupe Maison Delvaux Horeca\nCommis de cuisine (H/F/X)\n"
            "Cuisine · Brasserie Le Comptoir Sablon · Bruxelles, Belgique · Temps plein\nPostuler\n\nVotre mission\nCuisine.\n",
            "Groupe Maison Delvaux Horeca",
        ),
        (
            "Offerta di lavoro Magazziniere carrellista a Piacenza | InfoJobs\nInfoJobs\nCerca offerte\nAziende\nMagazziniere carrellista\n"
            "Sinergia Lavoro S.p.A. – Filiale di Piacenza\nPiacenza (PC)\n\nDescrizione dell'offerta\nMagazzino.\n",
            "Sinergia Lavoro S.p.A.",
        ),
        (
            "Specjalista ds. rozrachunków (j. niemiecki), Nordvik Business Services Sp. z o.o., Kraków - oferta pracy - Pracuj.pl\n"
            "Pracuj.pl   Oferty pracy   Pracodawcy\nSpecjalista ds. rozrachunków (j. niemiecki)\nDział Finansów – Accounts Payable DACH\n\n"
            "Twój zakres obowiązków\nFaktury.\n",
            "Nordvik Business Services Sp. z o.o.",
        ),
    ],
)
def test_employers_of_batch_105(text: str, company: str) -> None:
    assert fields_of(text).company == company


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Aide-soignant (H/F)\nClinique du Parc\nLyon, France\n\nDate de début prévue : 04/01/2027\n", "start", "January 2027"),
        ("Magazziniere\nSinergia Lavoro\nPiacenza, Italia\n\nInizio attività: dal 07/12/2026.\n", "start", "December 2026"),
        (
            "Undersköterska\nVård Uppland\n\nVikariat 75 % med tillträde 2027-01-08 till och med 2027-06-30.\n",
            "start",
            "January 2027",
        ),
        ("Vedoucí prodejny\nZelená Síť\n\nNástup možný od 4. ledna 2027.\n", "start", "January 2027"),
        ("Boekhouder\nVerhaeghe NV\n\nNa je inwerkperiode is 1 dag thuiswerk per week mogelijk.\n", "workplace", "hybrid"),
        (
            "Lektor\nFjellsida skole\nAnsettelsesform: Fast\nStillingsprosent: 100 %\nJobbnorge-ID: 271845\n\nOm stillingen\nSkole.\n",
            "job_id",
            "271845",
        ),
        ("Lektor\nFjellsida skole\nStillingsprosent: 100 %\n\nOm stillingen\nSkole.\n", "employment_type", "full_time"),
        (
            "Técnico de Mantenimiento\nArvela Packaging\nID de solicitud\nR-0048213\n\n¿Qué harás?\nMantenimiento.\n",
            "job_id",
            "R-0048213",
        ),
        # Neither the site's section nor the title's terms are a team.
        (
            "North Fork Valley School District - Job Postings\nSkip Navigation\nNorth Fork Valley School District\n"
            "Home  |  Search Jobs  |  Application Status  |  Help\nPrint  |  Email This Job  |  Back to List\n\n"
            "Substitute Teacher - Per Diem (K-12)\nJobID: 2841\nPosition Type:\n    Substitute/Substitute Teacher\n\n"
            "Description\nNorth Fork Valley School District serves 9,800 students in 14 schools.\n",
            "team",
            None,
        ),
        (
            "**URL:** https://jobs.lever.co/parcelwise/6b1f\n\nParcelwise - Analytics Engineer\nAnalytics Engineer\n"
            "London, United Kingdom /HybridFull-time /Data – Analytics Engineering\n\nAbout\nModels.\n",
            "team",
            "Analytics Engineering",
        ),
    ],
)
def test_starts_terms_ids_and_teams_of_batch_105(text: str, field: str, value: object) -> None:
    assert getattr(fields_of(text), field) == value


def test_a_place_alone_further_down_a_long_header() -> None:
    menu = "\n".join(["StepStone", "Jobs finden", "Gehälter", "Unternehmen entdecken", "Für Arbeitgeber", "Anmelden", ">", ">"])
    text = (
        f"Pflegefachkraft (m/w/d) - Klinikum Nordpark - StepStone\n{menu}\nGesundheit & Pflege\n>\nPflegefachkraft in Nürnberg\n"
        "Pflegefachkraft (m/w/d) Intensivstation\nStation 4B\nKlinikum Nordpark Nürnberg gGmbH\n4,1\n(212 Bewertungen)\nNürnberg\n"
        "Feste Anstellung\nVollzeit\n\nIhre Aufgaben\nPflege.\n"
    )
    assert names(fields_of(text).locations) == ["Nuremberg, DE"]


# Batch 106: one page in the shape of each dev page, and boards and careers sites the dev set does not have.


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Dice\nFind Jobs\nData Engineer (Databricks / PySpark) - Onsite\nCorvanta IT Solutions\nDallas, Texas\nApply Now\n\n"
            "Overview\nOn Site\nDepends on Experience\nContract - Corp To Corp\nContract - W2\n12 Month(s)\n",
            "employment_type",
            "contract",
        ),
        (
            "Dataanalytiker\nNordlys Energi A/S\nKøbenhavn\n\nVi tilbyder en fuldtidsstilling med fleksibel arbejdstid og mulighed for at "
            "arbejde hjemme op til to dage om ugen.\n",
            "workplace",
            "hybrid",
        ),
        # A bracket of terms cut short by the page is no team.
        (
            "Senior .NET Developer (Incorporated Contractor\nNorthpeak Systems Inc.\nCalgary, AB\nvia HireHarbor\n\nEstimated salary\n"
            "CA$105K–CA$128K a year\nEstimated by HireHarbor from similar jobs in Calgary, AB\nContractor\nApply on HireHarbor\n"
            "Apply directly\n\nPosition: Senior .NET Developer (Incorporated Contractor)\nNorthpeak Systems places experienced "
            "developers with energy, utility and public sector clients across Western Canada.\n\nJob Description\n\n"
            "Incorporated contractors only. No T4 employees for this engagement.\n",
            "team",
            None,
        ),
    ],
)
def test_terms_teams_and_titles_of_batch_106(text: str, field: str, value: object) -> None:
    assert getattr(fields_of(text), field) == value


def test_a_board_header_that_says_where_it_hires_remotely() -> None:
    text = (
        "wellfound\nDiscover\nCompanies\nTidewell\nAI scheduling for home-care agencies\nSoftware Engineer, Full Stack\n"
        "$140k – $175k • 0.25% – 0.75%\nRemote • Hires remotely in United States\n\nAbout the job\nYou'll ship features.\n"
    )
    assert names(fields_of(text).locations) == ["US"]


def test_a_search_box_location_label_does_not_end_the_header() -> None:
    # Glassdoor's 'Search jobs' then 'Location': the search box's label, not the posting's first heading, so the
    # title below it is still the page's headline (read on the whole page: the employer's name around it counts).
    raw = read_raw(Path(__file__).parent / "fixtures" / "unseen106" / "raw" / "106013_glassdoor_senior_data_analyst_austin.txt")
    assert extract(raw).fields.title == "Senior Data Analyst"


# Batch 107: roles outside software on English pages in hard shapes, and data roles on local-language boards.


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "**URL:** https://www.welcometothejungle.com/fr/companies/maison-corvel/jobs/data-analyst_lyon\n\n"
            "Data Analyst Senior - Pricing H/F - Maison Corvel - CDI à Lyon\nNous utilisons des cookies\n"
            "Welcome to the Jungle utilise des cookies pour améliorer votre expérience.\nTrouver un job\nData Analyst Senior - Pricing H/F\n\n"
            "Descriptif du poste\nAnalyses.\n",
            "company",
            "Maison Corvel",
        ),
        (
            "Marketing Manager – Demand Generation | Sahyadri Industrial Supplies Careers Home\n\nAbout the role\nCampaigns.\n",
            "company",
            "Sahyadri Industrial Supplies",
        ),
        (
            "Grupo Alcanara contratando a Analista de Datos Financieros en Madrid, Comunidad de Madrid, España | LinkedIn\n\n"
            "Acerca del empleo\nInformes.\n",
            "title",
            "Analista de Datos Financieros",
        ),
        (
            "From: Priya Menon <priya.n.menon@gmail.com>\nTo: Arjun <arjun@gmail.com>\nSubject: Fwd: Opportunity: Procurement Manager | "
            "Regional Logistics MNC\n\nHi Arjun, this one looks good.\n\n---------- Forwarded message ---------\n"
            "From: Rachel Tan <rachel.tan@kestrelsearch.asia>\nSubject: Opportunity: Procurement Manager | Regional Logistics MNC\n\n"
            "Dear Priya,\n\nTHE ROLE\nYou will run sourcing.\n\nBest regards,\nRachel Tan\nKestrel Search Asia Pte Ltd\n",
            "company",
            "Kestrel Search Asia Pte Ltd",
        ),
        (
            "Position Description\nPosition number:         GS-PF-0219\nLocation:                Belmont Campus, Geelong, Victoria\n"
            "Salary:                  $86,412 – $92,038 per annum plus 12% superannuation\n\nAbout the role\nFacilities.\n",
            "pay",
            Pay(86_412, 92_038, "AUD", "year"),
        ),
        (
            "Position Description\nPosition number:         GS-PF-0219\nLocation:                Belmont Campus, Geelong, Victoria\n\n"
            "About the role\nFacilities.\n",
            "job_id",
            "GS-PF-0219",
        ),
        (
            "Senior Analytics Engineer (k/m)\nWistar Commerce sp. z o.o.\nZdalnie\n22 000 - 27 000 PLN\n\nOferujemy\n"
            "praca w 100% zdalna z dowolnego miejsca w Polsce\n",
            "workplace",
            "remote",
        ),
        ("Datový analytik\nPojišťovna Vltava\n\nPožadujeme\nVzdělání: Vysokoškolské\nZnalost SQL\n", "degree", ()),
        (
            "Datový analytik\nPojišťovna Vltava\n\nPožadujeme\n– vysokoškolské vzdělání (bakalářské nebo magisterské) ekonomického směru\n",
            "degree",
            ("bachelor", "master"),
        ),
        ("Engenheiro de Dados\nNortefluxo\n\nData de início prevista: março de 2027\n", "start", "March 2027"),
        ("Financieel Analist\nScheldeport NV\nDatum publicatie: 09/11/2026\n\nFunctie\nAnalyses.\n", "posted", date(2026, 11, 9)),
    ],
)
def test_fields_of_batch_107(text: str, field: str, value: object) -> None:
    assert getattr(fields_of(text), field) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Facilities Coordinator\nCorio Bay Grammar\nLocation: Belmont Campus, Geelong, Victoria\n\nAbout\nSites.\n",
            ["Geelong, VIC, AU"],
        ),
        (
            "Logistics Planner - Careers at Coralstone\nCoralstone Industrial Services\nLogistics Planner\nJob Locations\nAU-WA-Perth\nID\n"
            "2026-6118\nCategory\nSupply Chain\n\nOverview\nPlanning.\n",
            ["Perth, WA, AU"],
        ),
        (
            "Senior Analytics Engineer (k/m)\nWistar Commerce sp. z o.o.\nZdalnie\n\nOferujemy\npraca w 100% zdalna z dowolnego miejsca w "
            "Polsce; raz na kwartał spotkanie zespołu.\n",
            ["PL"],
        ),
    ],
)
def test_places_of_batch_107(text: str, expected: list[str]) -> None:
    assert names(fields_of(text).locations) == expected


# Batch 108: boards of Europe's smaller markets in their languages, and international remote boards.


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Analist date\nRetail Nord SRL\n\nDescriere\nRapoarte.\n\nCod anunț: 2069314\n", "job_id", "2069314"),
        ("Adatmérnök\nTiszaport Energia Zrt.\n\nFeladatok\nAdatok.\n\nHivatkozási szám: TPE-DE-2611\n", "job_id", "TPE-DE-2611"),
        ("Data Scientist\nPirkanmaan Verkko Oy\n\nTehtävä\nMallit.\n\nViite: PVH-45/2026\n", "job_id", "PVH-45/2026"),
        (
            "Logistikos koordinatorius\nBaltų Logistika UAB\nSkelbimo ID: 9130582\n\nDarbo pobūdis\nLogistika.\n",
            "job_id",
            "9130582",
        ),
        (
            "BI arendaja\nBalti Kütusevõrk AS\nAvaldatud 20.11.2026Kandideeri kuni 20.12.2026\n\nKes me oleme\nKütus.\n",
            "posted",
            date(2026, 11, 20),
        ),
        (
            "Backend developer - Java (m/ž)\nJadranska Informatika d.o.o.\nMjesto radaZagreb, SplitObjavljeno25.11.2026.Rok za prijavu20.12.2026.\n"
            "Neto plaća2.300 € - 3.100 €\n\nO nama\nSoftver.\n",
            "pay",
            Pay(2_300, 3_100, "EUR", "month"),
        ),
        (
            "Logistikos koordinatorius\nBaltų Logistika UAB\nKaunas\n\nSiūlome\nAtlyginimą nuo 1800 EUR/mėn. (neatskaičius mokesčių).\n",
            "pay",
            Pay(1_800, None, "EUR", "month"),
        ),
        (
            "Contabil Senior\nMadrigal Distribuție SRL\nIași | Normă întreagă | Salariu: negociabil\nEstimare BestJobs pentru acest rol în Iași: "
            "6.100 - 8.300 RON brut / lună\n\nOferim\n- Tichete de masă (40 lei/zi) și decontarea transportului;\n",
            "pay",
            None,
        ),
        (
            "Diplomirana medicinska sestra\nUKC Maribor\nMaribor\n\nPonujamo\nZaposlitev za določen čas 12 mesecev s polnim delovnim časom in "
            "osnovno bruto plačo 1.920 € mesečno.\n\nPodobni oglasi\n"
            "Medicinska sestra – Celje – 1.800 € – 2.000 €\n",
            "pay",
            Pay(1_920, 1_920, "EUR", "month"),
        ),
    ],
)
def test_fields_of_batch_108(text: str, field: str, value: object) -> None:
    assert getattr(fields_of(text), field) == value


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Analist date\nRetail Nord SRL\n\nCerințe\n• studii superioare finalizate (licență) în informatică\n",
            "degree",
            ("bachelor",),
        ),
        (
            "BI arendaja\nBalti Kütusevõrk AS\n\nOotame sinult\n• kõrgharidust (vähemalt bakalaureusekraad) IT valdkonnas\n",
            "degree",
            ("bachelor",),
        ),
        (
            "Data Scientist\nPirkanmaan Verkko Oy\n\nOdotamme\nsoveltuvaa ylempää korkeakoulututkintoa matematiikasta\n",
            "degree",
            ("master",),
        ),
        (
            "Analist date\nRetail Nord SRL\nCluj-NapocaFull-timeHibridMid-level\n\nUnde vei lucra\nPostul este în biroul nostru, în regim "
            "hibrid: 3 zile pe săptămână la birou. Nu oferim poziții full remote pentru acest rol.\n",
            "workplace",
            "hybrid",
        ),
        (
            "Adatmérnök\nTiszaport Energia Zrt.\nBudapest\n\nAmit kínálunk\nRugalmas, hibrid munkarend: heti 2 nap irodai jelenlét, 3 nap "
            "otthonról.\n",
            "workplace",
            "hybrid",
        ),
        (
            "Backend developer\nJadranska Informatika d.o.o.\nZagreb\nRad od kućeDjelomično\n\nO nama\nSoftver.\n",
            "workplace",
            "hybrid",
        ),
    ],
)
def test_degrees_and_workplaces_of_batch_108(text: str, field: str, value: object) -> None:
    assert getattr(fields_of(text), field) == value


def test_a_budapest_district_is_budapest() -> None:
    assert places_of("Budapest XIII. kerület") == ["Budapest, HU"]


def test_an_estonian_board_header_run_together() -> None:
    text = "BI arendaja\nBalti Kütusevõrk AS\nTallinnTäistööajaga, 1 vahetusOsaline kaugtöö\nPalk3000 – 4200 € (bruto)\n\nKes me oleme\nKütus.\n"
    fields = fields_of(text)
    assert (names(fields.locations), fields.workplace) == (["Tallinn, EE"], "hybrid")
