// The starter scenario a new draft opens with: short, realistic and correct, so a trainer learns the shape by
// changing something that already works. Two decisions, rated options with feedback, three endings. It passes the
// checker (tests/workshop/template.test.ts); as advice, it is shorter than the bar asks for a full scenario.

export const STARTER_TEMPLATE = `# title: A change in Mum's tablets
# summary: Marcia notices that her mum's tablets look different and wants to know why. Whose information is it, and who can answer?
# minutes: 5
# outcomes: 1.4b 1.4c 1.4d
# location: lounge
# cast: francis marcia bev

// Lines: text, then tags after #. Options: * [what the button says # tags]. Each option needs rating, score, feedback.
-> visit

=== visit ===
Sunday afternoon at Hawthorn Court. You are two weeks into your job as a care assistant. # location: lounge # ambience: lounge
Marcia is visiting her mum, Mrs Francis. She catches you by the window. # enter: francis marcia
"The tablets Mum had at lunch looked different. Has somebody changed her medication without telling us?" # speaker: marcia # mood: worried # note: Ask the room: whose information is this, and who can answer a question about medicines? # partner: marcia # partner-feels: worried and shut out; she managed her mum's tablets for years # partner-wants: a straight answer about what changed and why # partner-well: calms down and agrees to wait for the senior # partner-badly: raises her voice and says she will complain
* [Ask Mrs Francis if she is happy for you to talk about her tablets with Marcia, then fetch the senior # rating: best # score: 1.4b +2 # score: 1.4d +2 # feedback: Mrs Francis decides who hears about her health. Asking her first, then bringing the senior who knows her medicines, keeps her at the centre and gets Marcia a proper answer.]
    "Mrs Francis, are you happy for us to talk about your tablets with Marcia?" # speaker: you
    "Of course I am. She worries about me." # speaker: francis # mood: pleased
    -> senior
* [Tell Marcia you will ask the senior to come and talk to her # rating: ok # score: 1.4b 0 # score: 1.4d +1 # feedback: Fetching the senior is right: questions about medicines need someone who knows the plan. But you talked over Mrs Francis's head. Ask her first, as it is her information.]
    "I'll ask Bev, the senior, to come and see you." # speaker: you
    -> senior
* [Guess that the pharmacy has changed the brand, and tell Marcia not to worry # rating: poor # critical # score: 1.4b -2 # score: 1.4d -1 # feedback: This was unsafe. A guess about medicines can be wrong, and you shared Mrs Francis's health details without asking her. Say you do not know, and find the person who does.]
    "It'll just be a different brand. Nothing to worry about." # speaker: you
    Marcia frowns. "You don't know that, do you?" # speaker: marcia # mood: angry
    -> senior

=== senior ===
Bev, the senior carer, comes over with the medicines record. # enter: bev
"The GP changed her water tablet on Friday, after her ankles swelled. It's in her care plan." # speaker: bev # mood: neutral
"Nobody rang me," says Marcia. "I only found out by looking." # speaker: marcia # mood: upset # note: Ask the room: what would have stopped Marcia finding out this way? # partner: marcia # partner-feels: hurt that she was the last to know # partner-wants: to be told about changes, without taking over from her mum # partner-well: thanks you and says what works for her # partner-badly: goes quiet and takes her mum's tablets home to check
* [Ask Mrs Francis and Marcia how they would like to hear about changes from now on # rating: best # score: 1.4b +2 # score: 1.4c +2 # feedback: You asked the people who matter how they want to work with the home. Writing their answer in the care plan means every shift will do the same.]
    "How would you both like to hear about changes like this from now on?" # speaker: you
    "Tell Mum first, then ring me," says Marcia. Mrs Francis nods. # speaker: marcia # mood: relieved
    Bev writes it in the care plan, and thanks you. # mood: bev pleased # ending: kept-informed
    -> END
* [Say sorry to Marcia, and ask Bev to ring her next time # rating: ok # score: 1.4b +1 # score: 1.4c +1 # feedback: Saying sorry is honest and kind. But you decided for Mrs Francis: she may want to be told first, or to tell Marcia herself.]
    "I'm sorry you found out like that. Bev, could we ring Marcia next time?" # speaker: you
    "We'll try," says Bev. Marcia still looks unsure. # speaker: bev # ending: told-next-time
    -> END
* [Tell Marcia that the home does not have to ring families about tablets # rating: poor # score: 1.4b -1 # score: 1.4c -1 # feedback: Even where a rule allows it, this shuts Marcia out. Partnership means finding out how the person and their family want to be kept informed.]
    "We don't have to ring families about tablets." # speaker: you
    Marcia picks up her bag. "Then I'll check them myself." # speaker: marcia # mood: angry # ending: left-out
    -> END
`;
