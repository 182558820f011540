"""Seed the starter exercise library.

All wording is the project's own. Dosages are starting points that users can change, and the
gentler alternatives are a product decision that stays editable in the admin.
"""

from django.db import migrations

FOCUS_AREAS = [
    {"slug": "core", "name": "Core"},
    {"slug": "obliques", "name": "Obliques"},
    {"slug": "lower-back", "name": "Lower back"},
    {"slug": "glutes", "name": "Glutes"},
    {"slug": "hips", "name": "Hips"},
    {"slug": "pelvis", "name": "Pelvis"},
    {"slug": "whole-spine", "name": "Whole spine"},
    {"slug": "upper-back", "name": "Upper back"},
    {"slug": "neck", "name": "Neck"},
]

EXERCISES = [
    {
        "slug": "plank",
        "name": "Plank",
        "summary": (
            "A still hold on your forearms and toes that trains the muscles around your middle "
            "to keep your trunk steady."
        ),
        "benefits": (
            "Holding your body level against gravity works the deep muscles that wrap around "
            "your midsection. Over time, a firmer midsection may help your back feel better "
            "supported when you lift and carry things. It needs no equipment and only a small "
            "patch of floor."
        ),
        "steps": [
            "Lie face down, then prop yourself on your forearms with your elbows under your "
            "shoulders.",
            "Tuck your toes under and lift your hips so your weight rests on forearms and toes.",
            "Adjust your hips until your head, shoulders, hips and heels are level with each "
            "other.",
            "Firm up your tummy muscles and breathe evenly for the whole hold.",
            "Lower your knees to the mat to rest between sets.",
        ],
        "cautions": [
            "Keep your back in its natural, neutral shape: don't let your hips sag or pike up.",
            "Gently pull your belly button inward to keep your middle firm.",
            "If you feel discomfort near your spine, stop and try the gentler option instead of "
            "pushing on.",
            "Drop to your knees as soon as your form starts to slip.",
        ],
        "kind": "hold",
        "per_side": False,
        "focus_areas": ["core"],
        "intensity": "moderate",
        "default_sets": 3,
        "default_reps": 0,
        "default_hold_seconds": 20,
        "gentler_alternative": "ball-squeeze",
    },
    {
        "slug": "side-plank",
        "name": "Side plank",
        "summary": (
            "A sideways hold on one forearm that works the muscles along the sides of your waist."
        ),
        "benefits": (
            "The muscles at the sides of your waist help keep your trunk steady whenever you "
            "turn or twist. Working them one side at a time may also help you notice and even "
            "out differences between your left and right."
        ),
        "steps": [
            "Lie on one side with your legs straight and stacked, and rest on your forearm with "
            "the elbow under your shoulder.",
            "Press down through your forearm and raise your hips until your body is straight "
            "from head to feet.",
            "Rest your top hand on your hip and breathe steadily while you hold.",
            "Lower your hips gently, roll over, and repeat on the other side.",
            "For an easier version, bend your knees and lift from your knees instead of your feet.",
        ],
        "cautions": [
            "Keep your back in neutral: don't let your hips drop toward the floor or roll "
            "backward.",
            "Draw your belly button softly inward to steady your trunk.",
            "Push the floor away so you don't sink into the supporting shoulder.",
            "Stop and switch to a gentler exercise if you feel discomfort around your spine.",
        ],
        "kind": "hold",
        "per_side": True,
        "focus_areas": ["obliques", "core"],
        "intensity": "challenging",
        "default_sets": 1,
        "default_reps": 0,
        "default_hold_seconds": 15,
        "gentler_alternative": "plank",
    },
    {
        "slug": "rotating-plank",
        "name": "Rotating plank",
        "summary": (
            "A side plank with a slow reach beneath your body that adds a controlled twist for "
            "balance and freer movement."
        ),
        "benefits": (
            "Turning your trunk while your hips stay raised asks the muscles of your middle, back "
            "and seat to work as a team. The reach may help with balance and with how easily you "
            "turn through your upper body. It is the most demanding move in the library, so build "
            "up to it gradually."
        ),
        "steps": [
            "Get into a side plank position on your forearm or hand, with your free arm raised "
            "straight up.",
            "Firm up your middle before you start to move, and keep it firm throughout.",
            "Bring the raised arm down and across, reaching it beneath your chest toward the "
            "space beside your supporting arm.",
            "Let your chest turn toward the floor as you reach, keeping your hips lifted.",
            "Unwind slowly until your arm is raised again; that is one repetition.",
            "Finish your repetitions, then switch sides.",
        ],
        "cautions": [
            "Twist only as far as you can while your hips stay lifted and steady.",
            "Stay in a neutral spine; don't round or arch your back to reach further.",
            "Keep your belly button gently drawn in for the whole movement.",
            "If the twist causes discomfort near your spine, stop and use the side plank instead.",
        ],
        "kind": "reps",
        "per_side": True,
        "focus_areas": ["core", "lower-back", "glutes", "upper-back"],
        "intensity": "challenging",
        "default_sets": 1,
        "default_reps": 6,
        "default_hold_seconds": 0,
        "gentler_alternative": "side-plank",
    },
    {
        "slug": "abdominal-crunch",
        "name": "Abdominal crunch",
        "summary": (
            "A small, slow curl of your head and shoulders off the floor that works the front of "
            "your trunk."
        ),
        "benefits": (
            "Short, controlled curls work the muscles at the front of your trunk together with "
            "the long muscles beside your spine that help you bend in every direction. Keeping "
            "these muscles in regular use may help you sit and stand a little taller."
        ),
        "steps": [
            "Lie on your back with your knees bent and your feet flat, about hip-width apart.",
            "Cross your arms over your chest or rest your fingertips lightly beside your ears.",
            "Breathe out and curl your head and shoulders just a short way off the floor.",
            "Pause for a moment, then lower back down with control.",
        ],
        "cautions": [
            "Keep the curl small so your lower back stays resting on the floor in neutral.",
            "Tighten your belly inward before each curl.",
            "Never tug on your head or neck with your hands.",
            "Stop and choose a gentler exercise if you notice discomfort around your spine.",
        ],
        "kind": "reps",
        "per_side": False,
        "focus_areas": ["core", "lower-back"],
        "intensity": "moderate",
        "default_sets": 2,
        "default_reps": 10,
        "default_hold_seconds": 0,
        "gentler_alternative": "ball-squeeze",
    },
    {
        "slug": "bird-dog",
        "name": "Bird dog",
        "summary": (
            "On hands and knees, you reach one arm forward and the leg on the other side back, "
            "pause, then switch."
        ),
        "benefits": (
            "Reaching with opposite limbs while your trunk stays still teaches the muscles of "
            "your middle, seat and back to cooperate. It may help with coordination and balance, "
            "and the unhurried pace makes good form easy to keep."
        ),
        "steps": [
            "Kneel on all fours with your hands under your shoulders and knees under your hips.",
            "Firm up your middle and keep your back flat, like a tabletop.",
            "Reach your right arm forward and your left leg back until both are level with your "
            "body.",
            "Hold for about three seconds, then bring your hand and knee back to the floor.",
            "Repeat with your left arm and right leg, and keep alternating.",
        ],
        "cautions": [
            "Lift your leg only to hip height so your lower back stays neutral and doesn't arch.",
            "Keep your hips level with the floor rather than letting them tip.",
            "Draw your belly button gently in before each reach.",
            "If you feel discomfort near your spine, stop and try the gentler option.",
        ],
        "kind": "reps",
        "per_side": True,
        "focus_areas": ["core", "glutes", "lower-back", "hips"],
        "intensity": "moderate",
        "default_sets": 1,
        "default_reps": 8,
        "default_hold_seconds": 3,
        "gentler_alternative": "cat-cow",
    },
    {
        "slug": "hip-flexor-stretch",
        "name": "Hip flexor stretch",
        "summary": (
            "A lying stretch off the end of a sturdy bench that opens the front of one hip at a "
            "time."
        ),
        "benefits": (
            "The muscles at the front of your hips attach close to the lower spine, so when they "
            "are tight they can tug on it and change how your back sits. Lengthening them gently "
            "may help your lower back and hips feel more at ease."
        ),
        "steps": [
            "Sit on the edge of one end of a stable bench that is tall enough for your feet to "
            "dangle once you lie back.",
            "Lie back and draw both knees in, holding them with your hands.",
            "Keep hold of one knee and let the other leg lower slowly until it hangs toward the "
            "floor.",
            "Relax and breathe for the hold, feeling a stretch across the front of the lowered "
            "hip.",
            "Bring the lowered leg back up and switch sides.",
        ],
        "cautions": [
            "Use a bench that won't tip, and get on and off it slowly.",
            "Keep your lower back resting on the bench in neutral; don't let it arch.",
            "Stretch to mild tension only, never to pain.",
            "If you feel discomfort around your spine, stop and switch to a gentler stretch.",
        ],
        "kind": "stretch",
        "per_side": True,
        "focus_areas": ["hips", "lower-back"],
        "intensity": "moderate",
        "default_sets": 1,
        "default_reps": 0,
        "default_hold_seconds": 30,
        "gentler_alternative": "knees-to-chest",
    },
    {
        "slug": "ball-squeeze",
        "name": "Ball squeeze with pelvic tilt",
        "summary": (
            "Lying on your back, you press a soft ball between your knees while rolling your "
            "pelvis to flatten your lower back."
        ),
        "benefits": (
            "This is an easy, low-effort way to wake up the deep muscles of your middle and your "
            "inner thighs. Practising the tilt may help with posture and with how your pelvis and "
            "lower back line up."
        ),
        "steps": [
            "Lie on your back with knees bent, feet flat, and a soft ball or folded cushion "
            "between your knees.",
            "Breathe out and gently roll your pelvis so your lower back eases toward the floor.",
            "At the same time, squeeze the ball with your knees and hold for about five seconds.",
            "Release the squeeze and the tilt together, and rest a moment before the next one.",
        ],
        "cautions": [
            "Keep the movement small; your hips stay on the floor.",
            "Bring your belly button gently inward as you squeeze.",
            "Breathe throughout instead of holding your breath.",
            "If you feel discomfort near your spine, stop and rest rather than carrying on.",
        ],
        "kind": "reps",
        "per_side": False,
        "focus_areas": ["core", "pelvis"],
        "intensity": "gentle",
        "default_sets": 1,
        "default_reps": 10,
        "default_hold_seconds": 5,
        "gentler_alternative": None,
    },
    {
        "slug": "cat-cow",
        "name": "Cat-cow",
        "summary": (
            "On hands and knees, you slowly round and then gently arch your back so every part "
            "of it moves, top to bottom."
        ),
        "benefits": (
            "Alternating between rounding and arching moves each part of your back in turn. The "
            "rounded position lengthens the lower back, and pulling your tummy in brings the "
            "muscles of your middle into play. It is gentle enough to fit into any part of your "
            "day."
        ),
        "steps": [
            "Start on all fours with your hands under your shoulders and knees under your hips.",
            "Breathe in, let your belly lower and lift your chest and tailbone a little (cow).",
            "Breathe out, pull your belly in and round your back upward as your head drops (cat).",
            "Flow smoothly between the two positions, one slow cycle per breath.",
        ],
        "cautions": [
            "Keep the arch shallow and stay in an easy range; never force either end.",
            "Keep your tummy gently drawn in, especially as you arch.",
            "Keep your arms straight but not locked.",
            "If you feel discomfort around your spine, stop and try the gentler option instead.",
        ],
        "kind": "reps",
        "per_side": False,
        "focus_areas": ["whole-spine", "lower-back"],
        "intensity": "gentle",
        "default_sets": 1,
        "default_reps": 8,
        "default_hold_seconds": 0,
        "gentler_alternative": "knees-to-chest",
    },
    {
        "slug": "knees-to-chest",
        "name": "Knees to chest",
        "summary": (
            "Lying on your back, you draw both knees in toward your chest and rest there for a "
            "soft lower-back stretch."
        ),
        "benefits": (
            "Bringing your knees in gently stretches your lower back and the muscles of your "
            "seat. It may help your lower back feel less compressed and your hips feel more "
            "evenly balanced."
        ),
        "steps": [
            "Lie on your back on a mat with your knees bent and feet flat.",
            "Bring one knee toward your chest, then the other, holding behind your thighs or "
            "just below your knees.",
            "Pull in gently until you feel a mild stretch in your lower back and seat.",
            "Breathe slowly for the hold, then lower your feet one at a time.",
        ],
        "cautions": [
            "Keep your head and shoulders relaxed on the floor.",
            "Hold behind your thighs if holding your knees feels awkward.",
            "Let your back settle onto the floor; don't rock or bounce.",
            "If you feel discomfort near your spine, stop and rest rather than pushing through.",
        ],
        "kind": "stretch",
        "per_side": False,
        "focus_areas": ["lower-back", "hips", "glutes"],
        "intensity": "gentle",
        "default_sets": 1,
        "default_reps": 0,
        "default_hold_seconds": 20,
        "gentler_alternative": None,
    },
    {
        "slug": "chin-to-chest",
        "name": "Chin to chest",
        "summary": "A slow nod downward that gently stretches the back of your neck.",
        "benefits": (
            "Lowering your head eases the muscles at the top of your neck, which tend to tighten "
            "when you stay still for a while. It makes a handy break after hours at a screen or "
            "desk."
        ),
        "steps": [
            "Sit or stand tall with your shoulders relaxed and down.",
            "Lower your chin toward your chest in one slow, even movement.",
            "Stop where you feel a mild stretch along the back of your neck, and hold there.",
            "Lift your head back up just as slowly.",
        ],
        "cautions": [
            "Keep your back upright in its natural curve; only your head moves.",
            "Move gently, and don't bounce or pull your head down with your hands.",
            "If you feel discomfort in your neck or along your spine, stop and try another "
            "exercise.",
        ],
        "kind": "stretch",
        "per_side": False,
        "focus_areas": ["neck", "upper-back"],
        "intensity": "gentle",
        "default_sets": 1,
        "default_reps": 0,
        "default_hold_seconds": 15,
        "gentler_alternative": "shoulder-shrug",
    },
    {
        "slug": "shoulder-shrug",
        "name": "Shoulder shrug",
        "summary": (
            "You lift your shoulders up toward your ears, pause, then let them drop to loosen "
            "the base of your neck."
        ),
        "benefits": (
            "Raising and lowering your shoulders works the muscles that link your neck and upper "
            "back. It may help ease tension where your neck meets your shoulders, and you can do "
            "it right at your desk."
        ),
        "steps": [
            "Stand or sit tall with your arms hanging loosely at your sides.",
            "Raise both shoulders toward your ears.",
            "Hold for about three seconds.",
            "Lower your shoulders slowly and let them relax fully before the next one.",
        ],
        "cautions": [
            "Keep your head still and your neck long; don't push your chin forward.",
            "Stay upright with your back in its natural curve.",
            "If you feel discomfort in your neck or along your spine, stop and try another "
            "exercise.",
        ],
        "kind": "reps",
        "per_side": False,
        "focus_areas": ["neck", "upper-back"],
        "intensity": "gentle",
        "default_sets": 1,
        "default_reps": 8,
        "default_hold_seconds": 3,
        "gentler_alternative": "chin-to-chest",
    },
]

