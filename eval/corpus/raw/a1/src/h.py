def P(text, tg, req, theme, also=()):
    return {"text": text, "target_groups": list(tg), "required": req, "theme": theme, "also": list(also)}
def C(text, voice="kommun"):
    return {"text": text, "voice": voice}
def E(date, place=None, count=None, qual=None):
    return {"date": date, "place": place, "participants": None if count is None else {"count": count, "qualifier": qual}}
def TG(req, opt=()):
    return {"required": list(req), "optional": list(opt)}
def PII(persons=(), emails=(), phones=()):
    return {"persons": list(persons), "emails": list(emails), "phones": list(phones)}
