"""Grow the library to at least four gentle exercises each for the neck, the upper back and the
lower back, and give every exercise its picture text and a note on who should skip it.

Safe on a database with history: new exercises are created only when their slug is not there
yet, existing rows keep their ids and any text an editor already wrote in the admin, and
nothing is deleted going backwards except exercises no routine or log uses.
All wording is the project's own; dosages are starting points people can change.
"""

from django.db import migrations

NEW_EXERCISES = [
    {
        "slug": "chin-tuck",
        "name": "Chin tuck",
        "summary": "A small glide of the head straight back that lines your neck up over your "
        "shoulders.",
        "benefits": "Long hours at a screen draw the head forward. Gliding it back a few times "
        "a day wakes up the small muscles at the front of the neck and may ease the load on the "
        "back of it.",
        "steps": [
            "Sit or stand tall with your shoulders relaxed and your eyes looking straight ahead.",
            "Keeping your chin level, slide your head straight back, as if making a double chin.",
            "Hold for a few seconds while you breathe normally.",
            "Let your head glide forward again to where it started.",
        ],
        "cautions": [
            "Move straight back, not down: your eyes stay on the horizon.",
            "Keep the movement small; a gentle stretch at the base of the skull is enough.",
            "Stop if you feel tingling or pain running into your arms.",
        ],
        "skip_if": "Skip it after a recent neck injury, or if moving your neck sends pain, "
        "numbness or tingling into your arms, until a professional has checked it.",
        "start_alt": "Side view of a person standing with the head drifted forward of the "
        "shoulders.",
        "end_alt": "The head glided straight back over the shoulders, chin level and eyes ahead.",
        "kind": "reps",
        "per_side": False,
        "focus_areas": ["neck"],
        "intensity": "gentle",
        "default_sets": 1,
        "default_reps": 8,
        "default_hold_seconds": 3,
        "gentler_alternative": "chin-to-chest",
    },
    {
        "slug": "neck-side-stretch",
        "name": "Neck side stretch",
        "summary": "A slow tilt of the ear toward the shoulder that stretches the side of your "
        "neck.",
        "benefits": "The muscles between the neck and the shoulders often tighten when we are "
        "tense or sit for long. A slow side tilt gives them a gentle stretch and may leave the "
        "neck feeling freer.",
        "steps": [
            "Sit or stand tall and let both shoulders drop away from your ears.",
            "Tilt your head slowly so one ear moves toward the shoulder on the same side.",
            "Stop where you feel a mild stretch along the other side of your neck and hold it.",
            "Bring your head back to the middle slowly, then tilt to the other side.",
        ],
        "cautions": [
            "Keep both shoulders down; let the head move, not the shoulder.",
            "Tilt only to a mild stretch and never pull on your head with your hand.",
            "Come back to the middle if you feel dizzy, numb or tingly.",
        ],
        "skip_if": "Skip it after a recent neck injury or if tilting your head makes you dizzy, "
        "until a professional has checked it.",
        "start_alt": "Front view of a person standing tall, head upright and shoulders relaxed.",
        "end_alt": "The head tilted so one ear moves toward its shoulder, both shoulders kept low.",
        "kind": "stretch",
        "per_side": True,
        "focus_areas": ["neck", "upper-back"],
        "intensity": "gentle",
        "default_sets": 1,
        "default_reps": 0,
        "default_hold_seconds": 20,
        "gentler_alternative": "shoulder-shrug",
    },
    {
        "slug": "thoracic-extension-chair",
        "name": "Thoracic extension over a chair",
        "summary": "A gentle lean back over the top of a chair that opens up a rounded upper back.",
        "benefits": "Sitting for a long time tends to round the upper back. Leaning back over "
        "a firm chair back lets it move the other way for a moment, which may help you sit "
        "taller afterwards.",
        "steps": [
            "Sit on a firm chair whose back reaches about the middle of your shoulder blades.",
            "Rest your hands lightly behind your head and bring your elbows in.",
            "Breathe out and lean back over the top of the chair, letting your upper back arch.",
            "Pause for a breath, then sit up tall again.",
        ],
        "cautions": [
            "Let the upper back do the moving; keep your lower back against the seat.",
            "Support your head with your hands instead of letting it drop back.",
            "Lean only as far as feels comfortable.",
        ],
        "skip_if": "Skip it if leaning back brings on pain in your back or neck, or if you have "
        "been told to avoid bending backwards.",
        "start_alt": "Side view of a person sitting upright on a chair, hands behind the head.",
        "end_alt": "The upper back arched gently over the top of the chair, head supported by "
        "the hands and lower back against the seat.",
        "kind": "reps",
        "per_side": False,
        "focus_areas": ["upper-back", "whole-spine"],
        "intensity": "gentle",
        "default_sets": 1,
        "default_reps": 6,
        "default_hold_seconds": 3,
        "gentler_alternative": "shoulder-shrug",
    },
    {
        "slug": "wall-angel",
        "name": "Wall angel",
        "summary": "Slow arm slides up and down a wall that work the muscles between your "
        "shoulder blades.",
        "benefits": "Sliding your arms along a wall asks the muscles around the shoulder blades "
        "to work while your back stays against the wall. It may help you notice and ease a "
        "slumped desk posture.",
        "steps": [
            "Stand with your back against a wall, feet a small step away from it.",
            "Rest the back of your head, your upper back and your hips against the wall.",
            "Raise your arms into a goalpost shape, elbows bent and the backs of your hands "
            "toward the wall.",
            "Slide your arms slowly up the wall as far as is comfortable, then back down.",
        ],
        "cautions": [
            "Keep your lower back in its natural curve: don't press it flat or arch it away.",
            "Draw your belly button gently in to keep your ribs from flaring.",
            "Your hands may lift off the wall; only slide as high as feels easy.",
        ],
        "skip_if": "Skip it if raising your arms overhead is painful, for example after a "
        "shoulder injury.",
        "start_alt": "Front view of a person standing against a wall, arms bent in a goalpost "
        "shape at shoulder height.",
        "end_alt": "The arms slid up the wall above the head, back and hips still touching the "
        "wall.",
        "kind": "reps",
        "per_side": False,
        "focus_areas": ["upper-back", "neck"],
        "intensity": "moderate",
        "default_sets": 2,
        "default_reps": 8,
        "default_hold_seconds": 0,
        "gentler_alternative": "thoracic-extension-chair",
    },
    {
        "slug": "pelvic-tilt",
        "name": "Pelvic tilt",
        "summary": "A small rock of the pelvis while lying on your back that eases the lower "
        "back into its neutral position.",
        "benefits": "Rocking the pelvis gently teaches you where your lower back's neutral "
        "position is and wakes up the deep tummy muscles. It is one of the easiest ways to "
        "start moving a stiff lower back.",
        "steps": [
            "Lie on your back with your knees bent and your feet flat on the floor.",
            "Notice the small gap between your lower back and the floor.",
            "Breathe out, draw your belly button in and tilt your pelvis so that gap closes.",
            "Hold for a few seconds, then let your pelvis rock back to where it started.",
        ],
        "cautions": [
            "Keep the movement small and slow; your bottom stays on the floor.",
            "Breathe out as you tilt rather than holding your breath.",
            "Stop if the movement brings on discomfort near your spine.",
        ],
        "skip_if": "Skip it if lying on your back is uncomfortable, for example later in "
        "pregnancy, and ask a professional for a version that suits you.",
        "start_alt": "Side view of a person lying on their back, knees bent, a small gap under "
        "the lower back.",
        "end_alt": "The pelvis tilted so the lower back rests flat on the floor, belly button "
        "drawn in.",
        "kind": "reps",
        "per_side": False,
        "focus_areas": ["lower-back", "pelvis", "core"],
        "intensity": "gentle",
        "default_sets": 1,
        "default_reps": 10,
        "default_hold_seconds": 3,
        "gentler_alternative": "knees-to-chest",
    },
    {
        "slug": "glute-bridge",
        "name": "Glute bridge",
        "summary": "Lifting your hips off the floor from a bent-knee position to work your "
        "seat and the back of your trunk.",
        "benefits": "Strong seat muscles share the work the lower back would otherwise do when "
        "you stand, walk and lift. The bridge builds them without any load on the spine beyond "
        "your own hips.",
        "steps": [
            "Lie on your back with your knees bent, feet flat and hip-width apart.",
            "Draw your belly button in and press gently through your heels.",
            "Lift your hips until your shoulders, hips and knees make one line.",
            "Hold for a breath, then lower slowly, one part of your back at a time.",
        ],
        "cautions": [
            "Lift only until your body is straight; don't push the hips higher and arch your back.",
            "Keep your knees pointing forward, in line with your feet.",
            "If you feel it in your lower back more than your seat, lift lower.",
        ],
        "skip_if": "Skip it if lifting your hips brings on back pain, and after recent surgery "
        "on your back or hips until your team says it is fine.",
        "start_alt": "Side view of a person lying on their back, knees bent and feet flat on "
        "the floor.",
        "end_alt": "The hips lifted so shoulders, hips and knees make one straight line, no "
        "arch in the back.",
        "kind": "reps",
        "per_side": False,
        "focus_areas": ["glutes", "lower-back", "hips"],
        "intensity": "moderate",
        "default_sets": 2,
        "default_reps": 10,
        "default_hold_seconds": 3,
        "gentler_alternative": "pelvic-tilt",
    },
    {
        "slug": "dead-bug",
        "name": "Dead bug",
        "summary": "Slowly reaching one arm and the opposite leg away while lying on your back, "
        "with your trunk kept still.",
        "benefits": "Moving the arms and legs while the trunk stays still is exactly what the "
        "core does all day. Doing it on your back, with the floor for feedback, makes that "
        "control easier to learn.",
        "steps": [
            "Lie on your back and raise your arms toward the ceiling.",
            "Lift your knees so they are over your hips, bent at a right angle.",
            "Draw your belly button in so your lower back rests lightly on the floor.",
            "Slowly reach one arm overhead and the opposite leg out, then bring them back.",
            "Repeat with the other arm and leg.",
        ],
        "cautions": [
            "Keep your lower back resting on the floor; reach less far if it starts to lift.",
            "Move slowly and breathe out as you reach.",
            "Stop and use a gentler exercise if you feel discomfort near your spine.",
        ],
        "skip_if": "Skip it if lying on your back is uncomfortable, or if you can't keep your "
        "lower back on the floor yet: start with the pelvic tilt.",
        "start_alt": "Side view of a person on their back, arms pointing up and knees bent over "
        "the hips.",
        "end_alt": "One arm reaching overhead and the opposite leg reaching out low, lower back "
        "still on the floor.",
        "kind": "reps",
        "per_side": True,
        "focus_areas": ["core", "lower-back"],
        "intensity": "moderate",
        "default_sets": 2,
        "default_reps": 6,
        "default_hold_seconds": 0,
        "gentler_alternative": "ball-squeeze",
    },
    {
        "slug": "childs-pose",
        "name": "Child's pose",
        "summary": "A kneeling rest with your hips back toward your heels and your arms long, "
        "for a soft stretch through the back.",
        "benefits": "Sitting back toward your heels lets the whole back lengthen while the "
        "floor takes your weight. Many people find it a calm way to finish a session.",
        "steps": [
            "Kneel on a mat with your knees a little apart and your big toes close together.",
            "Sit your hips back toward your heels.",
            "Walk your hands forward and lower your chest toward the floor.",
            "Rest your forehead on the mat or a cushion and breathe slowly into your back.",
        ],
        "cautions": [
            "Sit back only as far as is comfortable; a cushion between hips and heels helps.",
            "Let your back round softly; nothing should feel pulled.",
            "Come out slowly, walking your hands back in.",
        ],
        "skip_if": "Skip it if kneeling hurts your knees or if bending forward brings on pain "
        "down your leg; knees to chest is a gentler choice.",
        "start_alt": "Side view of a person on hands and knees, back flat.",
        "end_alt": "The hips sitting back toward the heels, arms long on the floor and forehead "
        "resting down.",
        "kind": "stretch",
        "per_side": False,
        "focus_areas": ["lower-back", "hips", "whole-spine"],
        "intensity": "gentle",
        "default_sets": 1,
        "default_reps": 0,
        "default_hold_seconds": 30,
        "gentler_alternative": "knees-to-chest",
    },
    {
        "slug": "mcgill-curl-up",
        "name": "McGill curl-up",
        "summary": "A very small lift of the head and shoulders with one knee bent and your "
        "hands under your lower back.",
        "benefits": "This version of the curl-up works the front of the trunk while the lower "
        "back keeps its natural curve, which many people find kinder to the back than a full "
        "sit-up.",
        "steps": [
            "Lie on your back with one knee bent and the other leg straight on the floor.",
            "Slide your hands, palms down, under the natural curve of your lower back.",
            "Firm up your middle, then lift your head and shoulders just off the floor.",
            "Hold for a few breaths, lower slowly, and switch legs halfway through.",
        ],
        "cautions": [
            "Keep the lift tiny: your chin stays off your chest and your neck stays long.",
            "Don't flatten your lower back onto your hands; keep its natural curve.",
            "Stop if you feel discomfort in your neck or back.",
        ],
        "skip_if": "Skip it if lying on your back is uncomfortable or if lifting your head "
        "strains your neck.",
        "start_alt": "Side view of a person on their back, one knee bent, hands under the "
        "lower back.",
        "end_alt": "Head and shoulders lifted just off the floor, neck long and the lower "
        "back's curve kept.",
        "kind": "reps",
        "per_side": False,
        "focus_areas": ["core", "lower-back"],
        "intensity": "moderate",
        "default_sets": 1,
        "default_reps": 6,
        "default_hold_seconds": 8,
        "gentler_alternative": "pelvic-tilt",
    },
]

