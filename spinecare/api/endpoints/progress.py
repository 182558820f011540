"""Progress, as the dashboard shows it."""

from datetime import date

from ninja import Router

from tracking.progress import Progress

from ..schemas import ProgressOut

router = Router(tags=["progress"])


def _streak(streak) -> dict:
    return {"length": streak.length, "start": streak.start, "end": streak.end}


@router.get("/progress", url_name="progress", response=ProgressOut)
def progress(request):
    """Current and longest streak, this week against the goal, consistency, and the last 30
    days of discomfort (each day's level, if checked in, and its 7-day average)."""
    progress = Progress.for_user(request.user)
    series = progress.discomfort_series("30")
    days = zip(series["labels"], series["levels"], series["rolling"], series["active"], strict=True)
    return {
        "current_streak": _streak(progress.current_streak),
        "longest_streak": _streak(progress.longest_streak),
        "this_week": {
            "done": progress.week.done,
            "target": progress.week.target,
            "goal": progress.week.goal,
            "rest_days": progress.week.protected,
        },
        "consistency_percent": progress.consistency_percent,
        "discomfort_last_30_days": [
            {"date": date.fromisoformat(d), "level": lv, "rolling_average": r, "active": bool(a)}
            for d, lv, r, a in days
        ],
    }
