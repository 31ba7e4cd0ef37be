"""What happens to a message after its words are chosen: the platform's marks and the typist's habits.

Platform: @handles of the brand and of other accounts, shortened links, hashtags, HTML entities (tweets
arrive with `&amp;`), a bare order or tracking number. Typist: txt-speak, non-native phrasing, shouting,
stretched words, stacked punctuation, emoji, typos, lower case. None of these depends on the intent, so
none can become an intent cue: a model trained on them must learn to read past them, as on real tweets.
"""

from __future__ import annotations

import random
import re
import string

BRAND_HANDLES = ["@NorthboundCo", "@AskNorthbound", "@northbound_apparel", "@NorthboundCo", "@AskNorthbound"]
OTHER_HANDLES = ["@USPS", "@UPSHelp", "@FedExHelp", "@RoyalMail", "@DHL_Help", "@canadapostcorp", "@AusPost",
                 "@BBB_US", "@ConsumerReports", "@BBCWatchdog"]
_HANDLE_STEMS = ["jess", "mike", "the_real", "its", "mama", "dan", "kat", "sunny", "coffee", "lil", "mr", "ms",
                 "k8", "runner", "bookworm", "gamer", "nana", "dj", "captain", "pixie"]

HASHTAGS = ["#fail", "#help", "#disappointed", "#customerservice", "#notimpressed", "#annoyed", "#fedup",
            "#badservice", "#shopping", "#frustrated", "#NorthboundFail", "#customerexperience", "#ugh",
            "#firstworldproblems", "#mondays", "#why", "#seriously", "#helpme"]
HASHTAGS_BY_INTENT: dict[str, list[str]] = {
    "order_status": ["#whereismyorder", "#tracking", "#waiting"],
    "shipping_delay": ["#stillwaiting", "#wheresmyparcel", "#late", "#delivery"],
    "lost_package": ["#stolen", "#porchpirates", "#lostparcel", "#missing"],
    "damaged_item": ["#quality", "#broken", "#qualitycontrol"],
    "wrong_item": ["#wrongorder", "#mixup"],
    "complaint": ["#worstservice", "#boycott", "#neveragain"],
    "payment_dispute": ["#scam", "#doublecharged"],
    "promo_code": ["#discount", "#sale", "#blackfriday"],
    "out_of_scope": ["#love", "#fridayfeeling", "#ootd", "#random", "#lol"],
    "sizing": ["#ootd", "#fashion"],
    "product_info": ["#fashion", "#winter"],
}

EMOJI_NEUTRAL = ["🙏", "👍", "❤️", "😊", "🙂", "😅", "🤞", ":)", "<3", "🥰"]
EMOJI_SAD = ["😭", "😩", "😕", "🥲", "😢", "☹️", ":(", ":/", "😞"]
EMOJI_ANGRY = ["😡", "🤬", "😤", "🙄", "👏", "🤔", "😂", "🤡", "💀", "😒", "smh", "ugh", "lol"]

# Word-level txt-speak; each hit is applied with the message's own rate, so some words survive.
_TXT: dict[str, list[str]] = {
    "you": ["u", "u", "ya"], "your": ["ur", "ur", "yr"], "you're": ["ur", "youre"], "please": ["pls", "plz", "plse", "pl"],
    "thanks": ["thx", "thnx", "tnx", "ty"], "thank you": ["ty", "thank u", "thnku"], "what": ["wat", "wht"],
    "how": ["hw"], "not": ["nt"], "but": ["bt"], "are": ["r"], "because": ["bc", "coz", "cos", "cuz"],
    "before": ["b4"], "tomorrow": ["tmrw", "tmr"], "today": ["2day", "tday"], "people": ["ppl"],
    "message": ["msg"], "okay": ["ok", "k"], "really": ["rly", "realy"], "about": ["abt"], "with": ["w/", "wth"],
    "without": ["w/o"], "received": ["recieved", "rcvd", "recived"], "don't": ["dont", "dnt"], "can't": ["cant", "cnt"],
    "I'm": ["im", "Im", "i'm"], "it's": ["its"], "haven't": ["havent", "havnt"], "isn't": ["isnt"],
    "doesn't": ["doesnt"], "didn't": ["didnt", "dint"], "won't": ["wont"], "going to": ["gonna"],
    "want to": ["wanna"], "hours": ["hrs"], "minutes": ["mins"], "number": ["no.", "num", "#"], "and": ["&", "n", "+"],
    "as soon as possible": ["asap", "ASAP"], "information": ["info"], "to be honest": ["tbh"], "know": ["kno"],
    "delivery": ["delivry", "dlvry"], "address": ["adress", "addy"], "tracking": ["trackin", "trking"],
    "order": ["ordr", "order"], "package": ["pkg", "pakage", "parcel"], "customer service": ["cs", "cust service"],
    "why": ["y"], "the": ["da", "teh"], "for": ["4", "fr"], "to": ["2"], "see": ["c"], "be": ["b"],
    "still": ["stil"], "should": ["shud"], "would": ["wud"], "could": ["cud"], "will": ["wil"],
}
_TXT_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(k) for k in _TXT), key=len, reverse=True)) + r")\b",
                     re.IGNORECASE)

