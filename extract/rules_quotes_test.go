package extract

import (
	"strings"
	"testing"
)

// The quote and speaker rules, one table keyed by rule name. Every rule has
// at least one positive row (the rule must fire: the quote is found with
// that speaker) and one negative row (a sentence of a similar shape where
// it must not). The sentences are written for these tests.

type quoteRuleRow struct {
	rule string // the rule the row pins
	pos  bool   // a positive row: the quote must be found with speaker
	text string
	// quote is a fragment of the quote's text that picks the quote out.
	quote string
	// speaker is the wanted speaker of a positive row; in a negative row,
	// a speaker the quote must not get, or "" when no quote may hold the
	// fragment at all.
	speaker string
	// outRule, when set, is the wanted Quote.Rule of a positive row.
	outRule string
}

var quoteRuleRows = []quoteRuleRow{
	{rule: "doubled-single-marks", pos: true,
		text:  "Turnout fell, and ''nobody here is surprised,'' said Ada Brennan, a pollster.",
		quote: "nobody here is surprised", speaker: "Ada Brennan", outRule: ruleCueAfter},
	{rule: "doubled-single-marks", pos: true,
		text:  "“The vote was lost,’’ Piet Claes told reporters.",
		quote: "The vote was lost", speaker: "Piet Claes", outRule: ruleCueAfter},
	{rule: "doubled-single-marks", pos: false,
		text:  "The farmers' union and the teachers' union met, Piet Claes said.",
		quote: "union", speaker: ""},
	// pronoun resolution: salience of the people named before "he said"
	{rule: "salience-subject-over-object", pos: true,
		text:  "Karl Ostby has four goals since the club signed him in a trade for Pavel Ruzek last week. The winger said the team was playing well.\n\"They are quick,\" he said.",
		quote: "They are quick", speaker: "Karl Ostby"},
	{rule: "salience-subject-over-object", pos: false,
		text:  "Karl Ostby watched from the stands.\nGood news came on Friday for Pavel Ruzek, 31, a welder.\n\"I am relieved,\" he said.",
		quote: "I am relieved", speaker: "Karl Ostby"},
	{rule: "salience-reintroduced-by-full-name", pos: true,
		text:  "Bruno Salas signed up in March. The programme is free. It runs for six months. Derek Holm joined in May. Holm says he walks every day. \"I sleep better,\" he adds. Exercise also helped accountant Bruno Salas, 50.\n\"I lost ten pounds,\" he says.",
		quote: "I lost ten pounds", speaker: "Bruno Salas"},
	{rule: "salience-reintroduced-by-full-name", pos: false,
		text:  "Derek Holm joined the programme in May. Holm says he walks every day. \"I sleep better,\" he adds. His brother Bruno Salas, 50, is not convinced.\n\"I feel much stronger,\" Holm says, \"than last year.\"",
		quote: "I feel much stronger", speaker: "Bruno Salas"},
	{rule: "salience-joined-subjects", pos: true,
		text:  "\"We have had a great run,\" said Hugo Brandt, who has won twice this year. Marek Lind and Oskar Dahl have also won on the junior tour.\n\"We are proud to play for our country.\"",
		quote: "We are proud", speaker: "Hugo Brandt"},
	{rule: "salience-joined-subjects", pos: false,
		text:  "\"We have had a great run,\" said Hugo Brandt, who has won twice this year. Marek Lind has also won on the junior tour, and hopes to turn professional.\n\"I am ready for it,\" he said.",
		quote: "I am ready", speaker: "Hugo Brandt"},
	{rule: "salience-inverted-speech-subject", pos: true,
		text:  "In Halifax, Ragip Toma, 49, and Zeyno Sahin, 39, hope to apply soon. Toma has not found work. The family will manage, adds Sahin.\n\"We can borrow the money,\" she says.",
		quote: "We can borrow the money", speaker: "Zeyno Sahin"},
	{rule: "salience-inverted-speech-subject", pos: false,
		text:  "Judge Alan Voss ruled for the station. He denied Mr. Kettering's request for the phone numbers.\n\"This has become a bitter fight,\" he wrote.",
		quote: "This has become a bitter fight", speaker: "Kettering"},
	{rule: "subject-before-lower-case-verb", pos: true,
		text:  "Opposition leader Neil Osterhout spoke on Sunday.\nPresident Wade Lorimer complicated matters with a post on Monday.\nIt is a remark that Osterhout found troubling.\n\"We would never accept that,\" he said.",
		quote: "We would never accept that", speaker: "Neil Osterhout"},
	{rule: "subject-before-lower-case-verb", pos: false,
		text:  "Neil Osterhout played in Denver.\nCoach Wade Lorimer praised the deal that brought in Osterhout last week.\n\"We needed a goalie,\" he said.",
		quote: "We needed a goalie", speaker: "Neil Osterhout"},
	// where the attribution stands
	{rule: "cue-ends-sentence", pos: true,
		text:  "Hunt monitor Jill Marsh said she had seen cruelty. If riders tried to \"run rings around this law\" it would only be made tougher, she said.",
		quote: "run rings around this law", speaker: "Jill Marsh", outRule: "cue-ends-sentence"},
	{rule: "cue-ends-sentence", pos: true,
		text:  "\"Fallen trees have blocked many roads in the valley\" including near the lake, the utility said in a statement.",
		quote: "Fallen trees have blocked", speaker: "utility", outRule: "cue-ends-sentence"},
	{rule: "cue-ends-sentence", pos: false,
		text:  "The band played \"a song for the rainy days ahead\" in the square, Ines Ortiz said the crowd was small.",
		quote: "a song for the rainy days", speaker: "Ines Ortiz"},
	{rule: "cue-before-over-earlier-quote", pos: true,
		text:  "In May, Governor Alma Reyes called the protesters \"cowards\" who \"want to tear this state apart for nothing.\"",
		quote: "want to tear this state apart", speaker: "Alma Reyes", outRule: ruleCueBefore},
	{rule: "cue-before-over-earlier-quote", pos: false,
		text:  "The sign read \"closed\" and the bakery, run by Alma Reyes, sold \"the best bread in the whole county.\"",
		quote: "the best bread", speaker: "Alma Reyes"},
	{rule: "apposition-with-abbreviation", pos: true,
		text:  "\"Rates will stay high for a while,\" Dev Anand, chief economist at Harbour Capital Inc., said in an interview.",
		quote: "Rates will stay high", speaker: "Dev Anand", outRule: ruleCueAfter},
	{rule: "apposition-with-abbreviation", pos: false,
		text:  "Shares of Harbour Capital Inc. fell. \"Rates will stay high for a while,\" the bank's report warned readers.",
		quote: "Rates will stay high", speaker: "Harbour Capital Inc"},
	{rule: "adjectives-before-noun", pos: true,
		text:  "Dieter Kaltz is aware of the risk.\n\"Nobody makes money on small cars,\" the tall, soft-spoken engineer said.",
		quote: "Nobody makes money", speaker: "Dieter Kaltz", outRule: ruleCueAfter},
	{rule: "adjectives-before-noun", pos: false,
		text:  "Dieter Kaltz scored late.\n\"I will remember this goal,\" said the rookie winger, cousin of Marco Kaltz of the Lynx.",
		quote: "I will remember this goal", speaker: "Marco Kaltz"},
	{rule: "passive-speech-verb", pos: true,
		text:  "Foreign Affairs says on its website that Britons are still advised to \"take great care in the border regions.\"",
		quote: "take great care", speaker: "Foreign Affairs", outRule: ruleCueBefore},
	{rule: "passive-speech-verb", pos: false,
		text:  "Foreign Affairs says on its website that Britons are still advised to \"take great care in the border regions.\"",
		quote: "take great care", speaker: "Britons"},
	{rule: "cue-ends-sentence-apposition", pos: true,
		text:  "Retired driver Omar Bekele, who lost 12 pounds \"and most of my worries\" over the summer, says the walks changed his life.",
		quote: "and most of my worries", speaker: "Omar Bekele", outRule: "cue-ends-sentence"},
	{rule: "cue-ends-sentence-apposition", pos: false,
		text:  "Retired driver Omar Bekele, who lost 12 pounds \"and most of my worries\" over the summer, says the walks changed his life.",
		quote: "and most of my worries", speaker: "walks changed his life"},
	{rule: "participle-is-no-attribution", pos: true,
		text:  "\"This is not a raid,\" one senior defence official said, speaking on condition of anonymity. Minister Ola Berg had spoken earlier.",
		quote: "This is not a raid", speaker: "senior defence official"},
	{rule: "participle-is-no-attribution", pos: false,
		text:  "Minister Ola Berg spoke first. The talks went on. Officials met \"to plan the next steps in the region\" in June, speaking on condition of anonymity.",
		quote: "to plan the next steps", speaker: "Ola Berg"},
	{rule: "one-described-person", pos: true,
		text:  "As one veteran of the shipyard put it: \"No ship was ever finished on time.\"",
		quote: "No ship was ever finished", speaker: "veteran of the shipyard"},
	{rule: "one-described-person", pos: false,
		text:  "\"Please help our coach find a donor,\" says one of the players.",
		quote: "Please help our coach", speaker: "of the players"},
	{rule: "speech-noun-after-adjective", pos: true,
		text:  "\"Forget the rivals,\" Lars Ekdahl said. And then came the big reveal: \"I have invested in the firm myself.\"",
		quote: "I have invested", speaker: "Lars Ekdahl"},
	{rule: "speech-noun-after-adjective", pos: false,
		text:  "\"Forget the rivals,\" Lars Ekdahl said. And then came the big reveal: \"I have invested in the firm myself.\"",
		quote: "I have invested", speaker: "big"},
	{rule: "speech-noun-after-adjective", pos: false,
		text:  "The agency issued a stern warning that prices were \"likely to rise sharply next year.\"",
		quote: "likely to rise sharply", speaker: "stern"},
	{rule: "speech-verb-after-body-noun", pos: true,
		text:  "Premier Dana Holt was not available. In a statement, her office said: \"The premier is travelling this week.\"",
		quote: "The premier is travelling", speaker: "her office"},
	{rule: "speech-verb-after-body-noun", pos: false,
		text:  "Premier Dana Holt was not available. Her office gave a brief reply: \"The premier is travelling this week.\"",
		quote: "The premier is travelling", speaker: "brief"},
	// speaker phrases (speakerphrase.go)
	{rule: "owner-document", pos: true,
		text:  "After the vote, Senator Ruth Adeyemi posted a note online. \"The system must be fair to everyone,\" her statement said.",
		quote: "The system must be fair", speaker: "Ruth Adeyemi"},
	{rule: "owner-document", pos: false,
		text:  "The Harbour Trust wrote to Ruth Adeyemi on Monday. \"The system must be fair to everyone,\" the statement said.",
		quote: "The system must be fair", speaker: "Ruth Adeyemi"},
	{rule: "document-of-named-body", pos: true,
		text:  "Dara Okafor, 10, died on Thursday while his mother \"was dealing with a problem at home,\" according to a Bayview police news release.",
		quote: "was dealing with a problem", speaker: "Bayview police"},
	{rule: "document-of-named-body", pos: false,
		text:  "Dara Okafor, 10, died on Thursday while his mother \"was dealing with a problem at home,\" according to a news release.",
		quote: "was dealing with a problem", speaker: "news release"},
	{rule: "document-of-sentence-subject", pos: true,
		text:  "The Northern Nurses Association sent a letter to the minister on Monday. \"Patients are waiting too long,\" the letter said.",
		quote: "Patients are waiting", speaker: "Northern Nurses Association"},
	{rule: "document-of-sentence-subject", pos: false,
		text:  "The Northern Nurses Association sent a letter to the minister on Monday. \"Patients are waiting too long,\" the letter said.",
		quote: "Patients are waiting", speaker: "letter"},
	{rule: "relative", pos: true,
		text:  "Karl Lind, 19, died in the crash. \"He was a kind boy,\" his mother said.",
		quote: "He was a kind boy", speaker: "his mother"},
	{rule: "relative", pos: true,
		text:  "Karl Lind, 19, died in the crash. His mother, Eva Lind, was at home. \"He was a kind boy,\" his mother said.",
		quote: "He was a kind boy", speaker: "Eva Lind"},
	{rule: "relative", pos: false,
		text:  "Karl Lind, 19, died in the crash. \"He is gone, he is gone,\" the father repeated.",
		quote: "He is gone", speaker: "Karl Lind"},
	{rule: "lawyer-in-apposition", pos: true,
		text:  "Tom Reyes was arrested in May. \"My client is innocent,\" his lawyer, Jane Doe, said.",
		quote: "My client is innocent", speaker: "Jane Doe"},
	{rule: "lawyer-in-apposition", pos: false,
		text:  "Tom Reyes was arrested in May. \"My client is innocent,\" his lawyer said.",
		quote: "My client is innocent", speaker: "Tom Reyes"},
	{rule: "owned-person-in-apposition", pos: true,
		text:  "\"If Mira had not pushed him, he would have quit,\" says Lund's father, Henrik.",
		quote: "If Mira had not pushed", speaker: "Henrik"},
	{rule: "owned-person-in-apposition", pos: false,
		text:  "\"If Mira had not pushed him, he would have quit,\" says Lund's father, who coached him.",
		quote: "If Mira had not pushed", speaker: "who coached him"},
	{rule: "body-noun", pos: true,
		text:  "The Lakeside Police Review Commission published its report on Friday. \"Oversight is essential,\" the commission said.",
		quote: "Oversight is essential", speaker: "Lakeside Police Review Commission"},
	{rule: "body-noun", pos: false,
		text:  "The Daily Courier reported the review on Friday. \"Oversight is essential,\" the commission said.",
		quote: "Oversight is essential", speaker: "Daily Courier"},
	{rule: "role-holder", pos: true,
		text:  "Peter Bauer was detained at the border last year. The home secretary said: \"We will not launch an inquiry.\" Home Secretary Alan Finch is under pressure.",
		quote: "We will not launch an inquiry", speaker: "Alan Finch"},
	{rule: "role-holder", pos: true,
		text:  "Peter Bauer was detained at the border last year. The home secretary said: \"We will not launch an inquiry.\"",
		quote: "We will not launch an inquiry", speaker: "home secretary"},
	{rule: "role-holder", pos: false,
		text:  "Peter Bauer was detained at the border last year. The home secretary said: \"We will not launch an inquiry.\"",
		quote: "We will not launch an inquiry", speaker: "Peter Bauer"},
	{rule: "described-person", pos: true,
		text:  "Guido Marsh knows the risks.\n\"Nobody makes money on this,\" the affable proprietor said.",
		quote: "Nobody makes money", speaker: "Guido Marsh"},
	{rule: "described-person", pos: false,
		text:  "Guido Marsh knows the risks.\n\"Nobody makes money on this,\" the new rules say.",
		quote: "Nobody makes money", speaker: "Guido Marsh"},
	{rule: "joined-subject-they", pos: true,
		text:  "In a statement, the bakery's owners Tove Lund and Lina Abbas said they respected the vote.\n\"Our staff come first,\" they said.",
		quote: "Our staff come first", speaker: "Tove Lund and Lina Abbas"},
	{rule: "joined-subject-they", pos: false,
		text:  "Tove Lund met Lina Abbas at the bakery. The Harbour Union later issued a statement.\n\"Our staff come first,\" they said.",
		quote: "Our staff come first", speaker: "Tove Lund and Lina Abbas"},
	{rule: "tie-modifiers", pos: true,
		text:  "In a statement, Moscow-backed Donetsk Guard said: \"We hold the bridge.\"",
		quote: "We hold the bridge", speaker: "Donetsk Guard"},
	{rule: "tie-modifiers", pos: false,
		text:  "In a statement, Moscow-backed Donetsk Guard said: \"We hold the bridge.\"",
		quote: "We hold the bridge", speaker: "Moscow-backed Donetsk Guard"},
	{rule: "speech-noun-before-verb", pos: true,
		text:  "Home Secretary Alan Finch said the media reports were not \"well informed at all.\"",
		quote: "well informed", speaker: "Alan Finch"},
	{rule: "speech-noun-before-verb", pos: false,
		text:  "Home Secretary Alan Finch said the media reports were not \"well informed at all.\"",
		quote: "well informed", speaker: "media"},
	{rule: "surname-not-the-relative", pos: true,
		text:  "Chef Ilse Brandauer has written nine books. She visited the kitchen with her husband Otto Brandauer on Monday.\n\"I burned down my parents' kitchen at 12,\" Brandauer says.",
		quote: "I burned down", speaker: "Ilse Brandauer"},
	{rule: "surname-not-the-relative", pos: false,
		text:  "Chef Ilse Brandauer has written nine books. Her husband, the cyclist Otto Brandauer, won a race on Monday.\n\"I was in front from the start,\" Brandauer says of the race.",
		quote: "I was in front", speaker: "Ilse Brandauer"},
	{rule: "acronym-expanded", pos: true,
		text:  "The Northern Ports Authority said on Monday that traffic fell. \"Volumes are down sharply,\" the NPA said.",
		quote: "Volumes are down", speaker: "Northern Ports Authority"},
	{rule: "acronym-expanded", pos: false,
		text:  "The NPA said on Monday that traffic fell. \"Volumes are down sharply,\" the NPA said of the New Port Area.",
		quote: "Volumes are down", speaker: "New Port Area"},
	{rule: "body-that-said", pos: true,
		text:  "The Harbour Trust said on Friday that two boats had sunk near the reef.\n\"The search continues through the night,\" it said.",
		quote: "The search continues", speaker: "Harbour Trust"},
	{rule: "body-that-said", pos: false,
		text:  "WATCH: Bomb threats demanding payment investigated across the region\n\"Several addresses sent these threats,\" it said.",
		quote: "Several addresses", speaker: "Bomb threats"},
	{rule: "acronym-is-no-he", pos: true,
		text:  "HPA declined to answer questions about the policy. \"We respect the privacy of our clients,\" it said in a statement.",
		quote: "We respect the privacy", speaker: "HPA"},
	{rule: "acronym-is-no-he", pos: false,
		text:  "The HPA said it paid the claim. Mark Olsen leads the HPA. \"We paid in full,\" he said.",
		quote: "We paid in full", speaker: "HPA"},
	{rule: "title-of-work", pos: false,
		text:  "That is according to the college's latest \"List of Words Banished from Polite Conversation.\"",
		quote: "List of Words", speaker: ""},
	{rule: "title-of-work", pos: true,
		text:  "Raul Mason, 37, kicked in the door. \"I am the Reaper,\" Mason shouted.",
		quote: "I am the Reaper", speaker: "Raul Mason"},
	{rule: "inverted-speaker-before-punctuation", pos: true,
		text:  "Asked about the vote, said Councillor Mia Roth: \"We will appeal.\"",
		quote: "We will appeal", speaker: "Mia Roth"},
	{rule: "inverted-speaker-before-punctuation", pos: false,
		text:  "Lena Kraus, who studied there, said Covington Academy has \"a culture of fear and silence.\"",
		quote: "a culture of fear", speaker: "Covington Academy"},
	{rule: "appositions-in-a-row", pos: true,
		text:  "Joe Nagel, a graduate and a commissioner in Kenton County, where the school is, said the photo \"misrepresents the school entirely.\"",
		quote: "misrepresents the school", speaker: "Joe Nagel"},
	{rule: "appositions-in-a-row", pos: false,
		text:  "Joe Nagel, a graduate and a commissioner in Kenton County, where the school is, said the photo \"misrepresents the school entirely.\"",
		quote: "misrepresents the school", speaker: "Kenton County"},
	{rule: "phrase-ends-at-participle-day-or-verb", pos: true,
		text:  "On Saturday, the Harbour Trust of Lexford condemned the plan and promised action \"up to and including a lawsuit.\"",
		quote: "up to and including", speaker: "Harbour Trust of Lexford"},
	{rule: "phrase-ends-at-participle-day-or-verb", pos: false,
		text:  "The consular office also published a notice Tuesday. It urged citizens to \"fully assess the risks of travel.\"",
		quote: "fully assess the risks", speaker: "notice Tuesday"},
	{rule: "place-or-clause", pos: false,
		text:  "Protesters gathered in Liberty Square chanting \"no deal without a vote for us.\"",
		quote: "no deal without a vote", speaker: "Liberty Square"},
	{rule: "place-or-clause", pos: false,
		text:  "But he said the general message the Greens will bring to voters \"will be a hopeful one for all.\"",
		quote: "will be a hopeful one", speaker: "general message the Greens"},
	{rule: "place-or-clause", pos: true,
		text:  "In a statement, the Liberty Square Residents Association said: \"We want the market back.\"",
		quote: "We want the market back", speaker: "Liberty Square Residents Association"},
	{rule: "document-author", pos: true,
		text:  "The two leaders discussed \"the detention of citizens abroad and the rule of law,\" said a statement released by the Premier's Office.",
		quote: "the detention of citizens", speaker: "Premier's Office"},
	{rule: "document-author", pos: false,
		text:  "Statistics Norway published figures on Monday. The board \"believed in the value of local news,\" according to a memo obtained by The Courier.",
		quote: "believed in the value", speaker: "Courier"},
	{rule: "participle-after-said", pos: true,
		text:  "Prime Minister Hal Berger spoke on the radio. The main thing was action and not words, he said, adding that only \"six or seven million pounds\" had been spent.",
		quote: "six or seven million", speaker: "Hal Berger"},
	{rule: "participle-after-said", pos: false,
		text:  "Prime Minister Hal Berger spoke on the radio. The main thing was action and not words, adding that only \"six or seven million pounds\" had been spent.",
		quote: "six or seven million", speaker: "main thing"},
	{rule: "description-ends-on-person-noun", pos: true,
		text:  "Letters poured in. \"This is an outrage and a slap in the face,\" a citizen, whose name is withheld, wrote in May.",
		quote: "This is an outrage", speaker: "citizen"},
	{rule: "description-ends-on-person-noun", pos: false,
		text:  "Letters poured in. \"This is an outrage and a slap in the face,\" the main thing, in the end, said little.",
		quote: "This is an outrage", speaker: "main thing"},
	{rule: "name-of-body", pos: true,
		text:  "\"The worries are about further tariffs,\" Jun Okabe of Kelso Capital said in a note.",
		quote: "The worries are about", speaker: "Jun Okabe"},
	{rule: "name-of-body", pos: false,
		text:  "\"The worries are about further tariffs,\" the Bank of Lexford said in a note.",
		quote: "The worries are about", speaker: "Bank"},
	{rule: "body-of-name", pos: true,
		text:  "On Saturday, the Catholic Diocese of Lexford condemned the students and promised action \"up to and including expulsion.\"",
		quote: "up to and including", speaker: "Catholic Diocese of Lexford"},
	{rule: "body-of-name", pos: false,
		text:  "Governor Ana Lexford spoke on Friday. \"We will act,\" said the spokesman of Lexford.",
		quote: "We will act", speaker: "spokesman of Lexford"},
}

