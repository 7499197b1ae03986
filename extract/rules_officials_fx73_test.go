package extract

import "testing"

// fx73OfficialRules: "Its" whose nearest body is a state's body of the
// gazetteer (not opening the sentence as its subject) gives the title that
// state, and no organization (gazetteerAgencyState).
var fx73OfficialRules = []officialRuleCase{
	{rule: "its-gazetteer-agency", text: "Four men were charged in Moscow on Friday, and the Investigative Committee took over the case. Its spokesman, Oleg Fedorov, said the men had been paid.",
		name: "Oleg Fedorov", country: "RU", org: "-"},
	// negative: a committee the gazetteer does not hold as a state's
	{rule: "its-gazetteer-agency", text: "Four players were charged in Moscow on Friday, and the Ethics Committee took over the case. Its spokesman, Oleg Fedorov, said the men had been paid.",
		name: "Oleg Fedorov", country: "-"},
}

func TestOfficialRulesFx73(t *testing.T) {
	checkOfficialRows(t, fx73OfficialRules)
}