EXERCISE_FIELDS = (
    "name",
    "summary",
    "benefits",
    "kind",
    "per_side",
    "intensity",
    "default_sets",
    "default_reps",
    "default_hold_seconds",
)


def seed_library(apps, schema_editor):
    FocusArea = apps.get_model("exercises", "FocusArea")
    Exercise = apps.get_model("exercises", "Exercise")
    ExerciseStep = apps.get_model("exercises", "ExerciseStep")

    areas = {}
    for position, area in enumerate(FOCUS_AREAS, start=1):
        areas[area["slug"]], _ = FocusArea.objects.update_or_create(
            slug=area["slug"], defaults={"name": area["name"], "position": position}
        )

    exercises = {}
    for data in EXERCISES:
        defaults = {field: data[field] for field in EXERCISE_FIELDS}
        defaults["cautions"] = "\n".join(data["cautions"])
        defaults["is_active"] = True
        exercise, _ = Exercise.objects.update_or_create(slug=data["slug"], defaults=defaults)
        exercise.focus_areas.set([areas[slug] for slug in data["focus_areas"]])
        ExerciseStep.objects.filter(exercise=exercise).delete()
        ExerciseStep.objects.bulk_create(
            ExerciseStep(exercise=exercise, position=position, text=text)
            for position, text in enumerate(data["steps"], start=1)
        )
        exercises[data["slug"]] = exercise

    # Alternatives point at other seeded exercises, so link them once all exist.
    for data in EXERCISES:
        exercise = exercises[data["slug"]]
        alternative = data["gentler_alternative"]
        exercise.gentler_alternative = exercises[alternative] if alternative else None
        exercise.save(update_fields=["gentler_alternative"])


def unseed_library(apps, schema_editor):
    FocusArea = apps.get_model("exercises", "FocusArea")
    Exercise = apps.get_model("exercises", "Exercise")

    # Steps and focus-area links go with their exercises.
    Exercise.objects.filter(slug__in=[data["slug"] for data in EXERCISES]).delete()
    FocusArea.objects.filter(slug__in=[area["slug"] for area in FOCUS_AREAS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("exercises", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(seed_library, unseed_library),
    ]
