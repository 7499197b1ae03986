package extract

import "testing"

// sk1QuoteRuleRows hold the speaker-resolution classes fixed by sk1: a
// weekday or month dating a speaker phrase, a described body issuing a
// document, a second-rank title behind a plain role's pronoun, and a
// description that opens a clause after a name, no apposition to it;
// a name after a short opener of place or time is its clause's subject;
// "the lawmaker" is the legislator named just before, "the Plaid Cymru
// member" the holder of a role in that body.
// The shared-surname and pronoun-gender rows pin behaviour already right.
var sk1QuoteRuleRows = []quoteRuleRow{
	// a bare weekday after a noun is when, not who: "a notice Tuesday saying"
	{rule: "bare-weekday-adverbial", pos: true,
		text:  "BEIJING (AP) - China warned its citizens.\nThe foreign ministry issued a notice Tuesday saying that Canada had \"arbitrarily detained\" a Chinese national.",
		quote: "arbitrarily detained", speaker: "foreign ministry"},
	{rule: "bare-weekday-adverbial", pos: true,
		text:  "BEIJING (AP) - China warned its citizens.\nThe foreign ministry's consular office also published a notice Tuesday saying that Canada had \"arbitrarily detained\" a Chinese national.",
		quote: "arbitrarily detained", speaker: "foreign ministry's consular office"},
	{rule: "bare-weekday-adverbial", pos: false,
		text:  "BEIJING (AP) - China warned its citizens.\nThe foreign ministry issued a notice Tuesday saying that Canada had \"arbitrarily detained\" a Chinese national.",
		quote: "arbitrarily detained", speaker: "notice Tuesday"},
	{rule: "bare-weekday-adverbial", pos: false,
		text:  "LONDON (Reuters) - The squad was named.\n\"We have the ability to win the tournament,\" said coach Mike Friday.",
		quote: "We have the ability", speaker: "coach"},
	// a month or weekday before the words read back dates them
	{rule: "dated-phrase", pos: true,
		text:  "OTTAWA (CP) - The budget office weighed in.\nAn August PBO report found that \"significant downward revisions\" in spending threaten growth.",
		quote: "significant downward revisions", speaker: "PBO"},
	{rule: "dated-phrase", pos: true,
		text:  "KYIV (Reuters) - A strike hit the city.\nRussia's defence ministry said on Wednesday its forces had hit \"temporary deployment points\" of Ukrainian units.",
		quote: "temporary deployment points", speaker: "Russia's defence ministry"},
	{rule: "dated-phrase", pos: true,
		text:  "LONDON (BBC) - Bids were weighed.\nThe Sunday Telegraph said the plan was evidence of caution. The newspaper also claimed the bidder was \"increasingly frustrated\" with the talks.",
		quote: "increasingly frustrated", speaker: "Sunday Telegraph"},
	{rule: "dated-phrase", pos: false,
		text:  "OTTAWA (CP) - The budget office weighed in.\nAn August PBO report found that \"significant downward revisions\" in spending threaten growth.",
		quote: "significant downward revisions", speaker: "August PBO"},
	{rule: "dated-phrase", pos: false,
		text:  "KYIV (Reuters) - A strike hit the city.\nRussia's defence ministry said on Wednesday its forces had hit \"temporary deployment points\" of Ukrainian units.",
		quote: "temporary deployment points", speaker: "Wednesday its forces"},
	// "the first minister said ... she added" is the First Minister, not
	// the deputy First Minister who spoke last
	{rule: "second-rank-described-subject", pos: true,
		text:  "BELFAST (BBC) - Leaders appealed for calm.\nIn a joint appearance, the First Minister, Orla Devlin, and the deputy First Minister, Karen Whiteside, spoke to reporters.\n\"There is no cause served by violence,\" Ms Devlin said. \"Bring them home,\" Mrs Whiteside said.\nThe first minister said the Executive would meet on Friday. \"We are not going to police our way out of this,\" she added.",
		quote: "police our way out", speaker: "Orla Devlin"},
	{rule: "second-rank-described-subject", pos: false,
		text:  "BELFAST (BBC) - Leaders appealed for calm.\nIn a joint appearance, the First Minister, Orla Devlin, and the deputy First Minister, Karen Whiteside, spoke to reporters.\n\"There is no cause served by violence,\" Ms Devlin said. \"Bring them home,\" Mrs Whiteside said.\nThe first minister said the Executive would meet on Friday. \"We are not going to police our way out of this,\" she added.",
		quote: "police our way out", speaker: "Karen Whiteside"},
	// "Asked about President NAME, the prime minister said": the
	// description is the subject of "said", no apposition to NAME
	{rule: "described-subject-after-name", pos: true,
		text:  "WARSAW (Reuters) - Prime Minister Donald Zawadzki replaced two ministers on Tuesday.\n\"We need fresh faces,\" Zawadzki told a news conference. Asked whether the minister had been punished for his clashes with President Andrzej Rudnicki, the prime minister said only: \"Radek remains my friend.\"",
		quote: "Radek remains my friend", speaker: "Donald Zawadzki"},
	{rule: "described-subject-after-name", pos: false,
		text:  "WARSAW (Reuters) - Prime Minister Donald Zawadzki replaced two ministers on Tuesday.\n\"We need fresh faces,\" Zawadzki told a news conference. Asked about President Andrzej Rudnicki, the prime minister said: \"Radek remains my friend.\"",
		quote: "Radek remains my friend", speaker: "Andrzej Rudnicki"},
	// "In Amman, NAME, speaking with NAME2, repeated ...": a short
	// opener of place or time leaves NAME the subject a later "he" means,
	// not the person named in passing after "with"
	{rule: "opener-phrase-subject", pos: true,
		text:  "AMMAN (Reuters) - Talks on Gaza resumed.\nIn Amman, Egyptian Foreign Minister Sameh Nour el-Din, speaking at a joint news conference with Jordanian Foreign Minister Ayman Haddadin, repeated Cairo's opposition to any movement of Gazans into Sinai.\n\"The conference will go ahead in Cairo in the spring,\" he said.",
		quote: "The conference will go ahead", speaker: "Sameh Nour el-Din"},
	{rule: "opener-phrase-subject", pos: false,
		text:  "AMMAN (Reuters) - Talks on Gaza resumed.\nOn Tuesday, Egyptian Foreign Minister Sameh Nour el-Din, speaking at a joint news conference with Jordanian Foreign Minister Ayman Haddadin, repeated Cairo's opposition to any movement of Gazans into Sinai.\n\"The conference will go ahead in Cairo in the spring,\" he said.",
		quote: "The conference will go ahead", speaker: "Ayman Haddadin"},
	{rule: "opener-phrase-subject", pos: false,
		text:  "AMMAN (Reuters) - Talks on Gaza resumed.\nAfter meeting Sameh Nour el-Din, Jordanian Foreign Minister Ayman Haddadin repeated his opposition to any movement of Gazans.\n\"The border stays closed,\" he said.",
		quote: "The border stays closed", speaker: "Sameh Nour el-Din"},
	// "the lawmaker" is the legislator named just before, whatever noun
	// introduced them ("a member of the Kyrgyz parliament")
	{rule: "legislator-anaphor", pos: true,
		text:  "BISHKEK (Reuters) - Clashes resumed on the border.\nAizada Toktogulova, a member of the Kyrgyz parliament who represents Batken, said villagers had spent two nights in cellars. \"People here are tired of being told the border is settled,\" the lawmaker said.",
		quote: "People here are tired", speaker: "Aizada Toktogulova"},
	{rule: "legislator-anaphor", pos: true,
		text:  "BISHKEK (Reuters) - Clashes resumed on the border.\nAizada Toktogulova, a Kyrgyz lawmaker, said villagers had spent two nights in cellars. \"People here are tired of being told the border is settled,\" the legislator said.",
		quote: "People here are tired", speaker: "Aizada Toktogulova"},
	{rule: "legislator-anaphor", pos: false,
		text:  "BISHKEK (Reuters) - Clashes resumed on the border.\nAizada Toktogulova, a member of the village council, said villagers had spent two nights in cellars. \"People here are tired of being told the border is settled,\" the lawmaker said.",
		quote: "People here are tired", speaker: "Aizada Toktogulova"},
	// an abbreviation's period ("Ste.", "St.") inside a speaker phrase
	// does not end it: the speaker is the person it opens with
	{rule: "abbreviation-in-phrase", pos: true,
		text:  "WINNIPEG (CP) - Four people were killed.\nReeve Denis Laroche of the Rural Municipality of Ste. Anne, who said he had known the family for 30 years, described the victims as \"the kind of people who show up with a tractor.\"",
		quote: "the kind of people", speaker: "Denis Laroche"},
	{rule: "abbreviation-in-phrase", pos: false,
		text:  "WINNIPEG (CP) - Four people were killed.\nReeve Denis Laroche of the Rural Municipality of Ste. Anne, who said he had known the family for 30 years, described the victims as \"the kind of people who show up with a tractor.\"",
		quote: "the kind of people", speaker: "Anne"},
	// "the Plaid Cymru member" is the person named just before who holds
	// a role in that body
	{rule: "body-member-anaphor", pos: true,
		text:  "CARDIFF (BBC) - The row continued in the Senedd on Tuesday, where Plaid Cymru's climate spokesperson, Delyth Madoc, accused ministers of cutting the flood budget.\n\"The river did not read the spending review,\" Ms Madoc said.\nThe minister said the review had been fair.\n\"Then the review will tell us who was right,\" the Plaid Cymru member said.",
		quote: "Then the review will tell us", speaker: "Delyth Madoc"},
	{rule: "body-member-anaphor", pos: false,
		text:  "CARDIFF (BBC) - The row continued in the Senedd on Tuesday, where Labour's climate spokesperson, Delyth Madoc, accused ministers of cutting the flood budget.\n\"The river did not read the spending review,\" Ms Madoc said.\nThe minister said the review had been fair.\n\"Then the review will tell us who was right,\" the Plaid Cymru member said.",
		quote: "Then the review will tell us", speaker: "Delyth Madoc"},
	// a surname two people share is the one named last before it
	{rule: "shared-surname-nearest", pos: true,
		text:  "EDMONTON (CP) - Caleb Jones scored for the Oilers in the second period.\nThe Sharks answered twice, and goaltender Martin Jones stopped 30 shots.\n\"We kept our structure all night,\" Jones said.",
		quote: "We kept our structure", speaker: "Martin Jones"},
	{rule: "shared-surname-nearest", pos: false,
		text:  "EDMONTON (CP) - Martin Jones stopped 30 shots for the Sharks.\nCaleb Jones scored for the Oilers in the second period.\n\"I will remember this one for a long time,\" Jones said.",
		quote: "I will remember this one", speaker: "Martin Jones"},
	// a pronoun agrees in gender with the person it stands for
	{rule: "pronoun-gender-agrees", pos: true,
		text:  "LONDON (Reuters) - Sarah Okafor, a nurse, said she had worked three double shifts in a week.\nHer manager, Tom Briggs, defended the rota. \"Every ward is short of staff,\" he said.\nOkafor describes herself as exhausted. \"I cannot keep doing this,\" she said.",
		quote: "I cannot keep doing this", speaker: "Sarah Okafor"},
	{rule: "pronoun-gender-agrees", pos: false,
		text:  "LONDON (Reuters) - Sarah Okafor, a nurse, said she had worked three double shifts in a week.\nHer manager, Tom Briggs, defended the rota. Okafor describes herself as exhausted. \"Every ward is short of staff,\" he said.",
		quote: "Every ward is short", speaker: "Sarah Okafor"},
}

func TestSk1QuoteRules(t *testing.T) {
	checkQuoteRows(t, newTestExtractor(t), sk1QuoteRuleRows)
}
