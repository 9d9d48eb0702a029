# title: Back from hospital
# summary: Lin Fairbrother has come back to her care home after a stroke. She understands far more than she can say. With her picture board, her husband, a district nurse, a pharmacist on the phone and the night staff, getting her first day back right takes the whole team, and Lin herself.
# minutes: 15
# outcomes: 1.4a 1.4b 1.4c 1.4d
# location: office
# cast: fairbrother alan gail sam yusuf marcus hannah
# content-note: A woman recovering from a stroke finds speaking and swallowing hard. On one path she chokes on food and becomes ill.

// Five facts about the world decide what happens; everything else rejoins.
VAR fed = false          // Lin ate the sandwich against her swallowing plan
VAR hid = false          // Alan's sandwiches were hidden away without a word
VAR talkedover = 0       // how often someone spoke for Lin, or took a muddled nod as her answer (0 to 3)
VAR meds = 0             // the pharmacist's question: 0 passed on in time, 1 passed on late, 2 a guess got in
VAR night = 0            // the night turns: 0 left as they were, 1 sorted the next day, 2 sorted that night

-> handover

=== handover ===
Tuesday, five to eight in the morning, at Oakfield House, a care home in Stockport. You are on a long day, in your fourth week in the job. # ambience: office
Gail Thornton, the senior carer on days, has the handover sheet in one hand and a mug of tea in the other. # enter: gail
"Room 12. Mrs Fairbrother, Lin. She came back from hospital last night, after three weeks on the stroke ward." # speaker: gail # mood: neutral
"Her right side is weak, and her speech has mostly gone. It's called aphasia: she gets stuck on words, and sometimes she says yes when she means no. But she's sharp inside. She understands nearly everything." # speaker: gail
"Hannah, the SLT, came in at seven. She left Lin a picture board, and a swallowing plan: soft, bite-sized food, no bread for now, and thickened drinks. It's on her wall." # speaker: gail
"The district nurse is coming at two about a sore patch on her bottom. Her husband, Alan, comes in about eleven. I've got the medicines round, then the GP on the phone about Mr Haworth, so I'll be tied up all day." # speaker: gail # mood: worried
"Go and say good morning to her, and help her wash if she wants it." # speaker: gail # note: Ask the room: what do you know about Lin from this handover, and what don't you know yet? Who could tell you?
-> first_visit

