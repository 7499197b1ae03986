package extract

import "testing"

// gz2OfficialRules: officers of non-state bodies named in the gz2 section of
// organizations.tsv (armed groups, unions, think tanks, UN offices) hold no
// state's office, so they get a null country with the body; a state adjective
// inside the body's name is no state of theirs.
var gz2OfficialRules = []officialRuleCase{
	{rule: "gazetteer-body", text: "Fighting spread near the border. A commander of the Ta'ang National Liberation Army, Tar Aik Bong, said the town had fallen.",
		name: "Tar Aik Bong", country: "-", org: "Ta'ang National Liberation Army"},
	{rule: "gazetteer-body", text: "Rail services stopped in Berlin. Lisa Brandt, a spokeswoman for the GDL, said the strike would last three days.",
		name: "Lisa Brandt", country: "-", org: "GDL"},
	{rule: "gazetteer-body", text: "Prices rose again in London. Paul Hurst, director general of the British Chambers of Commerce, said firms were struggling.",
		name: "Paul Hurst", country: "-", org: "British Chambers of Commerce"},
	// negative: a state's own officer beside such a body keeps the state
	{rule: "gazetteer-body", text: "Nigeria's information minister, Musa Bello, said the Nigeria Labour Congress strike was illegal.",
		name: "Musa Bello", country: "NG", org: "-"},
}

func TestGz2OfficialRules(t *testing.T) { checkOfficialRows(t, gz2OfficialRules) }
