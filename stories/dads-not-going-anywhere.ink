# title: Dad's not going anywhere
# summary: Home care in Shropshire, England. Mr Evans, 79, lives with early vascular dementia and wants to keep walking to the corner shop. His daughter asks you to lock him in and not tell him, his son wants to know what she said, and a colleague says just do as she asks.
# minutes: 18
# outcomes: 1.4a 1.4b 1.4c 1.4d
# location: kitchen
# cast: evans carys rhys kath nadia
# content-note: Dementia, a family disagreement, and in some choices a man locked in his own home.

// A few facts about the world decide the ending and what people say. Everything else rejoins.
VAR locked = 0            // 0 never locked; 1 locked, then opened within minutes and the office told; 2 left locked
VAR rang = false          // the office heard about Carys's request straight after the visit
VAR told = false          // Rhys was told what his sister asked
VAR kath_reported = false // Nadia heard, before five, that Kath means to lock the door
VAR review = false        // a risk assessment and a review with Mr Evans at the centre
VAR advocate = false      // someone independent to help him have his say
VAR carers = false        // a carer's assessment for Carys

-> morning

=== morning ===
Tuesday, ten to nine. You are in your third week with Linden Home Care. # location: kitchen # ambience: home
Linden sends carers into people's own homes in and around Shrewsbury, in Shropshire.
Mr Evans sits at the kitchen table, writing on the back of an envelope. # enter: evans # mood: evans neutral
His care plan says he is 79, was born in Wrexham, just over the border in Wales, and has lived in Shrewsbury for fifty years. He lives alone with early vascular dementia. Carers visit every morning and every tea-time.
It also says he walks to Anand's, the corner shop, most mornings for his paper and a chat.
"Bread. Milk. The paper. And... something else. It'll come to me." # speaker: evans # mood: neutral # partner: evans # partner-feels: cheerful and busy with his list, a bit cross he can't remember one thing # partner-wants: to finish his list and walk to Anand's, same as every morning # partner-well: brightens, remembers the teabags, and asks you to call him Glyn # partner-badly: keeps writing and answers shortly, or puts his pencil down and says he's not a child

