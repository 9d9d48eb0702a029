# title: Just being friendly
# summary: Home care. Mrs Christou, 80, is lively, lonely, and has made you her favourite. Her son presses Christmas money on you and asks for your number, she wants you to buy her lottery ticket and be her friend online, a popular colleague says gifts are fine if nobody finds out, and then the son complains that you are cold.
# minutes: 15
# outcomes: 1.4a 1.4b 1.4c 1.4d
# location: kitchen
# cast: christou andreas lorraine daniel
# content-note: Loneliness after losing a husband, and money given to care workers.

// A handful of variables, so the checker can explore every state. Everything else rejoins.
VAR envelope = 0    // the Christmas money: 0 given back, 1 handed in or owned up to, 2 kept and hidden
VAR ticket = false  // took her ten pounds for a lottery ticket, and nobody at the office knows
VAR number = false  // gave Andreas your own mobile number
VAR online = false  // accepted her friend request
VAR lorraine = 0    // Lorraine's gifts: 0 kept quiet, 1 left until supervision, 2 taken to Daniel now
VAR heard = false   // Daniel asks Mrs Christou, with her son, what she wants

-> morning

=== morning ===
Thursday, a week before Christmas. Half past eight. You are in your fourth week with Brightwell Home Care. # location: kitchen # ambience: home
Greek songs are playing on the radio. Mrs Christou sits at her kitchen table in a pink blouse, her hair set, her earrings in. # enter: christou # mood: christou pleased
Her care plan says she is 80 and has lived alone since her husband, Costas, died two years ago. She has arthritis in her hips and hands. Carers come every morning and every tea-time.
It also says she ran a hair salon on Green Lanes for thirty-eight years, and that she loves a chat.
"There you are! My favourite. The others come and go like the wind. You sit with me." # speaker: christou # mood: pleased
"So. Tell me everything. Have you got someone special? Where do you live? Write your address down, and I'll post you a Christmas card." # speaker: christou # partner: christou # partner-feels: Delighted to see her favourite carer, and curious about her life # partner-wants: A proper chat, and to send the carer a Christmas card # partner-well: Laughs, slaps the table, and starts telling stories about her salon days # partner-badly: Sniffs, goes a bit huffy, and stops asking questions

