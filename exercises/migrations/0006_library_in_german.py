"""Copy the library's English into its en-gb columns and add the German texts.

The texts live here, in the migration, rather than in a module the app imports: a migration
must do the same thing on every future install, so it carries a frozen copy of what it writes.
A later exercise ships its three languages in its own migration (tests/exercises/
test_translations.py fails while any active exercise lacks a German or Spanish text).

A translation is written only where the row still holds the English it translates (the text
seeded by 0002 and 0004) and the translated column is empty: a text an editor changed in the
admin keeps showing in English until someone translates the new wording, rather than showing
a German version of the old one. Going backwards leaves the columns to 0005, which drops them.
"""

import importlib

from django.db import migrations
from django.db.models import Q

EXERCISE_FIELDS = ("name", "summary", "benefits", "cautions", "skip_if", "start_alt", "end_alt")


def english_library():
    """The English that 0002 and 0004 seeded, by slug, in the shape of the texts below."""
    first = importlib.import_module("exercises.migrations.0002_seed_library")
    more = importlib.import_module("exercises.migrations.0004_more_exercises")
    library = {}
    for data in [*first.EXERCISES, *more.NEW_EXERCISES]:
        extra = more.FIRST_ELEVEN.get(data["slug"], {})
        library[data["slug"]] = {**data, **extra, "cautions": "\n".join(data["cautions"])}
    areas = {area["slug"]: area["name"] for area in first.FOCUS_AREAS}
    return areas, library


def copy_english(apps, schema_editor):
    """Fill every empty en-gb column with the text the row holds today."""
    for model, fields in [
        ("FocusArea", ("name",)),
        ("Exercise", EXERCISE_FIELDS),
        ("ExerciseStep", ("text",)),
    ]:
        manager = apps.get_model("exercises", model).objects
        for field in fields:
            column = f"{field}_en_gb"
            empty = Q(**{f"{column}__isnull": True}) | Q(**{column: ""})
            for row in manager.filter(empty).only("pk", field):
                manager.filter(pk=row.pk).update(**{column: getattr(row, field)})


def translate_library(apps, language, areas, exercises):
    """Write ``language``'s texts where the row still holds the seeded English."""
    FocusArea = apps.get_model("exercises", "FocusArea")
    Exercise = apps.get_model("exercises", "Exercise")
    ExerciseStep = apps.get_model("exercises", "ExerciseStep")
    english_areas, english = english_library()
    suffix = language.replace("-", "_")

    for area in FocusArea.objects.filter(slug__in=areas):
        if area.name_en_gb == english_areas.get(area.slug) and not getattr(area, f"name_{suffix}"):
            FocusArea.objects.filter(pk=area.pk).update(**{f"name_{suffix}": areas[area.slug]})

    for exercise in Exercise.objects.filter(slug__in=exercises):
        source, texts = english[exercise.slug], exercises[exercise.slug]
        texts = {**texts, "cautions": "\n".join(texts["cautions"])}
        changes = {
            f"{field}_{suffix}": texts[field]
            for field in EXERCISE_FIELDS
            if getattr(exercise, f"{field}_en_gb") == source[field]
            and not getattr(exercise, f"{field}_{suffix}")
        }
        if changes:
            Exercise.objects.filter(pk=exercise.pk).update(**changes)
        steps = dict(enumerate(zip(source["steps"], texts["steps"], strict=True), start=1))
        for step in ExerciseStep.objects.filter(exercise=exercise):
            seeded, translated = steps.get(step.position, (None, None))
            if step.text_en_gb == seeded and not getattr(step, f"text_{suffix}"):
                ExerciseStep.objects.filter(pk=step.pk).update(**{f"text_{suffix}": translated})


def add_german(apps, schema_editor):
    copy_english(apps, schema_editor)
    translate_library(apps, "de", FOCUS_AREAS, EXERCISES)


FOCUS_AREAS = {
    "core": "Rumpf",
    "obliques": "Seitliche Bauchmuskeln",
    "lower-back": "Unterer Rücken",
    "glutes": "Gesäß",
    "hips": "Hüfte",
    "pelvis": "Becken",
    "whole-spine": "Ganze Wirbelsäule",
    "upper-back": "Oberer Rücken",
    "neck": "Nacken",
}

