package extract

import "testing"

// au1OfficialRules: officials of unseen business, US-politics and tech
// copy (audit of 181 articles from many outlets), one wording class each,
// with rows that must stay as they were.
var au1OfficialRules = []officialRuleCase{
	// a company's own role joined to a role companies and states share is
	// the company's: no state from the story (jointPrivateTitle)
	{rule: "joint-private-title", text: "Sales fell across the United States last quarter. \"Demand was soft,\" COO and president Nora Quill said on a call.",
		name: "Nora Quill", title: "COO and president", country: "-"},
	{rule: "joint-private-title", text: "Sales fell across the United States last quarter. \"Demand was soft,\" chairman, CEO and president Nora Quill said on a call.",
		name: "Nora Quill", country: "-"},
	{rule: "joint-private-title", text: "Talks opened in the United States on Monday. \"We are ready,\" said Nora Quill, the president.",
		name: "Nora Quill", title: "president", country: "US"},
	{rule: "joint-private-title", text: "Talks opened in the United States on Monday. \"We are ready,\" President and Prime Minister Nora Quill said.",
		name: "Nora Quill", country: "US"},
	// a plural abbreviated rank before a list names each one of it
	{rule: "plural-abbreviated-rank", text: "The state has been hard for both rivals, Sens. Ann Holt and Tom Reyes, despite months of events.",
		name: "Ann Holt", title: "Sen", country: "US"},
	{rule: "plural-abbreviated-rank", text: "The state has been hard for both rivals, Sens. Ann Holt and Tom Reyes, despite months of events.",
		name: "Tom Reyes", title: "Sen", country: "US"},
	{rule: "plural-abbreviated-rank", text: "The bill was backed by Reps. Ann Holt, Tom Reyes and Lea Moss on Monday.",
		name: "Lea Moss", title: "Rep", country: "US"},
	{rule: "plural-abbreviated-rank", text: "The bill was backed by Sens. Ann Holt on Monday.",
		absent: "Ann Holt"},
	// a capitalised run after a title word that ends on a role noun with no
	// given name, or on a world region, goes on the title: no person
	{rule: "title-goes-on", text: "The ad firm hired a marketing veteran as its first Chief Strategy Officer.",
		absent: "Strategy Officer"},
	{rule: "title-goes-on", text: "\"The deal helps hospitals,\" Ann Holt, President Acme North America, says.",
		absent: "Acme North America"},
	{rule: "title-goes-on", text: "Bank governor Mervyn King said rates in Britain would hold.",
		name: "Mervyn King", title: "governor"},
	{rule: "title-goes-on", text: "Governor Mary Lou Leader said the roads in Ohio would reopen.",
		name: "Mary Lou Leader", title: "Governor"},
	{rule: "title-goes-on", text: "Senator Tom Bishop said the vote in Ohio would be close.",
		name: "Tom Bishop", title: "Senator", country: "US"},
	// a whole-phrase office that opens with its state, in an apposition:
	// the state is the role's, the rest of the phrase its title
	{rule: "state-office-apposition", text: "Two guards were charged on Tuesday. \"They failed,\" Ann Holt, the U.S. attorney for the Southern District of Ohio, said in a release.",
		name: "Ann Holt", title: "attorney for the Southern District of Ohio", country: "US"},
	{rule: "state-office-apposition", text: "Two guards were charged on Tuesday. Ann Holt, the U.S. attorney, said the case was closed.",
		name: "Ann Holt", title: "attorney", country: "US"},
	{rule: "state-office-apposition", text: "Two guards were charged on Tuesday. Ann Holt, a U.S. citizen, said the case was closed.",
		absent: "Ann Holt"},
	{rule: "state-office-apposition", text: "Two guards were charged on Tuesday. Ann Holt, U.S. ambassador to France, said the case was closed.",
		name: "Ann Holt", title: "ambassador", country: "US"},
	// "founding", "original", "longtime" before a weak role noun leave it
	// needing a body or a state, as it does alone
	{rule: "weak-bare-modifier", text: "The band formed in California in 1970. Founding members Tom Reyes, Ann Holt and Lea Moss will reunite for a tour.",
		absent: "Ann Holt"},
	{rule: "weak-bare-modifier", text: "The band formed in California in 1970. Longtime member Tom Reyes will rejoin it for a tour.",
		absent: "Tom Reyes"},
	{rule: "weak-bare-modifier", text: "Hamas founding member Tom Reyes said the talks in Cairo were over.",
		name: "Tom Reyes", title: "founding member", org: "Hamas"},
	{rule: "weak-bare-modifier", text: "The party was set up in Kenya in 1990. Senior member Tom Reyes said the vote was close.",
		name: "Tom Reyes"},
	// the "of" inside a capitalised body's name that opens an apposition
	// before its role noun is the title's, as before a name
	{rule: "of-in-capitalised-apposition", text: "The ad did not appeal to Ann Holt, Ohio Department of Health spokeswoman, who said it mocked addicts.",
		name: "Ann Holt", title: "Ohio Department of Health spokeswoman", country: "US"},
	{rule: "of-in-capitalised-apposition", text: "Ann Holt, an Ohio Department of Health spokeswoman, said the ad was poor.",
		name: "Ann Holt", country: "US"},
	{rule: "of-in-capitalised-apposition", text: "Ann Holt, University of Ohio student, said the ad was poor.",
		absent: "Ann Holt"},
	{rule: "of-in-capitalised-apposition", text: "Ann Holt, Bank of America chief economist, said rates would fall.",
		name: "Ann Holt", title: "chief economist", org: "Bank of America", country: "-"},
}

func TestAu1OfficialRules(t *testing.T) {
	checkOfficialRows(t, au1OfficialRules)
}
