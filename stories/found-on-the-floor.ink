# title: Found on the floor
# summary: A night shift in a care home. You find Mrs Patel on the floor beside her bed, and nobody saw her fall. Keep her safe where she is, let her decide who is told, speak up about what doesn't add up, and write an honest record, even when a colleague asks you to leave something out.
# minutes: 20
# outcomes: 1.4a 1.4b 1.4c 1.4d
# location: corridor
# cast: patel ewa kerry sanjay michael
# content-note: An older woman falls at night and is hurt, and there is a bruise nobody can explain.

// A handful of variables, so the checker can explore every state. Everything else rejoins.
VAR first = 0   // the first minutes: 0 stayed and called the senior, 1 tried to lift her, 2 finished the round first
VAR photo = false   // her body ended up in a photo on your own phone
VAR sg = 0      // the bruise: 0 kept to yourself, 1 reported at once, 2 told the senior hours later, 3 took it to the manager at half eight, 4 raised it and let it drop
VAR rail = 0    // the rail in the record: 0 left out, 1 written in, 2 put right with a late entry

-> found

=== found ===
Ten past two in the morning at Birchwood House. Your third week of nights. # ambience: night
You are walking the ground-floor corridor on the two o'clock round when you hear a thin voice from Mrs Patel's room.
"Hello? Is somebody there?" # speaker: patel # offstage # mood: worried
You open her door. # location: bedroom # sfx: door
Mrs Patel is lying on her left side on the floor beside her bed, in her nightdress. The bed rail on that side is down. # enter: patel # mood: patel pain
"I was going to the toilet," she says. "My hip. Oh, my left hip." # speaker: patel # mood: pain
She is awake, she knows you, and she is shivering. The floor is cold. Nobody saw her go down.
Her right sleeve has ridden up. On the inside of her forearm is a round purple bruise, about three centimetres across. There was no mark there when you helped her to bed at nine.
She sees you looking and tugs the sleeve down. "That's nothing. Leave it." # speaker: patel # mood: worried # note: Before anyone chooses: what would you do in the first minute, and what would you not do? Nobody saw her fall. Why does that matter? # partner: patel # partner-feels: cold, sore, and embarrassed to be found on the floor in her nightdress # partner-wants: someone to stay with her, and no fuss about her arm # partner-well: holds your hand, shivers a little less, and tells you clearly where it hurts # partner-badly: cries out "Stop, that hurts", gets tearful and begs you not to leave her
+ [Help her back onto the bed. She'll be warmer and more comfortable there # rating: poor # critical # score: 1.4a -1 # score: 1.4d -2 # trust: patel -1 # feedback: Lifting her was unsafe. Nobody saw her fall, so she may have hurt her head or neck as well as her hip, and moving her before she is checked can make a hidden injury much worse, and hurt you too. Keep her still and warm where she is, and call the senior at once.]
    ~ first = 1
    -> lifted
+ [Stay with her, keep her warm where she is, and press the call bell for the senior # rating: best # score: 1.4a +2 # score: 1.4d +2 # trust: patel +1 # feedback: You kept her still and warm, stayed with her, and got help straight away. Nobody saw how she fell, so the senior needs to check her where she lies: this is teamwork when it matters most.]
    -> stayed
+ [Put a pillow under her head and a blanket over her, finish the round, then tell the senior # rating: poor # critical # score: 1.4a -1 # score: 1.4d -2 # trust: patel -1 # feedback: Leaving her on the floor to finish the round was unsafe. It delayed the help she needed, and an injury you cannot see, such as a bleed after a knock to the head, can get worse with nobody there. Call the senior straight away and stay with her until they come.]
    ~ first = 2
    -> delayed

=== stayed ===
You kneel beside her and take her hand. # mood: patel worried
"It's me. Try not to move. I'm getting Ewa, and I'm staying right here." # speaker: you
You reach up and press her call bell, then pull the blanket off the bed and tuck it round her where she lies. # sfx: call-bell
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
"Nobody saw her fall. If that hip is broken, or she's hurt her head or her neck, moving her can make it much worse. Next time, leave her where she is, keep her warm, and call me first. Now, slowly, let's get her lying still." # speaker: ewa # mood: worried
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
"Twenty-five minutes on a cold floor, at eighty-eight, and nobody watching her. You call me the minute you find someone. Every time." # speaker: ewa # mood: worried
-> ewa_checks

=== ewa_checks ===
Ewa talks to Mrs Patel and checks her over gently, without moving her left leg. # mood: patel pain
"I'm not happy with that hip. Tell me exactly what you found." # speaker: ewa # mood: neutral # partner: ewa # partner-feels: worried about that hip, and needs to act fast # partner-wants: a quick, clear picture of the night before she rings 999 # partner-well: nods, asks one short question, then says "That's everything I need" # partner-badly: frowns, has to drag it out of you question by question, glances at her watch
+ [Tell Ewa that Mrs Patel must have got muddled and tried to get up on her own again # rating: poor # score: 1.4a -1 # score: 1.4c -1 # trust: patel -1 # feedback: That is a guess about what happened, not what you saw, and Mrs Patel can hear you talking over her. The senior needs facts to decide quickly: the time, how you found her, what she said, her injuries, and what you don't know.]
    "She got muddled, I think. She's tried to get up on her own again." # speaker: you
    "I wasn't muddled. I needed the toilet." # speaker: patel # mood: upset
    Ewa has to ask you question after question before she has the whole picture. # mood: ewa worried
    "Did you see her go down?" # speaker: ewa # mood: worried
    "No. She was on the floor when I came in." # speaker: you
+ [Give her the facts in order, from the time you found her to the rail # rating: ok # score: 1.4a +1 # score: 1.4c +1 # trust: ewa +1 # feedback: A clear handover in order helps the senior decide quickly. What was missing is what you don't know: you didn't see her fall, so a knock to the head can't be ruled out. Say what you don't know as plainly as what you do.]
    "I found her at ten past two, on her left side by the bed. She said she was going to the toilet, and her left hip hurts. There's a new bruise on the inside of her right forearm. And the rail on this side was down." # speaker: you
    "Did you see her go down?" # speaker: ewa # mood: neutral
    "No. She was on the floor when I came in." # speaker: you
+ [Give her the facts in order, and say plainly that you didn't see her fall # rating: best # score: 1.4a +2 # score: 1.4c +2 # trust: ewa +1 # feedback: Facts in order, and what you don't know said out loud. Because nobody saw her fall, the senior treats it as a possible head injury too, and the ambulance crew hear that from the start.]
    "I found her at ten past two, on her left side by the bed. I didn't see her fall, so I don't know if she hit her head. She said she was going to the toilet, and her left hip hurts. There's a new bruise on the inside of her right forearm. And the rail on this side was down." # speaker: you
    "That's everything I need. Thank you." # speaker: ewa # mood: neutral
- "So nobody saw her fall. Then we treat it as a possible head injury, as well as the hip." # speaker: ewa # mood: neutral
"I'm ringing 999. Keep her still, keep her warm and keep her talking. Shout me if anything changes." # speaker: ewa
Ewa steps into the corridor with the phone. # exit: ewa
-> waiting

=== waiting ===
You stay on the floor beside Mrs Patel. Through the door you can hear Ewa giving her age and her address. # mood: patel worried
"What a fuss," Mrs Patel says. "All for a trip to the toilet." # speaker: patel # note: Ewa is on the phone to 999. What could you find out in these few minutes, and who is the best person to ask? # partner: patel # partner-feels: embarrassed by the fuss, in pain, and a little frightened # partner-wants: to be treated as a sensible woman who knows her own body # partner-well: talks readily, answers clearly, even corrects your grammar like the teacher she was # partner-badly: winces, says "I hope you're right, dear", closes her eyes and goes quiet
+ [Tell her it's probably just a bruise, and she'll be back in bed in no time # rating: poor # score: 1.4b -1 # score: 1.4a -1 # feedback: It is kind to want to comfort her, but you can't know it's just a bruise, and easy promises can stop her telling you how she really feels. Use the time to ask her what the team needs to know, like whether she hit her head and what tablets she takes.]
    "Don't you worry. It's probably just a bruise. You'll be back in bed in no time." # speaker: you
    "I hope you're right, dear." She winces and closes her eyes. # speaker: patel # mood: pain
    Ewa comes back in with the machine for checking her obs. # enter: ewa
    "The call handler asked if she's on a blood thinner. I've just checked her medicines chart. She is: apixaban." # speaker: ewa # mood: worried
+ [Ask her gently if she hit her head, and if she takes a blood thinner # rating: best # score: 1.4b +2 # score: 1.4a +1 # trust: patel +1 # feedback: She is awake and knows her own body and her own tablets, so she is the best person to ask. A blood thinner makes a knock to the head more dangerous, and the team and the crew need to know it at once.]
    "Mrs Patel, do you remember if you hit your head? And do you take any tablets to thin your blood?" # speaker: you
    "I don't remember going down at all. One minute I was sitting on the bed, the next I was on the floor." # speaker: patel # mood: worried
    "And yes. Apixaban, for my heart. Morning and night." # speaker: patel # mood: neutral
    You lean out of the door and tell Ewa. She passes it straight to the call handler.
    Ewa comes back in with the machine for checking her obs. # enter: ewa
    "Well asked. The call handler wanted exactly that." # speaker: ewa # mood: neutral
+ [Keep her talking quietly, and watch her face for any change # rating: ok # score: 1.4b +1 # score: 1.4a +0 # trust: patel +1 # feedback: Staying calm with her and watching for any change is safe and kind. But she could have told you the two things that mattered most: whether she hit her head, and whether she takes a blood thinner. She knows herself best, so ask her.]
    You talk quietly about the school where she taught for thirty years. She corrects your grammar, and almost smiles. # mood: patel neutral
    Ewa comes back in with the machine for checking her obs. # enter: ewa
    "The call handler asked if she's on a blood thinner. I've just checked her medicines chart. She is: apixaban." # speaker: ewa # mood: worried
- "A blood thinner makes any bleeding worse, and that includes a bleed inside the head. So the crew will check her head as well as her hip." # speaker: ewa # mood: neutral
Ewa wraps a cuff round Mrs Patel's arm, clips a sensor on her finger and counts her breathing. She writes each number on a chart.
"These give me a score, NEWS2. I'll do them again while we wait. If the score goes up, I ring 999 back." # speaker: ewa
"You're not trained on the machine yet, so you're my eyes. If she gets sleepy, is sick, gets muddled or her speech changes, you shout me straight away." # speaker: ewa
-> wish

=== wish ===
Mrs Patel grips your hand. # mood: patel worried
"Don't let them ring Sanjay. Not in the night. He'll jump in the car and drive like a madman, and it's an hour on the motorway." # speaker: patel # mood: worried
"He worries so." # speaker: patel # note: Mrs Patel is awake and can make her own decisions. Who decides who is told about her fall, what they are told, and when? # partner: patel # partner-feels: worried Sanjay will race up the motorway in the dark # partner-wants: her own say over her own news, and Sanjay left to sleep # partner-well: loosens her grip, thanks you, and says exactly how she wants it done # partner-badly: turns her face away and says "It's my fall. Surely it's my say."
+ [Tell her family have to be told straight away. It's the rules # rating: poor # score: 1.4b -2 # score: 1.4c -1 # trust: patel -1 # feedback: She is able to decide this for herself, and being family gives no automatic right to hear about her health. Brushing her wishes aside leaves her feeling she has no say. Ask her what she wants shared, and when, and pass it on.]
    "Sorry, Mrs Patel. Family have to be told straight away. It's the rules." # speaker: you
    She turns her face away. "It's my fall. Surely it's my say." # speaker: patel # mood: upset
    Ewa looks up from her chart. "That's not right, I'm afraid. Mrs Patel decides who hears about her health." # speaker: ewa # mood: neutral
    "Mrs Patel, what would you like Sanjay told, and when?" # speaker: ewa
+ [Ask her what she'd like Sanjay to be told, and when # rating: best # score: 1.4b +2 # score: 1.4c +1 # trust: patel +1 # feedback: She can make this decision, so you asked her and let her choose what her son hears and when. Passing her answer on means the whole team can respect it.]
    "It's your news, Mrs Patel. What would you like Sanjay told, and when? I'll make sure it's passed on." # speaker: you
+ [Tell her you've heard her, and you'll let Ewa know what she wants # rating: ok # score: 1.4b +1 # score: 1.4c +0 # feedback: You listened and passed her wish on, which respects her. Asking her straight away what she'd like Sanjay told, and when, would have put the choice firmly in her own hands.]
    "I've heard you. I'll make sure Ewa knows." # speaker: you
    Ewa looks up from her chart. "When would you like Sanjay rung, Mrs Patel? And what shall I tell him?" # speaker: ewa # mood: neutral
- "That I've had a fall and gone to the hospital, and that I'm all right. At half past six, before he leaves for work. Not before." # speaker: patel # mood: neutral
"Half past six, and just that. I'll ring him myself." # speaker: ewa # mood: neutral
"Thank you." # speaker: patel # mood: relieved
"The crew could be a while yet. I'll watch for them at the front door and come back for her next obs. Sleepy, sick, muddled: shout." # speaker: ewa
Ewa goes out. # exit: ewa
-> bruise

=== bruise ===
You stay close beside Mrs Patel. Her sleeve has ridden up again, and the bruise is plain to see under the lamp. # mood: patel neutral
You will have to write all this up on an incident form, and mark any injury on a body map, an outline of a body where marks are drawn. Your phone is in your tunic pocket. # partner: patel # partner-feels: private and proud, embarrassed that anyone has seen the bruise # partner-wants: to keep her arm covered and not make a fuss about "nothing" # partner-well: sighs "If you must. It's nothing," and lets you see her arm # partner-badly: snaps "What are you doing?", pulls her arm under the blanket and won't look at you
+ [Ask if you may look at her arm, and note the bruise's size, colour and place # rating: best # score: 1.4c +2 # score: 1.4b +1 # trust: patel +1 # feedback: Asking first respects her, and it is her body. Noting the size, colour and exact place now gives you facts for the body map, without her picture ever leaving the home.]
    "Mrs Patel, may I look at your arm? I need to write down exactly what I see." # speaker: you
    "If you must. It's nothing." # speaker: patel # mood: neutral
    She lets you look. Round, purple, about three centimetres across, on the inside of her right forearm, a hand's width below the elbow. You fix it in your mind.
+ [Take a quick photo of the bruise on your phone, so the form will be accurate # rating: poor # critical # score: 1.4c -2 # score: 1.4b -1 # trust: patel -2 # feedback: Photographing her body on your own phone, without asking her, was unsafe: it takes her private health information outside the home's control and ignores her say over her own body. Describe the bruise in words and on the body map; if a photo is ever needed, follow your workplace's agreed ways of working.]
    ~ photo = true
    You hold up your phone. The camera clicks.
    "What are you doing? No pictures. I'm in my nightie." # speaker: patel # mood: angry
    She pulls her arm under the blanket and will not look at you.
+ [Leave her arm alone. The hospital will look at the bruise # rating: poor # score: 1.4c -1 # feedback: The hospital will be busy with her hip, and the home still needs its own record of every injury you saw. Ask her if you may look, and note the size, colour and place now, while you can, for the body map.]
    You leave her sleeve where it is and hope you will remember the details later.
- Blue lights sweep across the ceiling. Two paramedics come in with Ewa. # sfx: footsteps # enter: ewa
Ewa tells them the time you found her, that nobody saw her fall, that she takes apixaban, and her obs. They check Mrs Patel and move her onto a stretcher with their own equipment.
At quarter past three they take her to hospital. # exit: patel
-> office_night

=== office_night ===
Half past three. In the office, Ewa puts down the phone to the on-call manager. # location: office # ambience: night
Mrs Patel's care plan is open on the desk. Ewa turns it so you can read the page about her bed.
"Bed rail: Mrs Patel's choice, after a risk assessment with her in March. She wants the rail up while she sleeps, so she doesn't roll out. She lowers it herself when she wants to get up, and staff lower it whenever she asks."
"So the rail isn't there to keep her in bed. It's hers, because she asked for it. Nobody knows yet how it came to be down tonight, and a rail being down doesn't make anyone fall." # speaker: ewa # mood: neutral
"Right. Before you go home, write it up while it's fresh: the incident form, and a body map of any marks you saw. Is there anything else I should know?" # speaker: ewa
You think about the bruise. No mark at nine o'clock. She fell on her left side; the bruise is on the inside of her right arm. She pulled her sleeve down and said it was nothing. # note: Ask the room: what could a bruise that nobody can explain mean, and whose job is it to find out? # partner: ewa # partner-feels: tired after a long night, busy with phone calls and paperwork # partner-wants: to get the night written up, and to hear now if anything else matters # partner-well: puts the phone down, turns to face you and listens # partner-badly: nods, picks the phone up again and moves on to the next job
+ [Say no for now, and mention the bruise at handover, when Ewa is less busy # rating: poor # score: 1.4d -1 # score: 1.4a -1 # feedback: Waiting leaves a possible sign of harm with nobody looking at it for hours, and the senior can't act on what she doesn't know. A bruise nobody can explain goes to the senior straight away, however busy she is.]
    ~ sg = 2
    "No, nothing else." # speaker: you
    Ewa nods and picks up the phone again.
    -> write_up
+ [Report the bruise to Ewa, and say you'll put it on the body map # rating: ok # score: 1.4d +1 # score: 1.4a +1 # feedback: You told the senior, and the bruise will be on the body map. But the reasons it doesn't add up stayed in your head, and those are what make it a possible safeguarding concern. Say what you saw and why it worries you.]
    "There's a bruise on the inside of her right forearm. I'll put it on the body map." # speaker: you
    -> dismissed
+ [Say no. It'll be from the fall: she's on a blood thinner, and she bruises easily # rating: poor # critical # score: 1.4d -2 # score: 1.4a -1 # feedback: Keeping the bruise to yourself was unsafe. A bruise nobody can explain may be a sign that someone has hurt her, and a blood thinner is a reason to bruise easily, not an explanation. Tell the senior what you saw at once; working out what it means is the safeguarding lead's job.]
    ~ sg = 0
    "No, nothing else." # speaker: you
    Ewa nods and picks up the phone again. The bruise goes out of your mind.
    -> write_up
+ [Raise the bruise with Ewa: you can't explain it, and say why # rating: best # score: 1.4d +2 # score: 1.4a +2 # feedback: You noticed what did not add up and said so at once, with the facts and without guessing. That gives the senior what she needs to pass it to the people whose job it is to look into it.]
    "The bruise on her right arm wasn't there when I put her to bed at nine. She fell on her left side. And she pulled her sleeve down and said it was nothing. I can't explain it." # speaker: you
    -> dismissed

=== dismissed ===
Ewa rubs her eyes. It has been a long night. # mood: ewa neutral
"She's on apixaban. She bruises if you look at her. She'll have caught it on the bed frame going down. Body map it, and let's get on." # speaker: ewa # note: Ewa is experienced and tired, and she has given a quick answer. What would you say next? If she still said no, who else could you go to? # partner: ewa # partner-feels: exhausted, and sure she knows Mrs Patel after years of nights # partner-wants: to finish the paperwork and get on with the shift # partner-well: goes quiet, thinks it over, and admits she may have jumped to an answer # partner-badly: shrugs, says "Body map it, and let's get on," and reaches for the phone
+ [Let it go. She's the senior, and she's known Mrs Patel for years # rating: poor # critical # score: 1.4d -2 # score: 1.4c -1 # feedback: Letting it drop was unsafe: a possible sign of harm was left with nobody looking into it. A senior's quick answer doesn't change what you saw. Say plainly why it worries you, and if the senior still won't act, ring the on-call manager.]
    ~ sg = 4
    "OK." # speaker: you
    You reach for the body map. Ewa picks up the phone again.
+ [Body map it as she says, and tell Michael, the manager, when he comes in # rating: ok # score: 1.4d +1 # score: 1.4c +0 # feedback: You didn't let it drop, and the manager will act. But Michael isn't in until half past eight, and the on-call manager is there at night for exactly this. Say plainly to the senior why it doesn't fit, and if she still won't act, ring the on-call manager.]
    ~ sg = 3
    "OK." # speaker: you
    You make up your mind to wait for Michael in the morning.
+ [Say calmly why it doesn't fit, and ask her to report it # rating: best # score: 1.4d +2 # score: 1.4c +1 # trust: ewa +1 # feedback: You stayed calm and respectful, and you didn't let a tired answer close the question. Saying plainly what doesn't fit, and asking for it to go to the right people, is how to get support when the first answer isn't right.]
    ~ sg = 1
    "It's round, and it's on the inside of her right arm. She fell on her left. It wasn't there at nine, and she hid it from me. I can't explain it, and I don't think we should explain it away. Could you report it as a possible safeguarding concern?" # speaker: you
    Ewa is quiet for a moment. # mood: ewa worried
    "You're right. I'm tired, and I jumped to an answer. That's how things get missed." # speaker: ewa # mood: worried
    "I'll ring the on-call manager back now. The safeguarding lead decides what happens next, not us. You write what you saw, not what you think." # speaker: ewa # mood: neutral
- -> write_up

=== write_up ===
Half past five. The home is still dark. Ewa hands you the incident form and goes to help Kerry with a resident who is awake. # sfx: clock-chime # exit: ewa
You start with the body map: you draw a small round mark on the inside of the right forearm and write beside it what you saw.
{ photo:
    The photo is still on your phone, in your pocket. It feels heavier than it should.
}
Then the box that says "What happened". You write it one sentence at a time. # note: Ask the room: what makes a sentence a fact rather than an opinion? Who might read this record one day, and why would it matter to them? # partner: michael # partner-feels: will read this first thing, and wants to learn what went wrong, not blame anyone # partner-wants: to picture the night clearly from what is written # partner-well: nods as he reads, "Clear. I know where the night started." # partner-badly: frowns, "When was this? Who found her? This doesn't tell me."
+ [Mrs Patel was found on the floor during the night. # record: incident-record # rating: ok # score: 1.4c +1 # feedback: True, and free of blame. But with no time, no place and no one saying who found her, nobody reading it later can tell what happened when. Start with the exact time and what you saw yourself.]
+ [At 02:10 I found Mrs Patel lying on her left side on the floor beside her bed. # record: incident-record # rating: best # score: 1.4c +2 # feedback: The time, the place, and what you saw with your own eyes, in plain words. Anyone reading it later knows exactly where the story starts.]
+ [At 02:10 Mrs Patel had got out of bed on her own again instead of using her call bell. # record: incident-record # rating: poor # score: 1.4c -1 # feedback: "Again" and "instead of using her call bell" blame her, and you did not see her get out of bed. Write what you found, not what you think she did: the time, where she was and how she was lying.]
- The next line is about Mrs Patel herself. # partner: patel # partner-feels: a sharp retired teacher who hates being called muddled # partner-wants: to recognise herself and her night when she reads her record # partner-well: reads it, nods, "Yes. That's what I said." # partner-badly: taps the page, "I was not confused. I told you where I was going."
+ [She was awake and talking. She said, "I was going to the toilet," and told me her left hip hurt. She did not know if she had hit her head. # record: incident-record # rating: best # score: 1.4c +2 # score: 1.4b +1 # feedback: Her own words in quotation marks keep her voice in the record. Which hip hurt, and that nobody knows whether she hit her head, are facts the doctors and the team can use.]
+ [She gets confused at night and probably tried to climb out of bed by herself to get to the toilet. # record: incident-record # rating: poor # score: 1.4c -1 # score: 1.4b -1 # feedback: "Confused" and "probably" are guesses, and they talk over her: she told you plainly where she was going. Write what she said, in her own words, in quotation marks.]
+ [She was alert and complained of some pain. # record: incident-record # rating: ok # score: 1.4c +1 # score: 1.4b +0 # feedback: Nothing here is wrong, but "some pain" does not say where, and her own explanation is lost. Write which hip hurt and what she said, in quotation marks.]
- Next, the bruise. # partner: michael # partner-feels: careful, wants every injury on record so nothing gets missed # partner-wants: enough detail to check the bruise against anything that comes later # partner-well: reads it twice, nods, "Good. Someone can check against that." # partner-badly: frowns, puts the page down, and says he can't tell anything from this
+ [She had bruised her right arm on the bed as she fell. # record: incident-record # rating: poor # score: 1.4c -1 # score: 1.4a -1 # feedback: You did not see how the bruise happened, so this explains it instead of describing it, and it could stop anyone asking how it really got there. Describe its size, colour and place, and when you last saw that arm without a mark.]
+ [Some bruising was seen on one arm. # record: incident-record # rating: ok # score: 1.4c +1 # score: 1.4a +0 # feedback: It is in the record, which matters, but "some bruising" on "one arm" gives nobody anything to check against later. Write its size, colour and exact place, and when you last saw that arm clear.]
+ [There was a round purple bruise, about 3 cm across, on the inside of her right forearm. It was not there when I helped her to bed at 21:00. She said, "That's nothing. Leave it." # record: incident-record # rating: best # score: 1.4c +2 # score: 1.4a +1 # feedback: Size, colour and place, and when you last saw her arm clear, describe the bruise without explaining it. Her own words about it are there too, which will help whoever looks into it.]
- -> kerry_asks

=== kerry_asks ===
The door opens. Kerry Walsh, twelve years on nights, comes in with two mugs of tea. # sfx: door # enter: kerry
She puts one by your elbow and reads over your shoulder. Her face tightens. # mood: kerry worried
"Listen. Just write she was found on the floor. Don't mention the rail." # speaker: kerry # mood: worried
"I settled her at half twelve when she rang for a drink. I put the rail down to sit her up. If I didn't put it back, it's my job on the line. And it doesn't change anything for her now, does it?" # speaker: kerry # mood: upset # note: Why might a kind, experienced colleague ask this? What could leaving out the rail cost Mrs Patel, Kerry and the home? # partner: kerry # partner-feels: frightened for her job, ashamed, twelve years with no fall on her watch # partner-wants: the rail left off the form, and not to be blamed # partner-well: folds her arms, "Right. Fine," then quietly admits how scared she is # partner-badly: snaps "Thanks for nothing", grabs her tea and walks out
+ [Say nothing, and carry on writing # rating: poor # score: 1.4c -1 # feedback: Silence leaves Kerry thinking you have agreed, and leaves you alone with the pressure. Tell her kindly, there and then, that you will write what you saw, with no blame.]
    You keep your eyes on the form.
    "Thanks, love. I knew you'd understand." # speaker: kerry # mood: relieved
    She goes back out. The tea goes cold. # exit: kerry
+ [Agree to leave out the rail. It won't change anything for Mrs Patel now, and Kerry has always been good to you # rating: poor # critical # score: 1.4c -2 # trust: kerry +1 # feedback: Agreeing to leave the rail out was unsafe: it would make the record untrue, and a record people can't trust can hide a risk to her and to others. Being kind to a colleague means being honest and helping her get support: write what you saw, with no blame.]
    "OK. I'll leave it out." # speaker: you
    Kerry lets out a long breath. "You're a star." # speaker: kerry # mood: relieved
    She goes. You sit looking at the form for a long time. # exit: kerry
+ [Tell her the rail has to go in, and she'll have to sort it out with Ewa # rating: ok # score: 1.4c +1 # trust: kerry -1 # feedback: Honest, and the record stays true. But it leaves a frightened colleague on her own. Say it kindly, and tell her you will write what you saw with no names and no blame.]
    "The rail has to go in, Kerry. You'll have to sort it out with Ewa." # speaker: you
    Kerry stares at you. "Right. Thanks for nothing." # speaker: kerry # mood: angry
    She takes her tea and goes. # exit: kerry
+ [Tell her gently you'll write what you saw, rail and all, with no names and no blame # rating: best # score: 1.4c +2 # trust: kerry -1 # feedback: You stayed honest and kind. The rail goes in as a fact, nobody is blamed, and you reminded her what the care plan says. A true record is how the team learns what to change, and it protects Kerry as well as Mrs Patel.]
    "I'm sorry, Kerry. I have to write what I saw, and the rail was down. I won't put anyone's name to it or guess how it happened." # speaker: you
    "And her care plan says the rail's her choice, and she puts it down herself to get up. Nobody knows how it came down tonight. A rail being down doesn't make anyone fall." # speaker: you
    Kerry folds her arms. "Right. Fine." # speaker: kerry # mood: defensive
    At the door she stops. "I've never had a fall on my watch. Not once in twelve years." # speaker: kerry # mood: upset
    She goes. # exit: kerry
- The next line is about the bed. # partner: patel # partner-feels: the rail is hers, and she lowers it herself to get up # partner-wants: to trust what the home writes about her # partner-well: reads it, nods, "It was down. I put it down myself, to go to the toilet." # partner-badly: narrows her eyes, says that's not how it was, and asks what else is wrong
+ [The bed rail was down. # record: incident-record # rating: ok # score: 1.4c +1 # feedback: True and plain, with no blame. Saying which side, and that it was down when you came in, makes it clear exactly what you saw and when.]
    ~ rail = 1
+ [Nothing else in the room was out of place. # record: incident-record # rating: poor # critical # score: 1.4c -2 # feedback: Leaving the rail out was unsafe: it makes the record untrue, and a missing fact can hide a risk to her and to others. A record is altered as much by what is left out as by what is changed. Write the rail down as a fact, with no blame.]
    ~ rail = 0
+ [The bed rail on the left side of her bed was down when I came into the room. # record: incident-record # rating: best # score: 1.4c +2 # feedback: A plain fact: which rail, and when you saw it, with no guess about how it happened or whose fault it was. The falls review can use it to look at what would really help her.]
    ~ rail = 1
+ [The bed rail had been left down by the member of staff who settled her at 00:30, and that is why she fell. # record: incident-record # rating: poor # score: 1.4c -1 # feedback: The rail is in, which matters, but the rest is blame and guesswork: you did not see who lowered it, and a rail being down is not, on its own, why someone falls. Write only what you found: the rail was down when you came in.]
    ~ rail = 1
- Last, what you did, and who you told. # partner: ewa # partner-feels: she will read this, and she knows the times she gave the crew # partner-wants: the record to match what really happened that night # partner-well: reads it, nods, "That's how it went. Thank you for being straight." # partner-badly: frowns, says the hospital will ask, and it has to be the whole story
+ {first == 0} [Staff followed the correct procedure and Mrs Patel was seen quickly. # record: incident-record # rating: poor # score: 1.4a -1 # score: 1.4c -1 # feedback: Whether the procedure was followed is for others to judge from the facts. Here it reads as an opinion and hides the detail. Write what you did, who you told and the times.]
+ {first != 0} [Staff followed the correct procedure and Mrs Patel was seen quickly. # record: incident-record # rating: poor # critical # score: 1.4a -1 # score: 1.4c -2 # feedback: This was unsafe because it is not what happened: it alters the record, and it hides from the people treating her what happened before help came. Write honestly what you did and when; owning a mistake lets the team help her, and you.]
+ {first == 0} [I did not move her. I kept her warm where she was, stayed with her and called Ewa Nowak, the senior carer, who came at 02:12. She rang 999 at 02:20. # record: incident-record # rating: best # score: 1.4a +2 # score: 1.4c +1 # feedback: What you did, who you told and when, in order. It shows the team working together and leaves nothing for anyone to guess.]
+ {first == 1} [I tried to lift her onto the bed on my own and she cried out in pain. I then called Ewa Nowak, the senior carer, who came at 02:15. She rang 999 at 02:22. # record: incident-record # rating: best # score: 1.4a +1 # score: 1.4c +2 # feedback: You wrote down your own mistake as well as the times, and that honesty tells the doctors and the team exactly what she went through. Owning a mistake in writing is hard, and it is what a record needs.]
+ {first == 2} [I put a pillow under her head and a blanket over her and finished my round. I told Ewa Nowak, the senior carer, at 02:35. She rang 999 at 02:42. # record: incident-record # rating: best # score: 1.4a +1 # score: 1.4c +2 # feedback: You wrote down honestly how long she waited, as well as who you told and when. That honesty tells the doctors and the team what she went through, and it is what a record needs.]
+ {first == 0} [The senior was told and an ambulance was called. # record: incident-record # rating: ok # score: 1.4a +1 # score: 1.4c +0 # feedback: True, but with no names and no times nobody can tell how quickly help came. Write who you told, and when, and what they did.]
+ {first != 0} [The senior was told and an ambulance was called. # record: incident-record # rating: poor # score: 1.4a -1 # score: 1.4c -1 # feedback: True as far as it goes, but it leaves out what happened before you called and how long it took, which the people treating her need to know. Write what you did, who you told and the times, honestly.]
- -> read_back

=== read_back ===
Six o'clock. Ewa comes back and sits at the other desk with her own notes. # enter: ewa # mood: ewa neutral
You read your form back before you sign it. In the box for the time she was found, you have written 01:10. It should say 02:10. # partner: ewa # partner-feels: tired, finishing her own notes before the day staff come # partner-wants: paperwork that will stand up if anyone ever questions it # partner-well: glances across, nods, and gets on with her own notes # partner-badly: looks up sharply, "If anyone ever questions that, how will it look?"
+ [Write over the 1 so that it reads 2 # rating: poor # score: 1.4c -1 # feedback: Writing over a mistake hides what was there, so nobody can tell what changed or who changed it, and the record can't be trusted. Put one line through it so it can still be read, write the right time, then date and initial it.]
    You press hard and turn the 1 into a 2. It is a smudge now: nobody could tell what was there before.
    Ewa glances across. "Don't write over things. If anyone ever questions it, it looks as if someone's changed it." # speaker: ewa # mood: worried
    "Put one line through the smudge, write 02:10 beside it, and date and initial it. Then it's honest." # speaker: ewa # mood: neutral
    You do.
+ [Draw one line through 01:10, write 02:10, then date and initial it # rating: best # score: 1.4c +2 # feedback: One line through, so it can still be read, then the right time, the date and your initials. Anyone reading it later can see exactly what was changed, by whom and when.]
    You draw a single neat line through 01:10, so it can still be read, write 02:10 beside it, and add the date and your initials.
    Ewa glances across and nods. # mood: ewa pleased
+ [Ask Ewa to correct it for you. She's the senior, and her writing is neater # rating: poor # score: 1.4c -1 # feedback: Nobody alters another person's entry, not even a senior, because a record must show who wrote what. Your mistake is yours to correct: one line through, the right time, then the date and your initials.]
    Ewa shakes her head. "I can't change what you wrote. Nobody alters anyone else's entry, not even a senior. It's your writing, so it's your correction." # speaker: ewa # mood: neutral
    "One line through, so it can still be read. The right time beside it. Then date and initial it." # speaker: ewa
    You do.
+ [Cross out 01:10 neatly and write 02:10 next to it # rating: ok # score: 1.4c +1 # feedback: Crossing it out and writing the right time is honest. Without the date and your initials, though, nobody can tell who made the change or when. Add both.]
    You cross it out and write 02:10 beside it.
    Ewa glances across. "Date and initial it too, so anyone can see who changed it and when." # speaker: ewa # mood: neutral
    You do.
- You sign the form, clip the body map to it, and lock both in the office cabinet for Michael, the manager.
-> morning

=== morning ===
Seven o'clock. Grey light at the office window. # sfx: clock-chime
Ewa puts down the phone to the hospital, rubbing her eyes.
"Her hip's broken. They're operating this afternoon. The scan of her head was clear, thank goodness. She asked them to tell you she said thank you." # speaker: ewa # mood: sad
{ first == 1:
    "The doctor asked whether anyone had moved her before the crew came. I told him the truth." # speaker: ewa # mood: worried
}
{ first == 2:
    "The doctor asked how long she'd been on the floor. I told him the truth." # speaker: ewa # mood: worried
}
{ sg == 2:
    You tell Ewa about the bruise now: no mark at nine, the wrong side for the fall, the sleeve pulled down.
    "You saw that at two o'clock?" Ewa puts her pen down. "That's five hours. I'll ring it through to the on-call manager now. Next time, tell me straight away, however busy I look." # speaker: ewa # mood: worried
}
Kerry's words are still going round your head. # partner: ewa # partner-feels: tired and sad about the hip, but still in charge of her team # partner-wants: to know if anything is wrong on her shift, and to look after her staff # partner-well: sits down, listens carefully, says "Thank you. That wasn't easy." # partner-badly: goes stiff and cross, "If something's wrong, you come to me."
+ [Keep it to yourself. Kerry's a friend, and it's over now # rating: poor # score: 1.4d -1 # score: 1.4c -1 # feedback: Keeping quiet leaves Kerry without support, and leaves the senior not knowing that someone felt they had to hide something. Tell the senior, privately; that is how the team can help Kerry and fix the real problem.]
    You say nothing. Kerry goes home. Nobody else knows she felt she had to hide something.
+ [Ask Ewa for a private word, and tell her what Kerry asked # rating: best # score: 1.4d +2 # score: 1.4c +2 # trust: ewa +1 # feedback: You went to the right person, in private, and were honest about your own part. The senior can now support Kerry and look at why the rail was down, without anyone being shamed.]
    You close the door and tell her: what Kerry asked, and what you wrote.
    { rail == 0:
        "So the form says nothing about the rail? Then we put it right, now, properly." # speaker: ewa # mood: worried
        "You add a late entry under what you wrote: today's date and the time, that the rail on the left side was down when you came in at ten past two, and your signature. Don't cross anything out, and don't start a new form." # speaker: ewa # mood: neutral
        You write the late entry, date it, time it and sign it. Your hand is not quite steady.
        ~ rail = 2
    - else:
        "And you wrote it as you saw it. Good." # speaker: ewa # mood: pleased
    }
    "Thank you for telling me. That wasn't easy. I'll talk to Kerry myself. She's a good carer who's frightened, and she needs support, not a telling-off. How that rail came down is a question for the falls review, not a hunt for someone to blame." # speaker: ewa # mood: neutral
+ [Find Kerry before she goes, and suggest she tells Ewa herself about half past twelve # rating: ok # score: 1.4c +1 # trust: kerry +1 # feedback: A quiet word with a colleague is kind, and it gives her the chance to speak up for herself. But someone asked you to leave a fact out of a record, and the senior needs to know that, so she can support Kerry and check the record. Tell her privately.]
    You catch Kerry at the door with her coat on. # enter: kerry
    "Tell Ewa yourself about half past twelve. It'll come better from you." # speaker: you
    Kerry looks at her shoes. "Maybe. I'll think about it." # speaker: kerry # mood: sad
    She goes. You don't know if she will. # exit: kerry
+ [Post in the night staff's group chat that nobody should ask anyone to leave things off a form # rating: poor # score: 1.4d -1 # score: 1.4c -2 # feedback: A group chat on personal phones is no place for a resident's incident or a colleague's mistake, and everyone will know who you mean. Take it to the senior, privately.]
    You type it, and send it. Within a minute your phone buzzes, and buzzes again. # sfx: phone-buzz
    "Who?? What happened last night?" one message says. Kerry's says only: "Thanks a lot."
    Ewa looks at her own phone, then at you. # mood: ewa angry
    "Take that down. Now. Residents' business does not go on our phones. If something's wrong, you come to me." # speaker: ewa # mood: angry
- -> phone_call

=== phone_call ===
Ewa goes to answer a call bell. The office phone rings. # exit: ewa # sfx: phone-ring
"Birchwood House, good morning." # speaker: you
"This is Sanjay Patel, Hema Patel's son. Ewa rang at half six to say Mum's in hospital. I've just rung them: her hip is broken!" # speaker: sanjay # offstage # mood: upset
"What happened? Did she fall out of bed? Why wasn't her rail up? Who was supposed to be looking after her?" # speaker: sanjay # offstage # mood: angry # note: Who decides what Sanjay is told, and why is it not simply whoever picks up the phone? # partner: sanjay # partner-feels: frightened and angry, an hour away, and his mum's hip is broken # partner-wants: to know what happened, and who was looking after her # partner-well: his voice gets quieter, he says "Thank you. Sorry for shouting." # partner-badly: shouts, demands a name, "Don't you dare put the phone down on me"
+ [Tell him the rail was down, and staff must have left it that way # rating: poor # score: 1.4b -2 # score: 1.4d -1 # trust: sanjay -1 # feedback: This guesses and blames before anyone knows the facts, and it shares details that his mum has not agreed to. Be kind, and pass him to the senior, who knows what she is happy for him to hear.]
    "The rail was down. Whoever settled her must have left it like that." # speaker: you
    "Left down? By who? I want their name, and I want it now." # speaker: sanjay # offstage # mood: angry
    Ewa hears your voice from the corridor and takes the phone from you. It is twenty minutes before she puts it down. # enter: ewa
    "You don't know how that rail came down. Neither do I. Now he thinks we're hiding someone. Family calls come to me or Michael, and we share what his mum has agreed to." # speaker: ewa # mood: angry
+ [Say you can hear he's worried, and fetch Ewa, the senior, to talk to him # rating: best # score: 1.4b +2 # score: 1.4d +2 # trust: sanjay +1 # feedback: You were kind and calm, and put him through to the senior, who knows what his mum has agreed can be shared and can answer him properly. That keeps him involved without you guessing or blaming.]
    "I'm so sorry, Mr Patel, I can hear how worried you are. Ewa, the senior who was with your mum last night, can talk you through it. Please hold on while I fetch her." # speaker: you
    You fetch Ewa. She takes the phone, sits down and speaks slowly. # enter: ewa
    "Mr Patel, it's Ewa again. I'm so sorry. Nobody saw her fall, so I can only tell you what we found and what we did. Our manager, Michael, will ring you at nine." # speaker: ewa # mood: neutral
    The voice on the line gets quieter. # mood: sanjay relieved
    "He's driving to the hospital. He asked me to thank whoever found her." # speaker: ewa # mood: relieved
+ [Tell him gently that his mum is being looked after, and ask someone who knows more to ring him # rating: ok # score: 1.4b +1 # score: 1.4d +1 # feedback: Kind and honest, and you didn't guess or share more than you should. But he was left waiting by the phone while frightened. Better to fetch the senior while he is still on the line.]
    "I'm so sorry, Mr Patel. She's being looked after at the hospital. I'm not the right person to answer your questions, but I'll ask someone who knows more to ring you back." # speaker: you
    "How long will that be?" # speaker: sanjay # offstage # mood: upset
    Twenty minutes later, Ewa rings him back. It is a long call. # enter: ewa
    "He sat by the phone for twenty minutes, worrying. Next time, fetch me while he's still on the line." # speaker: ewa # mood: neutral
+ [Tell him you can't discuss residents over the phone, and end the call # rating: poor # score: 1.4b -1 # score: 1.4d -1 # trust: sanjay -2 # feedback: Confidentiality does not mean shutting out the people who matter to her, and she had already agreed he should know about the fall. You didn't have to answer his questions yourself: fetch the senior, who knows what can be shared.]
    "I'm sorry, I can't discuss residents over the phone." # speaker: you
    "Don't you dare put the phone down on..." # speaker: sanjay # offstage # mood: angry
    You put it down. It rings again at once. Ewa takes it this time, and it is a long call. # enter: ewa # sfx: phone-ring
    "He's her son and he's frightened, and she'd said he could know about the fall. You don't have to answer his questions: you fetch me or Michael, and we share what she's agreed to." # speaker: ewa # mood: worried
- -> after_call

=== after_call ===
{ sg == 3:
    You stay on after your shift until Michael arrives at half past eight. # exit: ewa # enter: michael
    You tell him about the bruise, and that Ewa said it was from the fall. # mood: michael worried
    "Thank you for not letting it drop. I'll ring the safeguarding lead now." # speaker: michael # mood: neutral
    "Next time a senior doesn't act on something like that, ring the on-call manager. That's what they're there for." # speaker: michael
}
You go home and sleep badly. # ambience: none
-> twelve_days

=== twelve_days ===
Twelve days later. Michael Osei, the registered manager, has asked to see you before your shift. # location: office # ambience: office # exit: all
"Come in, sit down. This isn't about blame. I want to go over the night Mrs Patel fell, and tell you what's happened since." # speaker: michael # mood: neutral
{
    - first != 0:
        -> longer_in_hospital
    - rail == 0:
        -> record_not_trusted
    - sg == 0 || sg == 4:
        -> bruise_left_unasked
    - else:
        -> home_and_heard
}

=== home_and_heard ===
"Mrs Patel had her hip mended the day after the fall, the scan of her head was clear, and she came home to us last week. The surgeon said keeping her still and warm, and telling the crew at once that nobody saw her fall and that she takes a blood thinner, was exactly right." # speaker: michael # mood: pleased
"I went to see her on the ward first, before anyone else. She was badly hurt while in our care, so the law asks me to be open with her: to tell her what we know, say sorry, and put it in writing. It's called the duty of candour, and it's owed to her first, because she makes her own decisions." # speaker: michael # mood: neutral
"She asked me to tell Sanjay too, so I met them both together. Saying sorry isn't admitting fault. It's being honest." # speaker: michael
"Your record said the rail was down, as a plain fact. When I asked her about it, she told me she'd put it down herself, as she always does, to go to the toilet. Kerry has been worrying herself sick about that rail. She can stop now." # speaker: michael # mood: neutral
"The safeguarding lead has talked with Mrs Patel about the bruise, in her own time, with Sanjay there because she asked for him. It's being looked into by the right people." # speaker: michael
{ sg == 1:
    "Your part was to notice, and to say so, even when the first answer was no. You did." # speaker: michael # mood: pleased
}
-> extras ->
-> review ->
The day after her falls review, you put your head round Mrs Patel's door. # location: bedroom # ambience: none
She is in her chair by the window, and Sanjay is with her. # enter: patel sanjay
"They've changed when I take one of my blood pressure tablets. It was making me giddy when I stood up in the night." # speaker: patel # mood: pleased
"And there's a little light by the bed now, and my call bell is clipped where I can reach it. The rail goes up when I'm asleep and down when I say so. It's in my plan." # speaker: patel
"I wanted it up all night. Mum explained why not. At length." # speaker: sanjay # mood: relieved
"Sanjay, this is the one who found me. Sat on that cold floor with me in the middle of the night." # speaker: patel # mood: pleased
Mrs Patel is home, her care plan is hers again, her son is part of her care, and the right people are looking into the bruise. # ending: home-and-heard
-> END

=== longer_in_hospital ===
{ first == 1:
    "Her hip was broken. When she was lifted before anyone had checked her, the break moved. She needed a bigger operation, and she's still on the ward." # speaker: michael # mood: sad
- else:
    "Her hip was broken. She lay on a cold floor for twenty-five minutes with nobody watching her, on a blood thinner, after a fall nobody saw. She came into hospital chilled and very frightened, she's been slow to get going since, and she's still on the ward." # speaker: michael # mood: sad
}
{ sg == 1:
    "You were right to raise the bruise, and to keep raising it. The safeguarding lead is looking into it with Mrs Patel." # speaker: michael # mood: neutral
}
"I'm not here to tell you off. I'm booking you on moving and handling, and on what to do when someone falls. The rule is simple: don't lift, keep them warm where they are, stay with them, and call the senior straight away." # speaker: michael # mood: neutral
{ rail == 0:
    "And the record. The crew's notes say the rail was down; yours says nothing was out of place. Mrs Patel asked for a copy of the records, and she showed Sanjay both." # speaker: michael # mood: worried
}
{ sg == 0 || sg == 4:
    "And the bruise on her arm. It never reached the safeguarding lead, so nobody asked. She's looking into it now, twelve days late." # speaker: michael # mood: worried
}
-> extras ->
"I went to see Mrs Patel first, on the ward. I told her what happened that night, all of it, and I said sorry. That's owed to her before anyone else. She asked me to tell Sanjay too. He's angry, and I understand why." # speaker: michael # mood: sad
-> review ->
Sanjay visits the ward every evening after work. Each time, Mrs Patel asks the nurses when she can go home. # ending: longer-in-hospital
-> END

=== record_not_trusted ===
"Mrs Patel had her hip mended, and she's doing well. Staying with her and calling Ewa at once made a real difference." # speaker: michael # mood: pleased
"But there's a problem. The ambulance crew's notes say the bed rail was down. So does Ewa's handover. Your record says nothing in the room was out of place." # speaker: michael # mood: worried
"Mrs Patel asked for a copy of her records, and she showed Sanjay. Now they're both asking what else we haven't told them, and she's made a formal complaint. I can't blame her." # speaker: michael # mood: sad
"And here's the hard part. She told me she put the rail down herself, as she always does, to go to the toilet. There was nothing to hide. Leaving it out made it look as if there was." # speaker: michael # mood: sad
"A record is only worth having if people can trust every line. If you ever leave something out, tell your senior and add a late entry, dated, timed and signed. Never leave a fact out." # speaker: michael # mood: neutral
{ sg == 1:
    "You were right to raise the bruise, though, and to keep raising it. The safeguarding lead is looking into it with Mrs Patel." # speaker: michael # mood: neutral
}
{ sg == 0 || sg == 4:
    "And the bruise on her arm. It never reached the safeguarding lead, so nobody asked. She's looking into it now, twelve days late." # speaker: michael # mood: worried
}
-> extras ->
"I went to see Mrs Patel first, told her what we know, and said sorry for the record as well as the fall. I'll be talking with Kerry too. Not to punish anyone: we need people to feel they can tell the truth." # speaker: michael # mood: neutral
-> review ->
Mrs Patel is back at Birchwood House. She and Sanjay now ask for everything in writing, and check every word. # ending: record-not-trusted
-> END

=== bruise_left_unasked ===
"Mrs Patel had her hip mended, and your record of that night was clear. Thank you for that." # speaker: michael # mood: pleased
"But last week the day team found two new bruises on her other arm. When the safeguarding lead looked back at the first one, it had never been reported to her. So nobody asked." # speaker: michael # mood: worried
{ sg == 4:
    "Ewa told me you raised it, and she talked you out of it. That's on her as much as you, and she's said so herself. But if a senior doesn't act on a worry like that, ring the on-call manager, or come to me. Nobody will be cross with you for it." # speaker: michael # mood: neutral
- else:
    "It may still turn out to have an innocent reason. But a bruise nobody can explain goes to the senior as a possible safeguarding concern, straight away. Working out what happened isn't your job. Saying it out loud is." # speaker: michael # mood: neutral
}
-> extras ->
"I've been to see Mrs Patel, and said sorry that we didn't act sooner. The safeguarding lead is with her now, with Sanjay there because she asked for him, asking the questions that should have been asked twelve days ago." # speaker: michael # mood: sad
-> review ->
Mrs Patel has a new plan to keep her safe. It started later than it should have. # ending: bruise-left-unasked
-> END

=== extras ===
{ photo:
    "One more thing. The photo of her arm on your phone. We deleted it together, and I logged it as a data breach. That isn't a punishment: her body and her health are her private business, and they don't belong on anyone's own phone." # speaker: michael # mood: neutral
}
{ sg == 2:
    "About the bruise. You told Ewa at seven, five hours after you saw it. It got to the safeguarding lead in the end. Next time, tell the senior straight away, however busy she looks." # speaker: michael # mood: neutral
}
{ sg == 3:
    "About the bruise. You came to me at half eight, when Ewa had said no at half three. Thank you for not letting it drop. Next time, don't wait for me: ring the on-call manager." # speaker: michael # mood: neutral
}
{ rail == 2:
    "Your first version of the record left the rail out. Then you told Ewa, and you added a late entry, dated and signed. That's how a record gets put right: in the open, not by changing it." # speaker: michael # mood: neutral
}
->->

=== review ===
"Before you go: her falls review is on Thursday{first != 0:, on the ward}: her GP, the falls team's physiotherapist, Mrs Patel, and Sanjay because she's asked for him. We'll look again at her care plan and her risk assessment, with her." # speaker: michael # mood: neutral
"Sanjay has asked for both her bed rails up all night from now on, so she can't get out of bed. You know her nights. What should I take into that meeting from you?" # speaker: michael # note: Ask the room: what is a bed rail for, and whose choice is it? What could happen if a rail is used to keep someone in bed? # partner: michael # partner-feels: keen to get the review right, with Sanjay pushing hard for the rails # partner-wants: the view of someone who knows Mrs Patel's nights # partner-well: leans forward, writes it down, "That's exactly it." # partner-badly: shakes his head slowly, and explains why that could put her at risk
+ [Tell him what you know of her nights: she wakes for the toilet at about two # rating: ok # score: 1.4b +1 # feedback: Useful: the review needs what night staff know about her. But the first question is what she wants, and it is hers to answer. Say that it is her choice, and that she should be asked what would help.]
    "She wakes for the toilet at about two, most nights. She doesn't like to ring for help." # speaker: you
    "That's useful, thank you. And the first question for the meeting is what she wants. It's her rail, and her choice." # speaker: michael # mood: neutral
+ [Agree with Sanjay: both rails up all night, so she can't get out again # rating: poor # score: 1.4b -2 # feedback: Rails are not for keeping someone in bed: used that way, on a woman who can decide for herself, they would restrain her, and she might climb over them and fall from higher. It is her choice, made with her after a risk assessment. Ask what she wants, and what would help.]
    "I'd say keep them up. Then she can't get out and fall again." # speaker: you
    Michael shakes his head slowly. # mood: michael worried
    "I understand why it sounds safe. But a rail isn't there to keep someone in bed. If she wants the toilet and the rail's up, she may climb over it and fall from higher. Rails can trap people, too. And she can decide this for herself. Keeping her in would be restraining her." # speaker: michael # mood: neutral
+ [Say it's her choice, and she should be asked what would help her at night # rating: best # score: 1.4b +2 # feedback: You put her at the centre: the rail is her choice, made with her after a risk assessment, and she knows best what would help. The review can then find ways to make her nights safer that she agrees to.]
    "It's her rail, and her choice. Ask her what would help her get to the toilet safely at night. She wakes about two most nights, and she doesn't like to ring." # speaker: you
    "That's exactly it." # speaker: michael # mood: pleased
- "The rail being down didn't make her fall. The review is about what might have: her tablets, her eyesight, the light, her call bell, how she gets up. And every answer goes into her plan with her say-so." # speaker: michael # mood: neutral
->->
