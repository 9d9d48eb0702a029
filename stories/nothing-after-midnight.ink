# title: Nothing after midnight
# summary: Mrs Kaur, 82, has a hospital test in the morning. She speaks Punjabi first, she has hearing loss, and the handover you were given is full of jargon. When she asks what is happening to her tomorrow, plain words, the right support and good teamwork decide how her morning goes.
# minutes: 15
# outcomes: 1.4a 1.4b 1.4c 1.4d
# location: office
# cast: kaur jas funmi kyle navdeep
# content-note: Talks about a hospital test and a resuscitation (DNACPR) decision.

// Three facts about the world decide the ending; everything else rejoins.
VAR understood = false   // Mrs Kaur really knows: nothing to eat or drink, not even tea, after midnight
VAR interpreter = false  // a professional Punjabi interpreter is arranged through the senior
VAR flagged = false      // her language and hearing needs go on her record

-> handover

=== handover ===
Thursday, half past four. You are three weeks into your job as a care worker at Elm Lodge, a residential care home. # location: office # ambience: office
Funmi, the senior carer, has five minutes before the medicines round. She runs through the residents on your side of the corridor. # enter: funmi
"Room 4, Mrs K. She's NBM from midnight for her scope tomorrow. Transport's booked for eight." # speaker: funmi # mood: neutral
"Obs were stable at two. She had her PRN at twelve and the MAR's signed. DNACPR's in the file." # speaker: funmi
"Her grandson's in with her. Any questions? No? Great." # speaker: funmi # note: Ask the room: which words in that handover would Mrs Kaur understand? Which would you have understood in your first week?
The phone on the desk starts to ring. Funmi reaches for it. # sfx: phone-ring
+ [Say "Got it" and go. You can work it out as you go along. # rating: poor # score: 1.4d -1 # score: 1.4a -1 # feedback: Nodding along when you're not sure leaves you with nothing clear to tell Mrs Kaur. Asking a senior what something means for the person is part of the job, not a weakness: a quick "what does that mean for her?" would have saved time.]
    "Got it, thanks." # speaker: you
    Funmi is already on the phone. You look at the handover sheet: "NBM 00:00. OGD 09:30, City Hospital. Transport 08:00."
    You don't know what an OGD is. It takes you ten minutes in Mrs Kaur's file to find the hospital letter and work it out. # mood: funmi neutral
    It's a camera test of her stomach. Her stomach has to be empty, so nothing to eat or drink from midnight. # pause
+ [Ask Funmi what the test is, and what "nothing after midnight" means for Mrs Kaur # rating: best # score: 1.4d +2 # score: 1.4a +1 # trust: funmi +1 # feedback: Asking straight away means you can give Mrs Kaur the right facts, in your own plain words. Checking with a senior when you're unsure is how a team keeps care safe.]
    "Before you go, can I check? What's the test, and what does nothing after midnight mean for her?" # speaker: you
    Funmi lets the phone ring once more. "Good question." # speaker: funmi # mood: pleased
    "It's a camera test. They pass a thin tube down her throat to look at her stomach. She's been off her food, with pain after meals." # speaker: funmi
    "Her stomach has to be empty, so nothing to eat or drink from midnight. Obs are her temperature, pulse and blood pressure: all fine. PRN is her when-needed painkiller. The MAR is her medicines chart." # speaker: funmi
    "The DNACPR form is a decision about what happens if her heart stopped. If anyone asks about it, send them to me. It's not a corridor chat." # speaker: funmi # mood: neutral
    She picks up the phone. # pause
+ [Write the handover down word for word, so you can read it out to Mrs Kaur exactly # rating: poor # score: 1.4c -1 # score: 1.4d +0 # feedback: Getting the words exactly right feels careful, but reading jargon out to Mrs Kaur won't help her understand, and you didn't know half of it either. Ask the senior what it means for her first, so you can put it into plain words.]
    You copy it down word for word: "NBM from midnight. Scope. Obs stable. PRN at 12. MAR signed. DNACPR in file."
    Funmi is on the phone. Reading it back, you realise you could say every word of this to Mrs Kaur and she would be none the wiser. Neither would you, for half of it.
    You find the hospital letter in her file and piece it together. It's a camera test of her stomach. Her stomach has to be empty, so nothing to eat or drink from midnight. # pause
- -> lounge

=== lounge ===
The lounge. The television is loud: a quiz show with a lot of clapping. # location: lounge # ambience: lounge
Mrs Kaur sits in a high-backed chair by the window, her walking stick against her knee. Her grandson, Jas, sits beside her with his school bag at his feet. # enter: kaur jas
Mrs Kaur sees your uniform and waves you over. # mood: kaur worried
"You. Beta, listen. What is happening to me tomorrow? Nobody tells me properly." # speaker: kaur # mood: worried
"Hi. I'm Jas. She's been asking all afternoon. I don't really get it either, to be honest." # speaker: jas # mood: worried
Her hearing aid gives a thin whistle. She taps it and frowns at the television. # mood: kaur confused
+ [Lean in and speak up, so she can hear you over the television # rating: poor # score: 1.4c -1 # trust: kaur -1 # feedback: Raising your voice feels helpful, but shouting bends the sounds of words, makes lips harder to read and turned the whole lounge round. A quiet room, facing her in good light, with her hearing aid working, would do far more.]
    "MRS KAUR! IT'S ABOUT YOUR TEST TOMORROW!" # speaker: you
    Two residents turn round to look. Mrs Kaur pulls back in her chair. # mood: kaur upset
    "Why you shout? My ears are old. My head is fine." # speaker: kaur # mood: angry
    Jas looks down at his phone, red in the face. # mood: jas sad
    You ask, more quietly, if she would rather talk in her room. She nods, still cross.
    -> room_noisy
+ [Say you'll come back and explain when it's quieter # rating: poor # score: 1.4c -1 # trust: kaur -1 # feedback: Putting it off leaves her worried for longer, and "later" is what she has heard all day. You can make it quieter now: offer to move somewhere calm and sit facing her.]
    "It's a bit noisy in here. I'll come back later and explain." # speaker: you
    "Later, later. Always later." # speaker: kaur # mood: sad
    "She's had later from everyone today," Jas says quietly. # speaker: jas # mood: sad
    You stop. You don't want to be one more person who walks away. You ask if she would like to talk in her room now.
    -> room_noisy
+ [Ask if she'd like to talk in her room, away from the noise # rating: best # score: 1.4c +2 # trust: kaur +1 # feedback: Moving away from the television, facing her in good light and sorting out the whistling hearing aid clears the way before you say a word. It also tells her that her question matters.]
    You crouch beside her chair so she can see your face. "Shall we go to your room? It's quieter. Then I'll explain." # speaker: you
    "Yes. Too much noise here." # speaker: kaur # mood: relieved
    -> room_quiet

=== room_noisy ===
Her room is at the end of the corridor. Jas carries her cardigan; Mrs Kaur walks slowly with her stick. # location: bedroom # ambience: none # enter: kaur jas
She sits in her armchair. You're still in a hurry, so you stay standing by the door, with the bright window behind you. Your face is in shadow.
Her hearing aid still whistles now and then. She watches your face hard, trying to follow. # mood: kaur worried
-> say_it

=== room_quiet ===
Her room is at the end of the corridor. Jas carries her cardigan; Mrs Kaur walks slowly with her stick. # location: bedroom # ambience: none # enter: kaur jas
You pull up a chair and sit facing her, where the light from the window falls on your face and she can see your lips.
"Your hearing aid was whistling. Would you like to check it?" # speaker: you
She opens her bedside drawer, finds a packet of batteries and changes it herself, slowly, with stiff fingers. The whistling stops.
"Better. Now I hear you." # speaker: kaur # mood: pleased
-> say_it

=== say_it ===
"So. Tomorrow. What happens?" # speaker: kaur # mood: neutral
You think about how to say it.
+ ["From midnight tonight, nothing to eat or drink. In the morning you go to the hospital for a test." # rating: best # score: 1.4c +2 # trust: kaur +1 # feedback: Short, everyday words, one idea at a time, and the reason: a test at the hospital. Mrs Kaur can follow this. Next, check what she has taken in.]
    "From midnight tonight, nothing to eat or drink. In the morning you go to the hospital for a test." # speaker: you
    She repeats it slowly. "Midnight. No eating. Hospital, morning." She touches her stomach. "Test for my stomach?" # speaker: kaur # mood: neutral
    "Yes. For the pain in your stomach." # speaker: you
+ ["You're nil by mouth after midnight, ready for your scope in the morning." # rating: ok # score: 1.4c +0 # feedback: Better than letters, but "nil by mouth" and "scope" are still hospital words, and Mrs Kaur had to turn to Jas. "Nothing to eat or drink" and "a test with a small camera" say the same thing plainly.]
    "You're nil by mouth after midnight, ready for your scope in the morning." # speaker: you
    "Nil?" She turns to Jas. # speaker: kaur # mood: confused
    "Nil means nothing, Nani. Like zero. I don't know what a scope is." # speaker: jas # mood: confused
    You try again. "Nothing to eat or drink after midnight. Tomorrow, a test at the hospital with a small camera, for your stomach." # speaker: you
+ ["You're NBM from midnight for your OGD. Transport's at eight." # rating: poor # score: 1.4c -1 # trust: kaur -1 # feedback: NBM and OGD are staff shorthand. To Mrs Kaur they are just letters, so she still doesn't know she mustn't eat or drink. Say what they mean: nothing to eat or drink after midnight, for a test tomorrow.]
    "You're NBM from midnight for your OGD. Transport's at eight." # speaker: you
    "En... bee... what?" She looks at Jas. # speaker: kaur # mood: confused
    "Is that, like, a code?" # speaker: jas # mood: confused
    Your face goes warm. You try again, slower. "No food and no drinks after midnight. Tomorrow, a test at the hospital." # speaker: you
- -> check

=== check ===
Mrs Kaur nods and smiles politely. # mood: kaur neutral # note: Ask the room: why might someone nod and say yes when they haven't understood? What could you ask instead of "Do you understand?"
+ [Turn to Jas and ask if his Nani has got it # rating: poor # score: 1.4c -1 # score: 1.4b -1 # trust: kaur -1 # feedback: Asking Jas talks over Mrs Kaur as if she weren't there, and he can't know what she took in. Ask her directly to tell it back in her own words.]
    "Has she got that, do you think?" # speaker: you
    Jas shifts in his seat. "Er... ask her?" # speaker: jas # mood: confused
    "I am here, you know," Mrs Kaur says. She folds her hands and says nothing more. # speaker: kaur # mood: angry
+ ["Do you understand?" # rating: poor # score: 1.4c -1 # score: 1.4b +0 # feedback: A nod and a yes are often politeness, especially in a second language, so they don't tell you what she took in. Asking her to tell you in her own words what she'll do tonight would have shown you.]
    "Do you understand?" # speaker: you
    "Yes, yes." She nods and smiles. # speaker: kaur # mood: pleased
    Her eyes drift to the flask of tea Jas brought from home.
+ ["I want to check I've explained it well. Can you tell me what you'll do after midnight?" # rating: best # score: 1.4c +2 # score: 1.4b +1 # trust: kaur +1 # feedback: Teach-back puts the check on your explaining, not on her. It showed she thought morning tea was fine, so you could put it right before it mattered.]
    ~ understood = true
    "I want to check I've explained it well. Can you tell me what you'll do after midnight?" # speaker: you
    "After midnight..." She thinks. "No food. In morning, only little tea. Tea is okay?" # speaker: kaur # mood: neutral
    So she hadn't quite got it. "Not tea either, I'm sorry. Nothing to eat or drink at all, until after the test." # speaker: you
    "Nothing. Not tea." She laughs and wags a finger at Jas's flask. "After hospital, then tea. Big tea." # speaker: kaur # mood: pleased
    "That's it exactly." # speaker: you
- -> questions

=== questions ===
Mrs Kaur points at her throat, then at her stomach. # mood: kaur worried
"This test. They put pipe inside? They make me sleep? I sign paper?" # speaker: kaur # mood: worried
She turns to Jas and speaks quickly in Punjabi. He answers, then shrugs.
"She's asking if they'll knock her out, and if she has to sign something. I can translate if you tell me what happens. My Punjabi's all right. Mostly." # speaker: jas # mood: worried
+ ["Thanks, Jas. I'll tell you what happens at the test, and you put it into Punjabi for her." # rating: poor # critical # score: 1.4b -2 # score: 1.4c -1 # trust: kaur -1 # feedback: Jas is sixteen, and this is about a procedure Mrs Kaur has to agree to. A relative, especially a young one, can miss or soften things, and she may not ask what she really wants to. Offer a professional interpreter through the senior, and ask Jas to stay as her support.]
    "Thanks, Jas. I'll tell you what happens, and you put it into Punjabi for her." # speaker: you
    Jas swallows. "Okay. What's the word for... tube? Camera?" # speaker: jas # mood: worried
    You tell him what you know. He translates, stopping and starting. Halfway through, Mrs Kaur grips the arm of her chair and asks him something sharp. # mood: kaur upset
    Jas goes red. "She says... it doesn't matter what she says." # speaker: jas # mood: upset
    You have no idea what he told her, or what she now thinks will happen tomorrow. # pause
+ [Ask Mrs Kaur if she'd like a Punjabi interpreter to explain the test, and ask Jas to stay with her # rating: best # score: 1.4b +2 # score: 1.4c +1 # trust: kaur +1 # trust: jas +1 # feedback: A trained interpreter gives her the whole picture, accurately, so that agreeing to the test is really her choice. Jas gets to be her grandson and her support, not her translator. Now the senior needs to know, so one can be arranged.]
    ~ interpreter = true
    "Mrs Kaur, these are important questions. Would you like a Punjabi interpreter, on the phone? I'll ask the senior to arrange it." # speaker: you
    "Punjabi? Haan. Yes. Please." # speaker: kaur # mood: relieved
    "Jas, thanks for offering. Would you stay with her while she talks it through? I think she'd like that." # speaker: you
    "Oh. Yeah, course." He looks relieved. "I didn't know the word for half of that stuff anyway." # speaker: jas # mood: relieved
+ ["The doctors will explain all that at the hospital tomorrow. Try not to worry." # rating: poor # score: 1.4b -1 # score: 1.4c -1 # trust: kaur -1 # feedback: It sounds kind, but she goes to bed worried, and tomorrow she'll face the same questions in a busy hospital, in English. She has a right to understand before the day: offer a Punjabi interpreter through the senior.]
    "The doctors will explain all that at the hospital tomorrow. Try not to worry." # speaker: you
    Mrs Kaur looks out of the window. "Tomorrow. Always tomorrow." # speaker: kaur # mood: sad
    Jas opens his mouth, then closes it again. # mood: jas sad
- -> dnacpr

=== dnacpr ===
Jas leans forward. "Can I ask something else? When I came in, the lady at the desk was saying about a D-N-something in Nani's file." # speaker: jas # mood: worried
"Is that, like, do not resuscitate? Does it mean nobody will help her tomorrow if something goes wrong?" # speaker: jas # note: Ask the room: who should answer Jas's question, and why not you, here, now?
Mrs Kaur catches the words "file" and "help". She looks from Jas to you. # mood: kaur worried
"What? What he is saying?" # speaker: kaur # mood: worried
+ [Say it's an important question, that you're not the right person to answer it, and offer to ask Funmi to talk it through with Mrs Kaur # rating: best # score: 1.4d +2 # score: 1.4b +1 # trust: jas +1 # feedback: This is about Mrs Kaur's own care and wishes, so it needs the right person, time, privacy and, for her, an interpreter. You didn't brush Jas off: you told him who will answer, and that you'll pass it on.]
    "That's a really important question, and I'm not the right person to answer it. Funmi, the senior, can talk it through properly with your Nani, if she'd like that. I'll ask her today." # speaker: you
    "Okay. Yeah. That makes sense." # speaker: jas # mood: relieved
    You turn to Mrs Kaur. "Jas has a question about your care. Funmi will come and talk with you about it." # speaker: you
    "Funmi. Good. Funmi is kind." # speaker: kaur # mood: neutral
+ ["It just means if her heart stops, we don't do CPR. Everything else carries on as normal." # rating: poor # critical # score: 1.4b -2 # score: 1.4d -1 # trust: kaur -1 # feedback: What you said is roughly right, but it was Mrs Kaur's private medical decision, told to her grandson without asking her, in a way neither of them could take in. Talks about DNACPR belong with the senior or GP, with Mrs Kaur, and with an interpreter. Say it's a good question and pass it on.]
    "It just means if her heart stops, we don't do CPR. Everything else carries on as normal." # speaker: you
    Jas goes pale. "So if her heart stops, you just... leave her?" # speaker: jas # mood: upset
    "Heart? My heart?" Mrs Kaur presses a hand to her chest. # speaker: kaur # mood: upset
    Jas says something fast in Punjabi. Her eyes fill with tears. It takes you ten minutes to calm them both, and nothing has really been answered. # pause
+ ["Sorry, I can't talk about that." # rating: poor # score: 1.4b -1 # score: 1.4d -1 # trust: jas -1 # feedback: You were right not to explain it yourself, but stopping there leaves them both frightened, with no way to get an answer. Say who can answer, and pass the question to the senior.]
    "Sorry, I can't talk about that." # speaker: you
    "Why not? She's my Nani." # speaker: jas # mood: angry
    Mrs Kaur looks from one of you to the other, lost. # mood: kaur confused
    You start talking about supper. The question hangs in the room.
- -> kyle_label

=== kyle_label ===
There's a knock, and the door swings open. # sfx: knock
"Alright? Is this the feeder in room 4? Kitchen want to know if she's NBM, 'cause they're doing the supper trays." # speaker: kyle # mood: neutral # note: Ask the room: labels like "feeder" and "wanderer" are common shorthand in care. What do they do to how staff see a person? How would you raise it with a colleague?
Jas stares at him. "The what?" # speaker: jas # mood: angry
Mrs Kaur didn't catch the words, but she saw Kyle nod at her. # mood: kaur confused
+ ["Don't call her that! That's horrible." # rating: poor # score: 1.4c -1 # score: 1.4d -1 # trust: kyle -1 # feedback: You're right that the label is wrong, but a row in front of Mrs Kaur puts her in the middle and makes Kyle defensive. Answer using her name now, then talk to him away from residents.]
    "Don't call her that! That's horrible." # speaker: you
    "Whoa. All right. Everyone says it." He goes red and backs out. # speaker: kyle # mood: defensive # exit: kyle
    "Trouble? Because of me?" # speaker: kaur # mood: worried
    You tell her no, and that supper is on its way. Jas glares at the door.
+ [Answer using her name and plain words, and tell Kyle you'll catch him in a minute # rating: best # score: 1.4c +2 # score: 1.4d +1 # trust: jas +1 # feedback: Using her name and plain words, calmly, puts Mrs Kaur back at the centre and quietly shows Kyle another way. Saving the rest for a private word keeps her out of a staff disagreement.]
    "Mrs Kaur can have her supper as normal. Nothing to eat or drink after midnight. I'll catch you in a minute, Kyle." # speaker: you
    Kyle blinks. "Oh. Right. Mrs Kaur. Cheers." He heads off. # speaker: kyle # mood: neutral # exit: kyle
    "Feeder," Jas mutters, once the door has closed. "Seriously?" # speaker: jas # mood: angry
    Then he looks at you and nods, just once. He noticed what you did. # mood: jas neutral
+ ["Yeah, she's NBM from midnight. Supper's fine." # rating: poor # score: 1.4c -2 # score: 1.4d +0 # trust: jas -1 # feedback: Answering in his words tells Kyle, and Jas, that the label is fine. Mrs Kaur needs help with her food because of her hands; that doesn't make her "the feeder". Use her name and plain words now, and talk to Kyle in private.]
    "Yeah, she's NBM from midnight. Supper's fine." # speaker: you
    "Sweet." Kyle is gone. # speaker: kyle # mood: pleased # exit: kyle
    "Feeder? Is that what you lot call her?" # speaker: jas # mood: angry
    You don't have an answer for him.
- -> corridor

=== corridor ===
You tell Mrs Kaur and Jas you'll be back after supper, and step out. # location: corridor # ambience: none
Kyle is at the linen cupboard. He speaks before you can. # enter: kyle
"Her grandson gave me a right look. Feeder's just quicker, you know. Everyone knows what it means. And she can't hear us half the time anyway." # speaker: kyle # mood: defensive
+ [Let it go. You're new, and it's not your place. # rating: poor # score: 1.4d -1 # score: 1.4a -1 # feedback: Keeping quiet feels safer when you're new, but the label will keep being used about Mrs Kaur, in front of her family. A calm, private word is part of working in a team, and if you're unsure how, ask the senior for advice.]
    You say nothing. Kyle grins. "You'll pick it up. See you, newbie." # speaker: kyle # mood: pleased
    Halfway down the corridor he calls to someone, "Is the wanderer in 6 back from the garden?" # exit: kyle
+ [Laugh, and say maybe just not when her family are in # rating: poor # score: 1.4d -1 # score: 1.4a -1 # score: 1.4c -1 # feedback: This treats the problem as getting caught, not as how the word treats Mrs Kaur. Labels change how the whole team sees a person, and they spread into notes. Say why it matters, suggest using her name, and ask the senior if it carries on.]
    "Ha. Maybe just not when her family are in, yeah?" # speaker: you
    "Good shout." Kyle laughs. Halfway down the corridor he calls to someone, "Is the wanderer in 6 back from the garden?" # speaker: kyle # mood: pleased # exit: kyle
+ [Tell him calmly how it sounded to Jas, and ask him to use her name # rating: best # score: 1.4d +2 # score: 1.4a +1 # trust: kyle +1 # feedback: A quiet word, away from residents, about the effect on Mrs Kaur and her family, gives Kyle a fair chance to change and keeps the team working together. If it carries on after that, that's the time to go to the senior.]
    "Her grandson heard it, and he was gutted. She needs help with her food because of her hands, but she's Mrs Kaur, not the feeder. And she hears fine when you face her. Could we just use her name?" # speaker: you
    Kyle folds his arms. "I didn't mean anything by it." # speaker: kyle # mood: defensive
    A pause. "He did look upset, didn't he." He rubs the back of his neck. "Yeah. All right. Old habits." # speaker: kyle # mood: sad
- -> office

=== office ===
Half past five. Funmi is back at the desk, with her medicines trolley ready to go. # location: office # ambience: office # enter: funmi
She pulls up Mrs Kaur's care plan to add tomorrow's transport. You read over her shoulder.
Under "Communication" it says: "No needs identified." Nothing about Punjabi. Nothing about her hearing. # pause
+ [Point it out to Funmi, and ask how her language and hearing needs get added # rating: best # score: 1.4a +2 # score: 1.4c +1 # trust: funmi +1 # feedback: Night staff, agency staff and the hospital all need to know how to talk with Mrs Kaur. Telling the senior means her needs are recorded, flagged and shared, not just known by whoever is on shift.]
    ~ flagged = true
    "Funmi, it says no communication needs. She speaks Punjabi first, and she has hearing loss. She needs you to face her, somewhere quiet, with her hearing aid working." # speaker: you
    Funmi stops typing. "You're right. That's been missed since she moved in." # speaker: funmi # mood: worried
    "I'll update it now and flag it, so night staff, agency staff and the hospital all see it. It'll go on the form that travels with her tomorrow too. Thank you." # speaker: funmi # mood: pleased
+ [Stick a note on her bedroom door saying "DEAF, PUNJABI ONLY", so staff know # rating: poor # score: 1.4a -1 # score: 1.4c -1 # feedback: You spotted a real gap, but a note on her door labels her for every passer-by, and it never reaches her record, the night staff or the hospital. Tell the senior, so her needs are recorded and shared properly.]
    You say nothing to Funmi. On your way past room 4, you stick a note on Mrs Kaur's door in big letters: "DEAF, PUNJABI ONLY".
    Twenty minutes later, Funmi peels it off. # mood: funmi neutral
    "We don't put people's needs on their doors for everyone to read. Come and tell me next time." # speaker: funmi # mood: neutral
    Then a call bell goes, and she hurries off before anything else is said. Her care plan still says: "No needs identified." # sfx: call-bell
+ [Say nothing. The day staff all know her, and Jas can tell anyone else. # rating: poor # score: 1.4a -1 # score: 1.4b -1 # feedback: What "everyone knows" is lost when staff change, at night and at the hospital tomorrow, and it isn't fair to rely on a sixteen-year-old to fill the gap. Tell the senior, so her needs go on her record.]
    You let it go. Funmi saves the care plan as it is. "No needs identified." # mood: funmi neutral
- -> anything_else

=== anything_else ===
"Anything else before I start the meds?" # speaker: funmi # mood: neutral
+ [Ask Funmi to ring Jas's mum tonight and explain the DNACPR to the family # rating: poor # score: 1.4b -1 # score: 1.4d +0 # score: 1.4a +0 # feedback: Family matter, but this is Mrs Kaur's own care, and she decides who is told about it. Pass the question to the senior, who can talk with Mrs Kaur first and ask who she wants involved.]
    "Could you ring Jas's mum and explain the DNACPR? The family want to know." # speaker: you
    Funmi frowns. "That's Mrs Kaur's own decision to talk about. I'll speak to her first, and ask her who she wants told. Not the other way round." # speaker: funmi # mood: neutral
+ [No, that's everything. # rating: poor # score: 1.4d -1 # score: 1.4a -1 # feedback: Jas asked about the form in her file, and Mrs Kaur was worried. Those are questions for the senior, and they only reach her if you pass them on.]
    "No, that's everything." # speaker: you
    Funmi nods and wheels the trolley away. Jas's question goes home with him on the bus.
+ [Tell Funmi that Jas asked about the DNACPR, and how Mrs Kaur reacted # rating: best # score: 1.4d +2 # score: 1.4a +1 # trust: funmi +1 # feedback: You took the question to the person who can answer it, with what you saw. Funmi can now talk with Mrs Kaur privately, with an interpreter, and ask who she wants there.]
    "Jas heard someone mention the DNACPR and asked me what it means. Mrs Kaur picked up on it. She looked frightened." # speaker: you
    "Thank you for telling me." Funmi sighs. "I'll sit down with her. It's her decision who's there when we talk about it." # speaker: funmi # mood: worried
    "And I did that handover with the office door open. That's on me. I'll watch it." # speaker: funmi # mood: sad
- {interpreter: -> call | -> no_call}

=== call ===
You tell Funmi that you offered Mrs Kaur a Punjabi interpreter for her questions about the test.
"Good. I'll ring the interpreting line now, before supper." # speaker: funmi # mood: pleased
Twenty minutes later, the phone sits on speaker on Mrs Kaur's bedside table. # location: bedroom # sfx: phone-ring # enter: kaur jas funmi
"Hello, this is Navdeep, the Punjabi interpreter. Can I check who's in the room, please?" # speaker: navdeep # offstage # mood: neutral
Funmi explains the test a sentence at a time, and Navdeep puts each one into Punjabi. Mrs Kaur asks questions. Lots of them. Jas holds her hand.
{not understood: Halfway through, Navdeep says, "Mrs Kaur says she thought a little tea in the morning was fine." Funmi catches your eye. "Nothing at all after midnight, not even tea," she says, and Navdeep passes it on.}
~ understood = true
"Mrs Kaur says: now I know what they will do, and I will go. And she asks: is the tea after?" # speaker: navdeep # offstage
Everyone laughs. Mrs Kaur loudest. # mood: kaur relieved
"I've asked the hospital for an interpreter tomorrow as well," Funmi tells you on the way out. "She'll sign her own form, with someone there who can explain it properly." # speaker: funmi # mood: neutral
-> jas_leaves

=== no_call ===
Funmi stops at the door with the trolley. "She knows about midnight?" # speaker: funmi # mood: neutral
{understood: "Yes. She told it back to me: nothing to eat or drink, not even tea." | "I think so. She nodded."} # speaker: you
"Good." She hurries off down the corridor. # speaker: funmi
Nobody asks for an interpreter. Mrs Kaur's questions about the test stay where they are.
-> jas_leaves

=== jas_leaves ===
Half past six. Jas comes out of Mrs Kaur's room with his school bag. She follows him to the corridor, leaning on her stick. # location: corridor # ambience: none # enter: jas kaur
"I've got to get my bus. Can I come with her to the hospital tomorrow? Mum's on an early shift." # speaker: jas # mood: neutral
"And can I sign the forms for her? I'm sort of her next of kin when Mum's at work." # speaker: jas
+ [Say Mrs Kaur signs for herself, and ask her if she'd like Jas there # rating: best # score: 1.4b +2 # score: 1.4a +1 # trust: jas +1 # trust: kaur +1 # feedback: Being next of kin doesn't let anyone sign for another adult, and Mrs Kaur can decide for herself. Asking her who she wants with her keeps her in charge and welcomes Jas as her support, and telling the senior makes the plan happen.]
    "Your Nani signs her own forms. It's her choice. But Mrs Kaur, would you like Jas with you tomorrow?" # speaker: you
    She takes Jas's hand. "Jas comes. Yes." # speaker: kaur # mood: pleased
    "I'll tell Funmi, and she'll let you know the plan." # speaker: you
    Jas grins. "Cool. I'll miss double chemistry. Tragic." # speaker: jas # mood: pleased
+ ["Sorry, I don't know. You'd have to ask the hospital." # rating: poor # score: 1.4b -1 # score: 1.4a -1 # trust: jas -1 # feedback: Passing him on to someone else leaves Jas, and Mrs Kaur, without an answer. Ask her whether she wants him with her, explain that she signs for herself, and pass the plan to the senior.]
    "Sorry, I don't know. You'd have to ask the hospital." # speaker: you
    Jas shrugs. "Right. I'll just text Mum, then." # speaker: jas # mood: sad
    The front door closes behind him. Mrs Kaur watches it for a long moment. # sfx: door # exit: jas # mood: kaur sad
+ ["Course. You're family, so you can sign for her." # rating: poor # score: 1.4b -2 # score: 1.4a +0 # trust: kaur -1 # feedback: Being next of kin gives no legal right to agree to treatment for someone, and Mrs Kaur can make this decision herself. Ask her who she'd like with her, and welcome Jas as her support, not as the person who signs.]
    "Course. You're family, so you can sign for her." # speaker: you
    "Sweet." # speaker: jas # mood: pleased
    Mrs Kaur frowns. "Jas sign? Why Jas? I sign my own name. I can write." # speaker: kaur # mood: angry
    Jas looks at his feet. # mood: jas sad
- -> notes

=== notes ===
Seven o'clock. You sit down in the office to write your notes for the day. # location: office # ambience: office # sfx: clock-chime
Above your space, Kyle's entry for supper reads: "Rm 4 (feeder). Difficult at supper. Refused half her tray."
You were there for some of supper. Mrs Kaur wasn't difficult. She left half because her stomach hurt. # pause
Funmi is at the other end of the desk, on the phone to the pharmacy. # enter: funmi
+ [Cross out "feeder" and "difficult" in Kyle's entry, and write "Mrs Kaur, stomach pain" above it # rating: poor # critical # score: 1.4a -1 # score: 1.4d -1 # trust: funmi -1 # feedback: You meant well, but changing another person's entry in a care record is not allowed, even to fix a bad word. Records must show who wrote what and when. Take it to the senior, who can make sure a correction is added properly.]
    You cross out his words and write your own above them.
    Ten minutes later, Funmi reads the notes and looks up. She isn't angry, but she is serious. # mood: funmi worried
    "Who changed Kyle's entry? We never alter someone else's notes. Now nobody can tell who wrote what, or when. Come to me with things like this." # speaker: funmi # mood: worried
+ [Show Funmi the entry, and tell her about the "feeder" label earlier # rating: best # score: 1.4d +2 # score: 1.4a +1 # trust: funmi +1 # feedback: The label has now reached her record, and it hides something that matters: her stomach pain. That's the point to take it to the senior, who can support Kyle and get the record put right properly.]
    "Funmi, have you got a minute? Kyle's note calls Mrs Kaur the feeder, and says she was difficult. She wasn't. Her stomach hurt. He called her that in front of her grandson earlier, too." # speaker: you
    Funmi reads it and puts the phone down. "Her stomach hurt. That's what the next shift needs to know, not difficult." # speaker: funmi # mood: sad
    "I'll talk to Kyle tomorrow, and he'll add a note to correct it. The whole team needs a reminder about labels. Thanks for bringing it to me." # speaker: funmi # mood: neutral
+ [Leave it. It's only one word, and you don't want to get Kyle into trouble. # rating: poor # score: 1.4d -1 # score: 1.4a -1 # feedback: Once a label is in the records, other staff read it and copy it, and here it also hides her stomach pain. Taking it to the senior isn't getting Kyle into trouble; it's how the team puts it right.]
    You write your own notes and leave Kyle's as it is.
    Tomorrow, the agency carer on the early shift will read "feeder" and "difficult" before she ever meets Mrs Kaur.
- -> morning

=== morning ===
Friday morning. # location: bedroom # ambience: none # exit: all
{interpreter: -> ending_supported}
{understood: -> ending_frightened}
-> ending_cancelled

=== ending_supported ===
At six, the night carer looks in to say good morning. Mrs Kaur points at her empty cup and laughs. "Nothing. After hospital." # enter: kaur
{flagged: At the hospital, a Punjabi interpreter is waiting. The form that went with her said she needs one, and that she hears best when people face her. | At the hospital, the interpreter Funmi asked for is waiting.}
Mrs Kaur asks her own questions, and signs her own form. Jas holds her hand until they take her through. # enter: jas
By mid-afternoon she is back in her chair by the window, with the biggest mug of tea in Elm Lodge. The test went ahead, and the doctors know what is causing her pain. # mood: kaur pleased
{flagged: -> supported_end | -> this_time_end}

= supported_end
Her care plan now says how to talk with her: Punjabi first, face her, somewhere quiet, hearing aid in and working. The next new carer reads it before they meet her.
"You," she says, when you come in. "You tell me straight. Good." # speaker: kaur # mood: pleased # ending: understood-and-supported
-> END

= this_time_end
A week later, an agency carer who has never met her stands in the doorway and asks, loudly and in English, whether she's had her meds. Her record still says "No needs identified."
Mrs Kaur nods and says yes. Nobody knows what she has understood. It went well once, because of who was on shift. # mood: kaur sad # ending: understood-this-time
-> END

=== ending_frightened ===
Mrs Kaur kept to it: nothing after midnight, not even tea. # enter: kaur
At the hospital, the nurse holds out a consent form and starts to explain, quickly, in English. Mrs Kaur doesn't know what they are going to do to her. She pushes the form away. # mood: kaur upset
{flagged: Because the form from Elm Lodge says she speaks Punjabi first, the nurse rings for an interpreter straight away. It still takes an hour. | Nobody at the hospital knew she speaks Punjabi first. It takes two hours to get an interpreter on the phone.}
By the time she has understood and agreed, she is exhausted and frightened. The test goes ahead, late. Jas waited as long as he could, then had to go before she came out. # ending: frightened-and-delayed
-> END

=== ending_cancelled ===
At five in the morning, Mrs Kaur wakes up thirsty. She pours a cup of tea from the flask Jas left. She thought it was only food that was stopped. # enter: kaur
At the hospital, the nurse asks when she last had anything to eat or drink. The test can't be done safely. # mood: kaur confused
It's cancelled and rebooked for three weeks' time. Mrs Kaur comes back to Elm Lodge with the same stomach pain and no answers. # mood: kaur sad
"Tea is drink? Nobody said tea," she tells Jas on the phone that night. He blames himself. But nobody had checked what she understood. # ending: test-cancelled
-> END