# Non-native / Indian-English office register: phrases customers add, and swaps in their own words.
NON_NATIVE_OPENERS = ["Dear team,", "Respected sir/madam,", "Dear Sir,", "Hello sir,", "Hi team pls help,",
                      "I am having one query.", "Greetings of the day.", "Good day team,"]
NON_NATIVE_CLOSERS = ["Kindly do the needful.", "Please do the needful asap.", "Kindly revert.",
                      "Waiting for your kind reply.", "Please revert at the earliest.", "Thanking you.",
                      "Pls look into this matter urgently.", "Hope for quick response."]
_NON_NATIVE_SWAPS = [(re.compile(r"\bplease\b", re.I), "kindly"), (re.compile(r"\breply\b", re.I), "revert"),
                     (re.compile(r"\bfor (\d+|a few|two|three) days\b", re.I), r"since \1 days"),
                     (re.compile(r"\byet\b", re.I), "till now"), (re.compile(r"\bthe\s", re.I), ""),
                     (re.compile(r"\ba\s(?=[a-z])"), ""), (re.compile(r"\bI have\b"), "I am having"),
                     (re.compile(r"\bI ordered\b"), "I have ordered"), (re.compile(r"\bhas not\b"), "is not")]


def handle(rng: random.Random) -> str:
    """Another account's handle: an anonymised number (@123456), a person, or another company."""
    roll = rng.random()
    if roll < 0.4:
        return f"@{rng.randint(100, 999999)}"
    if roll < 0.8:
        return f"@{rng.choice(_HANDLE_STEMS)}{rng.choice(['', '_', ''])}{rng.randint(1, 99) if rng.random() < .6 else ''}"
    return rng.choice(OTHER_HANDLES)


def short_link(rng: random.Random) -> str:
    tail = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(10))
    return rng.choice(["https://t.co/", "https://t.co/", "http://t.co/", "pic.twitter.com/"]) + tail


