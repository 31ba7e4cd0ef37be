"""What the customer reads, and what the person picking up the case reads, when a message is a safety case.

The reply is short and human on purpose: no order data, no links, no case number, nothing about
tracking. It acknowledges, says a person from the team will reach out right away and, when someone may
be in danger, points to local emergency services in words (numbers differ by country; a wrong one is
worse than none). Written per language because a person in crisis should not have to read English.
"""

from __future__ import annotations

from graph.reasoning.safety import HARASSMENT, MEDICAL, SELF_HARM, VIOLENCE, SafetyFinding

LANGUAGES = ("en", "es", "fr", "de", "pt", "it")

_OPENING = {
    "en": {
        "default": "I'm really sorry you're going through this, and thank you for telling us.",
        VIOLENCE: "I can hear how upset you are, and I'm taking this seriously.",
        HARASSMENT: "I'm so sorry this happened to you. Nobody should have to deal with that, and we take it seriously.",
    },
    "es": {
        "default": "Siento mucho que estés pasando por esto, y gracias por contárnoslo.",
        VIOLENCE: "Entiendo que estás muy alterado/a, y me lo tomo en serio.",
        HARASSMENT: "Siento muchísimo que te haya pasado esto. Nadie debería vivir algo así, y nos lo tomamos muy en serio.",
    },
    "fr": {
        "default": "Je suis vraiment désolé(e) que vous traversiez cela, et merci de nous l'avoir dit.",
        VIOLENCE: "Je comprends que vous êtes très en colère, et je prends cela au sérieux.",
        HARASSMENT: "Je suis vraiment désolé(e) que cela vous soit arrivé. Personne ne devrait subir cela, et nous le prenons très au sérieux.",
    },
    "de": {
        "default": "Es tut mir wirklich leid, dass Sie das gerade durchmachen, und danke, dass Sie es uns sagen.",
        VIOLENCE: "Ich merke, wie aufgebracht Sie sind, und ich nehme das ernst.",
        HARASSMENT: "Es tut mir sehr leid, dass Ihnen das passiert ist. Das sollte niemand erleben müssen, und wir nehmen es sehr ernst.",
    },
    "pt": {
        "default": "Sinto muito que você esteja passando por isso, e obrigado por nos contar.",
        VIOLENCE: "Percebo que está muito chateado(a), e levo isso a sério.",
        HARASSMENT: "Lamento muito que isso tenha acontecido. Ninguém deveria passar por isso, e levamos o caso muito a sério.",
    },
    "it": {
        "default": "Mi dispiace davvero che tu stia attraversando questo, e grazie per avercelo detto.",
        VIOLENCE: "Capisco quanto sei arrabbiato/a, e lo prendo sul serio.",
        HARASSMENT: "Mi dispiace moltissimo che ti sia successo. Nessuno dovrebbe subire una cosa simile, e la prendiamo molto sul serio.",
    },
}