# Picture text and who should skip it, for the exercises seeded by 0002.
FIRST_ELEVEN = {
    "plank": {
        "start_alt": "Side view of a person on forearms and knees, back flat.",
        "end_alt": "On forearms and toes, head, shoulders, hips and heels in one straight line; "
        "hips neither sagging nor raised.",
        "skip_if": "Skip it if holding your weight on your arms hurts your shoulders or wrists, "
        "or in later pregnancy.",
    },
    "side-plank": {
        "start_alt": "Side view of a person lying on one side, propped on the forearm, hips on "
        "the floor.",
        "end_alt": "Hips lifted so the body makes a straight line from head to feet, top hand "
        "resting on the hip.",
        "skip_if": "Skip it if leaning on one shoulder hurts, or while you are still building "
        "up to a steady plank.",
    },
    "rotating-plank": {
        "start_alt": "A side plank with the top arm pointing at the ceiling.",
        "end_alt": "The top arm reaching under the body, chest turned to the floor and hips "
        "still lifted.",
        "skip_if": "Skip it if twisting brings on back pain, or if a side plank is not yet "
        "easy for you.",
    },
    "abdominal-crunch": {
        "start_alt": "Side view of a person lying on their back, knees bent, arms across the "
        "chest.",
        "end_alt": "Head and shoulders curled a short way off the floor, lower back resting down.",
        "skip_if": "Skip it if bending forward brings on back or neck pain; the ball squeeze "
        "is a gentler choice.",
    },
    "bird-dog": {
        "start_alt": "Side view of a person on hands and knees, back flat.",
        "end_alt": "One arm reaching forward and the opposite leg reaching back, both level "
        "with a flat back.",
        "skip_if": "Skip it if kneeling or taking weight on your hands hurts.",
    },
    "hip-flexor-stretch": {
        "start_alt": "Side view of a person lying on the end of a bench, both knees hugged to "
        "the chest.",
        "end_alt": "One leg lowered to hang off the bench while the hands keep the other knee "
        "at the chest.",
        "skip_if": "Skip it if you have no sturdy, high enough bench, or if lowering the leg "
        "brings on back pain.",
    },
    "ball-squeeze": {
        "start_alt": "Side view of a person on their back, knees bent, a ball between the knees.",
        "end_alt": "Knees squeezing the ball while the pelvis tilts back and the lower back "
        "rests on the floor.",
        "skip_if": "Skip it if lying on your back is uncomfortable, for example later in "
        "pregnancy.",
    },
    "cat-cow": {
        "start_alt": "Side view of a person on hands and knees, the back dipping gently and the "
        "head lifted.",
        "end_alt": "The back rounded up toward the ceiling, head relaxed down, belly button "
        "drawn in.",
        "skip_if": "Skip it if kneeling or taking weight on your hands hurts; knees to chest "
        "is a gentler choice.",
    },
    "knees-to-chest": {
        "start_alt": "Side view of a person on their back, knees bent and feet on the floor.",
        "end_alt": "Both knees drawn in to the chest by the hands, head resting on the floor.",
        "skip_if": "Skip it if drawing your knees in brings on pain down a leg, or after hip "
        "surgery until your team says it is fine.",
    },
    "chin-to-chest": {
        "start_alt": "Side view of a person sitting tall on a chair, head level.",
        "end_alt": "The chin lowered slowly toward the chest, shoulders relaxed.",
        "skip_if": "Skip it after a recent neck injury, or if bending your neck sends pain or "
        "tingling into your arms.",
    },
    "shoulder-shrug": {
        "start_alt": "Front view of a person standing tall, arms relaxed at the sides.",
        "end_alt": "Both shoulders lifted toward the ears, head still and arms relaxed.",
        "skip_if": "Skip it if lifting your shoulders hurts, for example after a shoulder injury.",
    },
}

