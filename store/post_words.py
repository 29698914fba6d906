"""The words of posts and teams, as plans write them.

One vocabulary for the importer's reading of people cells (a role word makes
wording a job title, not a person) and the Lead column's shortening of names
(a post's last word says only that it is a post). A leaf module: it imports
nothing, so the TUI uses it without loading ``importers`` (as
``store.calendar_words``).
"""

from __future__ import annotations

# The role words that say only that wording is a post or a team, not whose it is: as
# a post's last word ("Exchequer Manager", "Youth Offending Team") the words before
# them name it, and the Lead column shortens it to those ("Exchequer"). A clinical or
# a teaching post's last word is the post itself ("Chief Nurse", "Class Teacher"):
# those are among the other role words only.
GENERIC_POST_WORDS = frozenset(
    """
    manager officer director lead head team coordinator adviser advisor board group
    service services partnership panel committee executive chair
    """.split()
)
# What ends a post's name in the Lead column: the generic post words, and "unit" ("Fraud
# Unit" shortens to "Fraud"), which the importer does not read as a role word ("Unit 3"
# is a place there, never a post).
POST_ENDINGS = GENERIC_POST_WORDS | {"unit"}
# Words that make wording a job title or a team rather than a person or a body: the
# one list of post words, clinical ("Digital Midwife", "Clinical Psychologist", "Ward
# Pharmacist", "Health Visitor") and school ("SENCo", "Class Teacher") posts among them,
# a "Leader" as a "Lead" is ("Programme Leader", "Team Leader", a college's and a
# school's), a care provider's statutory posts ("Nominated Individual", "Responsible
# Individual"), a university's and its students' union's ("Associate Deans
# (Education)", "Pro-Vice-Chancellor", "Guild President": posts, never a name, their
# bracket the portfolio), and Welsh ones a bilingual plan
# writes ("Rheolwr" manager, "Pennaeth" head, "Swyddog" officer, "Cyfarwyddwr" director,
# "Arweinydd" lead, "Dirprwy" deputy, "Prif" chief, "(G)weithredwr" executive).
ROLE_WORDS = GENERIC_POST_WORDS | frozenset(
    """
    directors heads managers officers leads leader leaders chairs co-ordinator coordinators
    assistant deputy chief principal governor governors governing teams boards panels
    partnerships groups forum forums leadership commissioner commissioners advisers advisors
    consultant consultants practitioner practitioners worker workers supervisor
    supervisors nurse nurses matron clinician clinicians champion champions
    administrator analyst specialist secretary treasurer member members clerk clerks
    holder senco headteacher teacher teachers doctor doctors nominated individual
    partner partners midwife midwives matrons therapist therapists physiotherapist
    physiotherapists pharmacist pharmacists psychologist psychologists psychiatrist
    psychiatrists surgeon surgeons physician physicians paediatrician paediatricians
    obstetrician obstetricians anaesthetist anaesthetists radiographer radiographers
    sonographer sonographers dietitian dietitians paramedic paramedics registrar
    registrars dentist dentists optometrist optometrists podiatrist podiatrists
    counsellor counsellors visitor visitors headteachers tutor tutors lecturer lecturers
    mentor mentors educator educators bursar inspector inspectors superintendent
    superintendents sergeant sergeants constable constables accountant accountants
    solicitor solicitors surveyor surveyors associate associates vice-chancellor
    pro-vice-chancellor president presidents vice-president rheolwr pennaeth cyfarwyddwr
    swyddog arweinydd dirprwy cydlynydd prif gweithredwr weithredwr
    """.split()
)
# A post's one word that is also a given name ("Dean" heads a university's faculty or
# school; "Dean Walsh" is a person): not a role word, which would make every Dean a post,
# but a post where it stands alone before a comma and its unit ("Dean, Medical School").
GIVEN_NAME_POSTS = frozenset({"dean"})

# The small words that link a post's words to what it serves ("Head of Service",
# "Clerk to the Corporation", "Dean of Higher Education"); a person's name has none
POST_LINKS = frozenset({"of", "for", "to", "the"})

# The titles written before a person's name ("Dr Amir Khan", "Cllr Jo Hart"): never an
# initial nor a name. The Lead column also drops a clergy or honours title before a name;
# the importer keeps to these, which its corpus is read with.
NAME_TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "cllr"})