_EMERGENCY = {
    "en": {
        SELF_HARM: "Your safety matters more than anything else here. If you might act on these thoughts or are in "
        "danger right now, please call your local emergency services or a crisis line near you now. You don't "
        "have to go through this alone.",
        VIOLENCE: "If anyone is in danger right now, please call your local emergency services.",
        MEDICAL: "If anyone is hurt or unwell, please stop using the product and call your local emergency "
        "services or a doctor now.",
        "unsafe": "If you feel unsafe right now, please contact your local emergency services.",
    },
    "es": {
        SELF_HARM: "Tu seguridad es lo más importante. Si sientes que podrías hacerte daño o estás en peligro ahora mismo, "
        "llama ya a los servicios de emergencia de tu zona o a una línea de ayuda en crisis. No tienes que "
        "pasar por esto solo/a.",
        VIOLENCE: "Si alguien está en peligro ahora mismo, llama a los servicios de emergencia de tu zona.",
        MEDICAL: "Si alguien está herido o se encuentra mal, deja de usar el producto y llama ya a los servicios "
        "de emergencia de tu zona o a un médico.",
        "unsafe": "Si no te sientes seguro/a ahora mismo, contacta con los servicios de emergencia de tu zona.",
    },
    "fr": {
        SELF_HARM: "Votre sécurité compte plus que tout. Si vous risquez de passer à l'acte ou si vous êtes en "
        "danger en ce moment, appelez tout de suite les services d'urgence ou une ligne d'écoute près de chez "
        "vous. Vous n'êtes pas seul(e).",
        VIOLENCE: "Si quelqu'un est en danger en ce moment, appelez les services d'urgence locaux.",
        MEDICAL: "Si quelqu'un est blessé ou ne se sent pas bien, arrêtez d'utiliser le produit et appelez "
        "tout de suite les services d'urgence locaux ou un médecin.",
        "unsafe": "Si vous ne vous sentez pas en sécurité en ce moment, contactez les services d'urgence locaux.",
    },
    "de": {
        SELF_HARM: "Ihre Sicherheit ist jetzt das Wichtigste. Wenn Sie sich etwas antun könnten oder gerade in "
        "Gefahr sind, rufen Sie bitte sofort den örtlichen Notruf oder eine Krisen-Hotline in Ihrer Nähe an. "
        "Sie müssen da nicht allein durch.",
        VIOLENCE: "Wenn gerade jemand in Gefahr ist, rufen Sie bitte den örtlichen Notruf.",
        MEDICAL: "Wenn jemand verletzt ist oder sich unwohl fühlt, benutzen Sie das Produkt bitte nicht weiter "
        "und rufen Sie sofort den örtlichen Notruf oder einen Arzt.",
        "unsafe": "Wenn Sie sich gerade nicht sicher fühlen, wenden Sie sich bitte an den örtlichen Notruf.",
    },
    "pt": {
        SELF_HARM: "Sua segurança é o mais importante. Se puder agir com base nesses pensamentos ou estiver em "
        "perigo agora, ligue já para os serviços de emergência locais ou para uma linha de apoio em crise. Não "
        "precisa passar por isso sozinho(a).",
        VIOLENCE: "Se alguém estiver em perigo agora, ligue para os serviços de emergência locais.",
        MEDICAL: "Se alguém estiver ferido ou passando mal, pare de usar o produto e ligue já para os serviços "
        "de emergência locais ou para um médico.",
        "unsafe": "Se não se sentir em segurança agora, entre em contato com os serviços de emergência locais.",
    },
    "it": {
        SELF_HARM: "La tua sicurezza viene prima di tutto. Se potresti farti del male o sei in pericolo adesso, "
        "chiama subito i servizi di emergenza della tua zona o una linea di aiuto per le crisi. Non devi "
        "affrontare tutto questo da solo/a.",
        VIOLENCE: "Se qualcuno è in pericolo in questo momento, chiama i servizi di emergenza della tua zona.",
        MEDICAL: "Se qualcuno è ferito o sta male, smetti di usare il prodotto e chiama subito i servizi di "
        "emergenza della tua zona o un medico.",
        "unsafe": "Se in questo momento non ti senti al sicuro, contatta i servizi di emergenza della tua zona.",
    },
}

_PERSON = {
    "en": "I've passed this to a person on our team, who will reach out to you right away.",
    "es": "He pasado tu mensaje a una persona de nuestro equipo, que se pondrá en contacto contigo enseguida.",
    "fr": "J'ai transmis votre message à une personne de notre équipe, qui va vous contacter tout de suite.",
    "de": "Ich habe Ihre Nachricht an eine Person aus unserem Team weitergegeben, die sich sofort bei Ihnen meldet.",
    "pt": "Passei sua mensagem para uma pessoa da nossa equipe, que vai entrar em contato com você imediatamente.",
    "it": "Ho passato il tuo messaggio a una persona del nostro team, che ti contatterà subito.",
}


def safety_reply(findings: list[SafetyFinding], language: str) -> str:
    """Acknowledge, point to emergency services when someone may be in danger, promise a person now."""
    lang = language if language in LANGUAGES else "en"
    primary = findings[0] if findings else None
    category = primary.category if primary else "default"
    openings = _OPENING[lang]
    parts = [openings.get(category, openings["default"])]
    if primary and category in _EMERGENCY[lang]:
        parts.append(_EMERGENCY[lang][category])
    elif primary and (primary.danger or category == HARASSMENT):
        parts.append(_EMERGENCY[lang]["unsafe"])
    parts.append(_PERSON[lang])
    return " ".join(parts)


def handoff_note(findings: list[SafetyFinding]) -> str:
    """The first line of the handoff summary: what was detected, in the customer's own words."""
    detected = "; ".join(f"{f.category.replace('_', ' ')} (“{f.cue}”)" for f in findings) or "unspecified"
    return f"SAFETY: {detected}. Contact the customer personally right away; no templated reply."
