# title: Nothing changes
# summary: One week in a care home. A popular team leader rushes Mrs Francis through her morning care, and her daughter finds bruises on her arm. The senior laughs it off and a colleague says don't make waves, so you have to find another way to be heard.
# minutes: 15
# outcomes: 1.4a 1.4b 1.4c 1.4d
# location: bedroom
# cast: francis lee bev marcia amir deepa
# content-note: An older woman is rushed and handled roughly during personal care, bruises appear on her arm, and a new care worker who raises a concern is not listened to at first.

// A few facts about the world decide the ending. Everything else rejoins.
VAR bruise = 0          // the bruises: 0 told Deepa the same afternoon, 1 told Bev only, 2 kept them for Friday, 3 looked into it yourself
VAR lee_ok = false      // you told Lee plainly and calmly, in private, what you saw
VAR promised = false    // Marcia believes it will never come back to her
VAR told_marcia = false // you named Lee to Marcia
VAR told_amir = false   // you told Amir about the bruises
VAR chat = false        // you put Mrs Francis's bruises on the staff group chat

-> monday

=== monday ===
Monday, quarter past seven in the morning. Your second week at Hawthorn Court, a care home in Derby.
Lee Barker, the team leader on the early shift, knocks once on Mrs Francis's door and walks straight in. You follow him. # sfx: knock
"Morning, Gloria! Rise and shine. Let's get you done." # speaker: lee # mood: pleased
Mrs Francis is sitting on the edge of her bed in her nightdress. Her hands tremble a little on the blanket. # enter: francis # mood: francis neutral
"Morning, Lee. Give me a minute, darling. I'm stiff as a board first thing." # speaker: francis # mood: neutral
Lee has her nightdress off, a warm flannel over her face and one arm into her cardigan before the minute is up. He hums while he works. # mood: francis worried
Then he takes her under the top of her left arm and brings her up to standing in one quick pull.
"Slow down, Lee. My shoulder." # speaker: francis # mood: pain
"Nearly there, my darling. Breakfast waits for no woman." # speaker: lee # mood: pleased
"Lee. Slow down." # speaker: francis # mood: pain
She reaches for her cardigan buttons. "I can do those." # speaker: francis # mood: worried
Lee does them for her, quickly. He gets them one hole out.
He looks at his watch. "Five minutes. Not bad." # speaker: lee # mood: pleased
"Twelve to get done before breakfast, and we're two carers down. You finish her hair and shoes. I'll make a start on Mr Ahmed." # speaker: lee # mood: neutral
He is gone before you can answer. # exit: lee # sfx: door
Mrs Francis sits very still, rubbing the top of her left arm. # mood: francis sad
"I can do my own hair, you know," she says quietly. "If anybody would wait." # speaker: francis # mood: sad # partner: francis # partner-feels: like a parcel, her shoulder sore, a bit hurt that nobody waits # partner-wants: to do what she still can, in her own time # partner-well: takes her time, chats, and tells you how her mornings really feel # partner-badly: looks away, "Quicker for who? Never mind. I don't like a fuss."
+ [Hand her the brush, and ask how the morning felt for her # rating: best # score: 1.4b +2 # score: 1.4c +1 # trust: francis +1 # feedback: You gave her back something she can still do, and asked for her view. That treats her as a partner in her own care, and it tells you what her mornings are really like.]
    "Here you are, Mrs Francis. Take your time. How did this morning feel?" # speaker: you
    She takes the brush. It is slow, and she gets there. # mood: francis neutral
    "Lee's a good boy. He makes me laugh, and he's run off his feet." # speaker: francis # mood: neutral
    "But in the mornings I feel like a parcel. He holds on tight, up here." She touches the top of her arm. "He thinks I'll fall." # speaker: francis # mood: sad
    "Don't you go making trouble for him, now. I don't like a fuss." # speaker: francis # mood: worried
+ [Do her hair and shoes for her, gently, chatting as you go # rating: ok # score: 1.4b +0 # score: 1.4c +0 # feedback: Gentle and friendly, which matters. But doing it for her takes away something she has just told you she can do. Handing her the brush and asking how her morning felt would put her back in charge of her own care.]
    You brush her hair and help her into her shoes, chatting about the weather.
    "Thank you, darling." She doesn't say much else. She keeps rubbing the top of her arm. # speaker: francis # mood: sad
+ [Tell her Lee means well, and it's quicker if you do it # rating: poor # score: 1.4b -1 # score: 1.4c -1 # trust: francis -1 # feedback: This speaks up for Lee and decides for her, straight after she told you what she can do. Let her do what she can at her own pace, and ask her how her morning felt.]
    "Lee means well, Mrs Francis. It's just quicker if we do it." # speaker: you
    "Quicker for who?" Then she looks away. "Never mind. I don't like a fuss." # speaker: francis # mood: upset
    You do her hair. She keeps rubbing the top of her arm.
- Over the next hour you watch Lee get four more people up, washed and dressed. He is cheerful with every one of them, and fast. # location: corridor # sfx: footsteps
By twenty past eight Mrs Francis is at the breakfast table. She doesn't eat much.
-> bev_office

=== bev_office ===
Half past twelve. Bev Ward, the senior carer on shift, is in the office working on next week's rota, a pencil behind her ear. # location: office # ambience: office # enter: bev # mood: bev neutral
"You've got a face on you. What's up, love?" # speaker: bev # mood: neutral # note: Before anyone chooses: what would you tell Bev, and what would you leave out? What is the difference between a fact and an accusation? # partner: bev # partner-feels: busy with the rota, fond of you, proud of Lee and the team # partner-wants: to know what's wrong, quickly, so she can get back to the rota # partner-well: puts her pencil down and listens right to the end # partner-badly: goes stiff and defensive, sticks up for Lee, asks "Who says?"
+ [Say Lee is too rough with people, and someone needs to stop him # rating: poor # score: 1.4a -1 # score: 1.4d -1 # trust: bev -1 # feedback: "Too rough" is a label, not something Bev can check, and it sounds like an accusation, so she is more likely to defend Lee than to listen. Tell her what you saw, when, and what Mrs Francis said.]
    "Lee's too rough with people. Someone needs to stop him." # speaker: you
    Bev puts her pencil down. # mood: bev defensive
    "Rough? That's a big word for your second week, love. Rough how? Who with? When?" # speaker: bev # mood: defensive
    You try to remember the details. They come out in the wrong order.
+ [Report exactly what you saw to Bev: when, who, and what Mrs Francis said # rating: best # score: 1.4a +2 # score: 1.4d +2 # feedback: The time, what happened and her own words, with no labels. That is what a senior needs to act on, and it is the right first step when you are worried about how care is given.]
    "At quarter past seven, Lee got Mrs Francis up, washed and dressed in about five minutes. He stood her up by the top of her left arm." # speaker: you
    "She said, 'Slow down, my shoulder,' twice, and he carried on. She asked to do her own buttons, and he did them. Afterwards she sat rubbing that arm." # speaker: you
    Bev listens to the end. For a moment she looks as if she is going to take it seriously. # mood: bev neutral
+ [Ask her how long a morning wash and dress is meant to take here # rating: ok # score: 1.4a +0 # score: 1.4d +1 # feedback: Asking for advice is a fair way in, and it's safer than an accusation. But Bev can only act on what she knows, so tell her plainly what you saw, when, and what Mrs Francis said.]
    "How long is a morning wash and dress meant to take here?" # speaker: you
    "As long as it takes. Why?" # speaker: bev # mood: confused
    You tell her, bit by bit. It takes a while to get to the part about Mrs Francis's shoulder.
- Then Bev laughs. # mood: bev pleased
"Five minutes! That's our Lee. 'Getting them done', he calls it. Best team leader in the building, and the residents adore him." # speaker: bev # mood: pleased
"You're new, love. Everything looks fast when you're new. And we're two down every morning this week." # speaker: bev # mood: neutral
She rubs out a name on the rota and writes yours in. "Tell you what. Nights are short on Thursday and Friday, so I'm putting you on. Slower pace. You'll like it." # speaker: bev
"You're on a late on Wednesday, then nights. And you're in Deepa's book for supervision on Friday at two. Don't be late." # speaker: bev # note: Was moving the new worker onto nights a fair rota decision, or a way of moving a problem out of sight? What can you do when the first person you tell does not act? # partner: bev # partner-feels: sure Lee is fine, thinks you're new and nervous, wants the team calm # partner-wants: to close this down and finish the rota # partner-well: sighs, a bit defensive, but gives you a straight answer # partner-badly: goes red and cold, and turns back to her rota without a word
+ [Laugh along and leave it. She's known Lee for years, and you've known him a week # rating: poor # score: 1.4c -1 # feedback: Laughing along leaves Mrs Francis's mornings as they are, and teaches you to doubt what you saw. A concern does not go away because the first person brushes it off: ask who else you can take it to.]
    You laugh along. "Fair enough." # speaker: you
    Bev goes back to her rota, humming. # mood: bev pleased
+ [Leave it for today, and take it to your supervision on Friday # rating: ok # score: 1.4d +1 # score: 1.4c +0 # feedback: Supervision with the deputy manager is a proper place for a worry about how care is given, so this is a real route. Saying now that you are still worried, and asking who else to go to, would get it heard sooner.]
    "OK. I'll leave it for now." # speaker: you
    "Good stuff." Bev is already rubbing out another name. # speaker: bev # mood: pleased
    You make up your mind to take it to Deepa on Friday.
+ [Say calmly you're still worried, and ask who else you can talk to # rating: best # score: 1.4d +2 # score: 1.4c +1 # trust: bev -1 # feedback: Calm and clear: you did not argue, and you did not let it drop. Asking who else you can go to is how you get support when the first person you tell does not act.]
    "I hear you, Bev. But I'm still worried about Mrs Francis. Who else can I talk to about it?" # speaker: you
    Bev sighs. "Deepa, I suppose. Supervision's what it's for." # speaker: bev # mood: defensive
    "But leave Lee to me, all right? He's got enough on." # speaker: bev # mood: defensive
+ [Tell her she's covering for her friend, and you'll report the home to CQC # rating: poor # score: 1.4d -1 # score: 1.4c -2 # trust: bev -2 # feedback: Going outside before the home has had a chance to act skips the routes inside it, and accusing Bev turns a worry about care into a fight with her. Stay calm, say you are still worried, and ask who else you can talk to here.]
    "You're covering for your friend. I'll report this place to CQC." # speaker: you
    Bev goes red. "Report away, love. You can do it from nights." # speaker: bev # mood: angry
- -> tuesday

=== tuesday ===
Tuesday, a quarter past ten. Your break, in the staff room. # location: staff-room # ambience: none
Lee comes in with a mug of tea and sits down opposite you. He doesn't drink it. # enter: lee # mood: lee defensive
"Bev says you think I'm too quick with the residents. Go on, then. Say it to my face." # speaker: lee # mood: defensive
"Two staff down. Twelve people to get up before the breakfast trolley goes cold. You want me to leave Gloria sat in a wet nightie while I give her a spa morning?" # speaker: lee # mood: angry # partner: lee # partner-feels: hurt and defensive, run off his feet, proud of fourteen years here # partner-wants: to be told to his face, and for someone to see the pressure he's under # partner-well: goes quiet, looks at his tea, talks honestly about her Parkinson's and the rush # partner-badly: face goes tight, "Fourteen years I've been here. Don't you lecture me."
+ [Tell him Bev must have got the wrong end of the stick, and he's great # rating: poor # score: 1.4c -1 # trust: lee +1 # feedback: Backing down keeps the peace for a minute, but it isn't true, and Lee learns nothing about what Mrs Francis felt. You can be fair about the pressure he is under and still be honest about what you saw.]
    "I think Bev got the wrong end of the stick. You're great with them." # speaker: you
    Lee grins and picks up his tea. "Knew it. Bev said you were just nervous." # speaker: lee # mood: pleased
    "Gloria's my girl. She loves a laugh." # speaker: lee # mood: pleased
+ [Tell him the residents are people, not jobs to "get done" # rating: poor # score: 1.4c -1 # trust: lee -1 # feedback: It may be true, but a lecture puts Lee on the defensive, and then he stops hearing you. Talk about what you saw and what she said, not about what kind of carer he is.]
    "The residents are people, Lee. Not jobs to get done." # speaker: you
    His face goes tight. "Fourteen years I've been here. Don't you lecture me about people." # speaker: lee # mood: angry
+ [Say you know the shift is short, and tell him plainly what you saw # rating: best # score: 1.4c +2 # trust: lee +1 # feedback: You were fair about the pressure he is under and plain about what you saw, in private, without labels. That is how to disagree with a colleague and still be able to work beside him tomorrow.]
    ~ lee_ok = true
    "I know the shift's short, Lee. I'm not saying you don't care." # speaker: you
    "Yesterday, when you stood Mrs Francis up by her arm, she said, 'Slow down, my shoulder,' twice. Afterwards she sat rubbing it. That's what I saw." # speaker: you
    Lee looks at his tea for a long time. # mood: lee sad
    "She's got Parkinson's. She's stiff first thing. If I go at her pace, she's last down to breakfast, and she gets upset about that as well." # speaker: lee # mood: sad
    "I didn't hear her say it. That's the truth." # speaker: lee # mood: worried
- Lee stands up and looks at the clock over the sink. "I've got to get on." # speaker: lee
He goes. # exit: lee
-> wednesday

=== wednesday ===
Wednesday. You are on a late shift, two till ten. # location: lounge # ambience: lounge
At quarter past three, Mrs Francis's daughter, Marcia, is sitting with her mum by the window. She comes in every Wednesday afternoon. # enter: francis marcia # mood: francis neutral # mood: marcia neutral
Marcia sees you, says something to her mum, and comes over. # mood: marcia worried
"Have you got a minute? Not in here." # speaker: marcia # mood: worried
You step out into the corridor with her. # location: corridor # enter: marcia
"I've just helped Mum change her cardigan. She's got bruises at the top of her left arm. Three little ones, in a row." # speaker: marcia # mood: worried
She holds up her own arm and presses on it with her fingertips. "Like that. Like fingers." # speaker: marcia # mood: upset
"She says she doesn't know how. She says not to make a fuss." # speaker: marcia # mood: upset
"Please don't say it came from me. If they know I've complained, they'll take it out on her. And I want whoever did it gone." # speaker: marcia # mood: angry # note: What does Marcia need from you right now? What must you not promise her, and why? # partner: marcia # partner-feels: frightened for Mum, angry, scared that complaining will make things worse # partner-wants: Mum safe, her own name kept out of it, and whoever did it gone # partner-well: calms a little, asks a question or two, then nods and says thank you # partner-badly: goes very still, then walks off angrily, already reaching for her phone
+ [Tell her Lee has been rushing her mum, so it might have been him # rating: poor # score: 1.4b -1 # score: 1.4c -2 # trust: marcia +1 # feedback: Naming a colleague to a relative on a guess is gossip, not a fact, and it can wreck an enquiry before it starts. Listen, tell her honestly that you can't keep it secret, and pass what she said to the people whose job it is to look into it.]
    ~ told_marcia = true
    "Lee's been rushing her in the mornings. It might have been him." # speaker: you
    Marcia goes very still. "Lee? The one who makes her laugh?" # speaker: marcia # mood: angry
    "Right." She takes out her phone as she walks back towards the lounge. # speaker: marcia # mood: angry
+ [Promise her nobody will know it came from her, and that whoever did it will go # rating: poor # score: 1.4b -1 # score: 1.4c -2 # trust: marcia +1 # feedback: It sounds kind, but you can't keep a safeguarding concern secret, and you can't promise what an enquiry will decide. When the truth comes out she will feel let down. Listen, be honest about what you must do, and pass it on.]
    ~ promised = true
    "I promise. Nobody will know it came from you. And whoever did it will be gone." # speaker: you
    Marcia squeezes your hand. "Thank you." # speaker: marcia # mood: relieved
    Walking away, you realise that neither promise was yours to make.
+ [Thank her, and say you'll make sure the right people hear about it # rating: ok # score: 1.4b +1 # score: 1.4c +0 # feedback: You thanked her and will pass it on, which matters most. But she asked you to keep it secret and you left that unanswered, so she may think it will never come back to her. Say kindly that you can't keep it secret, and why.]
    ~ promised = true
    "Thank you for telling me. I'll make sure the right people hear about it." # speaker: you
    "Good. As long as it doesn't come back on Mum." # speaker: marcia # mood: relieved
    She thinks you have said yes to that, too.
+ [Listen, then say kindly you can't keep it secret, and what happens next # rating: best # score: 1.4b +2 # score: 1.4c +1 # trust: marcia +1 # feedback: You listened first, then were honest: a possible injury can't be kept secret, and you can't promise what will happen. Telling her what happens next keeps her a partner in keeping her mum safe.]
    You let her finish.
    "Thank you for telling me, Marcia. I can't keep this between us. Bruises like that have to go to the people whose job it is to keep your mum safe, and I'll pass it on today." # speaker: you
    "I can't promise what they'll decide. But I'll tell them you're worried about it coming back on her, and they'll take that seriously." # speaker: you
    "Today?" # speaker: marcia # mood: worried
    "Today." # speaker: you
    She nods slowly. "All right. Thank you." # speaker: marcia # mood: relieved
- Marcia goes back to her mum. You are on your own in the corridor. # exit: marcia
Through the office window you can see Deepa Menon, the deputy manager, at her desk. She is the home's safeguarding lead. Bev is doing the drinks round in the lounge.
Lee is still in the building, working a long day to cover the rota.
Your supervision with Deepa is on Friday, two days away. # note: Ask the room: why can a worry about how care is given wait for supervision, when these bruises cannot? # partner: deepa # partner-feels: busy at her desk, and doesn't yet know anything is wrong # partner-wants: to hear about worries while they're still small, in plain facts # partner-well: turns her chair round, listens without interrupting, and thanks you # partner-badly: hears it late or second-hand, and asks, worried, why it took so long
+ [Go to Deepa in the office now, and tell her what Marcia told you # rating: best # score: 1.4d +2 # score: 1.4a +2 # feedback: A possible injury goes to the safeguarding lead the same day. Bev had already brushed off a worry about the same care, so going straight to Deepa was right: it means the team can act to protect Mrs Francis today.]
    ~ bruise = 0
    You knock on the office door. # location: office # ambience: office # sfx: knock
    "Deepa, have you got five minutes? It's about Mrs Francis. It can't wait." # speaker: you
    Deepa turns her chair round and listens without interrupting: what Marcia said, in Marcia's words; what you saw on Monday; that you told Bev. # enter: deepa # mood: deepa worried
    "Thank you. You were right to come now, not on Friday." # speaker: deepa # mood: neutral
    "I'll go and see Mrs Francis myself, now, and ask if she'll let me look at her arm. I'll ring Marcia. And I'll make a referral to the council's safeguarding team today." # speaker: deepa # mood: neutral
    "Until it's been looked into, Lee won't do her personal care. That isn't a verdict on him. It keeps everyone safe, him included." # speaker: deepa
    "Before you go home tonight, write down what you know. Facts only." # speaker: deepa
+ [Check her arm yourself, then ask Lee how she got the bruises # rating: poor # score: 1.4d -1 # score: 1.4a -1 # trust: lee -2 # feedback: Looking into it is not your job. Asking Lee first could warn someone, hurt him if he did nothing wrong, and muddle what people remember. Report it the same day to the safeguarding lead, and let them decide how it is looked into.]
    ~ bruise = 3
    You go back into the lounge and crouch down by Mrs Francis's chair. # location: lounge # enter: francis # mood: francis neutral
    "Can I have a look at your arm, Mrs Francis?" # speaker: you
    She lets you. Three small round bruises, blue and purple, in a row on the outside of her upper left arm. # mood: francis worried
    "I don't know, darling. I don't want a fuss." # speaker: francis # mood: worried
    You find Lee in the staff room, eating a sandwich on his feet. # location: staff-room # enter: lee # mood: lee neutral
    "Lee, how did Mrs Francis get those bruises on her arm?" # speaker: you
    He stops chewing. "Are you saying I hurt her?" # speaker: lee # mood: angry
    "I've been on since seven." His voice cracks. "I'm going to Bev." # speaker: lee # mood: upset
    Twenty minutes later Bev rings Deepa, and Deepa rings the council's safeguarding team. By then Lee has told half the shift that the new starter is accusing him. # exit: lee
+ [Write it all down tonight, and take it to your supervision with Deepa on Friday # rating: poor # critical # score: 1.4d -2 # score: 1.4a -1 # feedback: This was unsafe. Bruises like these may mean Mrs Francis is being hurt, and holding them back for two days leaves her at risk of it happening again. A safeguarding concern goes to the senior or the safeguarding lead the same day; supervision is for things that can wait.]
    ~ bruise = 2
    You decide to write it all down properly tonight and take it to Deepa on Friday. She'll have time to listen then.
    At five o'clock, through the office window, you see Deepa put on her coat and go home.
+ [Tell Bev, the senior on shift, and leave it with her # rating: ok # score: 1.4d +1 # score: 1.4a +1 # feedback: Telling the senior on shift is the usual first step, and it gets the bruises reported today. But Bev has already brushed off a worry about the same care, so make sure it reaches the safeguarding lead today as well, rather than leaving it with her.]
    ~ bruise = 1
    You find Bev at the tea trolley and ask for a word in private. You tell her what Marcia said. # location: corridor # enter: bev # mood: bev neutral
    This time, Bev doesn't laugh. # mood: bev worried
    "Bruises. Right." She frowns. "She does knock herself, with her Parkinson's. I'll have a look at teatime and put it in her notes." # speaker: bev # mood: worried
    "Leave it with me. And write down what the daughter said before you go home." # speaker: bev # mood: neutral
- -> write_up

=== write_up ===
Half past nine in the evening, at the end of your late shift. You sit down in the office with a blank form. # location: office # ambience: office # sfx: clock-chime
{ bruise:
- 0: Deepa looked at Mrs Francis's arm with her this afternoon and drew the bruises on a body map. She made the referral to the council at half past four. Your part is to write down what you know.
- 1: Bev asked you to write down what Marcia said. She hasn't told you what she did about it.
- 2: Nobody has asked you to write anything. You are writing it for Friday.
- 3: Deepa has asked you to write down what you know, and what you said to Lee.
}
You write it one sentence at a time. # note: Ask the room: which of these sentences are facts, and which are opinion or gossip? Who might read this record one day: Mrs Francis, Marcia, Lee, someone from the council? # partner: marcia # partner-feels: worried sick, and afraid nobody will take her seriously # partner-wants: what she found written down the way she said it # partner-well: reads it, nods slowly, "Yes. That's what I told you." # partner-badly: frowns, "That's not what I said. Did you even listen?"
+ [Mrs Francis's daughter reported some bruising on her arm this afternoon. # record: concern-record # rating: ok # score: 1.4c +0 # score: 1.4b +0 # feedback: True, but "some bruising" on "her arm" gives nobody anything to check, and Marcia's own words are lost. Write who told you, when, exactly what she described, and her words in quotation marks.]
+ [Her daughter found finger bruises where Lee has been grabbing her. # record: concern-record # rating: poor # score: 1.4c -1 # score: 1.4b -1 # feedback: "Where Lee has been grabbing her" is a guess written as a fact, and it names a colleague for something nobody saw. Write only what Marcia told you, in her words, and let the people looking into it decide what it means.]
+ [At 15:15 Mrs Francis's daughter, Marcia Francis, told me she had seen three small bruises in a row on the top of her mum's left arm. She said, "Like fingers." # record: concern-record # rating: best # score: 1.4c +2 # score: 1.4b +1 # feedback: Who told you, when, what she described and her own words in quotation marks. It keeps what you were told apart from what you saw, which is exactly what a safeguarding record needs.]
- Next, what you saw yourself. # partner: lee # partner-feels: frightened of what people are saying, and stung after fourteen years # partner-wants: to be treated fairly, whatever this turns out to be # partner-well: reads it, goes quiet, "I didn't hear her say it. But that's what you saw." # partner-badly: goes white, then angry, "Who's been saying that about me? I want names."
+ [Lee is known for getting people done far too fast, and some of the other staff have told me he can be rough with them. # record: concern-record # rating: poor # score: 1.4c -1 # feedback: "Known for" and "staff have told me" are gossip, not what you saw, and they are unfair to Lee whatever the truth turns out to be. Write only what you saw and heard yourself, with the day and time.]
+ [On Monday at 07:15 I saw Lee Barker stand Mrs Francis up by her upper left arm. She said, "Slow down, my shoulder," twice. # record: concern-record # rating: best # score: 1.4c +2 # feedback: The day, the time, what you saw and what Mrs Francis said, in her words. No labels and no guesses about why, so the people looking into it can use it.]
+ [Mrs Francis seemed to be rushed during her personal care on Monday morning. # record: concern-record # rating: ok # score: 1.4c +0 # feedback: "Seemed to be rushed" is your impression, not what happened. Say what you saw and heard: the time, how she was stood up, and what she said.]
- Last, who you told. # partner: bev # partner-feels: tired, defensive, and hates anything that splits the team # partner-wants: not to be made the villain in front of Deepa # partner-well: reads it, nods, "Fair enough. That's when you told me." # partner-badly: goes red, "Is that what you really think of me?"
+ [On Monday at 12:30 I told Beverley Ward, senior carer, what I had seen. # record: concern-record # rating: best # score: 1.4c +2 # score: 1.4a +1 # feedback: Who you told, when, and what about. It shows the worry was raised on Monday, without blaming anyone for what happened next.]
+ [Bev just laughed when I told her, and then she moved me onto nights to keep me quiet about it. # record: concern-record # rating: poor # score: 1.4c -1 # score: 1.4a -1 # feedback: Why Bev laughed and why she changed the rota are your feelings about her, not facts about Mrs Francis's care. If you feel you were moved for raising a concern, say so in supervision; keep the record to who you told, and when.]
+ [I raised my concerns with a senior earlier in the week. # record: concern-record # rating: ok # score: 1.4c +0 # score: 1.4a +0 # feedback: True, but with no name, no day and no time, nobody can tell who knew what, or when. Write who you told and when.]
- You sign it, and add the date and the time.
{ bruise == 2:
    You lock it in the office drawer, ready for Friday.
- else:
    You leave it in the safeguarding tray in the locked office, as you were asked.
}
-> thursday

=== thursday ===
Thursday. Your first night shift. # location: office # ambience: night
Twenty to ten. The office phone rings. # sfx: phone-ring
"Hawthorn Court, good evening." # speaker: you
"It's Marcia Francis. Gloria's daughter." # speaker: marcia # offstage # mood: worried
{ bruise:
- 0:
    "Your manager rang me yesterday, and someone from the council's safeguarding team rang this afternoon. They were kind. They asked a lot of questions." # speaker: marcia # offstage # mood: worried
- 1:
    "The senior rang me this morning and said she'd passed it on. Nobody else has rung." # speaker: marcia # offstage # mood: worried
- 2:
    "Nobody's rung me. Nobody. And Mum's got a new mark today, on her wrist. So I rang the council's safeguarding team myself." # speaker: marcia # offstage # mood: angry
- 3:
    "Your manager rang me. And Mum says the staff were all whispering this morning. She thinks it's her fault." # speaker: marcia # offstage # mood: upset
}
{ promised && bruise != 2:
    "They told me the concern came from me, in front of Mum. You said it wouldn't come back to me." # speaker: marcia # offstage # mood: angry
}
"So is it Lee? Has he been suspended? I've a right to know who's been touching my mother." # speaker: marcia # offstage # mood: angry # note: Who decides what Marcia is told, and why isn't it whoever picks up the phone? # partner: marcia # partner-feels: frightened and angry, lying awake worrying about her mum # partner-wants: to know who has been touching her mother, and what is being done # partner-well: goes quiet for a moment, then says "Thank you for listening" # partner-badly: shouts "Don't you dare..." and rings back again and again
+ [Say you don't know, and she'll have to ring back in the morning # rating: ok # score: 1.4b +0 # score: 1.4a +0 # feedback: Honest, and you shared nothing that isn't yours to share. But "ring back in the morning" leaves her alone with her worry tonight. Ask the on-call manager to ring her, so she hears from someone who can answer.]
    "I'm sorry, I don't know. You'd need to ring back in the morning and ask for Deepa." # speaker: you
    "In the morning." A long pause. "Fine." # speaker: marcia # offstage # mood: sad
+ [Say you can hear how worried she is, and ask the on-call manager to ring her # rating: best # score: 1.4b +2 # score: 1.4a +1 # trust: marcia +1 # feedback: You heard her worry without guessing or sharing what isn't yours to share, and you got her to the person who can answer. That keeps Marcia a partner in her mum's safety.]
    "I can hear how worried you are, Marcia. I can't answer that, and I won't guess. I'll ask the on-call manager to ring you tonight. Is this the best number?" # speaker: you
    "Yes." The line goes quiet for a moment. "Thank you for listening." # speaker: marcia # offstage # mood: relieved
    You ring the on-call number. This week it is Deepa.
    { bruise == 2:
        You tell her what Marcia has just said. Then you tell her the rest: the bruises, on Wednesday afternoon, and that you decided to wait.
        "Wednesday?" A long breath on the line. "Right. I'll ring Marcia now, and the council's safeguarding team first thing, so they hear it from us too." # speaker: deepa # offstage # mood: worried
    - else:
        "Thanks for letting me know. I'll ring her now." # speaker: deepa # offstage # mood: neutral
    }
+ [Say you can't discuss residents, and end the call # rating: poor # score: 1.4b -1 # score: 1.4a -1 # trust: marcia -2 # feedback: Confidentiality does not mean shutting out a frightened daughter. You don't have to answer her questions, but you can listen, and make sure someone who can answer rings her back.]
    "I'm sorry, I can't discuss residents over the phone." # speaker: you
    "Don't you dare..." # speaker: marcia # offstage # mood: angry
    You end the call. A minute later it rings again, and rings until it stops. # sfx: phone-ring
+ [Tell her what you know about Lee and the rushing, since she's family and has a right to know # rating: poor # critical # score: 1.4b -1 # score: 1.4a -1 # trust: marcia +1 # feedback: This was unsafe: you named a colleague in an open safeguarding enquiry to a relative, with no basis for sharing it, before anyone has found anything. It can spoil the enquiry and put Lee, Marcia and her mum in a worse place. Listen, and get the manager who can answer her to ring her.]
    ~ told_marcia = true
    "It's Lee, the team leader on earlies. He's been rushing her in the mornings." # speaker: you
    "I knew it." Her voice shakes. "I knew it." # speaker: marcia # offstage # mood: angry
    She puts the phone down.
- -> night

=== night ===
Twenty to three in the morning, in the staff room. Amir Khalil makes two cups of tea and sits down across from you. # location: staff-room # ambience: night # sfx: kettle # enter: amir # mood: amir neutral
He has worked nights here for three years. He has shown you where everything is, twice, and never made you feel stupid.
"Can I say something? As a friend." # speaker: amir # mood: worried
"Everybody knows why Bev put you on nights. It's about Lee." # speaker: amir # mood: worried
"Don't make waves. Last year a carer complained about a senior. Six weeks later she had no shifts. I have a wife, a baby and rent. I keep my head down. You should too." # speaker: amir # mood: worried # note: Amir is trying to help. What is he afraid of? What would you want him to know about speaking up? # partner: amir # partner-feels: afraid for you, and for his own wife, baby and rent # partner-wants: you safe, and no trouble that could reach him # partner-well: turns his mug round, thinks, then pushes the biscuit tin over to you # partner-badly: looks uneasy, goes quiet, and glances at the door
+ [Agree with him. You're new, and it isn't worth your job # rating: poor # score: 1.4c -1 # trust: amir +1 # feedback: Dropping a concern because you might be treated badly leaves Mrs Francis where she was, and the law protects people who raise concerns honestly. Thank him, and keep raising it through the proper routes.]
    "You're right. I'm new. It's not worth it." # speaker: you
    Amir nods, relieved and a little sad. "Good. Head down." # speaker: amir # mood: relieved
+ [Tell him all about the bruises Marcia found, so he understands why you can't just drop it # rating: poor # score: 1.4c -2 # feedback: Amir is not involved in Mrs Francis's care or in looking into it, so her bruises are not his to know, and talk spreads. You can tell him you'll keep raising it the proper way without sharing anything about her.]
    ~ told_amir = true
    You tell him about Marcia, and the three bruises in a row at the top of Mrs Francis's arm.
    Amir puts his mug down. "You should not tell me that," he says quietly. "Now I know. And tomorrow everybody will know that I know." # speaker: amir # mood: worried
+ [Thank him for looking out for you, and say you'll keep raising it the proper way # rating: best # score: 1.4c +2 # trust: amir +1 # feedback: You kept the friendship and kept to what is right: thanks for his care, and no details he doesn't need. A calm no to "keep your head down" keeps the working relationship, and the concern, alive.]
    "Thank you, Amir. I mean it. But I saw something I can't unsee, so I'm going to keep raising it. The proper way." # speaker: you
    Amir turns his mug round in his hands. "The proper way." # speaker: amir # mood: neutral
    "Deepa is all right. She listens." He pushes the biscuit tin over to you. "Just be careful, yes?" # speaker: amir # mood: pleased
+ [Say you hear him, and change the subject # rating: ok # score: 1.4c +0 # feedback: You kept the peace and shared nothing you shouldn't, which matters. But his warning stays standing: a kind word that you'll raise concerns the proper way might help him one day, too.]
    "I hear you. So how's the baby sleeping?" # speaker: you
    Amir smiles and shows you a photo on his phone. The warning stays where he left it, on the table between you. # mood: amir pleased
- At ten past three, your phone buzzes in your pocket. It's the staff group chat: thirty people from days and nights, set up for swapping shifts. # sfx: phone-buzz
"Heard someone's been stirring about Lee. Whoever it is, grow up. Best carer in the building." Twelve thumbs up. One of them is Bev's. # partner: amir # partner-feels: uneasy, reading the same messages on his own phone across the table # partner-wants: this to blow over before it reaches him or his shifts # partner-well: nods quietly, puts his own phone away, and drinks his tea # partner-badly: reads his phone, looks at you, says nothing, and moves his chair back
+ [Leave it unanswered. A group chat is no place for this # rating: best # score: 1.4c +2 # feedback: You kept Mrs Francis's business, and Lee's, off a chat that thirty people read. If the messages feel like pressure, that is something to take to supervision, not to argue about on your phone.]
    You put your phone face down on the table. It buzzes twice more. You leave it there.
+ [Reply with the facts: Mrs Francis has bruises on her arm, and it isn't stirring # rating: poor # critical # score: 1.4c -2 # feedback: This was unsafe: it put a resident's name and injury on thirty personal phones, a disclosure with no basis that she never agreed to, and it could harm the enquiry. Concerns about a resident go to the manager, never onto a group chat, however unfair the messages feel.]
    ~ chat = true
    You type, "It isn't stirring. Mrs Francis has got bruises on her arm," and send it.
    Within a minute, eleven people are typing. "Is that Gloria??" "Who did it?" "Omg." # sfx: phone-buzz
    Across the table, Amir reads it on his own phone, then looks at you. He doesn't say anything. # mood: amir worried
+ [Reply "Not discussing work on here," and mute the group # rating: ok # score: 1.4c +1 # feedback: You kept the details off the chat, which is the main thing. But any reply tells thirty people it's about you and keeps the talk going. Saying nothing, and raising the messages in supervision, is safer.]
    You type, "Not discussing work on here," send it, and mute the group.
    Before the mute takes hold, two more messages arrive: "Ooh, touchy." "So it IS you." # sfx: phone-buzz
- The rest of the night is quiet. At eight you go home and sleep badly.
-> friday

=== friday ===
Friday, two o'clock. You've had four hours' sleep. Deepa's office, with the door shut. # location: office # ambience: office
"Come in, sit down. Supervision is your time as much as mine: how you're getting on, what's hard, what you need." # speaker: deepa # mood: neutral
"First, let me tell you where things are with Mrs Francis." # speaker: deepa
{ bruise:
- 0:
    "I saw her on Wednesday, with her permission, and drew the bruises on a body map. The council's safeguarding team has the referral, and they've spoken to her and to Marcia." # speaker: deepa # mood: neutral
    "She told me, in her own words, that on some mornings she's stood up quickly by the arm, and it hurts. Lee hasn't done her care since Wednesday while it's looked into. You came the same afternoon. That made a difference." # speaker: deepa # mood: pleased
- 1:
    "Bev told me on Thursday morning. She'd put it in the notes on Wednesday and meant to ring me, and then the evening got busy." # speaker: deepa # mood: worried
    "So Lee did Mrs Francis's care again on Thursday at seven. Nothing new happened, thank goodness. But it could have." # speaker: deepa # mood: worried
    "When a senior has already brushed off a worry about the same person's care, bring a safeguarding concern to me or the on-call manager as well, the same day." # speaker: deepa # mood: neutral
- 2:
    "Marcia rang the council's safeguarding team herself on Thursday. Her mum had a new mark, on her wrist. Marcia says she told you about the bruises on Wednesday." # speaker: deepa # mood: worried
    She looks at you for a long moment. "Why didn't I hear about it on Wednesday?" # speaker: deepa # mood: sad
    You tell her you thought it could wait for supervision.
    "A possible injury can never wait for supervision. Supervision is for things that can wait. A bruise goes to the senior or to me the same day, by phone if I'm not in the building." # speaker: deepa # mood: neutral
- 3:
    "Bev rang me on Wednesday evening, after Lee went to her upset. The council's safeguarding team has it now, and they've spoken to Mrs Francis and to Marcia." # speaker: deepa # mood: neutral
    "But before anyone could ask Lee anything properly, he'd already been asked once, in the staff room, and half the shift knew. He's been off sick since. That makes it harder to find out what happened, for Mrs Francis and for him." # speaker: deepa # mood: worried
    "Next time, bring it to me. Don't look into it yourself." # speaker: deepa # mood: neutral
}
{ chat:
    "And the group chat. Mrs Francis's name and her injury are on thirty phones now. I've had to report that as a data breach, and ask everyone to delete it." # speaker: deepa # mood: sad
}
"Now, you. Bev moved you onto nights straight after you raised a concern. And I hear Lee came to find you on Tuesday. How are you doing?" # speaker: deepa # mood: neutral # note: What is supervision for? What would you want to get out of this conversation? # partner: deepa # partner-feels: concerned about you after a hard first fortnight # partner-wants: to hear honestly how you are, and what help you need # partner-well: smiles, "Thank you for saying so," and offers to help # partner-badly: looks worried, then gently but firmly pushes back
+ [Say you're fine, and you'd just like to go back to days # rating: ok # score: 1.4d +0 # score: 1.4c +0 # feedback: Going back to days may be right, but "I'm fine" hides what happened, so nobody can help with it. Say what has been hard, and ask for help with it.]
    "I'm fine. I'd just like to go back to days." # speaker: you
    "We can talk about days. But you don't look fine." # speaker: deepa # mood: worried
+ [Say you'd rather not talk about colleagues: you don't want to be a grass # rating: poor # score: 1.4d -1 # score: 1.4c -1 # feedback: Raising a worry about someone's care is not "grassing": it is part of the job, and the law protects you when you do it honestly. Supervision is where you can talk about colleagues safely and get help.]
    "I'd rather not talk about colleagues. I don't want to be a grass." # speaker: you
    "It isn't grassing. Raising a worry about someone's care is part of the job. I'd be more worried about someone who never did." # speaker: deepa # mood: neutral
+ [Say honestly it's been hard, and ask for help working with Bev and Lee # rating: best # score: 1.4d +2 # score: 1.4c +1 # trust: deepa +1 # feedback: Supervision is the place to say what is hard and to ask for help with a conflict at work. Asking for help to keep working with Bev and Lee, rather than against them, is a strength, not a weakness.]
    "Honestly? It's been hard. I want to be able to work with Bev and Lee. I don't know how to, after this week. Can you help?" # speaker: you
    "Thank you for saying so. Most people don't." # speaker: deepa # mood: pleased
+ [Ask her to discipline Bev for laughing at you and moving you # rating: poor # score: 1.4d -1 # score: 1.4c -1 # feedback: Whether Bev is disciplined is not yours to decide, and asking for it turns a concern into a fight. Say what happened and how it affected you, and ask for help to put things right.]
    "Bev laughed at me and moved me to nights. I want her disciplined." # speaker: you
    "What happens with Bev is mine to deal with, not yours. But I can hear that it hurt." # speaker: deepa # mood: neutral
- "Here's what I want you to know." # speaker: deepa # mood: neutral
"Nobody here should be treated worse for raising a concern honestly. Not moved, not frozen out, not talked about on a group chat. The law protects people who speak up about a risk to others: the Public Interest Disclosure Act." # speaker: deepa # mood: neutral
"I'll talk to Bev about how she handled Monday, and about the rota. You can go back to days next week, if you want to." # speaker: deepa
{ lee_ok && bruise != 3:
    "And Lee came to see me yesterday. He said you'd told him straight, and he's been thinking about it. He's asked if the three of us can sit down next week. Would you?" # speaker: deepa # mood: pleased
- else:
    "When the time is right, I'd like you and Lee to sit down with me and talk. You'll both be working here a long time." # speaker: deepa # mood: neutral
}
"One more question, and it matters." # speaker: deepa
"Suppose you'd come to me, and I'd done nothing. Or suppose I was the one you were worried about. What would you do?" # speaker: deepa # mood: neutral # note: Walk the room through every route: who comes next if the senior doesn't act, then the manager, and after that? When would you go outside the home? # partner: deepa # partner-feels: serious, this matters to her more than anything else today # partner-wants: to hear your honest answer, and check you know your options # partner-well: says "Exactly," pleased, and writes it on the supervision form # partner-badly: frowns, worried, and explains how that could hurt Mrs Francis
+ [Ask Marcia to make a complaint, since a complaint from family carries more weight # rating: poor # score: 1.4d -1 # score: 1.4a -1 # feedback: Asking a relative to complain for you hands your job to her, and means sharing things that aren't yours to share. You have your own routes: the registered manager, the provider's whistleblowing line, then the council or CQC.]
    "Ask Marcia to complain. They'd listen to family." # speaker: you
    "Marcia can complain whenever she likes; that's her right. But it isn't your route, and it puts her in the middle. You have routes of your own." # speaker: deepa # mood: neutral
+ [Take it to the registered manager, and leave it with her # rating: ok # score: 1.4d +1 # score: 1.4a +0 # feedback: The registered manager is the right next step. But if she didn't act either, or she was part of the worry, you would still have the provider's whistleblowing line, and then the council or CQC.]
    "I'd go to Diane, the registered manager." # speaker: you
    "Good, that's the next step. And if Diane did nothing too?" # speaker: deepa # mood: neutral
+ [Post about it online, with no names, so people can see what's going on and the home has to act # rating: poor # score: 1.4d -2 # score: 1.4a -1 # feedback: Posting online puts people's private lives on show without any basis, and it can harm the enquiry. Use the proper routes: the registered manager, the provider's whistleblowing line, then the council or CQC.]
    "Put it online. No names. Then the home would have to act." # speaker: you
    "Then Mrs Francis's worst mornings are on the internet, and anyone from round here could work out who she is. That isn't speaking up. It's going round everyone who could actually help." # speaker: deepa # mood: worried
+ [The registered manager; then the provider's whistleblowing line; then the council or CQC # rating: best # score: 1.4d +2 # score: 1.4a +1 # feedback: That is the route: up through the home, then the provider's whistleblowing line, then out to the council's safeguarding team or CQC if nothing changes, or if the manager is the worry. Knowing it means a concern never has to just stop.]
    "Diane, the registered manager. If she didn't act, Larchfield's whistleblowing line. And if nothing changed after that, the council's safeguarding team, or CQC." # speaker: you
    "Exactly." # speaker: deepa # mood: pleased
- "Diane first. Then Larchfield, the company that runs us: they have a whistleblowing line, and the number is on the staff-room noticeboard. After that, the council's safeguarding team, or CQC." # speaker: deepa # mood: neutral
"And with a bruise, or any sign that someone is being hurt, you don't wait for any of that to play out. You tell someone the same day." # speaker: deepa
She writes a few lines on the supervision form, and you both sign it.
{
    - bruise == 2: -> another_mark
    - told_marcia || told_amir || chat: -> word_got_out
    - bruise == 0: -> her_own_pace
    - else: -> the_long_way_round
}

=== her_own_pace ===
Three weeks later. Monday, quarter past seven in the morning. You are back on earlies. # location: bedroom # ambience: none
Mrs Francis is sitting on the edge of her bed, doing up her own cardigan, one button at a time. # enter: francis # mood: francis pleased
Her care plan was looked at again last week, with her and Marcia at the table. Her morning starts a little later now, with two carers, at her pace. Breakfast waits for her.
The council's enquiry found that on busy mornings she had been stood up too fast, by the arm. Nobody meant to hurt her. It hurt her all the same.
Diane has taken the early-shift rota to Larchfield. From next month there is an extra carer on earlies.
Lee knocks, and waits to be asked in. He has done his moving and handling refresher, and he works with a second carer for Mrs Francis now. # enter: lee # mood: lee neutral
{ lee_ok:
    "Morning, Gloria. Take your time, my darling. I'm not going anywhere." # speaker: lee # mood: pleased
    He catches your eye. "Ten minutes, this takes now. She's happier. So am I, to be honest." # speaker: lee # mood: pleased
- else:
    "Morning, Gloria." # speaker: lee # mood: neutral
    He nods to you, politely. Things between you are still stiff. You are both working on it.
}
{ promised:
    "Marcia's still cross that it came back to her," Mrs Francis says. "But she's glad somebody listened." # speaker: francis # mood: neutral
- else:
    "Marcia says thank you," Mrs Francis says. "She says you told her the truth, and then you did what you said." # speaker: francis # mood: pleased
}
Mrs Francis does up the last button herself. Her mornings are her own again. # ending: her-own-pace
-> END

=== the_long_way_round ===
Three weeks later. Monday, quarter past seven in the morning. You are back on earlies. # location: bedroom # ambience: none
Mrs Francis is sitting on the edge of her bed, doing up her own cardigan. Her care plan was looked at again last week, and her mornings are slower now, with two carers. # enter: francis # mood: francis neutral
{ bruise == 1:
    But it took a day longer than it should have. On Thursday morning, before anyone senior knew, she was got up the old way once more.
    "Marcia asked why it took so long," Mrs Francis says. "I didn't know what to tell her." # speaker: francis # mood: sad
- else:
    But the enquiry took longer than it should have. Lee had been asked about the bruises in the staff room before anyone asked him properly, and he was off sick for two weeks.
    He came back last week. He works on the other floor now, and he doesn't speak to you. The early shift has taken sides.
    "Everyone was whispering about me," Mrs Francis says. "I hate a fuss. I said so." # speaker: francis # mood: sad
}
{ lee_ok && bruise == 1:
    Lee stops at the door on his way past. "Take your time with her," he says. "I've learned that one." # speaker: lee # mood: neutral
}
Mrs Francis's mornings are better now. It took the long way round to get there. # ending: the-long-way-round
-> END

=== another_mark ===
Three weeks later. Monday, quarter past seven in the morning. # location: bedroom # ambience: none
Mrs Francis is sitting on the edge of her bed. There is a dressing on her right wrist where the skin tore on Thursday morning. # enter: francis # mood: francis sad
The council's enquiry found that on busy mornings she had been stood up too fast, by the arm. On Thursday, the day after Marcia first spoke to you, it happened again.
Her mornings are slower now, with two carers. Lee has done his moving and handling refresher. But Marcia has made a formal complaint about the two days nobody acted, and she is looking round other homes.
"I told Marcia not to make a fuss," Mrs Francis says. "She made one anyway." # speaker: francis # mood: sad
She looks down at her wrist. "Good job somebody did." # speaker: francis # mood: upset
A bruise that someone tells you about goes to the senior or the safeguarding lead that day. This time, it waited. # ending: another-mark
-> END

=== word_got_out ===
Three weeks later. Monday, quarter past seven in the morning. # location: bedroom # ambience: none
Mrs Francis is in bed with the curtains still closed. She has asked to have breakfast in her room again. # enter: francis # mood: francis sad
The council's enquiry went ahead. Her mornings are slower now, with two carers. But by the time anyone asked the staff what they had seen, everybody had already heard a version of the story.
{ told_marcia:
    Marcia had Lee's name before anyone had asked him a single question. She waited for him in the car park after his shift, and shouted at him in front of two residents' visitors. He went off sick the next day.
}
{ told_amir:
    What you told Amir at three in the morning was round the day shift by lunchtime, and it grew on the way. Amir hasn't sat with you on a break since.
}
{ chat:
    Mrs Francis's name, and her bruises, went round thirty phones. Deepa logged it as a data breach. Somebody's sister told Mrs Francis's friend from church.
}
"Everybody knows my business," Mrs Francis says. "I can feel them looking at me." # speaker: francis # mood: upset
Marcia is looking for another home for her mum, somewhere nobody knows them. # ending: word-got-out
-> END