=== first_visit ===
Room 12. You knock, and go in. # location: bedroom # sfx: knock # ambience: none
Lin Fairbrother is propped up in bed. Her right hand lies still on the cover. Her left hand turns her wedding ring round and round. # enter: fairbrother # mood: fairbrother worried
On the over-bed table is a laminated board of pictures and letters. On the wall, Hannah's swallowing plan, in large print.
Lin looks at you, and her mouth works.
"Mm. Mor... morn..." # speaker: fairbrother # mood: worried # partner: fairbrother # partner-feels: nervous with a new face, and cross that her words won't come # partner-wants: to say good morning back, and to have a say in her own wash # partner-well: stops turning her ring, relaxes, and tries a word or a nod # partner-badly: grips your wrist, says "No, no!" and slaps the table
+ [Say good morning and start her wash, chatting brightly so she feels at ease and doesn't have to talk # rating: poor # score: 1.4b -1 # score: 1.4c -1 # trust: fairbrother -1 # feedback: Chatting is kind, but she has no way to say yes, no or not yet, so the wash happens to her rather than with her. Sit at her level, slow down and give her the board, so she can take part in her own care.]
    "Morning, Lin! Lovely day. Let's get you freshened up, shall we?" # speaker: you
    You turn back the cover. Her left hand shoots out and grips your wrist.
    "No. No... no!" # speaker: fairbrother # mood: upset
    She lets go, and slaps her palm down hard on the table, next to the board. You slide the board under her hand.
+ [Sit at her eye level, say who you are, and put the board where she can reach it # rating: best # score: 1.4c +2 # score: 1.4b +1 # trust: fairbrother +1 # feedback: Being at her eye level and slowing down tells her you have time for her. The board gives her a way to answer, so she can take part in her own care, which is what working with her really means.]
    You pull the chair up to the bed and sit, so your face is level with hers.
    "Good morning, Lin. I'm one of the carers here. Take your time. I'm not in a rush." # speaker: you
    Her hand stops turning the ring. # mood: fairbrother relieved
    You slide the board across the table so it sits under her left hand.
+ [Tell her your name and what you'd like to do, slowly, in short sentences # rating: ok # score: 1.4c +0 # score: 1.4b +0 # feedback: Short, slow sentences help her follow you, and telling her first is respectful. But she still has no easy way to answer you. Put the board in reach so she can say what she wants.]
    "Good morning, Lin. I'm one of the carers. I'd like to help you wash. Is that all right?" # speaker: you
    She nods, then frowns, then shakes her head. You are not sure which she means. # mood: fairbrother confused
    Then she taps the table twice, hard, next to the board. You slide it under her left hand.
- -> stuck_word

=== stuck_word ===
You look at the board with her. # location: communication-board
A row of pictures with words under them: YES, NO, DRINK, PAIN, TOILET. Then TIRED, FAMILY, HOT, COLD, HELP. The alphabet runs along the bottom.
Lin's finger hovers over the board. "Wh... when. When's the... the..." she says, and stops.
The word won't come. She shuts her eyes, and tries again. "The..."
You think she might mean breakfast. Or a cup of tea. # note: Ask the room: how long could you wait in silence before you jumped in? What does finishing someone's sentence do to them? # partner: fairbrother # partner-feels: frustrated and a bit embarrassed, the word is stuck # partner-wants: to ask when Alan is coming, in her own way, without being hurried # partner-well: keeps trying, finds FAMILY on the board and taps your watch # partner-badly: shuts her eyes, nods at anything just to end it, then sighs
+ [Finish it for her: "The tea? You want a cup of tea?" # rating: poor # score: 1.4c -1 # score: 1.4b -1 # trust: fairbrother -1 # feedback: Guessing the word is meant kindly, but it puts your words in her mouth, and a tired nod can look like a yes. Wait quietly, and let her find the word or show you on the board.]
    ~ talkedover++
    "The tea? You want a cup of tea, Lin?" # speaker: you
    She closes her eyes and nods.
    You fetch a beaker of thickened tea. She takes one sip and pushes it away.
    Then, slowly, she points to FAMILY, and reaches over to tap your watch. She never wanted tea.
+ [Offer two guesses, breakfast or a cup of tea, and ask her to point to YES or NO # rating: ok # score: 1.4c +0 # score: 1.4b +0 # feedback: Choices and yes or no can help when words are hard, and you gave her a way to answer. But guessing first squeezes her into your ideas. Give her time to show you her own word before you offer any.]
    "Is it breakfast? Or a cup of tea?" # speaker: you
    She points to NO, and NO again, and sighs.
    Then, slowly, her finger moves to FAMILY, and she reaches over to tap your watch.
+ [Say there's no rush, then wait quietly while she looks at the board # rating: best # score: 1.4c +2 # score: 1.4b +1 # trust: fairbrother +1 # feedback: Waiting without filling the silence gives her time to find the word or point to it. She gets to say what she actually means, not what you guessed.]
    "There's no rush, Lin." # speaker: you
    You wait. It feels like a long time. It is about twenty seconds.
    Her finger moves across the board and stops on FAMILY. Then she reaches over and taps your watch.
- "Alan? You'd like to know when Alan's coming?" # speaker: you
"Yes," she says, and points to YES, firmly.
"Gail says he'll be in at about eleven." # speaker: you
She lets out a long breath, and the left side of her mouth smiles.
-> yes_no

=== yes_no ===
The district nurse is coming at two to look at the sore patch on her bottom. Before you help her wash, you need to know if anything hurts.
"Lin, are you in any pain?" # speaker: you
"Yes," she says. Then, "No. No... yes." She nods, then shakes her head, and looks cross with herself. # note: Ask the room: how can you be sure of a yes or a no, without wearing her out? # partner: fairbrother # partner-feels: cross that yes and no come out muddled, and her bottom is sore # partner-wants: to tell you her bottom hurts, and be properly believed # partner-well: points firmly, then gives you a look that says "I just told you" # partner-badly: goes quiet, then winces and slaps PAIN on the board when moved
+ [Take the nod as a yes, write "in pain" in her notes, and get on with the wash before it gets late # rating: poor # score: 1.4c -1 # score: 1.4b -1 # trust: fairbrother -1 # feedback: Her yes and no can come out muddled, so a nod may not mean yes, and "in pain" does not say where or how much. Ask one thing at a time, let her point to YES or NO, and check it the other way round.]
    ~ talkedover++
    You write "in pain" in her notes. It doesn't say where, or how much, and it may not even be what she meant.
    When you roll her onto her back for the wash, she grimaces, and her hand slaps the board: PAIN. PAIN.
    You slow right down, and say sorry.
+ [Ask again, more slowly, and watch her face and body for clues # rating: ok # score: 1.4c +0 # score: 1.4b +0 # feedback: Slowing down and watching her face and body are good habits, and you learned something. But you are still guessing from her face. Let her point to YES or NO, one question at a time, and check it the other way round.]
    You ask again, more slowly. She shifts in the bed, winces, and her hand goes to her hip.
    You think it's her bottom that hurts, from the way she moves. You're probably right. But you haven't checked it with her.
+ [Ask one short question at a time, and have her point to YES or NO # rating: best # score: 1.4c +2 # score: 1.4b +1 # trust: fairbrother +1 # feedback: One short question at a time, with her finger on YES or NO, gives her a clear way to answer. Checking it the other way round makes sure her yes really means yes.]
    "Let's use the board. Does anything hurt now? Point for me." # speaker: you
    She points to YES.
    "Is it your bottom, where the sore patch is?" # speaker: you
    YES.
    "Anywhere else?" # speaker: you
    NO.
    To be sure, you turn it round.
    "So your bottom doesn't hurt, then?" # speaker: you
    Her finger goes straight to NO, and she gives you a look that says: I just told you.
    You both laugh. You help her wash slowly, on her side, and keep off the sore patch.
- The wash done, you help her into her chair by the window, with cushions to keep her upright. # location: bedroom
-> alan_arrives

=== alan_arrives ===
Eleven o'clock. There is a knock, and a man in a flat cap puts his head round the door. # sfx: knock # enter: fairbrother alan
"Only me. Hello, Linny." # speaker: alan # mood: pleased
Lin's whole face lights up. # mood: fairbrother pleased
He kisses her forehead and sits down heavily. Then he turns to you.
"Call me Alan, love. Everyone does." # speaker: alan
"How's she been? Has she eaten? Did she sleep?" # speaker: alan # mood: worried
"She'll not tell you, love. You'll have to ask me. I know what she wants before she does." # speaker: alan
You were about to ask Lin where she'd like her lunch today: here in her room, or in the dining room. # partner: fairbrother # partner-feels: happy Alan is here, but tired of people talking about her # partner-wants: to choose for herself, she fancies some company at lunch # partner-well: sits up, points clearly on the board, smiles with one side of her mouth # partner-badly: pushes the board away across the table and stares out of the window
+ [Ask Alan whether she'd rather have her lunch here in her room or in the dining room # rating: poor # score: 1.4b -1 # score: 1.4c -1 # trust: fairbrother -1 # feedback: Alan knows her well, but she is sitting right there and can answer for herself with her board. Asking him instead tells her that her voice no longer counts. Ask her first, then ask him what he has noticed.]
    ~ talkedover++
    "Alan, would she rather eat in here, or in the dining room?" # speaker: you
    "In here. She never liked a crowd." # speaker: alan # mood: neutral
    Lin looks at him, and then at you. She pushes the board away across the table and stares out of the window. # mood: fairbrother sad
    Later you read in her hospital notes that she ate every meal in the ward's day room, by choice, and liked the company.
+ [Ask Lin herself, with the board, then ask Alan what he's noticed # rating: best # score: 1.4b +2 # score: 1.4c +1 # trust: fairbrother +1 # trust: alan +1 # feedback: Lin answered for herself, and Alan was asked for what only he knows, so both of them are partners in her care. Family know the person's history and habits; the person still has the first say.]
    You crouch beside her chair and hold the board where she can reach it.
    "Lin, would you like your lunch in the dining room today?" # speaker: you
    She points to YES.
    "Not here in your room?" # speaker: you
    She points to NO.
    Alan's eyebrows go up.
    "Dining room? She never liked a crowd." # speaker: alan # mood: confused
    "What have you noticed about her since the stroke, Alan?" # speaker: you
    He thinks about it.
    "She's been lonely, is what. Three weeks in a side room." # speaker: alan # mood: sad
    He looks at her. # mood: alan relieved
    "Dining room it is, then, love." # speaker: alan
+ [Ask Lin, and remind Alan gently that she can answer for herself # rating: ok # score: 1.4b +0 # score: 1.4c +0 # trust: alan -1 # feedback: Lin got her say, which matters most. But telling Alan off, however gently, sets you against him, and you missed what he knows about her. Ask her first, then ask him what he has noticed.]
    "Lin, lunch in here, or in the dining room? Alan, let her answer. She can tell us herself." # speaker: you
    Alan's mouth tightens.
    "I was only helping." # speaker: alan # mood: defensive
    Lin points to the door, and then to YES. The dining room. Alan says nothing for a while.
- -> sandwiches

=== sandwiches ===
Alan reaches into his carrier bag and brings out a foil parcel. He unwraps it on the table: egg and cress sandwiches on white bread, cut into four. # mood: alan pleased
"Her favourite. I've made her these every Sunday for forty-nine years." # speaker: alan # mood: pleased
"Hospital food's half of what's wrong with her. She always managed fine with my sandwiches." # speaker: alan
Lin's left hand is already reaching for one. # mood: fairbrother pleased
Behind her, on the wall, is Hannah's swallowing plan: no bread for now. # note: Ask the room: what does Alan know about Lin that the plan doesn't? Whose decision is this, and who needs to be part of it? # partner: alan # partner-feels: proud, sure his sandwiches will do her more good than hospital food # partner-wants: to see Linny enjoy her Sunday sandwich, and to be useful to her # partner-well: hurt for a moment, argues a little, but keeps listening and asks questions # partner-badly: gets angry and says "Who says? Nobody asked me"
+ [Let her have one. Alan knows her best, and it's her choice # rating: poor # critical # score: 1.4b -1 # score: 1.4c -2 # trust: alan +1 # feedback: This was unsafe. Her plan says no bread for now because her swallow is weak since the stroke, and food could go the wrong way. If Lin wants foods outside her plan, that can be her choice, but only once her therapist has talked the risks through with her and the plan says so.]
    ~ fed = true
    "Go on, then. Just the one." # speaker: you
    Alan beams and passes her a quarter. She takes a big bite, and chews for a long time.
    Then she coughs. And coughs. Her eyes stream and her face goes red. # mood: fairbrother upset
    "Linny? Lin!" # speaker: alan # mood: worried
    You press the call bell. # sfx: call-bell
    Gail comes at a run. She stays with Lin, talking to her calmly, until the coughing settles. Lin is grey and shaking. # enter: gail
    Gail sees the foil on the table.
    "Bread? Her plan says no bread. She could have choked." # speaker: gail # mood: angry
    "I'll ring the GP now. Nothing else to eat or drink till I've spoken to him." # speaker: gail # mood: worried
    Gail goes to the phone. Alan sits very still, a sandwich in his hand. # exit: gail
    "She always managed fine." # speaker: alan # mood: upset
+ [Tell them kindly that her plan says no bread for now, and why # rating: best # score: 1.4b +1 # score: 1.4c +2 # feedback: A plain, kind "not yet" keeps Lin safe and treats them both as adults, without a lecture. Saying why, in one sentence, shows Alan it is about her swallow, not his cooking.]
    "Alan, those look lovely, and I can see what they mean to you both." # speaker: you
    "But the therapist's plan says no bread for now. Since the stroke, Lin's swallow isn't as strong, and Hannah says bread is one of the hardest things for it." # speaker: you
    Lin's hand drops. She looks at the sandwiches, then at Alan. # mood: fairbrother sad
    "Forty-nine years, and she never once choked." # speaker: alan # mood: defensive
+ [Say nothing, and move the parcel out of her reach. Put it in the staff fridge once Alan has gone # rating: poor # score: 1.4b -1 # score: 1.4c -1 # trust: alan -2 # feedback: A quiet ban goes behind both their backs, and Alan will find out. They deserve an honest answer: tell them kindly what the plan says and why, and get the therapist to talk it through with them.]
    ~ hid = true
    You slide the foil parcel along the table, out of Lin's reach, and say nothing.
    Lin's hand follows it, then stops. She looks at you. # mood: fairbrother confused
    "What's that for? Is she not allowed them now? Who says?" # speaker: alan # mood: angry
    "Maybe later," you say. It isn't an answer, and he knows it.
- { fed:
    "Nobody told me about any plan. Nobody asked me anything. I'm her husband." # speaker: alan # mood: upset # partner: alan # partner-feels: shaken and scared for Lin, half blaming himself, hurt nobody told him # partner-wants: to understand what happened, and to be part of decisions about Lin # partner-well: calms a little, nods, and says he'll be there to talk it through # partner-badly: goes quiet, wraps the sandwiches up, and leaves early
  - else:
    "So some lass from the hospital who's known her for a day says she can't have my sandwiches? I'm her husband. Nobody asked me." # speaker: alan # mood: angry # partner: alan # partner-feels: insulted, as if a stranger has overruled forty-nine years of marriage # partner-wants: a say in what his wife eats, and a talk with whoever made the rule # partner-well: calms a little, nods, and says "I'll be here" # partner-badly: says nobody ever calls him back, wraps the sandwiches up, leaves early
  }
+ [Tell Alan he could ring Hannah, the therapist, himself: her number is on the plan # rating: ok # score: 1.4b +0 # score: 1.4d +0 # feedback: The therapist is the right person, and you pointed him to her. But it leaves an upset man of 77 to chase a busy professional alone, and the senior doesn't know. Ask the senior to get the therapist to talk with Alan and Lin.]
    "Hannah's the one to ask, Alan. Her number's on the plan. You could ring her." # speaker: you
    "Ring the hospital? I've been ringing the hospital for three weeks, love. Nobody calls back." # speaker: alan # mood: angry
    He copies the number down anyway, and leaves at one, still upset. # exit: alan
+ [Leave it. Gail is busy, and Alan will come round in his own time # rating: poor # score: 1.4b -1 # score: 1.4d -1 # trust: alan -1 # feedback: Waiting leaves Alan upset and alone with a decision he doesn't understand, and Lin stuck in the middle. When family disagree with a plan, ask the senior to bring in the professional who wrote it.]
    You say nothing more. Alan wraps the sandwiches back up without a word, and leaves early. # exit: alan
    Lin watches the door for a long time after he's gone. # mood: fairbrother sad
+ [Ask Gail to get Hannah, the therapist, to talk with Alan and Lin # rating: best # score: 1.4b +1 # score: 1.4d +2 # trust: alan +1 # feedback: The person who wrote the plan can answer Alan's questions, hear what he knows about Lin, and talk with Lin about what she wants to eat. Asking the senior to bring her in is getting the right support at the right time.]
    "Alan, you know Lin better than anyone. I'll ask Gail to get Hannah, the therapist who wrote the plan, to talk it through with you both." # speaker: you
    You catch Gail at the medicines trolley and tell her. # location: corridor # enter: gail
    "Good. I'll ring Hannah after the round." # speaker: gail # mood: neutral
    At one o'clock Gail puts her head round Lin's door. # location: bedroom # enter: fairbrother alan gail
    "Hannah's coming at four tomorrow to see you both, Mr Fairbrother. She wants to hear what Lin likes to eat." # speaker: gail
    "Tomorrow at four. I'll be here." # speaker: alan # mood: relieved
- -> nurse

=== nurse ===
Two o'clock. Sam Whitaker, the district nurse, knocks on Lin's door. # location: bedroom # sfx: knock # exit: all # enter: fairbrother sam # mood: fairbrother neutral
"Hello, Mrs Fairbrother. I'm Sam, one of the district nurses. I've come to look at the sore patch on your bottom. Is now all right?" # speaker: sam # mood: neutral
Lin points to YES. You help her roll onto her side, and Sam talks to her all the way through.
"It's what we call a pressure area. It's red, and the skin's thin, but it hasn't broken. I want to keep it that way." # speaker: sam
He writes a plan, and reads it out.
"Help her change position at least every three hours, day and night. Left side, right side, and only short spells on her back. Check the patch each time. Write every change on the turning chart." # speaker: sam
"Can you make sure the night team get this? And how's she been today?" # speaker: sam # partner: sam # partner-feels: busy, four more visits to do, but keen this plan works # partner-wants: to know how Lin's day has been, and that nights will get the plan # partner-well: pleased, fine-tunes the plan, and says "ring our number if it doesn't work" # partner-badly: glances at his watch, explains it all again, and leaves a bit short
+ [Thank him, take the plan, and promise to pass it on to Gail # rating: ok # score: 1.4a +0 # score: 1.4c +0 # feedback: Passing the plan to the senior is right. But Sam didn't hear what you have seen today, and nobody checked you both understood the plan the same way. Tell him what you've seen, and read the plan back to him.]
    "Thanks. I'll make sure Gail gets it." # speaker: you
    "Great. Ring our number if it doesn't work for any reason. It's on the plan." # speaker: sam # mood: neutral
    He goes. Only later do you remember that you never told him she sat in her chair from eleven until two. # exit: sam
+ [Tell Sam what you saw today, then read the plan back to check it # rating: best # score: 1.4a +2 # score: 1.4c +1 # trust: sam +1 # feedback: You gave the nurse what only you knew about her day, and reading the plan back made sure you both mean the same thing. That is how information travels safely between professionals.]
    "She winced this morning when we rolled her onto her back. And she's been sitting up in her chair since eleven." # speaker: you
    "Let me read it back. Every three hours, day and night. Left side, right side, short spells on her back. Check the patch each time. Every change on the chart." # speaker: you
    "Spot on. And three hours in the chair is plenty for now. An hour or so at a time, then a rest on her side." # speaker: sam # mood: pleased
    "Ring our number if it doesn't work for any reason. It's on the plan. That's what it's there for." # speaker: sam
    He goes. # exit: sam
+ [Tell him you're new, and he'd better explain it all to Gail instead # rating: poor # score: 1.4a -1 # score: 1.4c -1 # trust: sam -1 # feedback: Being new is a reason to ask questions, not to step back. The senior is busy, and Sam needs what you saw today. Tell him, read the plan back, and then pass it on.]
    "I'm new. Could you explain it to Gail?" # speaker: you
    Sam glances at his watch.
    "She's on the phone with the GP, they tell me, and I've four more visits." # speaker: sam # mood: worried
    He explains it again, more slowly.
    "Ring our number if it doesn't work for any reason. It's on the plan." # speaker: sam # mood: neutral
    He goes, a little short with you. # exit: sam
- -> pharmacist

=== pharmacist ===
Ten past three. You are in the office, writing up Lin's notes. Gail is with Mr Haworth, who is poorly, and the GP is on speakerphone. # location: office # ambience: office
The office phone rings. # sfx: phone-ring
"Oakfield House, good afternoon." # speaker: you
"Hello, it's Yusuf Haddad, the pharmacist at Abbey Lane Pharmacy. I'm ringing about Mrs Lin Fairbrother, who came back from hospital last night." # speaker: yusuf # offstage # mood: neutral
"Her discharge letter doesn't match the medicines the hospital sent with her. The letter gives one dose of her blood thinner, and the box says another. And the letter doesn't say whether her old blood pressure tablet should start again." # speaker: yusuf # offstage # mood: worried
"Her next doses are due at five. Can you tell me what she's had today?" # speaker: yusuf # offstage # note: Ask the room: what does Yusuf need from this call? What do you know for certain, and what would only be a guess? # partner: yusuf # partner-feels: worried, the letter and the box don't match and doses are due at five # partner-wants: a true answer before five, from someone who really knows # partner-well: says "That's exactly right", slows down, and gives his number # partner-badly: sounds more worried, asks "Which ones? What dose?", says he can't wait
+ [Ask him to ring back in half an hour, when Gail is free # rating: ok # score: 1.4a +0 # score: 1.4c +0 # feedback: Nothing unsafe was said. But the five o'clock doses are getting closer, and he has to chase you again. Take a message now, read it back, and get it to the senior as soon as she is free.]
    "Could you ring back at about twenty to four? Gail, the senior, will be free then." # speaker: you
    There's a pause.
    "I'd rather not lose the time, with doses at five. Could you take a message for her instead?" # speaker: yusuf # offstage # mood: worried
+ [Tell him what you think she had: you saw Gail give her some tablets at breakfast # rating: poor # critical # score: 1.4a -1 # score: 1.4c -2 # trust: yusuf -1 # feedback: This was unsafe. You don't know which tablets she had or at what dose, and a pharmacist may act on what you tell him. Never guess about medicines: say what you don't know, take a message, and pass it to the senior.]
    ~ meds = 2
    "She had her tablets at breakfast. I saw Gail give them to her." # speaker: you
    "Which ones, and what dose?" # speaker: yusuf # offstage # mood: worried
    You don't know.
    "Then I can't use that, I'm afraid, and please don't guess for me. Could you take a message for whoever gave them?" # speaker: yusuf # offstage
+ [Say plainly you don't give medicines yet, and take a message # rating: best # score: 1.4a +2 # score: 1.4c +1 # trust: yusuf +1 # feedback: Saying what you don't know is honest and safe, and a careful message gets his question to the person who can answer it. Passing on exactly what another professional needs is teamwork.]
    "I'm a care worker, and I don't give medicines yet, so I can't tell you that. Gail, the senior, does her medicines, and she's with a poorly resident. Can I take a message and ask her to ring you?" # speaker: you
    "That's exactly right. Yes, please." # speaker: yusuf # offstage # mood: pleased
- You pull the message pad towards you. He tells you again, slowly, and gives you his number. You write it down, one line at a time. # partner: yusuf # partner-feels: anxious, the clock is ticking towards five # partner-wants: whoever reads the message to ring him back without any detective work # partner-well: when it is read back, says "That's it. Thank you" # partner-badly: when it is read back, stops you and spells out his name and pharmacy again
+ [15:10, Tuesday. Yusuf Haddad, pharmacist at Abbey Lane Pharmacy, rang about Mrs Lin Fairbrother's medicines from hospital. # record: phone-message # rating: best # score: 1.4c +2 # score: 1.4a +1 # feedback: The time, who rang, from where, and about whom. Whoever picks this up knows straight away who to ring and why it matters.]
+ [The chemist rang about Mrs Fairbrother's tablets. # record: phone-message # rating: ok # score: 1.4c +0 # score: 1.4a +0 # feedback: It says who it is about, but not who rang, from where, or when. Gail would have to work out who to ring back. Write the time, his name and the pharmacy.]
+ [Pharmacy rang. The hospital have got her tablets wrong again. # record: phone-message # rating: poor # score: 1.4c -1 # score: 1.4a -1 # feedback: Nobody knows yet that the hospital got anything wrong, and "again" is blame, not fact. It doesn't say who rang or when. Write what he said, his name and the time.]
- Next, what he needs. # partner: yusuf # partner-feels: careful, he will not give advice he cannot back up # partner-wants: nothing lost or changed between him and the senior # partner-well: when it is read back, sounds relieved and says "That's it. Thank you" # partner-badly: when it is read back, says "I didn't say that" and goes through it all again
+ [He says the letter has her blood thinner dose wrong, so she should have the lower dose from the box at 5 pm tonight. # record: phone-message # rating: poor # critical # score: 1.4c -2 # score: 1.4a -1 # feedback: This was unsafe: he asked a question, and this turns it into a medicine instruction he never gave, which someone could act on. Write down exactly what he asked, and leave the answer to the senior and the professionals.]
    ~ meds = 2
+ [He needs someone to ring him back about her tablets today, on 0161 496 0718. # record: phone-message # rating: ok # score: 1.4c +0 # score: 1.4a +0 # feedback: The number is there, which matters. But "about her tablets" loses his two questions, and "today" hides that he needs an answer before five. Write what doesn't match, and by when he needs the call.]
+ [The letter and the box give different doses of her blood thinner, and the letter doesn't say if her blood pressure tablet restarts. He needs the senior to ring him before her 5 pm doses, on 0161 496 0718. # record: phone-message # rating: best # score: 1.4c +2 # score: 1.4a +1 # feedback: His two questions, in his words, what he needs, by when, and his number. No guessing and no advice: just what the senior needs to act.]
- You read it back to Yusuf.
"That's it. Thank you." # speaker: yusuf # offstage # mood: neutral
He rings off. # exit: yusuf
-> gail_back

=== gail_back ===
Half past three. Gail comes into the office at speed, with her phone to her ear. Mr Haworth is going into hospital. # enter: gail # mood: gail worried
"Anything for me? Quick." # speaker: gail # mood: worried # partner: gail # partner-feels: rushed and stretched, Mr Haworth is going into hospital # partner-wants: only what needs her now, said plainly # partner-well: stops, reads it properly, says "Good message" and picks up the phone # partner-badly: rushes past, then later snaps "Next time, you come and find me"
+ [Leave the message on Gail's desk, on top of the medicines folder # rating: ok # score: 1.4a +0 # score: 1.4d +0 # feedback: The message is written and in the right place, but nobody knows it's there, and a busy senior may not see it before five. Hand it over and say what is urgent.]
    You put it on her desk, on top of the medicines folder.
    "Nothing else, no." # speaker: you
    { meds == 0:
        ~ meds = 1
    }
    At ten to six Gail finds the message. She has already given the five o'clock medicines, as the hospital labelled them. # mood: gail worried
    She rings Yusuf straight away. The dose she gave was the right one, as it turns out. But that was luck, not teamwork.
+ [Hand it to Gail now, and say the pharmacist needs her before five # rating: best # score: 1.4a +2 # score: 1.4d +1 # trust: gail +1 # feedback: Busy as she is, the senior needs this now, because the next doses are at five. Handing it over in person and saying what is urgent means it can't be lost. Knowing when not to wait is part of getting the right support.]
    "Just one thing, and it can't wait. The pharmacist rang about Lin's medicines. He needs you before her five o'clock doses." # speaker: you
    Gail reads it.
    { meds == 2:
        "I'll ring him myself, and check exactly what he asked, and what he's been told." # speaker: gail # mood: worried
    - else:
        "Good message. Thank you." # speaker: gail # mood: pleased
    }
    She rings Yusuf before she does anything else. Twenty minutes later it is sorted: the hospital confirms the right dose, and the GP will decide about the blood pressure tablet tomorrow.
+ [Keep it until handover at eight, when Gail will have time to sit down and read it # rating: poor # score: 1.4a -1 # score: 1.4d -1 # trust: gail -1 # feedback: Eight o'clock is three hours after the doses were due, so the pharmacist's question comes too late for tonight. A question about medicines goes to the senior straight away, even on a busy day.]
    "No, nothing urgent." # speaker: you
    { meds == 0:
        ~ meds = 1
    }
    The five o'clock medicines are given, as the hospital labelled them. At eight you hand Gail the message.
    "This came at ten past three? Her doses were at five." # speaker: gail # mood: angry
    "Next time, you come and find me. Even if I'm in with the GP." # speaker: gail # mood: angry
    She rings Yusuf. The dose was the right one, as it turns out. That was luck.
- -> night_handover

=== night_handover ===
Eight o'clock. The night staff are arriving. Gail is on the phone to the hospital about Mr Haworth. # location: office # ambience: night
Marcus Greene, eight years on nights, reads Sam's plan at the desk beside you. # enter: marcus gail
"Every three hours? All night?" # speaker: marcus # mood: defensive
He puts the plan down.
"There's two of us tonight for twenty-six residents, and she needs two of us to turn her. That's both of us off the floor every time, while the call bells ring." # speaker: marcus # mood: worried
"We haven't got time for that. We'll turn her at midnight and six, like we do for everyone. It'll have to do." # speaker: marcus # mood: defensive # note: Why might a careful, experienced colleague say this? What is the real problem here, and whose is it to solve? # partner: marcus # partner-feels: worried for Lin and the call bells, and defensive about the rota # partner-wants: someone to hear that two staff can't do this, not a lecture # partner-well: rubs his face, says he knows it matters, and that somebody needs to hear it # partner-badly: folds his arms and says "You stay and do it, then"
+ [Say it's the nurse's plan, so it has to be done, whatever the rota # rating: ok # score: 1.4c +0 # score: 1.4a +0 # trust: marcus -1 # feedback: The plan should be followed, and you said so calmly. But quoting the rule doesn't help with the real problem he raised: two staff for twenty-six people. Listen, explain why the plan matters, and take the staffing problem to the senior.]
    "It's the district nurse's plan. It has to be done." # speaker: you
    "Great. You stay and do it, then." # speaker: marcus # mood: angry
    He sighs.
    "Look. I know it matters. I'm telling you we can't do it with two." # speaker: marcus # mood: worried
+ [Leave it. He's done nights for eight years, and it's his shift # rating: poor # score: 1.4c -1 # score: 1.4a -1 # feedback: Letting it go leaves Lin's skin at risk all night, and Marcus alone with a problem that isn't his alone. Explain why the plan matters, and take the problem to the senior.]
    You say nothing.
    "Midnight and six, then." # speaker: marcus # mood: neutral
    He puts the plan in the tray.
+ [Say you can see it's a lot for two, and tell him what Sam found # rating: best # score: 1.4c +2 # score: 1.4a +1 # trust: marcus +1 # feedback: You took his worry seriously and gave him the reason behind the plan, in private and without blame. Starting from what you both want, Lin's skin staying whole, makes the real problem easier to solve together.]
    "I know. Two of you, twenty-six people. That's a lot." # speaker: you
    "Sam looked at her skin today. It's red and thin, but it hasn't broken yet. He's worried that if she lies in one position too long, it will." # speaker: you
    Marcus rubs his face.
    "I'm not saying she doesn't need it. I'm saying I can't do it and answer the bells. Somebody needs to hear that." # speaker: marcus # mood: worried
- Gail comes off the phone and reaches for her coat. She has been on her feet for thirteen hours. # mood: gail neutral # partner: gail # partner-feels: worn out after thirteen hours, and desperate to get home # partner-wants: to leave on time, not start a new problem tonight # partner-well: stops with her coat half on and listens to the end, then sighs # partner-badly: gets sharp, puts her bag on her shoulder and heads for the door
+ [Ask Gail to raise it with Joanne, the manager, when she's next in # rating: ok # score: 1.4d +1 # score: 1.4c +0 # feedback: Taking it to the senior, and the manager, is the right route. But "when she's next in" leaves tonight as it is, and tonight is when the problem bites. Say what is needed tonight, too.]
    "Gail, could you raise the night turns with Joanne when she's next in? Marcus says two of them can't do it." # speaker: you
+ [Ask Gail for a word: the plan can't be done with two on nights # rating: best # score: 1.4d +2 # score: 1.4c +1 # feedback: You took it to the senior at once, in private, and described the problem, not a person to blame. A plan from another professional that staff can't carry out is exactly what the senior needs to hear about.]
    "Gail, before you go. Marcus says they can't turn Lin every three hours with two on nights. He's not refusing. He's worried about the call bells. What should we do?" # speaker: you
+ [Tell Gail that Marcus refuses to turn Mrs Fairbrother at night # rating: poor # score: 1.4d -1 # score: 1.4c -1 # trust: marcus -2 # feedback: "Refuses" blames Marcus for a staffing problem, and he can hear you. Describe the problem, not the person: two staff can't turn her every three hours and answer the bells.]
    "Gail, Marcus refuses to turn Mrs Fairbrother at night." # speaker: you
    Marcus is on his feet.
    "I never said I refuse. I said we can't. There's a difference." # speaker: marcus # mood: angry
- Gail sighs and puts her bag on her shoulder. # mood: gail defensive
"Sam writes these plans like we've got a nurse on every corridor. Nights have done midnight and six for years. She'll be fine for one night." # speaker: gail # mood: defensive
"I've been here since seven this morning. I'll mention it to Joanne next week. I'm going home." # speaker: gail # mood: neutral
She goes. Marcus looks at you. # exit: gail # mood: marcus worried # partner: marcus # partner-feels: stuck and let down, worried about Lin's skin and the call bells # partner-wants: someone to take the problem on tonight, with him # partner-well: leans in, explains the night rounds, says "Now that I can work with" # partner-badly: shrugs, says "Midnight and six, then", and goes to start his round
+ [Leave it. Gail's the senior, and she's said it'll be fine # rating: poor # score: 1.4d -1 # score: 1.4a -1 # feedback: The senior's answer doesn't make the risk go away, and Lin's skin can't wait a week. When the senior doesn't act, find another way: the nurses' number on the plan, or the manager.]
    ~ night = 0
    "Midnight and six, then." # speaker: marcus # mood: neutral
    You go home. The plan stays in the tray.
+ [Ring the district nurses' number on the plan, and ask what to do tonight # rating: best # score: 1.4d +2 # score: 1.4a +1 # trust: marcus +1 # feedback: When the senior couldn't help, you found another way: the nurse who wrote the plan asked you to ring if it didn't work. Getting advice from the right professional, the same night, protects Lin's skin and supports Marcus.]
    ~ night = 2
    You ring the number on the plan, with Marcus beside you. # sfx: phone-ring
    "District nurses, Sam speaking. I'm on the evening service tonight." # speaker: sam # offstage # mood: neutral
    You tell him: two on nights, twenty-six residents, and the plan needs two people every three hours. He listens to the end.
    "Thanks for ringing. That's what the number's for. Marcus, what rounds do you do anyway?" # speaker: sam # offstage # mood: pleased
    Ten, one, four and seven, Marcus tells him: the rounds they do anyway. If both of them go to Lin first on each round, that is every three hours, with no extra trips off the floor.
    They agree it: turn her on those rounds, check the patch each time, and write every turn on the chart.
    "I'll ring your manager first thing about staffing, and ask for a care-plan review with Mrs Fairbrother and her husband." # speaker: sam # offstage
    "Now that I can work with." # speaker: marcus # mood: relieved
+ [Write to Joanne, the manager, tonight, so she reads it first thing tomorrow # rating: ok # score: 1.4d +1 # score: 1.4a +0 # feedback: Going to the manager is a fair next step when the senior doesn't act, and it will be seen. But it leaves tonight as it is. The nurses' number on the plan could have helped now.]
    ~ night = 1
    You write to Joanne: what the plan says, what Marcus told you, and what Gail said.
    "Midnight and six tonight, then." # speaker: marcus # mood: neutral
- -> ten_days

=== ten_days ===
Ten days later. # location: office # ambience: office # exit: all
Gail catches you before your shift, with a cup of tea for you this time. # enter: gail # mood: gail neutral
{
    - fed:
        -> back_on_the_ward
    - night == 0:
        -> skin_broke_down
    - talkedover >= 2:
        -> safe_but_not_heard
    - else:
        -> her_plan_her_say
}

=== details ===
{ meds == 2:
    "And the medicines. A guess got passed on, so Yusuf and I spent an hour checking what she'd really had, and what had been said. Nobody gave her the wrong dose, because we checked before anyone acted. Never guess about medicines. Write down what's asked, and pass it on." # speaker: gail # mood: worried
}
{ meds == 1:
    "Her medicines were sorted the next morning. The dose she had at five turned out to be right. That was luck, not teamwork." # speaker: gail # mood: neutral
}
{ meds == 0:
    "Yusuf and the GP sorted her medicines that same afternoon, thanks to your message. He asked me to thank whoever took it." # speaker: gail # mood: pleased
}
{ hid:
    "Alan found his sandwiches in the staff fridge the next day. It took me a long time to win him round. If you'd told him straight, he'd have been cross for a minute, not a week." # speaker: gail # mood: worried
}
{ night == 1:
    "Joanne read your note first thing and rang Sam. The night rounds changed the next day. But Lin spent that first night mostly on her back, and her skin was redder by morning." # speaker: gail # mood: neutral
}
->->

=== back_on_the_ward ===
"Lin's back in hospital." # speaker: gail # mood: sad
"Two days after the sandwich she ran a temperature, and her breathing went rattly. The GP sent her in with a chest infection. The doctors think some of the food went down into her lungs." # speaker: gail # mood: sad
"She's on antibiotics and she's frightened. Hannah has seen her on the ward, and she's back on thickened drinks only for now." # speaker: gail # mood: worried
{ night == 0:
    "And her skin. Nobody changed the night turns, and by the time she went in, the patch on her bottom had opened up." # speaker: gail # mood: sad
}
-> details ->
"Alan's on the ward every day. He keeps saying he should have known better." # speaker: gail # mood: sad
"It wasn't his to know. Her plan was on the wall. If Lin wants her sandwiches back, that's a real wish, and it's a conversation for her, Alan and Hannah, with the facts. Not a quarter of a sandwich on a busy morning." # speaker: gail # mood: neutral
Lin is back on the stroke ward, weaker than before, and Alan takes two buses every day to sit with her. # ending: back-on-the-ward
-> END

=== skin_broke_down ===
"Sam came back on Thursday. The red patch on Lin's bottom had broken down into an open sore." # speaker: gail # mood: sad
"He's in every other day now to dress it. She has to stay in bed most of the day, so she can't eat in the dining room she chose." # speaker: gail # mood: sad
-> details ->
"Alan's made a complaint, and I can't blame him. Joanne's looking at night staffing, and she's asked Marcus and me to meet her." # speaker: gail # mood: worried
"I should have listened that night. But when a plan can't be done and I don't act, don't stop at me. Ring the nurses, or go to Joanne. That isn't going behind my back. It's keeping Lin safe." # speaker: gail # mood: neutral
Lin has a wound that will take weeks to heal, and she spends her days in bed, looking at the door. # ending: skin-broke-down
-> END

=== safe_but_not_heard ===
"Joanne set up Lin's care-plan review, and we had it yesterday, in the lounge. You were off." # speaker: gail # mood: neutral
-> details ->
Gail tells you about it. Sam, Hannah, Alan and Gail sat round the coffee table. Lin was there, in her chair, with her board on her lap.
"Alan did most of the talking for her. So did I, if I'm honest. We all said what she likes, and what she doesn't." # speaker: gail # mood: sad
"Hannah tried to get her to use the board. Lin pushed it away. She's stopped using it with most of us." # speaker: gail # mood: sad
"We've a good plan. Her skin's healing, the night rounds work, and Hannah's showing Alan what food he can bring. It's safe. I'm just not sure it's hers." # speaker: gail # mood: worried
Lin's plan keeps her safe. But it was made around her, not with her, and she has stopped trying to tell anyone what she wants. # ending: safe-but-not-heard
-> END

=== her_plan_her_say ===
"Lin's care-plan review is in ten minutes, in the lounge. Sam asked for you to be there. You know her day better than any of us." # speaker: gail # mood: pleased
-> details ->
The lounge. Lin is in her chair by the window, her board on her lap. Alan sits beside her. Sam and Hannah have pulled chairs round the coffee table. # location: lounge # ambience: lounge # enter: fairbrother alan sam hannah
"Thank you for having us, Lin. This is your meeting. We'll go at your pace." # speaker: hannah # mood: neutral
"Your skin's healed, Lin. The night rounds are working, and Marcus sent a note for the meeting: turns on every round, and you like your left side best." # speaker: sam # mood: pleased
Hannah asks Lin what matters most to her now. Lin looks down at her board. # mood: fairbrother neutral
She spells it out on the alphabet strip, one letter at a time, while everyone waits: S, U, N, D, A, Y. # location: communication-board
Alan's eyes fill up. # location: lounge # enter: fairbrother alan sam hannah
"Sunday. Sandwiches on a Sunday." # speaker: alan # mood: upset
"Then let's work towards Sunday. Alan, I'll show you how to make her egg filling in a way her swallow can manage now. We'll look at the bread again together, as she gets stronger. And Lin, if you want to try things sooner, we'll talk through the risks with you, and you decide." # speaker: hannah # mood: pleased
Lin points to YES, and then to FAMILY, and takes Alan's hand. # mood: fairbrother pleased
Lin's plan is written with her, in her words and her pictures. Alan is part of it, and so are the nurse, the therapist and the night staff. # ending: her-plan-her-say
-> END
