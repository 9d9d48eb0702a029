# title: Dad's not going anywhere
# summary: Home care. Mr Evans, 79, lives with early vascular dementia and wants to keep walking to the corner shop. His daughter asks you to lock him in and not tell him, his son wants to know what she said, and a colleague says just do as she asks.
# minutes: 15
# outcomes: 1.4a 1.4b 1.4c 1.4d
# location: kitchen
# cast: evans carys rhys kath nadia
# content-note: Dementia, a family disagreement, and in some choices a man locked in his own home.

// Four facts about the world decide the ending. Everything else rejoins.
VAR locked = false
VAR told = false
VAR kath_reported = false
VAR review = false

-> morning

=== morning ===
Tuesday, ten to nine. You are in your third week with Linden Home Care. # location: kitchen # ambience: home
Mr Evans sits at the kitchen table, writing on the back of an envelope. # enter: evans # mood: evans neutral
His care plan says he is 79 and lives alone with early vascular dementia. Carers visit every morning and every tea-time.
It also says he walks to Anand's, the corner shop, most mornings for his paper and a chat.
"Bread. Milk. The paper. And... something else. It'll come to me." # speaker: evans # mood: neutral

+ [Sit down with him and ask what's on the list # rating: best # score: 1.4b +1 # score: 1.4c +1 # trust: evans +1 # feedback: Sitting with him and taking an interest in his plans shows Mr Evans that his morning is his own. It starts the visit as a partnership, not a list of jobs.]
    You pull out the other chair. "Morning, Mr Evans. What's on the list today?" # speaker: you
    "Teabags! That was it." He taps the pencil on the table. "And it's Glyn. Mr Evans was my father." # speaker: evans # mood: pleased
+ [Ask him whether his daughter knows he's planning to go out on his own # rating: poor # score: 1.4b -1 # score: 1.4c -1 # trust: evans -1 # feedback: This makes it sound as if he needs his daughter's permission to buy a paper. He is an adult who runs his own life, so ask about his plans, not about who has agreed to them.]
    "Does your daughter know you're going to the shop?" # speaker: you
    He puts the pencil down. "Our Carys? I'm seventy-nine, bach, not nine." # speaker: evans # mood: angry
+ [Make a start on his breakfast and tablets, and chat while you work # rating: ok # score: 1.4c +0 # score: 1.4b +0 # feedback: The jobs need doing, but diving straight in puts the tasks before the man. A minute sitting with him first shows him that his plans matter to you.]
    You fill the kettle and find his tablets. "Busy day?" # speaker: you # sfx: kettle
    "Shop, paper, crossword. Same as ever." He keeps writing. # speaker: evans # mood: neutral
- The front door opens and closes. # sfx: door
A woman in a navy jumper comes in, a hospital lanyard round her neck and car keys in her hand. # enter: carys # mood: carys worried
"Morning, Dad. You all right?" She kisses the top of his head. # speaker: carys # mood: worried
"Never better, Carys love." # speaker: evans # mood: neutral
"Can I borrow your carer for a minute?" She nods towards the hall. # speaker: carys
-> hallway_talk

=== hallway_talk ===
You follow her into the hall. She pulls the kitchen door almost shut. # location: hallway # enter: carys # mood: carys worried
"He got lost last month," she says quietly. "Mrs Price from number twelve found him by the ring road. In his slippers. He'd gone out for the paper." # speaker: carys # mood: worried
"I'm a nurse on an orthopaedic ward. I see what one fall does to a man his age. Every shift." # speaker: carys # mood: upset

+ [Tell her she's right, and that he shouldn't be going out on his own any more # rating: poor # score: 1.4c -2 # score: 1.4b -1 # trust: carys +1 # feedback: Agreeing with the most upset person feels kind, but it takes a side and decides about Mr Evans without him. Listen fully to Carys's fears, without agreeing or arguing, and keep his own view at the centre.]
    "You're right. It doesn't sound safe for him to go out alone." # speaker: you
    Carys breathes out. "Thank God. Someone finally sees it." # speaker: carys # mood: relieved
    You can see in her face that she has taken it as a promise.
+ [Ask her what happened, and what worries her most # rating: best # score: 1.4c +2 # score: 1.4b +1 # trust: carys +1 # feedback: Asking and listening, without arguing or taking sides, lets Carys feel heard. She knows her dad well, and hearing her fully means you can give your manager an accurate picture.]
    "That sounds frightening. What happened that day? And what worries you most now?" # speaker: you
    Carys leans against the wall. "It was foggy. He took a wrong turn and couldn't find the way back. He was so embarrassed." # speaker: carys # mood: sad
    "Mum died three years ago. I ring him every night. My brother's in Bristol and thinks I'm fussing. I'm the one who gets the phone call." # speaker: carys # mood: upset
+ [Tell her he seemed fine this morning, so there's nothing to worry about # rating: poor # score: 1.4c -1 # score: 1.4b -1 # trust: carys -1 # feedback: Brushing off her fear tells Carys that what she knows about her dad doesn't count, and it makes her push harder. You can listen to a relative's worries without agreeing to what they ask for.]
    "He seems fine this morning. Honestly, I wouldn't worry." # speaker: you
    "You've known him three weeks." Her voice hardens. "I've known him fifty-one years." # speaker: carys # mood: angry

- She takes a brown envelope out of her handbag. # mood: carys neutral
"I'm his next of kin. And I've got power of attorney. It's all in here." # speaker: carys # mood: neutral # note: Ask the room: what is the difference between being next of kin and holding a lasting power of attorney? Whose job is it to check what this paper covers?
"So when you go, lock the front door from outside and put his key in the key safe. He doesn't know the code." She drops her voice. "And don't tell Dad. He'll only get upset." # speaker: carys # mood: worried

+ [Ask to see the power of attorney, and say you'll lock up if it all looks in order # rating: poor # score: 1.4b -2 # score: 1.4d -1 # trust: carys +1 # feedback: Being next of kin gives no power to decide for him, and you can't tell from a quick read which kind of power of attorney this is or whether it applies. A health and welfare one only counts if he can't make this decision himself. Checking it is your manager's job, so pass it on instead of acting on it.]
    Carys hands it over. Six pages of legal wording, her dad's signature, her name, a stamp. # mood: carys neutral
    You can't tell what it covers, or whether it counts today. But you nod, and hand it back.
    "Thank you." Carys squeezes your arm. "You don't know what a relief that is." # speaker: carys # mood: relieved
+ [Say you'll see what you can do, and change the subject # rating: poor # score: 1.4b -1 # score: 1.4d -1 # score: 1.4c -1 # feedback: A vague answer lets Carys believe you've agreed, and leaves the real question for someone else to find. Say kindly and honestly what you can and can't do, and that you'll take her worries to your manager.]
    "I'll see what I can do. Shall I make you a cup of tea?" # speaker: you
    "No time. But thanks. I knew you'd understand." # speaker: carys # mood: relieved
+ [Say gently that you can't do either, and your manager will check the paperwork # rating: best # score: 1.4b +2 # score: 1.4d +2 # feedback: Kind and honest: you can't lock in a man nobody has found unable to decide, or keep things from him on a relative's word. Checking the power of attorney is your manager's job, and sending Carys there shows her that her fears will be taken seriously.]
    "I can hear how scared you are for him. But I can't lock your dad in, and I can't keep this from him." # speaker: you
    "My manager, Nadia, will need to go through that paperwork with you. And she can look at all this with you, your dad and your brother." # speaker: you
    Carys presses her lips together. "So I just wait for the call from the hospital?" # speaker: carys # mood: upset
    She looks at the kitchen door for a long moment. "Fine. I'll ring your office. Today." # speaker: carys # mood: worried

- Carys checks her watch. "I'm on a late. Bye, Dad!" # speaker: carys
The front door closes behind her. # sfx: door # exit: carys
-> kitchen_talk

=== kitchen_talk ===
Back in the kitchen, Mr Evans has stopped writing. # location: kitchen # enter: evans # mood: evans worried
"That was about me, wasn't it? I heard 'lock'. I'm old, not deaf." # speaker: evans # mood: worried

+ [Tell him Carys is worried, and ask what the walk to the shop means to him # rating: best # score: 1.4b +2 # score: 1.4c +1 # trust: evans +1 # feedback: Honest, simple and about him: you asked Mr Evans himself what he wants, which is where every decision about his life should start. What he told you is exactly what your manager needs to hear.]
    "Carys is worried about you going out on your own. But it's your life. What does the walk to Anand's mean to you?" # speaker: you
    He thinks about it. "Thirty-one years a postman. I know every kerb round here." # speaker: evans # mood: neutral
    "I get my paper, Mr Anand asks after my knees, I walk home. Some days that's the only chat I have that isn't with you lot." # speaker: evans # mood: sad
    "I went wrong in the fog once. Once. If carrying my phone stops her fretting, I'll carry the blessed phone." # speaker: evans # mood: neutral
+ [Explain the risks to him: the busy ring road, a fall, getting lost again, and that Carys is right to worry # rating: poor # score: 1.4c -2 # score: 1.4b -1 # trust: evans -2 # feedback: A list of dangers sounds like a telling-off, and siding with Carys leaves him feeling ganged up on. Ask him simply what he wants, and leave the talk about risk to a proper review that he is part of.]
    "The ring road's very busy. If you fell, or got lost again... Carys is right to worry, you know." # speaker: you
    His face closes. "I've crossed that road since before you were born." # speaker: evans # mood: angry
    He folds the envelope into his shirt pocket and stares out of the window.
+ [Tell him it was nothing for him to worry about # rating: poor # score: 1.4b -1 # score: 1.4c -1 # trust: evans -1 # feedback: Keeping it from him on a relative's say-so treats Mr Evans as if he can't cope with news about his own life. Be honest in simple words, then ask him what he wants.]
    "Oh, it was nothing. Nothing for you to worry about." # speaker: you
    He looks at you for a long moment. "Nothing. Right." # speaker: evans # mood: sad

- "I'm off to Anand's when you've gone, same as always." He looks straight at you. "Promise me nobody's going to lock me in my own house." # speaker: evans # mood: worried # note: Is walking to the shop on his own an unwise choice? Does an unwise choice, on its own, mean someone can't decide for themselves?
The clock says half past nine. Your next visit is across town. # sfx: clock-chime
His door key hangs on its hook in the hall. The key safe is on the wall outside.

+ [Leave quietly while he looks for his coat, so there's no fuss about the door either way # rating: ok # score: 1.4b +0 # score: 1.4a +0 # score: 1.4c -1 # feedback: You didn't lock him in, which is right, but slipping away dodges his question and leaves him unsure what was agreed. An honest answer and a check that he has his phone would be kinder and safer.]
    You ease the front door shut behind you. # location: hallway # sfx: door
    "Hello? Have you gone?" # speaker: evans # offstage # mood: confused
+ [Tell him you won't lock him in, check he has his phone, and leave the door as usual # rating: best # score: 1.4b +1 # score: 1.4a +1 # score: 1.4c +1 # trust: evans +1 # feedback: Following the care plan, not one relative's request, keeps Mr Evans free in his own home, and you answered him honestly. Carys's worries are real, and the right place for them is your manager, not the lock.]
    "I won't lock you in. I'll ask my manager to get you, Carys and Rhys round the table, so you can say what you want. Got your phone?" # speaker: you
    He pats his pockets. "Phone, wallet, key. Postman's check." A small smile. "Both of them in one room? God help us." # speaker: evans # mood: relieved
    You close the front door behind you, just as he likes it. # location: hallway # sfx: door
+ [Double-lock the door from outside and put the key in the key safe, as Carys asked # critical # rating: poor # score: 1.4b -2 # score: 1.4a -1 # trust: evans -2 # feedback: This locks in a man nobody has found unable to decide, on a relative's word alone. It unlawfully takes away his freedom, and it could trap him in a fire or after a fall. Leave the door as the care plan says and take Carys's request to your manager.]
    ~ locked = true
    "See you tomorrow, Glyn." You go out into the hall. # speaker: you
    You turn the key twice and drop it into the key safe. # location: hallway # sfx: door
    A minute later, the handle rattles.
    "Hello? Who's locked this? Hello!" # speaker: evans # offstage # mood: upset
    You walk to the car with his voice in your ears. # pause
- -> office

=== office ===
Twenty to one. You're back at the Linden office to write up your morning. # location: agency-office # ambience: office
The desks are empty. Everyone else is out on visits.
The office phone rings. # sfx: phone-ring
"Linden Home Care, hello?" # speaker: you
"Hi. It's Rhys Evans. Glyn Evans's son." # speaker: rhys # offstage # mood: worried
"My sister's just texted me: sorted Dad out with the carer. What did she say to you? Is she trying to put him in a home?" # speaker: rhys # offstage # mood: angry # note: What can you say to Rhys, and what can't you? Why does that matter, even though he is family?

+ [Listen, say you can't pass on what others tell you, and offer a call from your manager # rating: best # score: 1.4b +2 # score: 1.4c +1 # trust: rhys +1 # feedback: Listening is never a breach, and Rhys's view matters as much as his sister's. Not passing on what Carys said keeps you neutral and keeps her trust, and your manager is the right person to involve him properly.]
    "It sounds like you're worried too. I can't pass on what anyone else has said to me. But I can ask my manager, Nadia, to ring you today." # speaker: you
    A long sigh. "I ring Dad every Sunday. He sounds fine to me. Carys thinks I don't care because I'm two hours away." # speaker: rhys # offstage # mood: sad
+ [Tell him what Carys asked you to do this morning: he's family, and he has a right to know # critical # rating: poor # score: 1.4b -2 # score: 1.4c -1 # trust: carys -2 # feedback: Being family doesn't give Rhys a right to what his sister told you, or to details of his dad's care: passing them on without anyone agreeing is a disclosure with no basis. It also pulls you into the family row. Listen, don't pass on what others said, and offer a call from your manager.]
    ~ told = true
    "She asked me to lock the door when I leave, and not to tell your dad." # speaker: you
    Silence. Then: "She wants to lock him in? Right. I'll be ringing her after this." # speaker: rhys # offstage # mood: angry
+ [Tell him it's confidential and you can't talk to him # rating: poor # score: 1.4b -1 # score: 1.4c -1 # trust: rhys -1 # feedback: Confidentiality doesn't mean refusing to listen. Hear his worries, explain what you can't share, and offer him a call from your manager, who can involve him properly.]
    "Sorry, it's all confidential. I can't talk to you." # speaker: you
    "Brilliant. Nobody ever tells me anything." # speaker: rhys # offstage # mood: angry
- "Look. You've met Dad. You agree he should be allowed out, don't you? Carys treats him like a child." # speaker: rhys # offstage # mood: worried

+ [Say you'd rather not get involved, and end the call # rating: poor # score: 1.4c -1 # score: 1.4b -1 # trust: rhys -1 # feedback: Ending the call leaves Rhys feeling shut out, and he may push harder elsewhere. You can stay neutral and still listen, then point him to your manager.]
    "I'd rather not get involved, sorry. I have to go." # speaker: you
    "Course you do." He hangs up. # speaker: rhys # offstage # mood: angry
+ [Agree with him: his dad should be allowed out, and Carys is going over the top # rating: poor # score: 1.4c -2 # score: 1.4b -1 # trust: rhys +1 # trust: carys -1 # feedback: You may well think Mr Evans should keep going out, but taking one child's side in a family row makes things worse and can be quoted back. Stay even-handed, say both their views matter, and point him to your manager.]
    "Between us, I think he should be allowed out. Carys is going a bit over the top." # speaker: you
    "I knew it. Wait till I tell her even the carer agrees with me." He hangs up. # speaker: rhys # offstage # mood: pleased
+ [Say you can't take sides, but his view matters and Nadia will hear it # rating: best # score: 1.4c +2 # score: 1.4b +1 # trust: rhys +1 # feedback: Even-handed and respectful: you didn't take sides, and you showed Rhys that what he thinks counts. Pointing him to your manager puts his view where it can make a difference.]
    "It's not my place to take sides. But what you think matters, and so does what your dad wants. Nadia can make sure you're part of this." # speaker: you
    "OK. Get her to ring me." He gives you his number. # speaker: rhys # offstage # mood: neutral
- -> write_note

=== write_note ===
You open Mr Evans's daily record on the computer. The cursor blinks in the box for this morning's visit. # note: What makes a note factual? What would the tea-time carer, or the manager, need to read here?
{ locked: There is the door, too. You haven't told anyone about the door. }

+ [Visit done, all well, no concerns. # rating: poor # record: visit-note # score: 1.4a -2 # score: 1.4c -1 # feedback: Leaving out the awkward part means the next carer and your manager don't know what happened this morning. Write down, plainly, who asked for what, what you did, and what Mr Evans himself wants.]
+ {not locked} [Family argument this morning about him going out, daughter being difficult. # rating: poor # record: visit-note # score: 1.4c -2 # score: 1.4a +0 # feedback: This says there was a problem, but it is vague and takes a side. A record should say who asked for what and what Mr Evans himself wants, with no opinions about anyone.]
+ {locked} [I left the property secure at half past nine. # rating: poor # record: visit-note # score: 1.4c -2 # score: 1.4a -1 # feedback: Secure is a polite word for locked in, and anyone reading it would miss what really happened. Say plainly what you did, and tell your manager straight away.]
+ {not locked} [Carys (daughter) asked me to lock the door when I left and not to tell Mr Evans; she says she has power of attorney, not yet checked; Mr Evans says he wants to keep walking to the shop. # rating: best # record: visit-note # score: 1.4c +2 # score: 1.4a +1 # feedback: Factual, fair to both of them, and clear about what still needs checking. Anyone who reads it next knows exactly where things stand, without anyone's opinion in the way.]
+ {locked} [Carys (daughter) asked me to lock the door and not tell Mr Evans; I double-locked it at half past nine and put the key in the key safe; Mr Evans wanted to go to the shop. # rating: best # record: visit-note # score: 1.4c +2 # score: 1.4a +1 # feedback: Honest and exact, even though it is hard to write. Owning what happened is how it gets put right, and anyone who reads it knows he may be stuck inside.]
    You read it back. It is true, and it is hard to look at.
- -> kath_arrives

=== kath_arrives ===
The door bangs open. Kath Doyle comes in, shaking the rain off her coat. # sfx: door # enter: kath # mood: kath neutral
Kath has worked at Linden for twenty-two years. She does Mr Evans's tea-time visits.
She reads over your shoulder. "Evans? Was Carys there this morning?" # speaker: kath # mood: neutral
"Listen. Carys is always right about her dad. She's a nurse, she knows. Just do what she says and lock the door. Saves everyone a lot of grief." # speaker: kath
Two carers at the rota board look up.

+ [Tell her, loud enough for the room to hear, that what she's saying is illegal # rating: poor # score: 1.4c -1 # score: 1.4d -1 # trust: kath -2 # feedback: You may be right about the door, but a public telling-off makes a colleague dig in and turns a care question into a fight. Ask for a private word first, and if that doesn't work, go to your manager.]
    "That's illegal, Kath. You can't lock people in." # speaker: you
    The office goes quiet. Kath's face sets hard. "Three weeks in, and you're telling me?" # speaker: kath # mood: angry
+ [Ask her for a quiet word in the side room, and calmly explain your worries # rating: best # score: 1.4d +2 # score: 1.4c +1 # trust: kath +1 # feedback: A calm, private conversation about what happened, not about her as a person, is the right first step when you disagree with a colleague. It keeps the row off the office floor and gives her the chance to think again.]
    "Have you got a minute? In the side room?" # speaker: you
    In the side room you keep it simple. Mr Evans wants to keep going to the shop. Nobody has checked the power of attorney. Locking him in on Carys's word isn't something either of you can do.
    { locked:
        "I locked it this morning, because she asked. I shouldn't have." # speaker: you
    }
    Kath folds her arms. "You're not wrong on paper. But I've known that family twelve years." # speaker: kath # mood: defensive
+ [Nod, and say she knows the family far better than you do # rating: poor # score: 1.4d -1 # score: 1.4c -1 # score: 1.4b -1 # trust: kath +1 # feedback: Going along with a colleague to keep the peace leaves Mr Evans's rights to whoever is loudest. A calm, private word about what worries you is the first step with a colleague.]
    "You know them much better than I do." # speaker: you
    "Good. You'll learn." Kath looks pleased with herself. # speaker: kath # mood: pleased
- Kath picks up her bag. "I'm at his at five. If Carys wants that door locked, I'm locking it. End of." # speaker: kath # mood: defensive # note: How would you start a private conversation with a colleague you disagree with? And what would you do if it didn't work?

+ [Tell Kath you're going to Nadia about it, and go now # rating: best # score: 1.4d +2 # score: 1.4a +1 # trust: kath -1 # feedback: Locking someone in is unsafe practice, not a difference of style, so when a private word hasn't worked the next step is your manager, today. Telling Kath first is open and fair.]
    ~ kath_reported = true
    "Kath, I'm not comfortable with that. I'm going to ask Nadia about it now." # speaker: you
    Kath shrugs on her coat. "Suit yourself." The door bangs behind her. # speaker: kath # mood: defensive # sfx: door # exit: kath
+ [Post in the team group chat and ask what everyone else thinks # rating: poor # score: 1.4d -1 # score: 1.4a -1 # score: 1.4c -1 # feedback: A group chat spreads a family's private business, turns a worry into gossip, and nobody there can stop Kath. Take a worry about a colleague's practice to your supervisor or manager.]
    Kath heads out to her next visit. # sfx: door # exit: kath
    You type a message to the team group. Within minutes there are three replies, two laughing faces and a "Kath's right tbh".
    Nobody who can do anything about it has seen it.
+ [Leave it: it's Kath's visit, not yours, and she's been here for years # critical # rating: poor # score: 1.4d -2 # score: 1.4a -1 # feedback: A colleague saying she will lock someone in puts him at risk: it is not just a clash of opinions. Staying quiet lets it happen, and your manager needs to know before five o'clock.]
    You say nothing. Kath heads out to her next visit. # sfx: door # exit: kath
- -> manager

=== manager ===
{ kath_reported:
    You knock on the open door of the side office. Nadia Rahman, the manager, looks up from her screen. # enter: nadia # mood: nadia neutral
    You tell her what Kath said she'll do at five.
    "Thank you for telling me straight away." She picks up her phone. "I'll speak to Kath before her visit, and put it on his file today: nobody locks Mr Evans's door." # speaker: nadia # mood: neutral
- else:
    Nadia Rahman, the manager, comes out of the side office with her mug. # enter: nadia # mood: nadia neutral
    "Have you got a minute? Come and sit down." # speaker: nadia # mood: neutral
}
"Carys Morgan has rung me about her dad." # speaker: nadia # mood: worried
{ told:
    "She was in tears. Her brother rang her, shouting about a lock. She wants to know who's been telling him things." # speaker: nadia # mood: upset
}
{ locked:
    The phone on the desk rings. Nadia listens, and her face changes. # sfx: phone-ring
    "That was Mrs Price at number twelve. Mr Evans is at his front window, banging on the glass. He can't get out." # speaker: nadia # mood: upset
    She grabs her car keys. "I'm going round now." # speaker: nadia # exit: nadia
    An hour later she's back. Mr Evans is shaken, with a cut on his hand from the window catch. She sits down opposite you. # enter: nadia # mood: nadia sad # pause
}
"Tell me what happened this morning. And what do you think needs to happen next?" # speaker: nadia # mood: neutral

+ [Say it has all calmed down now, and is probably best left alone # rating: poor # score: 1.4d -2 # score: 1.4b -1 # score: 1.4a -1 # feedback: This keeps from your manager the very thing she needs to know: a family pulling two ways over his freedom. Tell her what you saw, and ask for a risk assessment and a review with Mr Evans and both his children.]
    "Honestly, I think it's calmed down. Probably best left alone." # speaker: you
    Nadia frowns. "Carys didn't sound calm to me." She makes a note, but doesn't push. # speaker: nadia # mood: confused
+ [Ask for a risk assessment, and a review of his care plan with him and both his children # rating: best # score: 1.4d +2 # score: 1.4b +1 # score: 1.4a +1 # feedback: You told your manager what you saw and asked for the right next steps: a risk assessment and a review with Mr Evans, Carys and Rhys together. Sharing it with the team is how a safer plan gets made, with him at the centre.]
    ~ review = true
    "Could we do a risk assessment, and review his care plan with him, Carys and Rhys together? And could someone check Carys's power of attorney?" # speaker: you
    Nadia writes it down. "Yes. I'll check which kind it is and whether it's registered. And I'll ring Rhys myself." # speaker: nadia # mood: pleased
+ [Ask her to get Carys and Rhys together in the office, so the two of them can agree a plan for their dad # rating: ok # score: 1.4d +1 # score: 1.4b -1 # score: 1.4a +0 # feedback: Bringing the family in and going to your manager are both right, but this plan leaves out the one person it is about. Ask for a review with Mr Evans at the centre, and his children alongside him.]
    "Could you get Carys and Rhys together, so they can agree what's best for him?" # speaker: you
    Nadia tilts her head. "Without their dad? It's his life we'd be planning." She writes something, then crosses it out. # speaker: nadia # mood: confused

- "One more thing. Do you think he can make this decision himself? And would he manage in a meeting with both of them?" # speaker: nadia # mood: neutral # note: Who decides whether Mr Evans can make this decision himself? What could help him take part in a meeting about his own life?

+ [Say that's a question for his doctor to decide, not for care staff # rating: poor # score: 1.4b -1 # score: 1.4a -1 # feedback: Checking capacity isn't only for doctors, and what you saw today is useful evidence. Say what he told you, and whether he might need someone independent to help him have his say.]
    "Isn't that for a doctor to say?" # speaker: you
    "Not only a doctor. And what you saw counts." Nadia waits, but you have nothing to add. # speaker: nadia # mood: neutral
+ [Say he has dementia, so he probably can't make this kind of decision for himself anyway # rating: poor # score: 1.4b -2 # score: 1.4a -1 # feedback: A diagnosis doesn't take away someone's right to decide: capacity is about one decision at one time. He was clear about the shop with you, so say that, and think about what would help him speak up.]
    "He's got dementia, so he can't really decide, can he?" # speaker: you
    "That's not how it works. We start by assuming he can. It's about this decision, at this time." Nadia writes something down. # speaker: nadia # mood: confused
+ [Say he seemed clear, but may not get a word in with both children there; ask about an advocate # rating: best # score: 1.4b +2 # score: 1.4a +1 # feedback: You shared what you saw and spotted that he might need someone independent on his side to have his say. Only real doubt about this one decision would call for a capacity assessment, and raising an advocate with your manager is exactly your part.]
    "He was clear with me about the shop. But with Carys and Rhys pulling different ways, he might not get a word in. Could someone independent help him?" # speaker: you
    "Good thinking. We start from him making his own decision. If there's ever real doubt about this one, we'll assess that properly." # speaker: nadia # mood: pleased
    { review:
        "And I'll ask the council about an advocate for the review, if he'd like one." # speaker: nadia
    }
- -> ending

=== ending ===
{ locked: -> locked_in }
{ not kath_reported: -> locked_at_tea_time }
{ told: -> family_split }
{ review: -> shop_with_a_plan }
-> left_in_the_middle

= locked_in
Mr Evans spent nearly four hours locked in his own home. He tried the back door, then the window. # location: kitchen # ambience: home # enter: evans # mood: evans upset
Nadia reports it to the council's safeguarding team as a restriction of his freedom, and meets Mr Evans and Carys to say sorry in person.
Carys is shaken too. She hadn't pictured him at the window, calling for Mrs Price.
{ told: Rhys and Carys stop speaking to each other. }
For weeks afterwards he checks the front door every time a carer leaves. He stops going to Anand's. # mood: evans sad
"In case," he says. # speaker: evans # mood: sad # ending: locked-in
-> END

= locked_at_tea_time
At ten past five, Kath locks Mr Evans's front door from outside and drops the key in the key safe. Carys asked, after all. # location: hallway # ambience: home
At seven, Mrs Price hears him calling through the letterbox and rings the out-of-hours number.
The on-call carer lets him out. He has been sitting in the hall in his coat for an hour. He thinks he has done something wrong. # enter: evans # mood: evans upset
Nadia reports it to the council's safeguarding team. Kath is taken off visits while it is looked into.
{ review: The review still goes ahead, but Mr Evans sits through it with his arms folded. He doesn't trust any of you now. }
Nobody had told Nadia what Kath was going to do. # ending: locked-in-at-tea-time
-> END

= family_split
That evening, Rhys drives up from Bristol without ringing first. Carys's car is already outside. # location: kitchen # ambience: home # enter: evans # mood: evans upset
Mrs Price can hear the shouting from number twelve. Mr Evans sits between his two children while they argue about him, over his head.
Carys tells Nadia she can't trust Linden staff with anything private now, and asks for a different carer.
{ review: The review goes ahead three weeks late, once everyone will sit in the same room. It is polite, and cold. }
Mr Evans stops going to Anand's. # mood: evans sad
"It's not worth the fuss," he tells the tea-time carer. # speaker: evans # mood: sad # ending: family-split
-> END

= shop_with_a_plan
Ten days later, Mr Evans's kitchen is full. # location: kitchen # ambience: home # enter: evans carys nadia # mood: evans neutral
Carys is at the table. Nadia has the risk assessment. An advocate from a local charity sits beside Mr Evans to make sure he gets his say. Rhys is on speakerphone from Bristol.
"Hiya, Dad. Can you hear me all right?" # speaker: rhys # offstage # mood: pleased
He does get his say. He walks to Anand's in daylight, with his phone. Mr Anand will ring the office if he hasn't been in by eleven. There's a card in his wallet with his address.
The power of attorney turns out to cover money and property only. Nobody mentions locks again.
"I don't like all of it," Carys says. "But I heard you, Dad." # speaker: carys # mood: relieved
Rhys will come up one Saturday a month to walk to the shop with his dad.
"Same time tomorrow, then." Mr Evans folds his list into his pocket. # speaker: evans # mood: pleased # ending: shop-with-a-plan
-> END

= left_in_the_middle
Nobody sits down with Mr Evans and his family together. Carys rings her dad three times every morning to check he's still at home. Rhys stops ringing at all. # location: kitchen # ambience: home
Each carer does something a little different, and Mr Evans never knows which one he'll get.
Three weeks later, you find him still in his dressing gown at ten. The shopping list from that Tuesday is on the table. # enter: evans # mood: evans sad
"I don't bother with Anand's now," he says. "Easier all round." # speaker: evans # mood: sad
Nobody locked him in. Nobody asked him either. # ending: left-in-the-middle
-> END
