package extract

import "testing"

// fx21OfficialRows hold the official shapes fixed after the blind rounds
// r30e/r30f (fx21, session 30).
var fx21OfficialRows = []officialRuleCase{
	// a title that is also a given name ("given" in roles.tsv) before one
	// surname-shaped word is the person's given name; before a given name,
	// or after a state, it stays a title
	{rule: "given-title",
		text: "SARAJEVO, Jan 4 (Reuters) - The council met. The Croat member, Sultan Kovačić, said the law was unfair.",
		name: "Sultan Kovačić", title: "member"},
	{rule: "given-title",
		text: "SARAJEVO, Jan 4 (Reuters) - The council met. Emir Jukić, the deputy mayor of Tuzla, opened the session.",
		name: "Emir Jukić", title: "deputy mayor of Tuzla"},
	{rule: "given-title",
		text: "DOHA, Jan 4 (Reuters) - The council met. Qatar's Emir Tamim received the delegation.",
		name: "Tamim", title: "Emir", absent: "Emir Tamim"},
	// a place or two hyphenated names modifying the noun of a "for the"
	// complement: the apposition ends after the noun
	{rule: "place-noun-complement",
		text: "BRUSSELS, Jan 4 (Reuters) - Talks stalled. Anna Berglund, the EU envoy for the Skopje-Sofia dialogue, called both capitals.",
		name: "Anna Berglund", org: "EU"},
	{rule: "place-noun-complement",
		text: "BRUSSELS, Jan 4 (Reuters) - Talks stalled. Anna Berglund, the UN special representative for the Cyprus dialogue, called both leaders.",
		name: "Anna Berglund", org: "UN"},
	{rule: "place-noun-complement",
		text:   "CARDIFF, Jan 4 (Reuters) - The match was lost. Tom Rhys, the captain of the Wales rugby team, said the referee erred.",
		absent: "Tom Rhys"},
}

func TestFx21OfficialRules(t *testing.T) {
	checkOfficialRows(t, fx21OfficialRows)
}
