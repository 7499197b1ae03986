package extract

import "testing"

// fx65OfficialRules: the owner of a title. A place's possessive before a
// capitalised run that ends in a role noun and a comma makes a title, not
// a person ("Bihar's Water Resources Minister, NAME,": stateOwnedTitleRun),
// and a region's minister is its state's whatever state the story opened
// with (governedPlaceAt, regional-cabinet-head); a place inside a state
// after a title's "in" gives the title that state (placeOfTitle); an
// acronym no gazetteer knows, written once as "for the ACRONYM", owns the
// role as a body (acronymOwnerTitle); a mission's role wins over the
// officer's nationality, its acronym written in title case too ("Kfor",
// "Unmiss": titleCaseAcronym), and a rank after an adjective that other peoples
// share makes it the state's ("Indian Lt Gen NAME"); a role in the sentence before a name is not the
// name's (GUIDELINES: a role the article states for the person).
var fx65OfficialRules = []officialRuleCase{
	{rule: "place-owned-title-run", text: "Maharashtra's Water Supply Minister, Girish Mahajan, said the dams were full.",
		name: "Girish Mahajan", title: "Water Supply Minister", country: "IN"},
	// negative: no role noun ends the run, so it is the person's name
	{rule: "place-owned-title-run", text: "Maharashtra's Girish Mahajan, who won the race, said the track was wet.",
		absent: "Mahajan"},
	{rule: "regional-cabinet-head", text: "Floods hit Nepal on Monday. Bihar's Water Resources Minister, Vijay Kumar Chaudhary, said embankments were watched around the clock.",
		name: "Vijay Kumar Chaudhary", title: "Water Resources Minister", country: "IN"},
	{rule: "regional-cabinet-head", text: "Floods hit Nepal on Monday. Bihar's Water Resources Minister Vijay Kumar Chaudhary said embankments were watched around the clock.",
		name: "Vijay Kumar Chaudhary", country: "IN"},
	// negative: a state's own minister keeps that state
	{rule: "regional-cabinet-head", text: "Floods hit Nepal on Monday. India's Water Resources Minister, Vijay Kumar Chaudhary, said embankments were watched around the clock.",
		name: "Vijay Kumar Chaudhary", country: "IN"},
	{rule: "title-place-state", text: "Pakistan accused India of shelling villages along the Line of Control. \"The firing was unprovoked,\" a defence spokesman in Jammu, Lt Col Suneel Bartwal, said.",
		name: "Suneel Bartwal", country: "IN"},
	{rule: "title-place-state", text: "Pakistan accused India of shelling villages along the Line of Control. \"The firing was unprovoked,\" Lt Col Suneel Bartwal, a defence spokesman in Jammu, said.",
		name: "Suneel Bartwal", country: "IN"},
	{rule: "title-place-state", text: "India accused Pakistan of shelling villages. A police spokesman in Lahore, Imtiaz Hussain, said two militants were killed.",
		name: "Imtiaz Hussain", country: "PK"},
	// negative: "its" owns the role, not the place
	{rule: "title-place-state", text: "Colombia's Red Cross said 300 people had been moved. Its director in Antioquia, Monica Uribe Sierra, said the shelter was short of blankets.",
		name: "Monica Uribe Sierra", country: "-", org: "Red Cross"},
	// negative: a state's own name may be where an aid group serves
	{rule: "title-place-state", text: "Kenya said aid was arriving. Ikenna Obi, country director in Nigeria, said supplies were short.",
		name: "Ikenna Obi", country: "-"},
	{rule: "acronym-complement-owner", text: "Fighting continued in the north of Myanmar on Tuesday. \"We captured the base,\" said Hamid Zaki, spokesman for the PDF.",
		name: "Hamid Zaki", title: "spokesman", country: "-", org: "PDF"},
	{rule: "acronym-complement-owner", text: "Fighting continued in the north of Myanmar on Tuesday. The leader of the PDF, Hamid Zaki, said the base had fallen.",
		name: "Hamid Zaki", title: "leader", country: "-", org: "PDF"},
	// negative: an acronym the article spells out as a state's body keeps the state
	{rule: "acronym-complement-owner", text: "Fighting continued in Nigeria on Tuesday. Hamid Zaki, a spokesman for the Nigeria Security and Civil Defence Corps (NSCDC), said the base had fallen. The NSCDC sent more men.",
		name: "Hamid Zaki", country: "NG"},
	// negative: before the role noun an acronym is most often a local service's
	{rule: "acronym-complement-owner", text: "Fighting continued in the north of Myanmar on Tuesday. PDF spokesman Hamid Zaki said the base had fallen.",
		name: "Hamid Zaki", country: "MM", org: "-"},
	// negative: a known body keeps its own resolution
	{rule: "acronym-complement-owner", text: "Fighting continued in Myanmar on Tuesday. Hamid Zaki, a spokesman for the UN, said the base had fallen.",
		name: "Hamid Zaki", country: "-", org: "UN"},
	{rule: "mission-over-nationality", text: "KFOR's commander, Italian Major General Marco Rossi, told reporters the situation in the north of Kosovo was calm.",
		name: "Marco Rossi", country: "-", org: "KFOR"},
	{rule: "mission-over-nationality", text: "Eufor's commander, Austrian Major General Anton Waldner, said the mission in Bosnia would continue.",
		name: "Anton Waldner", country: "-", org: "EUFOR"},
	{rule: "mission-over-nationality", text: "The head of Unmiss, Indian Lt Gen Mohan Subramanian, visited Juba on Monday.",
		name: "Mohan Subramanian", country: "-", org: "UNMISS"},
	// negative: the nationality alone gives the state
	{rule: "mission-over-nationality", text: "Italian Major General Marco Rossi told reporters the situation in the north of Kosovo was calm.",
		name: "Marco Rossi", country: "IT", org: "-"},
	{rule: "rank-after-adjective", text: "The head of UNMISS, Indian Lt Gen Mohan Subramanian, visited Juba on Monday.",
		name: "Mohan Subramanian", country: "-", org: "UNMISS"},
	{rule: "rank-after-adjective", text: "Indian Lt Gen Mohan Subramanian visited Juba on Monday.",
		name: "Mohan Subramanian", country: "IN"},
	// negative: a bare "the Indians" stays ambiguous, no state
	{rule: "rank-after-adjective", text: "The Indians beat the Yankees 5-3 in Cleveland on Monday. Mayor Justin Bibb said the city was proud.",
		name: "Justin Bibb", country: "US"},
	{rule: "role-sentence-before", text: "Pakistani forces said they had repelled an attack near the border. The defence ministry's spokesman was blunt. Colonel Ahmed Rahman said the army would respond.",
		name: "Ahmed Rahman", title: "Colonel", country: "PK"},
	// negative: a role only in the sentence before names no one
	{rule: "role-sentence-before", text: "Pakistani forces said they had repelled an attack near the border. The defence ministry's spokesman was blunt. Ahmed Rahman said the army would respond.",
		absent: "Ahmed Rahman"},
}

func TestFx65OfficialRules(t *testing.T) {
	checkOfficialRows(t, fx65OfficialRules)
}
