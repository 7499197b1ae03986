package extract

import "testing"

// TestOfficialRulesSM1 covers the state's own body after a role in an
// apposition (roles_statebodyphrase.go): "a spokesman for the Jordanian
// interior ministry", "a colonel in the Dutch army", "an adviser to the
// Kenyan presidency", "a spokesman for the police in Kenya".
func TestOfficialRulesSM1(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		// a state's adjective before a body phrase of lower-case words
		{rule: "sm1-adjective-body", text: "Peace talks opened in Oslo on Tuesday. Hana Dvorak, a spokeswoman for the Czech interior ministry, said the border would stay open.",
			name: "Hana Dvorak", title: "spokeswoman", country: "CZ", outRule: ruleApposition},
		{rule: "sm1-adjective-body", text: "Tomas Berg, a spokesman for the Swedish security services, denied the report.",
			name: "Tomas Berg", title: "spokesman", country: "SE", outRule: ruleApposition},
		{rule: "sm1-adjective-body", text: "Ana Petrova, an official at the Bulgarian health ministry, said the clinics were full.",
			name: "Ana Petrova", title: "official", country: "BG", outRule: ruleApposition},
		// a body that is no state's stays so after the adjective
		{rule: "sm1-adjective-body", text: "Ana Petrova, a spokeswoman for the Bulgarian teachers' union, said the schools were shut.",
			name: "Ana Petrova", country: "-"},
		// "to" with an envoy's head serves the state from outside
		{rule: "sm1-adjective-body", text: "Pierre Lenoir, the French envoy to the Malian government, said talks would go on.",
			name: "Pierre Lenoir", country: "FR"},
		// "in" before a state's own body: whose rank it is
		{rule: "sm1-in-body", text: "Jan de Vries, a colonel in the Dutch army, said the drills were over.",
			name: "Jan de Vries", title: "colonel", country: "NL", outRule: ruleApposition},
		{rule: "sm1-in-body", text: "Talks resumed in Geneva. Omar Haddad, a senior official in the army of Lebanon, said the road was closed.",
			name: "Omar Haddad", title: "senior official", country: "LB", outRule: ruleApposition},
		{rule: "sm1-in-body", text: "Kofi Boateng, a senior official in the Philippines' coast guard, said the search had ended.",
			name: "Kofi Boateng", title: "senior official", country: "PH", outRule: ruleApposition},
		// "in" a place alone is where the role is served, not whose
		{rule: "sm1-in-body", text: "Maria Keller, a researcher in Kenya, said the drought had worsened.",
			absent: "Maria Keller"},
		// a body noun with no owner before "in" and a state's name
		{rule: "sm1-body-in-state", text: "Talks resumed in Geneva on Monday. David Otieno, a spokesman for the police in Kenya, said two men were held.",
			name: "David Otieno", title: "spokesman", country: "KE", outRule: ruleApposition},
		{rule: "sm1-body-in-state", text: "Lina Farah, a spokeswoman for the health ministry in Jordan, said the clinic had reopened.",
			name: "Lina Farah", title: "spokeswoman", country: "JO", outRule: ruleApposition},
		// an owner before the body beats the state after "in"
		{rule: "sm1-body-in-state", text: "Lina Farah, a spokeswoman for the French embassy in Jordan, said the visas were ready.",
			name: "Lina Farah", country: "FR"},
		// a body that is no state's keeps no state before "in"
		{rule: "sm1-body-in-state", text: "Lina Farah, a spokeswoman for the UN mission in Jordan, said the convoy had arrived.",
			name: "Lina Farah", country: "-"},
		// a legislature's adjective makes its committee a state's organ
		{rule: "sm1-legislature-organ", text: "Ruth Amsel, a spokeswoman for the Austrian parliamentary budget committee, said the vote was delayed.",
			name: "Ruth Amsel", title: "spokeswoman", country: "AT", outRule: ruleApposition},
		{rule: "sm1-legislature-organ", text: "Ruth Amsel, a spokeswoman for the Austrian organising committee, said the games were delayed.",
			name: "Ruth Amsel", country: "-"},
		// "of" and a portfolio close a ministry's name, left out of the title
		{rule: "sm1-ministry-portfolio", text: "Piet Smit, a spokesman for the Dutch ministry of justice, said the case was closed.",
			name: "Piet Smit", title: "spokesman", country: "NL", outRule: ruleApposition},
		{rule: "sm1-ministry-portfolio", text: "Piet Smit, a spokesman for the Dutch ministry of the interior, said the case was closed.",
			name: "Piet Smit", country: "NL"},
		// "with" before a comma and a name: only with a body in it
		{rule: "sm1-with-body-before", text: "Talks resumed in Geneva. An official with the Greek coast guard, Nikos Pappas, said the boat had sunk.",
			name: "Nikos Pappas", title: "official", country: "GR", outRule: ruleTitleComma},
		{rule: "sm1-with-body-before", text: "The party's nominee is losing ground with young voters, Nikos Pappas said on Monday.",
			absent: "Nikos Pappas"},
		// "a" before a state's adjective reads as "the": the body decides
		{rule: "sm1-indefinite-body", text: "Anna Reyes, a spokeswoman for a Filipino shipping company, said the crew was safe.",
			name: "Anna Reyes", country: "-"},
		{rule: "sm1-indefinite-body", text: "Anna Reyes, a spokeswoman for a Filipino army unit, said the crew was safe.",
			name: "Anna Reyes", title: "spokeswoman", country: "PH"},
		// no body's noun after the adjective: read as before
		{rule: "sm1-indefinite-body", text: "Anna Reyes, a spokeswoman for a US government agency, said the crew was safe.",
			name: "Anna Reyes", country: "US"},
		// a capitalised body's name after a state's adjective: the state's,
		// and out of the title
		{rule: "sm1-capitalised-body", text: "Talks resumed in Geneva. Elif Kaya, a spokeswoman for the Turkish Foreign Ministry, said the ships had left.",
			name: "Elif Kaya", title: "spokeswoman", country: "TR", outRule: ruleApposition},
		{rule: "sm1-capitalised-body", text: "Talks resumed in Geneva. Elif Kaya, a colonel in the Turkish Armed Forces, said the ships had left.",
			name: "Elif Kaya", title: "colonel", country: "TR", outRule: ruleApposition},
		// a name that goes on past the body word is a body of its own
		{rule: "sm1-capitalised-body", text: "Elif Kaya, a spokeswoman for the Turkish Police Football Club, said the match was off.",
			name: "Elif Kaya", country: "-"},
		// a capitalised body's name, then "of" and a state's name
		{rule: "sm1-named-body-of-state", text: "Talks resumed in Geneva. Omar Said, a spokesman for the Interior Ministry of Lebanon, said the road was open.",
			name: "Omar Said", title: "spokesman", country: "LB", outRule: ruleApposition},
		// an envoy "to" such a body serves it from outside
		{rule: "sm1-named-body-of-state", text: "Omar Said, the French envoy to the Interior Ministry of Lebanon, said the road was open.",
			name: "Omar Said", country: "FR"},
	})
}
