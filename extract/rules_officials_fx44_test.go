package extract

import "testing"

// fx44 (the blind r34c round, South Asia): bare local forms ("Foreign
// Office", "Congress") read by the scene or the state a text is about,
// a town's "Metropolitan Police" the gazetteer lacks, party offices of
// acronyms and of names that win seats, "Its head, Major General NAME, a
// Uruguayan officer",
// a place that ends a body's name, "Mission" ending a body's name, and a
// title before a one-name person told as such.
func TestOfficialsFx44(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		// localFormBody: the scene's state, or with no dateline the state
		// most named when the gazetteer body's own is named nowhere
		{rule: "local-form-state", text: "Troops traded fire along the frontier overnight.\n\nIn Islamabad, Foreign Office spokeswoman Amina Qureshi accused India of escalation.",
			name: "Amina Qureshi", country: "PK"},
		{rule: "local-form-state", text: "The Lok Sabha was adjourned twice on Monday after opposition protests over the border clash in Ladakh.\n\nCongress general secretary Ravi Menon said the party would raise the issue again.",
			name: "Ravi Menon", country: "-", org: "Congress Party"},
		{rule: "local-form-state", text: "LONDON - Parliament debated the sanctions on Tuesday.\n\nForeign Office minister Anne Lowe said the measures would stay.",
			name: "Anne Lowe", country: "GB"},
		{rule: "local-form-state", text: "The Senate debated the bill in Washington on Tuesday.\n\nCongress spokesman Tom Hale said the vote would come next week.",
			name: "Tom Hale", country: "US"},
		// unknownTownBody: an unknown town's Metropolitan Police
		{rule: "unknown-town-body", text: "A fire at a garment factory in Bangladesh killed 26 workers on Tuesday, officials in Dhaka said.\n\nNarsingdi Metropolitan Police Commissioner Abdul Karim said the owner had been arrested.",
			name: "Abdul Karim", country: "BD"},
		{rule: "unknown-town-body", text: "A man was stabbed in Camden on Friday.\n\nNew Metropolitan Police Commissioner Mark Rowley said the suspect had been arrested.",
			name: "Mark Rowley", country: "GB", org: "Metropolitan Police"},
		// generalSecretary and possessedAcronymParty: an acronym's general secretary
		{rule: "acronym-general-secretary", text: "COLOMBO - The National Democratic Front (NDF) won 40 seats in the provincial polls.\n\nKumar Perera, the NDF's general secretary, said the result was a mandate.",
			name: "Kumar Perera", country: "-", org: "NDF"},
		{rule: "acronym-general-secretary", text: "PARIS - The ministry announced the cuts on Monday.\n\nJean Dupont, the ministry's secretary general, said the plan was fair.",
			name: "Jean Dupont", country: "FR"},
		// seatWinnerAfter: "Its leader" after a name that wins seats
		{rule: "its-seat-winner", text: "COLOMBO - The Sinhala Jathika Sangamaya (SJS) won 10 of the 28 seats in the Eastern Province council. Its leader, Ruwan Dias, said the vote was a message to Colombo.",
			name: "Ruwan Dias", country: "-", org: "Sinhala Jathika Sangamaya"},
		{rule: "its-seat-winner", text: "COLOMBO - Sinhala Jathika Sangamaya opened a new office in Kandy. Its leader, Ruwan Dias, said the move was overdue.",
			name: "Ruwan Dias", country: "LK"},
		// placeOpensBody: a party whose name a state's name opens
		{rule: "its-place-party", text: "DHAKA - The Bangladesh Nationalist Party (BNP) won 200 seats. Its secretary general, Mirza Alam, said the vote was fair.",
			name: "Mirza Alam", country: "-", org: "BNP"},
		{rule: "its-place-party", text: "PARIS - Renault shares lost 2 percent on Monday. Its secretary general, Jean Dupont, said the plan was fair.",
			name: "Jean Dupont", country: "FR"},
		// itsOwnedRole: "Its commander, Lieutenant General NAME, a Ugandan
		// officer," takes no state from the description; a seat keeps its own
		{rule: "its-owned-role", text: "The African Union force said it had repelled the attack on the base. Its commander, Lieutenant General Sam Okiding, a Ugandan officer, said the base was secure.",
			name: "Sam Okiding", country: "-", org: "African Union"},
		{rule: "its-owned-role", text: "BUENOS AIRES - The opposition Radical bloc in the Argentine Senate will vote against the bill. Its leader, Sen. Laura Paz, called it a robbery.",
			name: "Laura Paz", country: "AR"},
		// placeInBodyName: a place ending a body's name is no antecedent of "Its"
		{rule: "its-body-place", text: "The UN Monitoring Group in Sudan and Chad said it was aware of the firing. Its head, Tomas Lindqvist, said observers had visited the village.",
			name: "Tomas Lindqvist", country: "-"},
		{rule: "its-body-place", text: "The Ministry of Health in Kenya said the outbreak was contained. Its spokesman, Paul Njuguna, said no new cases had been found.",
			name: "Paul Njuguna", country: "KE"},
		// body_words.tsv "mission": no person named "Verification Mission"
		{rule: "mission-body", text: "The deputy head of the UN Verification Mission in Colombia, Ana Ruiz, said aid had fallen.",
			name: "Ana Ruiz", country: "-", absent: "Verification Mission"},
		{rule: "mission-body", text: "The head of the EU Training Mission in Mali, Colonel Jean Dupont, said the course had ended.",
			absent: "Training Mission"},
		// oneNameAside: "..., who like many Afghans uses one name, NAME"
		{rule: "one-name-aside", text: "A bus overturned near Kandahar, killing 12 people, said the spokesman for the provincial police in Kandahar, who like many Afghans uses one name, Samiullah. \"The road was icy,\" Samiullah said.",
			name: "Samiullah", title: "spokesman"},
		{rule: "one-name-aside", text: "A local elder, who uses only one name, Gul, said the road was closed.",
			absent: "Gul"},
	})
}