EXERCISE_FIELDS = (
    "name",
    "summary",
    "benefits",
    "skip_if",
    "start_alt",
    "end_alt",
    "kind",
    "per_side",
    "intensity",
    "default_sets",
    "default_reps",
    "default_hold_seconds",
)
TEXT_FIELDS = ("skip_if", "start_alt", "end_alt")


def seed_more_exercises(apps, schema_editor):
    """Create what is missing by slug; fill only blank text on rows that exist."""
    FocusArea = apps.get_model("exercises", "FocusArea")
    Exercise = apps.get_model("exercises", "Exercise")
    ExerciseStep = apps.get_model("exercises", "ExerciseStep")

    for slug, texts in FIRST_ELEVEN.items():
        for field in TEXT_FIELDS:
            Exercise.objects.filter(slug=slug, **{field: ""}).update(**{field: texts[field]})

    areas = {area.slug: area for area in FocusArea.objects.all()}
    for data in NEW_EXERCISES:
        defaults = {field: data[field] for field in EXERCISE_FIELDS}
        defaults["cautions"] = "\n".join(data["cautions"])
        exercise, created = Exercise.objects.get_or_create(slug=data["slug"], defaults=defaults)
        if not created:
            continue
        exercise.focus_areas.set([areas[slug] for slug in data["focus_areas"] if slug in areas])
        ExerciseStep.objects.bulk_create(
            ExerciseStep(exercise=exercise, position=position, text=text)
            for position, text in enumerate(data["steps"], start=1)
        )
        alternative = Exercise.objects.filter(slug=data["gentler_alternative"]).first()
        if alternative is not None:
            exercise.gentler_alternative = alternative
            exercise.save(update_fields=["gentler_alternative"])


def unseed_more_exercises(apps, schema_editor):
    """Remove the added exercises that nothing refers to (routines and logs protect theirs)."""
    Exercise = apps.get_model("exercises", "Exercise")
    RoutineItem = apps.get_model("tracking", "RoutineItem")
    ExerciseEntry = apps.get_model("tracking", "ExerciseEntry")
    used = set(RoutineItem.objects.values_list("exercise_id", flat=True)) | set(
        ExerciseEntry.objects.values_list("exercise_id", flat=True)
    )
    slugs = [data["slug"] for data in NEW_EXERCISES]
    Exercise.objects.filter(slug__in=slugs).exclude(pk__in=used).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("exercises", "0003_exercise_pictures"),
        ("tracking", "0003_routine_names_unique_in_any_case"),
    ]

    operations = [
        migrations.RunPython(seed_more_exercises, unseed_more_exercises),
    ]