+ [Sit down with him and ask what's on the list # rating: best # score: 1.4b +1 # score: 1.4c +1 # trust: evans +1 # feedback: Sitting with him and taking an interest in his plans shows Mr Evans that his morning is his own. It starts the visit as a partnership, not a list of jobs.]
    You pull out the other chair. "Morning, Mr Evans. What's on the list today?" # speaker: you
    "Teabags! That was it." He taps the pencil on the table. "And it's Glyn. Mr Evans was my father." # speaker: evans # mood: pleased
+ [Ask him whether his daughter knows he's planning to go out on his own # rating: poor # score: 1.4b -1 # score: 1.4c -1 # trust: evans -1 # feedback: This makes it sound as if he needs his daughter's permission to buy a paper. He is an adult who runs his own life, so ask about his plans, not about who has agreed to them.]
    "Does your daughter know you're going to the shop?" # speaker: you
    He puts the pencil down. "Our Carys? I'm seventy-nine, bach, not nine." # speaker: evans # mood: angry
+ [Make a start on his breakfast and tablets, and chat while you work # rating: ok # score: 1.4b +0 # score: 1.4c +0 # feedback: The jobs need doing, and chatting while you work is friendly. But diving straight in puts the tasks before the man: a minute sitting with him first shows him that his plans matter to you.]
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
"I'm a nurse on an orthopaedic ward. I see what one fall does to a man his age. Every shift." # speaker: carys # mood: upset # partner: carys # partner-feels: frightened for her dad since he got lost, and worn out with worry # partner-wants: someone who is actually here to take her fear seriously # partner-well: leans on the wall and opens up about the fog, her mum and her brother # partner-badly: folds her arms and says sharply she's telling you because you're the one who's here

+ [Tell her she's right, and that he shouldn't be going out on his own any more # rating: poor # score: 1.4c -2 # score: 1.4b -1 # trust: carys +1 # feedback: Agreeing with the most upset person feels kind, but it takes a side and decides about Mr Evans without him. Listen fully to Carys's fears, without agreeing or arguing, and keep his own view at the centre.]
    "You're right. It doesn't sound safe for him to go out alone." # speaker: you
    Carys breathes out. "Thank God. Someone finally sees it." # speaker: carys # mood: relieved
    You can see in her face that she has taken it as a promise.
+ [Ask her what happened, and what worries her most # rating: best # score: 1.4c +2 # score: 1.4b +1 # trust: carys +1 # feedback: Asking and listening, without arguing or taking sides, lets Carys feel heard. She knows her dad well, and hearing her fully means you can pass on an accurate picture.]
    "That sounds frightening. What happened that day? And what worries you most now?" # speaker: you
    Carys leans against the wall. "It was foggy. He took a wrong turn and couldn't find the way back. He was so embarrassed." # speaker: carys # mood: sad
    "Mum died three years ago. I ring him every night after my shift. My brother's in Bristol and thinks I'm fussing. I'm the one who gets the phone call." # speaker: carys # mood: upset
+ [Say you can see she's worried, and give her the office number to talk it through # rating: ok # score: 1.4c +1 # score: 1.4b +0 # feedback: Kind, and the office does need to hear this. But passing her on before you have heard her out can feel like a brush-off: ask what happened and what worries her most, then point her to the office.]
    "I can see you're worried. The office number's on the folder. They can talk it all through with you." # speaker: you
    "I know the number." She folds her arms. "I'm telling you, because you're the one who's here." # speaker: carys # mood: upset

- She takes a brown envelope out of her handbag. # mood: carys neutral
"I'm his next of kin. And I've got power of attorney. It's all in here." # speaker: carys # mood: neutral # note: Ask the room: what is the difference between being next of kin and holding a lasting power of attorney? Could any power of attorney let someone lock a person in?
"So when you go, lock the front door from outside and put his key in the key safe. He doesn't know the code." She drops her voice. "And don't tell Dad. He'll only get upset." # speaker: carys # mood: worried # partner: carys # partner-feels: desperate to keep him safe, and sure her papers give her the right # partner-wants: the door locked today, and her dad not upset by knowing # partner-well: presses her lips together, upset but listening, and says she'll ring the office today # partner-badly: gets more upset, pushes the envelope at you, begs you not to say anything to him

+ [Ask to see the power of attorney, and say you'll lock up if it all looks in order # rating: poor # score: 1.4b -2 # score: 1.4d -1 # trust: carys +1 # feedback: No power of attorney, of any kind, lets anyone lock him in, and being next of kin gives no power to decide at all. Checking legal papers is your manager's job, not yours. Say kindly that you can't lock the door, and pass the paperwork on.]
    Carys hands it over. Six pages of legal wording, her dad's signature, her name, a stamp. # mood: carys neutral
    You can't tell what it covers. But you nod, and hand it back.
    "Thank you." Carys squeezes your arm. "You don't know what a relief that is." # speaker: carys # mood: relieved
+ [Say kindly you can't lock the door, and let the 'don't tell Dad' part go # rating: ok # score: 1.4b +1 # score: 1.4d +0 # trust: carys -1 # feedback: A clear, kind no to the lock is the most important part. But saying nothing about keeping it from him leaves Carys thinking you will, and nobody looks at the paperwork. Say honestly that you can't keep it from him, and that your manager will go through it with her.]
    "I'm sorry, Carys. I can't lock the door on him." # speaker: you
    "Right." She looks at the kitchen door. "But you won't say anything to him? Please." # speaker: carys # mood: upset
    You don't answer, and she takes that as a yes.
+ [Say gently you can't do either, and your manager will look at the paperwork # rating: best # score: 1.4b +2 # score: 1.4d +1 # trust: carys +1 # feedback: Kind and honest. No relative, and no power of attorney, can agree to locking him in, and you can't keep his own life from him. Sending Carys to your manager shows her that her fears will be taken seriously by someone who can act.]
    "I can hear how scared you are for him. But I can't lock your dad in. Nobody in the family can agree to that for him, and no power of attorney lets them. And I can't keep it from him." # speaker: you
    "My manager, Nadia, will need to go through that paperwork with you. And she can look at all this with you, your dad and your brother." # speaker: you
    Carys presses her lips together. "So I just wait for the call from the hospital?" # speaker: carys # mood: upset
    She looks at the kitchen door for a long moment. "Fine. I'll ring your office. Today." # speaker: carys # mood: worried

- Carys checks her watch. "I'm on a late. Bye, Dad!" # speaker: carys
The front door closes behind her. # sfx: door # exit: carys
-> kitchen_talk

=== kitchen_talk ===
Back in the kitchen, Mr Evans has stopped writing. # location: kitchen # enter: evans # mood: evans worried
"That was about me, wasn't it? I heard 'lock'. I'm old, not deaf." # speaker: evans # mood: worried # partner: evans # partner-feels: worried and a bit hurt that they talked about him in the hall # partner-wants: the truth about what Carys said, and to be treated as a grown man # partner-well: thinks, talks about his years as a postman and Mr Anand, offers to carry his phone # partner-badly: his face closes, he folds his list into his pocket and stares out of the window

+ [Tell him Carys is worried, and ask what the walk to the shop means to him # rating: best # score: 1.4b +2 # score: 1.4c +1 # trust: evans +1 # feedback: Honest, simple and about him: you asked Mr Evans himself what he wants, which is where every decision about his life starts. What he told you is exactly what the people planning his care need to hear.]
    "Carys is worried about you going out on your own. But it's your life. What does the walk to Anand's mean to you?" # speaker: you
    He thinks about it. "Thirty-one years a postman. I know every kerb round here." # speaker: evans # mood: neutral
    "I get my paper, Mr Anand asks after my knees, I walk home. Some days that's the only chat I have that isn't with you lot." # speaker: evans # mood: sad
    "I went wrong in the fog once. Once. If carrying my phone stops her fretting, I'll carry the blessed phone." # speaker: evans # mood: neutral
+ [Tell him plainly what worries Carys, the fog and the ring road, and that it's his choice # rating: ok # score: 1.4b +1 # score: 1.4c +0 # trust: evans +1 # feedback: Clear, honest information about the risks is good practice, and you left the choice with him, where it belongs. Asking first what the walk means to him would have made him a partner in the talk, not only the person it is about.]
    "She's frightened you'll get lost again, like in the fog, or fall near the ring road. That's what it was about. But it's your choice." # speaker: you
    He nods slowly. "I know about the fog. I was there." # speaker: evans # mood: sad
    "Thirty-one years a postman. I know every kerb round here. And it is my choice." # speaker: evans # mood: neutral
+ [Tell him the ring road is too risky for him now, and that Carys is right to worry # rating: poor # score: 1.4b -1 # score: 1.4c -2 # trust: evans -2 # feedback: Facts about the risks would help him, but telling him what is too risky, and siding with Carys, decides for him and leaves him feeling ganged up on. A person can make a choice that others think unwise. Give the facts, then ask him what he wants.]
    "The ring road's too busy for you now. If you fell, or got lost again... Carys is right to worry, you know." # speaker: you
    His face closes. "I've crossed that road since before you were born." # speaker: evans # mood: angry
    He folds the envelope into his shirt pocket and stares out of the window.
+ [Tell him it was nothing for him to worry about # rating: poor # score: 1.4b -1 # score: 1.4c -1 # trust: evans -1 # feedback: Keeping it from him on a relative's say-so treats Mr Evans as if he can't cope with news about his own life. Be honest in simple words, then ask him what he wants.]
    "Oh, it was nothing. Nothing for you to worry about." # speaker: you
    He looks at you for a long moment. "Nothing. Right." # speaker: evans # mood: sad

- "I'm off to Anand's when you've gone, same as always." He looks straight at you. "Promise me nobody's going to lock me in my own house." # speaker: evans # mood: worried # note: Is walking to the shop on his own an unwise choice? Does an unwise choice, on its own, mean someone can't decide for themselves?
The clock says half past nine. Your next visit is across town. # sfx: clock-chime
His door key hangs on its hook in the hall. The key safe is on the wall outside. # partner: evans # partner-feels: uneasy since he heard the word lock, and set on going to the shop # partner-wants: a straight answer that nobody will lock him in his own house # partner-well: relaxes, reaches for his coat and cap, and makes a joke about his two children # partner-badly: goes quiet and wary, and if he finds he can't get out, shouts and rattles the door

+ [Promise you won't lock him in, and hurry off to your next visit # rating: ok # score: 1.4b +1 # score: 1.4d +0 # trust: evans +1 # feedback: You gave him an honest answer and left him free, which matters most. But Carys asked for something unlawful, and the office needs to know straight away, before the next carer visits. A quick check that he has his phone would have been kind too.]
    "I won't lock you in, Glyn. Sorry, I'm late for my next one." # speaker: you
    "Right you are." He is already reaching for his coat. # speaker: evans # mood: neutral
    You close the front door behind you. # location: hallway # sfx: door
+ [Double-lock the door from outside and drop the key in the key safe, as Carys asked you to # critical # rating: poor # score: 1.4b -2 # score: 1.4d -1 # trust: evans -2 # feedback: Unlawful and unsafe: nobody can agree to this for him, not a relative and not a power of attorney. Locking him in takes away his freedom, and a locked door could trap him in a fire or after a fall. Leave the door as his care plan says, and tell the office what Carys asked.]
    ~ locked = 2
    "See you tomorrow, Glyn." You go out into the hall. # speaker: you
    You turn the key twice and drop it into the key safe. # location: hallway # sfx: door
    A minute later, the handle rattles.
    "Hello? Who's locked this? Hello! I'm going to the shop!" # speaker: evans # offstage # mood: upset
    -> doorstep
+ [Promise you won't lock him in, check he has his phone, and ring the office from the car # rating: best # score: 1.4b +2 # score: 1.4d +1 # trust: evans +1 # feedback: Following his care plan, not one relative's request, keeps Mr Evans free in his own home, and you answered him honestly. Ringing the office at once means Carys's request is known before anyone else visits.]
    ~ rang = true
    "I won't lock you in. I'll ring the office, so my manager can get you, Carys and Rhys round the table and you can say what you want. Got your phone?" # speaker: you
    He pats his pockets. "Phone, wallet, key. Postman's check." A small smile. "Both of them in one room? God help us." # speaker: evans # mood: relieved
    You close the front door behind you, just as he likes it. # location: hallway # sfx: door
    In the car, you ring the office and leave a message for Nadia: what Carys asked, and that you said no.
- -> office

= doorstep
Your next visit is across town, and you are already ten minutes late. # partner: evans # partner-feels: shut in his own house, confused and frightened, thinks he has done something wrong # partner-wants: to get out of his front door and go to the shop like every morning # partner-well: stands in the hall in his coat, cap in hand, and looks at you a long time before he answers # partner-badly: keeps rattling the handle, shouts hello, calls for Mrs Price, bangs on the window

+ [Keep walking to the car: you're late, Carys asked for it, and Kath is there at five # critical # rating: poor # score: 1.4d -2 # score: 1.4b -2 # feedback: Unlawful and unsafe: walking away leaves a man locked in his own home for hours, with no way out in a fire, and nobody who could help knows. Open the door now, say sorry, and tell the office at once.]
    You walk to the car with his voice in your ears. # pause
+ [Ring the office from the doorstep and ask them what to do # rating: ok # score: 1.4d +1 # score: 1.4b +0 # feedback: Telling the office at once is right, and honest. But he is shut in while you wait for an answer you already know: open the door first, then ring.]
    ~ locked = 1
    ~ rang = true
    You ring the office. Behind the door, the handle rattles again.
    "Is he locked in now? Then open that door, and ring me back straight after. Go." # speaker: nadia # offstage # mood: worried
    You open the key safe, fingers clumsy on the code, and unlock the door. # sfx: door
    Mr Evans is in the hall in his coat, his cap in his hand. # enter: evans # mood: evans angry
    "I'm sorry, Glyn. I shouldn't have locked it." # speaker: you
    He doesn't answer. He puts his cap on and walks past you, down the path. # mood: evans sad
+ [Unlock it now, say sorry to him, and ring the office from the car # rating: best # score: 1.4d +2 # score: 1.4b +2 # feedback: You put it right straight away: his freedom first, then the truth to him and to your manager. Owning a mistake at once is hard, and it is exactly what keeps people safe.]
    ~ locked = 1
    ~ rang = true
    You open the key safe, fingers clumsy on the code, and unlock the door. # sfx: door
    Mr Evans is in the hall in his coat, his cap in his hand. # enter: evans # mood: evans angry
    "I'm sorry, Glyn. I locked it because Carys asked me to. I was wrong to, and it won't happen again." # speaker: you
    He looks at you for a long moment. "Well. You came back." # speaker: evans # mood: sad
    In the car, you ring the office and tell Nadia everything. # exit: evans
    "Thank you for telling me straight away. I'll go round and see him myself this morning." # speaker: nadia # offstage # mood: worried
- -> office

=== office ===
Twenty to one. You're back at the Linden office to write up your morning. # location: agency-office # ambience: office
The desks are empty. Everyone else is out on visits.
{ locked == 2:
    The office phone rings. # sfx: phone-ring
    It's Mrs Price from number twelve. Mr Evans is at his front window, banging on the glass. He can't get out.
    Nadia Rahman, the manager, comes out of the side office at a run, car keys in her hand. # enter: nadia # mood: nadia upset
    "Mrs Price? I'm on my way. Tell him I'm coming." # speaker: nadia # mood: upset
    She is out of the door before you can say a word. # sfx: door # exit: nadia # pause
    Ten minutes later, the phone rings again. # sfx: phone-ring
- else:
    The office phone rings. # sfx: phone-ring
}
"Linden Home Care, hello?" # speaker: you
"Hi. It's Rhys Evans. Glyn Evans's son." # speaker: rhys # offstage # mood: worried
"My sister's just texted me: sorted Dad out with the carer. What did she say to you? Is she trying to put him in a home?" # speaker: rhys # offstage # mood: angry # note: What can you say to Rhys, and what can't you? Why does that matter, even though he is family? # partner: rhys # partner-feels: angry and worried, sure his sister is making plans about Dad without him # partner-wants: to know what Carys said, and whether Dad is being put in a home # partner-well: sighs, calms down, talks about ringing his dad every Sunday # partner-badly: gets short and sarcastic, says he wanted a straight answer, or says he'll ring Carys now

+ [Listen, say you can't pass on what others tell you, and offer a call from your manager # rating: best # score: 1.4b +2 # score: 1.4c +1 # trust: rhys +1 # feedback: Listening is never a breach, and Rhys's view matters as much as his sister's. Not passing on what Carys said keeps you neutral, and your manager can involve him properly, sharing what his dad agrees to.]
    "It sounds like you're worried too. I can't pass on what anyone else has said to me. But I can ask my manager, Nadia, to ring you. She'll check with your dad what he's happy for us to share." # speaker: you
    A long sigh. "Check with Dad. Fair enough. I ring him every Sunday. He sounds fine to me. Carys thinks I don't care because I'm two hours away." # speaker: rhys # offstage # mood: sad
+ [Tell him what Carys asked you to do this morning: he's family, and he has a right to know # critical # rating: poor # score: 1.4b -2 # score: 1.4c -1 # trust: carys -2 # feedback: Unsafe: a disclosure with no basis. Being family gives Rhys no right to what his sister told you, or to his dad's care without his dad's agreement, and it pulls you into the family row. Listen, keep what others said to yourself, and offer a call from your manager.]
    ~ told = true
    "She asked me to lock the door when I leave, and not to tell your dad." # speaker: you
    Silence. Then: "She wants to lock him in? Right. I'll be ringing her after this." # speaker: rhys # offstage # mood: angry
+ [Say you can't discuss his dad's care, and ask him to ring back later for the manager # rating: ok # score: 1.4b +1 # score: 1.4c +0 # trust: rhys -1 # feedback: Safe: you shared nothing you shouldn't, and the manager is the right person. But listening is never a breach, and Rhys feels fobbed off. Hear his worries first, then offer a call from your manager.]
    "I'm sorry, I can't discuss your dad's care. Could you ring back later and ask for the manager? After three's best." # speaker: you
    "After three. Right." A short laugh. "I wanted a straight answer from someone who's actually seen him." # speaker: rhys # offstage # mood: angry
- "Look. You've met Dad. You agree he should be allowed out, don't you? Carys treats him like a child." # speaker: rhys # offstage # mood: worried # partner: rhys # partner-feels: left out, and fed up with his sister treating Dad like a child # partner-wants: someone who has seen his dad to back him up against Carys # partner-well: pauses, calms down, speaks more quietly and gives his number for Nadia # partner-badly: gets louder, or says wait till he tells Carys and hangs up

+ [Say you can't take sides, and Nadia will ring him to hear what he thinks # rating: ok # score: 1.4c +1 # score: 1.4b +0 # trust: rhys +1 # feedback: Neutral, and it gets his view to someone who can act on it. But it leaves out the view that counts most, his dad's. Saying so out loud keeps everyone's eyes on Mr Evans.]
    "I can't take sides, sorry. But Nadia can ring you and hear what you think." # speaker: you
    "OK. Get her to ring me." He gives you his number. # speaker: rhys # offstage # mood: neutral
+ [Agree with him: his dad should be allowed out, and Carys is going over the top # rating: poor # score: 1.4c -2 # score: 1.4b -1 # trust: rhys +1 # trust: carys -1 # feedback: You may well think Mr Evans should keep going out, but taking one child's side in a family row makes things worse and can be quoted back. Stay even-handed, and keep the focus on what his dad wants.]
    "Between us, I think he should be allowed out. Carys is going a bit over the top." # speaker: you
    "I knew it. Wait till I tell her even the carer agrees with me." He hangs up. # speaker: rhys # offstage # mood: pleased
+ [Say it's not for you to take sides, and that what his dad wants matters most # rating: best # score: 1.4c +2 # score: 1.4b +2 # trust: rhys +1 # feedback: Even-handed and respectful: you took neither side, you showed Rhys his view counts, and you put his dad back at the centre. That is what partnership with a family looks like.]
    "It's not my place to take sides. What you think matters, and so does what Carys thinks. But it's your dad's life, and what he wants comes first." # speaker: you
    A pause. "Yeah. It is his life. OK." He gives you his number for Nadia. # speaker: rhys # offstage # mood: neutral
- -> write_note

=== write_note ===
You open Mr Evans's daily record on the computer. The cursor blinks in the box for this morning's visit. # note: What makes a note factual? What would the tea-time carer, or the manager, need to read here? # partner: nadia # partner-feels: busy and stretched, counting on carers' notes to tell her what is really going on # partner-wants: a clear, true note that she and the tea-time carer can act on # partner-well: reads it once, knows exactly where things stand, and plans her calls calmly # partner-badly: reads it twice, frowns, rings you to ask what really happened and why it isn't written down
{ locked == 2: Nadia is at Mr Evans's house now. Whatever you write here, she will read tonight. }

+ {locked == 0} [Carys (daughter) asked me to lock the door when I left. I did not lock it. # rating: ok # record: visit-note # score: 1.4c +1 # score: 1.4a +0 # feedback: Factual and true, and it records the most important thing. But it leaves out what Mr Evans wants, the power of attorney nobody has checked, and her wish to keep it from him: the next reader needs all of that.]
+ {locked > 0} [Visit done, all well, no concerns. # critical # rating: poor # record: visit-note # score: 1.4c -2 # score: 1.4a -2 # feedback: Unsafe and untrue: you locked Mr Evans in, and this record hides it from everyone who reads it. Nobody can put right what they don't know about. Write exactly what happened.]
+ {locked == 0} [Carys (daughter) asked me to lock the door when I left and not to tell Mr Evans; she says she has power of attorney, not yet checked; I did not lock it; Mr Evans says he wants to keep walking to the shop. # rating: best # record: visit-note # score: 1.4c +2 # score: 1.4a +1 # feedback: Factual, fair to both of them, and clear about what still needs checking. Anyone who reads it next knows exactly where things stand, without anyone's opinion in the way.]
+ {locked == 1} [Carys (daughter) asked me to lock the door and not tell Mr Evans; she says she has power of attorney, not yet checked; I locked it at half past nine, unlocked it two minutes later, said sorry to him and rang the office; he wants to keep walking to the shop. # rating: best # record: visit-note # score: 1.4c +2 # score: 1.4a +1 # feedback: Honest and exact, even though it is hard to write. Owning what happened, and what you did to put it right, is how trust gets rebuilt.]
    You read it back. It is true, and it is hard to look at.
+ {locked > 0} [I left the property secure at half past nine. # critical # rating: poor # record: visit-note # score: 1.4c -2 # score: 1.4a -2 # feedback: Unsafe and misleading: secure is a polite word for locked in. Anyone reading it would miss what really happened, and a man who can't get out can't escape a fire. Write plainly what you did.]
+ {locked == 0} [Family argument this morning about him going out, daughter being difficult. # rating: poor # record: visit-note # score: 1.4c -2 # score: 1.4a -1 # feedback: This says there was a problem, but it is vague and takes a side. A record should say who asked for what and what Mr Evans himself wants, with no opinions about anyone.]
+ {locked == 0} [Visit done, all well, no concerns. # critical # rating: poor # record: visit-note # score: 1.4c -2 # score: 1.4a -2 # feedback: Unsafe: this leaves out that Carys asked for Mr Evans to be locked in and kept in the dark. The tea-time carer and your manager would have no idea. Write who asked for what, what you did, and what he wants.]
+ {locked == 1} [At Carys's request I locked the front door at half past nine, then unlocked it and told the office. # rating: ok # record: visit-note # score: 1.4c +1 # score: 1.4a +0 # feedback: Honest about what you did, which matters most. But it leaves out what Mr Evans wants, the unchecked power of attorney, and that Carys asked you to keep it from him: the next reader needs all of that.]
+ {locked == 2} [Carys (daughter) asked me to lock the door and not tell Mr Evans; I double-locked it at half past nine and put the key in the key safe; Mr Evans wanted to go to the shop. # rating: best # record: visit-note # score: 1.4c +2 # score: 1.4a +1 # feedback: Honest and exact, even though it is hard to write. The record is how everyone learns what happened and how it is put right, so it has to say it plainly.]
    You read it back. It is true, and it is hard to look at.
- -> kath_arrives

=== kath_arrives ===
The door bangs open. Kath Doyle comes in, shaking the rain off her coat. # sfx: door # enter: kath # mood: kath neutral
Kath has worked at Linden for twenty-two years. She does Mr Evans's tea-time visits.
She reads over your shoulder. "Evans? Was Carys there this morning?" # speaker: kath # mood: neutral
"Listen. Carys is always right about her dad. She's a nurse, and she's got power of attorney. Just lock the door like she says. Saves everyone a lot of grief." # speaker: kath
Two carers at the rota board look up. # partner: kath # partner-feels: sure she knows this family best, and a bit put out by someone so new # partner-wants: you to go along with Carys, like everyone always has # partner-well: folds her arms but listens, and admits you're not wrong on paper # partner-badly: her face sets hard in front of everyone, or looks pleased with herself and says you'll learn

+ [Tell her there and then, in front of the others, that locking him in is against the law # rating: ok # score: 1.4c +1 # score: 1.4a +0 # trust: kath -1 # feedback: You're right, and it needed saying: nobody can lock him in, power of attorney or not. But saying it across the office puts Kath on the spot in front of others, and she is less likely to listen. A quiet word in private gives her room to think again.]
    "Kath, nobody can lock him in. It's against the law, power of attorney or not." # speaker: you
    The office goes quiet. Kath's face sets hard. "Three weeks in, and you're telling me? In front of everyone?" # speaker: kath # mood: angry
    You were right about the door. You could have picked a better room to say it in.
+ [Ask her for a quiet word, and explain why nobody can lock him in # rating: best # score: 1.4c +2 # score: 1.4a +1 # trust: kath +1 # feedback: A calm, private conversation about the practice, not about her as a person, is the right first step when you disagree with a colleague. You said plainly what the law is, and gave her the chance to think again without an audience.]
    "Have you got a minute? In the side room?" # speaker: you
    In the side room you keep it simple. Mr Evans wants to keep going to the shop. Nobody can agree to him being locked in: not Carys, not a power of attorney, not us. And if there was a fire, he couldn't get out.
    { locked > 0:
        "I locked it this morning, because she asked. I shouldn't have." # speaker: you
    }
    Kath folds her arms. "You're not wrong on paper. But I've known that family twelve years." # speaker: kath # mood: defensive
+ [Nod, and say she knows the family far better than you do # rating: poor # score: 1.4c -1 # score: 1.4a -1 # trust: kath +1 # feedback: Going along with a colleague to keep the peace leaves Mr Evans's rights to whoever is loudest. Say plainly what worries you, in a calm, private word.]
    "You know them much better than I do." # speaker: you
    "Good. You'll learn." Kath looks pleased with herself. # speaker: kath # mood: pleased
- Kath picks up her bag. "I'm at his at five. If Carys wants that door locked, I'm locking it. End of." # speaker: kath # mood: defensive # note: How would you start a private conversation with a colleague you disagree with? And what would you do if it didn't work? # partner: kath # partner-feels: defensive and stubborn, and sure she is helping a family she knows # partner-wants: to be left to do her five o'clock visit her own way # partner-well: shrugs on her coat, says suit yourself, stung but not angry with you # partner-badly: heads off to her next visit, sure nobody will stop her at five

+ [Plan to raise it with Nadia at your supervision on Friday # rating: poor # score: 1.4d -1 # score: 1.4a -1 # feedback: Supervision is a good place for worries about practice, but Friday is too late: Kath says she will lock him in at five today. When someone is at risk now, go to your manager now.]
    Kath heads out to her next visit. # sfx: door # exit: kath
    You put a reminder in your diary for Friday: Kath, Mr Evans, door.
+ [Tell Kath you'll raise it with Nadia, and go to her now # rating: best # score: 1.4d +2 # score: 1.4a +1 # trust: kath -1 # feedback: Locking someone in is unsafe and unlawful, not a difference of style, so when a private word hasn't worked the next step is your manager, today. Telling Kath first is open and fair.]
    ~ kath_reported = true
    "Kath, I'm not comfortable with that. I'm going to talk to Nadia about it now. I'd rather you heard that from me." # speaker: you
    Kath shrugs on her coat. "Suit yourself." The door bangs behind her. # speaker: kath # mood: defensive # sfx: door # exit: kath
+ [Leave it: it's Kath's visit, not yours, and she's been here for years # critical # rating: poor # score: 1.4d -2 # score: 1.4a -1 # feedback: Unsafe: a colleague saying she will lock someone in puts him at risk, and this is no clash of opinions. Staying quiet lets it happen. Your manager needs to know before five o'clock.]
    You say nothing. Kath heads out to her next visit. # sfx: door # exit: kath
- -> manager

=== manager ===
{ locked == 2:
    At half past two, Nadia comes back from Mr Evans's house. He is shaken, with a cut on his hand from the window catch. # enter: nadia # mood: nadia sad
    "He says a carer locked him in at half past nine." She looks at you. # speaker: nadia # mood: sad # pause
}
{ kath_reported && locked < 2:
    You knock on the open door of the side office. Nadia Rahman, the manager, looks up from her screen. # enter: nadia # mood: nadia neutral
}
{
- kath_reported:
    You tell her what Kath said she'll do at five.
    { locked < 2:
        "Thank you for telling me straight away." # speaker: nadia # mood: neutral
    }
    She picks up her phone. "I'll speak to Kath before her visit, and put it on his file today: nobody locks Mr Evans's door." # speaker: nadia # mood: neutral
- locked < 2:
    Nadia Rahman, the manager, comes out of the side office with her mug. # enter: nadia # mood: nadia neutral
    "Have you got a minute? Come and sit down." # speaker: nadia # mood: neutral
}
"Carys Morgan has rung me about her dad." # speaker: nadia # mood: worried
{ locked == 1:
    "I've been round to see him. He was shaken, but he'd been to Anand's. I've said sorry to him, and I've logged it, as our safeguarding procedure says." # speaker: nadia # mood: sad
}
{ locked == 0 && rang:
    "Thanks for ringing in straight after your visit. It meant I could call her back before her shift." # speaker: nadia # mood: neutral
}
{ told:
    "She was in tears. Her brother rang her, shouting about a lock. She wants to know who's been telling him things." # speaker: nadia # mood: upset
}
"Tell me what happened this morning. And what do you think needs to happen next?" # speaker: nadia # mood: neutral # partner: nadia # partner-feels: concerned after Carys's call, and wants the full picture before she acts # partner-wants: to hear what happened and what you honestly think should happen next # partner-well: writes it all down, nods, says what she will set up and who she will ring # partner-badly: frowns, makes a short note, or her phone goes and the rest waits

+ [Say it has all calmed down now, and is probably best left alone # rating: poor # score: 1.4d -2 # score: 1.4b -1 # feedback: This keeps from your manager the very thing she needs to know: a family pulling two ways over his freedom. Tell her what you saw, and ask for a risk assessment and a review with Mr Evans and both his children.]
    "Honestly, I think it's calmed down. Probably best left alone." # speaker: you
    Nadia frowns. "Carys didn't sound calm to me." She makes a note, but doesn't push. # speaker: nadia # mood: confused
+ [Ask for a risk assessment and a review of his care plan, with him and both his children # rating: best # score: 1.4d +2 # score: 1.4b +2 # feedback: You told your manager what you saw and asked for the right next steps: a risk assessment, and a review with Mr Evans, Carys and Rhys together. That is how a safer plan gets made, with him at the centre.]
    ~ review = true
    "Could we do a risk assessment, and review his care plan with him, Carys and Rhys together? And could someone check Carys's power of attorney?" # speaker: you
    Nadia writes it down. "Yes. I'll check which kind it is and whether it's registered, though whatever it says, it doesn't let anyone lock him in. And I'll ring Rhys, once his dad has said what he's happy for me to share." # speaker: nadia # mood: pleased
+ [Tell her what happened, and ask her to check Carys's power of attorney # rating: ok # score: 1.4d +1 # score: 1.4b +0 # feedback: Going to your manager with the facts, and passing on the paperwork question, are both right. But the real need is a plan made with Mr Evans: ask for a risk assessment and a review with him and both his children.]
    "Could you check Carys's power of attorney? She says it lets her decide." # speaker: you
    "I will. Though whatever it says, it doesn't let anyone lock him in." Nadia writes it down, and her phone goes. The rest waits. # speaker: nadia # mood: neutral
+ [Ask her to get Carys and Rhys together, so the two of them can agree a plan for their dad # rating: poor # score: 1.4d +0 # score: 1.4b -1 # feedback: Bringing the family in is a good instinct, but this plan leaves out the one person it is about. Ask for a review with Mr Evans at the centre, and his children alongside him.]
    "Could you get Carys and Rhys together, so they can agree what's best for him?" # speaker: you
    Nadia tilts her head. "Without their dad? It's his life we'd be planning." She writes something, then crosses it out. # speaker: nadia # mood: confused

- "One more thing. Do you think he can make this decision himself? And would he manage in a meeting with both of them?" # speaker: nadia # mood: neutral # note: Who decides whether Mr Evans can make this decision himself? What could help him take part in a meeting about his own life? # partner: nadia # partner-feels: thinking carefully about Mr Evans's rights and how a family meeting would go # partner-wants: what you saw of him this morning, and your honest view # partner-well: looks pleased, says good thinking, and talks about where the law starts # partner-badly: looks puzzled, says that's not how it works, and waits for more

+ [Say he has dementia, so he probably can't really make this kind of decision anyway # rating: poor # score: 1.4b -2 # score: 1.4a -1 # feedback: A diagnosis doesn't take away someone's right to decide: capacity is about one decision at one time. He was clear about the shop with you, so say that, and think about what would help him speak up.]
    "He's got dementia, so he can't really decide, can he?" # speaker: you
    "That's not how it works. We start by assuming he can. It's about this decision, at this time." Nadia writes something down. # speaker: nadia # mood: confused
+ [Say he seemed clear, but may need someone independent on his side at a meeting # rating: best # score: 1.4b +2 # score: 1.4a +1 # feedback: You shared what you saw and spotted that he might need someone independent to have his say. Only real doubt about this one decision would call for a capacity assessment, and raising an advocate with your manager is exactly your part.]
    ~ advocate = true
    "He was clear with me about the shop. But with Carys and Rhys pulling different ways, he might not get a word in. Could someone independent help him?" # speaker: you
    "Good thinking. We start from him making his own decision. If there's ever real doubt about this one, we'll assess that properly." # speaker: nadia # mood: pleased
    { review:
        "And I'll ask about an advocate for the review, if he'd like one." # speaker: nadia
    }
+ [Say he was clear with you about the shop, so you'd start from him deciding # rating: ok # score: 1.4b +1 # score: 1.4a +0 # feedback: Right: you start from him being able to decide, and you shared what you saw. Think too about what would help him have his say with both children in the room, such as someone independent on his side.]
    "He was clear with me about the shop. So I'd start from him deciding." # speaker: you
    "So would I. That's where the law starts too." Nadia nods. # speaker: nadia # mood: pleased
+ [Say that's a question for his doctor, not for care staff # rating: poor # score: 1.4b -1 # score: 1.4a -1 # feedback: Checking capacity isn't only for doctors, and what you saw today is useful evidence. Say what he told you, and whether he might need someone independent to help him have his say.]
    "Isn't that for a doctor to say?" # speaker: you
    "Not only a doctor. And what you saw counts." Nadia waits, but you have nothing to add. # speaker: nadia # mood: neutral

- "And so we're clear," Nadia says. "Even if a day came when he couldn't make this choice, nobody could just lock him in. Not Carys, not a power of attorney, not us on our own." # speaker: nadia # mood: neutral
"It would take a best-interests decision, the least restrictive way we could find, and if it took away his freedom, the Court of Protection's say-so. And a locked door is a fire trap." # speaker: nadia # note: Who, if anyone, could allow Mr Evans's freedom to be restricted in his own home? What is the care worker's part?
"Last thing. Carys. She works lates, she rings him every night, and she was in tears on the phone to me." # speaker: nadia # mood: worried # partner: nadia # partner-feels: worried about Carys, who was in tears on the phone to her # partner-wants: your ideas on what might help Carys, not only her dad # partner-well: nods, looks pleased, and says what she will ask for today # partner-badly: goes quiet, doesn't smile, and picks up her ringing phone

+ [Say she's a nurse, so she'll know how to look after herself # rating: poor # score: 1.4b -1 # score: 1.4a -1 # feedback: Nurses get worn out too, and a carer who is running on empty is part of why this family is pulling apart. Say what you noticed, and ask whether she could have a carer's assessment.]
    "She's a nurse. She'll know how to look after herself." # speaker: you
    "You'd think so." Nadia doesn't smile. "The ones who look after everyone else often don't." # speaker: nadia # mood: sad
+ [Say Carys seems worn out, and ask if she could have a carer's assessment # rating: best # score: 1.4b +2 # score: 1.4a +1 # feedback: Carys is a partner in her dad's care, and carers have a right to their own assessment from the council. Noticing she is struggling, and passing it to your manager, helps the whole family, and Mr Evans with it.]
    ~ carers = true
    "She seems worn out. Could she have a carer's assessment?" # speaker: you
    "She's entitled to one. I'll offer to ask the council for her. Helping her might help her dad more than anything." # speaker: nadia # mood: pleased
+ [Offer to find her the number of a local carers' group, where she can talk to people like her # rating: ok # score: 1.4b +1 # score: 1.4a +0 # feedback: Kind and practical: a carers' group can help. But Carys may be entitled to more than that. A carer's assessment from the council looks at what would help her, and your manager can ask for one.]
    "I could find her the number of a carers' group." # speaker: you
    "That might help." Nadia's phone goes again. "Leave it with me." # speaker: nadia # mood: neutral
- -> ending

=== ending ===
{ locked == 2: -> locked_in }
{ not kath_reported: -> locked_at_tea_time }
{ told: -> family_split }
{ locked == 1: -> put_right }
{ review: -> shop_with_a_plan }
-> left_in_the_middle

= locked_in
Mr Evans spent more than three hours locked in his own home. He tried the back door, then the window. # location: kitchen # ambience: home # enter: evans # mood: evans upset
Nadia raises a safeguarding concern with the council: he was shut in unlawfully, with no way out in a fire. She meets Mr Evans and Carys to say sorry in person.
Carys is shaken too. She hadn't pictured him at the window, calling for Mrs Price.
{ told: Rhys and Carys stop speaking to each other. }
For weeks afterwards he checks the front door every time a carer leaves. He stops going to Anand's. # mood: evans sad
"In case," he says. # speaker: evans # mood: sad # ending: locked-in
-> END

= locked_at_tea_time
At ten past five, Kath locks Mr Evans's front door from outside and drops the key in the key safe. Carys asked, after all. # location: hallway # ambience: home
At seven, Mrs Price hears him calling through the letterbox and rings the out-of-hours number.
The on-call carer lets him out. He has been sitting in the hall in his coat for an hour. He thinks he has done something wrong. # enter: evans # mood: evans upset
Nadia raises a safeguarding concern with the council. Kath is taken off visits while it is looked into.
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

= put_right
Mr Evans was locked in his own home for a few minutes. It felt much longer to him. # location: kitchen # ambience: home # enter: evans # mood: evans sad
In supervision, Nadia goes through it with you: what Carys asked, why you did it, and what you will do next time. You tell her. Never lock the door. Tell the office at once. Write down what was asked.
{ review: Ten days later, the review goes ahead, with Mr Evans at the centre. He walks to Anand's in daylight, with his phone, and Mr Anand will ring the office if he hasn't been in by eleven. }
{ not review: Nobody gets round to a review. Carys still rings him every morning to check he's at home. }
{ carers: Carys has a carer's assessment booked with the council. }
For a few weeks he checks the front door every time a carer leaves. Then one morning he doesn't.
"You came back, that day," he tells you. "That counts for something." # speaker: evans # mood: relieved # ending: put-right
-> END

= shop_with_a_plan
Ten days later, Mr Evans's kitchen is full. # location: kitchen # ambience: home # enter: evans carys nadia # mood: evans neutral
Carys is at the table. Nadia has the risk assessment. Rhys is on speakerphone from Bristol.
{ advocate: An advocate from a local charity sits beside Mr Evans to make sure he gets his say. }
{ not advocate: Nadia keeps bringing the talk back to Mr Evans, but Carys and Rhys do most of the talking. }
"Hiya, Dad. Can you hear me all right?" # speaker: rhys # offstage # mood: pleased
He gets his say. He walks to Anand's in daylight, with his phone. Mr Anand will ring the office if he hasn't been in by eleven. There's a card in his wallet with his address.
The power of attorney turns out to be for money and property only. Nadia has made it plain to all of them: no paper of any kind lets anyone lock him in. If the walk ever gets too much for him, they will sit down together again, with him.
{ carers: Carys has a carer's assessment booked with the council, to look at what would help her. She has already swapped two lates for days. }
{ not carers: Carys still rings him every night, straight after her shift. She looks exhausted. }
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
