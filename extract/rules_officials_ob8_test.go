package extract

import "testing"

// ob8OfficialRules hold the rows of the officials' state-or-body shapes
// fixed by ob8, kept apart from officialRules so that parallel work merges
// cleanly; each row is checked as TestOfficialRules checks its own.
var ob8OfficialRules = []officialRuleCase{
	// "The X, which draws troops from A, B and C, said ... Its spokesman":
	// the states listed inside the relative aside are no rival owners of "its"
	{rule: "its-subject-past-listing-aside", text: "The Multinational Joint Task Force, which draws troops from Chad, Niger and Nigeria, said two soldiers had died. Its spokesman, Colonel Ali Musa, said the force was stretched thin.",
		name: "Ali Musa", country: "-", org: "MNJTF"},
	{rule: "its-subject-past-listing-aside", text: "Chad, which borders Niger, Nigeria and Cameroon, said two soldiers had died near Lake Chad. Its spokesman, Colonel Ali Musa, said the army was stretched thin.",
		name: "Ali Musa", country: "TD", org: "-"},
	// "the agency's director" far from the agency's name: an earlier "the
	// agency" that refers back to it carries the reference on
	{rule: "owner-noun-chain", text: "Frontex will send 400 guards to the east, officials said at the agency's offices in Warsaw.\nPoland's interior minister, Jan Nowak, welcomed the news. He said crossings had doubled.\n\"We need the help,\" Nowak said.\nLithuanian Interior Minister Rita Kairys said two crossings would stay shut.\nLatvia's state secretary, Juris Ozols, said guards had seen 3,000 attempts.\nThe agency's deputy director, Anna Berg, said the teams would arrive in May.",
		name: "Anna Berg", country: "-", org: "Frontex"},
	{rule: "owner-noun-chain", text: "Frontex will send 400 guards to the east, officials in Warsaw said.\nPoland's interior minister, Jan Nowak, welcomed the news. He said crossings had doubled.\n\"We need the help,\" Nowak said.\nLithuanian Interior Minister Rita Kairys said two crossings would stay shut.\nLatvia's state secretary, Juris Ozols, said guards had seen 3,000 attempts.\nThe agency's deputy director, Anna Berg, said the teams would arrive in May.",
		name: "Anna Berg", country: "PL", org: "-"},
	// "Its" after a sentence whose subject is a person stands for the body
	// that sentence names by its type ("the party's work"), not the person
	{rule: "its-typed-body-after-person", text: "MONTEVIDEO - Uruguay's opposition chose a new leader on Sunday. Ana Ruiz said she would run the party's work on crime, the issue on which the government is weakest. Its secretary general, Pablo Gil, said turnout had been high.",
		name: "Pablo Gil", country: "-"},
	{rule: "its-typed-body-after-person", text: "MONTEVIDEO - Uruguay's government named a new cabinet on Sunday. Ana Ruiz said she would run the ministry's work on crime. Its secretary general, Pablo Gil, said turnout had been high.",
		name: "Pablo Gil", country: "UY"},
	// "who heads the Garoua office of UNHCR": a body's local part is the
	// body's, whatever place names the part
	{rule: "verb-object-body-part", text: "YAOUNDE - Gunmen killed 12 people in northern Cameroon. Marie Ngono, who heads the Garoua office of the UN refugee agency UNHCR, said families were fleeing.",
		name: "Marie Ngono", country: "-", org: "UNHCR"},
	{rule: "verb-object-body-part", text: "YAOUNDE - Gunmen killed 12 people in northern Cameroon. Marie Ngono, who heads the Douala office of the World Food Programme, said families were fleeing.",
		name: "Marie Ngono", country: "-", org: "WFP"},
	{rule: "verb-object-body-part", text: "YAOUNDE - Gunmen killed 12 people in northern Cameroon. Marie Ngono, who heads the Garoua office of the health ministry, said families were fleeing.",
		name: "Marie Ngono", country: "CM", org: "-"},
}

func TestOb8OfficialRules(t *testing.T) {
	checkOfficialRows(t, ob8OfficialRules)
}
