# title: Nothing after midnight
# summary: Mrs Kaur, 82, has a hospital test in the morning. She speaks Punjabi first, she has hearing loss, and the handover you were given is full of jargon. When she asks what is happening to her tomorrow, plain words, the hospital's own letter, the right support and good teamwork decide how her morning goes.
# minutes: 18
# outcomes: 1.4a 1.4b 1.4c 1.4d
# location: office
# cast: kaur jas funmi kyle navdeep
# content-note: Talks about a hospital test and a resuscitation (DNACPR) decision.

// Five facts about the world decide what happens; everything else rejoins.
VAR understood = false   // Mrs Kaur really knows what the letter says: food stops at midnight, water only until 7.30, not tea
VAR interpreter = false  // a professional Punjabi interpreter is arranged through the senior
VAR flagged = false      // her hearing and language needs go on her care plan, flagged, and travel with her
VAR gp = false           // someone has asked for her GP to talk the DNACPR through with her, with an interpreter
VAR told = false         // you explained the DNACPR to Jas yourself

-> handover

=== handover ===
Thursday, half past four. You are three weeks into your job as a care worker at Elm Lodge, a residential care home. # location: office # ambience: office
Funmi, the senior carer, has five minutes before the medicines round. She runs through the residents on your side of the corridor. # enter: funmi
"Room 4, Mrs K. She's NBM from midnight for her scope tomorrow. Transport's booked for eight, and Ade's going with her." # speaker: funmi # mood: neutral
"Obs were stable at two. She had her PRN at twelve and the MAR's signed. DNACPR's in the file." # speaker: funmi
"Her grandson's in with her. Any questions? No? Great." # speaker: funmi # note: Ask the room: which words in that handover would Mrs Kaur understand? Which would you have understood in your first week?
The phone on the desk starts to ring. Funmi reaches for it. # sfx: phone-ring # partner: funmi # partner-feels: rushed, five minutes before the medicines round, and now the phone is ringing # partner-wants: to finish the handover quickly and get to the phone # partner-well: stops for a moment, answers in plain words, says to ask her any time # partner-badly: picks up the phone and turns away, leaving you with the shorthand
+ [Ask Funmi what the test is, and what Mrs Kaur can eat and drink before it # rating: best # score: 1.4a +2 # score: 1.4d +1 # trust: funmi +1 # feedback: A quick question to the senior took you straight to the hospital's letter, which is what counts, and it caught a slip in the handover. Asking when you're unsure is how a team keeps care safe.]
    "Before you go, can I check? What's the test, and what can she eat and drink before it?" # speaker: you
    Funmi lets the phone ring once more. "Good question." # speaker: funmi # mood: pleased
    "It's a camera test, to look inside her stomach. She's been off her food, with pain after meals. As for eating and drinking..." She stops. "Don't go by me. Go by the hospital letter. It's in her file." # speaker: funmi
    "And ask me if my shorthand doesn't make sense. I talk in letters when I'm rushed." She picks up the phone. # speaker: funmi # mood: neutral
    The letter takes you a minute to find.
+ [Say "Got it", then find the hospital letter in her file and read it yourself # rating: ok # score: 1.4a +1 # score: 1.4d +0 # feedback: Going to the hospital's letter was right: it is what counts, and it caught a slip in the handover. But you worked it out alone while Mrs Kaur waited; a quick question to the senior would have got you there sooner, together.]
    "Got it, thanks." # speaker: you
    Funmi is already on the phone. You look at the handover sheet: "NBM 00:00. OGD 09:30. Transport 08:00."
    You don't know what an OGD is. It takes you ten minutes in Mrs Kaur's file to find the hospital letter. # mood: funmi neutral
+ [Write the handover down word for word, to read out to Mrs Kaur exactly as it was said # rating: poor # score: 1.4a -1 # score: 1.4d -1 # feedback: Getting the words exactly right feels careful, but reading shorthand out to Mrs Kaur won't help her understand, and you didn't know half of it either. Ask the senior what it means for her, and read the hospital's letter.]
    You copy it down word for word: "NBM from midnight. Scope. Obs stable. PRN at 12. MAR signed. DNACPR in file."
    Funmi is on the phone. Reading it back, you realise you could say every word of this to Mrs Kaur and she would be none the wiser. Neither would you, for half of it.
    It takes you ten minutes in her file to find the hospital letter. # mood: funmi neutral
- The letter is for a camera test of her stomach at half past nine tomorrow. It says: nothing to eat after midnight. Water is fine until half past seven in the morning. After that, nothing at all until after the test. # pause
It also says to ask the unit about any regular medicines, and that after a sleepy medicine (sedation) an adult must take her home and stay with her.
That isn't quite what the handover said. "NBM" means nothing at all, not even water. # note: Ask the room: why does the hospital's letter count for more than the handover? What could go wrong for Mrs Kaur if she went without water from midnight?
When Funmi puts the phone down, you show her the letter.
"Water until half seven? I've been saying NBM out of habit. Thank you." # speaker: funmi # mood: neutral
"I'll change the handover sheet, and I'll ring the unit about her morning tablets." # speaker: funmi
-> lounge

=== lounge ===
The lounge. The television is loud: a quiz show with a lot of clapping. # location: lounge # ambience: lounge
Mrs Kaur sits in a high-backed chair by the window, her walking stick against her knee. Her grandson, Jas, sits beside her with his school bag at his feet. # enter: kaur jas
Mrs Kaur sees your uniform and waves you over. # mood: kaur worried
"You. Beta, come here. What is happening to me tomorrow? Nobody tells me properly." # speaker: kaur # mood: worried
"Hi. I'm Jas. She's been asking all afternoon. I don't really get it either, to be honest." # speaker: jas # mood: worried
Her hearing aid gives a thin whistle. She frowns at the television. # mood: kaur confused # partner: kaur # partner-feels: worried about tomorrow, fed up that nobody explains, and the TV is too loud # partner-wants: someone to tell her properly what will happen to her tomorrow # partner-well: relaxes, watches your face, and is glad someone is taking her question seriously # partner-badly: pulls back in her chair, says her ears are old but her head is fine
+ [Lean in and speak up, so she can hear you over the television # rating: poor # score: 1.4c -1 # trust: kaur -1 # feedback: Raising your voice feels helpful, but shouting bends the sounds of words, makes lips harder to read and turned the whole lounge round. Somewhere quiet, facing her in good light, would do far more.]
    "MRS KAUR! IT'S ABOUT YOUR TEST TOMORROW!" # speaker: you
    Two residents turn round to look. Mrs Kaur pulls back in her chair. # mood: kaur upset
    "There is no need to shout. My ears are old, but my head is fine." # speaker: kaur # mood: angry
    Jas looks down at his phone, red in the face. # mood: jas sad
    Mrs Kaur reaches for her stick. "We will talk in my room." # speaker: kaur # mood: angry
+ [Sit down facing her, and explain it quietly, there in the lounge # rating: ok # score: 1.4c +1 # feedback: Sitting down and facing her helps her see your lips, which is a good start. But the television still drowns you out, and her health is talked about in front of other residents; a quiet room would be better.]
    You pull a footstool round and sit facing her. "Tomorrow, you're going to the hospital for a test..." # speaker: you
    On the screen, someone wins a car. The clapping swallows your words. # mood: kaur confused
    Mrs Kaur shakes her head. "I can't hear you. And Mrs Dobson is listening to every word." She nods at the next chair. "My room, please." # speaker: kaur # mood: neutral
+ [Ask if she'd like to talk in her room, away from the noise # rating: best # score: 1.4c +2 # trust: kaur +1 # feedback: A quiet room, with your face in the light, gives her the best chance to hear you, and keeps her health private from the rest of the lounge. It also tells her that her question matters.]
    You crouch beside her chair so she can see your face. "Shall we go to your room, where it's quieter? Then I'll explain everything." # speaker: you
    She's already reaching for her stick. "Yes. I can't hear myself think in here." # speaker: kaur # mood: relieved
- -> room

=== room ===
Her room is at the end of the corridor. Jas carries her cardigan; Mrs Kaur walks slowly with her stick. # location: bedroom # ambience: none # enter: kaur jas
There are photos on every shelf: a wedding, three children in school uniform, an allotment full of chillies. She sits in her armchair. You pull up a chair and sit facing her, with the light from the window on your face.
Her hearing aid whistles again, high and thin. She sighs. # mood: kaur neutral # partner: kaur # partner-feels: tired of the whistling, a little embarrassed, but ready to hear about tomorrow # partner-wants: for the whistling to stop, and to hear properly about tomorrow # partner-well: fixes her hearing aid herself, smiles, and chats more openly # partner-badly: holds up a hand, fixes it herself, looks sad and says it is her ear
+ [Offer to fetch a fresh battery for her hearing aid before you start # rating: ok # score: 1.4b +0 # score: 1.4c +1 # feedback: Offering to help with the hearing aid is kind and practical. But a whistle is more often a poor fit, wax or the volume than a flat battery, and asking her first what helps would have got there sooner.]
    "Would you like me to get a new battery for your hearing aid?" # speaker: you
    She lets you. You fetch one from the office, and she changes it herself, slowly, with stiff fingers. It still whistles.
    She presses the earpiece firmly back into her ear and turns the little wheel down a notch. The whistling stops. # mood: kaur neutral
    "It isn't the battery. It comes loose when I lean my head back on the chair." She looks at you kindly enough. "You could ask me. It's my ear." # speaker: kaur
    "Face her when you talk," Jas adds. "She lip-reads a bit. And she likes Punjabi for serious stuff." # speaker: jas # mood: neutral
+ [Before you explain anything, ask her what helps her follow a conversation # rating: best # score: 1.4b +2 # score: 1.4c +2 # trust: kaur +1 # feedback: Asking the person how she communicates is the first step of the Accessible Information Standard, and nobody knows her hearing aid better than she does. A whistle usually means it isn't sitting right, needs a clean, or is turned up too high.]
    "Before I explain, what helps you follow what people say? I want to get this right." # speaker: you
    She looks at you for a moment. "Nobody in this place has asked me that." # speaker: kaur # mood: pleased
    She presses the earpiece firmly into her ear and turns the little wheel down a notch. The whistling stops. "First, this. It comes loose when I lean my head on the chair. Then it whistles." # speaker: kaur # mood: neutral
    "Face me, like you are doing. Not too fast. My right ear is the better one." # speaker: kaur
    "In the shop and on the bus, my English is fine. But doctors and forms? Punjabi. Then I know what I am saying yes to." # speaker: kaur
    "She made the doctor at her old surgery write everything down," Jas says. "Everyone was scared of her." Mrs Kaur smiles. # speaker: jas # mood: pleased # mood: kaur pleased
+ [Start explaining straight away, a little louder than the whistle # rating: poor # score: 1.4b -1 # score: 1.4c -1 # feedback: Talking over the whistle makes it harder for her, not easier, and it skips her own knowledge of what helps. Ask her first how she likes people to talk with her, and whether the hearing aid is in properly.]
    "So, tomorrow, you're going to..." # speaker: you
    She holds up a hand. "Wait." She presses the earpiece firmly back into her ear and turns the little wheel down. The whistling stops. # speaker: kaur # mood: neutral
    "It comes loose when I lean back. You could have asked me." # speaker: kaur # mood: sad
    "She lip-reads a bit," Jas says quietly. "Face her." # speaker: jas # mood: neutral
- -> say_it

=== say_it ===
"So. Tomorrow. What happens?" # speaker: kaur # mood: neutral
You think about how to say it, with the hospital letter in your head. # partner: kaur # partner-feels: a bit nervous, but she can hear you now and wants to get it right # partner-wants: to know simply what she can eat and drink, and until when # partner-well: counts it off on her fingers and asks if the test is for her pain # partner-badly: frowns, looks at Jas for help, worries about her morning tablets
+ ["From midnight, nothing to eat or drink at all, not even water. That's the safest way." # rating: poor # score: 1.4c +0 # score: 1.4a -1 # feedback: Plain words, but not what the letter says: she may drink water until half past seven. Going without water for longer is not safer for her; follow the hospital's letter exactly, and leave her tablets to the senior to check.]
    "From midnight, nothing to eat or drink at all, not even water. That's the safest way." # speaker: you
    "Not even water? Until after the test?" She frowns. "That is a long time. I take my tablets with water in the morning." # speaker: kaur # mood: worried
    Jas has his phone out. "Doesn't the letter say water's okay till half seven? Mum sent me a photo of it." # speaker: jas # mood: confused
    He's right.
    "Sorry, you're right, Jas. Nothing to eat after midnight. Water until half past seven, then nothing until after the test. Funmi is checking about your tablets." # speaker: you
+ ["Nothing to eat after midnight. Water is fine until half past seven. Then nothing." # rating: best # score: 1.4c +2 # score: 1.4a +1 # trust: kaur +1 # feedback: Short, everyday words, one idea at a time, and exactly what the hospital's letter says. She can follow this, and she won't go thirsty for longer than she needs to.]
    "Nothing to eat after midnight. Water is fine until half past seven in the morning. After that, nothing at all, until after the test." # speaker: you
    She counts it off on her fingers. "Food stops at midnight. Water until half past seven. Then nothing." # speaker: kaur # mood: neutral
    "And the test is for my stomach? For the pain?" # speaker: kaur
    "Yes. A small camera, to see what's causing the pain." # speaker: you
+ ["You're NBM from midnight for your OGD. Transport's at eight." # rating: poor # score: 1.4c -2 # score: 1.4a -1 # trust: kaur -1 # feedback: NBM and OGD are staff shorthand: to Mrs Kaur they are just letters. And "nothing by mouth" isn't what the letter says, because she may drink water until half past seven. Say it plainly, and say what the letter says.]
    "You're NBM from midnight for your OGD. Transport's at eight." # speaker: you
    "N. B. M?" She looks at Jas. # speaker: kaur # mood: confused
    "Is that, like, a code?" # speaker: jas # mood: confused
    Your face goes warm. You try again, and this time you go by the letter. "Nothing to eat after midnight. Water until half past seven, then nothing. It's a camera test, for your stomach." # speaker: you
- -> check

=== check ===
Mrs Kaur nods and smiles politely. # mood: kaur neutral # note: Ask the room: why might someone nod and say yes when they haven't understood? What could you ask instead of "Do you understand?" # partner: kaur # partner-feels: polite and tired, and does not want to look slow in front of Jas # partner-wants: to get this done without fuss, and not be made to feel foolish # partner-well: thinks hard, talks it through, glances at the flask of tea and laughs with Jas # partner-badly: says yes, yes and smiles, or folds her hands and goes quiet and hurt
+ [Turn to Jas and ask him whether his Nani has taken it all in # rating: poor # score: 1.4c -1 # score: 1.4b -1 # trust: kaur -1 # feedback: Asking Jas talks over Mrs Kaur as if she weren't there, and he can't know what she took in. Ask her directly to tell it back in her own words.]
    "Has she got all that, do you think?" # speaker: you
    Jas shifts in his seat. "Er... ask her?" # speaker: jas # mood: confused
    "I am sitting right here," Mrs Kaur says quietly. She folds her hands and says nothing more. # speaker: kaur # mood: angry
+ ["Do you understand?" # rating: poor # score: 1.4c -1 # score: 1.4b +0 # feedback: A nod and a yes are often politeness, especially in a second language, so they don't tell you what she took in. Asking her to tell you what she'll have in the morning would have shown you.]
    "Do you understand?" # speaker: you
    "Yes, yes." She nods and smiles. # speaker: kaur # mood: pleased
    Her eyes drift to the flask of tea Jas brought from home.
+ ["Tell me what you'll have in the morning, so I know I explained it well." # rating: best # score: 1.4c +2 # score: 1.4b +1 # trust: kaur +1 # feedback: Teach-back puts the check on your explaining, not on her. It showed she thought a little tea was fine, so you could put it right before it mattered.]
    ~ understood = true
    "Can you tell me what you'll have in the morning? Then I know I explained it well." # speaker: you
    She thinks. "In the morning, water. And a little tea? Tea is mostly water." # speaker: kaur # mood: neutral
    So she hadn't quite got it. "The letter says water only, I'm sorry. Not tea. Water until half past seven, then nothing until after the test." # speaker: you
    "Water only." She nods slowly, then points at the flask of tea Jas brought from home. "Then you bring that tomorrow afternoon, Jas. Full." # speaker: kaur # mood: pleased
    Jas laughs. "Deal." # speaker: jas # mood: pleased
- -> questions

=== questions ===
Mrs Kaur points at her throat, then at her stomach. # mood: kaur worried
"This camera. Does it go down my throat? Will they make me sleep? Do I have to sign something?" # speaker: kaur # mood: worried
She turns to Jas and speaks quickly in Punjabi. He answers, then shrugs.
"She wants it all properly, in Punjabi. I can translate if you tell me what happens. My Punjabi's all right. Mostly." # speaker: jas # mood: worried # partner: kaur # partner-feels: anxious about the camera, the sleepy medicine and the form she must sign # partner-wants: full answers in her own language, so that her yes is really hers # partner-well: calms down, holds Jas's hand, nods and looks relieved # partner-badly: grips the arm of her chair, asks sharp questions in Punjabi, stares out of the window
+ ["Thanks, Jas. I'll tell you what happens, and you put it into Punjabi for her." # rating: poor # score: 1.4b -2 # score: 1.4c -1 # trust: kaur -1 # feedback: Jas is sixteen, and this is about a procedure Mrs Kaur must agree to herself. Family, and young people above all, shouldn't interpret consent or clinical information except in an emergency, because things get missed or softened. Offer a professional interpreter, and ask Jas to stay as her support.]
    "Thanks, Jas. I'll tell you what happens, and you put it into Punjabi for her." # speaker: you
    Jas swallows. "Okay. What's the Punjabi for... tube? Camera?" # speaker: jas # mood: worried
    You tell him what you know. He translates, stopping and starting. Halfway through, Mrs Kaur grips the arm of her chair and asks him something sharp. # mood: kaur upset
    Jas goes red. "She says... it doesn't matter what she says." # speaker: jas # mood: upset
    You have no idea what he told her, or what she now thinks will happen tomorrow. # pause
+ [Ask Mrs Kaur if she'd like a Punjabi interpreter, and if she'd like Jas to stay with her # rating: best # score: 1.4b +2 # score: 1.4c +2 # trust: kaur +1 # trust: jas +1 # feedback: A trained interpreter gives her the whole picture, accurately and in confidence, so that agreeing to the test is really her choice. Jas gets to be her grandson and her support, not her translator.]
    ~ interpreter = true
    "These are important questions, and you should have the answers in Punjabi. Would you like an interpreter, on the phone? I'll ask Funmi to book one." # speaker: you
    "Haan. Yes. Please." # speaker: kaur # mood: relieved
    "And would you like Jas to stay with you while you talk it through?" # speaker: you
    She pats his knee. "Jas stays." # speaker: kaur # mood: pleased
    "Thanks for offering, Jas. You can just be her grandson for this bit." # speaker: you
    "Oh. Yeah, course." He looks relieved. "I didn't know the Punjabi for half of that stuff anyway." # speaker: jas # mood: relieved
+ [Answer what you can from the letter in plain English, and say the hospital will explain the rest # rating: ok # score: 1.4b +0 # score: 1.4c +1 # feedback: Plain answers from the letter are within your role, and they help a little. But she wants her questions answered in Punjabi, and nobody has asked anyone for an interpreter: offer her one now.]
    You tell her what the letter says: a thin tube with a small camera, down her throat; a spray to numb it, or a sleepy medicine if she wants one.
    "They'll explain the rest at the hospital tomorrow, and you can ask them anything." # speaker: you
    She looks out of the window. "Tomorrow. In English. In a hurry." # speaker: kaur # mood: sad
    Jas squeezes her hand. # mood: jas sad
- -> dnacpr

=== dnacpr ===
Jas leans forward. "Can I ask something else? When I came in, the lady at the desk was saying something about a D-N-something in Nani's file." # speaker: jas # mood: worried
"Is that, like, do not resuscitate? Does it mean nobody will help her tomorrow if something goes wrong?" # speaker: jas # note: Ask the room: who should answer Jas's question, and why not you, here, now?
Mrs Kaur catches the words "file" and "help". She looks from Jas to you. # mood: kaur worried
"What is he asking? What is in my file?" # speaker: kaur # mood: worried # partner: jas # partner-feels: scared that nobody will help his Nani tomorrow if something goes wrong # partner-wants: a straight, honest answer, and to know someone is taking it seriously # partner-well: breathes out, says okay, that makes sense, and turns back to his Nani # partner-badly: goes pale or gets angry, says she's his Nani, talks fast in Punjabi to her
+ [Say it's a fair question for her doctor, not for you, and you'll pass it on today # rating: best # score: 1.4a +2 # score: 1.4b +1 # trust: jas +1 # feedback: This is about Mrs Kaur's own care, and the doctor responsible for it, usually her GP, is the one to explain it and talk it through with her. You didn't brush Jas off: you said who will answer, and that you'll make sure it reaches them.]
    "That's a fair question, Jas, and it deserves a proper answer. But it isn't mine to give. It's about your Nani's own care, so it's for her doctor to talk through with her. I'll pass it on today." # speaker: you
    "Okay. Yeah. That makes sense." # speaker: jas # mood: relieved
    You turn back to Mrs Kaur and face her. "Jas asked about a form in your file, about your care. Your doctor should talk it through with you. I'll make sure they know." # speaker: you
    She is quiet for a moment. "A form about me. Nobody has talked to me about a form." # speaker: kaur # mood: worried
+ ["It just means that if her heart stops, nobody tries to restart it. All her other care carries on." # rating: poor # critical # score: 1.4a -1 # score: 1.4b -2 # trust: kaur -1 # feedback: This was unsafe: you shared Mrs Kaur's private medical decision with her grandson without asking her, and it isn't yours to explain. A resuscitation decision is talked through by her doctor, with her, with an interpreter if she needs one. Say it's a fair question and pass it on.]
    ~ told = true
    "It just means that if her heart stops, nobody tries to restart it. All her other care carries on." # speaker: you
    Jas goes pale. "So if her heart stops, you just... leave her?" # speaker: jas # mood: upset
    "My heart?" Mrs Kaur presses a hand to her chest. # speaker: kaur # mood: upset
    Jas says something fast in Punjabi. Her eyes fill with tears. It takes you ten minutes to calm them both, and nothing has really been answered. # pause
+ ["Sorry, I can't talk about that." # rating: poor # score: 1.4a +0 # score: 1.4b -1 # trust: jas -1 # feedback: You were right not to explain it yourself, but stopping there leaves them both frightened, with no way to get an answer. Say who can answer (her doctor), and that you'll pass the question on.]
    "Sorry, I can't talk about that." # speaker: you
    "Why not? She's my Nani." # speaker: jas # mood: angry
    Mrs Kaur looks from one of you to the other. "If it is about me, somebody should talk to me." # speaker: kaur # mood: sad
    You start talking about supper. The question hangs in the room.
- -> kyle_label

=== kyle_label ===
There's a knock, and the door swings open. # sfx: knock
"Alright? Is this the feeder in room 4? Kitchen want to know if she's NBM, 'cause they're doing the supper trays." # speaker: kyle # mood: neutral # note: Ask the room: labels like "feeder" and "wanderer" are common shorthand in care. What do they do to how staff see a person? How would you raise it with a colleague?
Jas stares at him. "The what?" # speaker: jas # mood: angry
Mrs Kaur didn't catch the words, but she saw Kyle nod at her. # mood: kaur confused # partner: kyle # partner-feels: busy and cheerful, just passing on a message for the kitchen # partner-wants: a quick answer about her supper so he can get back to the trays # partner-well: blinks, says oh, right, Mrs Kaur, cheers, and heads off without fuss # partner-badly: goes red and says everyone says it, or says sweet and carries on as before
+ [Answer using her name and plain words, and say you'll catch Kyle in a minute # rating: best # score: 1.4c +2 # score: 1.4a +1 # trust: jas +1 # feedback: Using her name and plain words, calmly, puts Mrs Kaur back at the centre and shows Kyle another way without a row. Saving the rest for a private word keeps her out of a staff disagreement.]
    "Mrs Kaur can have her supper as normal. Nothing to eat after midnight, and water until half past seven. I'll catch you in a minute, Kyle." # speaker: you
    Kyle blinks. "Oh. Right. Mrs Kaur. Cheers." He heads off. # speaker: kyle # mood: neutral # exit: kyle
    "Feeder," Jas mutters, once the door has closed. "Seriously?" # speaker: jas # mood: angry
    Then he looks at you and nods, just once. He noticed what you did. # mood: jas neutral
+ ["Yeah, she's NBM from midnight. Supper's fine." # rating: poor # score: 1.4c -2 # score: 1.4a -1 # trust: jas -1 # feedback: Answering in his words tells Kyle, and Jas, that the label is fine, and "NBM" isn't even right: she may drink water until half past seven. Use her name and plain words now, and talk to Kyle in private.]
    "Yeah, she's NBM from midnight. Supper's fine." # speaker: you
    "Sweet." Kyle is gone. # speaker: kyle # mood: pleased # exit: kyle
    "Feeder? Is that what you lot call her?" # speaker: jas # mood: angry
    You don't have an answer for him.
+ [Tell Kyle, there and then in front of them, that she's called Mrs Kaur, not "the feeder" # rating: ok # score: 1.4c +1 # score: 1.4a +0 # feedback: You were right that the label is wrong, and Jas saw someone stand up for his Nani. But correcting a colleague in front of her puts her in the middle of it and makes him defensive; answer with her name now, and talk to him in private.]
    "Kyle, this is Mrs Kaur. Not the feeder." # speaker: you
    Kyle goes red. "All right. Everyone says it." # speaker: kyle # mood: defensive
    You tell him: supper as normal, nothing to eat after midnight, water until half past seven. He backs out. # exit: kyle
    "Trouble? Because of me?" Mrs Kaur asks. # speaker: kaur # mood: worried
    "No. Not because of you." # speaker: you
    Jas glares at the door. # mood: jas angry
- -> corridor

=== corridor ===
You tell Mrs Kaur and Jas you'll be back after supper, and step out. # location: corridor # ambience: none
Kyle is at the linen cupboard. He speaks before you can. # enter: kyle
"Her grandson gave me a right look. Feeder's just quicker, you know. Everyone knows what it means. And she can't hear us half the time anyway." # speaker: kyle # mood: defensive # partner: kyle # partner-feels: embarrassed by the look Jas gave him, and on the defensive # partner-wants: to hear it's no big deal, so he can get on with his shift # partner-well: folds his arms at first, then softens, rubs his neck and says old habits # partner-badly: laughs it off, or shrugs and says fine, whatever, and keeps using labels
+ [Say nothing to Kyle now, and ask Funmi later to have a word with him for you # rating: ok # score: 1.4c +1 # feedback: Going to the senior is safe, and better than saying nothing. But a calm word with Kyle first is usually fairer and quicker; keep the senior for when a private word hasn't worked.]
    You say nothing. Kyle shrugs and heads off. # exit: kyle
    When Funmi passes with the trolley, you ask her to have a word with him. # enter: funmi
    She sighs. "I've got thirty residents' medicines to do. He's not a bad lad. Have a quiet word yourself, and come back to me if it carries on." # speaker: funmi # mood: neutral
    Later, you catch Kyle at the tea trolley and ask him to use her name. He shrugs. "Fine. Whatever." # exit: funmi
+ [Tell him calmly how it sounded to Jas, and ask him to use her name # rating: best # score: 1.4c +2 # trust: kyle +1 # feedback: A calm, private word about how it landed with her family gives Kyle a fair chance to change, and keeps the team working together. If it carries on after that, that's the time to take it to the senior.]
    "Her grandson heard it, and he was hurt. She needs help with her food because of her hands, but she's Mrs Kaur, not the feeder. And she hears fine when you face her. Could we just use her name?" # speaker: you
    Kyle folds his arms. "I didn't mean anything by it." # speaker: kyle # mood: defensive
    A pause. "He did look gutted, didn't he." He rubs the back of his neck. "Yeah. All right. Old habits." # speaker: kyle # mood: sad
+ [Laugh along, and say maybe just not when her family are in # rating: poor # score: 1.4c -1 # feedback: Laughing along treats the problem as getting caught, not as how the word treats Mrs Kaur. Labels change how a whole team sees a person, and they spread into notes; say calmly why it matters, and suggest her name.]
    "Ha. Maybe just not when her family are in, yeah?" # speaker: you
    "Good shout." Kyle laughs. Halfway down the corridor he calls to someone, "Is the wanderer in 6 back from the garden?" # speaker: kyle # mood: pleased # exit: kyle
- -> office

=== office ===
Half past five. Funmi is back at the desk, with her medicines trolley ready to go. # location: office # ambience: office # enter: funmi
She pulls up Mrs Kaur's care plan to add tomorrow's transport and escort. You read over her shoulder.
Under "Communication" it says: "No needs identified." Nothing about Punjabi. Nothing about her hearing. # pause # note: Ask the room: for her hearing loss, the Accessible Information Standard has five steps: ask, record, flag, share, act. Which of them have happened for Mrs Kaur, and which haven't? Who books her interpreter? # partner: funmi # partner-feels: busy, about to start the medicines round, typing in tomorrow's transport # partner-wants: to finish the care plan quickly and get on with the medicines # partner-well: stops typing, looks worried, then says what she will change and thanks you # partner-badly: keeps typing, saves the plan as it is, hurries off when a call bell goes
+ [Stick a note on her door saying "DEAF, PUNJABI ONLY", so all the staff know # rating: poor # score: 1.4a -1 # score: 1.4c -1 # feedback: You spotted a real gap, but a note on her door labels her for every passer-by and never reaches her care plan or the hospital. Tell the senior, so her needs are recorded, flagged and shared properly.]
    You say nothing to Funmi. On your way past room 4, you stick a note on Mrs Kaur's door in big letters: "DEAF, PUNJABI ONLY".
    Twenty minutes later, Funmi peels it off. # mood: funmi neutral
    "We don't put people's needs on their doors for everyone to read. Come and tell me next time." # speaker: funmi # mood: neutral
    Then a call bell goes, and she hurries off before anything else is said. Her care plan still says: "No needs identified." # sfx: call-bell
+ [Write it up in today's daily notes yourself, so the night shift can see it # rating: ok # score: 1.4a +1 # score: 1.4c +0 # feedback: Writing it down is better than keeping it in your head, and the night shift may read it. But daily notes get buried: her care plan still says "no needs", and nothing goes to the hospital. Tell the senior, so it is recorded and flagged properly.]
    You write in the daily notes: "Mrs Kaur speaks Punjabi first. Hearing loss: face her, check her hearing aid is pushed in."
    Funmi saves the care plan as it is. "No needs identified." # mood: funmi neutral
+ [Tell Funmi how Mrs Kaur communicates, and ask for it to go on her care plan # rating: best # score: 1.4a +2 # score: 1.4c +1 # trust: funmi +1 # feedback: Night staff, agency staff and the hospital all need to know how to talk with her. Telling the senior means her needs are recorded, flagged and shared wherever she goes, not just known by whoever is on shift.]
    ~ flagged = true
    "Funmi, it says no communication needs. She speaks Punjabi first, and wants it for anything about her health. And she has hearing loss: face her, somewhere quiet, and check her hearing aid is pushed in. It whistles when it comes loose." # speaker: you
    Funmi stops typing. "You're right. That's been missed since she moved in." # speaker: funmi # mood: worried
    "I'll put it in now and flag it, so night staff, agency staff and the hospital all see it. It'll go on the form that travels with her tomorrow. Thank you." # speaker: funmi # mood: pleased
- -> anything_else

=== anything_else ===
"Anything else before I start the meds?" # speaker: funmi # mood: neutral # partner: funmi # partner-feels: in a hurry, but willing to stop for anything that matters # partner-wants: anything she needs to act on, said quickly and clearly # partner-well: stops, takes it seriously, says what she will do and who she will ring # partner-badly: frowns, says that is not ours to talk about, and turns to her trolley
+ [Tell Funmi that Jas asked about the DNACPR, so that she can let the GP know # rating: ok # score: 1.4d +1 # score: 1.4b +0 # feedback: Passing it on was right, and the GP is the person to talk it through with her. But there was a bigger question to ask: if her communication needs were never recorded, was Mrs Kaur really part of that decision at all?]
    "Jas asked me what the DNACPR in her file means. Could you let her GP know?" # speaker: you
    {told:
        "I told him what it means, too. I shouldn't have. I'm sorry." # speaker: you
    }
    "Thanks. I'll let Dr Shah know they've got questions." She's already turning to the trolley. # speaker: funmi # mood: neutral
    {told:
        "And next time, a question like that comes to me, not to the family," she adds. "It isn't ours to explain." # speaker: funmi # mood: worried
    }
+ [Ask Funmi to ring Jas's mum tonight and explain the DNACPR to the family # rating: poor # score: 1.4d +0 # score: 1.4b -1 # feedback: Family matter, but Mrs Kaur can decide for herself who is told about her care. Her GP should talk it through with her first, and she chooses who else is there; pass the question to the senior for that.]
    "Could you ring Jas's mum and explain the DNACPR? The family want to know." # speaker: you
    Funmi frowns. "That's Mrs Kaur's to talk about, with her GP. She decides who's told, not us. I'll let the surgery know she has questions." # speaker: funmi # mood: neutral
+ [Tell Funmi about Jas's question, and ask if Mrs Kaur was ever part of the DNACPR decision # rating: best # score: 1.4d +2 # score: 1.4b +1 # trust: funmi +1 # feedback: You took the question to the senior, who can involve the GP, and you asked the one that matters most: her needs were never recorded, so was she properly part of a decision about her own life? That is exactly when to get advice.]
    ~ gp = true
    "Jas asked me what the DNACPR in her file means. I said it was one for her doctor." # speaker: you
    {told:
        "Before that, I told him what it means myself. I shouldn't have. I'm sorry." # speaker: you
    }
    "And her care plan has never said she needs Punjabi. Was she really part of that decision?" # speaker: you
    Funmi takes the form from the front of Mrs Kaur's file. "Signed by Dr Shah, two years ago. 'Discussed with patient.' No interpreter written down." She looks up. # speaker: funmi # mood: worried
    "You're right to ask. I'll ring the surgery in the morning and ask Dr Shah to come and talk it through with her, with an interpreter. And Mrs Kaur chooses who else is there." # speaker: funmi # mood: neutral
    "And Jas heard about it from someone at the front desk." # speaker: you
    Funmi sighs. "Then I'll have a word at the desk too. Nobody's form gets talked about where visitors can hear." # speaker: funmi # mood: sad
    {told:
        "And thank you for telling me. Next time, a question like that comes to me, not to the family. It isn't ours to explain." # speaker: funmi # mood: worried
    }
- {interpreter: -> call | -> no_call}

=== call ===
You tell Funmi that Mrs Kaur would like a Punjabi interpreter for her questions about the test.
"Good. I'll ring the interpreting line now, before supper." # speaker: funmi # mood: pleased
Twenty minutes later, the phone sits on speaker on Mrs Kaur's bedside table. # location: bedroom # sfx: phone-ring # enter: kaur jas funmi
"Hello, this is Navdeep, the Punjabi interpreter. Can I check who's in the room, please?" # speaker: navdeep # offstage # mood: neutral
Funmi names everyone: Mrs Kaur, Jas, you, and herself.
"Mrs Kaur, I'll say everything you say as you say it, in the first person, and I won't add or leave out anything. It's all confidential." # speaker: navdeep # offstage
Funmi goes through the hospital letter a sentence at a time, and Navdeep puts each one into Punjabi. Mrs Kaur asks her questions, one after another. Jas holds her hand.
{not understood: Halfway through, Navdeep says, "I thought a little tea in the morning was all right. Tea is mostly water." Funmi catches your eye. "Water only, Mrs Kaur, until half past seven. Not tea," she says, and Navdeep passes it on.}
~ understood = true
Then Mrs Kaur speaks for a long time, steadily, looking at the phone as if Navdeep were in the room. # mood: kaur neutral
"I came to Leicester in 1969. I worked thirty years on a machine in a hosiery factory, and I brought up three children here. My English is good enough for the shop and the bus." # speaker: navdeep # offstage
"But this is my body, and a form with my name on it. For that I want my own language, so that when I say yes, it is my yes." # speaker: navdeep # offstage
"Now I know what they will do. Nothing to eat after midnight. Water until half past seven. A small camera, and something to make me sleepy if I want it. Ade comes with me and brings me home." # speaker: navdeep # offstage
"One more thing. There is a form in my file about my heart. Nobody has ever sat down with me and talked about it. I want my doctor to explain it to me, in Punjabi, and to hear what I want." # speaker: navdeep # offstage
{gp: Funmi nods. "I've already asked for that, Mrs Kaur. Dr Shah will come and see you, with an interpreter." | Funmi is quiet for a moment. "You're right, and I'm sorry nobody has. I'll ask Dr Shah, your GP, to come and talk it through with you, with an interpreter."} # speaker: funmi # mood: neutral
~ gp = true
Navdeep passes it on. Mrs Kaur nods, once. # mood: kaur relieved
"I've asked the hospital for an interpreter tomorrow as well," Funmi tells you on the way out. "She'll sign her own form, with someone there who can explain it properly." # speaker: funmi # mood: neutral
-> jas_leaves

=== no_call ===
Funmi stops at the door with the trolley. "She knows about midnight, and the water?" # speaker: funmi # mood: neutral
{understood: "Yes. She told it back to me: water until half past seven, then nothing. Not tea." | "I think so. She nodded."} # speaker: you
"Good." She hurries off down the corridor. # speaker: funmi
Nobody asks for an interpreter. Mrs Kaur's questions about the test stay where they are.
-> jas_leaves

=== jas_leaves ===
Half past six. Jas comes out of Mrs Kaur's room with his school bag. She follows him into the corridor, leaning on her stick. # location: corridor # ambience: none # enter: jas kaur
"I've got to get my bus. Can I go with her tomorrow? Mum's on an early shift, but I can miss school." # speaker: jas # mood: neutral
"And I can sign the forms for her, can't I? I'm sort of her next of kin when Mum's at work." # speaker: jas # partner: jas # partner-feels: keen to help his Nani, and proud to be the grown-up for once # partner-wants: to go with her tomorrow and be useful, even if it means missing school # partner-well: looks at his Nani, accepts what she decides, grins about a big tea # partner-badly: gets the wrong idea, then looks at his feet when his Nani corrects him
+ [Tell Jas you're not sure, and that you'll ask Funmi what he's allowed to sign # rating: ok # score: 1.4b +0 # score: 1.4a +0 # feedback: Checking when you're unsure is safe. But you could answer this one, and Mrs Kaur is standing right there: she signs her own forms, and she can say whether she wants Jas with her.]
    "I'm not sure, Jas. I'll ask Funmi what you're allowed to sign." # speaker: you
    Mrs Kaur taps her stick on the floor. "You could ask me. I sign my own name." # speaker: kaur # mood: neutral
    Funmi, passing with the trolley, has heard. "She does. And Ade's going with her tomorrow, and bringing her home. Whether Jas comes too is up to Mrs Kaur." # speaker: funmi # mood: neutral # enter: funmi
    "Then Jas goes to school. He has exams. You come after school, Jas, and we have tea." # speaker: kaur # mood: pleased
+ ["Course. You're family, so you can sign for her." # rating: poor # critical # score: 1.4b -2 # score: 1.4a -1 # trust: kaur -1 # feedback: This was wrong in law, and unsafe: being family or next of kin gives nobody the right to agree to treatment for another adult, and Mrs Kaur can decide for herself. Only she can sign her form. Ask her who she'd like with her, and welcome Jas as her support.]
    "Course. You're family, so you can sign for her." # speaker: you
    "Sweet," says Jas. # speaker: jas # mood: pleased
    Mrs Kaur frowns. "Jas will not sign for me. I can read, and I can write my own name." # speaker: kaur # mood: angry
    Jas looks at his feet. # mood: jas sad
    Funmi, passing with the trolley, has heard. "Mrs Kaur signs her own form, Jas. Nobody signs for her. And Ade's going with her tomorrow, and bringing her home. The hospital wants an adult with her after the sleepy medicine." # speaker: funmi # mood: worried # enter: funmi
    "Then Jas goes to school," Mrs Kaur says. "He has exams." # speaker: kaur # mood: neutral
+ [Say his Nani signs her own forms, and ask her if she'd like him there # rating: best # score: 1.4b +2 # score: 1.4a +1 # trust: jas +1 # trust: kaur +1 # feedback: Being next of kin gives nobody the right to sign for another adult, and Mrs Kaur can decide for herself. Asking her whether she wants Jas there keeps her in charge and welcomes him as her support, while the home sends the adult escort the hospital needs after sedation.]
    "Your Nani signs her own forms, Jas. It's her decision. Mrs Kaur, would you like Jas with you tomorrow?" # speaker: you
    "Ade, one of the day carers, is going with you and bringing you home. After the sleepy medicine, the hospital wants an adult with you." # speaker: you
    She takes Jas's hand and looks at him for a long moment. "Then Jas goes to school. He has exams." # speaker: kaur # mood: neutral
    She pats his cheek. "You come after school, and we have tea." # speaker: kaur # mood: pleased
    Jas grins. "Big tea." # speaker: jas # mood: pleased
- The front door closes behind Jas. # sfx: door # exit: jas
-> notes

=== notes ===
Seven o'clock. You sit down in the office to write your notes for the day. # location: office # ambience: office # sfx: clock-chime
Above your space, Kyle's entry for supper reads: "Rm 4 (feeder). Difficult at supper. Refused half her tray."
You were there for some of supper. Mrs Kaur wasn't difficult. She left half because her stomach hurt. # pause
Funmi is at the other end of the desk, finishing a call to the hospital's endoscopy unit about Mrs Kaur's morning tablets. She writes what they said on the handover sheet. # enter: funmi # partner: funmi # partner-feels: tired at the end of the day, busy sorting Mrs Kaur's morning tablets # partner-wants: notes the next shift can trust, and to hear about problems from her team # partner-well: reads it carefully, looks sad, says she'll sort it out and thanks you # partner-badly: looks up serious, asks who did what, says come to me with things like this
+ [Write your own notes as it happened, and ask Funmi to look at Kyle's entry # rating: best # score: 1.4c +2 # score: 1.4d +2 # trust: funmi +1 # feedback: Your own notes say what happened and why, and taking Kyle's entry to the senior is the proper way to get it corrected: the label hides her stomach pain, and the next shift will read it. You didn't change anyone else's words.]
    You write what you saw: "18:00. Mrs Kaur ate about half her supper. She said her stomach hurt after a few mouthfuls."
    "Funmi, have you got a minute? Kyle's note calls Mrs Kaur the feeder, and says she was difficult. She wasn't. Her stomach hurt." # speaker: you
    Funmi reads it. "Her stomach hurt. That's what the next shift needs to know, not difficult." # speaker: funmi # mood: sad
    "I'll talk to Kyle tomorrow, and he'll add a correction. The whole team needs a reminder about labels. Thanks for bringing it to me." # speaker: funmi # mood: neutral
+ [Write your own notes as it happened: she left half her supper because of stomach pain # rating: ok # score: 1.4c +1 # score: 1.4d +0 # feedback: A factual note of your own is good record-keeping, and the next shift will read about her pain. But Kyle's label is still in her record for everyone to copy; ask the senior about it.]
    You write what you saw: "18:00. Mrs Kaur ate about half her supper. She said her stomach hurt after a few mouthfuls."
    Kyle's entry stays above yours. Tomorrow, the agency carer on the early shift will read "feeder" and "difficult" first.
+ [Cross out "feeder" and "difficult" in Kyle's entry, and write "stomach pain" above them # rating: poor # critical # score: 1.4c -2 # score: 1.4d -1 # trust: funmi -1 # feedback: This was unsafe: nobody may alter another person's entry in a care record, even to fix a bad word, because the record must show who wrote what and when. Take it to the senior, so that Kyle can add a correction properly.]
    You cross out his words and write your own above them.
    Ten minutes later, Funmi reads the notes and looks up. She isn't angry, but she is serious. # mood: funmi worried
    "Who changed Kyle's entry? We never alter someone else's notes. Now nobody can tell who wrote what, or when. Come to me with things like this." # speaker: funmi # mood: worried
- -> morning

=== morning ===
Friday morning. # location: bedroom # ambience: none # exit: all
{interpreter: -> ending_supported}
{understood: -> ending_frightened}
-> ending_cancelled

=== ending_supported ===
At six, the night carer brings Mrs Kaur a glass of water. At half past seven she puts the empty glass aside herself. "Now nothing, until after." # enter: kaur
Her morning tablets are given the way the hospital told Funmi. Ade goes with her in the transport.
{flagged: At the hospital, a Punjabi interpreter is waiting. The form that went with her says she needs one, and that she hears best when people face her. | At the hospital, the interpreter Funmi asked for is waiting.}
Mrs Kaur asks her own questions, and signs her own form.
By mid-afternoon she is back in her chair by the window. The test went ahead, and the doctors know what is causing her pain. Jas comes straight from school, and they share the biggest pot of tea in Elm Lodge. # mood: kaur pleased
{flagged: -> supported_end | -> this_time_end}

= supported_end
The next week, Dr Shah comes to see her, with an interpreter on the phone. They talk about the form in her file properly, for the first time, and Mrs Kaur says what matters to her. Jas is there, because she asked him to be.
Her care plan now says how to talk with her: Punjabi for anything about her health, face her, somewhere quiet, hearing aid pushed in properly. The next new carer reads it before they meet her.
She sees you in the doorway and pats the chair beside her. "Sit. Face me. You know how now." # speaker: kaur # mood: pleased # ending: understood-and-supported
-> END

= this_time_end
The next week, Dr Shah comes to talk with her about the form in her file, with an interpreter, because Mrs Kaur asked for one herself.
A week after that, an agency carer who has never met her stands in the doorway and asks, loudly and in English, whether she's had her tablets. Her care plan still says "No needs identified."
Mrs Kaur nods and says yes. Nobody knows what she has understood. It went well once, because of who was on shift. # mood: kaur sad # ending: understood-this-time
-> END

=== ending_frightened ===
Mrs Kaur keeps to the letter: nothing to eat after midnight, a glass of water at six, then nothing. Ade goes with her in the transport. # enter: kaur
At the hospital, the nurse holds out a consent form and starts to explain, quickly, in English. Mrs Kaur doesn't know what they are going to do to her. She pushes the form away. # mood: kaur upset
{flagged: Because the form from Elm Lodge says she speaks Punjabi first, the nurse rings for an interpreter straight away. It still takes an hour. | Nobody at the hospital knew she speaks Punjabi first. It takes two hours to get an interpreter on the phone.}
By the time she has understood and agreed, she is exhausted and frightened. The test goes ahead, late.
{gp: Back at Elm Lodge, there is a note in the diary: Dr Shah is coming next week to talk with her about the form in her file, with an interpreter. That part, at least, will be done properly.}
Ade brings her home in the afternoon, and she goes to bed too tired for her tea. # ending: frightened-and-delayed
-> END

=== ending_cancelled ===
At five in the morning, Mrs Kaur wakes up thirsty. She pours a cup of milky tea from the flask Jas left. Tea is mostly water, she thinks. # enter: kaur
At the hospital, the nurse asks when she last had anything to eat or drink. The letter said water only. The test can't be done safely today. # mood: kaur confused
It's cancelled and rebooked for three weeks' time. Mrs Kaur comes back to Elm Lodge with the same stomach pain and no answers. # mood: kaur sad
{gp: There is a note in the diary: Dr Shah is coming next week to talk with her about the form in her file, with an interpreter. That part, at least, will be done properly.}
"Nobody told me tea was different," she tells Jas on the phone that night. He blames himself. But nobody had checked what she understood. # ending: test-cancelled
-> END
