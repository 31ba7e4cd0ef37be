"""Registers of customer writing that do not depend on what is asked: chat openers, backstories, histories
of earlier contacts, sarcasm, identity lines, sign-offs per channel.

Kept apart from the per-intent pools (phrasing.py) so that every intent gets the same frames: a polite
"Hi there! I hope you're having a great day." or a rambling history must never hint at one intent.
Slots as in phrasing.py, plus {email} {zip} {agent}.
"""

from __future__ import annotations

# How simulated and real chat users open (tau-bench style: polite, hesitant, or straight in).
CHAT_OPENERS = [
    "Hi there! I hope you're having a great day.", "Um, hi. I, uh, need some help.", "Hello! Hope you're doing well.",
    "Hi, I was hoping you could help me out.", "Hey! So,", "Hi, good morning.", "Hello, I have a bit of a situation.",
    "Hi! Quick question.", "Hey there, hope all is well on your end.", "Oh hi, um,", "Hello. Sorry to bother you.",
    "hiii", "Hi, this is {first}.", "Hey, hope your day's going ok.", "Hi! Thanks for getting back to me so fast.",
    "Hello there.", "Good evening!", "hi there", "Hey, quick one", "Hello, I hope you can help.", "Hi, hello.",
    "Yes hi,", "Hi, I've got a question if that's ok.", "Howdy!", "Hi! Ok so", "Hey, I'm kind of in a rush.",
    "Hi, I'm not very good with computers so bear with me.", "Hi there, thank you for taking my chat.",
]
# Chat users often say who they are before being asked.
IDENTITY_LINES = [
    "My name is {first} {last} and my zip code is {zip}.", "my email is {email}", "I'm {first} {last}, email {email}.",
    "The order is under {email}.", "It's under the name {first} {last}.", "Name: {first} {last}, zip {zip}",
    "you can find me with {email}", "My email address is {email} if that helps.",
]
CHAT_CLOSERS = ["Thanks!", "Can you help?", "Thank you so much!", "Let me know what you need from me.", "thx",
                "I'd really appreciate it.", "Thanks in advance!", "What can you do?", "", "", "", "", "", ""]

# Neutral backstory: long, human, and not about any intent in particular.
BACKSTORIES = [
    "So I'm going on a trip next week and I specifically ordered early to avoid this kind of thing.",
    "I've been a customer for a couple of years and never had an issue until now.",
    "I bought a few things during the sale last month, some for me and some as presents.",
    "My partner usually does the ordering for us but this time I did it myself, so bear with me.",
    "I work night shifts so I'm not always around during the day.", "This was meant to be a surprise for my mum.",
    "I live in a flat with a shared entrance, if that matters.", "I'm writing on behalf of my elderly father.",
    "Long story short, I moved house recently and everything is a bit chaotic.",
    "I was really excited about this order, I saved up for it.", "I'm not great with websites so I might be missing something.",
    "My daughter has a school trip on Monday and this was for her.", "I ordered from my phone while on the train.",
]
# What long writers add around the point: harmless on any intent.
FILLERS = [
    "I don't normally write in about this kind of thing.", "I checked the website and the FAQ but couldn't find an answer.",
    "I also tried the chat in the app but it just kept looping.", "Sorry for the long message.",
    "I'll try to explain everything so you have the full picture.", "Not sure if this is the right place to ask.",
    "I tried calling but the line was busy.", "Please read the whole message before replying.",
    "I've attached a screenshot, hopefully it comes through.", "Just to give you some background.",
]
# Earlier failed contacts: only with an angry customer (the labelling guide reads this as frustration).
HISTORIES = [
    "I wrote to you on {date2} and got an automatic reply, nothing since.",
    "I called, waited on hold for 40 minutes and then got cut off.",
    "Your chat bot keeps sending me round in circles.",
    "I've sent three emails and got the same copy-paste answer every time.",
    "The last person I spoke to promised a callback that never happened.", "This is my 3rd message about this.",
    "First I was told to wait, then I was told to contact the carrier, and the carrier told me to contact you.",
    "I spoke to {agent} last week who said it was sorted. It is not sorted.",
    "I've been going back and forth about this for two weeks now.",
]
SARCASM = [
    "Great job guys 👏", "Top notch service, truly.", "Love waiting all day for nothing.", "Thanks for nothing.",
    "10/10 service as always.", "Wow, amazing customer service.", "So glad I chose you guys 🙄", "Fantastic. Just fantastic.",
    "Well done team 👏👏", "Brilliant, just brilliant.", "Another day, another excuse.", "Cheers for that, really helpful.",
    "Loving the radio silence.", "Top notch as usual.", "What a shock.", "Nice one Northbound.",
]
# Words of someone who is not angry but tired of it; harmless on any intent.
MILD = ["Bit disappointed tbh.", "Not ideal.", "Hoping you can sort this.", "Slightly confused here.",
        "Not a big deal, just curious.", "Would appreciate a quick answer.", "No rush!", "Sorry if this is a silly question."]
# Statuses customers quote from the app or the carrier page.
APP_STATUSES = ["Label created", "Out for delivery", "In transit", "Awaiting collection", "Delivery attempted",
                "Awaiting carrier pickup", "Arrived at facility", "Exception", "Shipment information received",
                "Processing", "Held at customs", "On its way", "Delivery rescheduled", "Available for pickup"]