def html_entities(text: str) -> str:
    """How tweet text is published by the API: &, <, > escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def platform(rng: random.Random, text: str, intent: str, *, heavy: bool) -> str:
    """Tweet-style marks around a message: handles in front (and sometimes at the end), links, hashtags."""
    front: list[str] = []
    if rng.random() < (0.85 if heavy else 0.35):
        front.append(rng.choice(BRAND_HANDLES))
    while rng.random() < (0.3 if heavy else 0.1) and len(front) < 4:
        front.insert(rng.randrange(len(front) + 1), handle(rng))
    if front and rng.random() < 0.1:
        front[0] = "." + front[0]
    back: list[str] = []
    if rng.random() < 0.1:
        back.append(rng.choice(BRAND_HANDLES))
    if rng.random() < (0.35 if heavy else 0.1):
        tags = HASHTAGS_BY_INTENT.get(intent, []) + HASHTAGS
        back.extend(rng.sample(tags, k=rng.choice([1, 1, 1, 2, 3])))
    if rng.random() < (0.3 if heavy else 0.08):
        back.append(short_link(rng))
    text = " ".join(front + [text] + back)
    if heavy and rng.random() < 0.7:
        text = html_entities(text)
    return text


def txt_speak(rng: random.Random, text: str, rate: float) -> str:
    """Shorten common words (you->u, please->pls...) each with probability `rate`."""
    def sub(match: re.Match) -> str:
        word = match.group(0)
        if rng.random() >= rate:
            return word
        return rng.choice(_TXT[word.lower()] if word.lower() in _TXT else _TXT.get(word, [word]))
    return _TXT_RE.sub(sub, text)


def non_native(rng: random.Random, text: str) -> str:
    """Office English of many non-native writers: kindly, revert, 'since 3 days', dropped articles."""
    for pattern, repl in _NON_NATIVE_SWAPS:
        if rng.random() < 0.6:
            text = pattern.sub(repl, text)
    if rng.random() < 0.5:
        text = rng.choice(NON_NATIVE_OPENERS) + " " + text
    if rng.random() < 0.75:
        text = text.rstrip() + " " + rng.choice(NON_NATIVE_CLOSERS)
    return text


def stretch(rng: random.Random, text: str) -> str:
    """One or two words with stretched letters: 'pleaseee', 'sooo', 'whyyy'."""
    words = text.split(" ")
    picks = [i for i, w in enumerate(words) if w.isalpha() and 2 <= len(w) <= 7 and w[-1].lower() in "aeiouyhslwp"]
    for i in rng.sample(picks, k=min(len(picks), rng.choice([1, 1, 2]))):
        words[i] = words[i] + words[i][-1] * rng.randint(2, 5)
    return " ".join(words)


def shout(rng: random.Random, text: str) -> str:
    """All caps, or a few words in caps for emphasis."""
    if rng.random() < 0.5:
        return text.upper()
    words = text.split(" ")
    for i in rng.sample(range(len(words)), k=min(len(words), rng.randint(1, 3))):
        words[i] = words[i].upper()
    return " ".join(words)


def stack_punctuation(rng: random.Random, text: str) -> str:
    text = re.sub(r"\?", lambda _: rng.choice(["??", "???", "?!", "?!?!", "?"]), text, count=2)
    return re.sub(r"!", lambda _: rng.choice(["!!", "!!!", "!"]), text, count=2)


def emoji(rng: random.Random, *, angry: bool, sad: bool = False) -> str:
    pool = EMOJI_ANGRY if angry else EMOJI_SAD if sad else EMOJI_NEUTRAL
    first = rng.choice(pool)
    return first * rng.choice([1, 1, 1, 2, 3]) if len(first) <= 2 else first


def typo(rng: random.Random, text: str) -> str:
    """Swap, drop or double a letter in one to three longer words."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    for i in rng.sample(candidates, k=min(len(candidates), rng.choice([1, 1, 2, 3]))):
        w = words[i]
        j = rng.randrange(1, len(w) - 1)
        kind = rng.randrange(3)
        if kind == 0:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif kind == 1:
            w = w[:j] + w[j + 1:]
        else:
            w = w[:j] + w[j] + w[j:]
        words[i] = w
    return " ".join(words)


def typist(rng: random.Random, text: str, *, angry: bool, channel: str, english: bool = True) -> str:
    """The writer's habits, drawn per message; social and chat are the sloppiest, email the tidiest."""
    casual = {"social": 1.0, "chat": 0.8, "contact_form": 0.45, "email": 0.35}[channel]
    if english and rng.random() < 0.2 * casual + 0.05:
        text = txt_speak(rng, text, rate=rng.choice([0.25, 0.5, 0.8]))
    if english and rng.random() < 0.06:
        text = non_native(rng, text)
    if rng.random() < 0.15:
        text = typo(rng, text)
    if rng.random() < 0.1 * casual + (0.08 if angry else 0):
        text = stretch(rng, text)
    if rng.random() < (0.35 if angry else 0.1) * casual:
        text = stack_punctuation(rng, text)
    roll = rng.random()
    if roll < 0.28 * casual + 0.04:
        text = text.lower()
    elif angry and roll < 0.28 * casual + 0.04 + 0.15:
        text = shout(rng, text)
    if rng.random() < 0.22 * casual + (0.15 if angry else 0):
        text = text.rstrip() + " " + emoji(rng, angry=angry, sad=rng.random() < 0.3)
    if rng.random() < 0.15 * casual:
        text = text.rstrip(".!")
    return text