EXERCISES = {
    "plank": {
        "name": "Unterarmstütz (Plank)",
        "summary": "Du hältst dich ruhig auf Unterarmen und Zehen und trainierst so die Muskeln um deine Körpermitte, die den Rumpf stabil halten.",
        "benefits": "Wenn du deinen Körper gegen die Schwerkraft gerade hältst, arbeiten die tiefen Muskeln rund um deine Körpermitte. Mit der Zeit kann eine festere Mitte deinem Rücken beim Heben und Tragen mehr Halt geben. Du brauchst keine Geräte und nur ein kleines Stück Boden.",
        "steps": [
            "Leg dich auf den Bauch und stütz dich auf die Unterarme, die Ellbogen unter den Schultern.",
            "Stell die Zehen auf und heb die Hüfte, sodass dein Gewicht auf Unterarmen und Zehen liegt.",
            "Richte die Hüfte aus, bis Kopf, Schultern, Hüfte und Fersen auf einer Höhe sind.",
            "Spann die Bauchmuskeln an und atme während des ganzen Haltens gleichmäßig weiter.",
            "Setz zwischen den Sätzen die Knie auf der Matte ab und ruh dich aus.",
        ],
        "cautions": [
            "Halte den Rücken in seiner natürlichen, neutralen Form: Lass die Hüfte weder durchhängen noch nach oben schieben.",
            "Zieh den Bauchnabel sanft nach innen, damit deine Mitte fest bleibt.",
            "Wenn du Beschwerden nahe der Wirbelsäule spürst, hör auf und nimm die sanftere Übung, statt weiterzumachen.",
            "Setz die Knie ab, sobald deine Haltung nachlässt.",
        ],
        "skip_if": "Lass ihn weg, wenn das Stützen auf den Armen deinen Schultern oder Handgelenken wehtut, oder in der späteren Schwangerschaft.",
        "start_alt": "Seitenansicht: eine Person auf Unterarmen und Knien, der Rücken gerade.",
        "end_alt": "Auf Unterarmen und Zehen, Kopf, Schultern, Hüfte und Fersen in einer geraden Linie; die Hüfte hängt nicht durch und ist nicht hochgeschoben.",
    },
    "side-plank": {
        "name": "Seitstütz",
        "summary": "Du hältst dich seitlich auf einem Unterarm und trainierst die Muskeln an den Seiten deiner Taille.",
        "benefits": "Die Muskeln an den Seiten der Taille halten deinen Rumpf stabil, wenn du dich drehst oder beugst. Wenn du sie Seite für Seite trainierst, merkst du vielleicht auch Unterschiede zwischen links und rechts und kannst sie ausgleichen.",
        "steps": [
            "Leg dich auf die Seite, die Beine gestreckt und übereinander, und stütz dich auf den Unterarm, den Ellbogen unter der Schulter.",
            "Drück dich über den Unterarm hoch und heb die Hüfte, bis dein Körper von Kopf bis Fuß gerade ist.",
            "Leg die obere Hand auf die Hüfte und atme beim Halten ruhig weiter.",
            "Senk die Hüfte sanft ab, dreh dich um und wiederhole es auf der anderen Seite.",
            "Leichter geht es mit gebeugten Knien: Dann hebst du dich von den Knien statt von den Füßen ab.",
        ],
        "cautions": [
            "Halte den Rücken neutral: Lass die Hüfte nicht zum Boden sinken und nicht nach hinten kippen.",
            "Zieh den Bauchnabel sanft nach innen, um den Rumpf zu stabilisieren.",
            "Drück den Boden von dir weg, damit du nicht in die stützende Schulter sinkst.",
            "Hör auf und wechsle zu einer sanfteren Übung, wenn du Beschwerden rund um die Wirbelsäule spürst.",
        ],
        "skip_if": "Lass ihn weg, wenn das Stützen auf einer Schulter wehtut oder solange du noch auf einen stabilen Unterarmstütz hinarbeitest.",
        "start_alt": "Seitenansicht: eine Person liegt auf der Seite, auf den Unterarm gestützt, die Hüfte am Boden.",
        "end_alt": "Die Hüfte angehoben, sodass der Körper von Kopf bis Fuß eine gerade Linie bildet, die obere Hand auf der Hüfte.",
    },
    "rotating-plank": {
        "name": "Seitstütz mit Rotation",
        "summary": "Ein Seitstütz, bei dem du langsam unter deinem Körper hindurchgreifst: eine kontrollierte Drehung für Gleichgewicht und freiere Bewegung.",
        "benefits": "Wenn du den Rumpf drehst und die Hüfte oben bleibt, müssen die Muskeln von Körpermitte, Rücken und Gesäß zusammenarbeiten. Das Durchgreifen kann dem Gleichgewicht helfen und dir das Drehen im Oberkörper erleichtern. Es ist die anspruchsvollste Übung der Bibliothek, also steigere dich langsam dorthin.",
        "steps": [
            "Geh in den Seitstütz auf Unterarm oder Hand und streck den freien Arm nach oben.",
            "Spann deine Mitte an, bevor du dich bewegst, und halte sie die ganze Zeit fest.",
            "Führ den oberen Arm nach unten und quer unter deiner Brust hindurch, in Richtung des Raums neben deinem Stützarm.",
            "Lass die Brust beim Greifen zum Boden drehen; die Hüfte bleibt oben.",
            "Dreh dich langsam zurück, bis der Arm wieder nach oben zeigt; das ist eine Wiederholung.",
            "Mach alle Wiederholungen und wechsle dann die Seite.",
        ],
        "cautions": [
            "Dreh dich nur so weit, wie deine Hüfte dabei oben und ruhig bleibt.",
            "Bleib mit der Wirbelsäule neutral; mach weder einen runden Rücken noch ein Hohlkreuz, um weiter zu greifen.",
            "Halte den Bauchnabel während der ganzen Bewegung sanft nach innen gezogen.",
            "Wenn die Drehung Beschwerden nahe der Wirbelsäule macht, hör auf und nimm stattdessen den Seitstütz.",
        ],
        "skip_if": "Lass ihn weg, wenn Drehen Rückenschmerzen auslöst oder wenn dir der Seitstütz noch nicht leichtfällt.",
        "start_alt": "Ein Seitstütz, der obere Arm zeigt zur Decke.",
        "end_alt": "Der obere Arm greift unter dem Körper hindurch, die Brust zum Boden gedreht, die Hüfte bleibt oben.",
    },
    "abdominal-crunch": {
        "name": "Bauch-Crunch",
        "summary": "Du rollst Kopf und Schultern klein und langsam vom Boden hoch und trainierst so die Vorderseite deines Rumpfs.",
        "benefits": "Kurze, kontrollierte Crunches trainieren die Muskeln an der Vorderseite des Rumpfs zusammen mit den langen Muskeln neben der Wirbelsäule, die dir beim Beugen in jede Richtung helfen. Wenn du diese Muskeln regelmäßig nutzt, sitzt und stehst du vielleicht etwas aufrechter.",
        "steps": [
            "Leg dich auf den Rücken, die Knie gebeugt und die Füße flach, etwa hüftbreit auseinander.",
            "Kreuz die Arme vor der Brust oder leg die Fingerspitzen locker neben die Ohren.",
            "Atme aus und roll Kopf und Schultern nur ein kleines Stück vom Boden hoch.",
            "Halte kurz inne und roll dich dann kontrolliert wieder ab.",
        ],
        "cautions": [
            "Bleib bei einer kleinen Bewegung, damit dein unterer Rücken neutral auf dem Boden liegen bleibt.",
            "Spann den Bauch vor jedem Hochrollen nach innen an.",
            "Zieh nie mit den Händen an Kopf oder Nacken.",
            "Hör auf und wähle eine sanftere Übung, wenn du Beschwerden rund um die Wirbelsäule bemerkst.",
        ],
        "skip_if": "Lass ihn weg, wenn Vorbeugen Rücken- oder Nackenschmerzen auslöst; Ball drücken ist die sanftere Wahl.",
        "start_alt": "Seitenansicht: eine Person liegt auf dem Rücken, die Knie gebeugt, die Arme vor der Brust gekreuzt.",
        "end_alt": "Kopf und Schultern ein kleines Stück vom Boden hochgerollt, der untere Rücken bleibt liegen.",
    },
    "bird-dog": {
        "name": "Vierfüßlerstand mit Arm-Bein-Heben (Bird Dog)",
        "summary": "Im Vierfüßlerstand streckst du einen Arm nach vorn und das Bein der anderen Seite nach hinten, hältst kurz und wechselst.",
        "benefits": "Wenn du gegenüberliegende Arme und Beine streckst und der Rumpf ruhig bleibt, lernen die Muskeln von Körpermitte, Gesäß und Rücken zusammenzuarbeiten. Das kann Koordination und Gleichgewicht fördern, und im ruhigen Tempo bleibt die Haltung leicht sauber.",
        "steps": [
            "Geh in den Vierfüßlerstand, die Hände unter den Schultern und die Knie unter der Hüfte.",
            "Spann deine Mitte an und halte den Rücken flach wie eine Tischplatte.",
            "Streck den rechten Arm nach vorn und das linke Bein nach hinten, bis beide mit dem Körper auf einer Höhe sind.",
            "Halte etwa drei Sekunden und setz dann Hand und Knie wieder auf dem Boden ab.",
            "Wiederhole es mit linkem Arm und rechtem Bein und wechsle weiter ab.",
        ],
        "cautions": [
            "Heb das Bein nur bis Hüfthöhe, damit dein unterer Rücken neutral bleibt und kein Hohlkreuz entsteht.",
            "Halte die Hüfte waagerecht, statt sie zur Seite kippen zu lassen.",
            "Zieh den Bauchnabel vor jedem Strecken sanft nach innen.",
            "Wenn du Beschwerden nahe der Wirbelsäule spürst, hör auf und nimm die sanftere Übung.",
        ],
        "skip_if": "Lass ihn weg, wenn Knien oder das Stützen auf den Händen wehtut.",
        "start_alt": "Seitenansicht: eine Person im Vierfüßlerstand, der Rücken flach.",
        "end_alt": "Ein Arm nach vorn und das gegenüberliegende Bein nach hinten gestreckt, beide auf Höhe des flachen Rückens.",
    },
    "hip-flexor-stretch": {
        "name": "Hüftbeuger-Dehnung",
        "summary": "Eine Dehnung im Liegen am Ende einer stabilen Bank, die die Vorderseite der Hüfte öffnet, eine Seite nach der anderen.",
        "benefits": "Die Muskeln vorn an der Hüfte setzen nahe an der unteren Wirbelsäule an; wenn sie verkürzt sind, können sie daran ziehen und die Haltung deines Rückens verändern. Sie sanft zu dehnen kann unterem Rücken und Hüfte Entspannung bringen.",
        "steps": [
            "Setz dich an ein Ende einer stabilen Bank, die so hoch ist, dass deine Füße im Liegen frei hängen.",
            "Leg dich zurück, zieh beide Knie heran und halte sie mit den Händen.",
            "Halte ein Knie fest und lass das andere Bein langsam sinken, bis es Richtung Boden hängt.",
            "Entspann dich und atme während des Haltens; du spürst eine Dehnung vorn an der abgesenkten Hüfte.",
            "Hol das abgesenkte Bein wieder hoch und wechsle die Seite.",
        ],
        "cautions": [
            "Nimm eine Bank, die nicht kippt, und steig langsam auf und ab.",
            "Lass den unteren Rücken neutral auf der Bank liegen; mach kein Hohlkreuz.",
            "Dehne nur bis zu einer leichten Spannung, nie bis zum Schmerz.",
            "Wenn du Beschwerden rund um die Wirbelsäule spürst, hör auf und wechsle zu einer sanfteren Dehnung.",
        ],
        "skip_if": "Lass sie weg, wenn du keine stabile Bank hast, die hoch genug ist, oder wenn das Absenken des Beins Rückenschmerzen auslöst.",
        "start_alt": "Seitenansicht: eine Person liegt am Ende einer Bank, beide Knie an die Brust gezogen.",
        "end_alt": "Ein Bein hängt von der Bank herab, während die Hände das andere Knie an der Brust halten.",
    },
    "ball-squeeze": {
        "name": "Ball drücken mit Beckenkippen",
        "summary": "In Rückenlage drückst du einen weichen Ball zwischen den Knien zusammen und kippst dabei das Becken, sodass der untere Rücken flach wird.",
        "benefits": "So weckst du leicht und mit wenig Kraft die tiefen Muskeln deiner Körpermitte und die Innenseiten der Oberschenkel. Das Beckenkippen zu üben kann der Haltung helfen und dem Zusammenspiel von Becken und unterem Rücken.",
        "steps": [
            "Leg dich auf den Rücken, die Knie gebeugt, die Füße flach und einen weichen Ball oder ein gefaltetes Kissen zwischen den Knien.",
            "Atme aus und kipp das Becken sanft, sodass dein unterer Rücken Richtung Boden sinkt.",
            "Drück gleichzeitig den Ball mit den Knien zusammen und halte etwa fünf Sekunden.",
            "Lös Druck und Kippen zusammen und ruh dich kurz aus, bevor du weitermachst.",
        ],
        "cautions": [
            "Halte die Bewegung klein; die Hüfte bleibt auf dem Boden.",
            "Zieh den Bauchnabel beim Drücken sanft nach innen.",
            "Atme die ganze Zeit weiter, statt die Luft anzuhalten.",
            "Wenn du Beschwerden nahe der Wirbelsäule spürst, hör auf und ruh dich aus, statt weiterzumachen.",
        ],
        "skip_if": "Lass es weg, wenn Liegen auf dem Rücken unangenehm ist, zum Beispiel in der späteren Schwangerschaft.",
        "start_alt": "Seitenansicht: eine Person auf dem Rücken, die Knie gebeugt, ein Ball zwischen den Knien.",
        "end_alt": "Die Knie drücken den Ball, das Becken kippt nach hinten und der untere Rücken liegt auf dem Boden.",
    },
    "cat-cow": {
        "name": "Katze-Kuh",
        "summary": "Im Vierfüßlerstand machst du den Rücken langsam rund und dann sanft hohl, sodass er sich von oben bis unten bewegt.",
        "benefits": "Der Wechsel zwischen rundem und hohlem Rücken bewegt jeden Abschnitt deines Rückens nacheinander. Der runde Rücken dehnt den unteren Rücken, und wenn du den Bauch einziehst, arbeiten die Muskeln deiner Mitte mit. Die Übung ist so sanft, dass sie zu jeder Tageszeit passt.",
        "steps": [
            "Beginn im Vierfüßlerstand, die Hände unter den Schultern und die Knie unter der Hüfte.",
            "Atme ein, lass den Bauch sinken und heb Brust und Steißbein ein wenig an (Kuh).",
            "Atme aus, zieh den Bauch ein und mach den Rücken nach oben rund, während der Kopf sinkt (Katze).",
            "Wechsle fließend zwischen beiden Positionen, eine langsame Runde pro Atemzug.",
        ],
        "cautions": [
            "Mach den Rücken nur leicht hohl und bleib in einem leichten Bereich; erzwinge keine der beiden Positionen.",
            "Halte den Bauch sanft eingezogen, besonders wenn du den Rücken hohl machst.",
            "Halte die Arme gestreckt, aber nicht durchgedrückt.",
            "Wenn du Beschwerden rund um die Wirbelsäule spürst, hör auf und nimm stattdessen die sanftere Übung.",
        ],
        "skip_if": "Lass sie weg, wenn Knien oder das Stützen auf den Händen wehtut; Knie zur Brust ist die sanftere Wahl.",
        "start_alt": "Seitenansicht: eine Person im Vierfüßlerstand, der Rücken sinkt sanft durch, der Kopf ist angehoben.",
        "end_alt": "Der Rücken nach oben zur Decke gerundet, der Kopf locker gesenkt, der Bauchnabel eingezogen.",
    },
    "knees-to-chest": {
        "name": "Knie zur Brust",
        "summary": "In Rückenlage ziehst du beide Knie zur Brust und bleibst dort für eine sanfte Dehnung des unteren Rückens.",
        "benefits": "Wenn du die Knie heranziehst, dehnst du sanft den unteren Rücken und die Gesäßmuskeln. Das kann den unteren Rücken entlasten und die Hüfte gleichmäßiger ausrichten.",
        "steps": [
            "Leg dich auf einer Matte auf den Rücken, die Knie gebeugt und die Füße flach.",
            "Zieh erst ein Knie zur Brust, dann das andere, und halte sie hinter den Oberschenkeln oder knapp unter den Knien.",
            "Zieh sanft, bis du eine leichte Dehnung im unteren Rücken und im Gesäß spürst.",
            "Atme beim Halten langsam und setz dann die Füße nacheinander wieder ab.",
        ],
        "cautions": [
            "Lass Kopf und Schultern entspannt auf dem Boden liegen.",
            "Halte hinter den Oberschenkeln, wenn es an den Knien unangenehm ist.",
            "Lass den Rücken auf dem Boden ankommen; schaukle und federe nicht.",
            "Wenn du Beschwerden nahe der Wirbelsäule spürst, hör auf und ruh dich aus, statt weiterzumachen.",
        ],
        "skip_if": "Lass es weg, wenn das Heranziehen der Knie Schmerzen ins Bein schickt, oder nach einer Hüftoperation, bis dein Behandlungsteam sagt, dass es in Ordnung ist.",
        "start_alt": "Seitenansicht: eine Person auf dem Rücken, die Knie gebeugt und die Füße am Boden.",
        "end_alt": "Beide Knie mit den Händen an die Brust gezogen, der Kopf liegt auf dem Boden.",
    },
    "chin-to-chest": {
        "name": "Kinn zur Brust",
        "summary": "Ein langsames Nicken nach unten, das den hinteren Nacken sanft dehnt.",
        "benefits": "Wenn du den Kopf senkst, lockern sich die Muskeln oben im Nacken, die sich anspannen, wenn du lange stillhältst. Das ist eine gute Pause nach Stunden am Bildschirm oder Schreibtisch.",
        "steps": [
            "Sitz oder steh aufrecht, die Schultern locker und unten.",
            "Senk das Kinn in einer langsamen, gleichmäßigen Bewegung zur Brust.",
            "Halte an, wo du eine leichte Dehnung hinten im Nacken spürst, und bleib dort.",
            "Heb den Kopf genauso langsam wieder an.",
        ],
        "cautions": [
            "Halte den Rücken aufrecht in seiner natürlichen Krümmung; nur der Kopf bewegt sich.",
            "Beweg dich sanft, federe nicht und zieh den Kopf nicht mit den Händen nach unten.",
            "Wenn du Beschwerden im Nacken oder entlang der Wirbelsäule spürst, hör auf und probier eine andere Übung.",
        ],
        "skip_if": "Lass es weg, wenn du dir kürzlich den Nacken verletzt hast oder wenn das Beugen des Nackens Schmerzen oder Kribbeln in die Arme schickt.",
        "start_alt": "Seitenansicht: eine Person sitzt aufrecht auf einem Stuhl, der Kopf gerade.",
        "end_alt": "Das Kinn langsam zur Brust gesenkt, die Schultern locker.",
    },
    "shoulder-shrug": {
        "name": "Schulterheben",
        "summary": "Du ziehst die Schultern zu den Ohren hoch, hältst kurz und lässt sie fallen, um den Nackenansatz zu lockern.",
        "benefits": "Schultern heben und senken trainiert die Muskeln, die Nacken und oberen Rücken verbinden. Das kann Spannung lösen, wo der Nacken in die Schultern übergeht, und du kannst es direkt am Schreibtisch machen.",
        "steps": [
            "Steh oder sitz aufrecht, die Arme hängen locker an den Seiten.",
            "Zieh beide Schultern zu den Ohren hoch.",
            "Halte etwa drei Sekunden.",
            "Senk die Schultern langsam und lass sie ganz locker, bevor du weitermachst.",
        ],
        "cautions": [
            "Halte den Kopf ruhig und den Nacken lang; schieb das Kinn nicht nach vorn.",
            "Bleib aufrecht, der Rücken in seiner natürlichen Krümmung.",
            "Wenn du Beschwerden im Nacken oder entlang der Wirbelsäule spürst, hör auf und probier eine andere Übung.",
        ],
        "skip_if": "Lass es weg, wenn das Heben der Schultern wehtut, zum Beispiel nach einer Schulterverletzung.",
        "start_alt": "Vorderansicht: eine Person steht aufrecht, die Arme locker an den Seiten.",
        "end_alt": "Beide Schultern zu den Ohren hochgezogen, der Kopf ruhig, die Arme locker.",
    },
    "chin-tuck": {
        "name": "Kinn zurückziehen (Chin Tuck)",
        "summary": "Du schiebst den Kopf ein kleines Stück gerade nach hinten, sodass dein Nacken über den Schultern steht.",
        "benefits": "Lange Stunden am Bildschirm ziehen den Kopf nach vorn. Wenn du ihn ein paarmal am Tag nach hinten schiebst, arbeiten die kleinen Muskeln vorn am Hals, und der hintere Nacken wird vielleicht entlastet.",
        "steps": [
            "Sitz oder steh aufrecht, die Schultern locker, den Blick geradeaus.",
            "Halte das Kinn waagerecht und schieb den Kopf gerade nach hinten, als würdest du ein Doppelkinn machen.",
            "Halte ein paar Sekunden und atme dabei normal weiter.",
            "Lass den Kopf wieder nach vorn gleiten, dorthin, wo er angefangen hat.",
        ],
        "cautions": [
            "Beweg dich gerade nach hinten, nicht nach unten: Dein Blick bleibt am Horizont.",
            "Halte die Bewegung klein; eine sanfte Dehnung am Übergang zum Hinterkopf reicht.",
            "Hör auf, wenn du Kribbeln oder Schmerzen spürst, die in die Arme ziehen.",
        ],
        "skip_if": "Lass es weg, wenn du dir kürzlich den Nacken verletzt hast oder wenn Bewegungen des Nackens Schmerzen, Taubheit oder Kribbeln in die Arme schicken, bis eine Fachperson es untersucht hat.",
        "start_alt": "Seitenansicht: eine Person steht, der Kopf ist vor die Schultern gewandert.",
        "end_alt": "Der Kopf gerade nach hinten über die Schultern geschoben, das Kinn waagerecht, der Blick geradeaus.",
    },
    "neck-side-stretch": {
        "name": "Seitliche Nackendehnung",
        "summary": "Du neigst das Ohr langsam zur Schulter und dehnst so die Seite deines Nackens.",
        "benefits": "Die Muskeln zwischen Nacken und Schultern verspannen sich oft, wenn wir angespannt sind oder lange sitzen. Eine langsame Neigung zur Seite dehnt sie sanft, und danach fühlt sich der Nacken vielleicht freier an.",
        "steps": [
            "Sitz oder steh aufrecht und lass beide Schultern von den Ohren weg sinken.",
            "Neig den Kopf langsam, sodass ein Ohr zur Schulter derselben Seite wandert.",
            "Halte an, wo du eine leichte Dehnung an der anderen Seite des Nackens spürst, und bleib dort.",
            "Bring den Kopf langsam zurück in die Mitte und neig ihn dann zur anderen Seite.",
        ],
        "cautions": [
            "Lass beide Schultern unten; der Kopf bewegt sich, nicht die Schulter.",
            "Neig nur bis zu einer leichten Dehnung und zieh nie mit der Hand am Kopf.",
            "Komm zurück in die Mitte, wenn dir schwindlig wird oder du Taubheit oder Kribbeln spürst.",
        ],
        "skip_if": "Lass sie weg, wenn du dir kürzlich den Nacken verletzt hast oder wenn dir beim Neigen des Kopfes schwindlig wird, bis eine Fachperson es untersucht hat.",
        "start_alt": "Vorderansicht: eine Person steht aufrecht, der Kopf gerade, die Schultern locker.",
        "end_alt": "Der Kopf so geneigt, dass ein Ohr zu seiner Schulter wandert, beide Schultern bleiben unten.",
    },
    "thoracic-extension-chair": {
        "name": "Brustwirbelsäule strecken über der Stuhllehne",
        "summary": "Du lehnst dich sanft über die Stuhllehne zurück und öffnest so einen runden oberen Rücken.",
        "benefits": "Langes Sitzen macht den oberen Rücken oft rund. Wenn du dich über eine feste Stuhllehne zurücklehnst, bewegt er sich für einen Moment in die andere Richtung, und danach sitzt du vielleicht aufrechter.",
        "steps": [
            "Setz dich auf einen festen Stuhl, dessen Lehne etwa bis zur Mitte deiner Schulterblätter reicht.",
            "Leg die Hände locker hinter den Kopf und nimm die Ellbogen nach innen.",
            "Atme aus und lehn dich über die Lehne zurück, sodass sich dein oberer Rücken nach hinten biegt.",
            "Halte einen Atemzug lang und setz dich dann wieder aufrecht hin.",
        ],
        "cautions": [
            "Lass den oberen Rücken die Bewegung machen; der untere Rücken bleibt an der Sitzfläche.",
            "Stütz den Kopf mit den Händen, statt ihn nach hinten fallen zu lassen.",
            "Lehn dich nur so weit zurück, wie es angenehm ist.",
        ],
        "skip_if": "Lass es weg, wenn Zurücklehnen Schmerzen im Rücken oder Nacken auslöst oder wenn dir gesagt wurde, dass du dich nicht nach hinten beugen sollst.",
        "start_alt": "Seitenansicht: eine Person sitzt aufrecht auf einem Stuhl, die Hände hinter dem Kopf.",
        "end_alt": "Der obere Rücken sanft über die Stuhllehne gebogen, der Kopf von den Händen gestützt, der untere Rücken an der Sitzfläche.",
    },
    "wall-angel": {
        "name": "Wandengel (Wall Angel)",
        "summary": "Du schiebst die Arme langsam an einer Wand hoch und runter und trainierst so die Muskeln zwischen deinen Schulterblättern.",
        "benefits": "Wenn du die Arme an der Wand entlang schiebst, arbeiten die Muskeln um die Schulterblätter, während der Rücken an der Wand bleibt. Das kann dir helfen, eine zusammengesunkene Haltung am Schreibtisch zu bemerken und zu lösen.",
        "steps": [
            "Stell dich mit dem Rücken an eine Wand, die Füße einen kleinen Schritt davor.",
            "Lehn Hinterkopf, oberen Rücken und Hüfte an die Wand.",
            "Heb die Arme zu einer U-Form: die Ellbogen gebeugt, die Handrücken zur Wand.",
            "Schieb die Arme langsam an der Wand hoch, so weit es angenehm ist, und wieder runter.",
        ],
        "cautions": [
            "Lass den unteren Rücken in seiner natürlichen Krümmung: Drück ihn nicht flach und mach kein Hohlkreuz.",
            "Zieh den Bauchnabel sanft nach innen, damit die Rippen nicht nach vorn stehen.",
            "Deine Hände dürfen sich von der Wand lösen; schieb nur so hoch, wie es leicht geht.",
        ],
        "skip_if": "Lass ihn weg, wenn das Heben der Arme über den Kopf wehtut, zum Beispiel nach einer Schulterverletzung.",
        "start_alt": "Vorderansicht: eine Person steht an einer Wand, die Arme in Schulterhöhe zu einer U-Form gebeugt.",
        "end_alt": "Die Arme an der Wand über den Kopf geschoben, Rücken und Hüfte berühren weiter die Wand.",
    },
    "pelvic-tilt": {
        "name": "Beckenkippen",
        "summary": "In Rückenlage kippst du das Becken ein kleines Stück und bringst so den unteren Rücken in seine neutrale Lage.",
        "benefits": "Das sanfte Kippen des Beckens zeigt dir, wo die neutrale Lage deines unteren Rückens ist, und weckt die tiefen Bauchmuskeln. Es ist einer der leichtesten Wege, einen steifen unteren Rücken in Bewegung zu bringen.",
        "steps": [
            "Leg dich auf den Rücken, die Knie gebeugt und die Füße flach auf dem Boden.",
            "Spür die kleine Lücke zwischen deinem unteren Rücken und dem Boden.",
            "Atme aus, zieh den Bauchnabel ein und kipp das Becken so, dass sich die Lücke schließt.",
            "Halte ein paar Sekunden und lass das Becken dann zurückkippen, dorthin, wo es angefangen hat.",
        ],
        "cautions": [
            "Halte die Bewegung klein und langsam; dein Po bleibt auf dem Boden.",
            "Atme beim Kippen aus, statt die Luft anzuhalten.",
            "Hör auf, wenn die Bewegung Beschwerden nahe der Wirbelsäule auslöst.",
        ],
        "skip_if": "Lass es weg, wenn Liegen auf dem Rücken unangenehm ist, zum Beispiel in der späteren Schwangerschaft, und frag eine Fachperson nach einer Variante, die zu dir passt.",
        "start_alt": "Seitenansicht: eine Person liegt auf dem Rücken, die Knie gebeugt, unter dem unteren Rücken eine kleine Lücke.",
        "end_alt": "Das Becken so gekippt, dass der untere Rücken flach auf dem Boden liegt, der Bauchnabel eingezogen.",
    },
    "glute-bridge": {
        "name": "Beckenheben (Glute Bridge)",
        "summary": "Aus der Rückenlage mit gebeugten Knien hebst du die Hüfte vom Boden und trainierst so Gesäß und Rückseite des Rumpfs.",
        "benefits": "Kräftige Gesäßmuskeln übernehmen Arbeit, die sonst der untere Rücken beim Stehen, Gehen und Heben leisten müsste. Das Beckenheben baut sie auf, ohne die Wirbelsäule stärker zu belasten als mit dem Gewicht deiner eigenen Hüfte.",
        "steps": [
            "Leg dich auf den Rücken, die Knie gebeugt, die Füße flach und hüftbreit auseinander.",
            "Zieh den Bauchnabel ein und drück sanft über die Fersen in den Boden.",
            "Heb die Hüfte, bis Schultern, Hüfte und Knie eine Linie bilden.",
            "Halte einen Atemzug lang und roll dann langsam ab, Stück für Stück durch den Rücken.",
        ],
        "cautions": [
            "Heb nur, bis dein Körper gerade ist; schieb die Hüfte nicht höher ins Hohlkreuz.",
            "Lass die Knie nach vorn zeigen, in einer Linie mit den Füßen.",
            "Wenn du es mehr im unteren Rücken als im Gesäß spürst, heb weniger hoch.",
        ],
        "skip_if": "Lass es weg, wenn das Heben der Hüfte Rückenschmerzen auslöst, und nach einer frischen Operation an Rücken oder Hüfte, bis dein Behandlungsteam sagt, dass es in Ordnung ist.",
        "start_alt": "Seitenansicht: eine Person liegt auf dem Rücken, die Knie gebeugt und die Füße flach auf dem Boden.",
        "end_alt": "Die Hüfte so angehoben, dass Schultern, Hüfte und Knie eine gerade Linie bilden, ohne Hohlkreuz.",
    },
    "dead-bug": {
        "name": "Dead Bug (toter Käfer)",
        "summary": "In Rückenlage streckst du langsam einen Arm und das gegenüberliegende Bein weg, während dein Rumpf ruhig bleibt.",
        "benefits": "Arme und Beine bewegen, während der Rumpf ruhig bleibt: Genau das macht deine Körpermitte den ganzen Tag. In Rückenlage spürst du am Boden, ob es klappt, und lernst diese Kontrolle leichter.",
        "steps": [
            "Leg dich auf den Rücken und streck die Arme zur Decke.",
            "Heb die Knie, sodass sie über der Hüfte stehen, im rechten Winkel gebeugt.",
            "Zieh den Bauchnabel ein, sodass dein unterer Rücken leicht auf dem Boden liegt.",
            "Streck langsam einen Arm über den Kopf und das gegenüberliegende Bein lang aus, dann hol beide zurück.",
            "Wiederhole es mit dem anderen Arm und dem anderen Bein.",
        ],
        "cautions": [
            "Lass den unteren Rücken auf dem Boden liegen; streck weniger weit, wenn er sich abhebt.",
            "Beweg dich langsam und atme beim Strecken aus.",
            "Hör auf und nimm eine sanftere Übung, wenn du Beschwerden nahe der Wirbelsäule spürst.",
        ],
        "skip_if": "Lass ihn weg, wenn Liegen auf dem Rücken unangenehm ist oder du den unteren Rücken noch nicht am Boden halten kannst: Fang mit dem Beckenkippen an.",
        "start_alt": "Seitenansicht: eine Person auf dem Rücken, die Arme zeigen nach oben, die Knie gebeugt über der Hüfte.",
        "end_alt": "Ein Arm über den Kopf gestreckt und das gegenüberliegende Bein tief ausgestreckt, der untere Rücken bleibt am Boden.",
    },
    "childs-pose": {
        "name": "Stellung des Kindes",
        "summary": "Eine Ruheposition im Knien, die Hüfte zurück zu den Fersen und die Arme lang, für eine sanfte Dehnung durch den Rücken.",
        "benefits": "Wenn du dich zu den Fersen zurücksetzt, kann sich der ganze Rücken strecken, während der Boden dein Gewicht trägt. Viele finden das einen ruhigen Abschluss für eine Einheit.",
        "steps": [
            "Knie dich auf eine Matte, die Knie etwas auseinander, die großen Zehen nah beieinander.",
            "Setz die Hüfte zurück Richtung Fersen.",
            "Wandere mit den Händen nach vorn und senk die Brust Richtung Boden.",
            "Leg die Stirn auf die Matte oder ein Kissen und atme langsam in deinen Rücken.",
        ],
        "cautions": [
            "Setz dich nur so weit zurück, wie es angenehm ist; ein Kissen zwischen Hüfte und Fersen hilft.",
            "Lass den Rücken sanft rund werden; nichts sollte ziehen.",
            "Komm langsam heraus, indem du mit den Händen zurückwanderst.",
        ],
        "skip_if": "Lass sie weg, wenn Knien deinen Knien wehtut oder Vorbeugen Schmerzen ins Bein schickt; Knie zur Brust ist die sanftere Wahl.",
        "start_alt": "Seitenansicht: eine Person im Vierfüßlerstand, der Rücken flach.",
        "end_alt": "Die Hüfte zurück zu den Fersen gesetzt, die Arme lang am Boden, die Stirn abgelegt.",
    },
    "mcgill-curl-up": {
        "name": "McGill Curl-up",
        "summary": "Ein ganz kleines Anheben von Kopf und Schultern, ein Knie gebeugt, die Hände unter dem unteren Rücken.",
        "benefits": "Diese Form des Curl-ups trainiert die Vorderseite des Rumpfs, während der untere Rücken seine natürliche Krümmung behält. Viele empfinden das als schonender für den Rücken als einen vollen Sit-up.",
        "steps": [
            "Leg dich auf den Rücken, ein Knie gebeugt, das andere Bein gestreckt auf dem Boden.",
            "Schieb die Hände mit den Handflächen nach unten unter die natürliche Krümmung deines unteren Rückens.",
            "Spann deine Mitte an und heb dann Kopf und Schultern knapp vom Boden ab.",
            "Halte ein paar Atemzüge, senk dich langsam ab und wechsle nach der Hälfte die Beine.",
        ],
        "cautions": [
            "Heb nur ganz wenig: Das Kinn bleibt weg von der Brust und der Nacken lang.",
            "Drück den unteren Rücken nicht flach auf die Hände; lass ihm seine natürliche Krümmung.",
            "Hör auf, wenn du Beschwerden im Nacken oder Rücken spürst.",
        ],
        "skip_if": "Lass ihn weg, wenn Liegen auf dem Rücken unangenehm ist oder das Anheben des Kopfes deinen Nacken belastet.",
        "start_alt": "Seitenansicht: eine Person auf dem Rücken, ein Knie gebeugt, die Hände unter dem unteren Rücken.",
        "end_alt": "Kopf und Schultern knapp vom Boden angehoben, der Nacken lang, die Krümmung des unteren Rückens bleibt.",
    },
}


class Migration(migrations.Migration):
    dependencies = [
        ("exercises", "0005_translated_texts"),
    ]

    operations = [
        migrations.RunPython(add_german, migrations.RunPython.noop),
    ]
