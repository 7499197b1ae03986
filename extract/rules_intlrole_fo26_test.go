package extract

import "testing"

// TestIntlRoleFo26Rules: a role held in an international body or mission
// is stateless, whatever nationality the text writes beside the holder
// (GUIDELINES, Officials: the state the ROLE belongs to); a state's own
// officer described by a state's service keeps the state.
func TestIntlRoleFo26Rules(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		// a relative clause says the person commands the body: the
		// adjective is the officer's origin
		{rule: "commands-body-clause", text: "NATO runs an advisory mission in Baghdad. Its strength reached about 1,000 in 2023. Lieutenant General Erik Holm Madsen, the Danish officer who commands it, said the mission would shrink.",
			name: "Erik Holm Madsen", country: "-", org: "NATO"},
		{rule: "commands-body-clause", text: "Rear Admiral Paolo Venturini, who has led Operation Irini from Rome since January, said a Greek frigate would join in July.",
			name: "Paolo Venturini", country: "-"},
		{rule: "commands-body-clause", text: "Kenya has sent 750 police officers to Haiti under the UN-backed mission. Godwin Otieno Kamau, the Kenyan police commander who leads the mission, said his officers held the roads.",
			name: "Godwin Otieno Kamau", country: "KE"},
		{rule: "commands-body-clause", text: "Denmark sent a battalion to Latvia. Lieutenant Colonel Erik Holm Madsen, the Danish officer who commands the French contingent, said the drills went well.",
			name: "Erik Holm Madsen", org: "-"},
		// a definite mission's or body's title before a comma, then a
		// state's adjective on the rank or trade
		{rule: "intl-title-before-origin", text: "KFOR now numbers 4,700 troops from 28 countries. The mission's commander, Italian Major General Paolo Ventrella, told reporters in Pristina that he had asked allies for more troops.",
			name: "Paolo Ventrella", country: "-"},
		{rule: "intl-title-before-origin", text: "Chad hosts the Multinational Joint Task Force. The task force, headquartered in N'Djamena, is meant to field 10,000 troops. Its commander, Nigerian Major General Ibrahim Musa Danladi, said the islands would be held.",
			name: "Ibrahim Musa Danladi", country: "-"},
		{rule: "intl-title-before-origin", text: "The entity assembly passed the law in April. The High Representative, Austrian diplomat Heinrich Lehner, suspended it on Tuesday.",
			name: "Heinrich Lehner", country: "-"},
		{rule: "intl-title-before-origin", text: "The talks resumed in Vienna. The new ambassador, French diplomat Claire Duvalier, said the embassy would reopen.",
			name: "Claire Duvalier", country: "FR"},
		{rule: "intl-title-before-origin", text: "Sweden will send a battalion to the Canadian-led NATO brigade in Latvia next year, Latvian Defence Minister Karlis Ozolins said on Monday.",
			name: "Karlis Ozolins", country: "LV"},
		// a mission's title with "of STATE" after the name
		{rule: "mission-title-origin", text: "The Multinational Joint Task Force lost 20 soldiers on Lake Chad. The force commander, Major General Abdul Karim Bello of Nigeria, said the coalition was holding its ground.",
			name: "Abdul Karim Bello", country: "-"},
		{rule: "mission-title-origin", text: "The Multinational Joint Task Force lost 20 soldiers on Lake Chad. The army chief, Major General Abdul Karim Bello of Nigeria, said the coalition was holding its ground.",
			name: "Abdul Karim Bello", country: "NG"},
		{rule: "mission-title-origin", text: "ECOWAS leaders agreed on a standby brigade. Nigeria will provide 600 soldiers and Sierra Leone 150 police officers, according to a statement signed by the bloc's director of peacekeeping, Brigadier General Haruna Bangura Koroma.",
			name: "Haruna Bangura Koroma", country: "-", org: "ECOWAS"},
		{rule: "mission-title-origin", text: "Congo's U.N. ambassador, Patrick Ilunga Kasongo, told the council that the camp had been shelled.",
			name: "Patrick Ilunga Kasongo", country: "CD"},
		// "the STATE-led coalition": the coalition's, not the leading state's
		{rule: "state-led-body", text: "Drones struck the base overnight. Major General Dale Whitford, the deputy commander of the U.S.-led coalition against Islamic State, said one contractor was killed.",
			name: "Dale Whitford", country: "-"},
		{rule: "state-led-body", text: "Drones struck the base overnight. Major General Dale Whitford, the deputy commander of the U.S. Army's 1st Division, said one contractor was killed.",
			name: "Dale Whitford", country: "US"},
		// a passive "headed by" whose subject is the mission's part
		{rule: "headed-by-mission", text: "The UN Support Mission in Libya (UNSMIL) has 60 observers. The mission's military component is headed by a Nepali officer, Brigadier General Prakash Thapaliya, who said 30 more observers would arrive.",
			name: "Prakash Thapaliya", country: "-", org: "UNSMIL"},
		{rule: "headed-by-mission", text: "The UN Support Mission in Libya (UNSMIL) has 60 observers. The Nepali contingent is headed by a Nepali officer, Brigadier General Prakash Thapaliya, who said 30 more observers would arrive.",
			name: "Prakash Thapaliya", country: "NP"},
		// the coalition's and the EU's operations by name (organizations.tsv)
		{rule: "intl-operation-name", text: "The forces will move to Harir air base, said Colonel Dale Whitmore, a spokesman for Combined Joint Task Force - Operation Inherent Resolve.",
			name: "Dale Whitmore", country: "-", org: "CJTF-OIR"},
		{rule: "intl-operation-name", text: "The forces will move to Harir air base, said Colonel Dale Whitmore, a spokesman for the U.S. Army's 1st Division.",
			name: "Dale Whitmore", country: "US"},
	})
}
