"""Words that name a role: what tells a job title from a site's menu item or a company's tagline.

A leaf module: the document reads it to find where a page's header ends, the headline
extractor to pick the title. Postings come in many languages, so the list does too; a word
belongs here only when it names a person's job and rarely anything else.
"""

from __future__ import annotations

import re

_ENGLISH = (
    r"engineer(?:ing)?|scientist|developer|intern(?:ship)?|co-?op|manager|analyst|designer|architect|consultant|specialist"
    r"|director|lead|head of|officer|administrator|assistant|associate|coordinator|representative|technician|nurse|rn|lpn|cna"
    r"|teacher|tutor|researcher|writer|editor|accountant|recruiter|owner|programmer|operator|driver|clerk|cashier|agent|advis[eo]r"
    r"|counsel|attorney|lawyer|therapist|pharmacist|physician|instructor|professor|lecturer|fellow|apprentice|trainee"
    r"|vp|vice president|president|chief|cto|cfo|ceo|executive|strategist|marketer|sre|devops|helper|worker"
    r"|supervisor|planner|buyer|controller|auditor|economist|statistician|generalist|expert|chef|cook|barista|mechanic"
    r"|electrician|welder|installer|inspector|estimator|paralegal|receptionist|secretary|bookkeeper|underwriter|actuary|broker"
    r"|trader|teller|caregiver|aide|technologist|chemist|biologist|physicist|partner|principal"
    r"|steward|picker|packer|handler|loader|dispatcher|scheduler|translator"
    r"|interpreter|photographer|producer|animator|artist|quant|product manager|product owner|support engineer|staff|plumber"
    r"|carpenter|painter|roofer|landscaper|janitor|custodian|housekeeper|cleaner|nanny|hygienist|sonographer|radiographer"
    r"|phlebotomist|paramedic|emt|firefighter|moderator|pilot|bartender|waiter|waitress|dishwasher|stocker"
    r"|educator|attendant|practitioner|assessor|surveyor|courier|concierge|guard|labou?rer|fitter|machinist|fabricator"
    r"|joiner|plasterer|bricklayer|glazier|locksmith|jeweller|florist|stylist|hairdresser|barber|counsel+or|midwife"
    r"|dentist|optometrist|optician|veterinarian|dietitian|nutritionist|psychologist|librarian|archivist|curator|coach"
    r"|trainer|lifeguard|ranger|gardener|groundskeeper|baker|butcher|porter|caretaker|watchmaker|tailor|chauffeur|substitute"
    r"|modell?er|working student|student assistant|graduate programme|graduate program|graduate scheme|trainee programme"
    r"|apprenticeship"
)
_GERMAN = (
    r"werkstudent\w*|praktikant\w*|mitarbeiter\w*|\w*entwickler\w*|\w*ingenieur\w*|\w*berater\w*|\w*leiter\w*|\w*referent\w*"
    r"|sachbearbeiter\w*|\w*buchhalter\w*|\w*elektroniker\w*|\w*mechatroniker\w*|\w*techniker\w*|\w*kaufmann|\w*kauffrau"
    r"|\w*fachkraft|\w*pfleger\w*|erzieher\w*|\w*monteur\w*|verkäufer\w*|lagerist\w*|\w*manager|\w*assistenz"
    r"|\w*mechaniker\w*|\w*elektriker\w*|\w*helfer\w*|koch|köchin|\w*fahrer\w*|schweißer\w*|tischler\w*|kassierer\w*"
    r"|\w*controller\w*|\w*analyst\w*|\w*wissenschaftler\w*|\w*spezialist\w*|\w*architekt|\w*analytiker\w*"
    r"|praktikum|\w*informatiker\w*|\w*koordinator\w*|\w*verrechner\w*|aktuar\w*|\w*logistiker\w*|\w*installateur\w*"
)
_FRENCH = (
    r"stagiaire|développeu\w+|ingénieur\w*|chargée?|responsable|chef de projet|juriste|comptable|technicien\w*|gestionnaire"
    r"|conseill(?:er|ère)|infirmi(?:er|ère)|alternante?|directeur|directrice|acheteu(?:r|se)|vendeu(?:r|se)|magasinier\w*"
    r"|cuisinier|cuisinière|serveu(?:r|se)|format(?:eur|rice)|éducat(?:eur|rice)|coordinat(?:eur|rice)|opérat(?:eur|rice)"
    r"|caissi(?:er|ère)|avocate?|assistante|horloger\w*|ouvri(?:er|ère)|mécanicien\w*|électricien\w*|soudeu(?:r|se)"
    r"|boulang(?:er|ère)|aide-soignante?|animat(?:eur|rice)|analyste|contrôleu(?:r|se)|audit(?:eur|rice)"
    r"|consultante|commis|plongeu(?:r|se)|agent(?:e)? d['’]entretien|aide-cuisinier|aide-cuisinière"
)
_SPANISH_PORTUGUESE = (
    r"analista|recepcionista|desarrollador\w*|desenvolvedor\w*|ingenier[oa]|engenheir[oa]|gerente|jef[ea]|coordinador\w*"
    r"|coordenador\w*|asistente|assistente|t[ée]cnic[oa]|contador\w*|auxiliar|vendedor\w*|enfermer[oa]|enfermeir[oa]"
    r"|especialista|consultor\w*|programador\w*|diseñador\w*|abogad[oa]|advogad[oa]|cociner[oa]|cozinheir[oa]|camarer[oa]"
    r"|meser[oa]|cajer[oa]|repartidor\w*|operari[oa]|operador\w*|becari[oa]|estagiári[oa]|practicante|encargad[oa]"
    r"|ejecutiv[oa]|executiv[oa]|docente|profesor\w*|maestr[oa]|motorista|atendente|mozo|dependient[ae]|soldador\w*"
    r"|electricista|mecánic[oa]|mecânic[oa]|fontanero|albañil|limpiador\w*|cuidador\w*|niñera|pedreiro"
    r"|agente|estágio|estagio|pasante|pasantía|representante|asesor\w*|gestor\w*|almacenista|bodeguer[oa]|chofer"
    r"|conductor\w*|médic[oa]|farmacéutic[oa]|farmacêutic[oa]|arquitect[oa]|supervisor[ae]|promotor\w*|auditor\w*"
    r"|administrador\w*|secretári[oa]|secretari[oa]"
    # 'Científico/a de Datos', 'Cientista de Dados'.
    r"|cient[ií]fic[oa]|cientista"
)
_DUTCH_NORDIC_ITALIAN_POLISH = (
    r"docent|\w*medewerker|\w*analist|ontwikkelaar|adviseur|\w*administrateur|beheerder|verpleegkundige|leraar|stagiair\w*|coördinator|verkoper"
    r"|\w+leider|begeleider|boekhouder|utvecklare|ingenjör|sjuksköterska|säljare|lärare|\w+ledare|konsult"
    r"|sviluppatore|ingegnere|scienziat[oa]|impiegat[oa]|addett[oa]|commess[oa]|magazziniere|cameriere|specjalist\w*|programista"
    r"|księgow\w+|kierownik|inżynier|pracownik|kierowca|sprzedawca|magazynier|laborant\w*|technik|účetní|kuchař\w*|analityk\w*|analytik|analytička|vývojář\w*|inženýr\w*"
    r"|řidič\w*|prodavač\w*|operaio|autista|cuoco|chauffeur|kok|schilder|timmerman|elektricien"
    # Norwegian and Danish ('BI-konsulent', 'Seniorrådgiver', 'Dataingeniør'), then Finnish.
    r"|\w*konsulent(?:en|er)?|\w*rådgiver(?:en|e)?|\w*rådgivare|\w*utvikler(?:en|e)?|\w*udvikler(?:en|e)?|\w*ingeniør(?:en|er)?"
    r"|\w*spesialist(?:en|er)?|\w*arkitekt|\w*medarbe[ij]der(?:en|e)?|\w*medarbetare|\w*asiantuntija|\w*kehittäjä|\w*analyytikko|\w*insinööri"
    r"|\w*konsultti|\w*suunnittelija|\w*päällikkö"
    # Danish and Norwegian student jobs: 'Studentermedhjælper til Data & Analytics', 'Studentassistent'.
    r"|\w*medhjælper(?:en|e)?|\w*medhjelper(?:en|e)?|studentassistent(?:en|er)?"
    # Care and teaching in the Nordics ('Undersköterska', 'Sykepleier', 'Lektor i matematikk'), a Czech shop's manager.
    r"|\w*sköterska|\w*sykepleier|\w*sygeplejerske|lektor|lærer|adjunkt|vedoucí|skladník"
)

