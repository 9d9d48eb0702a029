# title: Nobody to ask
# summary: A care home in Derby. Frank Hollis, 86, lives with advanced dementia and has nobody left to speak for him. A move to a nursing home is proposed, an independent advocate comes to meet him, and you are asked to the best-interests meeting, while your senior wants it over quickly.
# minutes: 15
# outcomes: 1.4a 1.4b 1.4c 1.4d
# location: lounge
# cast: hollis abena imran tate tan yvonne
# content-note: Advanced dementia, grief for a partner who has died, and a man moved from his home against what he once said he wanted. In some choices he is shut in his room or held against his will.

// A few facts about the world decide the ending. Everything else rejoins.
VAR visit = 0         // the advocate's visit: 0 at four, nobody said; 1 at four, you told her; 2 at his best time
VAR voice = 0         // times Frank's own voice reached the people deciding (0 to 4)
VAR yvonne = false    // the manager heard the worry about the rush before the meeting
VAR shut_in = false   // Frank was kept in his room on the morning of the meeting
VAR good = false      // the decision was shaped by what Frank values
VAR plan = false      // his radio and his songs made it into the move plan
VAR notes = 0         // the daily record: 0 true, 1 said he was settled
VAR forced = false    // he was held and put into the car

-> monday

=== monday ===
Monday, half past nine, at Ashgrove House, a care home in Derby. You are in your second month here. # ambience: lounge
Frank Hollis sits in his chair by the garden window, as he does every morning. # enter: hollis # mood: hollis worried
He is eighty-six and lives with advanced dementia. He was a railway signalman for forty years. His partner, Ray, died before he came to Ashgrove, four years ago.
Outside, the raised bed he built in his first summer here is bare. Nobody has planted it this year.
His little radio is on the windowsill, switched off. Frank is rubbing his hands together, over and over.
"Ray? Where's Ray? Is it time?" # speaker: hollis # mood: worried # partner: hollis # partner-feels: Anxious and muddled, waiting for Ray, not sure what time it is # partner-wants: Ray, or someone to make him feel safe # partner-well: His hands go still, he relaxes, and he may say something fond about Ray # partner-badly: His face crumples, he says nobody tells him anything, and he rubs his hands harder
+ [Tell him gently that Ray died some years ago, so he isn't left waiting # rating: poor # score: 1.4c -1 # score: 1.4b -1 # trust: hollis -1 # feedback: Correcting him makes him hear that Ray has died as if for the first time, and the grief is new every time. With advanced dementia, answer the feeling rather than the facts: stay with him and use what you know comforts him.]
    "Frank, Ray died a few years ago. Before you came here." # speaker: you
    Frank stares at you. Then his face crumples. "Died? Nobody told me. Nobody tells me anything." # speaker: hollis # mood: upset
    It is twenty minutes before his hands are still again.
+ [Switch his radio on for him, and carry on with the tea round # rating: ok # score: 1.4c +1 # score: 1.4b +0 # feedback: The radio is one of his comforts, so this helps. But you left while he was still anxious; a few minutes with him, using what calms him, would have done more.]
    You switch on the radio. A brass band, quietly. Frank's hands slow down, but his eyes stay on the door. # mood: hollis neutral
+ [Sit with him and sing 'Daisy, Daisy' softly, the way he likes # rating: best # score: 1.4c +2 # score: 1.4b +1 # trust: hollis +1 # feedback: You used what you have learned about him: singing calms him more than any words. Knowing a person's comforts like this is exactly what the people making decisions about him will need to hear from you.]
    You pull up a stool and sing, quietly. "Daisy, Daisy..." # speaker: you
    On the second line Frank joins in, a little ahead of you. His hands come to rest on his knees. # mood: hollis pleased
    "Ray couldn't sing for toffee," he says, and laughs. # speaker: hollis # mood: pleased
- Sheila Tate, the senior carer on days, comes in with a clipboard. # enter: tate # mood: tate neutral
"There you are. Frank's social worker rang. Imran Shah." # speaker: tate # mood: neutral
"You know Frank's been poorly. The sore at the base of his spine won't heal, and his swallowing's worse. Two chest infections since Christmas. Joel, the district nurse, says he needs nursing care now, day and night." # speaker: tate # mood: worried
"So there's a best-interests meeting on Thursday at eleven, about moving him to a nursing home. And one of those advocates, an IMCA, is coming to see him on Wednesday." # speaker: tate # mood: neutral
"I've told her four o'clock. I'll see her in the office and give her the file. No point her sitting with Frank. He won't know the difference." # speaker: tate # note: Frank cannot say much in words. Why might an advocate still want to meet him, and does the time of day matter?
You know Frank's days by now: bright after breakfast, tired and restless by teatime, calling for Ray. # partner: tate # partner-feels: Busy, short-staffed, and sure the advocate visit is just paperwork # partner-wants: The visit done quickly, at a time that does not clash with the washes # partner-well: Sighs and grumbles about the washes, but looks at Frank and thinks again # partner-badly: Ticks her clipboard, says "Exactly", and moves on
-> wednesday_time

=== wednesday_time ===
+ [Say nothing now. When the advocate comes, tell her yourself that mornings are better # rating: ok # score: 1.4b +1 # score: 1.4c +0 # feedback: Telling the advocate is useful, but by four o'clock she will meet Frank at his most tired. Saying it now, kindly, could have got her the best hour of his day.]
    ~ visit = 1
    You say nothing. Sheila ticks something on her clipboard.
+ [Agree. He can't really tell her anything, and the file says it all # rating: poor # score: 1.4b -2 # score: 1.4c -1 # trust: tate +1 # feedback: A file can't show how his face changes at the window, or how he joins in a song. The advocate's job is to find out what Frank himself wants and feels, so she needs to meet him, at a time when he can take part.]
    "Fair enough. The file says it all, really." # speaker: you
    "Exactly." # speaker: tate # mood: pleased
+ [Tell her he's brightest after breakfast, and ask if the visit could be mid-morning # rating: best # score: 1.4b +2 # score: 1.4c +1 # feedback: You disagreed politely, with a reason that is about Frank. Meeting him at his best time gives him a real chance to take part, and only someone who knows his days could have suggested it.]
    ~ visit = 2
    "Could she come in the morning? He's brightest after breakfast. By four he's tired and calling for Ray. She'd see so much more of him." # speaker: you
    Sheila sighs. "Half ten is the middle of the washes." # speaker: tate # mood: defensive
    She looks at Frank by the window. "Fine. I'll ring her back. But you're sitting with them, not me." # speaker: tate # mood: neutral
- "And you're coming on Thursday. Imran asked for whoever knows Frank's days best." She raises an eyebrow. "Two months in. But you're with him more than I am." # speaker: tate
"An advocate, though. Honestly. We've known him four years. We speak for Frank. What's she for?" # speaker: tate # mood: defensive # note: Ask the room: how is an IMCA different from a friend, from a Care Act advocate, and from the staff who know him? # partner: tate # partner-feels: Put out. She has cared for Frank for years, and now an outsider comes # partner-wants: To understand why he needs an advocate when staff know him best # partner-well: Almost smiles, says "Listen to you", and accepts it, with a grumble about delays # partner-badly: Gets defensive, says staff speak up for him all day, and shrugs it off
+ [Say she's a kind of befriender, for people who have nobody to visit them # rating: poor # score: 1.4b -1 # score: 1.4a -1 # feedback: An IMCA is not a visitor or a friend. She is an advocate the law requires for one decision: to find out Frank's wishes and feelings, speak up for them, and check that the decision is made properly.]
    "She's like a befriender, isn't she? For people with no visitors." # speaker: you
    "Tea and a chat, then. Four o'clock is plenty for that." # speaker: tate # mood: neutral
+ [Say she's independent of the home, so she can speak up for him in ways that we paid staff can't # rating: ok # score: 1.4b +1 # score: 1.4a +0 # feedback: True: her independence matters, because staff work for the home the decision affects. But the key is why she must be there: Frank can't make this decision, he has nobody but paid staff to be asked, and it is a long-term move.]
    "She's independent. She isn't paid by us, so she can speak up for him in a way we can't." # speaker: you
    "We speak up for him all day long." # speaker: tate # mood: defensive
+ [Say the law requires one: he can't decide this, has only paid staff, and faces a long-term move # rating: best # score: 1.4b +2 # score: 1.4a +1 # feedback: Exactly right. An Independent Mental Capacity Advocate must be asked to help when a person can't make a decision about a long-term move or serious treatment and has no family or friends to consult, only paid carers. Staff views still count, but staff aren't independent.]
    "It's the law, not a nice extra. He can't make this decision himself. He's got no family or friends left to ask, only us, and we're paid. And it's a long-term move. So the council has to bring in an IMCA to speak up for him." # speaker: you
    "Listen to you." Sheila almost smiles. "As long as she doesn't hold things up." # speaker: tate # mood: neutral
- Sheila goes back to the washes. # exit: tate
-> advocate_visit

=== advocate_visit ===
{ visit == 2:
    Wednesday, half past ten. Sun on the lounge carpet. Frank is at the window with his radio on low. # location: lounge # ambience: lounge
- else:
    Wednesday, four o'clock. The tea trolley rattles, the television is loud, and Frank is tired, pulling at his cardigan. # location: lounge # ambience: lounge
}
A woman in a mustard blouse crouches beside Frank's chair, so that her face is level with his. # enter: hollis abena # mood: hollis neutral
{ visit == 1:
    Before she starts, you tell her quietly that Frank is at his best after breakfast.
    "Then I'll come back in the morning as well," she says. # speaker: abena # mood: pleased
}
"Hello, Frank. I'm Abena. I'm an advocate. I'm not from the home, or from the council. I've come to find out what matters to you." # speaker: abena # mood: neutral
She turns to you. "Thanks for staying. The law lets me see Frank on his own and read his records, and I'll do both. The decision isn't mine to make. My job is to make sure his voice is in it." # speaker: abena
"Frank, what do you like about living here?" # speaker: abena # mood: pleased
Frank looks at her, then at you. The silence goes on. # mood: hollis confused # partner: hollis # partner-feels: Unsure who this woman is. The words come slowly, more slowly when he is tired # partner-wants: To say something about what he loves, his beans and his garden # partner-well: After a long pause, looks to the window and says something about the beans # partner-badly: Looks down at his hands and says nothing more
+ [Answer for him, warmly: "He loves it here, don't you, Frank?" # rating: poor # score: 1.4b -2 # score: 1.4c -1 # trust: hollis -1 # feedback: Answering for him, however kindly, takes away a question meant for Frank, and the advocate hears your words instead of his. Wait, give him time, and let him answer in his own way.]
    "He loves it here, don't you, Frank?" # speaker: you
    Frank looks down at his hands and says nothing more. # mood: hollis sad
    Abena writes something, then looks at you. "I'd like to hear Frank's answers, even when they take a while." # speaker: abena # mood: neutral
+ [Smile at him, nod towards Abena, and let the quiet go on # rating: best # score: 1.4b +2 # score: 1.4c +1 # trust: hollis +1 # feedback: People living with dementia often need longer to find their words. Waiting, without filling the silence, let Frank answer for himself, which is what the advocate came for.]
    ~ voice += 1
    You smile at Frank and nod towards Abena. Nobody speaks. The clock ticks.
    { visit == 2:
        Frank turns to the window. "The beans. Ray's beans. Who's doing the beans?" He points at the raised bed. # speaker: hollis # mood: worried
        "Those are yours?" Abena asks. Frank nods, hard, and for a moment he smiles. # mood: hollis pleased
    - else:
        Frank turns to the window, though it is getting dark. "Beans," he says. Then, "Tired. Bed." # speaker: hollis # mood: sad
        Abena nods. "Then we'll talk again in the morning, Frank, before the meeting." # speaker: abena # mood: neutral
    }
+ [After a long pause, ask him again in fewer words: "Do you like it here?" # rating: ok # score: 1.4b +1 # score: 1.4c +0 # feedback: Short, simple questions can help, so this is a fair try. But the advocate is leading this conversation: give Frank more time first, and let her choose how to ask.]
    "Frank? Do you like it here?" # speaker: you
    "Yes. No." Frank looks at the garden. "Beans." # speaker: hollis # mood: confused
    Abena writes down "beans", and looks at the window too.
- Abena turns to you. "You see him every day. Tell me about Frank: what matters to him, and what helps him tell you things?" # speaker: abena # mood: neutral # note: Ask the room: what is the difference between a fact, an example and an opinion? Which helps an advocate most? # partner: abena # partner-feels: Calm and curious. She wants the real Frank, not only the file # partner-wants: To learn who Frank is, from someone who sees him every day # partner-well: Writes fast, asks one more question, and looks at Frank warmly # partner-badly: Stops writing, glances at Frank, and answers quietly and coolly
+ [Tell her what you've seen: the window, the radio, the singing, and how to ask him things # rating: best # score: 1.4b +2 # score: 1.4c +1 # trust: abena +1 # feedback: Real examples of what he does, what calms him and how he communicates give the advocate Frank's wishes and feelings, not your view of them. Only the people who are with him every day can offer that.]
    ~ voice += 1
    "Every morning he goes to that window and looks at the raised bed. He taps his radio when it's off. If you sing 'Daisy, Daisy', he joins in and his hands go still." # speaker: you
    "Ask one short question at a time, then wait. Sit on his right side; that's where his hearing aid is." # speaker: you
    "That's worth more than the whole file." Abena writes it all down. # speaker: abena # mood: pleased
+ [Say he's a lovely man who likes gardening and music, and he's better in the mornings # rating: ok # score: 1.4b +1 # score: 1.4c +0 # feedback: All true and kind, but general. Examples of what you have seen him do, and of what helps him understand and answer, would tell the advocate far more about who he is.]
    "He's a lovely man. He likes his garden and his music, and he's better in the mornings." # speaker: you
    Abena nods and waits, in case there is more. # mood: abena neutral
+ [Say quietly that he'd be safer in a nursing home, and he doesn't really know where he is now # rating: poor # score: 1.4b -1 # score: 1.4c -2 # trust: abena -1 # feedback: That is your opinion, given as if it were a fact, and it speaks over Frank. The advocate needs his wishes and feelings; tell her what you have seen him do and say, and leave the judgement about the move to the meeting.]
    "Between us, he'd be safer in a nursing home. He doesn't really know where he is any more." # speaker: you
    Abena looks at Frank, who is looking at his garden. "He seems to know where his beans are," she says quietly. # speaker: abena # mood: neutral
- Abena asks to read Frank's care records. Sheila unlocks the office for her. An hour later she is still reading. # exit: all
-> lorraine_asks

=== lorraine_asks ===
Half past four. Sheila finds you in the corridor by the linen cupboard. # location: corridor # ambience: none
"That advocate's been through Frank's life-story book. The one we wrote with him when he came." # speaker: tate # mood: worried
"She's found a line in it. His own words: 'They'll have to carry me out of here. I've got my beans. I'm never leaving here.'" # speaker: tate
"If that gets waved about tomorrow, we lose the bed at Highcroft. It's Friday or never, they said. And then it's me up at three in the morning when he's choking." # speaker: tate # mood: upset
"So if it comes up, you back me up. He said all sorts back then. Say he's settled wherever he is." # speaker: tate # mood: neutral # note: What is Sheila right about? How can you disagree with a senior and still respect her? # partner: tate # partner-feels: Exhausted, and scared Frank will choke on her night shift # partner-wants: The new carer on her side tomorrow, so the bed is not lost # partner-well: Gets defensive, then softens and admits his chest really frightens her # partner-badly: Goes white, says "Nineteen years I've worked here", and walks off
+ [Agree to back her up tomorrow. She's the senior, and she's known Frank for years # rating: poor # score: 1.4c -1 # score: 1.4b -2 # trust: tate +1 # feedback: Going along with a senior can feel safe, but saying something you don't believe would mislead the meeting about Frank's wishes. You can respect her experience and still say honestly what you know.]
    "OK. I'll back you up." # speaker: you
    "Good. I knew you'd see sense." # speaker: tate # mood: relieved
    She goes. You stand by the linen cupboard for a long moment. # exit: tate
+ [Tell her kindly you'll say what you've seen, and her worries matter too # rating: best # score: 1.4c +2 # score: 1.4b +1 # feedback: Respectful and honest: you won't bend what you know of Frank, and you showed that her worry about his safety is real and belongs in the meeting too. Disagreeing calmly, about the issue and not the person, keeps a team working together.]
    "I can't say he's settled anywhere, Sheila. I'll say what I've seen, the good and the hard. And your worries about his nights should be said too. They're real." # speaker: you
    "Say what you like, then. You're not the one on nights." # speaker: tate # mood: defensive
    She turns to go, then stops. "His chest is bad, you know. I'm not making that up." # speaker: tate # mood: sad
    "I know." # speaker: you
    She goes. # exit: tate
+ [Tell her she just wants him gone because he's hard work on nights # rating: poor # score: 1.4c -2 # score: 1.4b -1 # trust: tate -2 # feedback: This turns a disagreement about Frank into an attack on Sheila, and her worries about his chest and his nights are real. Say calmly what you will do, and why.]
    "You just want him gone because he's hard work on nights." # speaker: you
    Sheila goes white. "Nineteen years I've worked here. Don't you dare." # speaker: tate # mood: angry
    She walks off without another word. # exit: tate
- On your way out you pass the manager's office. Yvonne Campbell's light is on; she is in until five.
You keep hearing it. "He won't know the difference." A bed that goes on Friday. What you are supposed to say tomorrow. # partner: yvonne # partner-feels: Busy at the end of the day, but would rather hear a worry early # partner-wants: To know if anything is wrong with how Frank's move is being decided # partner-well: Waves you in, listens carefully, thanks you, and says she will talk to Sheila gently # partner-badly: If it sounds like blame or gossip, frowns and asks calmly for the facts
+ [Let it go. Sheila has been here nineteen years; she must know best # rating: poor # score: 1.4d -1 # score: 1.4a -1 # feedback: Her experience is real, but a worry about how a decision about Frank is being made doesn't go away by itself. When talking to the senior hasn't settled it, the manager is the next place to take it.]
    You walk past the office and go home. You sleep badly.
+ [Ask Yvonne, the manager, for ten minutes before you go home # rating: best # score: 1.4d +2 # score: 1.4a +1 # trust: yvonne +1 # feedback: You spoke to the senior first, and when it wasn't settled you took it to the manager, calmly and in time. That is how a disagreement between colleagues gets sorted out without anyone going behind anyone's back.]
    ~ yvonne = true
    You knock. Yvonne looks up from her screen and waves you in. # location: office # sfx: knock
    You tell her: the four o'clock visit, "he won't know the difference", the Friday bed, and being asked to say Frank is settled anywhere. # enter: yvonne # mood: yvonne neutral
    "Thank you. You were right to say it to Sheila first, and right to come to me." # speaker: yvonne # mood: neutral
    "Sheila isn't wrong about his chest. But a bed at Highcroft is not a reason to move a man. If the right place isn't ready, we keep him safe here until it is, and I'll find the staff for his nights." # speaker: yvonne # mood: worried
    "And nobody in this home tells anybody what to say in a best-interests meeting. I'll be there tomorrow. I'll talk to Sheila myself, gently. She's worn out." # speaker: yvonne # mood: neutral
+ [Save it for your supervision next month # rating: ok # score: 1.4d +1 # score: 1.4a +0 # feedback: Supervision is a good place for worries about your work, so this is a real route. But the meeting is tomorrow; a worry about it needs raising before then, and the manager is in her office now.]
    You make a note in your phone to bring it up at supervision, and go home.
- -> thursday

=== thursday ===
Thursday, quarter past ten. Rain on the lounge windows. # location: lounge # ambience: lounge
Frank is at the garden door, rattling the handle. "The beans. Got to see to the beans." # speaker: hollis # mood: upset
Sheila hurries over. "Not today, Frank." # speaker: tate # mood: worried
She turns to you. "Imran's here at half ten. Take Frank to his room, shut the door and keep him there till the meeting's done. If he comes out, walk him back. We don't need a scene in front of the social worker." # speaker: tate # note: Frank cannot make the decision about the move. Can he still take part in it? What would the least restrictive way to help him be, this morning? # partner: hollis # partner-feels: Restless and upset. He must see to his beans, and nobody will let him # partner-wants: To get out to his garden and check on the beans # partner-well: Calms down, touches the wood of his raised bed, and hums along with his radio # partner-badly: Rattles the door handle, calls for Ray, then cries and will not speak
+ [Take him to his room and keep him there until the meeting is over # rating: poor # critical # score: 1.4b -2 # score: 1.4a -1 # trust: hollis -2 # feedback: This is an unlawful restriction. Keeping Frank in his room to keep him out of the way isn't needed to prevent harm to him, and nobody decided it was in his best interests; it also hides him from a meeting about his own life. Stay with him, settle him, and help him take part.]
    ~ shut_in = true
    You walk Frank to his room and close the door behind him. # location: corridor # exit: all
    The handle rattles. "Hello? Let me out. The beans." # speaker: hollis # offstage # mood: upset
    Then, quieter: "Ray? Ray?" # speaker: hollis # offstage # mood: sad
    At half ten Imran Shah and Abena come along the corridor. Abena asks to see Frank before the meeting. # enter: abena imran
    She opens his door. Frank is sitting on the edge of his bed in his coat, crying. # mood: abena worried
    "Who decided Frank should be kept in here?" # speaker: abena # mood: angry
    "Keeping him in his room isn't something staff can simply decide," Imran says quietly. "I'll record this, and I'll talk to the manager." # speaker: imran # mood: worried
    He sits with Frank for ten minutes. Frank turns his face to the wall and will not speak. # mood: hollis sad
+ [Put his coat on, take him to see the beans for two minutes, then settle him with his radio # rating: ok # score: 1.4b +1 # score: 1.4a +0 # feedback: Kind and least restrictive: he got what he was asking for, and he is settled. But the meeting is about him, and nobody has asked how he could be part of it; asking Imran to meet him first would have done that.]
    You find Frank's coat and walk him out under the porch. The raised bed is wet and bare. Frank touches the wood and nods. # mood: hollis neutral
    Back inside, you settle him by the window with his radio. Imran Shah arrives and goes straight to the meeting room. # enter: imran # mood: imran neutral
    "I'll pop in and see Frank afterwards," he says. # speaker: imran # mood: neutral
+ [Stay with him in the lounge, and ask Imran if he'd meet Frank here before the meeting # rating: best # score: 1.4b +2 # score: 1.4a +1 # trust: hollis +1 # trust: imran +1 # feedback: Frank can't make this decision, but he can still take part in it, and the law expects the decision-maker to help him to. Meeting him somewhere familiar gives the social worker Frank himself, not only what others say about him.]
    ~ voice += 1
    You put Frank's coat on him and walk him out under the porch to touch the wet wood of his raised bed. Then you settle him by the window with his radio. # mood: hollis neutral
    Imran Shah arrives at half ten, and you ask him.
    "Could you meet Frank here first? It's where he's most himself." # speaker: you
    "Good idea." Imran sits on the stool beside Frank and introduces himself, slowly. # speaker: imran # mood: pleased
    Frank hums along to the radio. "Ray's beans," he tells Imran, pointing. "Mine now." # speaker: hollis # mood: pleased
    Imran nods. "He can't weigh up a move. But he can tell me what he loves. That counts." # speaker: imran # mood: neutral
- -> meeting

=== meeting ===
Eleven o'clock. The small meeting room. A jug of water, a box of tissues, rain on the window. # location: meeting-room # ambience: none
Round the table: Imran, Abena, Joel Tan the district nurse, Sheila{yvonne:, Yvonne} and you.
"Thank you all for coming. This is a best-interests meeting about one decision: whether Frank should move to a nursing home." # speaker: imran # mood: neutral
"Two weeks ago I did a capacity assessment for this decision. Even with pictures and time, Frank couldn't understand or weigh up what a move would mean. So the law asks me to decide in his best interests. His interests. Not the home's, not the council's, and not a rota's." # speaker: imran
"Everyone has a part. Joel for his nursing. Dr Ansah, his GP, has sent a letter. The home for his care. Abena for Frank's own wishes and feelings. And you," he says to you, "because you know his days." # speaker: imran
Dr Ansah's letter says Frank's swallowing has got worse and recommends nursing care.
"From the nursing side," says Joel. "The pressure sore isn't healing, even with two visits a day. He needs turning through the night. And he's had two chest infections from food going down the wrong way. I think he needs a nurse on hand, day and night." # speaker: tan # mood: worried
You think of Frank at the window, and the raised bed. # partner: tan # partner-feels: Worried about Frank's sore and his chest, and sure of the nursing facts # partner-wants: His nursing worries taken seriously, and Frank kept out of hospital # partner-well: Thinks about it, answers openly, and offers a helpful idea # partner-badly: Stiffens, and says evenly that he dresses that sore twice a day
+ [Say he seems fine to you most days, and the nurses are being a bit overcautious # rating: poor # score: 1.4a -2 # score: 1.4c -1 # trust: tan -1 # feedback: How a wound heals and what a swallow needs are Joel's field, and "he seems fine to me" isn't evidence. You can respect a professional's judgement and still ask questions that keep Frank's life in view.]
    "He seems fine to me most days. Aren't the nurses being a bit overcautious?" # speaker: you
    "I hope I am," Joel says evenly. "But I dress that sore twice a day, and I'd rather be careful than see him back in hospital." # speaker: tan # mood: defensive
    "Let's keep to what we each know," says Imran. # speaker: imran # mood: neutral
+ [Ask Joel if, with that nursing care, Frank could still get out into a garden # rating: best # score: 1.4a +2 # score: 1.4c +1 # trust: tan +1 # feedback: You respected Joel's nursing judgement and asked a question that links his needs to what matters to Frank. Each person in the room brings a different piece; good questions help the pieces fit together.]
    "With that nursing care, could Frank still get out into a garden?" # speaker: you
    "Good question." Joel thinks. "Yes, in a wheelchair, when it's warm. Some nursing homes have ground-floor rooms with a door onto the garden. That's worth looking for." # speaker: tan # mood: pleased
    Imran writes it down.
+ [Keep quiet. Nursing is Joel's field, not yours # rating: ok # score: 1.4a +1 # score: 1.4c +0 # feedback: Respecting his expertise is right. But a meeting like this works best when people ask questions across their roles; a question that linked his nursing needs to what Frank loves would have helped everyone.]
    You say nothing. Joel's words sit heavy in the room.
- Joel sits back. # exit: tan
"And from the home," says Sheila. "He's up at night. He needs two of us for the hoist, and there are two of us on nights for thirty-two people. I can't keep him safe." # speaker: tate # mood: worried
"So, the options I've looked at," says Imran. "One: Frank stays here, with more district nurse visits and an extra carer at night. That's the least restrictive option, and I have to look at it seriously." # speaker: imran # mood: neutral
"Two: The Willows, a nursing home a mile away. A room comes free in three weeks. Three: Highcroft, twelve miles away. A bed now, but only until Friday." # speaker: imran
{ yvonne:
    "For the record," says Yvonne, "the Friday bed isn't a reason on its own. If the right place needs three weeks, this home will staff his nights until then." # speaker: yvonne # mood: neutral
- else:
    "Highcroft has the bed now," says Sheila. "Friday or never." # speaker: tate # mood: neutral
}
Imran turns to you. "You spend the most time with him. What should I know about Frank, to weigh these up?" # speaker: imran # note: Whose best interests are these? What do you say when what he once said and what he needs now pull different ways? # partner: imran # partner-feels: Careful and a little formal. He knows this is a big decision # partner-wants: To know Frank well enough to weigh the options fairly # partner-well: Writes for a long time, and asks a careful question about what you said # partner-badly: Stops writing, and calmly asks who that would really help, or how you know
+ [Say Highcroft on Friday would be easiest for everyone, as the staff are stretched # rating: poor # score: 1.4b -2 # score: 1.4a -1 # feedback: A best-interests decision is about Frank, not about what suits the home. The staffing problem is real and is the manager's to solve; your part is to tell the meeting about Frank.]
    "Honestly? Highcroft on Friday. Everyone's stretched, and it would be easiest all round." # speaker: you
    Imran writes nothing. "Easiest for whom?" he asks, not unkindly. # speaker: imran # mood: neutral
+ [Tell them about his days and nights, and read out what he said in his life-story book # rating: best # score: 1.4b +2 # score: 1.4a +1 # feedback: Facts with examples, the good and the hard, and his own past words with where they come from: that gives the decision-maker Frank's wishes, feelings, beliefs and values. Weighing them is Imran's job, and now he can do it properly.]
    ~ voice += 1
    "He's brightest in the mornings. He goes to the window every day to look at the raised bed he built. He calls them Ray's beans. He settles with his radio, and when someone sings with him." # speaker: you
    "Nights are hard. He's up and calling, and it takes two of us with the hoist. That's true too." # speaker: you
    "And when he came here, he said this, and we wrote it in his life-story book in his own words: 'They'll have to carry me out of here. I've got my beans. I'm never leaving here.'" # speaker: you
    Sheila looks at the table. Imran writes for a long time. # mood: tate sad
+ [Say you think he should stay, because he once said he'd never leave # rating: ok # score: 1.4b +1 # score: 1.4a +0 # feedback: His past words matter a great deal, and you said plainly that this is your view. But on their own they can't decide it: his needs have changed. Give the facts of his days and nights, and where his words come from, and leave the weighing to the decision-maker.]
    "I think he should stay. He said once that he'd never leave here." # speaker: you
    "Where did he say that, and when?" Imran asks. "It matters how we know." # speaker: imran # mood: neutral
- Abena reads from her report. # mood: abena neutral
{
    - visit == 2:
        "I met Frank at his best time of day. He spoke about his beans, and he brightened at the window. When I showed him a picture of another home, he said 'No' and looked for the garden." # speaker: abena
    - visit == 1:
        "I met Frank late yesterday, when he was tired, and again at nine this morning, which I was told is his better time. He spoke about his beans, and looked for the garden." # speaker: abena
    - else:
        "I met Frank late in the day, when he was very tired. What I could find of his wishes is about his garden and his music." # speaker: abena
}
"His past wish to stay here is written down, in his own words. If he does move, I'd ask for a room on the ground floor with a way into a garden, as near as possible, and for his radio and his songs to go with him." # speaker: abena # mood: neutral
~ temp heard = voice
{ visit == 2:
    ~ heard += 1
}
{ yvonne:
    ~ heard += 1
}
~ good = heard >= 4
// What led to the decision no longer keeps routes apart.
~ voice = 0
~ visit = 0
-> decision

=== decision ===
Imran puts down his pen.
{ good:
    "I've listened to everyone, and I've read Abena's report. Staying here is the least restrictive option, and I've looked at it hard. But Joel and Dr Ansah are clear: his nursing needs can't be met safely here any more, even with more visits." # speaker: imran # mood: neutral
    "So my decision is that Frank moves to The Willows, to a ground-floor room with a door onto the garden, in three weeks. They say he can have a planter for his beans outside the door." # speaker: imran
    "Until then the district nurses come three times a day, and the home puts an extra carer on at night. Abena, I'd like you to visit him there after a fortnight." # speaker: imran
    "I will," says Abena. # speaker: abena # mood: pleased
- else:
    "I've listened to everyone. Joel and Dr Ansah are clear that his nursing needs can't be met safely here any more." # speaker: imran # mood: neutral
    "Highcroft has nurses day and night, and a bed now. My decision is that Frank moves to Highcroft on Friday." # speaker: imran
    "I'll note in my report that I'd have wanted his wishes about a garden weighed more," says Abena. "And I'll be reading the plan closely." # speaker: abena # mood: worried
}
"They'll have to carry me out of here." You hear it in Frank's voice. # partner: imran # partner-feels: Has weighed it all carefully, and knows the decision is hard to hear # partner-wants: The people who know Frank to stay with him through what comes next # partner-well: Looks relieved, thanks you, and asks you to hold that thought # partner-badly: Stays calm and formal, says Frank's words were weighed, and asks what was missed
+ [Say you'll help make the move go well, and ask what you can do # rating: best # score: 1.4a +2 # score: 1.4c +1 # trust: imran +1 # feedback: The decision was made by the right person, after hearing everyone; your part now is to help it go well for Frank. Respecting a decision doesn't mean staying silent: it means working with it, and raising anything that's missing.]
    "It's not what he once said he wanted. But I'll help make it go as well as it can for him. What can I do?" # speaker: you
    "Thank you. Hold that thought," says Imran. # speaker: imran # mood: pleased
+ [Say nothing. It's Imran's decision, and it's been made # rating: ok # score: 1.4a +1 # score: 1.4c +0 # feedback: Accepting the decision is right: it belongs to the decision-maker. But the team still needs you; offering to help with the move, and with what Frank needs, would make it go better for him.]
    You look at your hands. It isn't your decision.
+ [Tell them it's wrong: he said he'd never leave, and you won't help move him # rating: poor # score: 1.4a -1 # score: 1.4c -2 # trust: imran -1 # feedback: It's hard when a decision goes against what he once said, but it was made lawfully, weighing his words with his needs. Refusing to help leaves Frank with strangers on the day he most needs people he knows. If something was missed, raise it; don't walk away from him.]
    "It's wrong. He said he'd never leave. I'm not helping to move him." # speaker: you
    "I understand," says Imran. "His words were weighed, and they're in the record. If you think I've missed something, tell me what." # speaker: imran # mood: neutral
    Sheila stares at you. # mood: tate angry
- Imran reads out the draft move plan.
{ good:
    "Monday the twenty-fourth, ten in the morning. To go with him: his clothes, his photographs, his chair, his medicines, his care plan." # speaker: imran # mood: neutral
- else:
    "Friday, two o'clock. To go with him: his clothes, his photographs, his chair, his medicines, his care plan." # speaker: imran # mood: neutral
    Two o'clock. His most tired time of day.
}
He closes the folder. Nothing about his radio. Nothing about the singing. # partner: imran # partner-feels: Tired after a long meeting, and thinks the plan is nearly done # partner-wants: To finish the plan today and get it to the new home # partner-well: Opens the folder again, listens, and starts writing # partner-badly: Goes formal, says the decision is made, and gathers his papers
+ [Say nothing. It's Imran's plan to write, and the decision has already been made # rating: poor # score: 1.4d -1 # score: 1.4a -1 # feedback: Respecting a decision doesn't mean letting gaps in the plan go by. If what helps Frank isn't in the plan, nobody at the new home will know it. Raise it with the person writing the plan while you can.]
    Everyone stands. Chairs scrape.
+ [Mention it to Sheila, the senior, later and leave it with her # rating: ok # score: 1.4d +1 # score: 1.4a +0 # feedback: Passing it to your senior is a real route, but it is slower, and on a busy day it may get lost. The social worker writing the plan is in the room now: you could ask him.]
    After the meeting you tell Sheila. "Right. I'll mention it," she says, already on her way to a call bell. # speaker: tate # mood: neutral
+ [Ask Imran and Abena, before they go, how to add his radio and songs to the plan # rating: best # score: 1.4d +2 # score: 1.4a +1 # trust: abena +1 # feedback: You raised what was missing with the people who can change it, in time, by asking how rather than arguing. Getting advice from the decision-maker and the advocate like this is partnership working at its best.]
    ~ plan = true
    "Before you go: his radio isn't in the plan, or the singing. Could they be?" # speaker: you
    Imran opens the folder again. "You're right. Radio, songs, his best time of day. Could you write one page about his day, for the new staff? The home can send it with his care plan." # speaker: imran # mood: pleased
    { not good:
        "And I'll ask Highcroft if they can take him in the morning instead." # speaker: imran
    }
    "I'll check it's all happened when I visit him," says Abena. # speaker: abena # mood: pleased
- -> telling_frank

=== telling_frank ===
~ yvonne = false
Imran and Abena go to the lounge to tell Frank, in a few plain words. You go with them. # location: lounge # exit: all
"Frank, you're going to move to a new home, with nurses to look after you{good:, and a garden}." # speaker: imran # mood: neutral
"No." Frank grips the arms of his chair. "No. This is home. Ray? Ray?" # speaker: hollis # mood: upset
He cries, quietly, with his hands over his face.
You sit beside him and sing, very softly. For a long time he doesn't join in. Then, near the end, he does. # mood: hollis sad
-> record

=== record ===
Half past twelve. In the office you sit down to write Frank's daily record. # location: office # ambience: office
Sheila reads over your shoulder. # enter: tate
"Keep it short. 'Told about the move, settled.' {good:The Willows|Highcroft} will read these. If they see he kicked off, they'll think twice." # speaker: tate # mood: worried # note: Who will read this record, and what will they need to know about Frank on his first night? # partner: tate # partner-feels: Worried the new home will back out if they read Frank was upset # partner-wants: A short note that will not put the new home off # partner-well: Reads it twice, goes quiet, then says "That's what happened" # partner-badly: Shrugs and leaves, or snaps that you do not know how placements work
+ [Frank was told about his move today and was settled and happy about it. # record: daily-record # rating: poor # critical # score: 1.4c -2 # score: 1.4b -1 # feedback: This is untrue, and writing it alters the record: it hides Frank's distress and his own words from the people who will care for him next, which is unsafe for him. Write what he said and did, in his own words, and what helped; that is how his new home can help him too.]
    ~ notes = 1
    Sheila nods. "Good." She goes. # speaker: tate # mood: relieved
+ [Frank was upset when he was told about the move, and settled later with support. # record: daily-record # rating: ok # score: 1.4c +0 # score: 1.4b +0 # feedback: Honest, but "upset" and "with support" don't tell the next reader what he said or what worked. His own words, and the singing that settled him, would help the staff who care for him next.]
    Sheila reads it and shrugs. "Fine." She goes. # speaker: tate # mood: neutral
+ [At 12:10 Imran told Frank about the move. Frank said, "No. This is home," and cried. He settled after about ten minutes when I sang with him. # record: daily-record # rating: best # score: 1.4c +2 # score: 1.4b +1 # feedback: The time, his own words in quotation marks, what happened and what helped, with no judgement. It keeps his voice in the record and tells his new home exactly how to comfort him.]
    Sheila reads it twice. "That's what happened," she says at last. "Fair enough." # speaker: tate # mood: sad
    She goes.
- -> moving_day

=== moving_day ===
{
    - good:
        Three weeks later. Monday, ten in the morning. # location: corridor # ambience: none
    - plan:
        Friday, ten in the morning. # location: corridor # ambience: none
    - else:
        Friday, two o'clock. # location: corridor # ambience: none
}
A car from {good:The Willows|Highcroft} waits at the front door. Frank's bags are in the boot. # exit: all
{ plan:
    Frank is in his coat, with his radio in his lap. # enter: hollis # mood: hollis worried
- else:
    Frank is in his coat. His radio is in a box in the boot, with his shoes. # enter: hollis # mood: hollis worried
}
At the front door he stops, and grips the frame with both hands. "No. Not going. The beans." # speaker: hollis # mood: upset
Sheila comes up behind you. "Come on, this'll take all day. Take his other arm and we'll pop him in the car. He won't know the difference by teatime." # speaker: tate # mood: worried # note: When, if ever, may a care worker hold someone who lacks capacity? What else could you do at this door? # partner: hollis # partner-feels: Frightened. He does not want to leave his home and his beans # partner-wants: His beans, his garden and Ray. Not to be rushed out of the door # partner-well: His grip loosens, he sings along, then takes your arm and walks # partner-badly: Pulls back, shouts for Ray, and sobs
+ [Take his other arm, as Sheila tells you, and guide him firmly into the waiting car # rating: poor # critical # score: 1.4c -2 # score: 1.4b -2 # trust: hollis -2 # feedback: This is restraint, and here it is unlawful: nothing was putting him in danger, and a short wait would have done. Holding a frightened man and putting him in a car takes away his dignity and can hurt him. Stop, calm him, and give him the time he needs.]
    ~ forced = true
    You and Sheila each take an arm. Frank pulls back.
    "No! Ray! Ray!" # speaker: hollis # mood: upset
    Sheila's grip tightens. Between you, Frank is in the car, sobbing. # mood: tate worried
    The driver looks at Frank's forearms, where your fingers were, and says quietly, "I'll have to write this up at our end."
+ [Put his radio on for him, and try again in a few minutes # rating: ok # score: 1.4c +1 # score: 1.4b +0 # feedback: Kind, and it uses one of his comforts instead of force, so he goes calmer than he might have. But he was asking for his beans; a few minutes by his garden, with a song, would have met him where he was.]
    { not plan:
        You fetch the radio from the boot.
    }
    You switch on the radio and hold it near him. A brass band. Frank's hands loosen on the door frame. # mood: hollis sad
    After five minutes he lets you help him into the car. He cries quietly all the way down the drive.
+ [Ask the driver to wait, and sit with Frank on the bench by his beans for a song # rating: best # score: 1.4c +2 # score: 1.4b +1 # trust: hollis +1 # feedback: You gave Frank time and used what you know calms him: the least restrictive way to help him through a decision already made. The move still happens, but he goes as himself.]
    "Take your time," says the driver.
    You and Frank sit on the bench by the raised bed. You sing 'Daisy, Daisy', and Frank sings with you, all the way through. # mood: hollis relieved
    { good:
        "They're coming too, Frank." You show him the tray of bean seedlings you sowed with him last week, for his planter at The Willows. He touches a leaf. # speaker: you
    }
    When the song ends he stands, takes your arm, and walks to the car.
    Sheila watches from the door. "I'd never have thought of that," she says. # speaker: tate # mood: relieved
- -> four_weeks

=== four_weeks ===
Four weeks after the move, Yvonne Campbell asks to see you in her office before your shift. # location: office # ambience: office
"Sit down. This isn't about blame. I want to tell you how Frank is, and go over how his move went." # speaker: yvonne # mood: neutral
{
    - forced:
        -> frightened_arrival
    - notes == 1:
        -> notes_said_settled
    - not good:
        -> without_his_story
    - else:
        -> garden_room
}

=== garden_room ===
"Abena visited him at The Willows last week, as she said she would. He's eating again, and he's sleeping better than he did here." # speaker: yvonne # mood: pleased
{ plan:
    "Your page about his day went with him. The nurses there sing with him while they dress his sore. His radio is on by his bed every night." # speaker: yvonne # mood: pleased
- else:
    "His radio sat in a box in his wardrobe for a week, until Abena found it. It's on every day now." # speaker: yvonne # mood: neutral
}
-> extras ->
"You're on the rota to visit him this afternoon. The plan says familiar faces in his first weeks." # speaker: yvonne
The Willows. A ground-floor room with a glass door onto a small garden. # location: bedroom # ambience: none
Frank sits by the door with his radio on. Outside, in a wooden planter, his beans are climbing their canes. # enter: hollis # mood: hollis pleased
He doesn't say your name. But when you start to sing, he sings the next line before you do, and points through the glass. # mood: hollis pleased
"Ray's beans," says Frank. "Mine now." # speaker: hollis # mood: pleased
Frank did leave Ashgrove. But his garden, his radio and his songs went with him, and the people round him now know who he is. # ending: a-room-by-the-garden
-> END

=== without_his_story ===
"Abena rang me. Frank's at Highcroft, on the second floor. There's no way into the garden from there." # speaker: yvonne # mood: sad
"He isn't eating much. He sits by the lift most of the day, with his coat on." # speaker: yvonne # mood: sad
{ plan:
    "Your page about his day went with him, so at least the staff sing with him. It's the one time he smiles." # speaker: yvonne # mood: neutral
- else:
    "His radio ended up in a box in his wardrobe. Nobody there knew what it meant to him, until Abena found it." # speaker: yvonne # mood: sad
}
"Abena has asked Imran for an early review, and he's agreed. He's looking at The Willows again." # speaker: yvonne # mood: neutral
"A decision can be lawful and still leave the person behind. The people deciding can only weigh what they're told. Next time, make sure they hear Frank, in his own words and yours." # speaker: yvonne # mood: neutral
-> extras ->
Frank sits by the lift at Highcroft, twelve miles from his beans, with his coat on, waiting. A review is booked for next month. # ending: moved-without-his-story
-> END

=== notes_said_settled ===
"{good:The Willows|Highcroft} read our notes and planned for a man who was settled and happy about the move." # speaker: yvonne # mood: worried
"On his first night he was at the fire door at two in the morning, calling for Ray. The night nurse didn't know that singing helps him. Nobody had told her." # speaker: yvonne # mood: sad
"Abena read our notes, and her own. They didn't match, and she asked why. I've added a late entry with what really happened, signed and dated, and I've talked to Sheila." # speaker: yvonne # mood: neutral
"A record is only any use if it's true. The people who read it next are the ones who have to look after him." # speaker: yvonne # mood: neutral
-> extras ->
Frank is settling, slowly, now that the staff there know what really helps him. It began with a bad night that nobody needed to have. # ending: notes-said-settled
-> END

=== frightened_arrival ===
"When Frank got to {good:The Willows|Highcroft}, the nurse found bruises on both his forearms, in the shape of fingers. She raised a safeguarding concern, as she had to. I've reported it too." # speaker: yvonne # mood: sad
"Holding someone to move them is restraint. It's only lawful when it's needed to stop him coming to harm, and no more than that harm calls for. A car waiting at the door isn't harm." # speaker: yvonne # mood: worried
"You and Sheila will both be doing training, and the safeguarding team will want to talk to you. It isn't a punishment. It's how we make sure it never happens again." # speaker: yvonne # mood: neutral
-> extras ->
Frank is safe at {good:The Willows|Highcroft}, but for weeks he flinched whenever anyone reached for his arm. The safeguarding team is looking at what happened at the door. # ending: a-frightened-arrival
-> END

=== extras ===
{ shut_in:
    "And the morning of the meeting. Frank was kept in his room to keep him out of the way. Imran recorded it, and I've reported it, as I must. Nobody here is ever kept in a room for our convenience." # speaker: yvonne # mood: worried
}
->->
