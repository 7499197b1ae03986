package extract

import "testing"

// TestOfficialRulesSM5 covers a role served in a body of the gazetteer
// whose name opens with a state's word ("a commander in the US Navy":
// placeAfterIn leaves the place to the body) and "with" before a
// capitalised state's body read back from a name ("An official with the
// Kenyan Air Force, NAME,": bodyWithin).
func TestOfficialRulesSM5(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		// "in" a listed body whose name a state's word opens: the body's role
		{rule: "sm5-in-listed-body", text: "Storms hit the coast on Friday. Rosa Mendez, a commander in the US Navy, said two crews were safe.",
			name: "Rosa Mendez", title: "commander", country: "US", org: "U.S. Navy", outRule: ruleApposition},
		{rule: "sm5-in-listed-body", text: "Owen Hughes, an officer in the British Army, said the drill had ended.",
			name: "Owen Hughes", title: "officer", country: "GB", org: "British Army", outRule: ruleApposition},
		{rule: "sm5-in-listed-body", text: "Dana Wirth, a senior official in the U.S. Air Force, said the base would stay shut.",
			name: "Dana Wirth", title: "senior official", country: "US", org: "U.S. Air Force", outRule: ruleApposition},
		// a listed body that is no state's keeps no state after "in"
		{rule: "sm5-in-listed-body", text: "Owen Hughes, an official in the British Red Cross, said the shelters were full.",
			name: "Owen Hughes", country: "-", org: "British Red Cross"},
		// a place alone after "in" still says only where the role is served
		{rule: "sm5-in-listed-body", text: "Rosa Mendez, a researcher in the US, said the harvest was late.",
			absent: "Rosa Mendez"},
		// past service in a relative clause makes no current official
		{rule: "sm5-in-listed-body", text: "Rosa Mendez, a Navy veteran who served in the US Navy in the 1990s, said the harbour was calm.",
			absent: "Rosa Mendez"},
		// "with" a capitalised state's body before the name
		{rule: "sm5-with-named-body", text: "An official with the Kenyan Air Force, Peter Kamau, said the jet had landed safely.",
			name: "Peter Kamau", title: "official", country: "KE", outRule: ruleTitleComma},
		{rule: "sm5-with-named-body", text: "A spokesman with the Jordanian Coast Guard, Sami Khalil, said the crossing was open.",
			name: "Sami Khalil", title: "spokesman", country: "JO", outRule: ruleTitleComma},
		// no role noun before "with": no official
		{rule: "sm5-with-named-body", text: "A veteran with the Kenyan Air Force, Peter Kamau, said the jet had landed safely.",
			absent: "Peter Kamau"},
		// "with" and no body at all: "with" is no owner
		{rule: "sm5-with-named-body", text: "The favourite with young voters, Peter Kamau, said the race was open.",
			absent: "Peter Kamau"},
	})
}