+ [Smile, say you keep home life private, and start her breakfast # rating: ok # score: 1.4c +0 # score: 1.4b +0 # feedback: Polite, and your address stays private, which is right. But it shuts the chat down. A little light talk about yourself, then turning it back to her life, keeps her company without making it a friendship.]
    "Oh, I keep all that private, Mrs Christou. Now, toast or porridge?" # speaker: you
    "Porridge." She sniffs. "Private. Like a spy." # speaker: christou # mood: confused
+ [Share something light about yourself, keep your address back, and ask about her salon # rating: best # score: 1.4c +2 # score: 1.4b +1 # trust: christou +1 # feedback: Warm and friendly, with a clear line: a little about you, nothing private, and then the talk turns to her life. That is the difference between a working relationship and a friendship, and she still feels cared about.]
    "I'm a hopeless cook, and I support Spurs, so I suffer every Saturday. My address stays with me, I'm afraid. Now tell me about this salon." # speaker: you
    She laughs and slaps the table. "Thirty-eight years! I did the hair for half the weddings on Green Lanes. Brides cried in my chair. Mothers of brides cried more." # speaker: christou # mood: pleased
+ [Tell her about your break-up and your money worries, and write your address down for her # rating: poor # score: 1.4c -1 # score: 1.4b -1 # trust: christou +1 # feedback: Sharing your worries and your address turns the visit towards a personal friendship. She may start to worry about you, or feel she should help you with money. Keep it friendly with light chat, and keep your troubles for your own friends.]
    You tell her about the break-up, and the rent going up. She listens, nodding, and tucks your address behind the clock.
    "Money worries, at your age! We'll see about that." # speaker: christou # mood: worried

- The front door opens and closes. # sfx: door
"Only me, Mum!" A man in a green polo shirt comes in with two bags of shopping. # enter: andreas # mood: andreas pleased
This is Andreas, her son. He is a driving instructor, and his first lesson is at nine.
"So you're the famous one. Mum never stops talking about you." He shakes your hand. # speaker: andreas # mood: pleased
He takes a white envelope out of his jacket. It is thick with notes.
"For Christmas, from Mum and me. It was Mum's idea. She's been putting a bit of her pension by for it." # speaker: andreas
"Take it, take it! You work so hard." Mrs Christou waves her hands at you. # speaker: christou # mood: pleased # note: Ask the room: the envelope is offered with love. How could taking it still harm Mrs Christou, or you? # partner: andreas # partner-feels: Proud of the present, and in a hurry before his first lesson # partner-wants: The carer to take it, so Mum feels she has said thank you # partner-well: His smile slips and he says everyone takes something, but he does not argue # partner-badly: Feels insulted, goes red, and says "It's a present, not a bribe!"

+ [Put it in your bag with a thank you: it's Christmas, and nobody needs to know # critical # rating: poor # score: 1.4c -2 # score: 1.4a -1 # trust: andreas +1 # trust: christou +1 # feedback: This is unsafe: secretly keeping cash from her pension breaks the gifts policy and takes her money outside any agreed way. Secret gifts are how financial abuse can start, and how carers end up accused. Say no kindly, give it back, and declare the offer.]
    ~ envelope = 2
    "That's so kind. Thank you." You slip it into your bag. # speaker: you
    Later, in the car, you count it. A hundred pounds. # pause
+ [Thank them warmly, say you can't take money, and hand it back # rating: best # score: 1.4c +2 # score: 1.4a +1 # trust: andreas -1 # feedback: A kind, clear no, in your own words and with thanks. Money from the person you support is never yours to keep, and saying so warmly protects her pension and your working relationship. Next, declare the offer.]
    "That's so kind of you both. But I can't take money from anyone I look after. A Christmas card would make my day." # speaker: you
    Andreas's smile slips. "Everyone takes something at Christmas." # speaker: andreas # mood: confused
    Mrs Christou folds her arms. "Pff. Rules." But she keeps looking at you. # speaker: christou # mood: defensive
+ [Take it so nobody is offended, and say you'll hand it in at the office today # rating: ok # score: 1.4c +1 # score: 1.4a +0 # feedback: Open, and the office will know, so the money is safe. But they now think you have accepted it, and it will come back to them later, which may hurt more. A kind no, there and then, is clearer for everyone.]
    ~ envelope = 1
    "Thank you. I'll have to hand it in at the office, though." # speaker: you
    "Hand it in? It's a present!" Andreas laughs, not sure if you're joking. # speaker: andreas # mood: confused

- Andreas holds out his phone. "While I've got you. Your office keeps moving Mum's tea-time visit. Four o'clock, half six, who knows." # speaker: andreas # mood: neutral
"Give me your mobile number and we'll sort the times out between us. Cut out the middleman." # speaker: andreas
Mrs Christou looks from him to you. # mood: christou confused # partner: andreas # partner-feels: Fed up. The tea-time keeps moving and the office never fixes it # partner-wants: One tea-time that stays put, sorted quickly, without ringing the office again # partner-well: Calms down a little and explains what keeps going wrong, but says he has rung twice # partner-badly: Puts his phone away sharply, says "Course not", and looks at his watch

+ [Say you're sorry, but you're not allowed to give out your own number, and leave it there # rating: ok # score: 1.4a +0 # score: 1.4b +0 # feedback: Right not to give your number: the rota only works if the office knows about every change. But his real problem, the moving tea-time, is still there. Ask them both what is going wrong, and point him to the office line.]
    "Sorry, I'm not allowed to give my number out." # speaker: you
    "Course not." He puts his phone away. # speaker: andreas # mood: angry
+ [Give him your number: it'll make things easier for everyone # rating: poor # score: 1.4a -2 # score: 1.4b -1 # trust: andreas +1 # feedback: Sorting visits in private cuts out the rest of the team: the office, and the carers who cover your days off, won't know who is coming when, and visits get missed. It also arranges Mrs Christou's day over her head. Give him the office number instead.]
    ~ number = true
    You read your number out. He taps it in. "Brilliant. Sorted." # speaker: andreas # mood: pleased
    Nobody asks Mrs Christou what time she would like her tea.
+ [Ask them both what's wrong with the times, and give him the office number instead # rating: best # score: 1.4a +2 # score: 1.4b +1 # trust: christou +1 # feedback: You listened to both of them, including the person whose day it is, and kept the arrangements where the whole team can see them. The office plans cover for sickness and days off, so changes made through it don't get lost.]
    "What's been going wrong with the tea-times? Mrs Christou, what time suits you?" # speaker: you
    "Five. Before my quiz programme." She taps the table. "Not four. Not half six." # speaker: christou # mood: neutral
    "I can't give out my own number. But here's the office line. Ask for the rota team, and I'll tell them today that five o'clock is what your mum wants." # speaker: you
    Andreas takes the card. "I've rung them. Twice." # speaker: andreas # mood: defensive

- "Right. I've got a learner on a roundabout in twenty minutes." Andreas kisses his mum on the head. # speaker: andreas # mood: neutral
The front door bangs behind him. # sfx: door # exit: andreas
Mrs Christou opens her purse and holds out a ten-pound note. # mood: christou pleased
"Costas and I did the lottery every Saturday for thirty years. Our birthdays, the same numbers. Pick me up a ticket on your way in tomorrow? Keep the change. Buy yourself a coffee." # speaker: christou
Her care plan says nothing about shopping, or about helping with her money. # partner: christou # partner-feels: Happy, thinking of Costas and their Saturday numbers, and glad to treat the carer # partner-wants: Her lottery ticket for Saturday, and for the carer to have a coffee on her # partner-well: A little disappointed, but starts thinking how else she could get her ticket # partner-badly: Snaps her purse shut, feels judged, and talks about Costas, hurt

+ [Say kindly you can't take or spend her money, and ask how else she could get it # rating: best # score: 1.4c +2 # score: 1.4a +1 # trust: christou +1 # feedback: A kind, clear no in your own words, and then her own idea. Handling someone's money only in the ways agreed in her care plan protects her from loss and you from suspicion, and asking her keeps her in charge of her own Saturday ritual.]
    "I'd love you to win. But I can't take or spend your money. It isn't one of our agreed ways of working. How else could you get your ticket?" # speaker: you
    She thinks. "Yiannis! At the paper shop. He brings my paper. I'll ring him and put it on my bill." # speaker: christou # mood: pleased
    She is already dialling.
+ [Say no, and tell her gently that the lottery is a waste of her hard-earned pension # rating: poor # score: 1.4c -1 # score: 1.4a +0 # trust: christou -1 # feedback: Not taking her money is right, but how she spends it is her choice, not yours, and a lecture makes her feel judged. Say no kindly to handling her money, and help her find her own way to buy the ticket.]
    "I can't, sorry. And honestly, the lottery's a waste of your pension." # speaker: you
    "Is it?" She snaps her purse shut. "Thirty years, Costas and I. A waste." # speaker: christou # mood: upset
+ [Take the tenner and get the ticket on your way in tomorrow: her money, her choice # critical # rating: poor # score: 1.4c -1 # score: 1.4a -2 # trust: christou +1 # feedback: This is unsafe. Handling her money outside any agreed way, with no receipt, no record and the change kept, leaves her open to loss and you open to a charge of theft. Say no kindly, help her find her own way, or ask whether shopping should go in her care plan.]
    ~ ticket = true
    You fold the note into your pocket. "Same numbers?" # speaker: you
    "Same numbers. And keep the change!" # speaker: christou # mood: pleased

- You help her wash and dress, and leave her singing along to the radio.
-> office

=== office ===
Half past two. You are back at the Brightwell office to write up your morning. # location: agency-office # ambience: office
The gifts policy is pinned up by the kettle. A card is fine. Any other gift offered to you, or any money, goes in the gifts record, whether you took it or not. Money is never accepted.
{ envelope == 2:
    The envelope is still in your bag.
}
You open the gifts record on the computer. The cursor blinks. # partner: daniel # partner-feels: Busy at Christmas, and relying on carers' records to spot worries about money # partner-wants: To understand what happened without having to chase anyone for details # partner-well: Reads it once, nods, and says he will have a quiet word with the family # partner-badly: Frowns, has to ring you to ask what really happened, and sounds worried

+ {envelope < 2} [A Christmas gift of money was offered by the family. # rating: ok # record: gifts-record # score: 1.4c +0 # score: 1.4a +0 # feedback: True, and you declared it, which is the main thing. But it is vague: who offered it, how much, whose money it was, and what you did. Anyone reading it next would have to come and ask you.]
+ {envelope < 2} [Andreas Christou (son) offered me an envelope of cash for Christmas, which he said came from Mrs Christou's pension. I have not kept it. # rating: best # record: gifts-record # score: 1.4c +2 # score: 1.4a +1 # feedback: Clear and factual: who, what, whose money, and what you did. Your manager can now see that money is being pressed on carers from her pension, and can talk to the family about it.]
+ {envelope < 2} [Nothing accepted. # rating: poor # record: gifts-record # score: 1.4c -1 # score: 1.4a -1 # feedback: True for you, but the policy asks you to write down what was offered, too. Leaving the offer out hides the bigger picture from your manager: money from her pension is being pressed on carers.]
+ {envelope == 2} [No gifts offered or accepted. # critical # rating: poor # record: gifts-record # score: 1.4c -2 # score: 1.4a -1 # feedback: This is unsafe, because the record is false. Writing "no gifts" with her money in your bag hides a risk to her money from everyone who could protect her. Write what happened, and hand the money in today.]
+ {envelope == 2} [A Christmas gift of money was given by the family; I will hand it in. # rating: ok # record: gifts-record # score: 1.4c +0 # score: 1.4a +0 # feedback: Handing it in puts the main thing right. But it doesn't say who gave it, how much, whose money it was, or that you took it home first. Write exactly what happened.]
    ~ envelope = 1
+ {envelope == 2} [Andreas Christou (son) gave me an envelope with £100 for Christmas, from Mrs Christou's pension. I took it and should not have. I am handing it in today. # rating: best # record: gifts-record # score: 1.4c +2 # score: 1.4a +1 # feedback: Honest and exact, even though it is hard to write. Owning it and handing it in puts it right, and your manager can return the money properly.]
    ~ envelope = 1
    You read it back. It is true, and it is hard to look at.

- The door swings open. Lorraine Fairclough comes in with a tin of chocolates under her arm. # sfx: door # enter: lorraine # mood: lorraine pleased
Lorraine has been with Brightwell for sixteen years. She does Mrs Christou's weekend visits, and everyone asks for her.
She reads your screen over your shoulder. "The gifts record? Oh, love. Nobody fills that in." # speaker: lorraine # mood: pleased
"Presents are fine if nobody finds out. I've had a few off Eleni myself. A bottle of perfume. Fifty pounds in a card for my grandson's birthday. It makes her happy to give." # speaker: lorraine # mood: neutral
Two carers at the rota board look up. # note: How would you start a private conversation with a colleague you like? What would you say first? # partner: lorraine # partner-feels: Relaxed and generous, and a bit proud that Eleni loves her # partner-wants: The new carer to relax and not make a fuss about small presents # partner-well: Stops joking, gets a bit defensive, then admits she has not written anything down # partner-badly: Goes red in front of everyone, says "Thanks a lot", and turns cold

+ [Ask her for a quiet word in the side room, and say why it worries you # rating: best # score: 1.4c +2 # score: 1.4a +1 # trust: lorraine +1 # feedback: A calm, private word about what happened, not about her as a person, is the right first step with a colleague. It keeps her dignity and gives her the chance to put it right herself.]
    In the side room you keep it simple. It is Mrs Christou's pension. She is lonely, and she gives to feel liked. And to anyone looking in, it looks like carers taking her money.
    "Have you written any of it down?" # speaker: you
    Lorraine sits on the edge of the desk. "No." A long pause. "I'd never take a penny she couldn't spare. You know that." # speaker: lorraine # mood: defensive
+ [Tell the two carers at the rota board what Lorraine has been given # rating: poor # score: 1.4c -2 # score: 1.4a -1 # trust: lorraine -2 # feedback: Telling the room is gossip. It shames Lorraine, spreads Mrs Christou's private business, and does nothing to protect her. Have a private word with Lorraine first, then take it to your manager.]
    "Did you hear that? Fifty pounds off Mrs Christou." # speaker: you
    The office goes quiet. Lorraine's face turns red. "Thanks a lot." # speaker: lorraine # mood: angry
+ [Say you'd rather stick to the policy yourself, and leave it at that without a fuss # rating: ok # score: 1.4c +1 # score: 1.4a +0 # feedback: You kept your own line without a row, which is good. But Lorraine has told you about cash from a lonely woman's pension, and that is not something to leave. Say privately why it worries you, then take it to your manager.]
    "I'd rather stick to the policy, that's all." # speaker: you
    "Suit yourself, love." She opens the tin of chocolates. # speaker: lorraine # mood: neutral

- Lorraine picks up her car keys, then stops. # mood: lorraine worried
"Don't go running to Daniel over a bottle of perfume. I've got a mortgage. And I love this job." # speaker: lorraine # mood: worried
Through the glass you can see Daniel Cheung, the registered manager, at his desk. # partner: lorraine # partner-feels: Scared for her job and her mortgage, and ashamed # partner-wants: To keep this quiet and just get on with her visits # partner-well: Looks at the ceiling for a long time, then stops pleading and faces it # partner-badly: Gets upset, says "After sixteen years?", and storms out to her car

+ [Leave it for now, and bring it up with Daniel at your supervision in January # rating: ok # score: 1.4d +1 # score: 1.4a +0 # feedback: Supervision is a proper place for it, and you haven't let it go. But January is after Christmas, when gifts are most likely. A worry about a person's money needs to reach the manager now, not in a month.]
    ~ lorraine = 1
    You write "Lorraine, gifts" in your diary for January.
    Lorraine squeezes your shoulder on her way out. "You're a good one." # speaker: lorraine # mood: relieved # sfx: door # exit: lorraine
+ [Tell her kindly you're going to Daniel, and ask her to come and tell him herself # rating: best # score: 1.4d +2 # score: 1.4a +1 # trust: lorraine +1 # feedback: Open with your colleague and prompt with your manager. Cash from a lonely woman's pension is a possible safeguarding matter, so it goes to the manager today, and offering Lorraine the chance to speak first is fair to her.]
    ~ lorraine = 2
    "I'm not trying to get you into trouble. But it's her pension, and Daniel needs to know. Come with me. It's better coming from you." # speaker: you
    Lorraine looks at the ceiling for a long moment. "Go on, then." # speaker: lorraine # mood: sad
+ [Promise her it stays between the two of you # critical # rating: poor # score: 1.4d -2 # score: 1.4a -1 # trust: lorraine +1 # feedback: This is unsafe. Cash going from a lonely older woman's pension to carers, with no record, may be financial abuse, and keeping it quiet misses a safeguarding concern. Tell your manager today, however much you like your colleague.]
    "It stays between us." # speaker: you
    "You're a good one." Lorraine heads out to her next visit. # speaker: lorraine # mood: relieved # sfx: door # exit: lorraine

- -> daniel_talk

=== daniel_talk ===
{ lorraine == 2:
    In Daniel's office, Lorraine tells him about the perfume and the fifty pounds. He listens, and writes it down. # enter: daniel lorraine # mood: daniel neutral
    "Thank you for telling me, Lorraine. We'll sit down tomorrow and work out how to give it back. Being honest won't get you into trouble." # speaker: daniel # mood: neutral
    Lorraine goes. Daniel turns to you. # exit: lorraine
- else:
    Daniel comes out of his office with his mug. # enter: daniel # mood: daniel neutral
}
"How are you getting on with Mrs Christou? She's a character." # speaker: daniel # mood: pleased # partner: daniel # partner-feels: Stretched thin at Christmas, but glad to check on a new carer # partner-wants: To know how you are really getting on with Mrs Christou # partner-well: Puts his mug down, listens properly, and gives calm, practical advice # partner-badly: Says "Good stuff" and goes back to his screen, none the wiser

+ [Say it's all going fine: you don't want him thinking you can't cope # rating: poor # score: 1.4d -1 # score: 1.4a -1 # feedback: Asking for advice is part of the job, not a sign of weakness. Your manager can't help Mrs Christou, or you, with things he doesn't know about: the money, the phone number and the lottery ticket.]
    "All fine! She's lovely." # speaker: you
    "Good stuff." He goes back to his screen. # speaker: daniel # mood: pleased
+ [Tell him everything, and ask how to say no to her without losing her trust # rating: best # score: 1.4d +2 # score: 1.4a +1 # trust: daniel +1 # feedback: You gave your manager the whole picture and asked for advice, which is exactly how and when to use him. Boundaries are not always clear-cut, and talking them through means the whole team handles them the same way.]
    You tell him about the envelope, the phone number and the lottery ticket.
    { envelope == 2:
        "And the money's in my bag. I wrote that there were no gifts." # speaker: you
        Daniel is quiet for a moment. "Thank you for telling me. Bring it here, and we'll add a correction to the record together, showing what changed and when." # speaker: daniel # mood: worried
        ~ envelope = 1
    }
    { ticket:
        "I took her ten pounds for a lottery ticket." # speaker: you
        "Then when you give her the ticket, give her all the change and the receipt too, and write it in her daily record. Next time, the answer is no." # speaker: daniel # mood: neutral
        ~ ticket = false
    }
    "Professional boundaries aren't about being cold. Be warm. Say no in your own words, say why, and say what you can do instead." # speaker: daniel # mood: pleased
    "And when family push, send them to me. That's my job, not yours." # speaker: daniel
+ [Report everything that happened there, but say you've dealt with it all on your own # rating: ok # score: 1.4d +1 # score: 1.4a +0 # feedback: Telling your manager the facts is right, and now he knows. But you didn't ask for the advice he is there to give: how to keep her trust while saying no, and what to do when her family push.]
    You run through it quickly: the envelope, the phone number, the lottery ticket.
    { envelope == 2:
        "The money's in my bag. I wrote that there were no gifts, but I'll sort it." # speaker: you
        "No, we'll sort it now. Bring it here, and we'll add a correction to the record together." # speaker: daniel # mood: worried
        ~ envelope = 1
    }
    { ticket:
        "I took her ten pounds for a ticket. I'll give her the change." # speaker: you
        "With the receipt, and a line in her daily record. And no more." # speaker: daniel # mood: neutral
        ~ ticket = false
    }
    "Fine. Shout if it gets tricky." He is already answering the phone. # speaker: daniel # mood: neutral # sfx: phone-ring

- -> saturday

=== saturday ===
Saturday morning. You are back in Mrs Christou's kitchen. # location: kitchen # ambience: home # enter: christou # mood: christou sad
The radio is off. She doesn't get up when you come in.
{ envelope:
- 0:
    "Andreas says you thought our present wasn't good enough." # speaker: christou # mood: sad
- 1:
    "The office posted our Christmas present back to Andreas. With a letter. Like a bill." # speaker: christou # mood: upset
- else:
    "Did you buy yourself something nice with your present?" Her smile doesn't quite reach her eyes. # speaker: christou # mood: neutral
}
{ ticket:
    "Have you got my ticket? The draw's tonight." # speaker: christou # mood: pleased
    You hand it over. There is no receipt, and nobody has written down where her ten pounds went.
}
She picks up her tablet. "And look. My granddaughter showed me how. I sent you a friend request on Facebook on Thursday night. Why haven't you pressed yes?" # speaker: christou # mood: upset
"We're friends, aren't we? Press yes. Then I'll know." # speaker: christou # note: What makes a working relationship different from a friendship? Whose interests do the rules protect here? # partner: christou # partner-feels: Lonely and a bit hurt, and afraid the carer does not really like her # partner-wants: To hear that she is liked, and to be friends # partner-well: Her eyes go wet and she says "I thought you liked me", then a small smile comes back # partner-badly: Puts the tablet face down, goes quiet, and will not look at you

+ [Accept it there and then: it's only Facebook, and it will cheer her up # rating: poor # score: 1.4c -2 # score: 1.4b -1 # trust: christou +2 # feedback: Being friendly is the job, but being friends online is not. She will see your private life, message you at night, and come to lean on one person. Say no kindly, explain why, and show her what you can still share on visits.]
    ~ online = true
    You take out your phone and press accept. # sfx: phone-buzz
    "There! Now I can message you when I can't sleep." She beams. # speaker: christou # mood: pleased
+ [Say the company won't let you, so it's out of your hands # rating: ok # score: 1.4c +0 # score: 1.4b +0 # trust: christou -1 # feedback: You kept the line, which protects her. But blaming the company makes the rule sound like a wall between you, and she still doesn't know why it's there. Explain kindly, in your own words, what the rule is for.]
    "I'm not allowed. Company rules. It's out of my hands." # speaker: you
    "Company rules." She puts the tablet face down on the table. # speaker: christou # mood: sad
+ [Say kindly that you don't go online with people you support, and why # rating: best # score: 1.4c +2 # score: 1.4b +1 # trust: christou +1 # feedback: A kind, clear no in your own words, with the reason. Keeping it a working relationship protects her: her money and private life stay hers, and every carer treats her the same, so she is never stuck without the one she likes best.]
    "I like you very much, Mrs Christou. That's why I don't go online with anyone I look after." # speaker: you
    "It keeps you safe. Your money and your private life stay yours. And all of us look after you the same way, so you're never stuck if I'm off sick." # speaker: you
    She looks at you for a long moment. Her eyes are wet. "I thought you liked me." # speaker: christou # mood: upset
    "I do. I'll be here on Monday, and I still want to hear about the salon." # speaker: you
    She sniffs. "Monday, then." A small smile. # speaker: christou # mood: relieved

- She turns the tablet over in her hands. "It's the evenings. Since Costas, it's the radio and you lot. Nobody else comes." # speaker: christou # mood: sad
"The salon was never quiet. Forty people a day. Now I talk to the kettle." # speaker: christou # partner: christou # partner-feels: Lonely in the long evenings, missing Costas and her busy salon # partner-wants: People to talk to, and something to look forward to # partner-well: Opens up about what she used to love, and some of her spark comes back # partner-badly: Says "Maybe" flatly, looks at the clock, and changes the subject

+ [Ask what she misses most, and whether she'd like help finding company # rating: best # score: 1.4b +2 # score: 1.4a +1 # trust: christou +1 # feedback: You asked her, rather than telling her, and looked beyond yourself to the people and groups who can be part of her life. Passing it to the team means it can go into her care plan, with her and her son.]
    "What do you miss most?" # speaker: you
    "People. Talking. The Greek lunch club at the community centre, on Thursdays. Costas and I went every week. I stopped after the funeral." # speaker: christou # mood: sad
    "Would you like to go again? I can ask Daniel to look at it with you and Andreas, for your care plan." # speaker: you
    "Maybe. If someone drove me." She straightens an earring. "I'd need my hair done first." # speaker: christou # mood: pleased
+ [Offer to pop round on your days off, so she isn't on her own # rating: poor # score: 1.4b -1 # score: 1.4a -1 # trust: christou +1 # feedback: Kind, but it makes her life hang on one worker, and it stops the day you move on or fall ill. It is also outside your role. Ask what she misses, and help her find company of her own, with her family and the team.]
    "I could pop in on my days off. Just for a cuppa." # speaker: you
    "Would you?" Her face lights up. "Sunday, then. And Wednesday." # speaker: christou # mood: pleased
    Your days off start to fill up in your head.
+ [Tell her about the lunch club at the library, and leave her the leaflet # rating: ok # score: 1.4b +1 # score: 1.4a +0 # feedback: A good idea, and it looks beyond you for company. But you chose for her. Asking what she misses, and bringing in her son and the team, makes a plan she will want to keep.]
    "There's a lunch club at the library on Tuesdays. I'll leave you the leaflet." # speaker: you
    She reads it, and props it behind the clock. "Maybe." # speaker: christou # mood: neutral

- -> doorstep

=== doorstep ===
At the front door you meet Andreas on his way in, car keys in his hand. # location: hallway # enter: andreas # mood: andreas angry
"Can I have a word?" He keeps his voice down, only just. # speaker: andreas # mood: angry
{ number:
    "I texted you on Thursday night to move Friday's tea-time to four, so I could take her to the optician. Nobody told your office. The carer came at six. We missed it." # speaker: andreas # mood: angry
- else:
    "The office moved her tea-time again yesterday. Half six. And you wouldn't even give me a number to sort it." # speaker: andreas # mood: angry
}
{ envelope == 2 and online:
    "You're all smiles with Mum, and then you let us down." # speaker: andreas # mood: upset
- else:
    "And Mum's been in tears. She says you keep saying no to her. Lorraine never made her feel like that. You're cold, you know that?" # speaker: andreas # mood: upset
}
"I'm ringing your office." # speaker: andreas # note: Why is it hard not to take a complaint personally? What does Andreas actually want? # partner: andreas # partner-feels: Angry and tired, guilty that he is never there, and worried about Mum # partner-wants: A tea-time that stays put, and Mum not upset # partner-well: Breathes out, and starts to talk about his long hours and missing his dad # partner-badly: Gets his phone out, says "Oh, I will", and pushes past you

+ [Say you understand, and that he's welcome to take it up with the office # rating: ok # score: 1.4c +0 # score: 1.4b +0 # feedback: Calm and polite, and the office is a proper place for a complaint. But he feels passed on. Ask what is behind it first, so he and his mum feel heard, then tell your manager yourself.]
    "I understand. You're welcome to take it up with the office." # speaker: you
    "Oh, I will." He goes past you into the kitchen. # speaker: andreas # mood: angry # exit: andreas
+ [Tell him you were only following the rules, and that Lorraine shouldn't have taken things either # rating: poor # score: 1.4c -2 # score: 1.4b -1 # trust: andreas -1 # feedback: Defending yourself turns his worry into a row, and talking about a colleague to a family breaks her confidence too. Stay calm, listen for what is behind the complaint, and take it to your manager.]
    "I was following the rules. And Lorraine shouldn't have been taking things either." # speaker: you
    He stares at you. "Taking things? From Mum?" He is already getting his phone out. # speaker: andreas # mood: angry # exit: andreas
+ [Stay calm, say you're sorry she's upset, and ask what would help # rating: best # score: 1.4c +2 # score: 1.4b +1 # trust: andreas +1 # feedback: You didn't take it personally, and you listened for what lay behind it: a son who is worried, tired and fed up with changing times. Hearing him out is the first step to putting it right with your manager.]
    "I'm sorry she's upset. That's the last thing I want. What would help?" # speaker: you
    He breathes out. "Honestly? A tea-time that stays put. And someone she can talk to who isn't paid to come." # speaker: andreas # mood: sad
    "I teach people to drive from seven till seven. Dad used to be here. Now it's me, and I'm never here." # speaker: andreas # mood: sad
    "Thank you for telling me. I'll talk to Daniel today, and I'd like him to hear it from you and your mum, too." # speaker: you
    He nods, once. "Fine. But I'm still ringing." # speaker: andreas # mood: neutral # exit: andreas

- -> complaint

=== complaint ===
One o'clock. The Brightwell office is quiet on a Saturday. Daniel is in, catching up on the Christmas rota. # location: agency-office # ambience: office # partner: daniel # partner-feels: Busy with the Christmas rota, six carers short, with no idea a complaint is coming # partner-wants: To get the rota finished, and to keep his families happy # partner-well: Stops typing, listens to the whole story, and thanks you for the warning # partner-badly: Is caught out by an angry phone call, then asks "Did you know about this?"

+ [Type a note in her daily record, and wait for Daniel to ask you about it # rating: ok # score: 1.4d +0 # score: 1.4a +0 # feedback: The note means the team can see it. But your manager is about to get an angry phone call with no warning. Tell him yourself, now, what happened and why, so he can support you and the family.]
    You type a short note in her daily record: Son unhappy with visits, may call the office.
    The phone rings. Daniel answers, listens, and his face falls. He is on the line for twenty minutes. # sfx: phone-ring # enter: daniel # mood: daniel worried
    "That was Andreas Christou. I wish I'd heard some of that from you first." # speaker: daniel # mood: sad
+ [Keep quiet and hope it blows over: it's one grumpy son # rating: poor # score: 1.4d -2 # score: 1.4a -1 # feedback: A complaint is not something to hide. Your manager needs to hear it from you first, so he can put it right with Andreas and his mum, and back you up.]
    You say nothing, and start on your next visit sheet.
    The phone rings. Daniel answers, listens, and his face falls. He is on the line for twenty minutes. # sfx: phone-ring # enter: daniel # mood: daniel worried
    "That was Andreas Christou. Did you know about any of this?" # speaker: daniel # mood: angry
+ [Knock on Daniel's door now and report what Andreas said # rating: best # score: 1.4d +2 # score: 1.4a +1 # trust: daniel +1 # feedback: Complaints are part of working with families. Telling your manager straight away, with the facts and without blame, is exactly when to get support, and it means he hears both sides before he speaks to the family.]
    "Daniel, have you got a minute? Mrs Christou's son is unhappy with me, and he's going to ring." # speaker: you # enter: daniel # mood: daniel neutral
    You tell him what Andreas said, about the tea-times and about his mum.
    The phone rings. Daniel listens for twenty minutes, saying "I understand" a lot. # sfx: phone-ring
    "Thanks for the warning. It helped." # speaker: daniel # mood: neutral

- Daniel rubs his eyes. "Look. It's Christmas, and I'm six carers short. Easiest thing is, I take you off her visits. New face, everyone's happy." # speaker: daniel # mood: neutral # partner: daniel # partner-feels: Worn out and six carers short. He wants this complaint off his desk # partner-wants: A quick fix that keeps the family happy over Christmas # partner-well: Stops, looks at you, thinks again, and admits he has been firefighting # partner-badly: Shrugs, says "Right. Done", and moves your name on the rota screen
{ lorraine == 2:
    "Not Lorraine, not till the gifts are sorted. I'll find someone." # speaker: daniel
}

+ [Agree: if Andreas wants someone else, that's his call # rating: poor # score: 1.4d -1 # score: 1.4b -2 # feedback: Andreas matters, but he isn't the one who decides who supports his mum: she is. Being her son gives him no right to decide for her. Ask for her to be asked, with her son there, before anything changes.]
    "Fine. If that's what he wants." # speaker: you
    "Right. Done." Daniel moves your name on the rota screen. # speaker: daniel # mood: neutral
+ [Accept the move, but ask that she hears why from one of you, face to face # rating: ok # score: 1.4d +0 # score: 1.4b +1 # feedback: You thought of her, which matters: she shouldn't hear about a change second-hand. But nobody has asked her what she wants. Ask your manager to hear her and her son together before anything is decided.]
    "OK. But can someone tell her why, in person? Not a letter." # speaker: you
    "Fair. I'll pop round and tell her myself." Daniel moves your name on the rota screen. # speaker: daniel # mood: neutral
+ [Ask him to ask Mrs Christou first, and to meet her and Andreas together # rating: best # score: 1.4d +2 # score: 1.4b +2 # trust: daniel +1 # feedback: You didn't take it personally or settle for a quick fix. Asking your manager to hear the person and her son together, in her own home, is how a conflict like this gets resolved, with her at the centre.]
    ~ heard = true
    "Could we ask Mrs Christou first? It's her care. And could you meet her and Andreas together? Some of this is the tea-times, not me." # speaker: you
    Daniel looks at the rota, then at you. Then he nods. "You're right. I've been firefighting. I'll go round on Wednesday, and you come with me." # speaker: daniel # mood: pleased

- -> ending

=== ending ===
{ envelope == 2 or ticket: -> money_questions }
{ lorraine == 0: -> gifts_kept_coming }
{ not heard: -> someone_new }
-> friendly_not_friends

= money_questions
It comes out the following week, in Mrs Christou's kitchen, with Daniel and Andreas at the table. # location: kitchen # ambience: home # enter: christou andreas daniel # mood: christou worried # mood: andreas angry
{ envelope == 2:
    "She was happy enough to take Mum's hundred pounds," Andreas says. Daniel has checked the gifts record. It says: no gifts offered or accepted. # speaker: andreas # mood: angry
}
{ ticket:
    Mrs Christou mentions that you buy her lottery tickets. Nobody at the office knew. There is no receipt, and no record of her ten pounds or the change.
}
Daniel has to treat it as a worry about her money, and look into it properly. You are taken off all your visits while he does.
Mrs Christou has to answer questions about her own purse. She is mortified. # mood: christou upset
"I only wanted to give," she tells Andreas. "Now they think I'm a silly old woman." # speaker: christou # mood: upset
She keeps her purse locked in a drawer now, and she doesn't chat to the carers the way she used to. # mood: christou sad # ending: money-questions
-> END

= gifts_kept_coming
Over Christmas, Mrs Christou gives Lorraine another card with money in it. Then another, for New Year. # location: kitchen # ambience: home # enter: christou # mood: christou neutral
In February her bank rings Andreas about cash withdrawals. Four hundred pounds since December, most of it in cards for carers.
Daniel reports it to the council's safeguarding team as possible financial abuse. Lorraine is suspended while it is looked into.
"You knew, didn't you?" Lorraine says to you in the car park. She doesn't wait for an answer.
Mrs Christou is ashamed, as if she had done something wrong. Andreas moves her to another agency. # mood: christou sad
"I only wanted them to like me," she tells her new carer. # speaker: christou # mood: sad # ending: gifts-kept-coming
-> END

= someone_new
From Monday, a new carer does Mrs Christou's visits. Nobody asked her. # location: kitchen # ambience: home # enter: christou # mood: christou sad
She decides she must have driven you away. She stops asking the carers about themselves, and the radio stays off.
The tea-time visit still moves about. Andreas rings the office every week, and gets a different person every time.
{ online:
    For a week she messages you every night. You don't know what to say. Then the messages stop.
}
{ number:
    Andreas still texts you about visit times now and then. You have to tell him you aren't her carer any more.
}
{ lorraine == 1:
    When you raise Lorraine at supervision in January, Daniel goes quiet. Mrs Christou gave her another hundred pounds at Christmas.
}
"They're all very nice," she tells Andreas. "They just don't stay." # speaker: christou # mood: sad # ending: someone-new
-> END

= friendly_not_friends
Wednesday afternoon. Mrs Christou's kitchen is full. # location: kitchen # ambience: home # enter: christou andreas daniel # mood: christou neutral # mood: andreas neutral # mood: daniel neutral
Daniel asks Mrs Christou first: what does she want from her visits?
"That one," she says, pointing at you. "And my tea at five o'clock. Not four. Not half six." # speaker: christou # mood: pleased
Daniel fixes the five o'clock slot, and gives Andreas the rota team's direct line. The community centre's volunteer driver will take Mrs Christou to the Greek lunch club on Thursdays, and Daniel will ask a local befriending service about a volunteer who can visit for a chat.
Daniel explains the gifts policy to them both. A tin of biscuits for the whole office is fine, and it goes in the gifts record. Money, never.
{ online:
    With Daniel there, you explain why you are removing her as a friend online. It stings. She forgives you.
}
{ number:
    Daniel asks Andreas to delete your number. He does it with a grin. "Didn't work anyway."
}
{ lorraine:
- 1:
    When you raise Lorraine at supervision in January, Daniel goes quiet. Mrs Christou gave her another hundred pounds at Christmas. It goes back to her, and Lorraine has a hard conversation.
- 2:
    Lorraine gives the fifty pounds back and says sorry to Mrs Christou. She still does the weekend visits, and she writes everything in the gifts record now.
}
"I thought professional meant cold," Andreas says at the door. "It doesn't, does it?" # speaker: andreas # mood: relieved
On Monday, Mrs Christou has the radio on again. "Sit," she says. "I'll tell you about the bride who cut her own fringe." # speaker: christou # mood: pleased # ending: friendly-not-friends
-> END