func TestQuoteRules(t *testing.T) {
	ex := newTestExtractor(t)
	pos, neg := map[string]bool{}, map[string]bool{}
	for _, r := range quoteRuleRows {
		if r.pos {
			pos[r.rule] = true
		} else {
			neg[r.rule] = true
		}
		res := ex.Extract(r.text)
		var found []Quote
		for _, q := range res.Quotes {
			if strings.Contains(q.Text, r.quote) {
				found = append(found, q)
			}
		}
		switch {
		case r.pos && len(found) == 0:
			t.Errorf("%s: no quote holding %q in %q; got %+v", r.rule, r.quote, r.text, res.Quotes)
		case r.pos && found[0].Speaker != r.speaker:
			t.Errorf("%s: quote %q: speaker %q, want %q", r.rule, found[0].Text, found[0].Speaker, r.speaker)
		case r.pos && r.outRule != "" && found[0].Rule != r.outRule:
			t.Errorf("%s: quote %q: rule %q, want %q", r.rule, found[0].Text, found[0].Rule, r.outRule)
		case !r.pos && r.speaker == "" && len(found) > 0:
			t.Errorf("%s: unwanted quote %q (speaker %q) in %q", r.rule, found[0].Text, found[0].Speaker, r.text)
		case !r.pos && len(found) > 0 && found[0].Speaker == r.speaker:
			t.Errorf("%s: quote %q got the speaker %q it must not", r.rule, found[0].Text, r.speaker)
		}
	}
	for rule := range pos {
		if !neg[rule] {
			t.Errorf("rule %s has no negative row", rule)
		}
	}
	for rule := range neg {
		if !pos[rule] {
			t.Errorf("rule %s has no positive row", rule)
		}
	}
}
