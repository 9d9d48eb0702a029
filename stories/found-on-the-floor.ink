# title: Found on the floor
# summary: A night shift in a care home. You find Mrs Patel on the floor beside her bed. Look after her, tell the right people, and write an honest incident record, even when a colleague asks you to leave something out.
# minutes: 15
# outcomes: 1.4a 1.4b 1.4c 1.4d
# location: corridor
# cast: patel ewa kerry sanjay michael
# content-note: An older woman falls at night and is hurt, and there is a bruise nobody can explain.

// A handful of variables, so the checker can explore every state. Everything else rejoins.
VAR first = 0   // the first minutes: 0 stayed and called the senior, 1 tried to lift her, 2 finished the round first
VAR photo = false   // her private details ended up on your own phone
VAR sg = 0      // the bruise: 0 explained away, 1 told the senior, 2 asked around yourself
VAR rail = 0    // the rail in the record: 0 left out, 1 written as seen, 2 put right with a late entry

-> found

=== found ===
Ten past two in the morning at Birchwood House. Your third week of nights. # ambience: night
You are walking the ground-floor corridor on the two o'clock round when you hear a thin voice from Mrs Patel's room.
"Hello? Is somebody there?" # speaker: patel # offstage # mood: worried
You open her door. # location: bedroom # sfx: door
Mrs Patel is lying on her left side on the floor beside her bed, in her nightdress. The bed rail on that side is down. # enter: patel # mood: patel pain
"I was going to the toilet," she says. "My hip. Oh, my left hip." # speaker: patel # mood: pain
She is awake, she knows you, and she is shivering. The floor is cold.
Her right sleeve has ridden up. On the inside of her forearm is a round purple bruise, about three centimetres across. There was no mark there when you helped her to bed at nine.
She sees you looking and tugs the sleeve down. "That's nothing. Leave it." # speaker: patel # mood: worried # note: Before anyone chooses: what would you do in the first minute, and what would you not do? Why?
+ [Help her back onto the bed. She'll be warmer and more comfortable there # rating: poor # critical # score: 1.4d -2 # score: 1.4a -1 # trust: patel -1 # feedback: Lifting someone off the floor before anyone has checked her can make a hidden injury, such as a broken hip, much worse, and you could be hurt too. Stay with her, keep her warm and call the senior at once; they decide how and when she is moved.]
    ~ first = 1
    -> lifted
+ [Stay with her, tell her help is coming, and press the call bell for the senior # rating: best # score: 1.4d +2 # score: 1.4a +2 # trust: patel +1 # feedback: You kept her still, stayed with her and got help straight away. The senior can check her and decide what happens next, which is teamwork at its most important.]
    -> stayed
+ [Put a pillow under her head and a blanket over her, finish the round, then tell the senior # rating: poor # critical # score: 1.4d -2 # score: 1.4a -1 # trust: patel -1 # feedback: The pillow and blanket help, but leaving her on the floor while you finish the round delays the help she needs, and an injury can get worse with nobody there. Call the senior straight away and stay with her until they come.]
    ~ first = 2
    -> delayed

=== stayed ===
You kneel beside her and take her hand. # mood: patel worried
"It's me. Try not to move. I'm getting Ewa, and I'm staying right here." # speaker: you
You reach up and press her call bell, then pull the blanket off the bed and tuck it round her. # sfx: call-bell
Her shivering eases. # mood: patel relieved
Footsteps, fast. Ewa Nowak, the senior carer on nights, is in the doorway within a minute. # sfx: footsteps
"Good. You haven't moved her. Hello, Mrs Patel, let's see what's happened." # speaker: ewa # mood: neutral
-> ewa_checks

=== lifted ===
You get your arms under hers and lift. # mood: patel pain
Mrs Patel cries out. Her left leg will not take any weight. You get her as far as sitting on the edge of the bed, but she is grey and shaking.
"Stop, please stop. Oh, that hurts." # speaker: patel # mood: upset
You press the call bell. # sfx: call-bell
Ewa Nowak, the senior carer on nights, comes in, and her face changes. # sfx: footsteps
"Did you lift her? On your own?" # speaker: ewa # mood: worried
"If that hip is broken, moving her can make it much worse. Next time, leave her where she is and call me first. Now, slowly, let's get her lying still." # speaker: ewa # mood: worried
-> ewa_checks

=== delayed ===
You put a pillow under her head and a blanket over her.
"I'll be back in a bit, Mrs Patel." # speaker: you
"Don't go. Please don't go." # speaker: patel # mood: upset
You finish the round. It takes twenty-five minutes. # location: corridor # sfx: footsteps
You go back to her room. # location: bedroom
The blanket has slipped off. Mrs Patel is crying and her hands are icy. # enter: patel # mood: patel upset
You fetch Ewa Nowak, the senior carer on nights. She kneels straight down on the floor.
"How long has she been like this?" # speaker: ewa # mood: angry
"Twenty-five minutes on a cold floor, at eighty-eight. You call me the minute you find someone. Every time." # speaker: ewa # mood: worried
-> ewa_checks

=== ewa_checks ===
Ewa talks to Mrs Patel and checks her over gently, without moving her left leg. # mood: patel pain
"I'm not happy with that hip. I'm ringing 999. First, tell me exactly what you found." # speaker: ewa # mood: neutral
+ [Tell Ewa that Mrs Patel got muddled and tried to get up on her own again # rating: poor # score: 1.4c -1 # score: 1.4a -1 # trust: patel -1 # feedback: That is a guess about what happened, not what you saw, and Mrs Patel can hear you. The senior needs facts to make fast decisions: the time, how you found her, what she said, her injuries and the rail.]
    "She got muddled, I think. She's tried to get up on her own again." # speaker: you
    "I wasn't muddled. I needed the toilet." # speaker: patel # mood: upset
    Ewa has to ask you three more questions before she has the whole picture. # mood: ewa neutral
+ [Say she's had a fall, and leave Ewa to see the rest for herself # rating: poor # score: 1.4a -1 # score: 1.4c -1 # feedback: "She's had a fall" leaves the senior to find everything out again, and she could miss something the ambulance crew need to know, like the bruise. Give the facts in order: the time, what you saw, what Mrs Patel said.]
    "She's had a fall. I think it's her hip." # speaker: you
    Ewa waits for more, then asks her own questions. She only finds the bruise when she lifts the blanket. # mood: ewa worried
+ [Give her the facts in order, from the time you found her to the rail # rating: best # score: 1.4a +2 # score: 1.4c +2 # trust: ewa +1 # feedback: A clear, factual handover lets the senior decide quickly and pass the right details to the ambulance crew. Sharing what you know is the heart of working as a team.]
    "I found her at ten past two, on her left side by the bed. She said she was going to the toilet, and her left hip hurts. There's a new bruise on the inside of her right forearm. And the rail on this side was down." # speaker: you
    "That's everything I need. Thank you." # speaker: ewa # mood: neutral
- Ewa steps into the corridor to ring for an ambulance. # exit: ewa
-> wish

=== wish ===
Mrs Patel grips your hand. # mood: patel worried
"Don't let them ring Sanjay. Not in the night. He'll jump in the car and drive like a madman, and it's an hour on the motorway." # speaker: patel # mood: worried
"He worries so. Ring him in the morning, when I know what's what." # speaker: patel
+ [Say you've heard her, and you'll tell Ewa so they can decide together # rating: best # score: 1.4b +2 # score: 1.4a +1 # trust: patel +1 # feedback: You took her wishes seriously without promising something that is not yours to promise. The senior can now talk with her about who is told and when, so she stays part of the decision.]
    "I've heard you. I'll tell Ewa what you want, and she'll talk it through with you." # speaker: you
    When Ewa comes back you tell her. Ewa crouches beside Mrs Patel. # enter: ewa
    "It's your news, Mrs Patel. How about I ring Sanjay at half past six, before he leaves for work, and tell him you're safe and where you are?" # speaker: ewa # mood: neutral
    "Half past six. Yes. Thank you, both of you." # speaker: patel # mood: relieved
+ [Promise her nobody will ring her son tonight, so she can stop worrying # rating: poor # score: 1.4b -1 # score: 1.4d -1 # trust: patel -1 # feedback: A promise feels kind, but who is told, and when, is for the senior to agree with her, so it may not be yours to keep. Tell her you've heard her and that you will pass her wishes on.]
    "I promise. Nobody will ring him." # speaker: you
    She squeezes your hand. Then Ewa comes back. # enter: ewa
    "Mrs Patel, I'll need to let Sanjay know. We can choose when. How about half past six, before he goes to work?" # speaker: ewa # mood: neutral
    Mrs Patel looks at you. "But you promised." # speaker: patel # mood: upset
    She agrees to half past six, and she does not look at you again.
+ [Tell her family have to be told straight away, it's the rules # rating: poor # score: 1.4b -1 # score: 1.4c -1 # trust: patel -1 # feedback: This brushes her wishes aside. She is awake and can say what she wants, and she should have a say in who hears about her health. Listen, and pass her wishes to the senior, who can talk with her about it.]
    "Sorry, Mrs Patel. Family have to be told. It's the rules." # speaker: you
    She turns her face away. When Ewa comes back, Mrs Patel is in tears. # enter: ewa # mood: patel sad
    Ewa crouches beside her and asks what's wrong, then listens. # mood: ewa neutral
    "It's your news, Mrs Patel. I'll ring Sanjay at half past six, not before. Is that all right?" # speaker: ewa
    "Yes." # speaker: patel # mood: sad
- "The ambulance is on its way. Could be forty minutes. Keep her warm, I'll watch for them at the front door." # speaker: ewa
Ewa goes out. # exit: ewa
-> bruise

=== bruise ===
You stay close beside Mrs Patel. Her sleeve has ridden up again, and the bruise is plain to see under the lamp. # mood: patel neutral
You will have to write all this up on an incident form, and mark any injury on a body map, an outline of a body where marks are drawn. Your phone is in your tunic pocket.
+ [Ask if you may look at her arm, and note the bruise's size, colour and place # rating: best # score: 1.4c +2 # score: 1.4b +1 # trust: patel +1 # feedback: Asking first respects her. Noting the size, colour and exact place now gives you facts for the body map, without her picture ever leaving the home.]
    "Mrs Patel, may I look at your arm? I need to write down exactly what I see." # speaker: you
    "If you must. It's nothing." # speaker: patel # mood: neutral
    She lets you look. Round, purple, about three centimetres across, on the inside of her right forearm, a hand's width below the elbow. You fix it in your mind.
+ [Take a quick photo of the bruise on your phone, so the form will be accurate # rating: poor # critical # score: 1.4c -2 # score: 1.4b -1 # trust: patel -2 # feedback: A photo of her body on your own phone puts her private health information outside the home's control, and you took it without asking her. Describe the bruise in words and on the body map instead; if a photo is ever needed, follow your workplace's agreed ways of working.]
    ~ photo = true
    You hold up your phone. The camera clicks.
    "What are you doing? No pictures. I'm in my nightie." # speaker: patel # mood: angry
    She pulls her arm under the blanket and will not look at you.
+ [Leave her arm alone. The hospital will look at the bruise # rating: poor # score: 1.4c -1 # score: 1.4a -1 # feedback: The hospital will be busy with her hip, and the home still needs its own record of every injury you saw. Note the size, colour and place now, while you can, for the body map.]
    You leave her sleeve where it is and hope you will remember the details later.
- Blue lights sweep across the ceiling. Two paramedics come in with Ewa, check Mrs Patel and move her onto a stretcher with their own equipment. # sfx: footsteps
Ewa tells them what happened, when, and what has been done. At quarter past three they take Mrs Patel to hospital. # exit: patel
-> office_night

=== office_night ===
Half past three. In the office, Ewa puts down the phone to the on-call manager. # location: office # ambience: night
"Right. Before you go home, write it up while it's fresh: the incident form, and the bruise on a body map. Is there anything else I should know?" # speaker: ewa # mood: neutral
You think about the bruise. No mark at nine o'clock. She fell on her left side; the bruise is on the inside of her right arm. She pulled her sleeve down and said it was nothing. # note: Ask the room: what could a bruise that nobody can explain mean, and whose job is it to find out?
+ [Keep it to yourself for now, and ask the evening staff tomorrow whether anyone grabbed her arm # rating: poor # score: 1.4d -1 # score: 1.4a -1 # feedback: Wanting to find out is natural, but questioning colleagues yourself can warn someone, upset others and muddle what people remember. Report it to the senior straight away and let the safeguarding lead decide how it is looked into.]
    ~ sg = 2
    "No, nothing else." # speaker: you
    You make up your mind to ask a few questions in the morning.
+ [Decide it's from the fall. Skin bruises easily at 88, and Ewa has enough on # rating: poor # critical # score: 1.4d -2 # score: 1.4a -1 # feedback: A bruise nobody can explain may be a sign that someone has been hurt, and explaining it away means nobody will look. Tell the senior what you saw and heard; it is their job, and the safeguarding lead's, to decide what it means.]
    ~ sg = 0
    "No, nothing else." # speaker: you
    Ewa nods and picks up the phone again. The bruise goes out of your mind.
+ [Tell Ewa you can't explain the bruise, and why # rating: best # score: 1.4d +2 # score: 1.4a +2 # trust: ewa +1 # feedback: You noticed something that did not add up and reported it at once, with the facts, without guessing. The senior can now raise it as a possible safeguarding concern with the people whose job it is to look into it.]
    ~ sg = 1
    "The bruise on her right arm wasn't there when I put her to bed at nine. She fell on her left side. And she pulled her sleeve down and said it was nothing. I can't explain it." # speaker: you
    Ewa puts the phone down. # mood: ewa worried
    "Thank you. It might be nothing, it might be something. Either way, it isn't ours to work out. I'll report it to the on-call manager now as a possible safeguarding concern. You write what you saw, not what you think." # speaker: ewa # mood: neutral
- -> write_up

=== write_up ===
Half past five. The home is still dark. Ewa hands you the incident form and goes to help Kerry with a resident who is awake. # sfx: clock-chime # exit: ewa
You start with the body map: you draw a small round mark on the inside of the right forearm and write beside it what you saw.
{ photo:
    The photo is still on your phone, in your pocket. It feels heavier than it should.
}
Then the box that says "What happened". You write it one sentence at a time. # note: Ask the room: what makes a sentence a fact rather than an opinion? Who might read this record one day, and why would it matter to them?
+ [Mrs Patel was found on the floor during the night. # record: incident-record # rating: ok # score: 1.4c +0 # feedback: True, but with no time, no place and no one saying who found her, nobody reading it later can tell what happened when. Start with the exact time and what you saw yourself.]
+ [At 02:10 I found Mrs Patel lying on her left side on the floor beside her bed. # record: incident-record # rating: best # score: 1.4c +2 # feedback: The time, the place and what you saw with your own eyes, in plain words. Anyone reading it later knows exactly where the story starts.]
+ [At 02:10 Mrs Patel had got out of bed on her own again instead of using her call bell. # record: incident-record # rating: poor # score: 1.4c -1 # feedback: "Again" and "instead of using her call bell" blame her, and you did not see her get out of bed. Write what you found, not what you think she did: the time, where she was and how she was lying.]
- The next line is about Mrs Patel herself.
+ [She was awake and talking. She said, "I was going to the toilet," and told me her left hip hurt. # record: incident-record # rating: best # score: 1.4c +2 # score: 1.4b +1 # feedback: Her own words in quotation marks keep her voice in the record and show clearly what she told you. Saying which hip hurt is a fact the doctors and the team can use.]
+ [She gets confused at night and probably tried to climb out of bed by herself to get to the toilet. # record: incident-record # rating: poor # score: 1.4c -1 # score: 1.4b -1 # feedback: "Confused" and "probably" are guesses, and they talk over her: she told you plainly where she was going. Write what she said, in her own words, in quotation marks.]
+ [She was alert and complained of some pain. # record: incident-record # rating: ok # score: 1.4c +0 # score: 1.4b +0 # feedback: Nothing here is wrong, but "some pain" does not say where, and her own explanation is lost. Write which hip hurt and what she said, in quotation marks.]
- Next, the bruise.
+ [She had bruised her right arm on the bed as she fell. # record: incident-record # rating: poor # score: 1.4c -1 # score: 1.4d -1 # feedback: You did not see how the bruise happened, so this explains it rather than describing it, and it could stop anyone asking how it really got there. Describe it instead: size, colour and place, and when you last saw that arm without a mark.]
+ [Some bruising was seen on one arm. # record: incident-record # rating: ok # score: 1.4c +0 # feedback: It is in the record, which matters, but "some bruising" on "one arm" gives nobody anything to check against later. Write its size, colour and exact place, and when you last saw that arm clear.]
+ [There was a round purple bruise, about 3 cm across, on the inside of her right forearm. It was not there when I helped her to bed at 21:00. She said, "That's nothing. Leave it." # record: incident-record # rating: best # score: 1.4c +2 # score: 1.4a +1 # feedback: Size, colour and place, and when you last saw her arm clear, describe the bruise without explaining it. Her own words about it are there too, which will help whoever looks into it.]
- -> kerry_asks

=== kerry_asks ===
The door opens. Kerry Walsh, twelve years on nights, comes in with two mugs of tea. # sfx: door # enter: kerry
She puts one by your elbow and reads over your shoulder. Her face tightens. # mood: kerry worried
"Listen. Just write she was found on the floor. Don't mention the rail." # speaker: kerry # mood: worried
"I settled her at half twelve when she rang for a drink. If I didn't put that rail back up, it's my job on the line. And it doesn't change anything for her now, does it?" # speaker: kerry # mood: upset # note: Why might a kind, experienced colleague ask this? What could leaving out the rail cost Mrs Patel, Kerry and the home?
+ [Say nothing, and carry on writing # rating: poor # score: 1.4d -1 # score: 1.4c -1 # feedback: Silence leaves Kerry thinking you have agreed, and leaves you alone with the pressure. Tell her kindly that you will write what you saw, and then tell the senior.]
    You keep your eyes on the form.
    "Thanks, love. I knew you'd understand." # speaker: kerry # mood: relieved
    She goes back out. The tea goes cold. # exit: kerry
+ [Agree to leave out the rail. It won't change anything for Mrs Patel now, and Kerry has always been good to you # rating: poor # score: 1.4c -2 # score: 1.4d -1 # trust: kerry +1 # feedback: Leaving out something you saw makes the record untrue, and the rail matters for keeping Mrs Patel and others safe. Being kind to a colleague means being honest and getting her support: write what you saw, and let the senior help Kerry.]
    "OK. I'll leave it out." # speaker: you
    Kerry lets out a long breath. "You're a star." # speaker: kerry # mood: relieved
    She goes. You sit looking at the form for a long time. # exit: kerry
+ [Tell her gently you'll write what you saw, rail and all, but no names or blame # rating: best # score: 1.4c +2 # score: 1.4d +1 # trust: kerry -1 # feedback: You stayed honest and kind: the rail goes in as a fact, and nobody is blamed. A true record is how the team learns what to change, and it protects Kerry as well as Mrs Patel.]
    "I'm sorry, Kerry. I have to write what I saw, and the rail was down. I won't put anyone's name to it or say whose fault it was. It's just what I saw." # speaker: you
    Kerry folds her arms. "Right. Fine." # speaker: kerry # mood: defensive
    At the door she stops. "I've never had a fall on my watch. Not once in twelve years." # speaker: kerry # mood: upset
    She goes. # exit: kerry
- The next line is about the bed.
+ [The bed rail on the left side of her bed was down when I came into the room. # record: incident-record # rating: best # score: 1.4c +2 # score: 1.4d +1 # feedback: A plain fact, with no guess about how it happened or whose fault it was. It lets the manager look at what needs to change so it does not happen again.]
    ~ rail = 1
+ [Nothing else in the room was out of place. # record: incident-record # rating: poor # critical # score: 1.4c -2 # score: 1.4d -1 # feedback: This leaves out the rail and tells the reader something untrue. Leaving a fact out of a record is altering it, and it can hide a risk to her and to others. Write the rail down as a fact, with no blame.]
    ~ rail = 0
+ [The bed rail had been left down again by the member of staff who settled her at 00:30. # record: incident-record # rating: poor # score: 1.4c -1 # score: 1.4a -1 # feedback: The rail is in, which matters, but "left down again" by a member of staff is blame and a guess: you did not see who lowered it, or when, or whether it had happened before. Write only what you found: the rail was down when you came in.]
    ~ rail = 1
- Last, what you did, and who you told.
+ {first == 0} [Staff followed the correct procedure and Mrs Patel was seen quickly. # record: incident-record # rating: poor # score: 1.4c -1 # score: 1.4a -1 # feedback: Whether the procedure was followed is for others to judge from the facts; here it reads as an opinion and hides the detail. Write what you did, who you told and the times.]
+ {first != 0} [Staff followed the correct procedure and Mrs Patel was seen quickly. # record: incident-record # rating: poor # critical # score: 1.4c -2 # score: 1.4d -1 # feedback: This is not what happened, so it alters the record and hides what her hip went through from the people treating her. Write honestly what you did and when; owning a mistake lets the team help her, and you.]
+ {first == 0} [I did not move her. I kept her warm, stayed with her and called Ewa Nowak, the senior carer, who came at 02:12. She rang 999 at 02:20. # record: incident-record # rating: best # score: 1.4a +2 # score: 1.4c +1 # feedback: What you did, who you told and when, in order. It shows the team working together and leaves nothing for anyone to guess.]
+ {first == 1} [I tried to lift her onto the bed on my own and she cried out in pain. I then called Ewa Nowak, the senior carer, who came at 02:15. She rang 999 at 02:22. # record: incident-record # rating: best # score: 1.4a +2 # score: 1.4c +1 # feedback: You wrote down your own mistake as well as the times, and that honesty tells the doctors and the team exactly what her hip went through. Owning a mistake in writing is hard, and it is what a record needs.]
+ {first == 2} [I put a pillow under her head and a blanket over her and finished my round. I told Ewa Nowak, the senior carer, at 02:35. She rang 999 at 02:42. # record: incident-record # rating: best # score: 1.4a +2 # score: 1.4c +1 # feedback: You wrote down honestly how long she waited, as well as who you told and when. That honesty tells the doctors and the team what she went through, and it is what a record needs.]
+ {first == 0} [The senior was told and an ambulance was called. # record: incident-record # rating: ok # score: 1.4a +0 # score: 1.4c +0 # feedback: True, but with no names and no times nobody can tell how quickly help came. Write who you told, and when, and what they did.]
+ {first != 0} [The senior was told and an ambulance was called. # record: incident-record # rating: poor # score: 1.4a -1 # score: 1.4c -1 # feedback: True as far as it goes, but it leaves out what happened before you called and how long it took, which the people treating her need to know. Write what you did, who you told and the times, honestly.]
- -> morning

=== morning ===
Seven o'clock. Grey light at the office window. The form is written. # sfx: clock-chime
{ sg == 2:
    Kerry comes in for her coat. Quietly, you ask her whether anyone was rough with Mrs Patel yesterday evening. # enter: kerry
    "Are you asking if I hurt her?" # speaker: kerry # mood: angry
    She leaves without saying goodbye. Ten minutes later you hear her talking to Ewa in the corridor, her voice shaking. # exit: kerry
}
Ewa comes in, rubbing her eyes. # enter: ewa
"The hospital rang. Her hip's broken. They're operating this afternoon. She's comfortable, and she asked them to tell you she said thank you." # speaker: ewa # mood: sad
{ first == 1:
    "The doctor asked whether anyone had moved her before the crew came. I told him the truth." # speaker: ewa # mood: worried
}
{ first == 2:
    "The doctor asked how long she'd been on the floor. I told him the truth." # speaker: ewa # mood: worried
}
Kerry's words are still going round your head.
+ [Keep it to yourself. Kerry's a friend, and it's over now # rating: poor # score: 1.4d -1 # score: 1.4c -1 # feedback: Keeping quiet leaves Kerry without support and leaves the senior not knowing that someone felt they had to hide something. Tell the senior, privately; that is how the team can fix the real problem.]
    You say nothing. Kerry goes home. Nobody else knows she felt she had to hide something.
+ [Ask Ewa for a private word, and tell her what Kerry asked # rating: best # score: 1.4d +2 # score: 1.4a +1 # trust: ewa +1 # feedback: You told the right person, in private, and were honest about your own part. The senior can now support Kerry and look at why the rail was down, without anyone being shamed.]
    You close the door and tell her: what Kerry asked, and what you wrote.
    { rail == 0:
        "So the form says nothing about the rail? Then we put it right, now, properly." # speaker: ewa # mood: worried
        "You add a late entry under what you wrote: today's date and the time, that the rail on the left side was down when you came in at ten past two, and your signature. Don't cross anything out, and don't start a new form." # speaker: ewa # mood: neutral
        You write the late entry, date it, time it and sign it. Your hand is not quite steady.
        ~ rail = 2
    - else:
        "And you wrote it as you saw it. Good." # speaker: ewa # mood: pleased
    }
    "Thank you for telling me. That wasn't easy. I'll talk to Kerry myself. She's a good carer who had a bad night, and she needs support, not a telling-off. A rail that was down is a question about how we all work, not about one person." # speaker: ewa # mood: neutral
+ [Post in the night staff's group chat that nobody should ask anyone to leave things off a form # rating: poor # score: 1.4d -1 # score: 1.4c -2 # feedback: A group chat on personal phones is no place for a resident's incident or a colleague's mistake, and everyone will know who you mean. Take it to the senior, privately.]
    You type it, and send it. Within a minute your phone buzzes, and buzzes again. # sfx: phone-buzz
    "Who?? What happened last night?" one message says. Kerry's says only: "Thanks a lot."
    Ewa looks at her own phone, then at you. # mood: ewa angry
    "Take that down. Now. Residents' business does not go on our phones. If something's wrong, you come to me." # speaker: ewa # mood: angry
- -> phone_call

=== phone_call ===
Ewa goes to answer a call bell. The office phone rings. # exit: ewa # sfx: phone-ring
"Birchwood House, good morning." # speaker: you
"This is Sanjay Patel, Hema Patel's son. I got a message at half six that Mum's in hospital. I've just rung them: her hip is broken!" # speaker: sanjay # offstage # mood: upset
"What happened? Did she fall out of bed? Where was her rail? Who was supposed to be looking after her?" # speaker: sanjay # offstage # mood: angry # note: Who decides what Sanjay is told, and why is it not simply whoever picks up the phone?
+ [Say you can hear he's worried, and fetch Ewa, the senior, to talk to him # rating: best # score: 1.4b +2 # score: 1.4d +1 # trust: sanjay +1 # feedback: You were kind and calm, and put him through to the senior, who knows what his mum has agreed can be shared and can answer him properly. That keeps him in the loop without you guessing or blaming.]
    "I'm so sorry, Mr Patel, I can hear how worried you are. Ewa, the senior who was with your mum last night, can talk you through it. Please hold on while I fetch her." # speaker: you
    You fetch Ewa. She takes the phone, sits down and speaks slowly. # enter: ewa
    "Mr Patel, it's Ewa. I'm so sorry. Your mum had a fall in her room just after two. She asked us not to wake you in the night, so I rang at half six, as she wanted. I'll tell you what we know, and our manager, Michael, will ring you at nine." # speaker: ewa # mood: neutral
    The voice on the line gets quieter. # mood: sanjay relieved
    "He's driving to the hospital. He asked me to thank whoever found her." # speaker: ewa # mood: relieved
+ [Tell him the rail was down, and it must have been left that way by the staff who settled her # rating: poor # score: 1.4b -1 # score: 1.4c -2 # trust: sanjay -1 # feedback: This blames a colleague before anyone knows the facts, and shares details that the senior or manager should decide about, with his mum's say. Pass him to the senior instead, kindly.]
    "The rail was down. Whoever settled her must have left it like that." # speaker: you
    "Left down? By who? I want their name, and I want it now." # speaker: sanjay # offstage # mood: angry
    Ewa hears your voice from the corridor and takes the phone from you. It is twenty minutes before she puts it down. # enter: ewa
    "You don't know who lowered that rail or when. Neither do I. Now he thinks we're hiding someone. Family calls come to me or Michael: we decide what's shared, with his mum's say-so." # speaker: ewa # mood: angry
+ [Tell him you can't discuss residents over the phone, and end the call # rating: poor # score: 1.4b -1 # score: 1.4c -1 # trust: sanjay -2 # feedback: Confidentiality does not mean shutting out the people who matter to her. You did not have to answer his questions, but you could have fetched the senior, who can decide what to share.]
    "I'm sorry, I can't discuss residents over the phone." # speaker: you
    "Don't you dare put the phone down on..." # speaker: sanjay # offstage # mood: angry
    You put it down. It rings again at once. Ewa takes it this time, and it is a long call. # enter: ewa # sfx: phone-ring
    "He's her son and he's frightened. 'I can't say' and hanging up made it worse. You don't have to answer his questions: you fetch me or Michael, and we decide what's shared." # speaker: ewa # mood: worried
- -> hand_in

=== hand_in ===
Quarter to eight. The day staff are arriving in the corridor. "Was that an ambulance last night? Who was it?" someone calls. # sfx: footsteps
The incident form is on the desk in front of you.
+ [Take the form out to the day staff in the corridor and talk them through it, so they're up to date # rating: poor # score: 1.4c -1 # score: 1.4a +0 # feedback: Telling the day team is right, but the corridor is where residents and visitors can hear, and the form is not for passing round. Share what they need at handover, in the office, and lock the form away.]
    You talk the day staff through the night in the corridor. Behind you, a bedroom door is open, and the resident inside hears every word.
    Ewa takes the form out of your hand. "In the office. Door shut. Always." # speaker: ewa # mood: angry
    She locks it in the cabinet herself.
+ [Take a photo of the form on your phone first, so you have your own copy if anyone asks # rating: poor # score: 1.4c -2 # feedback: Her name and health details would then sit on your own phone, outside the home's protection, where they could be lost or seen. The form is kept safe in the office; if anyone asks about it later, the manager has it.]
    ~ photo = true
    You photograph the form. Now Mrs Patel's name, her injuries and her words are on your phone, next to your holiday pictures.
    Ewa sees. "Delete that, now, while I watch. And I'll have to tell Michael." # speaker: ewa # mood: angry
    She locks the form in the cabinet.
+ [Ask Ewa to check and sign it, then lock it in the office cabinet # rating: best # score: 1.4c +2 # score: 1.4a +1 # trust: ewa +1 # feedback: The form is checked, stored safely and shared only with the people who need it, in the right place. That keeps her private information private and the team well informed.]
    Ewa reads it through, signs it, and watches you lock it in the cabinet. # mood: ewa neutral
    At handover, in the office with the door shut, you tell the day staff what they need to know.
- You go home and sleep badly. # ambience: none
-> twelve_days

=== twelve_days ===
Twelve days later. Michael Osei, the registered manager, has asked to see you before your shift. # location: office # ambience: office
"Come in, sit down. This isn't about blame. I want to go over the night Mrs Patel fell, and tell you what's happened since." # speaker: michael # mood: neutral
{
    - first != 0:
        -> longer_in_hospital
    - rail == 0:
        -> record_not_trusted
    - sg == 0:
        -> bruise_left_unasked
    - else:
        -> home_and_heard
}

=== home_and_heard ===
"Mrs Patel had her hip mended the day after the fall. The surgeon said keeping her still and warm until the crew came was exactly right." # speaker: michael # mood: pleased
"Your record said the rail was down, as a plain fact. So instead of hunting for someone to blame, we checked every rail in the home. Two catches were worn and could slip. They've been fixed." # speaker: michael # mood: neutral
"The safeguarding lead has talked with Mrs Patel, in her own time, with Sanjay there because she asked for him. It's being looked into by the right people." # speaker: michael # mood: neutral
{ sg == 1:
    "Your part was to notice, and to say so. You did." # speaker: michael # mood: pleased
}
"I met Mrs Patel and Sanjay together, told them what we know, and said sorry. Saying sorry isn't admitting fault; it's being open. The reports the law asks of the home are mine to make, and they're made." # speaker: michael
-> extras ->
Mrs Patel came back to Birchwood House yesterday. You put your head round her door. # location: bedroom # ambience: none
She is in her chair by the window, and Sanjay is with her. # enter: patel sanjay
"Sanjay, this is the one who found me. Sat on that cold floor with me in the middle of the night." # speaker: patel # mood: pleased
"Thank you. Mum's asked me to come to her care plan review next week. I'd like that." # speaker: sanjay # mood: relieved
Mrs Patel is home, her son is part of her care, and the people whose job it is are looking into the bruise. # ending: home-and-heard
-> END

=== longer_in_hospital ===
{ first == 1:
    "Her hip was broken. When she was lifted before anyone had checked her, the break moved. She needed a bigger operation, and she's still on the ward." # speaker: michael # mood: sad
- else:
    "Her hip was broken. She lay on a cold floor for twenty-five minutes before anyone senior knew. She came into hospital chilled and very frightened, she's been slow to get going since, and she's still on the ward." # speaker: michael # mood: sad
}
{ sg == 1:
    "You were right to raise the bruise. The safeguarding lead is looking into it with Mrs Patel." # speaker: michael # mood: neutral
}
"I'm not here to tell you off. I'm booking you on moving and handling, and on what to do when someone falls. The rule is simple: don't lift, stay with them, call the senior straight away." # speaker: michael # mood: neutral
{ rail == 0:
    "And the record. The crew's notes say the rail was down; yours says nothing was out of place. Sanjay has seen both." # speaker: michael # mood: worried
}
{ sg == 0:
    "And the bruise on her arm. Nobody said it couldn't be explained, so nobody asked. The safeguarding lead is looking into it now, later than she should be." # speaker: michael # mood: worried
}
-> extras ->
"I've met Sanjay, said sorry for what happened, and told him what we're changing. He's angry, and I understand why." # speaker: michael # mood: sad
Sanjay visits the ward every evening after work. Each time, Mrs Patel asks the nurses when she can go home. # ending: longer-in-hospital
-> END

=== record_not_trusted ===
"Mrs Patel had her hip mended, and she's doing well. Staying with her and calling Ewa at once made a real difference." # speaker: michael # mood: pleased
"But there's a problem. The ambulance crew's notes say the bed rail was down. So does Ewa's handover. Your record says nothing in the room was out of place." # speaker: michael # mood: worried
"Sanjay asked to see the records. Now he's asking what else we haven't told him, and he's made a formal complaint. I can't blame him." # speaker: michael # mood: sad
"A record is only worth having if people can trust every line. If you ever get one wrong, tell your senior and add a dated, signed late entry. Never leave a fact out." # speaker: michael # mood: neutral
{ sg == 1:
    "You were right to raise the bruise, though. The safeguarding lead is looking into it with Mrs Patel." # speaker: michael # mood: neutral
}
{ sg == 0:
    "And the bruise on her arm. Nobody said it couldn't be explained, so nobody asked. The safeguarding lead is looking into it now, later than she should be." # speaker: michael # mood: worried
}
-> extras ->
"I'll be talking with Kerry too. Not to punish anyone: we need to know why that rail was down, so it doesn't happen again." # speaker: michael # mood: neutral
Mrs Patel is back at Birchwood House. Sanjay now asks for everything in writing, and checks every word. # ending: record-not-trusted
-> END

=== bruise_left_unasked ===
"Mrs Patel had her hip mended, and your record of that night was clear. Thank you for that." # speaker: michael # mood: pleased
"But last week the day team found two new bruises on her other arm. When the safeguarding lead looked back at the first one, nobody had said it couldn't be explained. So nobody asked." # speaker: michael # mood: worried
"It may still turn out to have an innocent reason. But a bruise nobody can explain goes to the senior as a possible safeguarding concern, straight away. Working out what happened isn't your job. Saying it out loud is." # speaker: michael # mood: neutral
-> extras ->
"The safeguarding lead is with Mrs Patel and Sanjay now, asking the questions that should have been asked twelve days ago." # speaker: michael # mood: sad
Mrs Patel has a new plan to keep her safe. It started later than it should have. # ending: bruise-left-unasked
-> END

=== extras ===
{ photo:
    "One more thing. Her details on your phone. We deleted them together, and I logged it as a data breach. That isn't a punishment: her body and her health are her private business, and they don't belong on anyone's own phone." # speaker: michael # mood: neutral
}
{ sg == 2:
    "About the bruise. Ewa reported it in the end, after Kerry told her you'd been asking questions. I know you meant well. Next time, tell the senior straight away, and leave the asking to the safeguarding lead." # speaker: michael # mood: neutral
}
{ rail == 2:
    "Your first version of the record left the rail out. Then you told Ewa, and you added a late entry, dated and signed. That's how a record gets put right: in the open, not by changing it." # speaker: michael # mood: neutral
}
->->
