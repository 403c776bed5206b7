"""The curated taxonomy: every spelling names one thing, and aliases land on the canonical name."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from generator.ingest.extract.skills import _key, find_terms, taxonomy


def test_no_spelling_names_two_different_things() -> None:
    data = yaml.safe_load(resources.files("generator.ingest").joinpath("data/taxonomy.yaml").read_text(encoding="utf-8"))
    owner: dict[str, str] = {}
    for kind in ("skills", "topics"):
        for entry in data[kind]:
            for spelling in [entry["name"], *(entry.get("aliases") or []), *(entry.get("ambiguous_aliases") or [])]:
                key = _key(str(spelling))
                assert owner.setdefault(key, entry["name"]) == entry["name"], (
                    f"{spelling!r} names both {owner[key]} and {entry['name']}"
                )


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("Proficient in languages such as Python, Golang, or C++", ["Python", "Go", "C++"]),
        ("Proficient in C/C++, Python, and shell programming languages", ["C", "C++", "Python", "Shell"]),
        ("Deep learning tools such as tensorflow/ pytorch", ["TensorFlow", "PyTorch"]),
        ("Experience with k8s, Postgres and sklearn", ["Kubernetes", "PostgreSQL", "scikit-learn"]),
        ("We go the extra mile to spark joy and excel at service", []),
        ("Our go-to-market team drives R&D budgets", []),
        ("Charting in Epic and dispensing from Pyxis or Omnicell", ["Epic", "Pyxis", "Omnicell"]),
        ("Month-end close in SAP S/4HANA, BlackLine and Anaplan", ["SAP S/4HANA", "BlackLine", "Anaplan"]),
        ("Buchhaltung mit DATEV Unternehmen online und DATEV LODAS", ["DATEV Unternehmen online", "DATEV LODAS"]),
        ("Experience with Opera PMS, Micros POS, Toast or Square", ["Opera PMS", "Micros", "Toast", "Square"]),
        (
            "AutoCAD Civil 3D and MicroStation drawings; PLC programming in TIA Portal",
            ["Civil 3D", "MicroStation", "PLC", "TIA Portal"],
        ),
        ("Jobs run under Slurm with LAMMPS, GROMACS, Gaussian or ORCA", ["Slurm", "LAMMPS", "GROMACS", "Gaussian", "ORCA"]),
        ("Campaigns in Facebook Ads and TikTok Ads, renewals tracked in Gainsight", ["Meta Ads", "TikTok Ads", "Gainsight"]),
        (
            "Research in Westlaw, LexisNexis or Dalloz; courses on Canvas and Moodle",
            ["Westlaw", "LexisNexis", "Dalloz", "Canvas LMS", "Moodle"],
        ),
        ("An epic journey: our head chef will toast the new deputy later", []),
        ("We concur that the opera on the canvas was a gong show", []),
        # LookML is Looker's own language; 'SAP FI/CO' stays as written, as curators name it; Databricks on Azure is both.
        ("Explores in Looker (LookML), month-end in SAP FI/CO", ["Looker", "LookML", "SAP FI/CO"]),
        # The product as the posting names it: Qlik Sense and QlikView apart, CCH Tagetik and Tagetik apart.
        ("Dashboards in Qlik Sense, legacy apps in QlikView", ["Qlik Sense", "QlikView"]),
        ("Consolidation in CCH Tagetik and SAP BPC, planning in Tagetik", ["CCH Tagetik", "SAP BPC", "Tagetik"]),
        ("Pipelines on Azure Databricks with Unity Catalog", ["Azure Databricks", "Unity Catalog"]),
        # Spellings with a hyphen or a slash in them, and 'C/C++' still two languages.
        (
            "Models in scikit-learn, queries in T-SQL and PL/SQL, floods in HEC-RAS",
            ["scikit-learn", "T-SQL", "PL/SQL", "HEC-RAS"],
        ),
        # A name inside a proper noun or opening a sentence is not the product; a sure neighbour vouches for one.
        ("Head Chef, Sous Chef and Commis Chef wanted at 1 Market Square, Leeds", []),
        ("Later, you will use Python", ["Python"]),
        ("Experience with Storybook and Playwright", ["Storybook", "Playwright"]),
        # German compounds and a list item glued to the next name the product; codes and lower-case words do not.
        ("Pipelines in die Azure-Cloud, neue Power-BI-Dashboards und SQL-Kenntnisse", ["Azure", "Power BI", "SQL"]),
        ("Define metrics once and make them reusable in Tableau- Write tests with dbt", ["Tableau", "dbt"]),
        ("Ref. JDE-2026-03 and RL-2026-0938, Ad-hoc-Analysen, paid bi-weekly, with Python", ["Python"]),
        # Data Vault is a modelling method, not HashiCorp's Vault.
        ("Data Vault 2.0 modelling in Snowflake", ["Snowflake"]),
        # Tools of trades outside tech; words that are a product's name only among other products.
        ("Records in SystmOne, routes in Microlise, dispensing on TouchStore", ["SystmOne", "Microlise", "TouchStore"]),
        ("Contabilidad en CONTPAQi y Aspel COI; nómina en BMD NTCS", ["CONTPAQi", "Aspel", "BMD NTCS"]),
        ("Your ECS gold card and a degree in informatica; payments by Pix", []),
        ("Streams from Azure Event Hubs into Iceberg tables on S3", ["Azure Event Hubs", "Apache Iceberg", "Amazon S3"]),
        ("A pricing toolkit such as Emblem and Radar, or Akur8; Bayesian methods or PyMC", ["Emblem", "Radar", "Akur8", "PyMC"]),
    ],
)
def test_skills_are_found_by_canonical_name(text: str, skills: list[str]) -> None:
    assert find_terms(text, taxonomy())["skill"] == skills