_ALL = "|".join((_ENGLISH, _GERMAN, _FRENCH, _SPANISH_PORTUGUESE, _DUTCH_NORDIC_ITALIAN_POLISH))


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern: 'serveu(?:r|se)|chef' -> ['serveu(?:r|se)', 'chef']."""
    words, depth, start = [], 0, 0
    for position, char in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            words.append(pattern[start:position])
            start = position + 1
    return [*words, pattern[start:]]


_WORDS = list(dict.fromkeys(_alternatives(_ALL)))  # each once: the languages' lists share a few words
# Compound words ('Finanzbuchhalter', 'Projektleiter') are found by their stem anywhere in a word; the
# rest as whole words. Two patterns, searched in lowered text: a '\w*' at the front of one alternative
# made the combined case-blind search take some 30 microseconds a line.
_STEMS = [
    ("\\w" if word.startswith("\\w+") else "") + word[3:].removesuffix("\\w*") + ("" if word.endswith("\\w*") else "\\b")
    for word in _WORDS
    if word.startswith("\\w")
]
_WHOLE = [word for word in _WORDS if not word.startswith("\\w")]
_WHOLE_WORDS = re.compile(rf"\b(?:{'|'.join(_WHOLE)})\b")
_STEM_WORDS = re.compile("|".join(_STEMS))


def names_role(text: str) -> bool:
    low = text.lower()
    return bool(_WHOLE_WORDS.search(low) or _STEM_WORDS.search(low))
